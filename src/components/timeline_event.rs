use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use rassegna_engine::{Corpus, Event, TimelineEntry};

use crate::components::state_link::StateLink;
use crate::i18n::fill;
use crate::i18n::use_strings;
use crate::location::use_location;
use crate::model::use_corpus;
use crate::view_state::{View, ViewState};

/// One happening on the timeline: a heading button with its date and what happened (the only
/// thing a screen reader hears when moving through the list), and, once opened, how each source
/// tells it, the quotations said then, and links to the sources and the quote cards.
#[component]
pub fn TimelineEvent(
    /// The entry.
    entry: &'static TimelineEntry,
    /// How long after the entry before it, in words (empty within a day) and in pixels of axis.
    later: Option<(String, u32)>,
    /// Whether it is the one the roving tab stop rests on.
    #[prop(into)]
    tab_stop: Signal<bool>,
    /// Whether the link opens it.
    #[prop(into)]
    selected: Signal<bool>,
    /// Arrow keys, Home and End: where to move focus.
    on_key: impl Fn(KeyboardEvent) + 'static,
    /// Focus arrived on this entry.
    on_focus: impl Fn() + 'static,
) -> impl IntoView {
    let t = use_strings();
    let location = use_location();
    let state = location.state();
    let corpus = use_corpus();
    let first = &corpus.events[entry.events[0]];
    let details_id = format!("event-details-{}", entry.id);
    let toggle = move |_| {
        let event = if selected.get_untracked() { None } else { Some(entry.id.clone()) };
        location.push(ViewState { event, ..state.get_untracked() });
    };
    let quotes_then =
        Signal::derive(move || ViewState { when: Some(entry.date), ..state.with(|s| s.with_view(View::Quotes)) });
    let (gap_text, gap_size) = later.map_or((None, 0), |(text, size)| (Some(text).filter(|t| !t.is_empty()), size));
    let sources = entry.events.len();

    view! {
        <li class="timeline__item" class:timeline__item--selected=move || selected.get() style:--gap=format!("{gap_size}px")>
            {gap_text.map(|text| view! { <p class="timeline__gap" aria-hidden="true">{text}</p> })}
            <article class="event" class:event--shared={sources > 1} id=format!("event-{}", entry.id)>
                <h2 class="event__heading">
                    <button
                        type="button"
                        class="event__toggle"
                        id=format!("event-button-{}", entry.id)
                        tabindex=move || if tab_stop.get() { "0" } else { "-1" }
                        aria-expanded=move || selected.get().to_string()
                        aria-controls=details_id.clone()
                        on:click=toggle
                        on:keydown=on_key
                        on:focus=move |_| on_focus()
                    >
                        <time class="event__date" datetime=entry.date.to_string()>{move || t.get().time_value(entry.date)}</time>
                        <span class="event__summary" lang="it">{telling(corpus, first)}</span>
                    </button>
                </h2>
                <p class="event__meta">
                    <span class="event__sources">
                        {move || outlets(corpus, entry, t.get().unknown_outlet)}
                    </span>
                    {(sources > 1).then(|| view! { <span class="badge badge--shared">{move || fill(t.get().n_sources, sources)}</span> })}
                    {(!entry.quotes.is_empty()).then(|| view! { <span class="badge">{move || t.get().quote_count(entry.quotes.len())}</span> })}
                </p>
                <div class="event__details" id=details_id hidden=move || !selected.get()>
                    // Built when opened: a happening told by hundreds of articles costs nothing closed.
                    {move || selected.get().then(|| view! {
                    <h3 class="event__subheading">{move || t.get().told_by}</h3>
                    <ul class="event__tellings">
                        {entry.events.iter().map(|&e| view! { <Telling event=&corpus.events[e] /> }).collect_view()}
                    </ul>
                    {(!entry.quotes.is_empty()).then(|| view! {
                        <h3 class="event__subheading">{move || t.get().said_then}</h3>
                        <ul class="event__quotes">
                            {entry.quotes.iter().map(|id| view! { <SaidThen quote_id=id /> }).collect_view()}
                        </ul>
                    })}
                    <p class="event__actions">
                        <StateLink to=quotes_then attr:class="button button--quiet">{move || t.get().quotes_of_the_time}</StateLink>
                    </p>
                    })}
                </div>
            </article>
        </li>
    }
}

/// One source's telling: its sentence with the date marked, the outlet, a way to it in the source.
#[component]
fn Telling(event: &'static Event) -> impl IntoView {
    let t = use_strings();
    let location = use_location();
    let state = location.state();
    let corpus = use_corpus();
    let doc = &corpus.documents[event.doc];
    let in_source = Signal::derive(move || ViewState {
        doc: Some(doc.id.clone()),
        sentence: Some(event.sentence),
        ..state.with(|s| s.with_view(View::Sources))
    });
    view! {
        <li class="telling">
            <blockquote class="telling__text" lang=doc.meta.lang.clone()>
                <p>{telling(corpus, event)}</p>
            </blockquote>
            <p class="telling__source">
                {move || outlet(corpus, event, t.get().unknown_outlet)}
                {doc.meta.date.map(|date| view! { " · " <time datetime=date.to_string()>{move || t.get().date(date)}</time> })}
                " · "
                <StateLink to=in_source>{move || t.get().open_in_source}</StateLink>
            </p>
        </li>
    }
}

/// The outlets that tell `entry`, each once, in the order of their tellings.
fn outlets(corpus: &Corpus, entry: &TimelineEntry, unknown: &str) -> String {
    let mut names: Vec<String> = Vec::new();
    for &e in &entry.events {
        let name = outlet(corpus, &corpus.events[e], unknown);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names.join(" · ")
}

/// A quotation said at the time of the event, linking to its card.
#[component]
fn SaidThen(quote_id: &'static str) -> impl IntoView {
    let t = use_strings();
    let location = use_location();
    let state = location.state();
    let corpus = use_corpus();
    let Some(quote) = corpus.quote(quote_id) else {
        return ().into_any();
    };
    let card = Signal::derive(move || ViewState {
        quote: Some(quote.id.clone()),
        ..state.with(|s| s.with_view(View::Quotes))
    });
    let text = quote.text.of(&corpus.documents[quote.doc].text);
    view! {
        <li>
            <StateLink to=card attr:class="said-then" attr:lang="it">"“"{text}"”"</StateLink>
            <span class="said-then__speaker">
                " — "{move || quote.speaker.as_ref().map_or_else(|| t.get().unattributed.to_owned(), |s| s.name.clone())}
            </span>
        </li>
    }
    .into_any()
}

/// What a document says of an event, the words that date it marked.
fn telling(corpus: &Corpus, event: &Event) -> impl IntoView + use<> {
    let text = &corpus.documents[event.doc].text;
    let (span, date) = (event.text, event.expression);
    view! {
        {text[span.start..date.start].to_owned()}
        <mark class="event__when">{date.of(text).to_owned()}</mark>
        {text[date.end..span.end].to_owned()}
    }
}

fn outlet(corpus: &Corpus, event: &Event, unknown: &str) -> String {
    corpus.documents[event.doc].meta.outlet.clone().unwrap_or_else(|| unknown.to_owned())
}
