//! `extraction-bench`: the engine's native throughput over synthetic corpora of 1, 10 and 20 MB
//! (or the sizes given, in MB), one core, the whole pipeline from text to stances. Prints one JSON
//! object per size for `make bench`.

use std::path::Path;
use std::time::Instant;

use rassegna_bench::Synthetic;
use rassegna_engine::{Corpus, Gazetteer, StanceData};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
/// Each size runs this many times; the median is reported.
const RUNS: usize = 3;

fn main() {
    let sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![1, 10, 20] } else { sizes };
    let sources = sources();
    let sources: Vec<&str> = sources.iter().map(String::as_str).collect();
    let data = |name: &str| read(&Path::new(ROOT).join("data").join(name));
    // The engine as the CLI runs it: the bundled story's gazetteer and the world's.
    let gazetteer = format!("{}\n{}", data("gazetteer.txt"), data("world.txt"));
    let (topics, lexicon, overrides) = (data("topics.txt"), data("stance-lexicon.txt"), data("stance-overrides.txt"));
    for megabytes in sizes {
        let synthetic = Synthetic::with_bytes(&sources, &gazetteer, megabytes << 20);
        let mut seconds = Vec::new();
        let mut found = (0, 0, 0, 0);
        for _ in 0..RUNS {
            let start = Instant::now();
            let corpus = Corpus::with_stances(
                synthetic.documents(),
                Gazetteer::parse(&synthetic.gazetteer).0,
                StanceData::parse(&topics, &lexicon, &overrides).0,
            );
            seconds.push(start.elapsed().as_secs_f64());
            found = (corpus.quotes.len(), corpus.events.len(), corpus.timeline.len(), corpus.statements.len());
        }
        seconds.sort_by(f64::total_cmp);
        let median = seconds[RUNS / 2];
        let bytes = synthetic.bytes();
        println!(
            "{{\"bytes\": {bytes}, \"articles\": {}, \"seconds\": {median:.4}, \"mb_per_s\": {:.2}, \
             \"quotes\": {}, \"events\": {}, \"timeline\": {}, \"statements\": {}}}",
            synthetic.articles.len(),
            bytes as f64 / (1 << 20) as f64 / median,
            found.0,
            found.1,
            found.2,
            found.3
        );
    }
}

/// The bundled articles, whose paragraphs the synthetic ones are made of.
fn sources() -> Vec<String> {
    let dir = Path::new(ROOT).join("documents");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}; run from a checkout of the repository", dir.display()))
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|path| read(path)).collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}
