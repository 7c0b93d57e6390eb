//! The engine on texts it has never seen: generated from the pieces that break text scanners
//! (every kind of quotation mark and apostrophe, unbalanced and nested; mixed scripts; control
//! and invisible characters; headers; dates; names), it never panics, every span it returns lies
//! on the text's character boundaries and every index points at something that exists; and a
//! megabyte of pathological text takes time in proportion to its size.
//!
//! The coverage-guided fuzzers in `fuzz/` (`make fuzz`) run the same pipeline for hours; a crash
//! they find becomes a case here.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use rassegna_engine::{Corpus, Document, Gazetteer, Span, StanceData, time_expressions};
use rassegna_testdata::{STANCE_OVERRIDES, gazetteer, stance_data};

/// Pieces of text, each chosen because some rule of the engine reacts to it.
const PIECES: &[&str] = &[
    // Quotation marks and apostrophes of every typographic tradition, and their ASCII stand-ins.
    "«", "»", "“", "”", "„", "‟", "‘", "’", "‚", "‛", "‹", "›", "「", "」", "『", "』", "＂", "＇", "❝", "❞", "〝",
    "〞", "\"", "'", "`", "´", "l’", "dell'", "po'",
    // Sentence and clause punctuation, abbreviations and initials.
    ".", ". ", "!", "?", "…", "...", ":", ";", ",", " (", ")", "[", "]", " — ", " – ", "Sig.", "U.S.A.", "J. ", "ecc.",
    // Whitespace and the invisible.
    " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u{a0}", "\u{200b}", "\u{feff}", "\u{202e}", "\u{0}", "\u{7f}",
    // Other scripts, combining marks, emoji sequences.
    "Привет", "안녕하세요", "مرحبا", "你好", "e\u{301}", "👩‍👩‍👧", "🇮🇹", "ǅ", "ß", "İ",
    // Headers, as an article's first lines would have them.
    "title: ", "date: ", "date: 2024-13-45", " date 2024-06 CNN\n", "lang: it\n", "x: y\n",
    // Words the rules look for: verbs of saying, names, countries, dates, numbers, stance words.
    "ha detto", "ha dichiarato", "ha aggiunto", "secondo", "ha affermato", "Putin", "Vladimir Putin", "Kim Jong Un",
    "Kim", "Corea del Nord", "Stati Uniti", "Russia", "Consiglio di Sicurezza", "il 19 giugno 2024", "nel 1961",
    "ieri", "oggi", "domani", "lunedì", "lo scorso marzo", "tra due anni", "negli anni '90",
    "alla fine degli anni ’40", "39 anni dopo", "0", "19", "2024", "99999999999999999999", "-5", "sanzioni",
    "sostiene", "condanna", "non", "guerra", "cooperazione", "contro", "parola", "e", "il", "che",
];

/// Texts of up to `max` pieces.
fn texts(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec(prop::sample::select(PIECES), 0..max).prop_map(|pieces| pieces.concat()),
        1 => any::<String>(),
    ]
}

fn data() -> (Gazetteer, StanceData) {
    (gazetteer(), stance_data(STANCE_OVERRIDES))
}

fn assert_in(text: &str, span: Span, what: &str) {
    assert!(text.get(span.start..span.end).is_some(), "{what} {span:?} is not a slice of a {}-byte text", text.len());
}

/// Every span and index of `doc` points into it.
fn check_document(doc: &Document) {
    for paragraph in &doc.paragraphs {
        assert_in(&doc.text, paragraph.span, "paragraph");
        assert!(paragraph.first_sentence + paragraph.sentence_count <= doc.sentences.len());
    }
    for pair in doc.sentences.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "sentences are in order and apart");
    }
    for (index, sentence) in doc.sentences.iter().enumerate() {
        assert_in(&doc.text, sentence.span, "sentence");
        assert!(sentence.paragraph < doc.paragraphs.len());
        assert!(!doc.sentence_text(index).trim().is_empty());
    }
}

