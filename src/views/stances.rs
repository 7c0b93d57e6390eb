//! The Stances view: actors × topics, every cell explained by the sentences behind it.

use leptos::prelude::*;
use rassegna_engine::{Corpus, Stance, StanceCell, Statement, Topic};

use crate::components::quote_card::country_name;
use crate::components::state_link::StateLink;
use crate::i18n::Strings;
use crate::i18n::use_strings;
use crate::lang::Lang;
use crate::lang::use_lang;
use crate::location::use_location;
use crate::model::use_corpus;
use crate::view_state::{MAX_COMPARED, View, ViewState};

/// The mark that goes with each stance, so that colour is never the only signal.
fn icon(stance: Stance) -> &'static str {
    match stance {
        Stance::Supports => "▲",
        Stance::Opposes => "▼",
        Stance::Concerned => "!",
        Stance::Mixed => "◆",
        Stance::Neutral => "●",
    }
}

/// The actors with at least one cell, those with the most statements first.
fn actors(corpus: &Corpus) -> Vec<String> {
    let mut actors: Vec<(String, usize)> = Vec::new();
    for cell in &corpus.stances {
        let weight = cell.statements.len() + usize::from(cell.overridden.is_some());
        match actors.iter_mut().find(|(a, _)| *a == cell.actor) {
            Some((_, total)) => *total += weight,
            None => actors.push((cell.actor.clone(), weight)),
        }
    }
    actors.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    actors.into_iter().map(|(a, _)| a).collect()
}

fn actor_name(corpus: &Corpus, id: &str, lang: Lang) -> String {
    corpus.gazetteer.entity(id).map_or_else(|| id.to_owned(), |e| country_name(e, lang))
}

fn topic_name(topic: &Topic, lang: Lang) -> String {
    lang.pick(&topic.name_it, &topic.name_en).to_owned()
}

/// The proposition a topic's column asks about; a topic written without one says its name.
fn topic_claim(topic: &Topic, lang: Lang) -> String {
    match lang.pick(&topic.claim_it, &topic.claim_en) {
        "" => topic_name(topic, lang),
        claim => claim.to_owned(),
    }
}

fn cell_of<'a>(corpus: &'a Corpus, actor: &str, topic: &str) -> Option<&'a StanceCell> {
    corpus.stances.iter().find(|c| c.actor == actor && c.topic == topic)
}

