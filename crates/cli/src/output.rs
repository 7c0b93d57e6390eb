//! The JSON shape of `rassegna extract`: a contract that tests outside this repository rely on.
//! Offsets are characters, not bytes.

use rassegna_engine::{CharIndex, Document, Meta};
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
    diagnostics: Vec<DiagnosticOut<'a>>,
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
    pub fn new(documents: &'a [(&'a str, Document)]) -> Extract<'a> {
        Extract { documents: documents.iter().map(|(path, doc)| DocumentOut::new(path, doc)).collect() }
    }
}

impl<'a> DocumentOut<'a> {
    fn new(path: &'a str, doc: &'a Document) -> DocumentOut<'a> {
        let chars = CharIndex::new(&doc.text);
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
        DocumentOut { path, id: &doc.id, meta: &doc.meta, paragraphs, diagnostics }
    }
}
