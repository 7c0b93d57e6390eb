//! The language data of `data/` (given names, roles, verbs of saying, bodies) without its comments and
//! blank lines: the comments are for people editing the files, and every byte the engine
//! carries is a byte of the app's page.

use std::path::Path;

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in ["given-names.txt", "roles.txt", "speech.txt", "bodies.txt"] {
        let path = data.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        std::fs::write(Path::new(&out).join(name), lines.join("\n")).expect("OUT_DIR is writable");
    }
}
