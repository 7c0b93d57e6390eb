//! Quotations and speakers, case by case: a text in the style of Italian news and the quotations
//! expected from it, as (kind, text, speaker). Then every quotation of the two bundled articles.

use rassegna_engine::{Corpus, Document, Gazetteer, QuoteKind};

const GAZETTEER: &str = include_str!("../../../data/gazetteer.txt");

fn corpus(documents: Vec<Document>) -> Corpus {
    let (gazetteer, diagnostics) = Gazetteer::parse(GAZETTEER);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    Corpus::new(documents, gazetteer)
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
        "Secondo fonti diplomatiche, l’incontro è stato rinviato.",
        &[(REPORTED, "l’incontro è stato rinviato", Some("fonti diplomatiche"), None)],
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
        "\"E' un passo avanti\", ha commentato un diplomatico europeo.",
        &[(FULL, "E' un passo avanti", Some("un diplomatico europeo"), None)],
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
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../documents/");
    let read = |stem: &str| {
        let text = std::fs::read_to_string(format!("{dir}{stem}.txt")).unwrap();
        Document::parse(stem, text)
    };
    corpus(vec![read("000_def9c4dbf8ca3602"), read("004_5e1b73382cb6678f")])
}

const PUTIN: Option<&str> = Some("Vladimir Putin");
const KIM: Option<&str> = Some("Kim Jong Un");
const TASS: Option<&str> = Some("TASS");

