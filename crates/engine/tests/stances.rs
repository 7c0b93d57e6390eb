//! Stances: the cells a reader relies on, each with one piece of evidence; curated overrides
//! whose evidence must exist verbatim; and the rules on sentences in the style of Italian news.

mod common;

use common::bundled as article;
use rassegna_engine::{Corpus, Document, Gazetteer, Stance, StanceData};

const GAZETTEER: &str = include_str!("../../../data/gazetteer.txt");
const TOPICS: &str = include_str!("../../../data/topics.txt");
const LEXICON: &str = include_str!("../../../data/stance-lexicon.txt");
const OVERRIDES: &str = include_str!("../../../data/stance-overrides.txt");

fn data(overrides: &str) -> StanceData {
    let (data, diagnostics) = StanceData::parse(TOPICS, LEXICON, overrides);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    data
}

fn bundled() -> Corpus {
    let (gazetteer, _) = Gazetteer::parse(GAZETTEER);
    Corpus::new(vec![article("000_def9c4dbf8ca3602"), article("004_5e1b73382cb6678f")], gazetteer)
        .with_stances(data(OVERRIDES))
}

fn cell_of<'a>(corpus: &'a Corpus, actor: &str, topic: &str) -> Option<&'a rassegna_engine::StanceCell> {
    corpus.stances.iter().find(|c| c.actor == actor && c.topic == topic)
}

/// All the evidence a cell shows: its override's, then its statements'.
fn evidence(corpus: &Corpus, actor: &str, topic: &str) -> Vec<String> {
    let cell = cell_of(corpus, actor, topic).unwrap();
    let curated = cell.overridden.iter().map(|(_, doc, span)| span.of(&corpus.documents[*doc].text).to_owned());
    let found = cell.statements.iter().map(|&s| {
        let statement = &corpus.statements[s];
        statement.evidence.of(&corpus.documents[statement.doc].text).to_owned()
    });
    curated.chain(found).collect()
}

#[test]
fn the_cells_readers_compare_with_their_evidence() {
    use Stance::*;
    let corpus = bundled();
    let expected: &[(&str, &str, Stance, &str)] = &[
        ("RU", "partnership", Supports, "hanno rafforzato i legami a un “nuovo livello”"),
        (
            "RU",
            "ukraine-war",
            Supports,
            "il suo costante e incrollabile sostegno alla politica russa, anche in direzione dell’Ucraina",
        ),
        ("RU", "sanctions", Opposes, "si sarebbero opposte congiuntamente alle sanzioni"),
        ("KP", "partnership", Supports, "momento spartiacque nello sviluppo delle relazioni bilaterali"),
        ("KP", "ukraine-war", Supports, "riferendosi in particolare alla guerra di Mosca in Ucraina"),
        ("KP", "sanctions", Opposes, "si sarebbero opposte congiuntamente alle sanzioni"),
        (
            "US",
            "partnership",
            Concerned,
            "ad inquietare Washington non è il viaggio in sé ma l’approfondimento delle relazioni bilaterali",
        ),
        ("US", "ukraine-war", Concerned, "Non solo per gli impatti sulla guerra in Ucraina"),
        ("US", "sanctions", Supports, "i tentativi statunitensi di imporre nuove sanzioni ONU"),
        (
            "KR",
            "partnership",
            Concerned,
            "La crescente relazione ha sollevato preoccupazione sia a Seul che a Washington",
        ),
        (
            "KR",
            "sanctions",
            Supports,
            "deve conformarsi alle risoluzioni del Consiglio di Sicurezza delle Nazioni Unite",
        ),
    ];
    for (actor, topic, stance, shown_by) in expected {
        let cell = cell_of(&corpus, actor, topic).unwrap_or_else(|| panic!("{actor} × {topic} has no cell"));
        assert_eq!(cell.stance, *stance, "{actor} × {topic}: {:?}", cell.counts);
        let evidence = evidence(&corpus, actor, topic);
        assert!(evidence.iter().any(|e| e.contains(shown_by)), "{actor} × {topic}: {shown_by:?} not in {evidence:#?}");
    }
}

