//! What the data-driven tests share: the bundled articles, read as the app reads them.

use rassegna_engine::Document;

/// The bundled article `stem` (a file name without `.txt`), with its `.meta` sidecar.
pub fn bundled(stem: &str) -> Document {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../documents/");
    let text = std::fs::read_to_string(format!("{dir}{stem}.txt")).unwrap();
    let sidecar = std::fs::read_to_string(format!("{dir}{stem}.meta")).unwrap();
    Document::parse(stem, text).with_sidecar(&sidecar)
}
