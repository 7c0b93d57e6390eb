use leptos::prelude::*;
use rassegna_engine::{Corpus, EntityKind, Quote, QuoteKind};

use crate::components::state_link::StateLink;
use crate::i18n::fill;
use crate::i18n::use_strings;
use crate::lang::Lang;
use crate::lang::use_lang;
use crate::location::use_location;
use crate::model::use_corpus;
use crate::search::{fold_query, highlight};
use crate::view_state::{View, ViewState};

/// A quotation as a card: what was said, by whom, where; its sentence on demand, a way to it in
/// the source, and a link of its own.
#[component]
pub fn QuoteCard(
    /// The quotation.
    quote: &'static Quote,
    /// What the reader searched for, to highlight.
    #[prop(into)]
    search: Signal<String>,
    /// Whether a permalink points at this card.
    #[prop(into)]
    selected: Signal<bool>,
) -> impl IntoView {
    let t = use_strings();
    let lang = use_lang();
    let location = use_location();
    let state = location.state();
    let corpus = use_corpus();
    let doc = &corpus.documents[quote.doc];
    let text = quote.text.of(&doc.text);
    let context_open = RwSignal::new(false);
    let context_id = format!("context-{}", quote.id);

    let in_source = Signal::derive(move || ViewState {
        doc: Some(doc.id.clone()),
        sentence: Some(quote.sentences.0),
        ..state.with(|s| s.with_view(View::Sources))
    });
    let permalink = Signal::derive(move || ViewState {
        quote: Some(quote.id.clone()),
        ..state.with(|s| s.with_view(View::Quotes))
    });
    let on_the_timeline = corpus.entry_of_quote(&quote.id).map(|entry| {
        Signal::derive(move || ViewState {
            event: Some(entry.id.clone()),
            ..state.with(|s| s.with_view(View::Timeline))
        })
    });
    let kind_class = format!("quote-card__kind quote-card__kind--{}", quote.kind.as_str());
    let highlighted = move || {
        let needle = fold_query(&search.get());
        highlight(text, &needle)
            .into_iter()
            .map(|(piece, hit)| if hit { view! { <mark>{piece}</mark> }.into_any() } else { piece.into_any() })
            .collect_view()
    };
    let (open_mark, close_mark) = if quote.kind == QuoteKind::Reported { ("", "") } else { ("“", "”") };

    view! {
        <article
            class="quote-card"
            class:quote-card--selected=move || selected.get()
            class:quote-card--reported=quote.kind == QuoteKind::Reported
            id=format!("card-{}", quote.id)
            tabindex="-1"
            aria-label=move || speaker_name(quote, t.get().unattributed)
        >
            <p class=kind_class>{move || t.get().kind_names.of(quote.kind)}</p>
            <blockquote class="quote-card__text" lang=doc.meta.lang.clone()>
                <p>{open_mark}{highlighted}{close_mark}</p>
            </blockquote>
            <p class="quote-card__speaker">
                <strong class="quote-card__name">{move || speaker_name(quote, t.get().unattributed)}</strong>
                {move || speaker_details(corpus, quote, lang.get()).map(|d| view! { <span class="quote-card__role">{d}</span> })}
            </p>
            <p class="quote-card__source">
                {move || doc.meta.outlet.clone().unwrap_or_else(|| t.get().unknown_outlet.into())}
                {doc.meta.date.map(|date| view! { " · " <time datetime=date.to_string()>{move || t.get().date(date)}</time> })}
                {quote.cue.map(|cue| view! { " · " <span class="quote-card__cue" lang="it">{cue.of(&doc.text).to_owned()}</span> })}
                {quote.via.as_ref().map(|via| view! { " · " <span class="quote-card__via">{move || fill(t.get().via, &via.name)}</span> })}
            </p>
            <div class="quote-card__actions">
                <button
                    type="button"
                    class="button button--quiet"
                    aria-expanded=move || context_open.get().to_string()
                    aria-controls=context_id.clone()
                    on:click=move |_| context_open.update(|open| *open = !*open)
                >
                    {move || t.get().in_context}
                </button>
                <StateLink to=in_source attr:class="button button--quiet">{move || t.get().open_in_source}</StateLink>
                {on_the_timeline.map(|to| view! {
                    <StateLink to=to attr:class="button button--quiet">{move || t.get().on_the_timeline}</StateLink>
                })}
                <StateLink to=permalink attr:class="button button--quiet quote-card__permalink">
                    <span aria-hidden="true">"#"</span>
                    <span class="visually-hidden">{move || t.get().permalink}</span>
                </StateLink>
            </div>
            <div id=context_id class="quote-card__context" lang=doc.meta.lang.clone() hidden=move || !context_open.get()>
                // Built when opened: a window of cards is re-rendered at every filter change.
                {move || context_open.get().then(|| view! { <Context corpus=corpus quote=quote /> })}
            </div>
        </article>
    }
}

