//! Documents: headers in their variants, bad input, and the bundled articles.

use rassegna_engine::{CharIndex, Document, PartialDate, decode};
use rassegna_testdata::{articles, assert_golden};

fn sentences(doc: &Document) -> Vec<&str> {
    (0..doc.sentences.len()).map(|i| doc.sentence_text(i)).collect()
}

fn paragraphs(doc: &Document) -> Vec<&str> {
    doc.paragraphs.iter().map(|p| p.span.of(&doc.text)).collect()
}

fn date(text: &str) -> Option<PartialDate> {
    PartialDate::parse_iso(text)
}

#[test]
fn a_header_block_of_key_value_lines() {
    let doc = Document::parse(
        "d",
        "title: Il vertice\noutlet: La Stampa\ndate: 2024-06-19\nlang: it\nurl: https://example.org/a\n\nPrimo paragrafo. Seconda frase.\nSecondo.",
    );
    assert_eq!(doc.meta.title.as_deref(), Some("Il vertice"));
    assert_eq!(doc.meta.outlet.as_deref(), Some("La Stampa"));
    assert_eq!(doc.meta.date, date("2024-06-19"));
    assert_eq!(doc.meta.lang.as_deref(), Some("it"));
    assert_eq!(doc.meta.url.as_deref(), Some("https://example.org/a"));
    assert_eq!(paragraphs(&doc), ["Primo paragrafo. Seconda frase.", "Secondo."]);
    assert_eq!(sentences(&doc), ["Primo paragrafo.", "Seconda frase.", "Secondo."]);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn the_seed_first_line_gives_date_and_outlet() {
    let doc = Document::parse("d", " date 2024-06 CNN\n\n—\n\n\n\nRussia e Corea del Nord.");
    assert_eq!(doc.meta.date, date("2024-06"));
    assert_eq!(doc.meta.outlet.as_deref(), Some("CNN"));
    assert_eq!(paragraphs(&doc), ["Russia e Corea del Nord."]);
}

#[test]
fn the_seed_line_may_have_no_outlet() {
    let doc = Document::parse("d", "date 2024\nTesto.");
    assert_eq!((doc.meta.date, doc.meta.outlet.as_deref()), (date("2024"), None));
    assert_eq!(sentences(&doc), ["Testo."]);
}

#[test]
fn no_header_means_the_whole_text_is_body() {
    let doc = Document::parse("d", "Roma: il governo ha deciso. Poi basta.");
    assert_eq!(doc.meta, Default::default());
    assert_eq!(sentences(&doc), ["Roma: il governo ha deciso.", "Poi basta."]);
}

#[test]
fn unusable_header_values_are_reported_not_fatal() {
    let doc = Document::parse(
        "d",
        "title: Ok\ndate: giugno 2024\nlang: italiano!\nurl: javascript:alert(1)\nauthor: X\n\nCorpo.",
    );
    assert_eq!(doc.meta.title.as_deref(), Some("Ok"));
    assert_eq!((doc.meta.date, doc.meta.lang.as_deref(), doc.meta.url.as_deref()), (None, None, None));
    let messages: Vec<&str> = doc.diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(messages.len(), 4, "{messages:?}");
    assert!(messages[0].contains("write YYYY, YYYY-MM or YYYY-MM-DD"));
    assert!(messages[3].contains("unknown key `author`"));
    for d in &doc.diagnostics {
        assert!(d.span.of(&doc.text).contains(':'), "{d} points at its line");
    }
    assert_eq!(sentences(&doc), ["Corpo."]);
}

#[test]
fn a_header_without_a_blank_line_after_it_is_read_with_a_warning() {
    let doc = Document::parse("d", "title: T\nCorpo del testo.");
    assert_eq!(doc.meta.title.as_deref(), Some("T"));
    assert_eq!(sentences(&doc), ["Corpo del testo."]);
    assert_eq!(doc.diagnostics.len(), 1);
}

#[test]
fn empty_and_blank_texts_have_no_paragraphs() {
    for text in ["", "\n\n", "   \r\n", "\u{feff}"] {
        let doc = Document::parse("d", text);
        assert!(doc.paragraphs.is_empty() && doc.sentences.is_empty(), "{text:?}");
    }
}

#[test]
fn a_header_only_text_has_metadata_and_no_body() {
    let doc = Document::parse("d", "title: Solo intestazione\ndate: 2024-06-19");
    assert_eq!(doc.meta.title.as_deref(), Some("Solo intestazione"));
    assert_eq!(doc.meta.date, date("2024-06-19"));
    assert!(doc.paragraphs.is_empty());
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn crlf_bom_and_no_trailing_newline() {
    let doc = Document::parse("d", "\u{feff}title: T\r\n\r\nUno. Due.\r\nTre.");
    assert_eq!(doc.meta.title.as_deref(), Some("T"));
    assert_eq!(paragraphs(&doc), ["Uno. Due.", "Tre."]);
    assert_eq!(sentences(&doc), ["Uno.", "Due.", "Tre."]);
}

#[test]
fn spans_index_the_unchanged_text() {
    let text = "date 2024-06-19 ANSA\n\n«Così», ha detto. È finita.\n";
    let doc = Document::parse("d", text);
    assert_eq!(doc.text, text);
    let index = CharIndex::new(text);
    let second = doc.sentences[1].span;
    assert_eq!(&text[second.start..second.end], "È finita.");
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = (index.char_offset(second.start), index.char_offset(second.end));
    assert_eq!(chars[start..end].iter().collect::<String>(), "È finita.");
    assert_eq!(doc.sentence_at(second.start + 3), Some(1));
    assert_eq!(doc.sentence_at(text.len() - 1), None, "the final newline is in no sentence");
}

#[test]
fn non_utf8_bytes_are_refused_with_the_place() {
    let error = decode(b"Citt\xe0 del Vaticano").unwrap_err();
    assert_eq!((error.byte, error.line), (4, 1));
}

#[test]
fn a_sidecar_fills_and_corrects_metadata() {
    let doc = Document::parse("d", " date 2024-06 CNN\n\nTesto.")
        .with_sidecar("# curated\ntitle: Titolo\ndate: 2024-06-19\nbogus line\n");
    assert_eq!(doc.meta.title.as_deref(), Some("Titolo"));
    assert_eq!(doc.meta.date, date("2024-06-19"));
    assert_eq!(doc.meta.outlet.as_deref(), Some("CNN"));
    assert_eq!(doc.diagnostics.len(), 1);
    assert!(doc.diagnostics[0].message.starts_with("metadata sidecar, line 4:"), "{}", doc.diagnostics[0]);
}

/// What the app shows of each bundled article: its metadata, then its paragraphs and sentences,
/// numbered as the reader's `s` link key numbers them.
fn render(doc: &Document) -> String {
    let or_none = |value: Option<String>| value.unwrap_or_else(|| "—".to_owned());
    let meta = &doc.meta;
    let mut out = format!("== {}\n", doc.id);
    out += &format!("title: {}\n", or_none(meta.title.clone()));
    out += &format!("outlet: {}\n", or_none(meta.outlet.clone()));
    out += &format!("date: {}\n", or_none(meta.date.map(|d| d.to_string())));
    out += &format!("lang: {}\n", or_none(meta.lang.clone()));
    out += &format!("url: {}\n", or_none(meta.url.clone()));
    for diagnostic in &doc.diagnostics {
        out += &format!("diagnostic: {diagnostic}\n");
    }
    for (number, paragraph) in doc.paragraphs.iter().enumerate() {
        out += &format!("¶{}\n", number + 1);
        for sentence in paragraph.first_sentence..paragraph.first_sentence + paragraph.sentence_count {
            out += &format!("  s{} {}\n", sentence + 1, doc.sentence_text(sentence));
        }
    }
    out
}

#[test]
fn the_bundled_articles_parse_cleanly() {
    let articles = articles();
    for doc in &articles {
        assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
        for s in sentences(doc) {
            assert!(s.chars().next().is_some_and(|c| c.is_uppercase() || "“«(".contains(c)), "starts oddly: {s:?}");
        }
    }
    let rendered: Vec<String> = articles.iter().map(render).collect();
    assert_golden(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/expect/documents.txt"), &rendered.join("\n"));
}
