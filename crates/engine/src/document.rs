use crate::header::parse_header;
use crate::{Diagnostic, Meta, Span, paragraphs, sentences};

/// One article: its text exactly as given, what is known about it, and its structure.
#[derive(Debug, Clone)]
pub struct Document {
    /// A stable name for links and references (the file stem for bundled articles).
    pub id: String,
    /// The whole text, header included, unchanged: every span indexes into it.
    pub text: String,
    /// Title, outlet, date, language, address, as far as known.
    pub meta: Meta,
    /// The paragraphs of the body, in order.
    pub paragraphs: Vec<Paragraph>,
    /// The sentences of the body, in order, across paragraphs.
    pub sentences: Vec<Sentence>,
    /// What was read past: header lines that could not be used, and the like.
    pub diagnostics: Vec<Diagnostic>,
}

/// A paragraph of a document's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    /// Its text, trimmed.
    pub span: Span,
    /// Index of its first sentence in [`Document::sentences`].
    pub first_sentence: usize,
    /// How many sentences it has (at least one).
    pub sentence_count: usize,
}

/// A sentence of a document's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Its text, trimmed.
    pub span: Span,
    /// Index of its paragraph in [`Document::paragraphs`].
    pub paragraph: usize,
}

impl Document {
    /// Reads `text`: its header, if any, then its paragraphs and sentences. Never fails.
    pub fn parse(id: impl Into<String>, text: impl Into<String>) -> Document {
        let text = text.into();
        let header = parse_header(&text);
        let mut paragraphs = Vec::new();
        let mut sentences = Vec::new();
        for paragraph_span in paragraphs::split(&text, header.body_start) {
            let first_sentence = sentences.len();
            let paragraph = paragraphs.len();
            sentences
                .extend(sentences::split(&text, paragraph_span).into_iter().map(|span| Sentence { span, paragraph }));
            paragraphs.push(Paragraph {
                span: paragraph_span,
                first_sentence,
                sentence_count: sentences.len() - first_sentence,
            });
        }
        Document { id: id.into(), meta: header.meta, paragraphs, sentences, diagnostics: header.diagnostics, text }
    }

    /// This document with metadata from a sidecar file filling in, or correcting, its header's.
    ///
    /// The sidecar wins: it is curated, while a header is whatever the text came with.
    pub fn with_sidecar(mut self, sidecar: &str) -> Document {
        let (meta, diagnostics) = Meta::parse_sidecar(sidecar);
        self.meta = meta.or(self.meta);
        self.diagnostics.extend(diagnostics.into_iter().map(|d| {
            let line = 1 + sidecar[..d.span.start].matches('\n').count();
            // The span would point into the sidecar, not this text: the message carries the place.
            Diagnostic { span: Span::default(), message: format!("metadata sidecar, line {line}: {}", d.message) }
        }));
        self
    }

    /// The text of the sentence at `index`.
    pub fn sentence_text(&self, index: usize) -> &str {
        self.sentences[index].span.of(&self.text)
    }

    /// The sentences of `paragraph`.
    pub fn sentences_of(&self, paragraph: &Paragraph) -> &[Sentence] {
        &self.sentences[paragraph.first_sentence..paragraph.first_sentence + paragraph.sentence_count]
    }

    /// The index of the sentence that contains byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let after = self.sentences.partition_point(|s| s.span.start <= offset);
        after.checked_sub(1).filter(|&i| self.sentences[i].span.contains(offset))
    }
}
