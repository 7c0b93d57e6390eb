//! Events and the timeline of the bundled articles: every dated happening at its date, with both
//! sources where both articles tell it, and the quotations said at its time (the whole timeline is
//! the golden file `expect/timeline.txt`).

use rassegna_engine::{Corpus, Document};
use rassegna_testdata::{articles, assert_golden, gazetteer};

fn bundled() -> Corpus {
    Corpus::new(articles(), gazetteer())
}

/// The timeline in order, an entry a paragraph: its date, id and the people, bodies and countries
/// involved; then a line for each telling (its document and sentence) and for each quotation said
/// at its time.
#[test]
fn every_dated_happening_of_the_bundled_articles() {
    let corpus = bundled();
    let mut out = String::new();
    for entry in &corpus.timeline {
        out += &format!("{} {} [{}]\n", entry.date, entry.id, entry.entities.join(", "));
        for &index in &entry.events {
            let event = &corpus.events[index];
            let doc = &corpus.documents[event.doc];
            out += &format!("  {} «{}»: {}\n", doc.id, event.expression.of(&doc.text), event.text.of(&doc.text));
        }
        for id in &entry.quotes {
            let quote = corpus.quotes.iter().find(|q| &q.id == id).unwrap();
            out += &format!("  said {id}: {}\n", quote.text.of(&corpus.documents[quote.doc].text));
        }
    }
    assert_golden(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/expect/timeline.txt"), &out);
}

#[test]
fn the_same_happening_told_by_both_articles_merges_with_both_tellings() {
    let corpus = bundled();
    let veto = corpus.timeline.iter().find(|e| e.date.to_string() == "2024-03" && e.events.len() == 2).unwrap();
    let cnn = &corpus.events[veto.events[1]];
    assert!(cnn.text.of(&corpus.documents[1].text).starts_with("A marzo, Mosca ha posto il veto"));
    for country in ["RU", "KP", "UN"] {
        assert!(veto.entities.iter().any(|e| e == country), "{country} in {:?}", veto.entities);
    }
    let signing = corpus.timeline.iter().find(|e| e.date.to_string() == "2024-06-19" && e.events.len() == 2).unwrap();
    let cnn = &corpus.events[signing.events[1]];
    assert!(cnn.text.of(&corpus.documents[1].text).contains("L’accordo globale di partenariato firmato oggi"));
}

#[test]
fn quotations_link_to_the_happening_they_were_said_at() {
    let corpus = bundled();
    let quote_text = |id: &str| {
        let quote = corpus.quotes.iter().find(|q| q.id == id).unwrap();
        quote.text.of(&corpus.documents[quote.doc].text).to_owned()
    };
    let linked = |date: &str, begins: &str| -> Vec<String> {
        let entry = corpus
            .timeline
            .iter()
            .find(|e| {
                let first = &corpus.events[e.events[0]];
                e.date.to_string() == date && first.text.of(&corpus.documents[first.doc].text).starts_with(begins)
            })
            .unwrap();
        entry.quotes.iter().map(|id| quote_text(id)).collect()
    };
    // Kirby spoke on Monday: the date stands outside what he said.
    let kirby = linked("2024-06-17", "John Kirby");
    assert_eq!(kirby.len(), 1);
    assert!(kirby[0].starts_with("ad inquietare Washington"));
    // "firmato oggi" inside Putin's words names the day he spoke.
    assert!(linked("2024-06-19", "L’impegno").iter().any(|q| q.starts_with("L’accordo globale di partenariato")));
    // The official spoke in March of missiles launched since September: the quotation belongs to
    // March, not to September.
    assert!(linked("2024-03", "Le forze russe").iter().any(|q| q.contains("10 missili")));
    assert!(linked("2023-09", "Le forze russe").is_empty());
    // A year inside reported words dates what they speak of, not when they were said.
    assert!(linked("1961", "La coppia").is_empty());
}

#[test]
fn a_bare_shared_surname_means_the_bearer_named_in_this_paragraph_or_the_one_before() {
    let corpus = bundled();
    let visit_2001 = corpus.timeline.iter().find(|e| e.date.to_string() == "2001" && e.events.len() == 1);
    let entities: Vec<&str> = corpus
        .timeline
        .iter()
        .filter(|e| e.date.to_string() == "2001")
        .flat_map(|e| e.entities.iter().map(String::as_str))
        .collect();
    assert!(visit_2001.is_some());
    assert!(entities.contains(&"kim-jong-il"), "{entities:?}");
    let veto = corpus.timeline.iter().find(|e| e.date.to_string() == "2024-03" && e.events.len() == 2).unwrap();
    assert!(!veto.entities.iter().any(|e| e == "kim-il-sung"), "{:?}", veto.entities);
}

fn corpus_of(texts: &[&str]) -> Corpus {
    let documents = texts.iter().enumerate().map(|(n, t)| Document::parse(format!("d{n}"), *t)).collect();
    Corpus::new(documents, gazetteer())
}

#[test]
fn tellings_merge_only_when_date_names_and_words_agree() {
    let corpus = corpus_of(&[
        "date: 2024-06-19\n\nLunedì Kirby ha condannato le forniture di armi alla Russia. Lunedì Seul ha convocato l’ambasciatore russo.",
        "date: 2024-06-20\n\nIl 17 giugno Kirby ha condannato le nuove forniture di armi nordcoreane a Mosca.",
        "date: 2024-06-19\n\nLunedì Kim ha inaugurato una scuola.",
    ]);
    let summary: Vec<(String, usize)> = corpus.timeline.iter().map(|e| (e.date.to_string(), e.events.len())).collect();
    // Kirby's condemnation is one happening told twice; Seoul's summons and Kim's school are not it.
    assert_eq!(summary, [("2024-06-17".into(), 2), ("2024-06-17".into(), 1), ("2024-06-17".into(), 1)]);
    let merged = &corpus.timeline[0];
    assert_eq!(merged.events.iter().map(|&e| corpus.events[e].doc).collect::<Vec<_>>(), [0, 1]);
}

#[test]
fn an_undated_article_keeps_its_absolute_dates_only() {
    let corpus = corpus_of(&["Ieri Kim ha parlato. Nel 2019 aveva incontrato Putin."]);
    let dates: Vec<String> = corpus.timeline.iter().map(|e| e.date.to_string()).collect();
    assert_eq!(dates, ["2019"]);
}
