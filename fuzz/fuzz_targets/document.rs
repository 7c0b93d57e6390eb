//! Any bytes, decoded or not, become a document whose every span lies on the text's char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rassegna_engine::{Document, decode};

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = decode(bytes) else { return };
    let doc = Document::parse("fuzz", text);
    for sentence in &doc.sentences {
        assert!(doc.text.get(sentence.span.start..sentence.span.end).is_some(), "sentence span off the text");
    }
    for paragraph in &doc.paragraphs {
        assert!(doc.text.get(paragraph.span.start..paragraph.span.end).is_some(), "paragraph span off the text");
    }
});