/// The whole pipeline over `texts`, with every index it returns checked.
fn check_pipeline(texts: &[String]) -> Corpus {
    let (gazetteer, stance_data) = data();
    let documents = texts.iter().enumerate().map(|(i, text)| Document::parse(format!("d{i}"), text.as_str())).collect();
    let corpus = Corpus::with_stances(documents, gazetteer, stance_data);
    for doc in &corpus.documents {
        check_document(doc);
        for expression in time_expressions(doc) {
            assert_in(&doc.text, expression.span, "time expression");
            assert!(expression.sentence < doc.sentences.len());
        }
    }
    for quote in &corpus.quotes {
        let text = &corpus.documents[quote.doc].text;
        assert_in(text, quote.text, "quotation");
        assert_in(text, quote.outer, "quotation with its marks");
        assert!(quote.outer.start <= quote.text.start && quote.text.end <= quote.outer.end);
        if let Some(cue) = quote.cue {
            assert_in(text, cue, "cue");
        }
        assert!(
            quote.sentences.0 <= quote.sentences.1 && quote.sentences.1 < corpus.documents[quote.doc].sentences.len()
        );
    }
    for event in &corpus.events {
        let doc = &corpus.documents[event.doc];
        assert_in(&doc.text, event.text, "event");
        assert_in(&doc.text, event.expression, "event date");
        assert!(event.sentence < doc.sentences.len());
    }
    let quote_ids: HashSet<&str> = corpus.quotes.iter().map(|q| q.id.as_str()).collect();
    for entry in &corpus.timeline {
        assert!(entry.events.iter().all(|&i| i < corpus.events.len()));
        assert!(entry.quotes.iter().all(|id| quote_ids.contains(id.as_str())));
    }
    for statement in &corpus.statements {
        assert_in(&corpus.documents[statement.doc].text, statement.evidence, "stance evidence");
    }
    for cell in &corpus.stances {
        assert!(cell.statements.iter().all(|&i| i < corpus.statements.len()));
    }
    corpus
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_a_document_with_sound_spans(text in texts(80)) {
        check_document(&Document::parse("t", text));
    }

    #[test]
    fn any_texts_go_through_the_whole_pipeline(texts in prop::collection::vec(texts(60), 1..3)) {
        check_pipeline(&texts);
    }
}

/// The faster of two runs of the pipeline over `text`.
fn time_pipeline(text: &str) -> Duration {
    (0..2)
        .map(|_| {
            let start = Instant::now();
            check_pipeline(&[text.to_owned()]);
            start.elapsed()
        })
        .min()
        .unwrap()
}

/// `unit` repeated to about `bytes` bytes.
fn repeated(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len())
}

#[test]
fn a_megabyte_of_pathological_text_takes_linear_time() {
    const MB: usize = 1 << 20;
    let cases = [
        ("one sentence with no end", "parola "),
        ("only opening marks", "«"),
        ("unbalanced marks of every kind", "«“‘„‹ a "),
        ("nested marks", "«“‘a’”» "),
        ("a quotation that never closes", "Putin ha detto: «e poi "),
        ("quotations and speakers", "«Sì», ha detto Putin. "),
        ("dates and nothing else", "il 19 giugno 2024, "),
        ("apostrophes", "l’dell'po' "),
        ("names without end", "Vladimir Putin Kim Jong Un Corea del Nord "),
        ("stance words in one clause", "la Russia sostiene e condanna non contro "),
        ("paragraph breaks", "a.\n\n"),
        ("mixed scripts", "Привет 안녕하세요 مرحبا 你好 e\u{301} "),
    ];
    let mut report = Vec::new();
    for (name, unit) in cases {
        let quarter = time_pipeline(&repeated(unit, MB / 4));
        let whole = time_pipeline(&repeated(unit, MB));
        // Linear is 4×; quadratic would be 16×. The slack absorbs a shared machine's noise.
        let ratio = whole.as_secs_f64() / quarter.as_secs_f64().max(1e-3);
        report.push(format!("{name}: 256 KB {quarter:?}, 1 MB {whole:?}, ×{ratio:.1}"));
        assert!(
            ratio < 8.0 || whole < Duration::from_millis(200),
            "{name} grows faster than its input:\n{}",
            report.join("\n")
        );
    }
    println!("{}", report.join("\n"));
}
