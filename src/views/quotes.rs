//! The Quotes view: who said what, as cards to filter, search, share and export.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::export_buttons::ExportButtons;
use crate::components::filters_toggle::FiltersToggle;
use crate::components::quote_filters::QuoteFilters;
use crate::components::quote_list::QuoteList;
use crate::components::state_link::StateLink;
use crate::i18n::fill;
use crate::i18n::use_strings;
use crate::location::use_location;
use crate::model::use_model;
use crate::view_state::{View, ViewState};

/// Search box, filters, result count, export, and the cards.
#[component]
pub fn QuotesView() -> impl IntoView {
    let t = use_strings();
    let location = use_location();
    let state = location.state();
    let model = use_model();
    let index = model.quote_index();
    let filtered = Memo::new(move |_| state.with(|s| index.filter(s)));
    let results = Memo::new(move |_| filtered.with(|f| f.results.clone()));
    let facets = Memo::new(move |_| filtered.with(|f| f.facets.clone()));
    let search = Signal::derive(move || state.with(|s| s.search.clone()));
    let selected = Memo::new(move |_| state.with(|s| s.quote.clone()));
    let filters_open = RwSignal::new(false);
    let active_filters = Memo::new(move |_| {
        state.with(|s| s.speakers.len() + s.countries.len() + s.kinds.len() + usize::from(s.doc.is_some()))
    });
    let cleared = Signal::derive(move || state.with(|s| s.with_view(View::Quotes)));

    // Typing replaces the history entry instead of adding one per key.
    let on_search = move |event: leptos::ev::Event| {
        let value = event.target().map(|t| t.unchecked_into::<web_sys::HtmlInputElement>().value()).unwrap_or_default();
        location.replace(ViewState { search: value, quote: None, ..state.get_untracked() });
    };

    // Screen readers hear the count once typing or clicking has settled, not at every change.
    let announced = RwSignal::new(String::new());
    let generation = StoredValue::new(0u32);
    Effect::new(move |_| {
        let text = t.get().quote_count(results.with(Vec::len));
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        // The view may be gone by then (the reader moved on): then there is nothing to announce.
        set_timeout(
            move || {
                if generation.try_get_value() == Some(mine) {
                    announced.try_set(text);
                }
            },
            std::time::Duration::from_millis(700),
        );
    });

    Effect::new(move |_| {
        if let Some(id) = selected.get() {
            request_animation_frame(move || {
                if let Some(card) = document().get_element_by_id(&format!("card-{id}")) {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Center);
                    card.scroll_into_view_with_scroll_into_view_options(&options);
                    let _ = card.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            });
        }
    });

    view! {
        <div class="quotes" class:quotes--filters-open=move || filters_open.get()>
            <div class="quotes__head">
                <h1 class="view-title">{move || t.get().quotes_title}</h1>
                <div class="quotes__search">
                    <label for="quote-search" class="quotes__search-label">{move || t.get().search_label}</label>
                    <input
                        id="quote-search"
                        type="search"
                        class="search-input"
                        autocomplete="off"
                        spellcheck="false"
                        maxlength="200"
                        placeholder=move || t.get().search_placeholder
                        prop:value=move || search.get()
                        on:input=on_search
                    />
                </div>
                <div class="quotes__bar">
                    <p class="quotes__count" aria-hidden="true">{move || t.get().quote_count(results.with(Vec::len))}</p>
                    <p class="visually-hidden" role="status" aria-live="polite">{move || announced.get()}</p>
                    <FiltersToggle open=filters_open controls="quote-filters" active=active_filters class="quotes__filters-toggle" />
                    {move || state.with(|s| s.when).map(|when| {
                        let without = Signal::derive(move || ViewState { when: None, quote: None, ..state.get() });
                        view! {
                            <StateLink to=without attr:class="chip chip--active" attr:title=move || t.get().any_time>
                                <span class="chip__label">{move || fill(t.get().said_at, t.get().time_value(when))}</span>
                                <span class="chip__remove" aria-hidden="true">"×"</span>
                                <span class="visually-hidden">{move || format!(" ({})", t.get().any_time)}</span>
                            </StateLink>
                        }
                    })}
                    <Show when=move || state.with(ViewState::has_quote_filters)>
                        <StateLink to=cleared attr:class="button button--quiet">{move || t.get().clear_filters}</StateLink>
                    </Show>
                    <ExportButtons quotes=results />
                </div>
            </div>
            <aside id="quote-filters" class="quotes__filters" aria-label=move || t.get().filters>
                <QuoteFilters facets=facets />
            </aside>
            <section class="quotes__results" aria-label=move || t.get().quotes_title>
                <Show
                    when=move || results.with(|r| !r.is_empty())
                    fallback=move || view! {
                        <div class="empty">
                            <p>{move || t.get().no_quotes}</p>
                            <StateLink to=cleared attr:class="button button--primary">{move || t.get().clear_filters}</StateLink>
                        </div>
                    }
                >
                    <QuoteList results=results search=search selected=selected />
                </Show>
            </section>
        </div>
    }
}
