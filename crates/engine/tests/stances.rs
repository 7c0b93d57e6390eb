//! Stances: every cell of the bundled articles with its evidence (the golden file
//! `expect/stances.txt`); curated overrides whose evidence must exist verbatim; and the rules on
//! sentences in the style of Italian news.

use rassegna_engine::{Corpus, Document, Stance};
use rassegna_testdata::{article, assert_golden, corpus as bundled, gazetteer, stance_data as data};

fn cell_of<'a>(corpus: &'a Corpus, actor: &str, topic: &str) -> Option<&'a rassegna_engine::StanceCell> {
    corpus.stances.iter().find(|c| c.actor == actor && c.topic == topic)
}

/// Topics written as `data/topics.txt` writes them, with the bundled lexicon; none may be refused.
fn parsed_topics(topics: &str) -> rassegna_engine::StanceData {
    let (data, diagnostics) = rassegna_engine::StanceData::parse(topics, rassegna_testdata::STANCE_LEXICON, "");
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    data
}

/// One document of `text` read with the stance data `data`.
fn corpus_with(text: &str, data: rassegna_engine::StanceData) -> Corpus {
    Corpus::with_stances(vec![Document::parse("t", text)], gazetteer(), data)
}

/// Every cell a reader compares, a paragraph each: actor, topic, stance and the statements
/// behind it by side; then its evidence as the cell shows it, a curated correction's first (with
/// its note), then its statements' words with the side each takes on the topic.
#[test]
fn every_cell_of_the_bundled_articles_with_its_evidence() {
    let corpus = bundled();
    let mut out = String::new();
    for cell in &corpus.stances {
        let [supports, opposes, concerned, neutral] = cell.counts;
        out += &format!(
            "{} × {}: {} (supports {supports}, opposes {opposes}, concerned {concerned}, neutral {neutral})\n",
            cell.actor,
            cell.topic,
            cell.stance.as_str()
        );
        if let Some((curated, doc, span)) = &cell.overridden {
            let doc = &corpus.documents[*doc];
            out += &format!("  curated {} ({}): {}\n", doc.id, curated.note, span.of(&doc.text));
        }
        for &index in &cell.statements {
            let statement = &corpus.statements[index];
            let doc = &corpus.documents[statement.doc];
            let side = statement.topics.iter().find(|(topic, _)| *topic == cell.topic).map(|(_, side)| *side);
            let side = side.map_or("no side", Stance::as_str);
            out += &format!(
                "  {side} ({} by {}) {} s{}: {}\n",
                statement.kind.as_str(),
                statement.by,
                doc.id,
                statement.sentence + 1,
                statement.evidence.of(&doc.text)
            );
        }
    }
    assert_golden(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/expect/stances.txt"), &out);
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
    let corpus = Corpus::with_stances(vec![article("000_def9c4dbf8ca3602")], gazetteer(), data(forged));
    assert_eq!(corpus.stance_diagnostics.len(), 1);
    assert!(corpus.stance_diagnostics[0].message.contains("verbatim"));
    assert!(cell_of(&corpus, "US", "sanctions").is_none_or(|c| c.overridden.is_none()));
}

/// (text, actor, topic, stance) cells expected from a text in the style of Italian news.
#[track_caller]
fn check(text: &str, expected: &[(&str, &str, Stance)]) {
    let corpus = Corpus::with_stances(vec![Document::parse("t", text)], gazetteer(), data(""));
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
    // What a concern is "per" is what it is about, clauses on…
    check(
        "Il nuovo asse ha sollevato preoccupazione a Tokyo, non solo per le forniture di munizioni, ma anche \
         per la stabilità della penisola coreana.",
        &[("JP", "arms", Concerned), ("JP", "peninsula", Concerned)],
    );
    // …until another stance word takes over.
    check(
        "Tokyo ha espresso preoccupazione per l’incidente e ha condannato le nuove sanzioni.",
        &[("JP", "sanctions", Opposes)],
    );
    check("Pechino non sostiene la guerra in Ucraina.", &[("CN", "ukraine-war", Opposes)]);
    check("“Sosteniamo pienamente il partenariato”, ha detto Kim.", &[("KP", "partnership", Supports)]);
    check("Putin ha promesso di combattere l’egemonia americana.", &[("RU", "multipolar", Supports)]);
    check("Il Giappone ha salutato le nuove sanzioni.", &[("JP", "sanctions", Supports)]);
    // Claiming a right to it is backing it.
    check(
        "«Abbiamo pieno diritto di imporre sanzioni», ha detto il governo giapponese.",
        &[("JP", "sanctions", Supports)],
    );
    // Calling it a useful step, or a model, is backing it.
    check("Tokyo ha definito le sanzioni «un passo utile».", &[("JP", "sanctions", Supports)]);
    check(
        "«Questa sanzione è un modello per la regione», ha detto il governo giapponese.",
        &[("JP", "sanctions", Supports)],
    );
    // Verbs of saying make their subject's statement; calling it interference opposes it.
    check(
        "Tokyo ha ricordato ieri sera, in una conferenza stampa, che le nuove sanzioni sono necessarie.",
        &[("JP", "sanctions", Supports)],
    );
    check("Pechino ha definito le nuove sanzioni un'ingerenza.", &[("CN", "sanctions", Opposes)]);
    check("Tokyo ha bollato le nuove sanzioni come una farsa.", &[("JP", "sanctions", Opposes)]);
    // An obligation named is a side on what it obliges to; negated, the other side.
    check(
        "«Non abbiamo alcun obbligo di imporre sanzioni», ha detto il governo giapponese.",
        &[("JP", "sanctions", Opposes)],
    );
    check(
        "«Le sanzioni devono essere obbligatorie», ha detto il governo giapponese.",
        &[("JP", "sanctions", Supports)],
    );
    // A verb of saying that takes a side takes it on the one topic of words that take none; after
    // the words, the name it is followed by is its subject, not its object.
    check(
        "«Le nuove sanzioni ci legano le mani», ha protestato l'ambasciatore giapponese.",
        &[("JP", "sanctions", Opposes)],
    );
    // A paragraph's lead names its actor for the voices in the lead itself, named before them.
    check("Titolo\n\nA Tokyo il ministro ha difeso le nuove sanzioni.", &[("JP", "sanctions", Supports)]);
    // A document the text does not place is the one of the actor its paragraph is about.
    check(
        "Titolo\n\nLa Cina ha parlato ieri. «Le nuove sanzioni sono inaccettabili», si legge nel comunicato.",
        &[("CN", "sanctions", Opposes)],
    );
    // A government department speaks for its state; a university's does not.
    check(
        "Titolo\n\nGli Stati Uniti non hanno votato. In una nota il dipartimento della Salute ha condannato le nuove \
         sanzioni.",
        &[("US", "sanctions", Opposes)],
    );
    no_cell(
        "Titolo\n\nTokyo ha parlato ieri. Il dipartimento di Fisica dell'università ha condannato le nuove sanzioni.",
        "JP",
        "sanctions",
    );
    // A noun that ends like a participle ("transito") takes no object; "non prendono posizione"
    // is a declared neutrality in any person.
    check(
        "Titolo\n\nTokyo ha parlato ieri. Sulle sanzioni di transito gli Stati Uniti non prendono posizione.",
        &[("US", "sanctions", Neutral)],
    );
    // Not going into the merits is a declared neutrality.
    check(
        "Il governo giapponese ha detto che «non entra nel merito» delle nuove sanzioni.",
        &[("JP", "sanctions", Neutral)],
    );
    // The subject of a relative clause is not what the paragraph is about.
    check(
        "Titolo\n\nL'Unione africana, di cui la Nigeria fa parte, ha espresso preoccupazione. «Le nuove sanzioni sono \
         inaccettabili», si legge nel comunicato.",
        &[("AFRICAN-UNION", "sanctions", Opposes)],
    );
    // "sud-sudanese" is South Sudan's, not Sudan's.
    check(
        "«Le nuove sanzioni ci legano le mani», ha protestato l'ambasciatore sud-sudanese.",
        &[("SS", "sanctions", Opposes)],
    );
    no_cell("«Le nuove sanzioni ci legano le mani», ha protestato l'ambasciatore sud-sudanese.", "SD", "sanctions");
    // Proposing is asking; a proposal named is not.
    check("Tokyo propone nuove sanzioni.", &[("JP", "sanctions", Supports)]);
    no_cell("Il Giappone ha descritto la proposta di nuove sanzioni.", "JP", "sanctions");
    // An object of another verb says nothing of its own; an aside in brackets neither.
    check("Il patto preoccupa Tokyo (Mosca lo sostiene).", &[("JP", "partnership", Concerned)]);
    let corpus = Corpus::with_stances(
        vec![Document::parse("t", "Il patto preoccupa Tokyo (Mosca lo sostiene).")],
        gazetteer(),
        data(""),
    );
    assert!(cell_of(&corpus, "RU", "partnership").is_none());
}

/// No cell for `actor` on `topic` in `text`: it takes no position there.
#[track_caller]
fn no_cell(text: &str, actor: &str, topic: &str) {
    let corpus = Corpus::with_stances(vec![Document::parse("t", text)], gazetteer(), data(""));
    assert!(cell_of(&corpus, actor, topic).is_none(), "{actor} × {topic} in {text:?}: {:?}", corpus.stances);
}

/// A statement is the actor's own: its words or its voice's, what the text says it holds, an act
/// that takes a position. Invented sentences, one per rule.
#[test]
fn a_statement_is_the_actors_own() {
    use Stance::*;
    // Whoever speaks for a state by role: a minister the gazetteer does not know, placed by the
    // country in the role.
    check(
        "«Le sanzioni vanno rafforzate», ha detto il ministro degli Esteri giapponese, Haruto Mori.",
        &[("JP", "sanctions", Supports)],
    );
    // Not an opposition leader, whatever his country.
    no_cell(
        "«Le sanzioni vanno rafforzate», ha detto il leader dell’opposizione giapponese, Haruto Mori.",
        "JP",
        "sanctions",
    );
    // What the text reports the actor holds.
    check("Secondo Tokyo, le sanzioni vanno rafforzate.", &[("JP", "sanctions", Supports)]);
    // An act that takes a position; the ambassador summoned is its object, not an actor.
    check(
        "Mosca ha convocato l’ambasciatore giapponese per protestare contro le nuove sanzioni.",
        &[("RU", "sanctions", Opposes)],
    );
    // Whom an accusation is made against is its object; the accuser opposes what it accuses.
    let text = "Mosca ha accusato Tokyo di sostenere le nuove sanzioni.";
    check(text, &[("RU", "sanctions", Opposes)]);
    no_cell(text, "JP", "sanctions");
    // A country merely named, described, or where the story was filed takes no position.
    no_cell("WASHINGTON, 3 MAR - Seul ha condannato le nuove sanzioni.", "US", "sanctions");
    no_cell("Le sanzioni hanno colpito le esportazioni verso la Cina, crollate del 40 per cento.", "CN", "sanctions");
    // A description of what a country does is not a position ("ha inasprito i toni").
    no_cell("La tensione resta alta sulle sanzioni, mentre Pyongyang ha inasprito i toni.", "KP", "sanctions");
    // A sentence with no verb goes on with the statement before it, unless it names an actor
    // of its own: "Contraria la Germania" is not France's.
    check(
        "La Francia ha votato a favore delle nuove sanzioni. Contraria la Germania.",
        &[("FR", "sanctions", Stance::Supports)],
    );
}

/// Polarity in context: negation and its scope, conditions, denials, declared neutrality.
#[test]
fn polarity_in_context() {
    use Stance::*;
    // A pronoun before the stance word stands for the topic of the clause before.
    check(
        "«Le nuove sanzioni colpirebbero i civili, e il Giappone le respinge», ha detto il governo giapponese.",
        &[("JP", "sanctions", Opposes)],
    );
    check("L’India si è detta neutrale sulla guerra in Ucraina.", &[("IN", "ukraine-war", Neutral)]);
    check("Il Brasile non ha mai sostenuto la guerra in Ucraina.", &[("BR", "ukraine-war", Opposes)]);
    // Not condemning is not supporting.
    no_cell("Il Brasile non ha condannato la guerra in Ucraina.", "BR", "ukraine-war");
    // A condition is not support.
    no_cell("Tokyo appoggerà le nuove sanzioni solo se Pyongyang riprenderà i test.", "JP", "sanctions");
    check("Tokyo appoggerà le nuove sanzioni.", &[("JP", "sanctions", Supports)]);
    no_cell("Tokyo appoggerà le nuove sanzioni a condizione che siano mirate.", "JP", "sanctions");
    // What an actor says must be, it supports; what must not be, it opposes…
    check(
        "«Le sanzioni devono restare in vigore», ha detto il ministro degli Esteri giapponese.",
        &[("JP", "sanctions", Supports)],
    );
    check(
        "«Le sanzioni non devono restare in vigore», ha detto il ministro degli Esteri giapponese.",
        &[("JP", "sanctions", Opposes)],
    );
    // …but the words after the obligation are another verb's, and "any" makes it a condition.
    no_cell(
        "«I governi devono colpire chi aggira le sanzioni», ha detto il ministro degli Esteri giapponese.",
        "JP",
        "sanctions",
    );
    no_cell(
        "«Qualsiasi sanzione dovrà rispettare il diritto», ha detto il ministro degli Esteri giapponese.",
        "JP",
        "sanctions",
    );
    // "Condizioni" as a noun is what is at stake, not a condition.
    check(
        "«Le sanzioni sono necessarie per ristabilire condizioni eque», ha detto il ministro degli Esteri giapponese.",
        &[("JP", "sanctions", Supports)],
    );
    // The future and the conditional of "sostenere".
    check(
        "«Non sosterremo nuove sanzioni», ha detto il ministro degli Esteri giapponese.",
        &[("JP", "sanctions", Opposes)],
    );
    check("Tokyo sosterrebbe le sanzioni.", &[("JP", "sanctions", Supports)]);
    // Stopping what a topic names is opposing it, whatever the support it is a reason for.
    check(
        "Parigi ha definito le sanzioni «indispensabili per fermare la guerra».",
        &[("FR", "sanctions", Supports), ("FR", "ukraine-war", Opposes)],
    );
    // In the actor's own words, a clause about one topic takes the side of a stance word however
    // far from the topic's words; in the writer's words the stance word must be near.
    check(
        "«L’uso delle sanzioni contro un Paese che non ha violato alcuna norma scritta in tanti anni \
         di storia è un atto illegale», ha detto il ministro degli Esteri giapponese.",
        &[("JP", "sanctions", Opposes)],
    );
    no_cell(
        "Tokyo ritiene che l’uso delle sanzioni contro un Paese che non ha violato alcuna norma scritta \
         in tanti anni di storia sia un atto illegale.",
        "JP",
        "sanctions",
    );
    // An actor's own stance verb governs its clause, however long its object…
    check(
        "Il Giappone sostiene con convinzione l’inserimento nella dichiarazione finale del vertice di nuove sanzioni.",
        &[("JP", "sanctions", Supports)],
    );
    // …a noun of the same stem does not.
    no_cell(
        "Tokyo cerca questo sostegno da tempo per ragioni che hanno poco a che fare con le nuove sanzioni.",
        "JP",
        "sanctions",
    );
    // Asking to stop, lift or ease something is opposing it; rejecting is opposing; a green light
    // is support.
    for (text, actor, stance) in [
        ("Seul ha chiesto la revoca delle sanzioni.", "KR", Opposes),
        ("Tokyo ha chiesto la sospensione delle sanzioni.", "JP", Opposes),
        ("Pechino ha chiesto l’abolizione delle sanzioni.", "CN", Opposes),
        ("La Germania ha chiesto la fine delle sanzioni.", "DE", Opposes),
        ("L’Australia ha chiesto di allentare le sanzioni.", "AU", Opposes),
        ("Il Messico ha chiesto di revocare le sanzioni.", "MX", Opposes),
        ("Il Canada ha chiesto l’inasprimento delle sanzioni.", "CA", Supports),
        ("L’India ha bocciato le nuove sanzioni.", "IN", Opposes),
        ("Il Brasile si è schierato contro le nuove sanzioni.", "BR", Opposes),
        ("La Francia ha dato il via libera alle nuove sanzioni.", "FR", Supports),
        ("Il Cile ha condannato la revoca delle sanzioni.", "CL", Supports),
        ("La Svezia ha chiesto di evitare nuove sanzioni.", "SE", Opposes),
        ("Il Portogallo ha messo in guardia contro nuove sanzioni.", "PT", Opposes),
        ("L’Irlanda ha preso le distanze dalle sanzioni.", "IE", Opposes),
        ("La Spagna si è detta scettica sulle nuove sanzioni.", "ES", Opposes),
        ("Tokyo ha definito le sanzioni «inutili».", "JP", Opposes),
        ("L’Austria ha accolto con freddezza le nuove sanzioni.", "AT", Opposes),
        ("L’India non si è schierata sulle sanzioni.", "IN", Neutral),
        ("La Germania si è astenuta nel voto sulla revoca delle sanzioni.", "DE", Neutral),
        ("L’Italia ha votato contro la revoca delle sanzioni.", "IT", Supports),
        ("Tokyo ha accusato Pechino di violare le sanzioni.", "JP", Supports),
        ("Tokyo non ha mai nascosto il proprio sostegno alle sanzioni.", "JP", Supports),
        ("Il Messico non ha dubbi: le sanzioni vanno revocate.", "MX", Opposes),
        ("La Spagna non ha alcuna intenzione di sostenere le sanzioni.", "ES", Opposes),
        ("Il governo canadese ha approvato il bilancio, ribadendo la contrarietà alle sanzioni.", "CA", Opposes),
        ("Madrid ha aderito alle sanzioni.", "ES", Supports),
        ("La Cina ha chiesto che le sanzioni non vengano rinnovate.", "CN", Opposes),
        ("Il Cile ha chiesto di non imporre nuove sanzioni.", "CL", Opposes),
        ("La Corea del Sud ha espresso rammarico per la revoca delle sanzioni.", "KR", Supports),
        ("La Cina ha espresso disappunto per le sanzioni.", "CN", Opposes),
        ("La Francia ha espresso soddisfazione per le sanzioni.", "FR", Supports),
        ("Il governo giapponese ha espresso apprezzamento per le nuove sanzioni.", "JP", Supports),
        ("Il Brasile ha espresso perplessità sulle sanzioni.", "BR", Concerned),
        ("Il Brasile ha messo in guardia gli Stati Uniti da nuove sanzioni.", "BR", Opposes),
        ("«Le sanzioni non servono», ha detto il ministro degli Esteri giapponese.", "JP", Opposes),
        ("«Le sanzioni non sono la soluzione», ha detto il ministro degli Esteri brasiliano.", "BR", Opposes),
        (
            "«Le sanzioni restano lo strumento più efficace», ha detto il ministro degli Esteri italiano.",
            "IT",
            Supports,
        ),
    ] {
        check(text, &[(actor, "sanctions", stance)]);
    }
    // Support for Ukraine is opposition to the war against it (the topic's `against` words).
    check("La Corea del Sud ha espresso sostegno all’Ucraina.", &[("KR", "ukraine-war", Opposes)]);
    check("Pechino sostiene la guerra in Ucraina.", &[("CN", "ukraine-war", Supports)]);
    // A relative clause of another noun is not the subject's statement.
    let relative =
        "Il presidente americano ha telefonato al premier canadese, che ha definito le sanzioni «necessarie».";
    no_cell(relative, "US", "sanctions");
    // "Va", "vanno" before a participle are an obligation; what analysts say an actor holds is theirs.
    check("Secondo Tokyo, le sanzioni vanno mantenute.", &[("JP", "sanctions", Supports)]);
    no_cell("Secondo gli analisti, la Cina si oppone alle sanzioni.", "CN", "sanctions");
    // "Nessuno" negates: nobody thinking of lifting the sanctions is no opposition to them.
    no_cell(
        "«Nessuno può pensare di revocare le sanzioni», ha detto il ministro degli Esteri spagnolo.",
        "ES",
        "sanctions",
    );
    // Being ready to discuss something is no side on it.
    no_cell("L’India è pronta a discutere delle sanzioni.", "IN", "sanctions");
    // Avoiding a stance word is not taking its side.
    no_cell("Parigi ha evitato di condannare le sanzioni.", "FR", "sanctions");
    // Asking for restraint takes no side.
    no_cell("Il Brasile ha invitato alla moderazione sulle sanzioni.", "BR", "sanctions");
    // Rejecting accusations is denying a fact; asking for clarification takes no side.
    no_cell("Il Brasile ha respinto le accuse di aver violato le sanzioni.", "BR", "sanctions");
    no_cell("Il governo italiano ha chiesto chiarimenti sulle sanzioni.", "IT", "sanctions");
    // Someone who speaks for no state, named after "di", keeps the sentence theirs.
    no_cell(
        "Titolo della notizia\n\nAbuja ha interrotto le forniture. Un gruppo di senatori della Nigeria ha invece \
         messo in guardia contro nuove sanzioni, che avrebbero a loro dire «conseguenze gravi» per il Paese.",
        "NG",
        "sanctions",
    );
    // Denying a fact is not opposing the proposition it bears on…
    no_cell("Pechino ha negato di aver aggirato le sanzioni.", "CN", "sanctions");
    // …and a denial in a second verb joined by "e" leaves the first its side.
    check(
        "Tokyo ha espresso ferma opposizione alle sanzioni e ha negato ogni contatto con Pyongyang.",
        &[("JP", "sanctions", Opposes)],
    );
    // An opposition expressed is a side; the political opposition is not.
    check("Tokyo ha espresso la propria opposizione alle sanzioni.", &[("JP", "sanctions", Opposes)]);
    no_cell("Il premier giapponese ha detto che l’opposizione discuterà le sanzioni.", "JP", "sanctions");
    // Words in quotation marks from nobody, and "il cosiddetto", keep the writer's distance.
    no_cell("Seul ha commentato il cosiddetto «sostegno» alle sanzioni.", "KR", "sanctions");
}

/// A cell's evidence reads as the position: whole quotations, marks paired, and whose it is.
#[test]
fn evidence_reads_as_the_position() {
    let text =
        "«Sosteniamo le sanzioni» e «le rafforzeremo», ha detto il ministro degli Esteri giapponese, Haruto Mori.";
    let corpus = Corpus::with_stances(vec![Document::parse("t", text)], gazetteer(), data(""));
    let cell = cell_of(&corpus, "JP", "sanctions").expect("a cell");
    let statement = &corpus.statements[cell.statements[0]];
    assert_eq!(statement.evidence.of(text), "«Sosteniamo le sanzioni» e «le rafforzeremo»");
    assert_eq!((statement.kind.as_str(), statement.by_name.as_str()), ("said", "Haruto Mori"));
    // Quoted words the sentence gives as its subject's read with the clauses that give them.
    let text = "Il governo giapponese ha espresso «pieno sostegno» alle sanzioni.";
    let corpus = Corpus::with_stances(vec![Document::parse("t", text)], gazetteer(), data(""));
    let cell = cell_of(&corpus, "JP", "sanctions").expect("a cell");
    let statement = &corpus.statements[cell.statements[0]];
    assert_eq!(statement.evidence.of(text), "Il governo giapponese ha espresso «pieno sostegno» alle sanzioni.");
    // Not the wire's dateline before it.
    let text = "Titolo\n\n(AGIPRESS) - SEUL, 3 MAR - Il Giappone ha condannato le nuove sanzioni.";
    let corpus = Corpus::with_stances(vec![Document::parse("t", text)], gazetteer(), data(""));
    let cell = cell_of(&corpus, "JP", "sanctions").expect("a cell");
    let statement = &corpus.statements[cell.statements[0]];
    assert_eq!(statement.evidence.of(text), "Il Giappone ha condannato le nuove sanzioni.");
    // A decimal comma closes no clause.
    let text = "Il Giappone ha approvato le sanzioni su 3,2 miliardi di beni.";
    let corpus = Corpus::with_stances(vec![Document::parse("t", text)], gazetteer(), data(""));
    let cell = cell_of(&corpus, "JP", "sanctions").expect("a cell");
    let statement = &corpus.statements[cell.statements[0]];
    assert_eq!(statement.evidence.of(text), text);
}

/// A sentence that names no topic takes its paragraph's, but an obligation there says what its
/// own subject must do: no side on the paragraph's topic.
#[test]
fn an_obligation_takes_no_side_on_the_paragraphs_topic() {
    no_cell(
        "Titolo\n\nTokyo ha parlato delle nuove sanzioni. «Qualcuno dovrebbe aggiornare gli archivi», ha detto il \
         governo giapponese.",
        "JP",
        "sanctions",
    );
}

/// "Quanto alle sanzioni, …", "Sulle sanzioni, …": a topic frame opening a sentence names what
/// the rest of it, quotation included, is about.
#[test]
fn a_topic_frame_names_what_follows() {
    use Stance::*;
    check("Quanto alle sanzioni, Tokyo ribadisce di non sostenerle.", &[("JP", "sanctions", Opposes)]);
    check(
        "In merito alle nuove sanzioni, il governo giapponese si è detto favorevole.",
        &[("JP", "sanctions", Supports)],
    );
    check(
        "Tokyo ha parlato a lungo. Quanto alle nuove sanzioni, «non sono accettabili», ha detto il portavoce del \
         governo giapponese, Haruto Mori.",
        &[("JP", "sanctions", Opposes)],
    );
    // Not a comma far on, which closes a clause of another kind.
    no_cell(
        "Sul tavolo delle trattative tra i due Paesi sono finite anche le sanzioni, e Tokyo ha espresso sostegno \
         all'intesa.",
        "JP",
        "sanctions",
    );
}

/// Who speaks for whom, from how the text introduces them: a role's complements joined by "e",
/// a body in the role, subjects joined by "e", Bruxelles for the EU, the paragraph's actor for a
/// spokesperson the text does not place.
#[test]
fn whom_a_voice_speaks_for() {
    use Stance::*;
    // The country a few words after an unplaced voice places it, not past its verb.
    no_cell(
        "«Non accetteremo nulla», ha detto il ministro. Il suo governo chiede a Washington di sostenere le \
         sanzioni «senza altri rinvii».",
        "US",
        "sanctions",
    );
    check(
        "«Appoggiamo le sanzioni», ha dichiarato il ministro degli Esteri e della Cooperazione giapponese, Haruto Mori.",
        &[("JP", "sanctions", Supports)],
    );
    check(
        "«Appoggiamo le sanzioni», ha detto la portavoce della Commissione europea, Ilse Berger.",
        &[("EU", "sanctions", Supports)],
    );
    // A body's envoy with a nationality in apposition speaks for the body, not for the country
    // of the passport.
    let envoy = "A illustrare la proposta è stata la rappresentante speciale dell'Unione africana per i Grandi \
                 Laghi, la diplomatica senegalese Aminata Ndiaye. «Appoggiamo le sanzioni», ha detto ai cronisti.";
    check(envoy, &[("AFRICAN-UNION", "sanctions", Supports)]);
    no_cell(envoy, "SN", "sanctions");
    check(
        "Giappone e Corea del Sud hanno sostenuto le nuove sanzioni.",
        &[("JP", "sanctions", Supports), ("KR", "sanctions", Supports)],
    );
    // A list closed by "e" shares the verb after it.
    check(
        "Cina, Corea del Sud e Stati Uniti hanno sostenuto le nuove sanzioni.",
        &[("CN", "sanctions", Supports), ("KR", "sanctions", Supports), ("US", "sanctions", Supports)],
    );
    check("Bruxelles ha condannato la guerra in Ucraina.", &[("EU", "ukraine-war", Opposes)]);
    no_cell("Bruxelles ha condannato la guerra in Ucraina.", "BE", "ukraine-war");
    check(
        "Tokyo ha reagito in serata. «Appoggiamo le sanzioni», ha detto il portavoce del governo, Haruto Mori.",
        &[("JP", "sanctions", Supports)],
    );
    // A generic noun right before its verb stands for the actor just named…
    check(
        "Titolo della notizia\n\nL’Unione africana si è riunita ieri. L’organizzazione ha condannato le nuove sanzioni.",
        &[("AFRICAN-UNION", "sanctions", Opposes)],
    );
    // …not one that goes on to name someone else.
    no_cell(
        "Titolo della notizia\n\nL’Unione africana si è riunita ieri. L’organizzazione umanitaria Aiuto Globale ha \
         condannato le nuove sanzioni.",
        "AFRICAN-UNION",
        "sanctions",
    );
    // A subject's verb past a clause between commas, however long.
    check(
        "Il Giappone, che non siede nel Consiglio e da secoli commercia con i vicini del continente, si è \
         detto neutrale sulle nuove sanzioni.",
        &[("JP", "sanctions", Neutral)],
    );
    // The actor right before a relative clause with a verb of its own is its subject.
    check("Dura la replica della Cina, che ha condannato le nuove sanzioni.", &[("CN", "sanctions", Opposes)]);
    // An organ speaks for the body named right after it; one the text does not place, for nobody.
    check(
        "Il Consiglio di pace e sicurezza dell'Unione africana ha condannato le nuove sanzioni.",
        &[("AFRICAN-UNION", "sanctions", Opposes)],
    );
    no_cell("Tokyo ha parlato ieri. Il consiglio comunale ha condannato le nuove sanzioni.", "JP", "sanctions");
    // A possessive points back to the actor of the sentence or paragraph; "il cui", to the one
    // named right before.
    check(
        "Gli Stati Uniti hanno parlato ieri. Il loro rappresentante ha condannato le nuove sanzioni.",
        &[("US", "sanctions", Opposes)],
    );
    check(
        "Netta la replica della Cina, il cui ambasciatore ha condannato le nuove sanzioni.",
        &[("CN", "sanctions", Opposes)],
    );
    // The agent of a participle that takes a side takes it.
    check(
        "Il Consiglio di sicurezza ha approvato le nuove sanzioni presentate dal Giappone.",
        &[("JP", "sanctions", Supports)],
    );
    check("Le nuove sanzioni condannate da Pechino entrano in vigore oggi.", &[("CN", "sanctions", Opposes)]);
    // Voices in the plural, and deputies.
    check(
        "I ministri degli Esteri dell’Unione africana hanno condannato le nuove sanzioni.",
        &[("AFRICAN-UNION", "sanctions", Opposes)],
    );
    check("Il vicepremier giapponese ha condannato le nuove sanzioni.", &[("JP", "sanctions", Opposes)]);
    // A voice the text describes places the paragraph's next unplaced voice as a name does.
    check(
        "Titolo della notizia\n\nIl ministro degli Esteri giapponese ha ricevuto i giornalisti. Il ministero ha \
         ribadito il sostegno alle sanzioni.",
        &[("JP", "sanctions", Supports)],
    );
    // A document of a country's government speaks for it.
    check("«Sosteniamo le nuove sanzioni», si legge in una nota di Palazzo Chigi.", &[("IT", "sanctions", Supports)]);
    // A body named in full, then by the first word of its name alone…
    check(
        "Titolo della notizia\n\nIl piano della Commissione europea è pronto. La Commissione sostiene le nuove sanzioni.",
        &[("EU", "sanctions", Supports)],
    );
    // …not when two bodies named so far share that word.
    let two_bodies = "Titolo della notizia\n\nLa Commissione europea e la Commissione dell'Unione africana si sono \
                      riunite. La Commissione sostiene le nuove sanzioni.";
    no_cell(two_bodies, "EU", "sanctions");
    no_cell(two_bodies, "AFRICAN-UNION", "sanctions");
    // A paragraph's lead that names one actor, as a place or an adjective, places its voices…
    check(
        "Titolo della notizia\n\nDura la replica giapponese. «Appoggiamo le sanzioni», ha detto il ministro \
         dell'Economia, Haruto Mori.",
        &[("JP", "sanctions", Supports)],
    );
    check(
        "Titolo della notizia\n\nDa Tokyo la risposta è arrivata in serata. Il ministero degli Esteri ha \
         ribadito il sostegno alle sanzioni.",
        &[("JP", "sanctions", Supports)],
    );
    // …not when it names two, nor a wire dateline's city, nor in the next paragraph.
    let two = "Titolo della notizia\n\nTra Tokyo e Seul il clima è teso. «Appoggiamo le sanzioni», ha detto il \
               ministro dell'Economia, Haruto Mori.";
    no_cell(two, "JP", "sanctions");
    no_cell(two, "KR", "sanctions");
    no_cell(
        "Titolo della notizia\n\nTOKYO - «Appoggiamo le sanzioni», ha detto il ministro dell'Economia, Haruto Mori.",
        "JP",
        "sanctions",
    );
    no_cell(
        "Titolo della notizia\n\nDura la replica giapponese.\n\n«Appoggiamo le sanzioni», ha detto il ministro \
         dell'Economia, Haruto Mori.",
        "JP",
        "sanctions",
    );
}

/// A vote or an act that names no topic is about the one its paragraph has just named; never in
/// a headline, and never when the paragraph named several.
#[test]
fn an_act_without_its_topic_takes_the_paragraphs() {
    use Stance::*;
    let body = "Titolo della notizia\n\nIl Consiglio ha votato le nuove sanzioni contro Pyongyang. Il Giappone ha votato a favore.";
    check(body, &[("JP", "sanctions", Supports)]);
    let several =
        "Titolo della notizia\n\nSi è votato sulle sanzioni e sulla guerra in Ucraina. Il Giappone ha votato a favore.";
    no_cell(several, "JP", "sanctions");
    no_cell(several, "JP", "ukraine-war");
    // A sentence that names another topic is about that one.
    let other = "Titolo della notizia\n\nSi è votato sulle sanzioni. Il Giappone si è detto disponibile a discutere la guerra in Ucraina.";
    no_cell(other, "JP", "sanctions");
    let headline = "Il Consiglio vota le sanzioni. Il Giappone vota a favore\n\nIl testo passa con nove voti.";
    no_cell(headline, "JP", "sanctions");
    // The one whose vote it is, right after a vote named as a noun.
    check(
        "Titolo della notizia\n\nIl Consiglio ha votato ieri le nuove sanzioni. Voto favorevole anche della Francia.",
        &[("FR", "sanctions", Supports)],
    );
    no_cell(
        "Titolo della notizia\n\nIl Consiglio ha votato ieri le nuove sanzioni. Favorevole il governo, \
         nonostante le proteste della Francia.",
        "FR",
        "sanctions",
    );
    // A vote is on what was last put to the vote, paragraphs before…
    let later = "Titolo della notizia\n\nIl Consiglio ha votato ieri le nuove sanzioni. Il testo è passato.\n\n\
                 Il Giappone ha votato a favore del testo.";
    check(later, &[("JP", "sanctions", Supports)]);
    // …and whatever its paragraph went on about since.
    let since = "Titolo della notizia\n\nIl Consiglio ha votato ieri le nuove sanzioni. Gli Stati Uniti hanno \
                 votato a favore. Il loro rappresentante ha parlato della guerra in Ucraina. Voto favorevole anche \
                 della Francia.";
    check(since, &[("FR", "sanctions", Supports)]);
    no_cell(since, "FR", "ukraine-war");
    // Two words joined by "ma" that agree take nothing back.
    check(
        "Titolo della notizia\n\nIl Consiglio ha votato ieri le nuove sanzioni. Voto favorevole anche della \
         Francia, il cui ambasciatore ha parlato di «un passo tardivo ma necessario».",
        &[("FR", "sanctions", Supports)],
    );
    // A council approving a text has voted on it.
    let approved = "Titolo della notizia\n\nIl Consiglio ha approvato ieri le nuove sanzioni.\n\n\
                    Il Giappone si è astenuto.";
    check(approved, &[("JP", "sanctions", Neutral)]);
    // …not when the last vote was on two topics, and only a vote: other words keep to their paragraph.
    let two = "Titolo della notizia\n\nSi è votato sulle sanzioni e sulla guerra in Ucraina.\n\n\
               Il Giappone ha votato a favore.";
    no_cell(two, "JP", "sanctions");
    let not_a_vote = "Titolo della notizia\n\nIl Consiglio ha votato ieri le nuove sanzioni.\n\n\
                      Il Giappone si è detto favorevole.";
    no_cell(not_a_vote, "JP", "sanctions");
}

/// A quotation with no speaker after a verb of statement is someone's words, not scare quotes.
#[test]
fn words_quoted_after_a_verb_of_statement_count() {
    use Stance::*;
    check(
        "Il Giappone non ha condannato Pyongyang: si è limitato a esprimere «preoccupazione» per i test missilistici.",
        &[("JP", "arms", Concerned)],
    );
    // Two quotations of one speaker: each is read with its own clause ("ha definito le
    // sanzioni"), not only with the words between the marks.
    check(
        "Il Brasile non ha votato. In una nota il ministero degli Esteri ha definito le sanzioni «inutili e \
         dannose» e ha avvertito che Brasilia «non si sentirà vincolata».",
        &[("BR", "sanctions", Opposes)],
    );
    // An aside between commas stands between a subject and the obligation it is under.
    check(
        "Il Canada ha chiesto di andare oltre: «Le sanzioni, oggi limitate al petrolio, devono essere \
         estese a tutto il commercio».",
        &[("CA", "sanctions", Supports)],
    );
}

/// Conditions, relatives, requests and unnamed voices, each in an invented sentence.
#[test]
fn clauses_that_carry_a_side_and_clauses_that_do_not() {
    use Stance::*;
    // "Qualsiasi … deve" is a condition; "qualsiasi" alone is not.
    no_cell("Tokyo ha ribadito che qualsiasi intesa deve appoggiare le sanzioni dell’ONU.", "JP", "sanctions");
    // (Rejecting any lifting of the sanctions is supporting them: this case expected "opposes"
    // until the lifting was read as such.)
    check("Tokyo ha detto di respingere qualsiasi revoca delle sanzioni.", &[("JP", "sanctions", Supports)]);
    // A relative clause with its own subject says where that subject stands on its antecedent;
    // one whose subject is the antecedent says nothing of anyone's stance on it.
    check(
        "«Le sanzioni sono uno strumento equo, che il Giappone sostiene», ha detto il ministro degli Esteri giapponese, Haruto Mori.",
        &[("JP", "sanctions", Supports)],
    );
    no_cell(
        "«Le sanzioni, che hanno bloccato i porti, resteranno», ha detto il ministro degli Esteri giapponese, Haruto Mori.",
        "JP",
        "sanctions",
    );
    // Not asking for something is not opposing it.
    no_cell("Tokyo si è detta preoccupata senza però chiedere nuove sanzioni.", "JP", "sanctions");
    // The object of a verb is no described voice: Beijing's government is accused, not speaking.
    no_cell("Tokyo ha accusato il governo di Pechino di sostenere le nuove sanzioni.", "CN", "sanctions");
    // A state's voice described without a name, placed by the country in the description.
    check(
        "Il portavoce del ministero degli Esteri giapponese ha definito le sanzioni «necessarie e da sostenere».",
        &[("JP", "sanctions", Supports)],
    );
    // Where the sentence introduces someone who speaks for no state, the country is not the speaker.
    no_cell("Un deputato dell’opposizione giapponese ha parlato di «sanzioni da sostenere».", "JP", "sanctions");
}

/// A contrast is a clause of its own: the support before "ma" is not for what follows it.
#[test]
fn a_contrast_divides_positions() {
    use Stance::*;
    let text = "Tokyo si è detta pronta a rafforzare il partenariato ma ha respinto le nuove sanzioni.";
    check(text, &[("JP", "partnership", Supports), ("JP", "sanctions", Opposes)]);
}

/// A stance word governs the topic it meets first on its side, not the topics of that topic's
/// complements.
#[test]
fn a_stance_word_governs_the_first_topic_it_meets() {
    use Stance::*;
    let text = "Tokyo ha respinto un nuovo accordo che riscriva le sanzioni.";
    check(text, &[("JP", "partnership", Opposes)]);
    no_cell(text, "JP", "sanctions");
}

/// Two clauses of one statement may take two sides on a topic: the cell is mixed, the statement
/// listed once; quoted words are read with what the sentence says they are about.
#[test]
fn one_statement_can_take_both_sides() {
    use Stance::*;
    let text = "Tokyo si è detta pronta a sostenere le sanzioni sul petrolio, ma ha respinto le sanzioni sul gas.";
    let corpus = Corpus::with_stances(vec![Document::parse("t", text)], gazetteer(), data(""));
    let cell = cell_of(&corpus, "JP", "sanctions").expect("a cell");
    assert_eq!((cell.stance, cell.counts, cell.statements.len()), (Mixed, [1, 1, 0, 0], 1));
    check(
        "Il ministro degli Esteri giapponese, Haruto Mori, ha espresso «pieno sostegno» e «gratitudine» per le nuove sanzioni.",
        &[("JP", "sanctions", Supports)],
    );
}

/// A described voice ends where its verb begins; a contrast about something unnamed takes back
/// the side before it; the EU's "Ventisette" and a ruling junta are actors' voices.
#[test]
fn descriptions_contrasts_and_collective_names() {
    use Stance::*;
    // Not a Ukrainian ministry: Ukraine comes after the verb.
    no_cell("Il ministero chiede sanzioni all’Ucraina.", "UA", "sanctions");
    no_cell("Tokyo ha applaudito le nuove sanzioni, ma ne ha chiesto la sospensione.", "JP", "sanctions");
    check("I Ventisette hanno votato compatti a favore delle nuove sanzioni.", &[("EU", "sanctions", Supports)]);
    check(
        "La giunta militare al potere a Pyongyang ha bollato le sanzioni come «illegali».",
        &[("KP", "sanctions", Opposes)],
    );
}

/// A proposition that condemns or stops what it names ("i trasferimenti di armi … devono
/// cessare") is supported by condemning those things and opposed by defending them.
#[test]
fn a_proposition_that_condemns_what_it_names() {
    use Stance::*;
    check("Tokyo ha condannato i trasferimenti di armi tra Pyongyang e Mosca.", &[("JP", "arms", Supports)]);
    check("Pechino ha sostenuto le forniture di armi tra i due Paesi.", &[("CN", "arms", Opposes)]);
    // Asking that the transfers be suspended says the proposition's own action: support.
    check(
        "«Chiediamo che le forniture di armi vengano sospese», ha detto il ministro degli Esteri giapponese, Haruto Mori.",
        &[("JP", "arms", Supports)],
    );
    // A ministry is a state's voice, placed by the country its description names.
    check("Il ministero degli Esteri giapponese ha chiesto nuove sanzioni.", &[("JP", "sanctions", Supports)]);
    // Of a proposition in parts, a part that condemns only what it names turns nothing else.
    let topics = "[topic isola]\nname.it: isola\nname.en: island\nclaim.it: L'isola di Varno è territorio \
                  giapponese e la rivendicazione cinese va respinta\nclaim.en: -\nstem: Varno\n";
    let data = parsed_topics(topics);
    assert!(!data.topics[0].turned, "the part that condemns names no word of the topic");
    let text = "Tokyo ha ribadito il proprio sostegno alla sovranità su Varno.";
    let corpus = corpus_with(text, data);
    assert_eq!(cell_of(&corpus, "JP", "isola").map(|c| c.stance), Some(Supports), "{:?}", corpus.stances);
    // A waiver is a suspension: named by "deroga", it is the proposition's own action, which an
    // opposition to it opposes.
    let topics = "[topic deroga]\nname.it: deroga\nname.en: waiver\nclaim.it: I diritti sulle sementi vanno \
                  sospesi nelle carestie\nclaim.en: -\nstem: sement\nstem: deroga\n";
    let data = parsed_topics(topics);
    let text = "Il Canada ha espresso la propria contrarietà alla deroga.";
    let corpus = corpus_with(text, data);
    assert_eq!(cell_of(&corpus, "CA", "deroga").map(|c| c.stance), Some(Opposes), "{:?}", corpus.stances);
    // Excluding something stops it: a clause that excludes warships supports their exclusion;
    // an "esclusiva" zone excludes nothing.
    let topics = "[topic navi]\nname.it: navi\nname.en: warships\nclaim.it: Le navi militari straniere devono \
                  essere escluse dal porto di Lamu\nclaim.en: -\nstem: militar\n";
    let data = parsed_topics(topics);
    assert!(data.topics[0].turned, "excluding stops what it names");
    let text = "Il governo del Kenya ha assicurato che il contratto esclude l'attracco di navi militari straniere.";
    let corpus = corpus_with(text, data);
    assert_eq!(cell_of(&corpus, "KE", "navi").map(|c| c.stance), Some(Supports), "{:?}", corpus.stances);
    // A topic's own word is no side on it, unless negated: not recognising refuses recognition.
    let topics = "[topic giunta]\nname.it: giunta\nname.en: junta\nclaim.it: La giunta militare va \
                  riconosciuta\nclaim.en: -\nstem: riconosc\nstem: giunta\n";
    let data = parsed_topics(topics);
    let text = "Il governo del Ghana ha fatto sapere che non riconosce la giunta.";
    let corpus = corpus_with(text, data);
    assert_eq!(cell_of(&corpus, "GH", "giunta").map(|c| c.stance), Some(Opposes), "{:?}", corpus.stances);
    let topics = "[topic zona]\nname.it: zona\nname.en: zone\nclaim.it: La zona di pesca esclusiva va \
                  riconosciuta\nclaim.en: -\nstem: pesca\n";
    let (data, _) = rassegna_engine::StanceData::parse(topics, rassegna_testdata::STANCE_LEXICON, "");
    assert!(!data.topics[0].turned, "an exclusive zone stops nothing");
    // An aside between commas and a predicate after it go on with the subject before them;
    // cancelling stops what it names, and welcoming it opposes the proposition.
    let topics = "[topic rotta]\nname.it: rotta\nname.en: route\nclaim.it: La rotta verso Varno, nel mare del \
                  Nord, va cancellata\nclaim.en: -\nstem: rott\nphrase: nuovo volo\n";
    let data = parsed_topics(topics);
    assert!(data.topics[0].turned, "the predicate after the aside cancels the route");
    let text = "Il governo giapponese ha salutato con favore il nuovo volo.";
    let corpus = corpus_with(text, data);
    assert_eq!(cell_of(&corpus, "JP", "rotta").map(|c| c.stance), Some(Opposes), "{:?}", corpus.stances);
    // A neutrality someone would break is no declared neutrality.
    no_cell(
        "«Qualsiasi nuova sanzione violerebbe la neutralità del canale», ha detto il portavoce del governo giapponese.",
        "JP",
        "sanctions",
    );
}

/// Words that carry a side by what they call a measure or a claim, and the order that decides
/// which of two stance words governs a topic.
#[test]
fn what_a_measure_or_a_claim_is_called() {
    use Stance::*;
    // An opposition after the topic is one more opposition, not a turn of the one before.
    check("La Cina ha ribadito la propria contrarietà a nuove sanzioni unilaterali.", &[("CN", "sanctions", Opposes)]);
    // Calling a claim unfounded denies a fact: no side on what it bears on.
    no_cell("La Russia ha respinto come «infondate» le accuse sulle forniture di munizioni.", "RU", "arms");
    no_cell("Mosca ha definito prive di fondamento le notizie di nuove forniture di missili.", "RU", "arms");
    // Accusing someone of having violated a measure is upholding it.
    check("Washington ha accusato Pyongyang di aver violato le sanzioni dell'Onu.", &[("US", "sanctions", Supports)]);
    check("Tokyo ha denunciato la violazione delle sanzioni da parte di Mosca.", &[("JP", "sanctions", Supports)]);
    // What does not solve anything, is counterproductive or a crime, is opposed.
    check("La Cina si è astenuta, sostenendo che le sanzioni «non risolvono nulla».", &[("CN", "sanctions", Opposes)]);
    check("La Corea del Nord ha definito le sanzioni «un crimine contro l'umanità».", &[("KP", "sanctions", Opposes)]);
    check("Mosca ha definito «ipocrite» le sanzioni occidentali.", &[("RU", "sanctions", Opposes)]);
    // What solves something supports it; never having solved anything opposes it.
    check(
        "Secondo il portavoce del governo cinese, le sanzioni «non hanno mai risolto alcuna crisi».",
        &[("CN", "sanctions", Opposes)],
    );
    // Adopting or defending a measure supports it; condemning the adopted one opposes it.
    check("Il Giappone ha imposto nuove sanzioni a due banche russe.", &[("JP", "sanctions", Supports)]);
    check("L'Unione europea ha varato un nuovo pacchetto di sanzioni.", &[("EU", "sanctions", Supports)]);
    check("La Cina ha condannato il nuovo pacchetto di sanzioni.", &[("CN", "sanctions", Opposes)]);
    check("Putin ha difeso la cooperazione economica con Pyongyang.", &[("RU", "cooperation", Supports)]);
    // A stance word in what a concern is "per" is what the concern is about.
    check(
        "Gli Stati Uniti hanno espresso «seria preoccupazione» per il rafforzamento del partenariato.",
        &[("US", "partnership", Concerned)],
    );
    // After "in", what a topic stands against is a place ("impegnato in Ucraina"), not a side…
    no_cell("Kim ha elogiato l'«eroico» esercito russo impegnato in Ucraina.", "KP", "ukraine-war");
    // …while support for it is opposition ("sostegno all'Ucraina").
    check("Seul ha ribadito il proprio sostegno all'Ucraina.", &[("KR", "ukraine-war", Opposes)]);
    // Opposing escalation supports peace.
    check(
        "Pechino si è detta contraria a qualsiasi escalation nella penisola coreana.",
        &[("CN", "peninsula", Supports)],
    );
    // A ministry named "della Difesa" takes no side by its name.
    no_cell(
        "Il ministro della Difesa giapponese ha parlato delle sanzioni con il collega americano.",
        "JP",
        "sanctions",
    );
    // Holding a measure firmly, voting on it ahead, calling it at odds with commitments.
    check(
        "Il Giappone ha ribadito che il mantenimento delle sanzioni «non è negoziabile».",
        &[("JP", "sanctions", Supports)],
    );
    check("Il Canada voterà contro le nuove sanzioni.", &[("CA", "sanctions", Opposes)]);
    check(
        "Il Brasile ha definito le sanzioni «incompatibili con il diritto internazionale».",
        &[("BR", "sanctions", Opposes)],
    );
}

/// An account rejected takes no side; an organ speaks for its body; a request past whom it is
/// addressed to.
#[test]
fn accounts_rejected_presidencies_and_requests_past_their_addressee() {
    use Stance::*;
    // Rejecting an account of events denies a fact: no side on what it names.
    no_cell(
        "Pechino ha respinto le ricostruzioni dei media secondo cui le nuove sanzioni sarebbero state \
         sollecitate da aziende cinesi.",
        "CN",
        "sanctions",
    );
    // A statement said not to have been made is none ("nessun commento").
    no_cell(
        "A complicare il quadro c'è il Giappone, nei cui porti le nuove sanzioni dovrebbero essere \
         applicate: da Tokyo, finora, nessun commento ufficiale.",
        "JP",
        "sanctions",
    );
    // A rotating presidency speaks for the body named after it.
    check(
        "La presidenza di turno dell’Unione europea, interpellata dai giornalisti, ha chiesto nuove sanzioni.",
        &[("EU", "sanctions", Supports)],
    );
    // "invita X a «non …»": asking for the opposite, past the addressee.
    check("Washington invita le autorità giapponesi a «non imporre nuove sanzioni».", &[("US", "sanctions", Opposes)]);
}

/// A body's members deciding together speak for it, and so does its meeting in a paragraph about
/// it; ordering a measure or confirming it backs it, confirming a fact takes no side.
#[test]
fn a_bodys_summit_and_the_measures_it_keeps() {
    use Stance::*;
    check("I capi di Stato dell'Ue hanno confermato le sanzioni.", &[("EU", "sanctions", Supports)]);
    check(
        "L'Ue ha condannato la guerra in Ucraina. Il vertice ha anche confermato tutte le sanzioni in vigore.",
        &[("EU", "sanctions", Supports), ("EU", "ukraine-war", Opposes)],
    );
    check("Tokyo ha ordinato l'applicazione immediata delle sanzioni.", &[("JP", "sanctions", Supports)]);
    check("Il governo giapponese ha confermato le sanzioni.", &[("JP", "sanctions", Supports)]);
    no_cell("Il governo giapponese ha confermato che le sanzioni sono entrate in vigore ieri.", "JP", "sanctions");
}

/// What a request asks for is turned by a negation in its clause and by a passive that stops
/// what it names.
#[test]
fn a_request_for_nothing_or_for_a_stop() {
    use Stance::*;
    check("Tokyo chiede che nessuna nuova sanzione venga decisa.", &[("JP", "sanctions", Opposes)]);
    check("Tokyo chiede che il regime delle sanzioni venga sospeso.", &[("JP", "sanctions", Opposes)]);
    check("Tokyo chiede che le sanzioni vengano applicate.", &[("JP", "sanctions", Supports)]);
}

/// A request governs each infinitive it asks for; an infinitive a clause judges, and a neutral
/// place, take no side of their own.
#[test]
fn what_is_asked_judged_or_called_neutral() {
    use Stance::*;
    check(
        "Il governo giapponese ha chiesto a Mosca di revocare la decisione e di rispettare le sanzioni.",
        &[("JP", "sanctions", Supports)],
    );
    no_cell(
        "Sulle sanzioni il Giappone non fa sconti. «Allentarle oggi sarebbe un regalo ai trafficanti», ha detto \
         l'ambasciatore giapponese.",
        "JP",
        "sanctions",
    );
    for text in [
        "Tokyo vuole Ginevra per i colloqui sulle sanzioni. Lo ha ripetuto il portavoce del governo giapponese, \
         secondo cui la città offre «l'unico terreno davvero neutrale».",
        "Il Giappone vuole colloqui sulle sanzioni a Ginevra, «l'unico terreno davvero neutrale», ha detto il \
         portavoce del governo giapponese.",
    ] {
        no_cell(text, "JP", "sanctions");
    }
}

/// An obligation governs its infinitive's own object; "lo stesso portavoce" is the voice just
/// met; the one a phrase of stance warns is its object.
#[test]
fn obligations_voices_met_again_and_whom_a_warning_names() {
    use Stance::*;
    check(
        "«Gli Stati membri devono adottare nuove sanzioni», ha detto il ministro degli Esteri giapponese.",
        &[("JP", "sanctions", Supports)],
    );
    no_cell(
        "«Le misure devono colpire chi arma i ribelli, non l'esercito», ha detto il ministro degli Esteri giapponese.",
        "JP",
        "arms",
    );
    check(
        "Immediata la replica di Tokyo. Il portavoce del governo ha parlato di «calunnie». Lo stesso portavoce ha \
         poi criticato le sanzioni.",
        &[("JP", "sanctions", Opposes)],
    );
    let warned = "Immediata la replica di Tokyo. Il portavoce ha poi messo in guardia Bruxelles dalle nuove sanzioni.";
    check(warned, &[("JP", "sanctions", Opposes)]);
    no_cell(warned, "EU", "sanctions");
}

/// What is needed is supported; a neutrality declared in the first person is declared.
#[test]
fn needs_and_neutrality_in_the_first_person() {
    use Stance::*;
    check("«Servono nuove sanzioni», ha detto il ministro degli Esteri giapponese.", &[("JP", "sanctions", Supports)]);
    check(
        "«Non servono nuove sanzioni», ha detto il ministro degli Esteri giapponese.",
        &[("JP", "sanctions", Opposes)],
    );
    check(
        "«Sulle sanzioni non ci schieriamo», ha detto il ministro degli Esteri francese.",
        &[("FR", "sanctions", Neutral)],
    );
    check(
        "«Sulle sanzioni non ci pronunciamo», ha detto il ministro degli Esteri francese.",
        &[("FR", "sanctions", Neutral)],
    );
    check("Sulle nuove sanzioni Tokyo dice no.", &[("JP", "sanctions", Opposes)]);
}

/// Outrage at a measure, and a blow it deals, oppose it.
#[test]
fn outrage_and_blows_oppose() {
    use Stance::*;
    check(
        "Il portavoce del governo giapponese ha definito le nuove sanzioni «un grave colpo al commercio».",
        &[("JP", "sanctions", Opposes)],
    );
    check(
        "Il ministero degli Esteri francese ha espresso la «profonda indignazione» del governo per le sanzioni.",
        &[("FR", "sanctions", Opposes)],
    );
}

/// A proposition that closes something: its own act named ("la chiusura dello stabilimento")
/// is what a request for it supports; a protest is no turn of the request its relative clause
/// makes.
#[test]
fn a_closure_asked_for() {
    use Stance::*;
    let topics = "[topic impianto]\nname.it: impianto\nname.en: plant\nclaim.it: L'impianto chimico va fermato \
                  fino alla fine delle verifiche\nclaim.en: -\nstem: chiusur\nstem: stabiliment\n";
    let data = parsed_topics(topics);
    for text in [
        "Il governo croato chiede la chiusura dello stabilimento.",
        "Il governo croato ha consegnato una nota di protesta che chiede la sospensione dello stabilimento.",
    ] {
        let corpus = corpus_with(text, data.clone());
        assert_eq!(
            cell_of(&corpus, "HR", "impianto").map(|c| c.stance),
            Some(Supports),
            "{text}: {:?}",
            corpus.stances
        );
    }
}

/// Freezing stops what it names; committing to respect a measure backs it.
#[test]
fn freezing_and_respecting() {
    use Stance::*;
    let topics = "[topic trivelle]\nname.it: trivelle\nname.en: drilling\nclaim.it: Le attività nel blocco conteso \
                  vanno sospese\nclaim.en: -\nstem: perforazion\nstem: blocco\n";
    let data = parsed_topics(topics);
    let text = "Il Togo chiede di congelare le perforazioni.";
    let corpus = corpus_with(text, data);
    assert_eq!(cell_of(&corpus, "TG", "trivelle").map(|c| c.stance), Some(Supports), "{:?}", corpus.stances);
    check(
        "«Il Giappone rispetterà le sanzioni», ha detto il ministro degli Esteri giapponese.",
        &[("JP", "sanctions", Supports)],
    );
}

/// A stop asked for stops what it names: asking for "lo stop dei cantieri" opposes building.
#[test]
fn a_stop_asked_for() {
    use Stance::*;
    let topics = "[topic diga]\nname.it: diga\nname.en: dam\nclaim.it: La diga sul fiume va costruita\nclaim.en: -\n\
                  stem: diga\nstem: cantier\n";
    let data = parsed_topics(topics);
    let text = "Il governo keniano chiede lo stop immediato dei cantieri.";
    let corpus = corpus_with(text, data);
    assert_eq!(cell_of(&corpus, "KE", "diga").map(|c| c.stance), Some(Opposes), "{:?}", corpus.stances);
}

/// "Né… né" across the two sides is a declared neutrality, and the "non" it asks for turns
/// nothing.
#[test]
fn neither_for_nor_against() {
    use Stance::*;
    check("Il Giappone non è né a favore né contro le sanzioni.", &[("JP", "sanctions", Neutral)]);
}

/// Doing no more than something takes no side, but a concern expressed that way is one.
#[test]
fn doing_no_more_than() {
    use Stance::*;
    no_cell(
        "L'Onu ha esteso le sanzioni contro il regime. Il Giappone si è limitato a ringraziare i partecipanti.",
        "JP",
        "sanctions",
    );
    check("Il Giappone si è limitato a esprimere preoccupazione per le sanzioni.", &[("JP", "sanctions", Concerned)]);
}

/// A proposition headed by a stop ("Il divieto di esportare il nichel grezzo…") names after the
/// stop what it stops: stopping that is the topic's own act, asking for it opposes the topic, and
/// right after the stop's word it is that word's complement.
#[test]
fn what_a_stop_stops() {
    use Stance::*;
    let topics = "[topic divieto]\nname.it: divieto\nname.en: ban\nclaim.it: Il divieto di esportare il nichel grezzo \
                  è giustificato\nclaim.en: -\nstem: diviet\nstem: nichel\n";
    let data = parsed_topics(topics);
    assert_eq!(data.topics[0].against, ["nichel"]);
    assert_eq!(data.topics[0].as_written().against, Vec::<String>::new());
    for (text, actor, stance) in [
        ("«Bloccheremo le vendite di nichel», ha detto il ministro degli Esteri indonesiano.", "ID", Supports),
        ("Il Giappone chiede che il nichel torni sul mercato.", "JP", Opposes),
        ("La Corea del Sud critica il divieto sul nichel.", "KR", Opposes),
    ] {
        let corpus = corpus_with(text, data.clone());
        assert_eq!(cell_of(&corpus, actor, "divieto").map(|c| c.stance), Some(stance), "{text}: {:?}", corpus.stances);
    }
}

/// What "come" calls the object ("respingendo come un'ingerenza…") is no object that the stance
/// word before it turns.
#[test]
fn what_come_calls_it() {
    use Stance::*;
    check(
        "Il ministro degli Esteri giapponese ha respinto come un'ingerenza ogni nuova sanzione.",
        &[("JP", "sanctions", Opposes)],
    );
}

/// Doing the act a topic's own words name takes its side ("ha firmato il trattato" with the
/// stem "firma"); a ceremony that "si è svolta" is no breakthrough ("una svolta").
#[test]
fn the_topics_own_act() {
    use Stance::*;
    let topics = "[topic trattato]\nname.it: trattato\nname.en: treaty\nclaim.it: Il trattato di pace va sostenuto\n\
                  claim.en: -\nstem: trattat\nstem: firma\n";
    let data = parsed_topics(topics);
    let text = "Il Ghana ha firmato oggi il trattato di pace.";
    let corpus = corpus_with(text, data.clone());
    assert_eq!(cell_of(&corpus, "GH", "trattato").map(|c| c.stance), Some(Supports), "{:?}", corpus.stances);
    let text = "Il Togo ha criticato il trattato di pace. La cerimonia si è svolta a Vienna.";
    let corpus = corpus_with(text, data);
    let togo = cell_of(&corpus, "TG", "trattato");
    assert!(togo.is_none_or(|c| c.counts[0] == 0), "no support from a ceremony: {:?}", corpus.stances);
}

/// A participle whose agent follows ("le sanzioni chieste da Washington") is that agent's act,
/// no stance word of the sentence's subject, whose own word then decides; so is a stance word
/// that holds its "da", whatever the agent ("proposte dalla delegazione americana").
#[test]
fn a_participle_with_its_agent_is_the_agents() {
    use Stance::*;
    check("Il Brasile ha respinto le sanzioni chieste da Washington.", &[("BR", "sanctions", Opposes)]);
    check(
        "Il governo giapponese ha respinto le sanzioni proposte dalla delegazione americana.",
        &[("JP", "sanctions", Opposes)],
    );
}

/// A condition that opens its clause conditions the clause beside it: a conditional offer takes
/// no side ("pronte a…, ma solo se…").
#[test]
fn a_conditional_offer_takes_no_side() {
    use Stance::*;
    no_cell(
        "Il Giappone è pronto a sostenere nuove sanzioni, ma solo se il Consiglio di sicurezza lo chiederà.",
        "JP",
        "sanctions",
    );
    check("Il Giappone è pronto a sostenere nuove sanzioni.", &[("JP", "sanctions", Supports)]);
}

/// Endorsing is supporting: "non può avallare" opposes.
#[test]
fn endorsing_is_supporting() {
    use Stance::*;
    check(
        "«Tokyo non può avallare nuove sanzioni», ha detto il ministro degli Esteri giapponese.",
        &[("JP", "sanctions", Opposes)],
    );
}

/// Refusing one's consent is opposing, not denying a fact; defending a measure is supporting it.
#[test]
fn refusing_consent_and_defending() {
    use Stance::*;
    check("La delegazione giapponese ha negato il consenso alle nuove sanzioni.", &[("JP", "sanctions", Opposes)]);
    check("Il Giappone ha difeso le nuove sanzioni.", &[("JP", "sanctions", Supports)]);
}

/// Words of an actor's voice that say most of a topic's proposition in their own words, with no
/// stance word, support it; with a negation the proposition lacks, they oppose it. A quotation
/// that shares a word or two with it takes no side.
#[test]
fn words_that_restate_the_proposition() {
    use Stance::*;
    let topics = "[topic valle]\nname.it: valle\nname.en: valley\nclaim.it: Le acque della valle di Sarno \
                  spettano ai comuni rivieraschi\nclaim.en: -\nstem: Sarno\nphrase: acque della valle\n";
    let cell = |text: &str| {
        let data = parsed_topics(topics);
        let corpus = corpus_with(text, data);
        cell_of(&corpus, "JP", "valle").map(|c| c.stance)
    };
    let said = "«Le acque della valle di Sarno appartengono ai comuni rivieraschi, a nessun altro», ha detto \
                il ministro degli Esteri giapponese.";
    assert_eq!(cell(said), Some(Supports));
    let denied = "«Le acque della valle di Sarno non spettano soltanto ai comuni rivieraschi», ha detto il \
                  ministro degli Esteri giapponese.";
    assert_eq!(cell(denied), Some(Opposes));
    let named = "«Abbiamo visitato la valle di Sarno la settimana scorsa», ha detto il ministro degli Esteri \
                 giapponese.";
    assert_eq!(cell(named), None);
}

/// A stance word governs a complement past an aside between commas ("l'idea, circolata nei
/// giorni scorsi, di…"); the Pentagon speaks for the United States.
#[test]
fn a_complement_past_an_aside() {
    use Stance::*;
    check(
        "Il Pentagono ha bocciato l'idea, circolata nei giorni scorsi, di imporre nuove sanzioni.",
        &[("US", "sanctions", Opposes)],
    );
    // An aside that names a topic of its own is no aside the stance word reads past.
    no_cell("Il Giappone ha bocciato l'idea, legata alle sanzioni, di un nuovo vertice sulle armi.", "JP", "arms");
}

/// A word inside another topic's phrase names that topic only ("contributi obbligatori" is the
/// obligation's, not the contributions'); "storiche" hails nothing unless it qualifies a thing
/// one hails ("un accordo storico"); pushing a proposal again supports it.
#[test]
fn the_longest_term_names_the_topic() {
    use Stance::*;
    let topics = "[topic contributi]\nname.it: contributi\nname.en: contributions\nclaim.it: I donatori devono \
                  aumentare i contributi\nclaim.en: -\nstem: contribut\n\n[topic obbligo]\nname.it: obbligo\n\
                  name.en: obligation\nclaim.it: Le economie emergenti devono contribuire\nclaim.en: -\n\
                  phrase: contributi obbligatori\nstem: obblig\nstem: emergent\n";
    let cells = |text: &str| {
        let data = parsed_topics(topics);
        let corpus = corpus_with(text, data);
        ["contributi", "obbligo"].map(|topic| cell_of(&corpus, "IN", topic).map(|c| c.stance))
    };
    assert_eq!(
        cells("Il governo indiano ha definito l'idea di contributi obbligatori «sbagliata»."),
        [None, Some(Opposes)]
    );
    assert_eq!(
        cells(
            "«I contributi riflettono le responsabilità storiche dei ricchi», ha detto il ministro degli Esteri \
               indiano."
        ),
        [None, None]
    );
    assert_eq!(
        cells("«Un accordo storico sui contributi», ha detto il ministro degli Esteri indiano."),
        [Some(Supports), None]
    );
    assert_eq!(cells("Il governo indiano ha rilanciato la proposta di contributi volontari."), [Some(Supports), None]);
}

/// A relative clause between commas that opens with "cui" describes the actor before it: its
/// verb is no statement of the actor's, which comes after it, and its words take no side.
#[test]
fn a_relative_clause_with_cui_describes() {
    use Stance::*;
    let text = "La Svezia, nella cui zona economica esclusiva transitano le armi, si è dichiarata neutrale sulle \
                sanzioni.";
    check(text, &[("SE", "sanctions", Neutral)]);
    no_cell(text, "SE", "arms");
}

/// Not joining is opposing ("non aderirà"); not joining and not obstructing either, as "né… né",
/// is a neutrality declared.
#[test]
fn neither_joining_nor_obstructing() {
    use Stance::*;
    check(
        "«Il Giappone non aderirà alle nuove sanzioni», ha detto il ministro degli Esteri giapponese.",
        &[("JP", "sanctions", Opposes)],
    );
    check(
        "«Il Giappone non aderirà alle nuove sanzioni e non le ostacolerà», ha detto il ministro degli Esteri \
         giapponese.",
        &[("JP", "sanctions", Neutral)],
    );
}

/// A word that stops something inside a relative clause of the proposition's subject says who
/// it is about, not what it stops: "I migranti la cui domanda è respinta devono essere
/// rimpatriati" is for the flights, so protesting against them opposes it.
#[test]
fn a_relative_clause_in_the_proposition_turns_nothing() {
    use Stance::*;
    let topics = "[topic voli]\nname.it: voli\nname.en: flights\nclaim.it: I migranti la cui domanda è respinta \
                  devono essere rimpatriati con voli finanziati dagli Stati Uniti\nclaim.en: -\nstem: rimpatri\n\
                  stem: voli\n";
    let data = parsed_topics(topics);
    assert!(!data.topics[0].turned, "the relative clause's 'respinta' condemns nothing");
    let text = "Il governo honduregno ha protestato contro i voli di rimpatrio.";
    let corpus = corpus_with(text, data);
    assert_eq!(cell_of(&corpus, "HN", "voli").map(|c| c.stance), Some(Opposes), "{:?}", corpus.stances);
}

/// A side asked about ("non ha indicato se sosterrà…") is none; what a thing must not become
/// ("le sanzioni «non devono diventare un pretesto»") is a condition on it, no side against it.
#[test]
fn whether_and_warnings_take_no_side() {
    no_cell("Il Giappone non ha tuttavia indicato se sosterrà le nuove sanzioni.", "JP", "sanctions");
    no_cell(
        "Il ministro degli Esteri giapponese ha aggiunto che le sanzioni «non devono diventare un pretesto».",
        "JP",
        "sanctions",
    );
}

/// Not yet is no refusal: "non ha ancora firmato" takes no side, "non ha firmato" opposes.
#[test]
fn not_yet_is_no_refusal() {
    use Stance::*;
    no_cell("Il Giappone non ha ancora firmato le nuove sanzioni.", "JP", "sanctions");
    check("Il Giappone non ha firmato le nuove sanzioni.", &[("JP", "sanctions", Opposes)]);
}

/// The subject of what a verb of asking says is inside it: "…, chiedendo che il Giappone imponga
/// nuove sanzioni" is the Netherlands' request; L'Aia speaks for the Netherlands.
#[test]
fn the_subject_of_a_request_is_inside_it() {
    use Stance::*;
    check(
        "L'Aia ha bloccato la decisione, chiedendo che il Giappone imponga nuove sanzioni.",
        &[("NL", "sanctions", Supports)],
    );
}

/// A noun joined to the stance word by "e" shares its complement: in "sostegno e alleanza per
/// le sanzioni" the support is for the sanctions too, not only for the alliance.
#[test]
fn coordinated_nouns_share_their_complement() {
    use Stance::*;
    check(
        "Il Giappone ha espresso il suo pieno sostegno e la sua alleanza per le sanzioni.",
        &[("JP", "sanctions", Supports)],
    );
}

/// A claim's stems are counted once and its "deve" is none of them: two of four restated are
/// half the proposition.
#[test]
fn a_claims_stems_count_once() {
    use Stance::*;
    let topics = "[topic isola]\nname.it: isola\nname.en: island\nclaim.it: Il futuro di Varno deve essere deciso \
                  dai suoi abitanti\nclaim.en: -\nstem: Varno\n";
    let data = parsed_topics(topics);
    let text = "«Il futuro di Varno è una questione nostra», ha detto il ministro degli Esteri giapponese.";
    let corpus = corpus_with(text, data);
    assert_eq!(cell_of(&corpus, "JP", "isola").map(|c| c.stance), Some(Supports), "{:?}", corpus.stances);
}

/// Calling a measure the right answer or choice is backing it; saying it is not is opposing it.
#[test]
fn the_right_answer_is_support() {
    use Stance::*;
    check(
        "«Queste sanzioni sono la risposta giusta», ha dichiarato il ministro degli Esteri giapponese.",
        &[("JP", "sanctions", Supports)],
    );
    check(
        "«Le sanzioni non sono la scelta giusta», ha dichiarato il ministro degli Esteri giapponese.",
        &[("JP", "sanctions", Opposes)],
    );
}

/// A role's complements may be joined by "e" and an article ("per gli Affari politici e la
/// sicurezza dell'Unione africana"): the body at its end is whom the person speaks for.
#[test]
fn a_role_with_two_complements_speaks_for_its_body() {
    use Stance::*;
    check(
        "La commissaria per gli Affari politici e la sicurezza dell'Unione africana, Mariam Tchamba, si è detta \
         convinta che «le sanzioni siano la risposta giusta».",
        &[("AFRICAN-UNION", "sanctions", Supports)],
    );
}

/// Excluding that one would accept a measure is refusing it.
#[test]
fn excluding_acceptance_is_opposition() {
    use Stance::*;
    check("Il governo giapponese ha escluso che Tokyo accetti le nuove sanzioni.", &[("JP", "sanctions", Opposes)]);
}

/// Being among a measure's promoters is backing it; attacking it in words is opposing it.
#[test]
fn promoters_back_and_attackers_oppose() {
    use Stance::*;
    check("Il Giappone è stato tra i promotori delle nuove sanzioni.", &[("JP", "sanctions", Supports)]);
    check("Il governo giapponese ha attaccato le nuove sanzioni.", &[("JP", "sanctions", Opposes)]);
}

/// Two parties joined by a hyphen in a headline ("Giappone-Cina, firmato l'accordo") both act.
#[test]
fn parties_joined_by_a_hyphen_both_act() {
    use Stance::*;
    check(
        "Giappone-Cina, firmato l'accordo sulle sanzioni.",
        &[("JP", "sanctions", Supports), ("CN", "sanctions", Supports)],
    );
}

/// Disputing a measure is opposing it; a relative clause between commas that tells what the
/// subject did in the past is not its stance now.
#[test]
fn disputing_opposes_but_not_in_the_past() {
    use Stance::*;
    check("Il governo giapponese contesta le nuove sanzioni.", &[("JP", "sanctions", Opposes)]);
    let text =
        "Il Giappone, che in passato aveva contestato le sanzioni, ha dichiarato di sostenere le nuove sanzioni.";
    let corpus = Corpus::with_stances(vec![Document::parse("t", text)], gazetteer(), data(""));
    assert_ne!(cell_of(&corpus, "JP", "sanctions").map(|c| c.stance), Some(Opposes), "{:?}", corpus.stances);
}

/// Calling a measure superfluous is opposing it.
#[test]
fn superfluous_is_opposition() {
    use Stance::*;
    check("Il governo giapponese considera superflue le nuove sanzioni.", &[("JP", "sanctions", Opposes)]);
}

/// "Sostiene che…" maintains a claim: the claim's words take the side, not "sostiene".
#[test]
fn maintaining_that_is_no_support() {
    no_cell("Il governo giapponese sostiene che le sanzioni sono state decise a marzo.", "JP", "sanctions");
}

/// The ambassador a state summons, an adverb of time between ("ha convocato ieri
/// l'ambasciatore giapponese"), is the verb's object: his country takes no side by it.
#[test]
fn a_summoned_ambassador_is_an_object_past_an_adverb() {
    no_cell(
        "Il governo sudcoreano ha convocato ieri l'ambasciatore giapponese per esprimere «la ferma protesta» \
         contro le sanzioni.",
        "JP",
        "sanctions",
    );
}

/// Calling a measure the best or most reasonable solution is backing it; denying it is not.
#[test]
fn the_best_solution_is_support() {
    use Stance::*;
    check(
        "Tokyo ha fatto sapere che considera le sanzioni «la soluzione più ragionevole».",
        &[("JP", "sanctions", Supports)],
    );
    check("Tokyo ha fatto sapere che le sanzioni non sono la soluzione migliore.", &[("JP", "sanctions", Opposes)]);
}

/// Staying stopped is a stop ("l'impianto deve restare fermo"): for a proposition that the plant
/// must halt, it is the proposition's own action, which an obligation supports.
#[test]
fn staying_stopped_is_the_stop_itself() {
    use Stance::*;
    let topics = "[topic miniera]\nname.it: miniera\nname.en: mine\nclaim.it: L'impianto minerario deve sospendere \
                  l'attività\nclaim.en: -\nstem: sospension\nstem: impiant\n";
    let text = "Il governo rumeno ha fatto sapere che l'impianto deve restare fermo fino alle verifiche.";
    let corpus = corpus_with(text, parsed_topics(topics));
    assert_eq!(cell_of(&corpus, "RO", "miniera").map(|c| c.stance), Some(Supports), "{:?}", corpus.stances);
}

/// What a hypothesis supposes ("qualora le sanzioni venissero approvate") is no side taken.
#[test]
fn a_hypothesis_takes_no_side() {
    let text = "Il governo giapponese ha avvertito che reagirà qualora le nuove sanzioni venissero approvate.";
    let corpus = Corpus::with_stances(vec![Document::parse("t", text)], gazetteer(), data(""));
    assert_ne!(cell_of(&corpus, "JP", "sanctions").map(|c| c.stance), Some(Stance::Supports), "{:?}", corpus.stances);
}

/// In a proposition that condemns what it names, a term that names a stop itself ("moratoria",
/// "divieto") is the proposition's own act: backing the moratorium backs the proposition.
#[test]
fn a_stop_the_proposition_names_is_its_act() {
    use Stance::*;
    let topics = "[topic moratoria]\nname.it: moratoria\nname.en: moratorium\nclaim.it: L'estrazione dai fondali \
                  dovrebbe essere sospesa con una moratoria\nclaim.en: -\nstem: moratori\nstem: estrazion\n";
    let data = parsed_topics(topics);
    assert!(data.topics[0].turned, "suspending condemns what it names");
    let corpus = corpus_with("La Francia ha ribadito il proprio sostegno alla moratoria.", data);
    assert_eq!(cell_of(&corpus, "FR", "moratoria").map(|c| c.stance), Some(Supports), "{:?}", corpus.stances);
    let corpus = corpus_with("La Francia ha ribadito il proprio sostegno all'estrazione.", parsed_topics(topics));
    assert_eq!(cell_of(&corpus, "FR", "moratoria").map(|c| c.stance), Some(Opposes), "{:?}", corpus.stances);
}

/// A turned topic reads back as its author wrote it, its stop words among its own words.
#[test]
fn a_turned_topic_reads_back_as_written() {
    let topics = "[topic moratoria]\nname.it: moratoria\nname.en: moratorium\nclaim.it: L'estrazione dai fondali \
                  dovrebbe essere sospesa con una moratoria\nclaim.en: -\nstem: moratori\nstem: estrazion\n";
    let written = parsed_topics(topics).topics[0].as_written();
    assert_eq!(written.terms, vec!["moratori".to_owned(), "estrazion".to_owned()]);
    assert!(written.against.is_empty(), "{written:?}");
}

/// A name right after a noun its determiner opens qualifies the noun ("qualsiasi stanziamento
/// Ue", "i dazi Usa"): the actor named takes no position there; whoever speaks for it does.
#[test]
fn a_name_that_qualifies_a_noun_is_no_subject() {
    use Stance::*;
    no_cell(
        "L'Austria ha annunciato che si opporrà a qualsiasi stanziamento Ue a favore delle nuove sanzioni.",
        "EU",
        "sanctions",
    );
    check("Il portavoce Ue ha ribadito il sostegno alle nuove sanzioni.", &[("EU", "sanctions", Supports)]);
    // So after an article joined to "di": the head of the UN mission is summoned, the UN says
    // nothing; and the paragraph's voice after it is the state's that summoned him.
    check(
        "Il ministro degli Esteri giapponese ha convocato il capo della missione Onu. In serata il portavoce \
         dell'esecutivo ha chiesto la revoca delle nuove sanzioni.",
        &[("JP", "sanctions", Opposes)],
    );
    no_cell(
        "Il ministro degli Esteri giapponese ha convocato il capo della missione Onu. In serata il portavoce \
         dell'esecutivo ha chiesto la revoca delle nuove sanzioni.",
        "UN",
        "sanctions",
    );
}

/// A clause before the subject's, whose own subject speaks for no state, is not the subject's:
/// "L'opposizione chiede…, Seul convoca…" gives Seoul no side on what the opposition asks.
#[test]
fn a_clause_of_someone_else_before_the_subject_is_not_its() {
    no_cell("L'opposizione chiede nuove sanzioni, Seul convoca l'ambasciatore giapponese.", "KR", "sanctions");
}

/// What a concern is "per" is what worries, through a second "per" joined by "e": stance words
/// there are no side of the actor's.
#[test]
fn a_concern_about_two_things_takes_no_side_on_either() {
    use Stance::*;
    check(
        "Il Giappone ha espresso «preoccupazione per le minacce che accompagnano le nuove sanzioni e per il \
         rischio che le proteste degenerino».",
        &[("JP", "sanctions", Concerned)],
    );
}

/// In a proposition that names no stop, a phrase a reader wrote for it that a stop heads
/// ("sospensione delle trivellazioni" for "the drilling must go on") names what the topic stands
/// against: asking for it opposes the proposition. The topic reads back as written.
#[test]
fn a_phrase_headed_by_a_stop_names_what_the_topic_stands_against() {
    use Stance::*;
    let topics = "[topic trivellazioni]\nname.it: trivellazioni\nname.en: drilling\nclaim.it: Le trivellazioni \
                  nell'Adriatico devono proseguire\nclaim.en: -\nstem: trivellazion\nphrase: sospensione delle \
                  trivellazioni\n";
    let corpus = corpus_with("La Croazia ha chiesto la sospensione delle trivellazioni.", parsed_topics(topics));
    assert_eq!(cell_of(&corpus, "HR", "trivellazioni").map(|c| c.stance), Some(Opposes), "{:?}", corpus.stances);
    let corpus = corpus_with("La Croazia ha chiesto di accelerare le trivellazioni.", parsed_topics(topics));
    assert_eq!(cell_of(&corpus, "HR", "trivellazioni").map(|c| c.stance), Some(Supports), "{:?}", corpus.stances);
    let written = parsed_topics(topics).topics[0].as_written();
    assert_eq!(written.terms, vec!["trivellazion".to_owned(), "sospensione delle trivellazioni".to_owned()]);
    assert!(written.against.is_empty(), "{written:?}");
}

/// A voter's side is its own vote's, the vote word right before it: "13 voti a favore e
/// l'astensione della Cina" is China's abstention, no support (and, naming no topic of its own,
/// no side on the sanctions the text named before it).
#[test]
fn a_voter_takes_the_side_of_its_own_vote() {
    no_cell(
        "La risoluzione sulle nuove sanzioni è passata con 13 voti a favore e l'astensione della Cina.",
        "CN",
        "sanctions",
    );
}

/// A contrast that only limits what came before ("ma non in dieci mesi"), with no verb, stance
/// word or topic of its own, takes back its plainness: no side rather than plain support.
#[test]
fn a_limiting_contrast_takes_back_plain_support() {
    no_cell(
        "«Siamo pronti ad accettare le nuove sanzioni, ma non in dieci mesi», ha detto il ministro degli Esteri giapponese.",
        "JP",
        "sanctions",
    );
}

/// An act named by its infinitive, the subject of a judgement, takes the judgement's side: an
/// error to revoke the sanctions is support for them; a judgement with no stance word is no side.
#[test]
fn a_judged_act_takes_the_judgements_side() {
    use Stance::*;
    check("Secondo Tokyo revocare le nuove sanzioni adesso sarebbe un errore.", &[("JP", "sanctions", Supports)]);
    no_cell("Secondo Tokyo revocare le nuove sanzioni adesso sarebbe un regalo ai trafficanti.", "JP", "sanctions");
}

/// "a favore di…" right after the topic's noun says what the noun is for, no side of the actor's,
/// when a stance word before the noun governs it: opposing sanctions in someone's favour is
/// opposing them. Alone, it is still the actor's side.
#[test]
fn a_stance_phrase_after_the_noun_is_its_complement() {
    use Stance::*;
    check("La Francia si oppone alle sanzioni a favore di Mosca.", &[("FR", "sanctions", Opposes)]);
    check("La Francia ha votato contro le nuove sanzioni a favore di Kiev.", &[("FR", "sanctions", Opposes)]);
    check("Sulle nuove sanzioni la Francia si è detta a favore.", &[("FR", "sanctions", Supports)]);
}

/// A participle right after the topic's noun is the noun's adjective ("le sanzioni approvate
/// ieri"), no side of the actor's: criticising sanctions approved yesterday opposes them.
#[test]
fn a_participle_after_the_noun_is_its_adjective() {
    use Stance::*;
    check("La Russia ha criticato le sanzioni approvate ieri dal Consiglio.", &[("RU", "sanctions", Opposes)]);
    check("La Russia ha criticato duramente le nuove sanzioni approvate ieri.", &[("RU", "sanctions", Opposes)]);
    // After a verb that says what its object is, the participle is its judgement.
    check("Il Giappone ha giudicato le nuove sanzioni ingiustificate.", &[("JP", "sanctions", Opposes)]);
}

/// An organ's officer speaks for the state or body the role names, not for their nationality:
/// the Austrian director of a river commission is no voice of Austria.
#[test]
fn an_organs_officer_speaks_for_no_state_of_their_passport() {
    no_cell(
        "Il direttore generale della Commissione del Danubio, l'austriaco Markus Feldhofer, ha detto che l'organismo \
         «non si schiera» sulle nuove sanzioni.",
        "AT",
        "sanctions",
    );
}

/// "ma non" with no verb or stance word of its own, naming the topic again, denies the side before
/// it of what it names: support of some sanctions and not of others is mixed.
#[test]
fn an_elliptical_contrast_denies_the_side_before_it() {
    use Stance::*;
    check(
        "Tokyo è favorevole a nuove sanzioni sul petrolio, ma non a sanzioni che colpiscano i civili.",
        &[("JP", "sanctions", Mixed)],
    );
}

/// Not condemning and not supporting is a neutrality declared, but not across a contrast: "non
/// ha condannato…, ma … «non può sostenere»" takes the first back and opposes.
#[test]
fn a_neutrality_of_two_negations_stops_at_a_contrast() {
    use Stance::*;
    check(
        "Tokyo non ha condannato la proposta americana, ma il ministero degli Esteri giapponese ha fatto sapere \
         che il Giappone «non può sostenere» nuove sanzioni.",
        &[("JP", "sanctions", Opposes)],
    );
}

/// Words that restate a proposition support it; a "senza" that opens them, its phrase closed by a
/// comma, says what is needed, and supports it too.
#[test]
fn without_it_says_what_is_needed() {
    use Stance::*;
    let topics = "[topic imposta]\nname.it: imposta\nname.en: tax\nclaim.it: Il G20 deve introdurre un'imposta \
                  minima globale sui patrimoni dei miliardari\nclaim.en: -\nstem: impost\nstem: patrimon\n";
    let said = |quote: &str| {
        let text = format!("«{quote}», ha detto il viceministro delle Finanze sudafricano.");
        let corpus = corpus_with(&text, parsed_topics(topics));
        cell_of(&corpus, "ZA", "imposta").map(|c| c.stance)
    };
    assert_eq!(
        said("Senza un'imposta minima sui patrimoni, la progressività fiscale resta sulla carta"),
        Some(Supports)
    );
    assert_eq!(said("Un'imposta minima globale sui patrimoni non serve a nulla"), Some(Opposes));
}

/// Words said with irony mean the opposite of what they say: their stance words take no side.
#[test]
fn mocked_words_take_no_side() {
    no_cell(
        "Il ministro degli Esteri giapponese ha replicato con ironia: «Siamo molto preoccupati per le povere sanzioni».",
        "JP",
        "sanctions",
    );
}

/// A stop denied is no stop: for "the ban must hold with no exemption", a ban "senza deroghe" is
/// the proposition itself, and one "con deroghe" waives it.
#[test]
fn a_stop_denied_stops_nothing() {
    use Stance::*;
    let topics = "[topic divieto]\nname.it: divieto\nname.en: ban\nclaim.it: L'uso dell'olio pesante nelle acque \
                  artiche deve essere vietato subito, senza deroghe\nclaim.en: -\nstem: divieto\nstem: deroghe\nstem: olio\n";
    let side = |text: &str| {
        let corpus = corpus_with(text, parsed_topics(topics));
        cell_of(&corpus, "EU", "divieto").map(|c| c.stance)
    };
    assert_eq!(side("L'Unione europea è a favore di un divieto senza deroghe."), Some(Supports));
    assert_eq!(side("L'Unione europea è a favore di un divieto con deroghe."), Some(Opposes));
}

/// Support, then a contrast that opposes something the sentence does not name, in a sentence about
/// one topic: both sides of it.
#[test]
fn a_contrast_against_an_unnamed_part_is_mixed() {
    use Stance::*;
    check("Tokyo sostiene le nuove sanzioni, ma ha criticato il calendario.", &[("JP", "sanctions", Mixed)]);
}

/// Topics joined by "né… né" after a stance word share it: a neutrality declared on both.
#[test]
fn topics_joined_by_neither_share_the_stance_word() {
    let topics = "[topic sanzioni]\nname.it: sanzioni\nname.en: sanctions\nclaim.it: Le sanzioni vanno mantenute\n\
                  claim.en: -\nstem: sanzion\n\n[topic embargo]\nname.it: embargo\nname.en: embargo\nclaim.it: \
                  L'embargo va esteso\nclaim.en: -\nstem: embargo\n";
    let corpus = corpus_with("Il Giappone non si schiera né sulle sanzioni né sull'embargo.", parsed_topics(topics));
    for topic in ["sanzioni", "embargo"] {
        assert_eq!(cell_of(&corpus, "JP", topic).map(|c| c.stance), Some(Stance::Neutral), "{:?}", corpus.stances);
    }
}

/// A sentence that opens on its verb puts the subject after it, set off by "anche" or "pure", when
/// the verb takes no object there; after one that does, the name is its object.
#[test]
fn a_subject_after_the_verb_that_opens_its_sentence() {
    use Stance::*;
    check(
        "Il Consiglio ha approvato le nuove sanzioni. Ha votato contro anche il Giappone.",
        &[("JP", "sanctions", Opposes)],
    );
    check("Il Consiglio ha approvato le nuove sanzioni. Si è astenuta pure la Cina.", &[("CN", "sanctions", Neutral)]);
    no_cell("Il Consiglio ha approvato le nuove sanzioni. Ha criticato anche la Cina.", "CN", "sanctions");
}

/// A vote in a tally is on the one topic its sentence named before it, for or against: not an
/// abstention, and not a text that asks to stop the topic.
#[test]
fn a_vote_in_a_tally_is_on_what_passed() {
    use Stance::*;
    let passed = "Le nuove sanzioni, discusse per tre giorni, sono passate con il voto contrario del Giappone e \
                  l'astensione della Cina.";
    check(passed, &[("JP", "sanctions", Opposes)]);
    no_cell(passed, "CN", "sanctions");
    no_cell(
        "Il Consiglio ha approvato una risoluzione che chiede la revoca delle sanzioni, con il voto contrario del \
         Giappone.",
        "JP",
        "sanctions",
    );
}

/// A stance word that opens a sentence with no verb before it is its subject's predicate, not a
/// verb whose object the actor after it is.
#[test]
fn an_opening_stance_word_is_the_actors_predicate() {
    use Stance::*;
    check(
        "Il Consiglio ha votato ieri le nuove sanzioni. Sul fronte opposto il Giappone, che ha votato contro.",
        &[("JP", "sanctions", Opposes)],
    );
}

/// A neutrality declared through "volere" ("di non volersi schierare") is declared all the same.
#[test]
fn not_wanting_to_take_sides_is_neutrality() {
    check(
        "Il Giappone ha dichiarato di «non volersi schierare» sulle nuove sanzioni.",
        &[("JP", "sanctions", Stance::Neutral)],
    );
}

/// Asking that an actor not obstruct something supports it; what is asked of that actor is the
/// asker's position, not its own, and words quoted in the clause the request opens are the
/// asker's.
#[test]
fn asking_that_no_one_obstruct_it_supports_it() {
    use Stance::*;
    let asked = "La Francia chiede che Tokyo non ostacoli le nuove sanzioni.";
    check(asked, &[("FR", "sanctions", Supports)]);
    no_cell(asked, "JP", "sanctions");
    check(
        "La Francia ha convocato l'ambasciatore giapponese per chiedere che Tokyo «non ostacoli» le nuove sanzioni.",
        &[("FR", "sanctions", Supports)],
    );
}

/// A view that opens the sentence ("Per il Giappone…") is the actor's, and calling something a
/// duty ("un atto dovuto") supports it. (Quoted, the words are nobody's for now: "Per l'Italia la
/// partita vale «una stagione intera»" is what a team plays for, not a state's view.)
#[test]
fn a_view_that_opens_the_sentence_is_the_actors() {
    use Stance::*;
    check("Per il Giappone le nuove sanzioni sono un atto dovuto.", &[("JP", "sanctions", Supports)]);
    check("Per il Giappone le nuove sanzioni sono necessarie.", &[("JP", "sanctions", Supports)]);
    // Set off before another subject, it says whom something is for: the subject takes the rest.
    no_cell("Per la Corea del Sud, il Giappone ha approvato le nuove sanzioni.", "KR", "sanctions");
}

/// A note a government issued speaks for its country ("diffusa dalla Casa Bianca"), and saying
/// something is not in one's interest opposes it.
#[test]
fn a_note_a_government_issued_is_its_countrys() {
    use Stance::*;
    check(
        "«Il Giappone sostiene pienamente le nuove sanzioni», si legge in una nota diffusa dalla Casa Bianca.",
        &[("US", "sanctions", Supports)],
    );
    check(
        "Il ministro degli Esteri francese ha dichiarato che le nuove sanzioni «non sono oggi nell'interesse dell'Europa».",
        &[("FR", "sanctions", Opposes)],
    );
}

/// Words quoted in a view that opens the sentence are the actor's ("Per X la misura era «…»"),
/// and committing not to apply something opposes it.
#[test]
fn words_quoted_in_a_view_are_the_actors() {
    use Stance::*;
    check("Per il Giappone le nuove sanzioni sono «un atto dovuto».", &[("JP", "sanctions", Supports)]);
    check("Tokyo ha annunciato che non applicherà le nuove sanzioni.", &[("JP", "sanctions", Opposes)]);
}

/// A name right after a noun with its adjective qualifies that noun ("le nuove sanzioni Ue"): no
/// subject; past a phrase a preposition opens, a name is the subject again.
#[test]
fn a_name_after_a_noun_and_its_adjective_qualifies_it() {
    use Stance::*;
    check("Budapest blocca le nuove sanzioni Ue dopo il voto contestato.", &[("HU", "sanctions", Opposes)]);
    no_cell("Budapest blocca le nuove sanzioni Ue dopo il voto contestato.", "EU", "sanctions");
    check("Con la stessa fermezza Tokyo ha respinto le nuove sanzioni.", &[("JP", "sanctions", Opposes)]);
}

/// A semicolon closes a clause with a subject of its own: what it says is no part of the
/// statement of the actor after it.
#[test]
fn a_semicolon_closes_the_clause_before_the_actor() {
    use Stance::*;
    no_cell(
        "Quattro paesi hanno firmato le nuove sanzioni; il Giappone non l'ha fatto, ma ha approvato il patto.",
        "JP",
        "sanctions",
    );
    check(
        "Quattro paesi hanno firmato le nuove sanzioni; il Giappone non l'ha fatto, ma ha approvato il patto.",
        &[("JP", "partnership", Supports)],
    );
}

/// A voice the text places only by where its words come from ("Da Pechino, …") speaks for there,
/// not for the actor the paragraph was about; a fact a voice denies takes no side; a pause asked
/// for stops what it pauses.
#[test]
fn where_words_come_from_and_what_is_denied() {
    use Stance::*;
    let placed = "Il Giappone ha firmato il patto. Da Pechino, infine, un portavoce del ministero degli Esteri ha definito il patto «inaccettabile».";
    check(placed, &[("CN", "partnership", Opposes), ("JP", "partnership", Supports)]);
    no_cell(
        "Il Giappone ha firmato il patto. Da Pechino, infine, un portavoce del ministero degli Esteri ha negato che imprese statali cinesi abbiano chiesto nuove sanzioni nelle acque del Forum, come sostenuto da alcune ong.",
        "CN",
        "sanctions",
    );
    check("Tokyo chiede una pausa nei trasferimenti di armi.", &[("JP", "arms", Supports)]);
}

/// What a request asks a thing not to become is a condition on it, no side against it.
#[test]
fn asking_a_thing_not_to_become_something_takes_no_side() {
    no_cell(
        "Il rappresentante giapponese ha chiesto che le nuove sanzioni «non diventino uno strumento di pressione politica».",
        "JP",
        "sanctions",
    );
    check(
        "Il rappresentante giapponese ha chiesto che le nuove sanzioni non vengano approvate.",
        &[("JP", "sanctions", Stance::Opposes)],
    );
}

/// A vote's sentence that names several topics votes on the one named right after the vote, and
/// the next sentences of a vote are on it.
#[test]
fn a_vote_is_on_the_topic_named_right_after_it() {
    check(
        "Il Consiglio ha votato sulle nuove sanzioni con 12 voti favorevoli e 3 astensioni.\nIl Giappone ha votato a favore delle sanzioni, ma sul patto la linea di Tokyo non cambia.\nTra gli astenuti c'è la Corea del Sud, la cui delegazione ha spiegato di non voler «né bloccare né avallare» un testo ancora discusso.",
        &[("KR", "sanctions", Stance::Neutral)],
    );
}

/// Acting in application of a measure carries it out: support.
#[test]
fn acting_in_application_of_a_measure_supports_it() {
    check(
        "Il ministero dell'Energia giapponese ha confermato che le forniture resteranno sospese «in applicazione delle sanzioni».",
        &[("JP", "sanctions", Stance::Supports)],
    );
}

/// A text that says of a topic what its proposition says it is ("è vincolante") takes its side,
/// though another topic's stance word stands in the same sentence; it says nothing of another
/// topic.
#[test]
fn saying_what_the_proposition_says_of_the_topic_takes_its_side() {
    let topics = "[topic sentenza]\nname.it: sentenza\nname.en: ruling\nclaim.it: La sentenza arbitrale del 2016 è \
                  vincolante e va rispettata\nclaim.en: -\nstem: sentenz\n\n[topic cannoni]\nname.it: cannoni\n\
                  name.en: cannons\nclaim.it: L'uso dei cannoni ad acqua va condannato\nclaim.en: -\nstem: cannon\n\
                  stem: guardia costiera\n";
    let data = parsed_topics(topics);
    let text = "In una nota il ministero degli Esteri giapponese \"condanna le azioni pericolose\" della guardia costiera \
                cinese e ricorda che la sentenza arbitrale del 2016 \"è definitiva e giuridicamente vincolante\".";
    let corpus = corpus_with(text, data);
    assert_eq!(cell_of(&corpus, "JP", "sentenza").map(|c| c.stance), Some(Stance::Supports), "{:?}", corpus.stances);
    assert_eq!(cell_of(&corpus, "JP", "cannoni").map(|c| c.stance), Some(Stance::Supports), "{:?}", corpus.stances);
}

/// Refusing that something happen again ("Non ci sarà nessun nuovo scrutinio") opposes it.
#[test]
fn refusing_that_it_happen_again_opposes_it() {
    let topics = "[topic riconteggio]\nname.it: riconteggio\nname.en: recount\nclaim.it: Le autorità devono \
                  procedere al riconteggio delle schede\nclaim.en: -\nstem: riconteggi\nstem: scrutini\n";
    let text = "Il ministro degli Esteri boliviano, Pablo Arce Quiroga, ha parlato ieri a La Paz. «Non ci sarà nessun \
                nuovo scrutinio», ha scandito.";
    let corpus = corpus_with(text, parsed_topics(topics));
    assert_eq!(cell_of(&corpus, "BO", "riconteggio").map(|c| c.stance), Some(Stance::Opposes), "{:?}", corpus.stances);
}

/// Accusing another of something says where the other stands, not the accuser's side on the
/// topic: no cell for the accuser, unless a stance word in the accusation turns it.
#[test]
fn accusing_another_is_no_side_of_the_accuser() {
    no_cell(
        "Il Giappone ha bloccato le nuove sanzioni. La ministra sudcoreana ha risposto accusando Tokyo di «fare il gioco di Mosca».",
        "KR",
        "sanctions",
    );
    check(
        "La Corea del Sud ha accusato Tokyo di sostenere le sanzioni per interesse.",
        &[("KR", "sanctions", Stance::Opposes)],
    );
}

/// An infinitive of stopping in a proposition stops what follows it ("…e chiudere le
/// frontiere"), not the proposition's words before it: calling the sanctions illegal opposes
/// them.
#[test]
fn a_stop_in_the_proposition_turns_only_what_it_stops() {
    let topics = "[topic sanzioni-bissau]\nname.it: sanzioni\nname.en: sanctions\nclaim.it: La Cedeao deve imporre \
                  sanzioni economiche e chiudere le frontiere con la Guinea-Bissau\nclaim.en: -\nstem: sanzion\n";
    let text = "Il ministro degli Esteri maliano, Modibo Traoré, ha definito le sanzioni «illegali e disumane».";
    let corpus = corpus_with(text, parsed_topics(topics));
    assert_eq!(
        cell_of(&corpus, "ML", "sanzioni-bissau").map(|c| c.stance),
        Some(Stance::Opposes),
        "{:?}",
        corpus.stances
    );
}

/// A denied alternative after "e non" ("va risolta tra vicini e non in un tribunale") turns the
/// side for what it names; a verb denied after "e" goes on with its clause.
#[test]
fn a_denied_alternative_takes_the_other_side() {
    let topics = "[topic ricorso-corte]\nname.it: ricorso\nname.en: referral\nclaim.it: La disputa deve essere \
                  portata davanti alla Corte internazionale\nclaim.en: -\nstem: tribunal\nstem: cort\n";
    let text = "Per il ministro degli Esteri cileno, Pablo Ríos, la lite sul fiume «va risolta tra vicini e non in un \
                tribunale straniero».";
    let corpus = corpus_with(text, parsed_topics(topics));
    assert_eq!(
        cell_of(&corpus, "CL", "ricorso-corte").map(|c| c.stance),
        Some(Stance::Opposes),
        "{:?}",
        corpus.stances
    );
}

/// A proposition's predicate of six letters ("è valido") is echoed too: calling the accord
/// «valido» supports it.
#[test]
fn a_short_predicate_of_the_proposition_is_echoed() {
    let topics = "[topic accordo-canale]\nname.it: accordo\nname.en: accord\nclaim.it: L'accordo del 2012 sul canale \
                  è valido e va rispettato\nclaim.en: -\nstem: accord\nstem: intes\n";
    let text = "Il governo del Bahrein ha definito l'accordo del 2012 «valido e registrato presso le Nazioni Unite».";
    let corpus = corpus_with(text, parsed_topics(topics));
    assert_eq!(
        cell_of(&corpus, "BH", "accordo-canale").map(|c| c.stance),
        Some(Stance::Supports),
        "{:?}",
        corpus.stances
    );
}

/// The stance `text` gives `actor` on `topic`, with the topics `topics` (the data's format).
fn stance_in(topics: &str, text: &str, actor: &str, topic: &str) -> Option<Stance> {
    let corpus = corpus_with(text, parsed_topics(topics));
    cell_of(&corpus, actor, topic).map(|c| c.stance)
}

/// Support taken partly back by a contrast that voices a reservation ("condivide l'obiettivo,
/// ma giudica…", "ha firmato avvertendo però che…") or sets a condition ("favorevole a un
/// reintegro graduale, ma solo dopo la liberazione dei prigionieri": for in principle, against
/// as things are) is a mixed position; a contrast with another subject's plain act is not.
#[test]
fn a_reservation_or_condition_after_a_contrast_makes_support_mixed() {
    let moratorium = "[topic moratoria-pesca]\nname.it: moratoria\nname.en: moratorium\nclaim.it: La pesca \
                      nell'area deve essere sospesa per dieci anni\nclaim.en: -\nstem: moratori\n";
    let readmission = "[topic reintegro]\nname.it: reintegro\nname.en: readmission\nclaim.it: Il Paese deve \
                       essere riammesso nell'organizzazione\nclaim.en: -\nstem: reintegr\nstem: riammission\n";
    let cases = [
        (
            moratorium,
            "Il Canada condivide l'obiettivo della moratoria, ma giudica dieci anni «un periodo eccessivo».",
            "CA",
            "moratoria-pesca",
            Stance::Mixed,
        ),
        (
            moratorium,
            "Il Canada ha sottoscritto la moratoria avvertendo però che il divieto «non potrà essere eterno».",
            "CA",
            "moratoria-pesca",
            Stance::Mixed,
        ),
        (
            moratorium,
            "Il Canada ha sottoscritto la moratoria, ma la Norvegia ha firmato solo la dichiarazione finale.",
            "CA",
            "moratoria-pesca",
            Stance::Supports,
        ),
        (
            readmission,
            "La Malesia si dice favorevole a un reintegro graduale, ma solo dopo la liberazione dei prigionieri \
             politici.",
            "MY",
            "reintegro",
            Stance::Mixed,
        ),
        (
            readmission,
            "La Thailandia sostiene la riammissione, ma solo se la giunta fermerà i bombardamenti.",
            "TH",
            "reintegro",
            Stance::Mixed,
        ),
    ];
    for (topics, text, actor, topic, expected) in cases {
        assert_eq!(stance_in(topics, text, actor, topic), Some(expected), "{text}");
    }
}
