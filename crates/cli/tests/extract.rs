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
    let full =
        quotes.iter().find(|q| q["text"].as_str().unwrap().starts_with("La situazione rimane complessa")).unwrap();
    assert_eq!(full["kind"], "full");
    assert_eq!(
        full["speaker"],
        serde_json::json!({"id": "kim-jong-un", "name": "Kim Jong Un", "country": "KP", "inferred": false})
    );
    assert_eq!(full["cue"], "ha aggiunto");
    assert!(full["via"].is_null());
    let relayed = quotes.iter().find(|q| q["text"] == "uguaglianza e rispetto reciproco").unwrap();
    assert_eq!(relayed["speaker"]["name"], "Vladimir Putin");
    assert_eq!(relayed["via"]["name"], "TASS");
    assert_eq!(documents[1]["quotes"].as_array().unwrap().len(), 15);
}

#[test]
fn a_speaker_the_gazetteer_lacks_has_the_role_the_text_gives_and_inferred_speakers_say_so() {
    let dir = std::env::temp_dir().join(format!("rassegna-cli-speakers-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("ponte.txt");
    std::fs::write(
        &file,
        "«Il ponte riaprirà entro l’estate», ha dichiarato l’assessora ai Lavori pubblici di Borgo Tavella, \
         Chiara Montieri.\nL’assessora ha poi assicurato che i lavori saranno «rapidi».\n",
    )
    .unwrap();
    let (json, stderr, ok) = run(&["extract", file.to_str().unwrap()]);
    assert!(ok, "{stderr}");
    let quotes = json["documents"][0]["quotes"].as_array().unwrap();
    let named = quotes.iter().find(|q| q["text"] == "Il ponte riaprirà entro l’estate").unwrap();
    assert_eq!(named["speaker"]["name"], "Chiara Montieri");
    assert_eq!(named["speaker"]["role"], "assessora ai Lavori pubblici di Borgo Tavella");
    assert_eq!(named["speaker"]["inferred"], false);
    let described = quotes.iter().find(|q| q["text"] == "rapidi").unwrap();
    assert_eq!(described["speaker"]["name"], "Chiara Montieri", "the role alone stands for her");
    assert_eq!(described["speaker"]["inferred"], true);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn dates_events_and_the_merged_timeline() {
    let cnn = format!("{DOCS}004_5e1b73382cb6678f.txt");
    let other = format!("{DOCS}000_def9c4dbf8ca3602.txt");
    let (json, stderr, ok) = run(&["extract", &other, &cnn]);
    assert!(ok, "{stderr}");
    let other_text = std::fs::read_to_string(&other).unwrap();
    let doc = &json["documents"][0];

    let dates = doc["dates"].as_array().unwrap();
    for date in dates {
        assert_eq!(chars(&other_text, &date["start"], &date["end"]), date["expr"].as_str().unwrap());
    }
    let monday = dates.iter().find(|d| d["expr"] == "lunedì").unwrap();
    assert_eq!((&monday["kind"], &monday["value"]), (&"point".into(), &"2024-06-17".into()));
    let duration = dates.iter().find(|d| d["expr"] == "in oltre 24 anni").unwrap();
    assert_eq!((&duration["kind"], &duration["value"]), (&"duration".into(), &"P24Y".into()));
    let offset = dates.iter().find(|d| d["expr"] == "a cinque anni di distanza").unwrap();
    assert!(offset["value"].is_null(), "an offset from an undated happening stays unresolved");

    let events = doc["events"].as_array().unwrap();
    for event in events {
        assert_eq!(chars(&other_text, &event["start"], &event["end"]), event["text"].as_str().unwrap());
        for key in ["id", "date", "entities"] {
            assert!(event.get(key).is_some(), "{key} in {event}");
        }
    }
    let kirby = events.iter().find(|e| e["date"] == "2024-06-17").unwrap();
    assert!(kirby["entities"].as_array().unwrap().contains(&"john-kirby".into()));

    let timeline = json["timeline"].as_array().unwrap();
    let dates: Vec<&str> = timeline.iter().map(|e| e["date"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort_by_key(|d| d.replace('X', "0"));
    assert_eq!(dates, sorted, "the timeline is in time order");
    let veto = timeline.iter().find(|e| e["date"] == "2024-03" && e["sources"].as_array().unwrap().len() == 2);
    let sources = veto.expect("the March veto is told by both articles")["sources"].as_array().unwrap();
    assert_eq!(sources[0]["doc"], "000_def9c4dbf8ca3602");
    assert_eq!(sources[1]["doc"], "004_5e1b73382cb6678f");
    let cnn_text = std::fs::read_to_string(&cnn).unwrap();
    assert_eq!(chars(&cnn_text, &sources[1]["start"], &sources[1]["end"]), sources[1]["text"].as_str().unwrap());
}

#[test]
fn stances_with_evidence_that_points_into_the_files() {
    let cnn = format!("{DOCS}004_5e1b73382cb6678f.txt");
    let other = format!("{DOCS}000_def9c4dbf8ca3602.txt");
    let (json, stderr, ok) = run(&["extract", &other, &cnn]);
    assert!(ok, "{stderr}");
    let texts = [
        ("000_def9c4dbf8ca3602", std::fs::read_to_string(&other).unwrap()),
        ("004_5e1b73382cb6678f", std::fs::read_to_string(&cnn).unwrap()),
    ];
    let stances = json["stances"].as_array().unwrap();
    for cell in stances {
        assert!(["supports", "opposes", "concerned", "mixed", "neutral"].contains(&cell["stance"].as_str().unwrap()));
        let evidence = cell["evidence"].as_array().unwrap();
        assert!(!evidence.is_empty(), "{cell}");
        for piece in evidence {
            let (_, text) = texts.iter().find(|(id, _)| piece["doc"] == *id).unwrap();
            assert_eq!(chars(text, &piece["start"], &piece["end"]), piece["text"].as_str().unwrap());
        }
    }
    let cell = |actor: &str, topic: &str| stances.iter().find(|c| c["actor"] == actor && c["topic"] == topic).unwrap();
    assert_eq!(cell("RU", "partnership")["stance"], "supports");
    assert_eq!(cell("US", "partnership")["stance"], "concerned");
    assert_eq!(cell("RU", "sanctions")["stance"], "opposes");
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
