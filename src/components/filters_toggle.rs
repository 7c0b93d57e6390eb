use leptos::prelude::*;

use crate::i18n::use_strings;

/// The button that folds a view's filters away on a phone, saying how many are on.
#[component]
pub fn FiltersToggle(
    /// Whether the filters are shown.
    open: RwSignal<bool>,
    /// The id of the filters' container.
    controls: &'static str,
    /// How many filters are on.
    #[prop(into)]
    active: Signal<usize>,
    /// The view's own class for the button.
    class: &'static str,
) -> impl IntoView {
    let t = use_strings();
    view! {
        <button
            type="button"
            class=format!("button {class}")
            aria-expanded=move || open.get().to_string()
            aria-controls=controls
            on:click=move |_| open.update(|open| *open = !*open)
        >
            {move || t.get().filters}
            {move || (active.get() > 0).then(|| format!(" · {}", t.get().active_filters(active.get())))}
        </button>
    }
}
