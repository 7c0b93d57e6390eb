//! The model the views show: a corpus of articles, what the engine found in it, the story they
//! tell, and the indexes the views filter by. The app gets it as a context, so the same views can
//! show the bundled articles or any other corpus (a test's hostile document, a bench's thousands).

use std::sync::OnceLock;

use leptos::prelude::expect_context;
#[cfg(feature = "reviews")]
use rassegna_engine::Review;
use rassegna_engine::{Corpus, Document, Gazetteer, Meta, StanceData, Topic};

use crate::quote_filter::QuoteIndex;
use crate::timeline_filter::TimelineIndex;

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
    include!("bundled_documents.rs");
    /// What the engine found in the bundled story when the app was built (build.rs).
    #[cfg(any(test, not(feature = "reviews")))]
    pub const FINDINGS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundled.findings"));
}

/// The people, bodies and countries of the bundled story (`data/gazetteer.txt`, without its
/// comments: see `build.rs`).
const GAZETTEER: &str = include_str!(concat!(env!("OUT_DIR"), "/gazetteer.txt"));
#[cfg(feature = "reviews")]
/// Every country, capital and international body (`data/world.txt`): a reader's articles can
/// be about any of them. The bundled story is read without it (it changes nothing there, see
/// the test below), which spares the first view its parsing.
const WORLD: &str = include_str!(concat!(env!("OUT_DIR"), "/world.txt"));
/// The topics, stance words and curated overrides of the stance comparison.
const TOPICS: &str = include_str!(concat!(env!("OUT_DIR"), "/topics.txt"));
const STANCE_LEXICON: &str = include_str!(concat!(env!("OUT_DIR"), "/stance-lexicon.txt"));
const STANCE_OVERRIDES: &str = include_str!(concat!(env!("OUT_DIR"), "/stance-overrides.txt"));

/// A corpus with its story and its indexes, alive as long as the page.
pub struct Model {
    /// The articles and what the engine found in them.
    pub corpus: &'static Corpus,
    /// What the story is called and when it happened.
    pub story: Meta,
    quotes: OnceLock<QuoteIndex>,
    timeline: OnceLock<TimelineIndex>,
}

impl Model {
    /// A model of `documents`, read with the bundled gazetteer and stance data.
    pub fn new(documents: Vec<Document>, story: Meta) -> &'static Model {
        Model::with_gazetteer(documents, story, GAZETTEER)
    }

    /// A model of `documents`, read with `gazetteer` (in the format of `data/gazetteer.txt`) and
    /// the bundled stance data.
    pub fn with_gazetteer(documents: Vec<Document>, story: Meta, gazetteer: &str) -> &'static Model {
        Model::read(documents, story, Gazetteer::parse(gazetteer).0, None)
    }

    #[cfg(feature = "reviews")]
    /// A model of a reader's review: its articles, read with the story's gazetteer and the
    /// world's, its own stance topics (the bundled ones while it has none).
    pub fn of_review(review: &Review) -> &'static Model {
        Model::read(review.documents(), review.story(), review_gazetteer(), review.topics.clone())
    }

    #[cfg(feature = "reviews")]
    /// The model of a reader's review as [`Model::of_review`] makes it, awaiting `pause(n)` after
    /// its `n`th article: a long review is read without holding the page for the whole time.
    pub async fn of_review_pausing<P: Future<Output = ()>>(
        review: &Review,
        pause: impl FnMut(usize) -> P,
    ) -> &'static Model {
        let corpus = Corpus::with_stances_pausing(
            review.documents(),
            review_gazetteer(),
            stance_data(review.topics.clone()),
            pause,
        )
        .await;
        Model::leak(corpus, review.story())
    }

    fn read(documents: Vec<Document>, story: Meta, gazetteer: Gazetteer, topics: Option<Vec<Topic>>) -> &'static Model {
        Model::leak(Corpus::with_stances(documents, gazetteer, stance_data(topics)), story)
    }

    /// The page never drops its model: leaking it gives every view a plain `&'static`.
    fn leak(corpus: Corpus, story: Meta) -> &'static Model {
        let corpus = Box::leak(Box::new(corpus));
        Box::leak(Box::new(Model { corpus, story, quotes: OnceLock::new(), timeline: OnceLock::new() }))
    }

    /// The bundled articles and their story, with what the engine finds in them.
    pub fn bundled() -> &'static Model {
        static BUNDLED: OnceLock<&'static Model> = OnceLock::new();
        BUNDLED.get_or_init(|| {
            let story = Meta::parse_sidecar(bundled::STORY).0;
            // The full app carries the engine for a reader's articles: it reads the story again
            // rather than carry the built-in findings' decoder (about 7 KB).
            #[cfg(feature = "reviews")]
            let model = Model::new(bundled::bundled_documents(bundled::DOCUMENTS), story);
            #[cfg(not(feature = "reviews"))]
            let model = Model::leak(Model::bundled_as_built(), story);
            model
        })
    }

    /// The bundled story with what the engine found in it when the app was built (build.rs):
    /// the page's first module shows it without the engine's reading code, about a third of it.
    #[cfg(any(test, not(feature = "reviews")))]
    fn bundled_as_built() -> Corpus {
        let findings = postcard::from_bytes(bundled::FINDINGS).expect("build.rs writes the findings it reads");
        Corpus::from_findings(
            bundled::bundled_documents(bundled::DOCUMENTS),
            Gazetteer::parse(GAZETTEER).0,
            Some(stance_data(None)),
            findings,
        )
    }

    /// The bundled story's title and number of articles, without reading the articles: what
    /// the Reviews menu lists while the example is not on screen.
    pub fn bundled_title_and_size() -> (Option<String>, usize) {
        (Meta::parse_sidecar(bundled::STORY).0.title, bundled::DOCUMENTS.len())
    }

    /// The texts of the bundled articles and the gazetteer, which synthetic corpora are made from.
    #[cfg(feature = "bench")]
    pub(crate) fn bundled_sources() -> (Vec<&'static str>, &'static str) {
        (bundled::DOCUMENTS.iter().map(|&(_, text, _)| text).collect(), GAZETTEER)
    }

    /// The quotations folded for search, built on first use.
    pub fn quote_index(&self) -> &QuoteIndex {
        self.quotes.get_or_init(|| QuoteIndex::new(self.corpus))
    }

    /// The timeline with who each entry involves, built on first use.
    pub fn timeline_index(&self) -> &TimelineIndex {
        self.timeline.get_or_init(|| TimelineIndex::new(self.corpus))
    }
}

