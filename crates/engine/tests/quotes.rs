//! Quotations and speakers, case by case: a text in the style of Italian news and the quotations
//! expected from it, as (kind, text, speaker). Then every quotation of the bundled articles,
//! against the golden file `expect/quotes.txt`.

use rassegna_engine::{Corpus, Document, QuoteKind, Speaker};
use rassegna_testdata::{articles, assert_golden, gazetteer};

fn corpus(documents: Vec<Document>) -> Corpus {
    Corpus::new(documents, gazetteer())
}

/// (kind, text, speaker name, relay name)
type Expected<'a> = (&'a str, &'a str, Option<&'a str>, Option<&'a str>);

fn found(corpus: &Corpus, index: usize) -> Vec<(String, String, Option<String>, Option<String>)> {
    let text = &corpus.documents[index].text;
    corpus
        .quotes_of(index)
        .iter()
        .map(|q| {
            (
                q.kind.as_str().to_owned(),
                q.text.of(text).to_owned(),
                q.speaker.as_ref().map(|s| s.name.clone()),
                q.via.as_ref().map(|s| s.name.clone()),
            )
        })
        .collect()
}

#[track_caller]
fn check(text: &str, expected: &[Expected]) {
    let corpus = corpus(vec![Document::parse("t", text)]);
    let expected: Vec<_> = expected
        .iter()
        .map(|(k, t, s, v)| (k.to_string(), t.to_string(), s.map(String::from), v.map(String::from)))
        .collect();
    assert_eq!(found(&corpus, 0), expected, "in {text:?}");
}

const FULL: &str = "full";
const PARTIAL: &str = "partial";
const REPORTED: &str = "reported";

#[test]
fn full_quotation_with_the_speaker_after_it() {
    check(
        "“Non arretreremo di un passo”, ha detto il ministro Rossi.",
        &[(FULL, "Non arretreremo di un passo", Some("Rossi"), None)],
    );
    check("«Siamo pronti a tutto» ha avvertito Kim.", &[(FULL, "Siamo pronti a tutto", Some("Kim Jong Un"), None)]);
}

#[test]
fn full_quotation_after_a_colon() {
    check("Kirby ha aggiunto: «Non lo permetteremo».", &[(FULL, "Non lo permetteremo", Some("John Kirby"), None)]);
}

#[test]
fn a_quotation_over_two_sentences_is_one_full_quotation() {
    check(
        "“Abbiamo firmato. Ora si lavora”, ha detto Kim.",
        &[(FULL, "Abbiamo firmato. Ora si lavora", Some("Kim Jong Un"), None)],
    );
}

#[test]
fn partial_quotations_take_the_subject_of_the_sentence() {
    check(
        "Il leader nordcoreano ha espresso “pieno sostegno” a Mosca.",
        &[(PARTIAL, "pieno sostegno", Some("Kim Jong Un"), None)],
    );
    check("Il Cremlino ha parlato di “provocazione”.", &[(PARTIAL, "provocazione", Some("Russia"), None)]);
}

#[test]
fn an_apposition_names_the_speaker() {
    check(
        "Il portavoce del Cremlino, Dmitry Peskov, ha definito la visita “storica”.",
        &[(PARTIAL, "storica", Some("Dmitry Peskov"), None)],
    );
}

#[test]
fn reported_speech_after_che() {
    check(
        "Il premier Giorgia Meloni ha dichiarato ieri ai giornalisti che l’Italia resterà al fianco di Kyiv.",
        &[(REPORTED, "l’Italia resterà al fianco di Kyiv", Some("Giorgia Meloni"), None)],
    );
}

#[test]
fn reported_speech_before_a_postponed_verb() {
    check(
        "Le truppe si sono ritirate dal confine, ha detto un funzionario americano.",
        &[(REPORTED, "Le truppe si sono ritirate dal confine", Some("un funzionario americano"), None)],
    );
}

#[test]
fn secondo_and_a_detta_di_attribute_a_claim() {
    check(
        "Secondo fonti diplomatiche russe, l’incontro è stato rinviato.",
        &[(REPORTED, "l’incontro è stato rinviato", Some("fonti diplomatiche russe"), None)],
    );
    // Sources the text leaves unidentified give the claim but name nobody on its card.
    check(
        "Secondo fonti diplomatiche, l’incontro è stato rinviato.",
        &[(REPORTED, "l’incontro è stato rinviato", None, None)],
    );
    check(
        "A detta del Cremlino, le sanzioni sono «illegali».",
        &[(REPORTED, "le sanzioni sono «illegali»", Some("Russia"), None), (PARTIAL, "illegali", Some("Russia"), None)],
    );
    check(
        "Il vertice si terrà a ottobre, secondo l’agenzia Yonhap.",
        &[(REPORTED, "Il vertice si terrà a ottobre", Some("Yonhap"), None)],
    );
}

