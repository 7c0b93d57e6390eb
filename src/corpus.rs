use std::sync::OnceLock;

use rassegna_engine::{Corpus, Document, Gazetteer, Meta, StanceData};

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
}

/// The people, bodies and countries the extraction recognises.
const GAZETTEER: &str = include_str!("../data/gazetteer.txt");
/// The topics, stance words and curated overrides of the stance comparison.
const TOPICS: &str = include_str!("../data/topics.txt");
const STANCE_LEXICON: &str = include_str!("../data/stance-lexicon.txt");
const STANCE_OVERRIDES: &str = include_str!("../data/stance-overrides.txt");

/// The bundled articles and what the engine finds in them, computed on first use.
pub fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let documents = bundled::DOCUMENTS
            .iter()
            .map(|&(id, text, sidecar)| {
                let document = Document::parse(id, text);
                match sidecar {
                    Some(sidecar) => document.with_sidecar(sidecar),
                    None => document,
                }
            })
            .collect();
        let stance_data = StanceData::parse(TOPICS, STANCE_LEXICON, STANCE_OVERRIDES).0;
        Corpus::new(documents, Gazetteer::parse(GAZETTEER).0).with_stances(stance_data)
    })
}

/// What the story is called and when it happened.
pub fn story() -> &'static Meta {
    static STORY: OnceLock<Meta> = OnceLock::new();
    STORY.get_or_init(|| Meta::parse_sidecar(bundled::STORY).0)
}
