//! The quotation cards of a view as CSV or JSON, made in the browser for download.
//! Both formats are written by hand: a serializer would cost the bundle more than these lines.

use rassegna_engine::{Corpus, Quote};

const COLUMNS: [&str; 13] = [
    "id", "kind", "text", "speaker", "speaker_id", "country", "cue", "via", "outlet", "date", "document", "sentence",
    "link",
];

/// One exported quotation: its fields in [`COLUMNS`] order, `None` for what is unknown.
fn row(corpus: &Corpus, quote: &Quote, link: &str) -> [Option<String>; 13] {
    let doc = &corpus.documents[quote.doc];
    let text = |span: rassegna_engine::Span| span.of(&doc.text).to_owned();
    let sentence = doc.sentences[quote.sentences.0].span.start..doc.sentences[quote.sentences.1].span.end;
    [
        Some(quote.id.clone()),
        Some(quote.kind.as_str().to_owned()),
        Some(text(quote.text)),
        quote.speaker.as_ref().map(|s| s.name.clone()),
        quote.speaker.as_ref().map(|s| s.id.clone()),
        quote.speaker.as_ref().and_then(|s| s.country.clone()),
        quote.cue.map(text),
        quote.via.as_ref().map(|s| s.name.clone()),
        doc.meta.outlet.clone(),
        doc.meta.date.map(|d| d.to_string()),
        Some(doc.id.clone()),
        Some(doc.text[sentence].to_owned()),
        Some(link.to_owned()),
    ]
}

/// CSV (RFC 4180, with a header row), one line per quotation; `links` gives each one's permalink.
pub fn to_csv(corpus: &Corpus, quotes: &[&Quote], links: &[String]) -> String {
    let mut out = COLUMNS.join(",");
    out.push_str("\r\n");
    for (quote, link) in quotes.iter().zip(links) {
        let fields: Vec<String> =
            row(corpus, quote, link).into_iter().map(|f| csv_field(&f.unwrap_or_default())).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A JSON array of objects keyed by [`COLUMNS`], `null` for what is unknown.
pub fn to_json(corpus: &Corpus, quotes: &[&Quote], links: &[String]) -> String {
    let objects: Vec<String> = quotes
        .iter()
        .zip(links)
        .map(|(quote, link)| {
            let fields: Vec<String> = COLUMNS
                .iter()
                .zip(row(corpus, quote, link))
                .map(|(key, value)| {
                    format!("{}:{}", json_string(key), value.map_or("null".into(), |v| json_string(&v)))
                })
                .collect();
            format!("{{{}}}", fields.join(","))
        })
        .collect();
    format!("[{}]\n", objects.join(",\n"))
}

fn csv_field(value: &str) -> String {
    // A leading = + - @ would make spreadsheets run the cell as a formula: quote it as text.
    let formula = value.starts_with(['=', '+', '-', '@']);
    if formula || value.contains([',', '"', '\n', '\r']) {
        format!("\"{}{}\"", if formula { "'" } else { "" }, value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

fn json_string(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use rassegna_engine::{Document, Gazetteer};

    use super::*;

    fn corpus() -> Corpus {
        let gazetteer = "[country RU]\nname: Russia\n[person putin]\nname: Vladimir Putin\ncountry: RU\nalias: Putin\n";
        Corpus::new(
            vec![Document::parse("a", "“Un \"nuovo\" livello, oggi\tqui”, ha detto Putin. “=1+1”, ha scritto Kim.")],
            Gazetteer::parse(gazetteer).0,
        )
    }

    #[test]
    fn csv_quotes_what_needs_it() {
        let corpus = corpus();
        let quotes: Vec<&Quote> = corpus.quotes.iter().collect();
        let links = vec!["https://x/?quote=a-q1".to_string(), "l2".into()];
        let csv = to_csv(&corpus, &quotes, &links);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], COLUMNS.join(","));
        assert!(
            lines[1].starts_with(
                "a-q1,full,\"Un \"\"nuovo\"\" livello, oggi\tqui\",Vladimir Putin,putin,RU,ha detto,,,,a,"
            ),
            "{}",
            lines[1]
        );
        assert!(lines[2].contains(",\"'=1+1\","), "formulas are neutralised: {}", lines[2]);
    }

    #[test]
    fn json_is_valid_and_complete() {
        let corpus = corpus();
        let quotes: Vec<&Quote> = corpus.quotes.iter().collect();
        let json = to_json(&corpus, &quotes, &["l1".into(), "l2".into()]);
        assert!(json.starts_with("[{\"id\":\"a-q1\",\"kind\":\"full\",\"text\":\"Un \\\"nuovo\\\" livello, oggi\\tqui\",\"speaker\":\"Vladimir Putin\""), "{json}");
        let parsed: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(parsed[0]["text"], "Un \"nuovo\" livello, oggi\tqui");
        assert!(parsed[0]["via"].is_null());
        assert_eq!(parsed[1]["link"], "l2");
    }
}
