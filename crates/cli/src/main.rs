//! `rassegna`: the engine from the command line.
//!
//! `rassegna extract FILE...` reads each article (with the metadata sidecar `FILE.meta` beside
//! it, when there is one) and prints what the engine finds as one JSON object on stdout. Offsets
//! in the output are character offsets into the file's text, as Python or JavaScript would index
//! it. A file that cannot be read is reported on stderr; the others are still processed, and the
//! exit status says that something failed.
//!
//! A `.json` argument is a press review (the file the app downloads, `rassegna_engine::review`):
//! each of its articles is a document, with the path `FILE#ID`. Reviews and text files mix freely.
//! The stance topics are the reviews' own when they have some (those of every review given, the
//! first of each id kept), else the bundled ones (`data/topics.txt`).

mod output;

use std::path::Path;
use std::process::ExitCode;

use rassegna_engine::{Corpus, Document, Gazetteer, Review, StanceData, Topic, decode};

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
header; the extension of FILE replaced by .meta) fills in what the text does not say. A FILE ending\n\
in .json is a press review downloaded from the app: each of its articles is read as a document.";

/// The largest review file read: 200 articles of 2 MB, and room for the JSON around them.
const MAX_REVIEW_FILE: u64 = 410_000_000;

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
    let mut read_paths: Vec<String> = Vec::new();
    let mut topics: Option<Vec<Topic>> = None;
    let mut failed = false;
    for path in paths {
        let read = if path.ends_with(".json") {
            read_review(Path::new(path)).map(|review| {
                if let Some(own) = &review.topics {
                    let topics = topics.get_or_insert_with(Vec::new);
                    let new: Vec<Topic> = own.iter().filter(|t| topics.iter().all(|k| k.id != t.id)).cloned().collect();
                    topics.extend(new);
                }
                review.documents()
            })
        } else {
            read(Path::new(path)).map(|d| vec![d])
        };
        match read {
            Ok(read) => {
                for document in read {
                    // A review's articles are `FILE#ID`; a text file is its path.
                    read_paths.push(if path.ends_with(".json") {
                        format!("{path}#{}", document.id)
                    } else {
                        path.clone()
                    });
                    documents.push(document);
                }
            }
            Err(reason) => {
                eprintln!("rassegna: {path}: {reason}; skipped it");
                failed = true;
            }
        }
    }
    let (gazetteer, _) = Gazetteer::parse(GAZETTEER);
    let (mut stance_data, _) = StanceData::parse(TOPICS, STANCE_LEXICON, STANCE_OVERRIDES);
    if let Some(topics) = topics {
        stance_data = stance_data.with_topics(topics);
    }
    let corpus = Corpus::with_stances(documents, gazetteer, stance_data);
    let read_paths: Vec<&str> = read_paths.iter().map(String::as_str).collect();
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

/// A review file.
fn read_review(path: &Path) -> Result<Review, String> {
    let size = std::fs::metadata(path).map_err(|error| format!("cannot read it ({error})"))?.len();
    if size > MAX_REVIEW_FILE {
        return Err(format!("it has {size} bytes, more than a review can ({MAX_REVIEW_FILE})"));
    }
    let bytes = std::fs::read(path).map_err(|error| format!("cannot read it ({error})"))?;
    let text = decode(&bytes).map_err(|error| error.to_string())?;
    Review::from_json(text).map_err(|error| error.to_string())
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
