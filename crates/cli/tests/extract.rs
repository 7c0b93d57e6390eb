//! `rassegna extract` as a user runs it: the JSON contract, character offsets, bad files.

use std::process::Command;

use serde_json::Value;

const DOCS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../documents/");

fn run(args: &[&str]) -> (Value, String, bool) {
    let output = Command::new(env!("CARGO_BIN_EXE_rassegna")).args(args).output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let json = serde_json::from_str(&stdout).unwrap_or(Value::Null);
    (json, String::from_utf8(output.stderr).unwrap(), output.status.success())
}

fn chars(text: &str, start: &Value, end: &Value) -> String {
    let (start, end) = (start.as_u64().unwrap() as usize, end.as_u64().unwrap() as usize);
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn extracts_the_bundled_articles_with_character_offsets() {
    let cnn = format!("{DOCS}004_5e1b73382cb6678f.txt");
    let other = format!("{DOCS}000_def9c4dbf8ca3602.txt");
    let (json, stderr, ok) = run(&["extract", &cnn, &other]);
    assert!(ok, "{stderr}");
    let documents = json["documents"].as_array().unwrap();
    assert_eq!(documents.len(), 2);

    let doc = &documents[0];
    assert_eq!(doc["path"], cnn.as_str());
    assert_eq!(doc["meta"]["outlet"], "CNN");
    assert_eq!(doc["meta"]["date"], "2024-06-19", "the sidecar refines the header's 2024-06");
    assert_eq!(doc["meta"]["lang"], "it");
    assert!(doc["meta"]["url"].is_null());
    assert!(doc["meta"]["title"].is_string());

    let text = std::fs::read_to_string(&cnn).unwrap();
    let paragraphs = doc["paragraphs"].as_array().unwrap();
    assert_eq!(paragraphs.len(), 32);
    for paragraph in paragraphs {
        for sentence in paragraph["sentences"].as_array().unwrap() {
            assert_eq!(chars(&text, &sentence["start"], &sentence["end"]), sentence["text"].as_str().unwrap());
        }
    }
    assert!(documents[1]["meta"]["outlet"].is_null(), "an unknown outlet stays unknown");

    let quotes = doc["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 31);
    for quote in quotes {
        let text = quote["text"].as_str().unwrap();
        assert_eq!(chars(&std::fs::read_to_string(&cnn).unwrap(), &quote["start"], &quote["end"]), text);
        assert!(["full", "partial", "reported"].contains(&quote["kind"].as_str().unwrap()));
        assert!(quote["sentence"].as_str().unwrap().contains(text), "{quote}");
        assert!(quote["id"].as_str().unwrap().starts_with("004_5e1b73382cb6678f-q"));
        for key in ["speaker", "cue", "via"] {
            assert!(quote.get(key).is_some(), "{key} is always present");
        }
    }
    let full = quotes.iter().find(|q| q["text"].as_str().unwrap().starts_with("La situazione rimane complessa")).unwrap();
    assert_eq!(full["kind"], "full");
    assert_eq!(full["speaker"], serde_json::json!({"id": "kim-jong-un", "name": "Kim Jong Un", "country": "KP"}));
    assert_eq!(full["cue"], "ha aggiunto");
    assert!(full["via"].is_null());
    let relayed = quotes.iter().find(|q| q["text"] == "uguaglianza e rispetto reciproco").unwrap();
    assert_eq!(relayed["speaker"]["name"], "Vladimir Putin");
    assert_eq!(relayed["via"]["name"], "TASS");
    assert_eq!(documents[1]["quotes"].as_array().unwrap().len(), 15);
}

#[test]
fn a_bad_file_is_named_on_stderr_and_the_others_still_processed() {
    let dir = std::env::temp_dir().join(format!("rassegna-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"Citt\xe0 del Vaticano.").unwrap();
    let missing = dir.join("missing.txt");
    let good = format!("{DOCS}000_def9c4dbf8ca3602.txt");

    let (json, stderr, ok) = run(&["extract", latin1.to_str().unwrap(), missing.to_str().unwrap(), &good]);
    assert!(!ok, "a failed file makes the exit status non-zero");
    assert!(stderr.contains("latin1.txt: not UTF-8 text (invalid byte at offset 4, line 1)"), "{stderr}");
    assert!(stderr.contains("missing.txt: cannot read it"), "{stderr}");
    let documents = json["documents"].as_array().unwrap();
    assert_eq!(documents.len(), 1);
    assert_eq!(documents[0]["path"], good.as_str());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn no_files_prints_usage() {
    let (_, stderr, ok) = run(&["extract"]);
    assert!(!ok);
    assert!(stderr.starts_with("usage: rassegna extract FILE..."), "{stderr}");
}
