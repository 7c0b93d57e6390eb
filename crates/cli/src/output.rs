//! The JSON shape of `rassegna extract`: a contract that tests outside this repository rely on.
//! Offsets are characters, not bytes.

use rassegna_engine::{CharIndex, Corpus, Document, Meta, Quote, Speaker};
use serde::Serialize;

#[derive(Serialize)]
pub struct Extract<'a> {
    documents: Vec<DocumentOut<'a>>,
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    path: &'a str,
    id: &'a str,
    meta: &'a Meta,
    paragraphs: Vec<ParagraphOut<'a>>,
    quotes: Vec<QuoteOut<'a>>,
    diagnostics: Vec<DiagnosticOut<'a>>,
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    id: &'a str,
    text: &'a str,
    kind: &'static str,
    speaker: Option<&'a Speaker>,
    cue: Option<&'a str>,
    via: Option<&'a Speaker>,
    /// The sentence (or sentences) the quotation stands in.
    sentence: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct ParagraphOut<'a> {
    start: usize,
    end: usize,
    sentences: Vec<SentenceOut<'a>>,
}

#[derive(Serialize)]
struct SentenceOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct DiagnosticOut<'a> {
    start: usize,
    end: usize,
    message: &'a str,
}

impl<'a> Extract<'a> {
    /// The output for `corpus`, whose documents were read from `paths`.
    pub fn new(corpus: &'a Corpus, paths: &[&'a str]) -> Extract<'a> {
        let documents = corpus
            .documents
            .iter()
            .enumerate()
            .map(|(index, doc)| DocumentOut::new(paths[index], doc, corpus.quotes_of(index)))
            .collect();
        Extract { documents }
    }
}

impl<'a> DocumentOut<'a> {
    fn new(path: &'a str, doc: &'a Document, quotes: impl Iterator<Item = &'a Quote>) -> DocumentOut<'a> {
        let chars = CharIndex::new(&doc.text);
        let quotes = quotes
            .map(|quote| QuoteOut {
                id: &quote.id,
                text: quote.text.of(&doc.text),
                kind: quote.kind.as_str(),
                speaker: quote.speaker.as_ref(),
                cue: quote.cue.map(|cue| cue.of(&doc.text)),
                via: quote.via.as_ref(),
                sentence: &doc.text
                    [doc.sentences[quote.sentences.0].span.start..doc.sentences[quote.sentences.1].span.end],
                start: chars.char_offset(quote.text.start),
                end: chars.char_offset(quote.text.end),
            })
            .collect();
        let paragraphs = doc
            .paragraphs
            .iter()
            .map(|paragraph| ParagraphOut {
                start: chars.char_offset(paragraph.span.start),
                end: chars.char_offset(paragraph.span.end),
                sentences: doc
                    .sentences_of(paragraph)
                    .iter()
                    .map(|sentence| SentenceOut {
                        start: chars.char_offset(sentence.span.start),
                        end: chars.char_offset(sentence.span.end),
                        text: sentence.span.of(&doc.text),
                    })
                    .collect(),
            })
            .collect();
        let diagnostics = doc
            .diagnostics
            .iter()
            .map(|d| DiagnosticOut {
                start: chars.char_offset(d.span.start),
                end: chars.char_offset(d.span.end),
                message: &d.message,
            })
            .collect();
        DocumentOut { path, id: &doc.id, meta: &doc.meta, paragraphs, quotes, diagnostics }
    }
}