/// The sentence (or sentences) of a quotation, the quotation itself marked.
#[component]
fn Context(corpus: &'static Corpus, quote: &'static Quote) -> impl IntoView {
    let doc = &corpus.documents[quote.doc];
    let start = doc.sentences[quote.sentences.0].span.start;
    let end = doc.sentences[quote.sentences.1].span.end;
    view! {
        <p>
            {doc.text[start..quote.outer.start].to_owned()}
            <mark>{quote.outer.of(&doc.text).to_owned()}</mark>
            {doc.text[quote.outer.end..end].to_owned()}
        </p>
    }
}

/// The speaker's name as a card's heading, or what is shown for a quotation with none.
pub(crate) fn speaker_name(quote: &Quote, unattributed: &str) -> String {
    quote.speaker.as_ref().map_or_else(|| unattributed.to_owned(), |s| capitalised(&s.name))
}

/// Role and country, in the interface language, as far as the gazetteer or the text give them,
/// and whether the speaker was inferred.
pub(crate) fn speaker_details(corpus: &Corpus, quote: &Quote, lang: Lang) -> Option<String> {
    let speaker = quote.speaker.as_ref()?;
    let entity = corpus.gazetteer.entity(&speaker.id);
    let role = entity
        .filter(|e| e.kind != EntityKind::Country)
        .and_then(|e| match lang {
            Lang::It => e.role_it.clone(),
            Lang::En => e.role_en.clone().or_else(|| e.role_it.clone()),
        })
        // A role the text gives someone the gazetteer lacks, in the article's words.
        .or_else(|| speaker.role.clone());
    let t = crate::i18n::Strings::of(lang);
    let inferred = speaker.inferred.then(|| match quote.speaker_words {
        Some(words) => fill(t.inferred_speaker_from, words.of(&corpus.documents[quote.doc].text).to_lowercase()),
        None => t.inferred_speaker.to_owned(),
    });
    let country = speaker.country.as_deref().and_then(|id| corpus.gazetteer.entity(id)).map(|c| country_name(c, lang));
    let parts: Vec<String> = [role, country.filter(|c| Some(c) != Some(&capitalised(&speaker.name))), inferred]
        .into_iter()
        .flatten()
        .collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// A country's name in the interface language.
pub fn country_name(country: &rassegna_engine::Entity, lang: Lang) -> String {
    match lang {
        Lang::En => country.name_en.clone().unwrap_or_else(|| country.name.clone()),
        Lang::It => country.name.clone(),
    }
}

/// "un funzionario americano" → "Un funzionario americano", for a card's heading.
fn capitalised(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use rassegna_engine::{Corpus, Document, Gazetteer};

    use super::speaker_details;
    use crate::lang::Lang;

    #[test]
    fn a_card_gives_the_role_the_text_gives_and_says_when_the_speaker_was_inferred() {
        let text = "L’assessora ai Lavori pubblici di Borgo Tavella, Chiara Montieri, ha detto che il ponte \
                    «riaprirà entro l’estate». L’assessora ha poi assicurato che i lavori saranno «rapidi».";
        let corpus = Corpus::new(vec![Document::parse("t", text)], Gazetteer::parse("").0);
        let card = |quoted: &str, lang| {
            let quote = corpus.quotes.iter().find(|q| q.text.of(text) == quoted).expect("the quotation is found");
            speaker_details(&corpus, quote, lang)
        };
        assert_eq!(
            card("riaprirà entro l’estate", Lang::It).as_deref(),
            Some("assessora ai Lavori pubblici di Borgo Tavella")
        );
        assert_eq!(
            card("rapidi", Lang::It).as_deref(),
            Some("assessora ai Lavori pubblici di Borgo Tavella · attribuzione dedotta da «l’assessora»")
        );
        assert!(card("rapidi", Lang::En).is_some_and(|d| d.ends_with("speaker inferred from “l’assessora”")));
    }
}
