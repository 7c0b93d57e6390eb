//! Bundles every article in `documents/` into the app: `*.txt` with its optional `*.meta`
//! sidecar, plus the story's own `story.meta`. Adding an article is adding its files. Also
//! writes the data files the app reads without their comment lines, and what the engine finds
//! in the bundled story: the page shows it without carrying the engine's reading code (about a
//! third of the first module).

use std::fmt::Write;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("documents");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed=src/bundled_documents.rs");
    let mut stems: Vec<String> = std::fs::read_dir(&dir)
        .expect("documents/ holds the bundled articles")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            (path.extension()? == "txt").then(|| path.file_stem().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    stems.sort();

    let mut code = String::from("/// (id, text, metadata sidecar) of each bundled article.\n");
    code.push_str("pub const DOCUMENTS: &[(&str, &str, Option<&str>)] = &[\n");
    for stem in &stems {
        let text = dir.join(format!("{stem}.txt"));
        let meta = dir.join(format!("{stem}.meta"));
        let meta = if meta.exists() { format!("Some(include_str!({:?}))", meta) } else { "None".into() };
        writeln!(code, "    ({stem:?}, include_str!({text:?}), {meta}),").unwrap();
    }
    code.push_str("];\n");
    writeln!(
        code,
        "/// The story the articles tell, as `key: value` lines.\npub const STORY: &str = include_str!({:?});",
        dir.join("story.meta")
    )
    .unwrap();
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("bundled.rs");
    std::fs::write(out, code).unwrap();

    // The data files without their comment lines, which are for people editing them: every
    // byte the app carries is a byte of the page.
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).to_path_buf();
    let mut kept_data = Vec::new();
    for name in ["gazetteer.txt", "world.txt", "topics.txt", "stance-lexicon.txt", "stance-overrides.txt"] {
        let path = data.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = read(&path);
        let kept: Vec<&str> = text.lines().filter(|line| !line.trim_start().starts_with('#')).collect();
        let kept = kept.join("\n");
        std::fs::write(out.join(name), &kept).unwrap();
        kept_data.push(kept);
    }

    // The bundled story read as src/model.rs would read it (its test holds the two equal).
    let [gazetteer, _world, topics, lexicon, overrides] = &kept_data[..] else { unreachable!() };
    let files: Vec<(String, String, Option<String>)> = stems
        .iter()
        .map(|stem| {
            let meta = dir.join(format!("{stem}.meta"));
            (stem.clone(), read(&dir.join(format!("{stem}.txt"))), meta.exists().then(|| read(&meta)))
        })
        .collect();
    let files: Vec<(&str, &str, Option<&str>)> =
        files.iter().map(|(id, text, meta)| (id.as_str(), text.as_str(), meta.as_deref())).collect();
    let corpus = rassegna_engine::Corpus::with_stances(
        bundled_documents(&files),
        rassegna_engine::Gazetteer::parse(gazetteer).0,
        rassegna_engine::StanceData::parse(topics, lexicon, overrides).0,
    );
    let findings = postcard::to_allocvec(&corpus.findings()).expect("findings serialise");
    std::fs::write(out.join("bundled.findings"), findings).unwrap();
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

include!("src/bundled_documents.rs");