/// The matrix, the chosen cell's evidence, and the side-by-side comparison.
#[component]
pub fn StancesView() -> impl IntoView {
    let t = use_strings();
    let lang = use_lang();
    let location = use_location();
    let state = location.state();
    let corpus = use_corpus();
    let actors = actors(corpus);
    let shown_topics = Memo::new(move |_| {
        state.with(|s| {
            corpus
                .stance_data
                .topics
                .iter()
                .filter(|topic| s.topics.is_empty() || s.topics.contains(&topic.id))
                .collect::<Vec<&'static Topic>>()
        })
    });
    let toggle_topic = move |id: &str| location.push(state.with_untracked(|s| s.toggled_topic(id, corpus)));
    let topic_chips = move || {
        corpus
            .stance_data
            .topics
            .iter()
            .map(|topic| {
                let pressed = state.with(|s| s.topics.contains(&topic.id));
                view! {
                    <li>
                        <button type="button" class="chip" aria-pressed=pressed.to_string() on:click=move |_| toggle_topic(&topic.id)>
                            <span class="chip__check" aria-hidden="true">{if pressed { "✓" } else { "+" }}</span>
                            <span class="chip__label">{topic_name(topic, lang.get())}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let legend = move || {
        Stance::ALL
            .into_iter()
            .map(|stance| {
                view! {
                    <li class=format!("stance stance--{}", stance.as_str())>
                        <span class="stance__icon" aria-hidden="true">{icon(stance)}</span>
                        <span class="stance__word">{t.get().stance_names.of(stance)}</span>
                    </li>
                }
            })
            .collect_view()
    };

    // The legend names curated corrections only where a cell has one.
    let curated = corpus.stances.iter().any(|cell| cell.overridden.is_some());
    let claims = move || {
        shown_topics
            .get()
            .into_iter()
            .map(|topic| view! { <dt>{topic_name(topic, lang.get())}</dt><dd>{topic_claim(topic, lang.get())}</dd> })
            .collect_view()
    };

    let rows = {
        let actors = actors.clone();
        move || {
            let topics = shown_topics.get();
            actors
                .iter()
                .map(|actor| {
                    let cells = topics
                        .iter()
                        .map(|topic| view! { <td><MatrixCell actor=actor.clone() topic=topic /></td> })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row" class="matrix__actor">{actor_name(corpus, actor, lang.get())}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view()
        }
    };
    let head = move || {
        shown_topics
            .get()
            .into_iter()
            .map(|topic| view! { <th scope="col" title=move || topic_claim(topic, lang.get())>{topic_name(topic, lang.get())}</th> })
            .collect_view()
    };

    view! {
        <div class="stances-view">
            <h1 class="view-title">{move || t.get().stances_title}</h1>
            <p class="view-intro">{move || t.get().stances_intro}</p>
            <fieldset class="facet stances-view__topics">
                <legend class="facet__title">{move || t.get().topics_label}</legend>
                <ul class="chips">{topic_chips}</ul>
            </fieldset>
            <div class="legend">
                <h2 class="facet__title">{move || t.get().legend}</h2>
                <ul class="legend__list">
                    {legend}
                    {curated.then(|| view! { <li class="stance"><span class="stance__icon" aria-hidden="true">"*"</span>{move || t.get().curated}</li> })}
                    <li class="stance stance--none"><span class="stance__icon" aria-hidden="true">"—"</span>{move || t.get().no_statement}</li>
                </ul>
            </div>
            <details class="claims">
                <summary>{move || t.get().claims}</summary>
                <dl>{claims}</dl>
            </details>
            <div class="matrix-scroll" tabindex="0" role="region" aria-label=move || t.get().stances_title>
                <table class="matrix">
                    <caption class="visually-hidden">{move || t.get().stances_title}</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="matrix__actor">{move || t.get().actor}</th>
                            {head}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {move || state.with(|s| s.cell.clone()).and_then(|(actor, topic)| cell_of(corpus, &actor, &topic)).map(|cell| view! { <CellDetail cell=cell /> })}
            <Compare actors=actors.clone() topics=shown_topics />
        </div>
    }
}

/// One cell of the matrix: a button that shows the cell's evidence below.
#[component]
fn MatrixCell(actor: String, topic: &'static Topic) -> impl IntoView {
    let t = use_strings();
    let lang = use_lang();
    let location = use_location();
    let state = location.state();
    let corpus = use_corpus();
    let Some(cell) = cell_of(corpus, &actor, &topic.id) else {
        return view! {
            <span class="stance stance--none">
                <span aria-hidden="true">"—"</span>
                <span class="visually-hidden">{move || t.get().no_statement}</span>
            </span>
        }
        .into_any();
    };
    let chosen = Memo::new(move |_| {
        state.with(|s| s.cell.as_ref().is_some_and(|(a, tp)| *a == cell.actor && *tp == cell.topic))
    });
    let choose = move |_| {
        let opening = !chosen.get_untracked();
        let next = opening.then(|| (cell.actor.clone(), cell.topic.clone()));
        location.push(ViewState { cell: next, ..state.get_untracked() });
        if opening {
            request_animation_frame(|| {
                if let Some(detail) = document().get_element_by_id("stance-detail") {
                    detail.scroll_into_view();
                }
            });
        }
    };
    let count = cell.statements.len();
    let label = move || {
        let t = t.get();
        format!(
            "{} — {}: {}, {}",
            actor_name(corpus, &cell.actor, lang.get()),
            topic_name(topic, lang.get()),
            t.stance_names.of(cell.stance),
            t.statement_count(count)
        )
    };
    view! {
        <button
            type="button"
            class=format!("stance stance--{} stance--button", cell.stance.as_str())
            aria-pressed=move || chosen.get().to_string()
            aria-label=label
            aria-controls="stance-detail"
            on:click=choose
        >
            <span class="stance__icon" aria-hidden="true">{icon(cell.stance)}</span>
            <span class="stance__word">{move || t.get().stance_names.of(cell.stance)}</span>
            <span class="stance__count">
                {(count > 0).then_some(count)}
                {cell.overridden.is_some().then(|| view! { <abbr title=move || t.get().curated>"*"</abbr> })}
            </span>
        </button>
    }
    .into_any()
}

/// The chosen cell: its stance, how the statements add up, and each statement with its sentence.
#[component]
fn CellDetail(cell: &'static StanceCell) -> impl IntoView {
    let t = use_strings();
    let lang = use_lang();
    let corpus = use_corpus();
    let topic = corpus.stance_data.topics.iter().find(|tp| tp.id == cell.topic);
    let tally = move || {
        let t = t.get();
        [Stance::Supports, Stance::Opposes, Stance::Concerned, Stance::Neutral]
            .iter()
            .zip(cell.counts)
            .filter(|(_, n)| *n > 0)
            .map(|(stance, n)| format!("{} {}", t.stance_names.of(*stance), n))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    view! {
        <section id="stance-detail" class="stance-detail" aria-live="polite">
            <h2 class="stance-detail__title">
                {move || actor_name(corpus, &cell.actor, lang.get())}
                " · "
                {move || topic.map(|tp| topic_name(tp, lang.get())).unwrap_or_default()}
            </h2>
            {topic.map(|tp| view! { <p class="stance-detail__claim">{move || t.get().claim_is}" "<q>{move || topic_claim(tp, lang.get())}</q></p> })}
            <p class="stance-detail__verdict">
                <span class=format!("stance stance--{}", cell.stance.as_str())>
                    <span class="stance__icon" aria-hidden="true">{icon(cell.stance)}</span>
                    <span class="stance__word">{move || t.get().stance_names.of(cell.stance)}</span>
                </span>
                <span class="stance-detail__tally">{move || t.get().statement_count(cell.statements.len())}{move || { let tally = tally(); if tally.is_empty() { String::new() } else { format!(": {tally}") } }}</span>
            </p>
            {cell.overridden.as_ref().map(|(item, doc, span)| {
                let document = &corpus.documents[*doc];
                view! {
                    <div class="stance-detail__curated">
                        <p><strong>{move || t.get().curated}</strong>" "<span lang="en">{item.note.clone()}</span></p>
                        <Evidence doc=*doc span=*span sentence=document.sentence_at(span.start).unwrap_or(0) side=Some(item.stance) quote=None by=None />
                    </div>
                }
            })}
            {(!cell.statements.is_empty()).then(|| view! {
                <h3 class="event__subheading">{move || t.get().evidence}</h3>
                <ol class="stance-detail__list">
                    {cell.statements.iter().map(|&s| {
                        let statement: &'static Statement = &corpus.statements[s];
                        let side = statement.topics.iter().find(|(tp, _)| *tp == cell.topic).map(|(_, side)| *side);
                        view! {
                            <Evidence
                                doc=statement.doc
                                span=statement.evidence
                                sentence=statement.sentence
                                side=side
                                quote=statement.quotes.first().cloned()
                                by=Some(statement)
                            />
                        }
                    }).collect_view()}
                </ol>
            })}
        </section>
    }
}

/// A piece of evidence: the words, the side they take, the source, links to the sentence and quote.
#[component]
fn Evidence(
    doc: usize,
    span: rassegna_engine::Span,
    sentence: usize,
    side: Option<Stance>,
    quote: Option<String>,
    /// The statement the words are, to say whose and how; none for curated evidence.
    by: Option<&'static Statement>,
) -> impl IntoView {
    let t = use_strings();
    let location = use_location();
    let state = location.state();
    let corpus = use_corpus();
    let document = &corpus.documents[doc];
    let in_source = Signal::derive(move || ViewState {
        doc: Some(document.id.clone()),
        sentence: Some(sentence),
        ..state.with(|s| s.with_view(View::Sources))
    });
    let to_quote = quote.map(|id| {
        Signal::derive(move || ViewState { quote: Some(id.clone()), ..state.with(|s| s.with_view(View::Quotes)) })
    });
    let side_name = move |t: &Strings| t.stance_names.of(side.unwrap_or(Stance::Neutral));
    view! {
        <li class="evidence">
            <blockquote class="evidence__text" lang=document.meta.lang.clone()>
                <p>{span.of(&document.text).to_owned()}</p>
            </blockquote>
            <p class="evidence__meta">
                <span class=format!("stance stance--small stance--{}", side.map_or("neutral", Stance::as_str))>
                    <span class="stance__icon" aria-hidden="true">{icon(side.unwrap_or(Stance::Neutral))}</span>
                    <span class="stance__word">{move || side_name(t.get())}</span>
                </span>
                {by.map(|statement| view! {
                    " · "
                    <span class="evidence__by">{move || t.get().statement_kinds.by(statement.kind, &statement.by_name)}</span>
                })}
                " · "
                {move || document.meta.outlet.clone().unwrap_or_else(|| t.get().unknown_outlet.into())}
                " · "
                <StateLink to=in_source>{move || t.get().open_in_source}</StateLink>
                {to_quote.map(|to| view! { " · " <StateLink to=to>{move || t.get().see_quote}</StateLink> })}
            </p>
        </li>
    }
}

/// Two to four actors side by side, topic by topic, with their strongest evidence.
#[component]
fn Compare(actors: Vec<String>, #[prop(into)] topics: Signal<Vec<&'static Topic>>) -> impl IntoView {
    let t = use_strings();
    let lang = use_lang();
    let location = use_location();
    let state = location.state();
    let corpus = use_corpus();
    let compared = Memo::new(move |_| state.with(|s| s.compare.clone()));
    let toggle = move |id: &str| location.push(state.with_untracked(|s| s.toggled_compared(id)));
    let options = actors
        .iter()
        .map(|actor| {
            let id = actor.clone();
            let checked = Memo::new({
                let id = id.clone();
                move |_| compared.with(|c| c.contains(&id))
            });
            let full = Memo::new(move |_| compared.with(|c| c.len() >= MAX_COMPARED));
            let name = actor.clone();
            view! {
                <li>
                    <label class="facet__option">
                        <input
                            type="checkbox"
                            prop:checked=move || checked.get()
                            disabled=move || full.get() && !checked.get()
                            on:change=move |_| toggle(&id)
                        />
                        <span class="facet__label">{move || actor_name(corpus, &name, lang.get())}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let table = move || {
        let chosen = compared.get();
        (chosen.len() >= 2).then(|| {
            let head = chosen.iter().map(|a| view! { <th scope="col">{actor_name(corpus, a, lang.get())}</th> }).collect_view();
            let rows = topics
                .get()
                .into_iter()
                .map(|topic| {
                    let cells = chosen
                        .iter()
                        .map(|actor| match cell_of(corpus, actor, &topic.id) {
                            None => view! { <td class="compare__cell compare__cell--none">{move || t.get().no_statement}</td> }.into_any(),
                            Some(cell) => {
                                let excerpt = strongest(corpus, cell);
                                view! {
                                    <td class="compare__cell">
                                        <span class=format!("stance stance--{}", cell.stance.as_str())>
                                            <span class="stance__icon" aria-hidden="true">{icon(cell.stance)}</span>
                                            <span class="stance__word">{move || t.get().stance_names.of(cell.stance)}</span>
                                        </span>
                                        <span class="compare__excerpt" lang="it">{excerpt}</span>
                                    </td>
                                }
                                .into_any()
                            }
                        })
                        .collect_view();
                    view! { <tr><th scope="row">{topic_name(topic, lang.get())}</th>{cells}</tr> }
                })
                .collect_view();
            view! {
                <div class="matrix-scroll" tabindex="0" role="region" aria-label=move || t.get().compare>
                    <table class="matrix compare">
                        <thead><tr><th scope="col">{move || t.get().topics_label}</th>{head}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
    };
    view! {
        <section class="compare-section">
            <h2 class="compare-section__title">{move || t.get().compare}</h2>
            <p class="view-intro">{move || t.get().compare_hint}</p>
            <fieldset class="facet">
                <legend class="visually-hidden">{move || t.get().compare}</legend>
                <ul class="compare__options">{options}</ul>
            </fieldset>
            {table}
        </section>
    }
}

/// The words that best show a cell: the curated evidence, else its first statement's, shortened.
fn strongest(corpus: &Corpus, cell: &StanceCell) -> String {
    let words = match (&cell.overridden, cell.statements.first()) {
        (Some((_, doc, span)), _) => span.of(&corpus.documents[*doc].text),
        (None, Some(&s)) => {
            let statement = &corpus.statements[s];
            statement.evidence.of(&corpus.documents[statement.doc].text)
        }
        (None, None) => "",
    };
    let mut short: String = words.chars().take(140).collect();
    if short.len() < words.len() {
        short.push('…');
    }
    format!("“{short}”")
}
