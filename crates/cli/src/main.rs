//! `rassegna`: the engine from the command line.
//!
//! `rassegna extract FILE...` reads each article (with the metadata sidecar `FILE.meta` beside
//! it, when there is one) and prints what the engine finds as one JSON object on stdout. Offsets
//! in the output are character offsets into the file's text, as Python or JavaScript would index
//! it. A file that cannot be read is reported on stderr; the others are still processed, and the
//! exit status says that something failed.

mod output;

use std::path::Path;
use std::process::ExitCode;

use rassegna_engine::{Corpus, Document, Gazetteer, StanceData, decode};

/// The people, bodies and countries the extraction recognises: the project's curated data.
/// The gazetteer: the bundled story's people, bodies and countries, then the world's.
const GAZETTEER: &str =
    concat!(include_str!("../../../data/gazetteer.txt"), "\n", include_str!("../../../data/world.txt"));
const TOPICS: &str = include_str!("../../../data/topics.txt");
const STANCE_LEXICON: &str = include_str!("../../../data/stance-lexicon.txt");
const STANCE_OVERRIDES: &str = include_str!("../../../data/stance-overrides.txt");

const USAGE: &str = "usage: rassegna extract FILE...\n\n\
Reads news articles (UTF-8 text; an optional `key: value` header of title, outlet, date, lang, url)\n\
and prints their metadata, paragraphs and sentences as JSON. Metadata in FILE.meta (same form as the\n\
header; the extension of FILE replaced by .meta) fills in what the text does not say.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.split_first() {
        Some((command, files)) if command == "extract" && !files.is_empty() => extract(files),
        Some((flag, _)) if flag == "-h" || flag == "--help" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn extract(paths: &[String]) -> ExitCode {
    let mut documents = Vec::new();
    let mut read_paths = Vec::new();
    let mut failed = false;
    for path in paths {
        match read(Path::new(path)) {
            Ok(document) => {
                documents.push(document);
                read_paths.push(path.as_str());
            }
            Err(reason) => {
                eprintln!("rassegna: {path}: {reason}; skipped it");
                failed = true;
            }
        }
    }
    let (gazetteer, _) = Gazetteer::parse(GAZETTEER);
    let (stance_data, _) = StanceData::parse(TOPICS, STANCE_LEXICON, STANCE_OVERRIDES);
    let corpus = Corpus::with_stances(documents, gazetteer, stance_data);
    let json = output::Extract::new(&corpus, &read_paths);
    match serde_json::to_writer(std::io::stdout().lock(), &json) {
        Ok(()) => println!(),
        Err(error) => {
            eprintln!("rassegna: could not write the output: {error}");
            return ExitCode::FAILURE;
        }
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

fn read(path: &Path) -> Result<Document, String> {
    let bytes = std::fs::read(path).map_err(|error| format!("cannot read it ({error})"))?;
    let text = decode(&bytes).map_err(|error| error.to_string())?;
    let id = path.file_stem().map_or_else(|| path.display().to_string(), |s| s.to_string_lossy().into_owned());
    let document = Document::parse(id, text);
    let sidecar = path.with_extension("meta");
    if sidecar == path {
        return Ok(document);
    }
    match std::fs::read(&sidecar) {
        Ok(bytes) => {
            let text = decode(&bytes).map_err(|error| format!("its metadata {}: {error}", sidecar.display()))?;
            Ok(document.with_sidecar(text))
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(document),
        Err(error) => Err(format!("cannot read its metadata {} ({error})", sidecar.display())),
    }
}
