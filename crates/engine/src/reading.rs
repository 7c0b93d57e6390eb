//! One reading of each sentence, which every pass shares.
//!
//! Quotations, dates, events, the timeline and stances all look at the same things in a sentence:
//! its words, their lower-case forms, and the names, roles and places of the gazetteer among them.
//! They are found here once per sentence, so the passes cannot disagree on what a sentence names
//! and a richer lexicon costs one scan, not one per pass.

use crate::Document;
use crate::gazetteer::{EntityKind, Gazetteer};
use crate::mentions::{Form, Lexicon, Mention};
use crate::words::{Word, lowered, words};

/// What a sentence is made of, as every pass reads it.
pub(crate) struct Reading {
    /// Its words, in order.
    pub words: Vec<Word>,
    /// Each word in lower case.
    pub lower: Vec<String>,
    /// The people, bodies, countries and unknown names among its words, in order.
    pub mentions: Vec<Mention>,
}

/// The reading of each sentence of `doc`, by sentence index.
///
/// A body named in full is then named by the first words of its name alone ("la Commissione
/// europea…", then "La Commissione ha replicato"): such a capitalised run is that body, when the
/// document has named only one body whose name starts with it.
pub(crate) fn read(doc: &Document, lexicon: &Lexicon, gazetteer: &Gazetteer) -> Vec<Reading> {
    let text = doc.text.as_str();
    // The bodies named so far, each by the lower-case words the text gave it.
    let mut bodies: Vec<(Vec<String>, usize)> = Vec::new();
    doc.sentences
        .iter()
        .map(|sentence| {
            let words = words(text, sentence.span);
            let lower = lowered(text, &words);
            let opening = crate::paragraphs::dateline(text, sentence.span)
                .map_or(0, |dateline| words.partition_point(|w| w.span.start < dateline.end));
            let mut mentions = lexicon.mentions(text, &words, &lower, opening);
            for mention in &mut mentions {
                let said = &lower[mention.words.0..mention.words.1];
                match (mention.form, &mention.entities[..]) {
                    (Form::Name, [entity])
                        if gazetteer.entities[*entity].kind == EntityKind::Body
                            && said.len() > 1
                            && !bodies.iter().any(|(name, _)| name == said) =>
                    {
                        bodies.push((said.to_vec(), *entity));
                    }
                    (Form::Unknown, _) => {
                        let mut starting =
                            bodies.iter().filter(|(name, _)| name.len() > said.len() && name.starts_with(said));
                        if let Some(&(_, body)) = starting.next()
                            && starting.all(|&(_, other)| other == body)
                        {
                            mention.entities = vec![body];
                            mention.form = Form::Name;
                        }
                    }
                    _ => {}
                }
            }
            Reading { words, lower, mentions }
        })
        .collect()
}
