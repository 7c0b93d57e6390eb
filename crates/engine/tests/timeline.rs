//! Events and the timeline of the bundled articles: every dated happening at its date, with both
//! sources where both articles tell it, and the quotations said at its time.

mod common;

use common::bundled as article;
use rassegna_engine::{Corpus, Document, Gazetteer};

const GAZETTEER: &str = include_str!("../../../data/gazetteer.txt");
const CNN: &str = "004_5e1b73382cb6678f";
const UNKNOWN_OUTLET: &str = "000_def9c4dbf8ca3602";

fn bundled() -> Corpus {
    let (gazetteer, _) = Gazetteer::parse(GAZETTEER);
    Corpus::new(vec![article(UNKNOWN_OUTLET), article(CNN)], gazetteer)
}

/// (date, documents that tell it, how its first telling begins), in timeline order.
const EXPECTED: &[(&str, &[&str], &str)] = &[
    ("194X", &[CNN], "Il nonno di Kim, Kim Il Sung, salì al potere"),
    ("1961", &[CNN], "La coppia ha poi firmato un nuovo partenariato strategico"),
    ("1961", &[CNN], "A differenza del documento del 1961"),
    ("2000", &[CNN], "La coppia ha poi firmato un nuovo partenariato strategico"),
    ("2000", &[CNN], "L’ultima visita di Putin a Pyongyang risale al 2000"),
    ("2000", &[CNN], "Nel 2000 i due paesi hanno firmato anche un nuovo accordo"),
    ("2001", &[CNN], "La coppia ha poi firmato un nuovo partenariato strategico"),
    ("2001", &[CNN], "L’anziano Kim visitò poi Mosca nel 2001"),
    ("2019", &[UNKNOWN_OUTLET], "Il bilaterale Kim-Putin si tiene a cinque anni di distanza"),
    ("2022", &[CNN], "L’offerta riflette la dipendenza della Corea del Nord"),
    ("2023", &[CNN], "Il viaggio di Putin arriva sulla scia della storica visita di Kim in Russia lo scorso anno"),
    ("2023-09", &[CNN], "La Russia ha ricevuto più di 10.000 container"),
    ("2023-09", &[CNN], "Le forze russe hanno anche lanciato almeno 10 missili"),
    ("2024-02", &[CNN], "La Russia ha ricevuto più di 10.000 container"),
    ("2024-03", &[UNKNOWN_OUTLET, CNN], "A marzo, la Russia ha usato il proprio potere veto"),
    ("2024-03", &[CNN], "Le forze russe hanno anche lanciato almeno 10 missili"),
    ("2024-06-17", &[UNKNOWN_OUTLET], "John Kirby, portavoce del Consiglio di Sicurezza Nazionale"),
    ("2024-06-19", &[UNKNOWN_OUTLET, CNN], "L’impegno fa parte di un “partenariato strategico globale”"),
    ("2024-06-19", &[CNN], "Mercoledì, secondo i media statali russi, Putin ha regalato a Kim una Urus"),
    ("2024-06-19", &[CNN], "Putin è arrivato in Corea del Nord nelle prime ore di mercoledì"),
    ("2024-06-19", &[CNN], "Le riprese video dell’arrivo del leader russo"),
    ("2024-06-19", &[CNN], "Putin ha anche cercato di collegare l’incontro di oggi"),
];

#[test]
fn every_dated_happening_of_the_bundled_articles() {
    let corpus = bundled();
    let found: Vec<(String, Vec<&str>, &str)> = corpus
        .timeline
        .iter()
        .map(|entry| {
            let first = &corpus.events[entry.events[0]];
            let text = first.text.of(&corpus.documents[first.doc].text);
            let docs = entry.events.iter().map(|&e| corpus.documents[corpus.events[e].doc].id.as_str()).collect();
            (entry.date.to_string(), docs, text)
        })
        .collect();
    assert_eq!(found.len(), EXPECTED.len(), "{found:#?}");
    for ((date, docs, text), (expected_date, expected_docs, begins)) in found.iter().zip(EXPECTED) {
        assert_eq!((date.as_str(), docs.as_slice()), (*expected_date, *expected_docs), "{text}");
        assert!(text.starts_with(begins), "{date}: {text:?} should begin {begins:?}");
    }
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
    let (gazetteer, _) = Gazetteer::parse(GAZETTEER);
    let documents = texts.iter().enumerate().map(|(n, t)| Document::parse(format!("d{n}"), *t)).collect();
    Corpus::new(documents, gazetteer)
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
