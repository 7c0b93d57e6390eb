//! Any text through the whole engine, with the bundled data: quotations, speakers, dates, events,
//! timeline and stances. It must not panic, and every quotation must point inside its text.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use rassegna_engine::{Corpus, Document, Gazetteer, StanceData};

const GAZETTEER: &str = concat!(include_str!("../../data/gazetteer.txt"), "\n", include_str!("../../data/world.txt"));
const TOPICS: &str = include_str!("../../data/topics.txt");
const LEXICON: &str = include_str!("../../data/stance-lexicon.txt");
const OVERRIDES: &str = include_str!("../../data/stance-overrides.txt");

/// The bundled data, parsed once: the fuzzer's time goes to the text, not to the data files.
fn data() -> &'static (Gazetteer, StanceData) {
    static DATA: OnceLock<(Gazetteer, StanceData)> = OnceLock::new();
    DATA.get_or_init(|| (Gazetteer::parse(GAZETTEER).0, StanceData::parse(TOPICS, LEXICON, OVERRIDES).0))
}

fuzz_target!(|text: &str| {
    let (gazetteer, stance_data) = data().clone();
    // The same text twice, once as one paragraph, so the cross-document merge has work to do.
    let documents = vec![Document::parse("a", text), Document::parse("b", text.replace('\n', " "))];
    let corpus = Corpus::with_stances(documents, gazetteer, stance_data);
    for quote in &corpus.quotes {
        let doc = &corpus.documents[quote.doc];
        assert!(doc.text.get(quote.text.start..quote.text.end).is_some(), "quotation span off the text");
    }
});
