use std::sync::OnceLock;

use rassegna_engine::{Corpus, Document, Meta};

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
}

/// The bundled articles, parsed on first use (a few hundred microseconds).
pub fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        Corpus::new(
            bundled::DOCUMENTS
                .iter()
                .map(|&(id, text, sidecar)| {
                    let document = Document::parse(id, text);
                    match sidecar {
                        Some(sidecar) => document.with_sidecar(sidecar),
                        None => document,
                    }
                })
                .collect(),
        )
    })
}

/// What the story is called and when it happened.
pub fn story() -> &'static Meta {
    static STORY: OnceLock<Meta> = OnceLock::new();
    STORY.get_or_init(|| Meta::parse_sidecar(bundled::STORY).0)
}
