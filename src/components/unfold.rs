//! Long lists of filter options fold to the most frequent few, with a button to show them all:
//! a corpus of thousands of articles and hundreds of speakers keeps a usable sidebar and a small DOM.

use leptos::prelude::*;

use crate::i18n::fill;
use crate::i18n::use_strings;
use crate::quote_filter::FacetCount;

/// Options beyond which a facet folds to its first [`FOLDED_OPTIONS`] and the chosen ones.
const FOLD_FROM: usize = 20;
const FOLDED_OPTIONS: usize = 12;

/// The options a facet lists: all of them, or, when there are many and it is folded, the first
/// few (the most quoted) and every chosen one, so a choice never hides.
pub fn folded<T: Clone>(options: &[FacetCount<T>], unfolded: bool, chosen: impl Fn(&T) -> bool) -> Vec<FacetCount<T>> {
    if unfolded || options.len() <= FOLD_FROM {
        return options.to_vec();
    }
    options
        .iter()
        .enumerate()
        .filter(|(at, o)| *at < FOLDED_OPTIONS || chosen(&o.value))
        .map(|(_, o)| o.clone())
        .collect()
}

/// Whether a facet of `options` options folds (and shows the button that unfolds it).
pub fn folds(options: usize) -> bool {
    options > FOLD_FROM
}

/// The button that unfolds a facet of many options, and folds it again.
#[component]
pub fn Unfold(unfolded: RwSignal<bool>, options: Signal<usize>) -> impl IntoView {
    let t = use_strings();
    view! {
        <Show when=move || folds(options.get())>
            <button
                type="button"
                class="button button--quiet facets__unfold"
                aria-expanded=move || unfolded.get().to_string()
                on:click=move |_| unfolded.update(|u| *u = !*u)
            >
                {move || if unfolded.get() { t.get().show_fewer_options.to_owned() } else { fill(t.get().show_all_options, options.get()) }}
            </button>
        </Show>
    }
}
