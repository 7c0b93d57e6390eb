//! What every test of the workspace shares: the bundled articles of `documents/` and the curated
//! data of `data/`, read the way the app reads them, and golden files.
//!
//! One loader, so no test reads the bundled data its own way (an article without its `.meta`
//! sidecar, say, would have another date than the app shows). Tests only: no shipped crate
//! depends on this one.
//!
//! Golden files follow rust-analyzer's `expect_file!`: a test renders what the engine found as
//! readable text, one item a line, and [`assert_golden`] compares it with a file in the
//! repository. A change of output is a diff to review; `make bless` (which sets `UPDATE_EXPECT=1`)
//! writes the new output into the files, and the reviewer reads the change in `git diff`.

#![deny(missing_docs)]

mod golden;

use std::path::{Path, PathBuf};

use rassegna_engine::{Corpus, Document, Gazetteer, StanceData};

pub use golden::assert_golden;

/// The gazetteer: people, bodies, countries and how news names them.
pub const GAZETTEER: &str =
    concat!(include_str!("../../../data/gazetteer.txt"), "\n", include_str!("../../../data/world.txt"));
/// The stance topics and their keyword stems.
pub const TOPICS: &str = include_str!("../../../data/topics.txt");
/// The stance words.
pub const STANCE_LEXICON: &str = include_str!("../../../data/stance-lexicon.txt");
/// The curated stance corrections.
pub const STANCE_OVERRIDES: &str = include_str!("../../../data/stance-overrides.txt");

/// The root of the repository, where `documents/` and `data/` are.
pub fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// The stems (file names without `.txt`) of the bundled articles, in file-name order, as the app
/// bundles them.
pub fn article_stems() -> Vec<String> {
    let dir = root().join("documents");
    let mut stems: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            (path.extension()? == "txt").then(|| path.file_stem()?.to_str().map(String::from))?
        })
        .collect();
    stems.sort();
    stems
}

/// The path of the bundled article `stem`, relative to [`root`]: `documents/STEM.txt`.
pub fn article_path(stem: &str) -> PathBuf {
    Path::new("documents").join(format!("{stem}.txt"))
}

/// The text of the bundled article `stem`, unchanged.
pub fn article_text(stem: &str) -> String {
    read(&root().join(article_path(stem)))
}

/// The bundled article `stem`, with its `.meta` sidecar when it has one.
pub fn article(stem: &str) -> Document {
    let document = Document::parse(stem, article_text(stem));
    let sidecar = root().join("documents").join(format!("{stem}.meta"));
    if sidecar.exists() { document.with_sidecar(&read(&sidecar)) } else { document }
}

/// Every bundled article, in file-name order.
pub fn articles() -> Vec<Document> {
    article_stems().iter().map(|stem| article(stem)).collect()
}

/// The gazetteer of `data/`, which must parse without a diagnostic.
pub fn gazetteer() -> Gazetteer {
    let (gazetteer, diagnostics) = Gazetteer::parse(GAZETTEER);
    assert!(diagnostics.is_empty(), "data/gazetteer.txt + data/world.txt: {diagnostics:?}");
    gazetteer
}

/// The stance topics and lexicon of `data/` with `overrides` (the curated ones are
/// [`STANCE_OVERRIDES`]), which must parse without a diagnostic.
pub fn stance_data(overrides: &str) -> StanceData {
    let (data, diagnostics) = StanceData::parse(TOPICS, STANCE_LEXICON, overrides);
    assert!(diagnostics.is_empty(), "stance data: {diagnostics:?}");
    data
}

/// The corpus of every bundled article, with stances, as the app builds it.
pub fn corpus() -> Corpus {
    Corpus::with_stances(articles(), gazetteer(), stance_data(STANCE_OVERRIDES))
}

/// A name as the evaluations compare it: lower case, no accents, no leading article, single
/// spaces ("L’Unione Europea" is "unione europea").
pub fn folded(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        let plain = match c {
            'à' | 'á' | 'â' | 'ä' | 'À' | 'Á' => 'a',
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'Ò' | 'Ó' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' => 'u',
            '’' | '\'' | '-' => ' ',
            other => other,
        };
        out.extend(plain.to_lowercase());
    }
    let words: Vec<&str> = out.split_whitespace().collect();
    let start = usize::from(matches!(words.first(), Some(&("il" | "lo" | "la" | "l" | "i" | "gli" | "le"))));
    words[start..].join(" ")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}
