//! `rassegna extract` as a user runs it: the JSON contract, character offsets, bad files; and its
//! whole output for the bundled articles, against the golden file `expect/extract.json`.

use std::process::Command;

use rassegna_testdata::{article_path, article_text, assert_golden, root};
use serde_json::Value;

const CNN: &str = "004_5e1b73382cb6678f";
const UNKNOWN_OUTLET: &str = "000_def9c4dbf8ca3602";

/// Runs `rassegna` with `args` from the root of the repository, so the bundled articles' paths
/// (`documents/…`, as [`article_path`] gives them) are the same on every checkout.
fn run_raw(args: &[&str]) -> (String, String, bool) {
    let output = Command::new(env!("CARGO_BIN_EXE_rassegna")).current_dir(root()).args(args).output().unwrap();
    (String::from_utf8(output.stdout).unwrap(), String::from_utf8(output.stderr).unwrap(), output.status.success())
}

fn run(args: &[&str]) -> (Value, String, bool) {
    let (stdout, stderr, ok) = run_raw(args);
    (serde_json::from_str(&stdout).unwrap_or(Value::Null), stderr, ok)
}

fn path(stem: &str) -> String {
    article_path(stem).to_str().unwrap().to_owned()
}

#[test]
fn the_whole_output_for_the_bundled_articles() {
    let (stdout, stderr, ok) = run_raw(&["extract", &path(UNKNOWN_OUTLET), &path(CNN)]);
    assert!(ok, "{stderr}");
    assert_golden(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/expect/extract.json"), &indented(&stdout));
}

/// A JSON value as read from compact JSON text: its scalars kept as written, its keys in order.
enum Json<'a> {
    Scalar(&'a str),
    Array(Vec<Json<'a>>),
    Object(Vec<(&'a str, Json<'a>)>),
}

impl<'a> Json<'a> {
    /// Reads one value at the start of `text` (compact JSON: no white space outside strings) and
    /// returns it with the rest of the text.
    fn read(text: &'a str) -> (Json<'a>, &'a str) {
        fn items<'a, T>(
            mut rest: &'a str,
            close: char,
            mut item: impl FnMut(&'a str) -> (T, &'a str),
        ) -> (Vec<T>, &'a str) {
            let mut items = Vec::new();
            if let Some(after) = rest.strip_prefix(close) {
                return (items, after);
            }
            loop {
                let (value, after) = item(rest);
                items.push(value);
                match after.chars().next() {
                    Some(',') => rest = &after[1..],
                    Some(c) if c == close => return (items, &after[1..]),
                    other => panic!("unexpected {other:?} in JSON"),
                }
            }
        }
        match text.chars().next() {
            Some('[') => {
                let (values, rest) = items(&text[1..], ']', Json::read);
                (Json::Array(values), rest)
            }
            Some('{') => {
                let (members, rest) = items(&text[1..], '}', |text| {
                    let (key, rest) = Json::read(text);
                    let Json::Scalar(key) = key else { panic!("a key is a string") };
                    let (value, rest) = Json::read(rest.strip_prefix(':').expect("a colon after a key"));
                    ((key, value), rest)
                });
                (Json::Object(members), rest)
            }
            Some('"') => {
                let mut escaped = false;
                let end = text[1..]
                    .char_indices()
                    .find(|&(_, c)| {
                        let closes = c == '"' && !escaped;
                        escaped = c == '\\' && !escaped;
                        closes
                    })
                    .expect("a string ends")
                    .0;
                let (string, rest) = text.split_at(end + 2);
                (Json::Scalar(string), rest)
            }
            _ => {
                let (scalar, rest) = text.split_at(text.find([',', ']', '}']).unwrap_or(text.len()));
                (Json::Scalar(scalar), rest)
            }
        }
    }

    fn is_container(&self) -> bool {
        match self {
            Json::Scalar(_) => false,
            Json::Array(values) => !values.is_empty(),
            Json::Object(members) => !members.is_empty(),
        }
    }

    /// Writes the value at `depth`: on one line when it holds no container, else a line for each
    /// of its items.
    fn write(&self, depth: usize, out: &mut String) {
        let flat = match self {
            Json::Scalar(_) => true,
            Json::Array(values) => !values.iter().any(Json::is_container),
            Json::Object(members) => !members.iter().any(|(_, value)| value.is_container()),
        };
        let (open, close, count) = match self {
            Json::Scalar(text) => return out.push_str(text),
            Json::Array(values) => ('[', ']', values.len()),
            Json::Object(members) => ('{', '}', members.len()),
        };
        out.push(open);
        let indent = "  ".repeat(depth + 1);
        for index in 0..count {
            out.push_str(match (index, flat) {
                (0, true) => "",
                (_, true) => ", ",
                (0, false) => "\n",
                (_, false) => ",\n",
            });
            if !flat {
                out.push_str(&indent);
            }
            match self {
                Json::Array(values) => values[index].write(depth + 1, out),
                Json::Object(members) => {
                    out.push_str(members[index].0);
                    out.push_str(": ");
                    members[index].1.write(depth + 1, out);
                }
                Json::Scalar(_) => unreachable!(),
            }
        }
        if !flat && count > 0 {
            out.push('\n');
            out.push_str(&"  ".repeat(depth));
        }
        out.push(close);
    }
}

/// Compact JSON text re-indented for review, with nothing else changed: a value that holds no
/// object or array on one line, any other with an item a line.
fn indented(compact: &str) -> String {
    let (value, rest) = Json::read(compact.trim_end());
    assert!(rest.is_empty(), "text after the JSON value: {rest:?}");
    let mut out = String::new();
    value.write(0, &mut out);
    out.push('\n');
    out
}

fn chars(text: &str, start: &Value, end: &Value) -> String {
    let (start, end) = (start.as_u64().unwrap() as usize, end.as_u64().unwrap() as usize);
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn extracts_the_bundled_articles_with_character_offsets() {
    let (cnn, other) = (path(CNN), path(UNKNOWN_OUTLET));
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

    let cnn_text = article_text(CNN);
    let paragraphs = doc["paragraphs"].as_array().unwrap();
    for paragraph in paragraphs {
        for sentence in paragraph["sentences"].as_array().unwrap() {
            assert_eq!(chars(&cnn_text, &sentence["start"], &sentence["end"]), sentence["text"].as_str().unwrap());
        }
    }
    assert!(documents[1]["meta"]["outlet"].is_null(), "an unknown outlet stays unknown");

    let quotes = doc["quotes"].as_array().unwrap();
    for quote in quotes {
        let text = quote["text"].as_str().unwrap();
        assert_eq!(chars(&cnn_text, &quote["start"], &quote["end"]), text);
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
    assert_eq!(described["speaker_words"], "L’assessora", "the words that stand for her");
    assert!(named["speaker_words"].is_null());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_role_in_apposition_after_the_name_is_the_speakers_role() {
    let dir = std::env::temp_dir().join(format!("rassegna-cli-apposition-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("voto.txt");
    std::fs::write(
        &file,
        "Ha votato a metà mattina Gavino Mura, 47 anni, candidato presidente di Sardegna Libera. \
         «Senza di noi nessuno governa», ha detto Mura. «Vedremo», ha aggiunto Luisa Serra, sindaca di \
         Gibas.\n",
    )
    .unwrap();
    let (json, stderr, ok) = run(&["extract", file.to_str().unwrap()]);
    assert!(ok, "{stderr}");
    let quotes = json["documents"][0]["quotes"].as_array().unwrap();
    let speaker_of = |text: &str| quotes.iter().find(|q| q["text"] == text).unwrap()["speaker"].clone();
    let mura = speaker_of("Senza di noi nessuno governa");
    assert_eq!(mura["name"], "Gavino Mura");
    assert_eq!(mura["role"], "candidato presidente di Sardegna Libera", "past the age, up to the pause");
    let serra = speaker_of("Vedremo");
    assert_eq!(serra["name"], "Luisa Serra");
    assert_eq!(serra["role"], "sindaca di Gibas", "in the sentence that names her");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn dates_events_and_the_merged_timeline() {
    let (cnn, other) = (path(CNN), path(UNKNOWN_OUTLET));
    let (json, stderr, ok) = run(&["extract", &other, &cnn]);
    assert!(ok, "{stderr}");
    let other_text = article_text(UNKNOWN_OUTLET);
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
    let cnn_text = article_text(CNN);
    assert_eq!(chars(&cnn_text, &sources[1]["start"], &sources[1]["end"]), sources[1]["text"].as_str().unwrap());
}

#[test]
fn stances_with_evidence_that_points_into_the_files() {
    let (cnn, other) = (path(CNN), path(UNKNOWN_OUTLET));
    let (json, stderr, ok) = run(&["extract", &other, &cnn]);
    assert!(ok, "{stderr}");
    let texts = [("000_def9c4dbf8ca3602", article_text(UNKNOWN_OUTLET)), ("004_5e1b73382cb6678f", article_text(CNN))];
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
    let good = path(UNKNOWN_OUTLET);

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
fn a_review_file_is_read_as_its_articles_beside_text_files_and_a_broken_one_is_named() {
    let dir = std::env::temp_dir().join(format!("rassegna-cli-review-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let review = dir.join("vertice.json");
    // The text's header says one outlet, the article's field another: the field wins.
    let text = "outlet: Dal testo\n\n«Il ponte riaprirà entro l’estate», ha dichiarato Chiara Montieri.\n\nLo ha detto <b>ieri</b> in consiglio.";
    let json = serde_json::json!({
        "format": "rassegna-review", "version": 1, "title": "Il ponte",
        "articles": [{ "id": "ponte", "outlet": "Gazzetta di Borgo Tavella", "date": "2024-06-19", "text": text }],
    });
    std::fs::write(&review, json.to_string()).unwrap();
    let broken = dir.join("broken.json");
    std::fs::write(&broken, &json.to_string()[..40]).unwrap();
    let good = path(UNKNOWN_OUTLET);

    let (json, stderr, ok) = run(&["extract", review.to_str().unwrap(), &good, broken.to_str().unwrap()]);
    assert!(!ok, "the broken review makes the exit status non-zero");
    assert!(stderr.contains("broken.json: the file ends too early"), "{stderr}");
    let documents = json["documents"].as_array().unwrap();
    assert_eq!(documents.len(), 2);
    assert_eq!(documents[0]["path"], format!("{}#ponte", review.to_str().unwrap()));
    assert_eq!(documents[0]["id"], "ponte");
    assert_eq!(documents[0]["meta"]["outlet"], "Gazzetta di Borgo Tavella");
    assert_eq!(documents[0]["meta"]["date"], "2024-06-19");
    assert_eq!(documents[0]["quotes"][0]["speaker"]["name"], "Chiara Montieri");
    assert_eq!(documents[0]["paragraphs"][1]["sentences"][0]["text"], "Lo ha detto <b>ieri</b> in consiglio.");
    assert_eq!(documents[1]["path"], good.as_str());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_reviews_own_topics_are_the_stance_columns() {
    let dir = std::env::temp_dir().join(format!("rassegna-cli-topics-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let review = dir.join("dazi.json");
    let text = "Il ministro degli Esteri francese ha condannato i nuovi dazi, definendoli «un errore».";
    let json = serde_json::json!({
        "format": "rassegna-review", "version": 1, "title": "Commercio",
        "articles": [{ "id": "dazi", "text": text }],
        "topics": [{ "id": "dazi", "name": "I dazi", "claim": "I dazi vanno mantenuti", "words": ["dazi"] }],
    });
    std::fs::write(&review, json.to_string()).unwrap();
    let (json, stderr, ok) = run(&["extract", review.to_str().unwrap()]);
    assert!(ok, "{stderr}");
    let stances = json["stances"].as_array().unwrap();
    assert_eq!(stances.len(), 1, "{stances:?}");
    assert_eq!(
        (&stances[0]["actor"], &stances[0]["topic"], &stances[0]["stance"]),
        (&"FR".into(), &"dazi".into(), &"opposes".into())
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn no_files_prints_usage() {
    let (_, stderr, ok) = run(&["extract"]);
    assert!(!ok);
    assert!(stderr.starts_with("usage: rassegna extract FILE..."), "{stderr}");
}