#[cfg(feature = "reviews")]
/// What a reader's review is read with: the story's gazetteer and the world's, parsed once per
/// page (a long review's first cards and the whole review, every Add, read it again).
fn review_gazetteer() -> Gazetteer {
    static PARSED: OnceLock<Gazetteer> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            let mut gazetteer = String::with_capacity(GAZETTEER.len() + WORLD.len() + 1);
            gazetteer.extend([GAZETTEER, "\n", WORLD]);
            Gazetteer::parse(&gazetteer).0
        })
        .clone()
}

/// The bundled stance data, with `topics` in place of its own when given.
fn stance_data(topics: Option<Vec<Topic>>) -> StanceData {
    let stance_data = StanceData::parse(TOPICS, STANCE_LEXICON, STANCE_OVERRIDES).0;
    match topics {
        Some(topics) => stance_data.with_topics(topics),
        None => stance_data,
    }
}

/// The model of the app being rendered.
pub fn use_model() -> &'static Model {
    expect_context()
}

/// The corpus of the app being rendered.
pub fn use_corpus() -> &'static Corpus {
    use_model().corpus
}

#[cfg(test)]
mod tests {
    use rassegna_engine::{Corpus, Gazetteer};

    use super::{GAZETTEER, Model, bundled, stance_data};

    /// The page shows what build.rs found in the bundled story: it must be what the engine of
    /// this build finds in it, read with what the page reads it with.
    #[test]
    fn the_findings_built_in_are_what_the_engine_finds_in_the_bundled_story() {
        let read = Corpus::with_stances(
            bundled::bundled_documents(bundled::DOCUMENTS),
            Gazetteer::parse(GAZETTEER).0,
            stance_data(None),
        );
        let page = Model::bundled_as_built();
        assert!(!read.quotes.is_empty() && !read.timeline.is_empty() && !read.stances.is_empty());
        assert_eq!(page.findings(), read.findings());
        for quote in &read.quotes {
            assert_eq!(page.quote(&quote.id), Some(quote));
            assert_eq!(page.entry_of_quote(&quote.id), read.entry_of_quote(&quote.id));
        }
    }

    /// The page reads the bundled story without `data/world.txt`, which the CLI and its golden
    /// file read: for this story that must change nothing a reader sees.
    #[test]
    fn the_page_finds_what_the_cli_finds_in_the_bundled_story() {
        let page = Model::bundled().corpus;
        let world = concat!(include_str!("../data/gazetteer.txt"), "\n", include_str!("../data/world.txt"));
        let cli = Corpus::new(page.documents.clone(), Gazetteer::parse(world).0);
        let said = |corpus: &Corpus| -> Vec<(String, Option<String>, Option<String>)> {
            corpus
                .quotes
                .iter()
                .map(|q| (q.id.clone(), q.speaker.as_ref().map(|s| s.id.clone()), q.via.as_ref().map(|s| s.id.clone())))
                .collect()
        };
        assert_eq!(said(page), said(&cli));
        let dated =
            |corpus: &Corpus| corpus.timeline.iter().map(|e| (e.id.clone(), e.entities.clone())).collect::<Vec<_>>();
        assert_eq!(dated(page), dated(&cli));
    }
}
