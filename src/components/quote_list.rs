//! The list of quotation cards, windowed when it is long ([`crate::windowing`]). Each card says
//! where it is in the whole list (`aria-posinset` / `aria-setsize`), and a selected card
//! (`?quote=`) is always rendered, so links to it land on it.

use leptos::prelude::*;

use crate::components::quote_card::QuoteCard;
use crate::model::use_corpus;
use crate::windowing::Window;

/// The cards of `results` (indices into the corpus's quotations), in order.
#[component]
pub fn QuoteList(results: Memo<Vec<usize>>, search: Signal<String>, selected: Memo<Option<String>>) -> impl IntoView {
    let corpus = use_corpus();
    let window = Window::new(Signal::derive(move || results.with(Vec::len)));

    // New results start at the top of the list, unless a selected card says where.
    Effect::new(move |_| {
        results.track();
        let at = selected.get().and_then(|id| results.with(|r| r.iter().position(|&i| corpus.quotes[i].id == id)));
        window.reveal(at);
    });

    let cards = move || {
        let shown = window.shown.get();
        results.with(|r| shown.map(|k| (k, r[k])).collect::<Vec<_>>())
    };
    view! {
        <ol
            class="quotes__list"
            node_ref=window.list
            style:padding-top=move || window.padding_above()
            style:padding-bottom=move || window.padding_below()
        >
            <For each=cards key=|&(k, i)| (k, i) let:((k, i))>
                <li aria-posinset=k + 1 aria-setsize=move || results.with(Vec::len)>
                    <QuoteCard
                        quote=&corpus.quotes[i]
                        search=search
                        selected=Signal::derive(move || selected.with(|s| s.as_deref() == Some(corpus.quotes[i].id.as_str())))
                    />
                </li>
            </For>
        </ol>
    }
}