#[test]
fn the_relay_is_kept_apart_from_the_speaker() {
    check(
        "Secondo quanto riportato dalla KCNA, Kim ha detto che il patto è «difensivo».",
        &[
            (REPORTED, "il patto è «difensivo»", Some("Kim Jong Un"), Some("KCNA")),
            (PARTIAL, "difensivo", Some("Kim Jong Un"), Some("KCNA")),
        ],
    );
}

#[test]
fn a_dropped_subject_is_carried_from_the_sentence_before() {
    check(
        "Kirby ha parlato ai giornalisti. Ha spiegato che Washington segue la situazione.",
        &[(REPORTED, "Washington segue la situazione", Some("John Kirby"), None)],
    );
}

#[test]
fn a_negated_verb_says_nothing() {
    check(
        "Ushakov non ha specificato cosa abbia ricevuto Putin, ma ha detto che erano “buoni regali”.",
        &[
            (REPORTED, "erano “buoni regali”", Some("Yuri Ushakov"), None),
            (PARTIAL, "buoni regali", Some("Yuri Ushakov"), None),
        ],
    );
}

#[test]
fn people_who_share_a_name_are_kept_apart() {
    check(
        "In piazza Kim Il Sung, Kim ha detto che la Russia è un’amica.",
        &[(REPORTED, "la Russia è un’amica", Some("Kim Jong Un"), None)],
    );
    check(
        "Kim Jong Il visitò Mosca nel 2001. Kim disse che il viaggio era stato un successo.",
        &[(REPORTED, "il viaggio era stato un successo", Some("Kim Jong Il"), None)],
    );
}

#[test]
fn straight_and_inner_quotes() {
    check(
        "\"E' un passo avanti\", ha commentato un diplomatico francese.",
        &[(FULL, "E' un passo avanti", Some("un diplomatico francese"), None)],
    );
    check(
        "«Ha detto “mai” e lo ripeto», ha dichiarato Kim.",
        &[(FULL, "Ha detto “mai” e lo ripeto", Some("Kim Jong Un"), None)],
    );
}

#[test]
fn scare_quotes_with_no_speaker_keep_a_card_without_one() {
    check(
        "Il “partenariato strategico globale” è stato firmato.",
        &[(PARTIAL, "partenariato strategico globale", None, None)],
    );
}

#[test]
fn stray_and_empty_marks_give_nothing() {
    check("Fine della storia territoriale”. .” ”", &[]);
    check("Un “ ” vuoto e un « aperto.", &[]);
}

fn bundled() -> Corpus {
    corpus(articles())
}

/// A speaker as a reader tells them apart: name, gazetteer id (none for words of the text) and
/// country.
fn who(speaker: &Speaker) -> String {
    let id = if speaker.is_known() { format!(" ({})", speaker.id) } else { String::new() };
    let country = speaker.country.as_deref().map(|c| format!(" [{c}]")).unwrap_or_default();
    format!("{}{id}{country}", speaker.name)
}

/// Every quotation of the bundled articles, one a line: id, kind, speaker, relay, cue, text.
/// Each was checked by hand against the text when it was first blessed.
#[test]
fn every_quotation_of_the_bundled_articles() {
    let corpus = bundled();
    let mut out = String::new();
    for (index, doc) in corpus.documents.iter().enumerate() {
        out += &format!("== {}\n", doc.id);
        for quote in corpus.quotes_of(index) {
            let speaker = quote.speaker.as_ref().map_or("(no speaker)".to_owned(), who);
            let via = quote.via.as_ref().map(|v| format!(" via {}", who(v))).unwrap_or_default();
            let cue = quote.cue.map(|c| format!(" «{}»", c.of(&doc.text))).unwrap_or_default();
            let kind = quote.kind.as_str();
            out += &format!("{} {kind:<8} {speaker}{via}{cue}: {}\n", quote.id, quote.text.of(&doc.text));
        }
    }
    assert_golden(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/expect/quotes.txt"), &out);
}

#[test]
fn speakers_carry_their_gazetteer_ids_and_countries() {
    let corpus = bundled();
    let kim = corpus.quotes.iter().find_map(|q| q.speaker.as_ref().filter(|s| s.name == "Kim Jong Un")).unwrap();
    assert_eq!((kim.id.as_str(), kim.country.as_deref()), ("kim-jong-un", Some("KP")));
    let official =
        corpus.quotes.iter().find_map(|q| q.speaker.as_ref().filter(|s| s.name == "un funzionario americano")).unwrap();
    assert_eq!(official.country.as_deref(), Some("US"), "an unnamed source is placed by its adjective");
    assert!(!official.is_known());
    for quote in &corpus.quotes {
        let text = &corpus.documents[quote.doc].text;
        let sentence = &corpus.documents[quote.doc].sentences[quote.sentences.0];
        assert!(sentence.span.start <= quote.outer.start, "{} starts in its first sentence", quote.id);
        assert!(quote.outer.start <= quote.text.start && quote.text.end <= quote.outer.end);
        assert!(!quote.text.of(text).trim().is_empty());
        if quote.kind != QuoteKind::Reported {
            let marks = quote.outer.of(text);
            assert!(marks.starts_with(['“', '«', '„', '"', '‘']), "{marks}");
        }
    }
}