/// Every quotation of the bundled articles, with its speaker, checked by hand against the text.
#[test]
fn every_quotation_of_the_bundled_articles() {
    let corpus = bundled();
    let first: Vec<Expected> = vec![
        (PARTIAL, "partenariato strategico globale", None, None),
        (
            FULL,
            "Non ho dubbi che diventerà una forza trainante per accelerare la creazione di un nuovo mondo multipolare",
            KIM,
            None,
        ),
        (PARTIAL, "sostegno incondizionato", KIM, None),
        (PARTIAL, "tutte le politiche della Russia", KIM, None),
        (PARTIAL, "pieno sostegno e la ferma alleanza", KIM, None),
        (
            PARTIAL,
            "il suo costante e incrollabile sostegno alla politica russa, anche in direzione dell’Ucraina",
            PUTIN,
            Some("RIA Novosti"),
        ),
        (
            REPORTED,
            "Mosca è impegnata a combattere la “politica egemonica e imperialista” degli Stati Uniti e dei suoi alleati",
            PUTIN,
            None,
        ),
        (PARTIAL, "politica egemonica e imperialista", PUTIN, None),
        (
            REPORTED,
            "I due hanno inoltre firmato accordi di cooperazione nei settori dell’assistenza sanitaria, dell’istruzione medica e della scienza",
            Some("i media statali russi"),
            None,
        ),
        (PARTIAL, "rispetto reciproco", PUTIN, None),
        (PARTIAL, "giustizia", PUTIN, None),
        (
            REPORTED,
            "i due Paesi svilupperanno sistemi di commercio e pagamento indipendenti dal controllo occidentale e si sarebbero opposte congiuntamente alle sanzioni, definite “misure restrittive unilaterali e illegali”",
            PUTIN,
            None,
        ),
        (PARTIAL, "misure restrittive unilaterali e illegali", PUTIN, None),
        (
            REPORTED,
            "ad inquietare Washington non è il viaggio in sé ma l’approfondimento delle relazioni bilaterali tra i due Paesi a vocazione anti-occidentale",
            Some("John Kirby"),
            None,
        ),
        (
            REPORTED,
            "Seul ha recentemente ribadito a Mosca che qualsiasi cooperazione con la Corea del Nord deve conformarsi alle risoluzioni del Consiglio di Sicurezza delle Nazioni Unite e non minare la pace e la stabilità nella regione",
            Some("Lim Soosuk"),
            None,
        ),
    ];
    let cnn: Vec<Expected> = vec![
        (REPORTED, "Russia e Corea del Nord hanno rafforzato i legami a un “nuovo livello”", PUTIN, None),
        (PARTIAL, "nuovo livello", PUTIN, None),
        (PARTIAL, "rivoluzionaria", PUTIN, None),
        (PARTIAL, "Ciao Putin", None, None),
        (
            REPORTED,
            "La coppia ha poi firmato un nuovo partenariato strategico che sostituirà i precedenti accordi siglati nel 1961, 2000 e 2001",
            TASS,
            None,
        ),
        (
            FULL,
            "L’accordo globale di partenariato firmato oggi prevede, tra le altre cose, la fornitura di assistenza reciproca in caso di aggressione contro una delle parti dell’accordo",
            PUTIN,
            None,
        ),
        (
            REPORTED,
            "l’accordo include “anche i settori politico, commerciale, degli investimenti, culturale e della sicurezza”, descrivendo l’accordo come “un documento davvero rivoluzionario”",
            PUTIN,
            None,
        ),
        (
            PARTIAL,
            "anche i settori politico, commerciale, degli investimenti, culturale e della sicurezza",
            PUTIN,
            None,
        ),
        (PARTIAL, "un documento davvero rivoluzionario", PUTIN, None),
        (
            REPORTED,
            "le esercitazioni congiunte che hanno coinvolto Stati Uniti, Corea del Sud e Giappone sono state “ostili” nei confronti della Corea del Nord e ha descritto la politica americana come “conflittuale”",
            PUTIN,
            None,
        ),
        (PARTIAL, "ostili", PUTIN, None),
        (PARTIAL, "conflittuale", PUTIN, None),
        (PARTIAL, "alleanza", KIM, None),
        (PARTIAL, "momento spartiacque nello sviluppo delle relazioni bilaterali", KIM, None),
        (
            REPORTED,
            "Putin ha regalato a Kim una Urus mentre i due leader si scambiavano regali: è la seconda volta che Putin regala alla sua controparte questo modello di auto",
            Some("i media statali russi"),
            None,
        ),
        (REPORTED, "il leader russo ha regalato a Kim anche un servizio da tè", Some("Yuri Ushakov"), None),
        (REPORTED, "erano “anche buoni regali”", Some("Yuri Ushakov"), None),
        (PARTIAL, "anche buoni regali", Some("Yuri Ushakov"), None),
        (
            PARTIAL,
            "pieno sostegno e solidarietà alle lotte del governo russo, del suo esercito e del suo popolo",
            KIM,
            None,
        ),
        (PARTIAL, "per proteggere la sua sovranità, integrità e stabilità territoriale", KIM, None),
        (
            FULL,
            "La situazione rimane complessa e in costante cambiamento, ma vorrei cogliere l’occasione per ribadire che continueremo a rafforzare la comunicazione strategica con la leadership (russa) e a parteciparvi da vicino",
            KIM,
            None,
        ),
        (PARTIAL, "uguaglianza e rispetto reciproco", PUTIN, TASS),
        (
            REPORTED,
            "l’atteso nuovo accordo bilaterale “costituirà la base delle relazioni tra i due paesi per molti anni a venire”",
            PUTIN,
            TASS,
        ),
        (PARTIAL, "costituirà la base delle relazioni tra i due paesi per molti anni a venire", PUTIN, TASS),
        (REPORTED, "spera che Kim visiti Mosca per il loro prossimo incontro", PUTIN, None),
        (
            PARTIAL,
            "scambiatori di pensieri profondi repressi e aprendo le loro menti per sviluppare relazioni (Corea del Nord e Russia) in modo più affermativo",
            Some("I media statali nordcoreani"),
            None,
        ),
        (
            REPORTED,
            "La Russia ha ricevuto più di 10.000 container, l’equivalente di… 260.000 tonnellate Munizioni o materiale correlato alle munizioni provengono dalla Corea del Nord da settembre",
            Some("Stati Uniti"),
            None,
        ),
        (
            REPORTED,
            "Le forze russe hanno anche lanciato almeno 10 missili di fabbricazione nordcoreana contro l’Ucraina dallo scorso settembre",
            Some("un funzionario americano"),
            None,
        ),
        (PARTIAL, "gli exploit delle generazioni precedenti", KIM, TASS),
        (
            REPORTED,
            "“gli exploit delle generazioni precedenti” sono “una buona base per lo sviluppo delle relazioni” tra i due paesi",
            KIM,
            TASS,
        ),
        (PARTIAL, "una buona base per lo sviluppo delle relazioni", KIM, TASS),
    ];
    for (index, expected) in [first, cnn].into_iter().enumerate() {
        let expected: Vec<_> = expected
            .iter()
            .map(|(k, t, s, v)| (k.to_string(), t.to_string(), s.map(String::from), v.map(String::from)))
            .collect();
        let found = found(&corpus, index);
        for (n, (f, e)) in found.iter().zip(&expected).enumerate() {
            assert_eq!(f, e, "quotation {} of document {index}", n + 1);
        }
        assert_eq!(found.len(), expected.len(), "document {index}");
    }
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
