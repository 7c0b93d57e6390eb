//! The synthetic corpus is what the bench claims: deterministic, of the size asked, spoken by
//! hundreds of people of the cast, and read by the engine as Italian news.

use rassegna_bench::Synthetic;
use rassegna_engine::{Corpus, Gazetteer};
use rassegna_testdata::{GAZETTEER, article_stems, article_text};

/// The texts of the bundled articles, as `make bench` makes its corpora of.
fn sources() -> Vec<String> {
    article_stems().iter().map(|stem| article_text(stem)).collect()
}

#[test]
fn a_megabyte_of_articles_quotes_hundreds_of_speakers() {
    let texts = sources();
    let sources: Vec<&str> = texts.iter().map(String::as_str).collect();
    let synthetic = Synthetic::with_bytes(&sources, GAZETTEER, 1 << 20);
    assert!(synthetic.bytes() >= 1 << 20);
    assert!(synthetic.bytes() < (1 << 20) + 16_384, "{} bytes: one article too many", synthetic.bytes());
    let corpus = Corpus::new(synthetic.documents(), Gazetteer::parse(&synthetic.gazetteer).0);
    let mut speakers: Vec<&str> =
        corpus.quotes.iter().filter_map(|q| q.speaker.as_ref()).map(|s| s.id.as_str()).collect();
    speakers.sort();
    speakers.dedup();
    let cast = speakers.iter().filter(|id| id.starts_with("synthetic-")).count();
    assert!(cast >= 200, "only {cast} speakers of the cast among {speakers:?}");
    assert!(corpus.quotes.len() > 2_000, "{} quotations", corpus.quotes.len());
    assert!(corpus.timeline.len() > 100, "{} timeline entries", corpus.timeline.len());
    assert!(corpus.documents.iter().all(|d| d.meta.date.is_some() && d.meta.outlet.is_some()));
}

#[test]
fn the_same_call_gives_the_same_corpus() {
    let texts = sources();
    let sources: Vec<&str> = texts.iter().map(String::as_str).collect();
    let first = Synthetic::with_bytes(&sources, GAZETTEER, 100_000);
    let second = Synthetic::with_bytes(&sources, GAZETTEER, 100_000);
    assert_eq!(first.articles, second.articles);
}

#[test]
fn asking_for_quotations_gives_about_as_many() {
    let texts = sources();
    let sources: Vec<&str> = texts.iter().map(String::as_str).collect();
    let synthetic = Synthetic::with_quotes(&sources, GAZETTEER, 1_000);
    let quotes = Corpus::new(synthetic.documents(), Gazetteer::parse(&synthetic.gazetteer).0).quotes.len();
    assert!((800..=1_300).contains(&quotes), "{quotes} quotations for 1,000 asked");
}