#[test]
fn silence_is_not_neutrality() {
    let corpus = bundled();
    // Nothing in either article says where South Korea stands on the war in Ukraine.
    assert!(cell_of(&corpus, "KR", "ukraine-war").is_none());
}

#[test]
fn every_override_cites_words_that_exist_verbatim_in_its_document() {
    let corpus = bundled();
    assert!(corpus.stance_diagnostics.is_empty(), "{:?}", corpus.stance_diagnostics);
    for item in &corpus.stance_data.overrides {
        let doc = corpus.document(&item.doc).unwrap_or_else(|| panic!("no document {}", item.doc));
        assert!(doc.text.contains(&item.evidence), "{} × {}: {:?}", item.actor, item.topic, item.evidence);
        assert!(!item.note.is_empty(), "{} × {} explains itself", item.actor, item.topic);
        let cell = cell_of(&corpus, &item.actor, &item.topic).unwrap();
        assert_eq!(cell.stance, item.stance);
    }
}

#[test]
fn an_override_whose_evidence_is_not_in_the_text_is_refused() {
    let forged = "[override US sanctions]\nstance: opposes\ndoc: 000_def9c4dbf8ca3602\nevidence: gli Stati Uniti si oppongono alle sanzioni\nnote: invented\n";
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../documents/");
    let text = std::fs::read_to_string(format!("{root}000_def9c4dbf8ca3602.txt")).unwrap();
    let (gazetteer, _) = Gazetteer::parse(GAZETTEER);
    let corpus = Corpus::new(vec![Document::parse("000_def9c4dbf8ca3602", text)], gazetteer).with_stances(data(forged));
    assert_eq!(corpus.stance_diagnostics.len(), 1);
    assert!(corpus.stance_diagnostics[0].message.contains("verbatim"));
    assert!(cell_of(&corpus, "US", "sanctions").is_none_or(|c| c.overridden.is_none()));
}

/// (text, actor, topic, stance) cells expected from a text in the style of Italian news.
#[track_caller]
fn check(text: &str, expected: &[(&str, &str, Stance)]) {
    let (gazetteer, _) = Gazetteer::parse(GAZETTEER);
    let corpus = Corpus::new(vec![Document::parse("t", text)], gazetteer).with_stances(data(""));
    for (actor, topic, stance) in expected {
        let cell = cell_of(&corpus, actor, topic);
        assert_eq!(cell.map(|c| c.stance), Some(*stance), "{actor} × {topic} in {text:?}: {:?}", corpus.stances);
    }
}

#[test]
fn rules_on_news_sentences() {
    use Stance::*;
    check("Seul ha condannato le nuove sanzioni imposte dall’Occidente.", &[("KR", "sanctions", Opposes)]);
    check("Il Giappone ha espresso preoccupazione per i test missilistici.", &[("JP", "arms", Concerned)]);
    check("Pechino non sostiene la guerra in Ucraina.", &[("CN", "ukraine-war", Opposes)]);
    check("“Sosteniamo pienamente il partenariato”, ha detto Kim.", &[("KP", "partnership", Supports)]);
    check("Putin ha promesso di combattere l’egemonia americana.", &[("RU", "multipolar", Supports)]);
    // An object of another verb says nothing of its own; an aside in brackets neither.
    check("Il patto preoccupa Tokyo (Mosca lo sostiene).", &[("JP", "partnership", Concerned)]);
    let (gazetteer, _) = Gazetteer::parse(GAZETTEER);
    let corpus = Corpus::new(vec![Document::parse("t", "Il patto preoccupa Tokyo (Mosca lo sostiene).")], gazetteer)
        .with_stances(data(""));
    assert!(cell_of(&corpus, "RU", "partnership").is_none());
}
