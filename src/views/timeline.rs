//! The Timeline view: every dated happening in order, on an axis that shrinks empty years.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::filters_toggle::FiltersToggle;
use crate::components::quote_card::country_name;
use crate::components::state_link::StateLink;
use crate::components::timeline_event::TimelineEvent;
use crate::components::unfold::{Unfold, folded};
use crate::i18n::use_strings;
use crate::lang::use_lang;
use crate::location::use_location;
use crate::model::use_model;
use crate::view_state::{View, ViewState};
use crate::windowing::Window;

/// Space between two entries: a little for the same day, growing with the log of the months
/// between them, so 1961 and June 2024 fit on one screen and a decade of silence stays visible.
fn gap_size(before: (i32, u8, u8), after: (i32, u8, u8)) -> u32 {
    let months = ((after.0 - before.0) * 12 + i32::from(after.1.max(1)) - i32::from(before.1.max(1))).max(0);
    (14.0 * (1.0 + months as f64).log2()).round() as u32
}

/// Period and people filters, the count, and the list.
#[component]
pub fn TimelineView() -> impl IntoView {
    let t = use_strings();
    let location = use_location();
    let state = location.state();
    let model = use_model();
    let corpus = model.corpus;
    let index = model.timeline_index();
    let results = Memo::new(move |_| state.with(|s| index.results(s)));
    let window = Window::new(Signal::derive(move || results.with(Vec::len)));
    let selected = Memo::new(move |_| state.with(|s| s.event.clone()));
    let cleared = Signal::derive(move || state.with(|s| s.with_view(View::Timeline)));
    // On a phone the filters fold away behind a button, so the events come first.
    let filters_open = RwSignal::new(false);
    let active_filters = Memo::new(move |_| {
        state.with(|s| s.involving.len() + usize::from(s.from.is_some()) + usize::from(s.to.is_some()))
    });
    // The entry that holds the roving tab stop: the selected one, else the first shown.
    let tab_stop = RwSignal::new(None::<String>);
    let stop = Memo::new(move |_| {
        let shown = results.get();
        let current = tab_stop.get().or_else(|| selected.get());
        current
            .filter(|id| shown.iter().any(|&i| corpus.timeline[i].id == *id))
            .or_else(|| shown.first().map(|&i| corpus.timeline[i].id.clone()))
    });

    let move_focus = move |from: usize, event: KeyboardEvent| {
        let shown = results.get_untracked();
        let Some(at) = shown.iter().position(|&i| i == from) else { return };
        let target = match event.key().as_str() {
            "ArrowDown" | "ArrowRight" => (at + 1).min(shown.len() - 1),
            "ArrowUp" | "ArrowLeft" => at.saturating_sub(1),
            "Home" => 0,
            "End" => shown.len() - 1,
            _ => return,
        };
        event.prevent_default();
        let id = corpus.timeline[shown[target]].id.clone();
        let focus = move |id: &str| {
            if let Some(button) = document().get_element_by_id(&format!("event-button-{id}")) {
                let _ = button.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        };
        if window.is_shown(target) {
            focus(&id);
        } else {
            // Far away in a long timeline: render it first.
            window.reveal(Some(target));
            let id = id.clone();
            request_animation_frame(move || focus(&id));
        }
        tab_stop.set(Some(id));
    };

    // Other filters show other entries: from the top.
    Effect::new(move |first_run: Option<()>| {
        results.track();
        if first_run.is_some() {
            window.reveal(None);
        }
    });

    // A link to an event opens the timeline scrolled to it.
    Effect::new(move |previous: Option<Option<String>>| {
        let id = selected.get();
        if let (None, Some(id)) = (&previous, id.clone()) {
            window.reveal(results.with_untracked(|r| r.iter().position(|&i| corpus.timeline[i].id == id)));
            request_animation_frame(move || {
                if let Some(item) = document().get_element_by_id(&format!("event-{id}")) {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Center);
                    item.scroll_into_view_with_scroll_into_view_options(&options);
                }
                if let Some(button) = document().get_element_by_id(&format!("event-button-{id}")) {
                    let _ = button.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            });
        }
        id
    });

    // Screen readers hear the count once the filters have settled.
    let announced = RwSignal::new(String::new());
    Effect::new(move |first: Option<()>| {
        let text = t.get().event_count(results.with(Vec::len));
        if first.is_some() {
            announced.set(text);
        }
    });

    let entries = move || {
        let range = window.shown.get();
        let (shown, mut previous) = results.with(|r| {
            let before = range.start.checked_sub(1).map(|k| corpus.timeline[r[k]].date.sort_key());
            (r[range].to_vec(), before)
        });
        shown
            .into_iter()
            .map(|i| {
                let entry = &corpus.timeline[i];
                let key = entry.date.sort_key();
                let later =
                    previous.map(|before| (t.get().later(before, key).unwrap_or_default(), gap_size(before, key)));
                previous = Some(key);
                let id = entry.id.clone();
                let focus_id = entry.id.clone();
                view! {
                    <TimelineEvent
                        entry=entry
                        later=later
                        tab_stop=Signal::derive(move || stop.with(|s| s.as_deref() == Some(id.as_str())))
                        selected=Signal::derive(move || selected.with(|s| s.as_deref() == Some(entry.id.as_str())))
                        on_key=move |event| move_focus(i, event)
                        on_focus=move || tab_stop.set(Some(focus_id.clone()))
                    />
                }
            })
            .collect_view()
    };

    view! {
        <div class="timeline-view" class:timeline-view--filters-open=move || filters_open.get()>
            <div class="timeline-view__head">
                <h1 class="view-title">{move || t.get().timeline_title}</h1>
                <p class="view-intro">{move || t.get().timeline_intro}</p>
                <FiltersToggle open=filters_open controls="timeline-filters" active=active_filters class="timeline-view__filters-toggle" />
                <TimelineFilters />
                <div class="timeline-view__bar">
                    <p class="timeline-view__count" aria-hidden="true">{move || t.get().event_count(results.with(Vec::len))}</p>
                    <p class="visually-hidden" role="status" aria-live="polite">{move || announced.get()}</p>
                    <Show when=move || state.with(ViewState::has_timeline_filters)>
                        <StateLink to=cleared attr:class="button button--quiet">{move || t.get().clear_filters}</StateLink>
                    </Show>
                </div>
            </div>
            <Show
                when=move || results.with(|r| !r.is_empty())
                fallback=move || view! {
                    <div class="empty">
                        <p>{move || t.get().no_events}</p>
                        <StateLink to=cleared attr:class="button button--primary">{move || t.get().clear_filters}</StateLink>
                    </div>
                }
            >
                <ol
                    class="timeline"
                    aria-label=move || t.get().timeline_title
                    node_ref=window.list
                    style:padding-top=move || window.padding_above()
                    style:padding-bottom=move || window.padding_below()
                >
                    {entries}
                </ol>
            </Show>
        </div>
    }
}

/// The period (two years) and who is involved (several at once, with counts).
#[component]
fn TimelineFilters() -> impl IntoView {
    let t = use_strings();
    let lang = use_lang();
    let location = use_location();
    let state = location.state();
    let model = use_model();
    let corpus = model.corpus;
    let index = model.timeline_index();
    let facets = Memo::new(move |_| state.with(|s| index.facets(s)));
    let years = index.years();

    let set_year = move |is_from: bool, value: String| {
        let year = value.parse::<i32>().ok();
        let mut next = ViewState { event: None, ..state.get_untracked() };
        if is_from {
            next.from = year;
        } else {
            next.to = year;
        }
        if let (Some(from), Some(to)) = (next.from, next.to) {
            (next.from, next.to) = (Some(from.min(to)), Some(from.max(to)));
        }
        location.push(next);
    };
    let year_select = move |is_from: bool| {
        let years = years.clone();
        let current = move || state.with(|s| if is_from { s.from } else { s.to });
        let id = if is_from { "period-from" } else { "period-to" };
        view! {
            <span class="period__field">
                <label class="period__label" for=id>{move || if is_from { t.get().period_from } else { t.get().period_to }}</label>
                <select
                    id=id
                    class="period__select"
                    on:change=move |event| set_year(is_from, event_target_value(&event))
                    prop:value=move || current().map(|y| y.to_string()).unwrap_or_default()
                >
                    <option value="">{move || t.get().any_year}</option>
                    {years.iter().map(|year| view! { <option value=year.to_string()>{year.to_string()}</option> }).collect_view()}
                </select>
            </span>
        }
    };
    let toggle = move |id: &str| location.push(state.with_untracked(|s| s.toggled_involved(id)));
    let unfolded = RwSignal::new(false);
    let chips = move || {
        facets
            .with(|f| folded(f, unfolded.get(), |id| state.with(|s| s.involving.contains(id))))
            .into_iter()
            .map(|facet| {
                let name = corpus
                    .gazetteer
                    .entity(&facet.value)
                    .map_or_else(|| facet.value.clone(), |e| country_name(e, lang.get()));
                let pressed = state.with(|s| s.involving.contains(&facet.value));
                let id = facet.value.clone();
                view! {
                    <li>
                        <button
                            type="button"
                            class="chip"
                            class:chip--empty=facet.count == 0 && !pressed
                            aria-pressed=pressed.to_string()
                            on:click=move |_| toggle(&id)
                        >
                            <span class="chip__check" aria-hidden="true">{if pressed { "✓" } else { "+" }}</span>
                            <span class="chip__label">{name}</span>
                            <span class="chip__count">{facet.count}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <div class="timeline-filters" id="timeline-filters">
            <fieldset class="period">
                <legend class="facet__title">{move || t.get().period}</legend>
                {year_select(true)}
                {year_select(false)}
            </fieldset>
            <fieldset class="facet timeline-filters__who">
                <legend class="facet__title">{move || t.get().involving}</legend>
                <ul class="chips">{chips}</ul>
                <Unfold unfolded=unfolded options=Signal::derive(move || facets.with(Vec::len)) />
            </fieldset>
        </div>
    }
}
