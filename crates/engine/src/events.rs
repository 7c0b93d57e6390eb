//! Events: what a document says happened at a point in time it names.
//!
//! A sentence with a resolved point in time becomes an event at that date (one per date, however
//! many expressions name it): its text is the sentence, or the sentence with the one before when it
//! is too short to stand alone ("Egli ha detto a marzo."). The event names the people, bodies and
//! countries of its text, each as the gazetteer knows it; a bare shared surname means the bearer
//! named most recently. A quotation whose sentences overlap the event's is said at its time when the
//! words that date the event stand outside the quoted words ("ha dichiarato lunedì che …"), or
//! inside them name the day of writing ("l’accordo firmato oggi"): a date inside a quotation
//! otherwise dates what it speaks of, not when it was said.

use crate::gazetteer::Gazetteer;
use crate::mentions::Form;
use crate::reading::Reading;
use crate::speakers::{Recent, entity_of};
use crate::timex::{TimeExpression, TimeValue};
use crate::{Document, Quote, Span};

/// Fewer words than this and a sentence leans on the one before it.
const SHORTEST_STANDALONE: usize = 6;

/// A happening a document dates.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Event {
    /// `{document id}-e{n}`, numbered in text order from 1.
    pub id: String,
    /// Index of its document in the corpus.
    pub doc: usize,
    /// When it happened.
    pub date: TimeValue,
    /// The words that date it (the first, when several do).
    pub expression: Span,
    /// The sentence that dates it.
    pub sentence: usize,
    /// What the document says: that sentence, or it and the one before.
    pub text: Span,
    /// Gazetteer ids of the people, bodies and countries its text names, in text order.
    pub entities: Vec<String>,
    /// Ids of the quotations said at its time.
    pub quotes: Vec<String>,
}

/// The events of `doc`, the `doc_index`-th document, from its temporal expressions.
pub(crate) fn extract(
    doc: &Document,
    doc_index: usize,
    readings: &[Reading],
    times: &[TimeExpression],
    quotes: &[Quote],
    gazetteer: &Gazetteer,
) -> Vec<Event> {
    let mut recent = Recent::default();
    let mut named_by_sentence: Vec<Vec<usize>> = Vec::with_capacity(doc.sentences.len());
    for (sentence, reading) in doc.sentences.iter().zip(readings) {
        recent.enter(sentence.paragraph);
        let recently_named = recent.entities();
        let mentions = &reading.mentions;
        let named = mentions.iter().filter_map(|m| match m.form {
            Form::Unknown => None,
            Form::Source => m.country,
            _ => entity_of(m, &recently_named),
        });
        named_by_sentence.push(named.collect());
        recent.update(mentions, gazetteer);
    }

    let mut events: Vec<Event> = Vec::new();
    for time in times {
        let Some(date) = time.when.point() else { continue };
        if events.iter().any(|e| e.sentence == time.sentence && e.date == date) {
            continue;
        }
        let sentence = &doc.sentences[time.sentence];
        let leans_back = time.sentence > 0
            && doc.sentences[time.sentence - 1].paragraph == sentence.paragraph
            && readings[time.sentence].words.len() < SHORTEST_STANDALONE;
        let first = if leans_back { time.sentence - 1 } else { time.sentence };
        let mut entities: Vec<String> = Vec::new();
        for &entity in named_by_sentence[first..=time.sentence].iter().flatten() {
            let id = &gazetteer.entities[entity].id;
            if !entities.contains(id) {
                entities.push(id.clone());
            }
        }
        let quotes = quotes
            .iter()
            .filter(|q| q.doc == doc_index && q.sentences.0 <= time.sentence && first <= q.sentences.1)
            .filter(|q| {
                !(q.text.start <= time.span.start && time.span.end <= q.text.end)
                    || Some(date) == doc.meta.date.map(TimeValue::Date)
            })
            .map(|q| q.id.clone())
            .collect();
        events.push(Event {
            id: String::new(),
            doc: doc_index,
            date,
            expression: time.span,
            sentence: time.sentence,
            text: Span::new(doc.sentences[first].span.start, sentence.span.end),
            entities,
            quotes,
        });
    }
    for (n, event) in events.iter_mut().enumerate() {
        event.id = format!("{}-e{}", doc.id, n + 1);
    }
    events
}
