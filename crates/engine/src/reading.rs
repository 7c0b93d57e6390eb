//! One reading of each sentence, which every pass shares.
//!
//! Quotations, dates, events, the timeline and stances all look at the same things in a sentence:
//! its words, their lower-case forms, and the names, roles and places of the gazetteer among them.
//! They are found here once per sentence, so the passes cannot disagree on what a sentence names
//! and a richer lexicon costs one scan, not one per pass.

use crate::Document;
use crate::mentions::{Lexicon, Mention};
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
pub(crate) fn read(doc: &Document, lexicon: &Lexicon) -> Vec<Reading> {
    let text = doc.text.as_str();
    doc.sentences
        .iter()
        .map(|sentence| {
            let words = words(text, sentence.span);
            let lower = lowered(text, &words);
            let mentions = lexicon.mentions(text, &words, &lower);
            Reading { words, lower, mentions }
        })
        .collect()
}
