//! Statements and stances: where each actor stands on each topic, and the sentences that show it.
//!
//! **Actors** are the gazetteer's countries and the bodies news treats like one (the UN, the EU,
//! the West).
//!
//! **A statement is the actor's own.** A sentence is a statement of an actor only when the actor
//! itself speaks or acts in it, of three kinds ([`StatementKind`]):
//! - *said*: a quotation, or reported speech ("ha detto che…"), whose speaker speaks for the
//!   actor: the actor itself ("Seul ha detto"), its government, capital or palace, or a person
//!   whose role speaks for a state (`[voice]` in the lexicon: head of state or government,
//!   minister, spokesperson, ambassador, state agency) and none that does not (`[not-voice]`: an
//!   opposition leader, a former minister, an analyst). "Il ministro degli Esteri egiziano Karim
//!   Adel ha detto che…" is Egypt's; "il leader dell’opposizione egiziana" is nobody's.
//! - *reported*: the actor is the subject of a verb of statement or a stance verb ("Il Cairo
//!   ritiene che…", "Berlino si è detta contraria"), or "secondo Washington…".
//! - *act*: the actor is the subject of an act that takes a position (`[act]`: ha firmato, ha
//!   convocato l’ambasciatore, ha posto il veto, si è astenuta), or the agent of a participle
//!   that takes a side ("la risoluzione presentata dal Regno Unito", "le sanzioni condannate da
//!   Pechino").
//!
//! A sentence that merely names the actor ("le esportazioni verso la Germania"), describes it
//! ("la Corea del Nord, che da anni sviluppa missili"), has it as an object ("ha convocato
//! l’ambasciatore norvegese") or has it do something that takes no position ("dove Kim ha
//! inasprito i toni") is not its statement.
//!
//! **Voices the text describes.** A state's voice is often unnamed ("Il ministro degli Esteri
//! tunisino ha definito…", "un portavoce ha comunicato…"): the description is placed by the
//! country a few words on, before its verb, else by the actor its sentence or paragraph is about;
//! a person the gazetteer lacks takes the country of their role. An organ (`[organ]`: "il Consiglio
//! di pace e sicurezza dell'Unione africana", "il segretariato dell'Asean") speaks only for the
//! body named right after it; "il loro rappresentante" for the actor the sentence or paragraph is
//! about, "la Francia, il cui ambasciatore" for the one named right before. What a paragraph is about is the
//! last actor it had as a subject, named or described, else the one actor its lead names in any
//! form ("Durissima la risposta dell'Islanda.", "Secca la replica kosovara."), never a wire
//! dateline's city. A generic noun right before its verb ("L'organizzazione ha espresso…") stands
//! for that actor too. Subjects joined by "e" share their verb; a subject's verb may come past a
//! clause between commas ("Il Ciad, che non fa parte dell'Ecowas…, si è dichiarato"), and the actor
//! right before a relative clause is its subject ("la replica di Pechino, che ha appoggiato…").
//! A relative clause between commas that opens with "cui" ("La Svezia, nella cui zona economica
//! esclusiva passerebbe il cavo, si è dichiarata…") describes the actor: its verb is no statement
//! of the actor's and its words take no side.
//! What a verb says goes on past an aside between commas, to a complement that resumes with "di",
//! "a" or "che" ("Il Pentagono ha bocciato l'idea, circolata nei giorni scorsi, di affidare…").
//!
//! **Stance.** Each topic term in a statement's words takes the side of the stance word nearest
//! to it in its clause, within [`WINDOW`] words (a stance verb that opens a clause, "ha chiesto
//! che…", or whose subject is the actor, "L'Ue sostiene l'inserimento…", governs all of it; so
//! does any stance word in the actor's own quoted words when the clause names one topic), and a
//! stance word governs the first topic it meets on its side. What a concern is "per" is what it
//! is about, clauses on ("preoccupazione…, non solo per i trasferimenti di armi"). An obligation
//! A topic frame opening the sentence ("Quanto all'offerta cinese, «non è accettabile»", "Sulle
//! sanzioni, Tokyo…") is read in the clause it opens. An obligation
//! ("il riempimento debba essere sospeso", "le sanzioni vanno mantenute") supports what its
//! subject names, and an obligation to stop it ("le sanzioni vanno revocate") opposes it. A word that stops what it names, between the stance word and the topic's ("ha
//! chiesto la sospensione delle sanzioni") or as a passive right after the topic a request asks
//! for ("chiede che il progetto venga fermato"), turns the side, and so does a negation there
//! ("chiede che nessun cantiere si apra"); a declared neutrality before a stance
//! word ("si è astenuta nel voto sulla revoca…") makes it neutral. A negation in the four words
//! before, unless undone ("non ha mai nascosto il proprio sostegno"), turns support into opposition; a negated opposition, concern or request ("non ha
//! condannato", "senza chiederne il ritiro") takes no side, and beside a negated support ("non
//! aderirà alla coalizione e non ostacolerà…") makes it a declared neutrality, as "né… né" does.
//! What someone who speaks for no state says an actor holds ("secondo gli analisti, la Cina…") is
//! no statement of the actor's. Opposing what a topic stands against is supporting it; a proposition that condemns or stops what it names
//! ("… devono cessare") stands against its own words. A clause that is a condition ("qualsiasi
//! cooperazione deve conformarsi…"), denies a fact ("ha negato di aver fornito armi") or keeps the
//! writer's distance ("il cosiddetto…") takes no side; nor does a side asked about ("non ha
//! indicato se sosterrà…"), what a thing must not become ("non devono diventare un pretesto") or
//! what has not been done yet ("non ha ancora firmato"); nor does a stance word in words quoted from
//! nobody (scare quotes). A contrast ("ma") is a clause of its own, and one that takes a side on
//! something it does not name takes back the side before it, unless it only joins two words that
//! agree ("un passo tardivo ma necessario"); so is a second verb joined by "e"
//! ("…ai dazi e ha negato i sussidi"), and a second infinitive a request asks for, which the
//! request still governs ("chiedendo di revocare la decisione e di riammettere gli osservatori").
//! An infinitive that opens a clause judging it ("Allentarlo sarebbe un regalo alle milizie") and a
//! neutral place ("l'unico terreno neutrale") take no side. A vote that names no topic is about the one the last sentence of a
//! vote named, else the one its paragraph has just named.
//! Words of an actor's voice that take no side by any stance word but say most of a topic's
//! proposition in words of their own ("«Il futuro della Groenlandia spetta ai groenlandesi»" for
//! "Il futuro della Groenlandia deve essere deciso dai groenlandesi") support it, and oppose it
//! with a negation among them that the proposition lacks.
//!
//! **Cells.** An actor's stance on a topic sums the statements that take a side: support and
//! opposition together are mixed, concern that outweighs both is concern, a declared neutrality
//! ("si è detta neutrale", "si è astenuta") with nothing else is neutral. A statement that takes
//! no side makes no cell: silence, and words about a topic without a position, are not
//! neutrality. Curated overrides set a cell's stance, citing words that exist verbatim in a
//! document; the evaluation counts each one as a miss of the rules.

use crate::gazetteer::{EntityKind, Gazetteer};
use crate::mentions::{Form, PREPOSITIONS};
use crate::paragraphs::dateline;
use crate::quotes::headings;
use crate::reading::Reading;
use crate::span::SpanSet;
use crate::speakers::{Recent, Speaker, entity_of};
use crate::stance_data::{Override, Stance, StanceData};
use crate::stance_terms::{Role, Terms, TermsAt};
use crate::words::{IRREGULAR_PARTICIPLE_ENDINGS, Word, ends_like_participle};
use crate::{Diagnostic, Document, Quote, QuoteKind, Span};

/// "Il ministero sostiene che l'ex ministro sia vittima di una «persecuzione»": a stance word
/// that is also a verb of statement, before "che", maintains a claim; the claim's own words take
/// the side, not the verb.
fn maintains_claim(terms: &Terms, found: &TermsAt, lower: &[String], i: usize) -> bool {
    terms.roles_at(found, i).any(|role| role.verb && !role.act)
        && terms.cue_at(found, i).is_some()
        && lower.get(i + terms.cue_words_at(found, i)).is_some_and(|w| w == "che")
}

/// How many words after a contrast a word of reservation may come ("ma sta ancora valutando").
const RESERVATION_REACH: usize = 4;

/// How many words apart a stance word may be from the topic term it governs.
const WINDOW: usize = 10;

/// How many words after its subject the verb that makes a sentence the subject's statement may
/// come ("Seul, dal canto suo, ha immediatamente convocato").
const VERB_REACH: usize = 8;

/// An actor the sentence has as a subject.
struct Subject {
    actor: String,
    /// Whose statement it would be: the actor's id, or the person's who speaks for it.
    by: String,
    by_name: String,
    /// Its first word, and one past its last.
    word: usize,
    end: usize,
    /// Whether "secondo" reports it ("secondo Washington…").
    according: bool,
    /// Whether it is the agent of a stance participle ("la risoluzione presentata dal Regno
    /// Unito"): an act of its own.
    agent: bool,
    /// Whether it is the one a concern is placed in ("preoccupazione a Seul").
    experiencer: bool,
    /// The vote word whose voter it is ("l'astensione della Cina"), where what it says starts.
    vote: Option<usize>,
}

/// The articles that open a description of someone ("il portavoce", "un diplomatico").
const DETERMINERS: &[&str] = &["il", "lo", "la", "l", "i", "gli", "le", "un", "una", "uno"];

/// How a statement is the actor's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum StatementKind {
    /// Its own words, or a person's who speaks for it: a quotation or reported speech.
    Said,
    /// An act that takes a position: signing, protesting, vetoing, summoning an ambassador.
    Act,
    /// What the text reports it holds ("Seul ritiene…", "secondo Washington…").
    Reported,
}

impl StatementKind {
    /// `said`, `act`, `reported`.
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Said => "said",
            StatementKind::Act => "act",
            StatementKind::Reported => "reported",
        }
    }
}

/// What an actor said or did about one or more topics, in one sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Statement {
    /// Index of its document in the corpus.
    pub doc: usize,
    /// The actor's gazetteer id (a country, the UN, the West).
    pub actor: String,
    /// Whose statement it is: the speaker's id (`vladimir-putin`, `name:karim-adel`), or the
    /// actor's when the actor itself is the subject.
    pub by: String,
    /// Whose statement it is, as the text names them.
    pub by_name: String,
    /// Said, act or reported.
    pub kind: StatementKind,
    /// The words that show it: the quoted words with their marks, or the clauses of the actor.
    pub evidence: Span,
    /// Its sentence.
    pub sentence: usize,
    /// The quotations it is made of.
    pub quotes: Vec<String>,
    /// The topics it takes a side on, each with the side (a topic twice when two of its clauses
    /// take two sides).
    pub topics: Vec<(String, Stance)>,
}

/// One cell of the comparison: an actor's stance on a topic.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct StanceCell {
    /// The actor's gazetteer id.
    pub actor: String,
    /// The topic's id.
    pub topic: String,
    /// Where the actor stands.
    pub stance: Stance,
    /// Indices into the corpus's statements: those that take the cell's side first, the actor's
    /// own words before its acts and what is reported of it.
    pub statements: Vec<usize>,
    /// The statements that support, oppose, voice concern, declare neutrality.
    pub counts: [usize; 4],
    /// The curated override that set the stance, with where its evidence is.
    pub overridden: Option<(Override, usize, Span)>,
}

/// The actor `speaker` speaks for, if any: a country or body news treats like one, itself; a
/// person, body or unnamed source whose role speaks for its state.
fn voice_of(speaker: &Speaker, gazetteer: &Gazetteer, terms: &Terms) -> Option<String> {
    let country = speaker.country.clone()?;
    // A country itself; a document a country's government issued ("una nota di Palazzo Chigi").
    if speaker.id == country || speaker.id.starts_with("document:") {
        return Some(country);
    }
    let role = match gazetteer.entity(&speaker.id) {
        Some(entity) => entity.role_it.clone()?,
        // An unnamed source's words are its role ("fonti del governo americano").
        None if speaker.id.starts_with("source:") => speaker.name.clone(),
        None => speaker.role.clone()?,
    };
    // "il direttore generale della Commissione del Danubio, l'austriaco Markus Feldhofer": an
    // organ's officer speaks for the state its role names, not for the one of their passport.
    let names_country = || {
        let role = role.to_lowercase();
        let words: Vec<&str> = role.split(|c: char| !c.is_alphanumeric()).collect();
        gazetteer.entity(&country).is_some_and(|entity| {
            std::iter::once(&entity.name).chain(&entity.aliases).chain(&entity.adjectives).any(|name| {
                let name = name.to_lowercase();
                let parts: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
                words.windows(parts.len()).any(|window| window == parts.as_slice())
            })
        })
    };
    (terms.speaks_for_state(&role) && (!terms.organ_only(&role) || names_country())).then_some(country)
}

/// Whether the quotation marks in `span` of `text` pair up.
fn balanced(text: &str, span: Span) -> bool {
    let (mut opened, mut straight) = (0i32, 0usize);
    for c in span.of(text).chars() {
        match c {
            '«' | '“' => opened += 1,
            '»' | '”' => {
                opened -= 1;
                if opened < 0 {
                    return false;
                }
            }
            '"' => straight += 1,
            _ => {}
        }
    }
    opened == 0 && straight % 2 == 0
}

/// The statements of `doc`, the `doc_index`-th document.
pub(crate) fn statements(
    doc: &Document,
    doc_index: usize,
    readings: &[Reading],
    quotes: &[Quote],
    gazetteer: &Gazetteer,
    data: &StanceData,
    terms: &Terms,
) -> Vec<Statement> {
    let text = doc.text.as_str();
    // Indexed once, so that a sentence of thousands of quotations costs no more than their number.
    let mut of_sentence: Vec<Vec<&Quote>> = vec![Vec::new(); doc.sentences.len()];
    for quote in quotes.iter().filter(|q| q.doc == doc_index) {
        if let Some(list) = of_sentence.get_mut(quote.sentences.0) {
            list.push(quote);
        }
    }
    let quoted_spans = SpanSet::new(quotes.iter().filter(|q| q.doc == doc_index).map(|q| q.outer));
    let quoted = |span: Span| quoted_spans.covers(span);
    // Words in quotation marks: reported speech without marks ("Berlino chiede che…", says its
    // spokesperson) still has its own subject.
    let marked_spans =
        SpanSet::new(quotes.iter().filter(|q| q.doc == doc_index && q.kind != QuoteKind::Reported).map(|q| q.outer));
    let marked = |span: Span| marked_spans.covers(span);
    // Words in quotation marks that nobody is said to have spoken, with no verb of saying:
    // scare quotes, titles.
    let unspoken = SpanSet::new(
        quotes
            .iter()
            .filter(|q| q.doc == doc_index && q.voice().is_none() && q.cue.is_none() && q.kind != QuoteKind::Reported)
            .map(|q| q.outer),
    );
    let actor_of = |entity: usize| {
        let entity = &gazetteer.entities[entity];
        match entity.kind {
            EntityKind::Country => Some((entity.id.clone(), entity.id.clone(), entity.name.clone())),
            // A person names their country's position only by a role that speaks for it.
            _ => {
                let speaks = entity.role_it.as_deref().is_some_and(|role| terms.speaks_for_state(role));
                let country = entity.country.clone().filter(|_| speaks)?;
                Some((country, entity.id.clone(), entity.name.clone()))
            }
        }
    };
    // Headline and subhead lines sum up the story in a few words: no topic carries over there.
    let heads = headings(text, doc);
    let mut found: Vec<Statement> = Vec::new();
    let mut recent = Recent::default();
    // The last statement of an actor as the subject of its sentence, which the next may carry on.
    let mut previous: Option<Statement> = None;
    // The actor last named as a subject, with its paragraph: whom an unplaced voice speaks for.
    let mut paragraph_actor: Option<(String, usize)> = None;
    // The one topic the last sentence that named any was about, with its paragraph.
    let mut context_topic: Option<(usize, usize)> = None;
    // The one topic the last sentence of a vote that named any was about.
    let mut voted_topic: Option<usize> = None;
    let mut dateline_of: (Option<usize>, Option<Span>) = (None, None);
    for (index, sentence) in doc.sentences.iter().enumerate() {
        recent.enter(sentence.paragraph);
        let recently_named = recent.entities();
        let Reading { words, lower, mentions } = &readings[index];
        let found_terms = terms.find(lower);
        let clauses = clauses(text, words, lower);
        // The sentence's statements, each with the words its topics are read in.
        let mut in_sentence: Vec<(Statement, Span)> = Vec::new();
        // Quotations with no speaker that a described voice is given.
        let mut voiced: Vec<Span> = Vec::new();

        let outside: Vec<usize> = (0..words.len()).filter(|&i| !quoted(words[i].span)).collect();
        let has = |role: fn(&Role) -> bool| outside.iter().any(|&i| terms.roles_at(&found_terms, i).any(role));
        let concern = has(|role| role.concern);
        // Whether `span` is inside parentheses; mentions come in order, so the count runs on.
        let (mut counted_to, mut depth) = (sentence.span.start, 0i64);
        let mut aside = |span: Span| {
            if span.start < counted_to {
                (counted_to, depth) = (sentence.span.start, 0);
            }
            for c in text[counted_to..span.start].chars() {
                depth += i64::from(c == '(') - i64::from(c == ')');
            }
            counted_to = span.start;
            depth > 0
        };
        // Whether a name or description right after word `k` is its object: after a participle or
        // a verb of statement or act ("ha convocato l’ambasciatore", "ha accusato il governo"),
        // not after a verb of saying, whose subject it is ("ha detto il ministro").
        let saying = |k: usize| terms.roles_at(&found_terms, k).any(|r| r.verb && !r.act && r.cue.is_none());
        // "«…», ha protestato l'ambasciatore": after the words it gives, a verb's next name is its
        // subject, whatever else the verb can do.
        let inverted = |k: usize| {
            let head =
                if k > 0 && matches!(lower[k - 1].as_str(), "ha" | "hanno" | "aveva" | "avevano") { k - 1 } else { k };
            crate::marks::follows_quotation(text, words[head].span.start)
        };
        // A participle after its auxiliary ("ha convocato", "è stato espulso"), not a noun that
        // ends like one ("sulla tassa di transito gli Stati Uniti…").
        let participle = |k: usize| {
            ends_like_participle(&lower[k])
                && (k.saturating_sub(3)..k).any(|a| {
                    matches!(
                        lower[a].as_str(),
                        "ha" | "hanno"
                            | "aveva"
                            | "avevano"
                            | "avrebbe"
                            | "avrebbero"
                            | "è"
                            | "sono"
                            | "era"
                            | "erano"
                            | "stato"
                            | "stata"
                            | "stati"
                            | "state"
                            | "aver"
                            | "essere"
                    )
                })
        };
        // "ha messo in guardia Bruxelles": a phrase's last word too.
        // Past an adverb of time between the verb and its object ("ha convocato ieri
        // l'ambasciatore di Danimarca").
        // Whether word `w` stands in the clause a request opens, a few words past its "che"
        // ("chiede che Pechino…").
        let in_request = |w: usize| {
            (w.saturating_sub(3)..w)
                .any(|k| lower[k] == "che" && k > 0 && terms.roles_at(&found_terms, k - 1).any(|r| r.request))
        };
        // A word among the first few of a sentence with no verb before it.
        let opening = |k: usize| {
            k <= OPENING_WORDS
                && (0..k).all(|w| {
                    !AUXILIARIES.contains(&lower[w].as_str()) && !terms.roles_at(&found_terms, w).any(|r| r.verb)
                })
        };
        let object_of = |mut k: usize| {
            while k > 0 && clauses[k - 1] == clauses[k] && crate::quotes::VERB_ADVERBS.contains(&lower[k].as_str()) {
                k -= 1;
            }
            !saying(k)
                && !inverted(k)
                && (participle(k)
                    // A verb or a gerund, not an adjective that opens the sentence before its
                    // subject ("Contraria la Germania", "Sul fronte opposto la Germania").
                    || terms.roles_at(&found_terms, k).any(|r| r.stating && (r.verb || crate::lexicon_data::is_gerund(&lower[k]) || !opening(k)))
                    || terms.phrases_ending_at(&found_terms, k).any(|r| r.stating && r.cue.is_some()))
        };
        let mut subjects: Vec<Subject> = Vec::new();
        let mut governed_before: Option<(usize, bool)> = None;
        // Where a wire's copy was filed ("TOKYO -") is nobody's subject. Found once a paragraph.
        if dateline_of.0 != Some(sentence.paragraph) {
            dateline_of =
                (Some(sentence.paragraph), doc.paragraphs.get(sentence.paragraph).and_then(|p| dateline(text, p.span)));
        }
        let dateline = dateline_of.1;
        let in_dateline = |span: Span| dateline.is_some_and(|d| d.contains(span.start));
        for mention in mentions.iter().filter(|m| !marked(m.span) && !aside(m.span) && !in_dateline(m.span)) {
            let start = mention.words.0;
            // The word before the mention, past an article ("verso l’Occidente").
            let before = start.checked_sub(1).map(|p| {
                let article = matches!(lower[p].as_str(), "il" | "lo" | "la" | "l" | "i" | "gli" | "le");
                if article && p > 0 && clauses[p - 1] == clauses[p] { p - 1 } else { p }
            });
            let preposition = before.map(|p| lower[p].as_str());
            // "Voto favorevole anche della Francia", "l'astensione della Cina": the one whose vote
            // it is, right after the vote.
            let vote = (start.saturating_sub(4)..start)
                .rev()
                .find(|&w| clauses[w] == clauses[start] && terms.roles_at(&found_terms, w).any(|r| r.vote))
                .filter(|_| preposition.is_some_and(|w| crate::mentions::OF.contains(&w)));
            let voter = vote.is_some();
            // "Per il Brasile la sospensione era «un atto dovuto»": a view that opens the sentence
            // ("Per l'Ucraina, gli Stati Uniti hanno approvato…" gives Ukraine nothing: the
            // subject after it takes the rest).
            let view = before == Some(0) && preposition == Some("per");
            let according = preposition == Some("secondo") || voter || view;
            // "la risoluzione presentata dal Regno Unito", "le sanzioni condannate da Pechino": the
            // agent of a participle that takes a side takes it.
            let agent = before.is_some_and(|p| {
                p > 0
                    && crate::mentions::FROM.contains(&lower[p].as_str())
                    && clauses[p - 1] == clauses[start]
                    && ends_like_participle(&lower[p - 1])
                    && terms.cue_at(&found_terms, p - 1).is_some()
            });
            // "tra Stati Uniti, Corea del Sud e Giappone": the preposition governs the whole list.
            let listed = governed_before.is_some_and(|(end, governed)| {
                governed
                    && (end..start).all(|w| matches!(lower[w].as_str(), "e" | "ed"))
                    && clauses[start] <= clauses[end.max(1) - 1] + 1
            });
            let governed =
                mention.after_preposition || listed || preposition.is_some_and(|w| PREPOSITIONS.contains(&w));
            // "ad inquietare Washington": the one a concern verb acts on feels the concern;
            // "accomunare Mosca e Pyongyang": another verb's object says nothing of its own.
            let after_infinitive = preposition
                .is_some_and(|w| w.len() > 4 && (w.ends_with("are") || w.ends_with("ere") || w.ends_with("ire")));
            // "ad inquietare Washington", "il patto preoccupa Tokyo".
            let concern_verb = data
                .cues
                .iter()
                .any(|(s, c)| *s == Stance::Concerned && preposition.is_some_and(|w| w.starts_with(c.as_str())));
            // "preoccupazione sia a Seul che a Washington": the concern placed in the actor just
            // before it; not any place named in a sentence that holds a concern word.
            let concern_before = (start.saturating_sub(7)..start)
                .any(|w| clauses[w] == clauses[start] && terms.roles_at(&found_terms, w).any(|r| r.concern));
            let experiencer =
                concern && (matches!(preposition, Some("a" | "ad" | "per")) && concern_before || concern_verb);
            governed_before = Some((mention.words.1, (governed || after_infinitive) && !experiencer));
            // "la replica di Pechino, che ha appoggiato…": the actor right before a relative clause
            // with a verb of its own is that verb's subject, governed or not.
            let end = mention.words.1;
            let relative_subject = end + 1 < words.len()
                && text[words[end - 1].span.end..words[end].span.start].trim() == ","
                && lower[end] == "che"
                && matches!(lower[end + 1].as_str(), "ha" | "hanno" | "si" | "aveva" | "avevano");
            if (governed || after_infinitive) && !experiencer && !according && !relative_subject && !agent {
                continue;
            }
            // "Sudan, via libera dell'Onu alla tregua": a headline's opening name and comma is its
            // label, not its subject.
            let label = heads[sentence.paragraph]
                && start == 0
                && words.get(mention.words.1).is_some_and(|next| text[mention.span.end..next.span.start].trim() == ",");
            if label {
                continue;
            }
            // "Ha votato contro pure Nauru", "Si è astenuta anche l'India": after a verb that opens
            // its sentence and takes no object (a reflexive one, or one its phrase completes), a
            // name past "anche" or "pure" is its subject. Not "Ha condannato anche la Francia".
            let opening = (0..start).find(|&w| !AUXILIARIES.contains(&lower[w].as_str()) && lower[w] != "si");
            let inverted_subject = before.is_some_and(|p| FOCUS_ADVERBS.contains(&lower[p].as_str()))
                && opening.is_some_and(|opening| {
                    let phrase_end = before.map_or(start, |p| p.saturating_sub(1));
                    opening <= 2
                        && start - opening <= INVERTED_SUBJECT_WORDS
                        && (opening..start).all(|k| clauses[k] == clauses[start] && !words[k].is_capitalized(text))
                        && (lower[0] == "si" || !ends_like_participle(&lower[phrase_end]))
                        && (opening..start).any(|k| terms.roles_at(&found_terms, k).any(|r| r.stating))
                });
            // The object of a verb says nothing of its own.
            if before.is_some_and(object_of) && !according && !experiencer && !agent && !inverted_subject {
                continue;
            }
            // "qualsiasi stanziamento Ue", "i dazi Usa": a name right after a noun that its
            // determiner opens qualifies that noun; not "il portavoce Ue", who speaks for it.
            // "il capo della missione Onu": so after an article joined to "di" or "in", of a
            // state or body, not a person ("del presidente Lula").
            let person = mention.entities.first().is_some_and(|&e| gazetteer.entities[e].kind == EntityKind::Person);
            let qualifies = start >= 2
                && matches!(mention.form, Form::Name | Form::Metonym)
                && text[words[start - 1].span.end..words[start].span.start] == *" "
                && !words[start - 1].is_capitalized(text)
                && (DETERMINERS.contains(&lower[start - 2].as_str())
                    || matches!(lower[start - 2].as_str(), "qualsiasi" | "qualunque" | "ogni" | "nessun" | "nessuna")
                    // "le nuove sanzioni Ue": past an adjective after the determiner.
                    || start >= 3
                        && DETERMINERS.contains(&lower[start - 3].as_str())
                        && !words[start - 2].is_capitalized(text)
                        && !PREPOSITIONS.contains(&lower[start - 1].as_str())
                        // "Con la stessa fermezza Washington ha respinto": a phrase a preposition
                        // opens ends before the subject.
                        && !(start >= 4 && PREPOSITIONS.contains(&lower[start - 4].as_str()))
                        && text[words[start - 3].span.end..words[start - 1].span.start].trim().chars().all(char::is_alphabetic)
                    || !person
                        && crate::articles::article(&lower[start - 2]).is_some_and(|a| a.joined.is_some())
                        && (crate::mentions::OF.contains(&lower[start - 2].as_str())
                            || lower[start - 2].starts_with("nel")))
                && !terms.roles_at(&found_terms, start - 1).any(|r| r.voice || r.organ);
            if qualifies && !according && !experiencer {
                continue;
            }
            let actor = match mention.form {
                Form::Source => mention.country.and_then(|c| {
                    let (actor, _, _) = actor_of(c)?;
                    let source = mention.span.of(text);
                    // "il governo olandese", "fonti diplomatiche americane"; not "i media americani".
                    terms.speaks_for_state(source).then(|| (actor.clone(), actor, source.to_owned()))
                }),
                Form::Name | Form::Epithet | Form::Metonym => entity_of(mention, &recently_named).and_then(&actor_of),
                Form::Adjective | Form::Unknown => None,
            };
            if let Some((actor, by, by_name)) = actor.filter(|(a, _, _)| subjects.iter().all(|s| s.actor != *a)) {
                subjects.push(Subject {
                    actor,
                    by,
                    by_name,
                    word: start,
                    end: mention.words.1,
                    according,
                    agent,
                    experiencer,
                    vote,
                });
            }
        }
        // "Da Pechino, infine, un portavoce del ministero degli Esteri ha negato…": where the
        // sentence opens with where its words come from, an unplaced voice speaks for there.
        let origin = mentions
            .iter()
            .find(|m| {
                m.words.0 == 1
                    && matches!(lower[0].as_str(), "da" | "dal" | "dalla" | "dall")
                    && words.get(m.words.1).is_some_and(|next| text[m.span.end..next.span.start].contains(','))
            })
            .and_then(|m| actor_of(m.country.or_else(|| m.entities.first().copied())?))
            .map(|(actor, _, _)| actor);
        // "La Caricom, la comunità di cui la Guyana fa parte, ha espresso…": the subject of a
        // relative clause is not what the paragraph is about.
        // Where the paragraph's lead named its actor, when this sentence is that lead.
        let mut lead_at: Option<usize> = None;
        let in_relative = |s: &Subject| {
            let before = s
                .word
                .checked_sub(1)
                .filter(|&p| !crate::articles::is_article(&lower[p]))
                .or_else(|| s.word.checked_sub(2));
            before.is_some_and(|p| matches!(lower[p].as_str(), "cui" | "che"))
        };
        if let Some(last) = subjects.iter().rev().find(|s| !in_relative(s)) {
            paragraph_actor = Some((last.actor.clone(), sentence.paragraph));
        } else if index == 0 || doc.sentences[index - 1].paragraph != sentence.paragraph {
            // "Durissima la risposta dell'Islanda.", "Secca la replica kosovara.", "Da Pechino la
            // reazione è arrivata in serata.", "A Berlino il ministro ha difeso…": a paragraph's
            // lead that names one actor, and no one else, says whom the paragraph's unplaced
            // voices speak for, its own included. Not a wire dateline's city.
            // A voice no country places ("il ministro") names no one else.
            let leads: Vec<&crate::mentions::Mention> = mentions
                .iter()
                .filter(|m| !marked(m.span) && !in_dateline(m.span))
                .filter(|m| !(m.form == Form::Source && m.country.is_none()))
                .collect();
            let mut named = leads
                .iter()
                .map(|m| m.country.or_else(|| m.entities.first().copied()).and_then(&actor_of).map(|(a, _, _)| a));
            if let Some(Some(first)) = named.next()
                && named.all(|other| other.as_ref() == Some(&first))
            {
                paragraph_actor = Some((first, sentence.paragraph));
                lead_at = leads.first().map(|m| m.words.0);
            }
        }
        // "Il ministro degli Esteri tunisino ha definito…", "l'ambasciata degli Stati Uniti ha
        // espresso…", "un portavoce ha comunicato…": a state's voice the text describes without
        // naming, placed by the country a few words on, else by the actor the sentence or its
        // paragraph is about.
        let mut described: Vec<Subject> = Vec::new();
        for w in 1..words.len() {
            // "L'organizzazione ha però espresso…": a generic noun right before its verb stands for
            // the actor the sentence or paragraph is about.
            let anaphor = matches!(lower[w - 1].as_str(), "l" | "il" | "la" | "lo")
                && terms.roles_at(&found_terms, w).any(|r| r.anaphor)
                && lower.get(w + 1).is_some_and(|next| {
                    matches!(next.as_str(), "ha" | "hanno" | "è" | "si" | "aveva" | "non")
                        || terms.roles_at(&found_terms, w + 1).any(|r| r.stating)
                });
            // "Il loro rappresentante", "il cui ambasciatore", "lo stesso portavoce": a possessive
            // between the article and the role points back to the actor the sentence or paragraph
            // is about.
            let possessive = w >= 2
                && matches!(lower[w - 1].as_str(), "suo" | "sua" | "loro" | "cui" | "stesso" | "stessa")
                && DETERMINERS.contains(&lower[w - 2].as_str());
            let article = if possessive { w - 2 } else { w - 1 };
            let organ = terms.roles_at(&found_terms, w).any(|r| r.organ);
            if !anaphor
                && (!(possessive || DETERMINERS.contains(&lower[w - 1].as_str()))
                    || !organ && !terms.roles_at(&found_terms, w).any(|r| r.voice))
            {
                continue;
            }
            let governed =
                article >= 1 && (PREPOSITIONS.contains(&lower[article - 1].as_str()) || lower[article - 1] == "e");
            if governed || article >= 1 && object_of(article - 1) || marked(words[w].span) {
                continue;
            }
            // A name, or a source the mentions already place ("il governo tedesco"); not the
            // capitalised role alone ("il Consiglio di pace e sicurezza dell'Unione africana").
            let read = |m: &&crate::mentions::Mention| {
                !(m.form == Form::Source && m.country.is_none() || m.form == Form::Unknown && m.words == (w, w + 1))
            };
            if mentions.iter().filter(read).any(|m| m.words.0 <= w && w < m.words.1) {
                continue;
            }
            // The description ends where its verb begins ("Il ministero ha chiesto il ritiro delle
            // unità dal nord del Kosovo" is no Kosovar ministry).
            let reach = (w + 1..words.len().min(w + 7)).take_while(|&k| {
                clauses[k] == clauses[w]
                    && !matches!(lower[k].as_str(), "ha" | "hanno" | "è" | "sono" | "aveva" | "avevano" | "si" | "che")
                    && !terms.roles_at(&found_terms, k).any(|r| r.verb)
            });
            let placed = reach.clone().find_map(|k| {
                let mention = mentions.iter().find(|m| m.words.0 == k)?;
                let (actor, _, _) = actor_of(mention.country.or_else(|| mention.entities.first().copied())?)?;
                Some((actor, mention.words.1))
            });
            // In the lead itself, only an actor named before the voice: "Il ministero chiede
            // sanzioni all'Ucraina" is no Ukrainian ministry.
            let about = || {
                subjects.first().map(|s| s.actor.clone()).or_else(|| origin.clone()).or_else(|| {
                    paragraph_actor
                        .as_ref()
                        .filter(|(_, p)| *p == sentence.paragraph && lead_at.is_none_or(|at| at < w))
                        .map(|(a, _)| a.clone())
                })
            };
            // "la Francia, il cui ambasciatore…": the one named right before.
            let whose = || {
                let antecedent = mentions.iter().find(|m| m.words.1 == article && lower[w - 1] == "cui")?;
                let (actor, _, _) = actor_of(antecedent.country.or_else(|| antecedent.entities.first().copied())?)?;
                Some((actor, w + 1))
            };
            let placed = placed.filter(|_| !anaphor && !possessive).or_else(whose);
            // Unplaced, the whole description up to its verb says whether it speaks for a state:
            // "il consiglio comunale", "il portavoce dell'opposizione" do not.
            let described_to = reach.last().map_or(w + 1, |k| k + 1);
            let Some((actor, end, said_to)) = placed
                .map(|(actor, end)| (actor, end, end))
                .or_else(|| about().filter(|_| !organ || anaphor).map(|a| (a, w + 1, described_to)))
            else {
                continue;
            };
            let role = Span::new(words[article].span.start, words[end - 1].span.end).of(text);
            let description = Span::new(words[article].span.start, words[said_to - 1].span.end).of(text);
            if !anaphor && !terms.speaks_for_state(description) {
                continue;
            }
            described.push(Subject {
                by: actor.clone(),
                by_name: role.to_owned(),
                actor,
                word: article,
                end,
                according: false,
                agent: false,
                experiencer: false,
                vote: None,
            });
        }
        // "un deputato dell'opposizione", "un gruppo di senatori": after an article or "di".
        let someone_not_a_voice = (1..words.len()).any(|w| {
            (DETERMINERS.contains(&lower[w - 1].as_str()) || lower[w - 1] == "di")
                && terms.roles_at(&found_terms, w).any(|r| r.not_voice)
                && !marked(words[w].span)
        });
        let described_actor = match &described[..] {
            [one] => Some(one),
            [first, rest @ ..] if rest.iter().all(|d| d.actor == first.actor) => Some(first),
            _ => None,
        };
        // The words a quotation's side is read in. A few quoted words are part of the sentence
        // that reports the position ("ha espresso «forte preoccupazione» per la diga"): it is read
        // whole. Whole quotations are read with the topic frame that opens their sentence
        // ("Quanto all'offerta cinese, «non è accettabile»").
        let frame = topic_frame(text, words, lower).map(|i| words[i].span.start);
        let quote_scope = |quote: &Quote| match frame {
            _ if quote.kind == QuoteKind::Partial => sentence.span,
            Some(end) if end <= quote.outer.start => Span::new(sentence.span.start, quote.text.end),
            _ => quote.text,
        };
        for &quote in &of_sentence[index] {
            // "ha negato che imprese statali abbiano chiesto licenze…": what a denial reports is
            // the fact denied, no side its words take.
            let denied = quote.kind == QuoteKind::Reported
                && quote.cue.is_some_and(|cue| {
                    (0..words.len()).any(|k| {
                        cue.start <= words[k].span.start
                            && words[k].span.end <= cue.end
                            && terms.roles_at(&found_terms, k).any(|r| r.sideless)
                    })
                });
            if denied {
                continue;
            }
            let Some(speaker) = quote.voice() else {
                // Words with no speaker in a sentence whose one voice is a description of a
                // state's: that voice's ("Il ministro degli Esteri tunisino ha definito l'intesa
                // «…»"), when a verb of saying attributes them or the voice comes first.
                // Not where the sentence introduces someone who speaks for no state: the words
                // are likelier theirs.
                // Nor where the verb opens a relative clause ("al premier canadese, che ha
                // definito…"): its antecedent spoke, and nobody resolved it.
                let relative = quote.cue.is_some_and(|cue| {
                    words.iter().rposition(|w| w.span.end <= cue.start).is_some_and(|k| lower[k] == "che")
                });
                // "«…», ha protestato l'ambasciatore cinese": an unnamed voice of a state right
                // after the verb that gives the words.
                let after_cue = || {
                    let cue = quote.cue?;
                    subjects.iter().find(|s| {
                        let between = &text[cue.end.min(words[s.word].span.start)..words[s.word].span.start];
                        words[s.word].span.start >= cue.end && between.split_whitespace().count() <= 1
                    })
                };
                let Some(voice) = described_actor
                    .filter(|voice| quote.cue.is_some() || words[voice.word].span.start < quote.outer.start)
                    .or_else(after_cue)
                    .filter(|_| !someone_not_a_voice && !relative)
                else {
                    continue;
                };
                voiced.push(quote.outer);
                if in_sentence.iter().all(|(s, _)| s.actor != voice.actor) {
                    let statement = Statement {
                        doc: doc_index,
                        actor: voice.actor.clone(),
                        by: voice.by.clone(),
                        by_name: voice.by_name.clone(),
                        kind: StatementKind::Said,
                        evidence: quote.outer,
                        sentence: index,
                        quotes: vec![quote.id.clone()],
                        topics: Vec::new(),
                    };
                    let scope = quote_scope(quote);
                    in_sentence.push((statement, scope));
                }
                continue;
            };
            let actor = voice_of(speaker, gazetteer, terms).or_else(|| {
                // "il ministero degli Esteri egiziano ha definito…": a description whose country
                // comes a few words after the words that named the speaker.
                if !speaker.id.starts_with("source:") && speaker.role.is_none() {
                    return None;
                }
                let in_sentence = text[sentence.span.start..sentence.span.end].to_ascii_lowercase();
                let named = in_sentence.find(&speaker.name.to_ascii_lowercase())? + sentence.span.start;
                let first = words.iter().position(|w| w.span.start >= named)?;
                // An unnamed source's mention may start at the same article.
                // Within the description: no verb on the way, and only "di" before the country
                // ("Il suo governo chiede a Londra…" is no British government).
                let within = |m: &&crate::mentions::Mention| {
                    (first + 1..m.words.0).all(|k| {
                        !AUXILIARIES.contains(&lower[k].as_str())
                            && !terms.roles_at(&found_terms, k).any(|r| r.verb || r.stating)
                    }) && m.words.0.checked_sub(1).is_none_or(|p| {
                        p <= first
                            || !PREPOSITIONS.contains(&lower[p].as_str())
                            || crate::mentions::OF.contains(&lower[p].as_str())
                    })
                };
                let (mention, country) = mentions
                    .iter()
                    .filter(|m| m.words.1 > first + 1 && m.words.0 <= first + 5)
                    .filter(within)
                    .find_map(|m| {
                        let (country, _, _) = actor_of(m.country.or_else(|| m.entities.first().copied())?)?;
                        Some((m, country))
                    })?;
                let role = Span::new(named, mention.span.end).of(text);
                (speaker.country.is_none() && terms.speaks_for_state(role)).then_some(country)
            });
            // "Berlino chiede… «…», ha detto la portavoce del governo federale": a voice whose
            // country the text does not give speaks for the actor its sentence, or else its
            // paragraph, is about; so does a document.
            let actor = actor.or_else(|| {
                let role = speaker.role.as_deref().unwrap_or(&speaker.name);
                // "L'organizzazione, si legge nel comunicato, «…»": a document no one is said to
                // have issued is the one the sentence or paragraph is about.
                let document = speaker.id.starts_with("document:");
                let voice =
                    speaker.country.is_none() && !speaker.is_known() && (document || terms.speaks_for_state(role));
                let about = subjects.first().map(|s| s.actor.clone()).or_else(|| origin.clone()).or_else(|| {
                    paragraph_actor.as_ref().filter(|(_, p)| *p == sentence.paragraph).map(|(a, _)| a.clone())
                });
                about.filter(|_| voice)
            });
            let Some(actor) = actor else { continue };
            // "un deputato dell’opposizione … ha parlato di «…»": where the sentence introduces
            // someone who speaks for no state, words given to the country itself are not its.
            if speaker.id == actor && someone_not_a_voice {
                continue;
            }
            // An actor the sentence names as its subject outweighs a speaker only inferred.
            if speaker.inferred && !subjects.is_empty() && subjects.iter().all(|s| s.actor != actor) {
                continue;
            }
            let kind = StatementKind::Said;
            match in_sentence.iter_mut().find(|(s, _)| s.actor == actor && s.kind == kind) {
                Some((statement, scope)) => {
                    // "ha definito l'accordo «…» e ha avvertito che «…»": each quotation's words
                    // are read with its own clause, as when it stood alone, and shown with it.
                    let own = quote_scope(quote);
                    statement.evidence = Span::new(
                        statement.evidence.start.min(quote.outer.start).min(scope.start),
                        quote.outer.end.max(statement.evidence.end),
                    );
                    *scope = Span::new(
                        scope.start.min(own.start).min(statement.evidence.start),
                        scope.end.max(own.end).max(statement.evidence.end),
                    );
                    statement.quotes.push(quote.id.clone());
                }
                None => in_sentence.push((
                    Statement {
                        doc: doc_index,
                        actor,
                        by: speaker.id.clone(),
                        by_name: speaker.name.clone(),
                        kind,
                        evidence: quote.outer,
                        sentence: index,
                        quotes: vec![quote.id.clone()],
                        topics: Vec::new(),
                    },
                    quote_scope(quote),
                )),
            }
        }

        for voice in described {
            if subjects.iter().all(|s| s.actor != voice.actor) {
                let at = subjects.iter().position(|s| s.word > voice.word).unwrap_or(subjects.len());
                subjects.insert(at, voice);
            }
        }
        // "Il ministro degli Esteri serbo ha chiesto…": a described voice is the paragraph's actor
        // as much as a named one.
        if let Some(last) = subjects.iter().rev().find(|s| !in_relative(s)) {
            paragraph_actor = Some((last.actor.clone(), sentence.paragraph));
        }
        let clause_start = |word: usize| (0..=word).find(|&w| clauses[w] == clauses[word]).unwrap_or(word);
        // The stance verbs whose subject is an actor ("L'Ue sostiene…"): each governs its clause.
        let mut main_verbs: Vec<usize> = Vec::new();
        // "Secondo gli analisti, la Cina si oppone…": what someone who speaks for no state says
        // an actor holds is theirs, not the actor's statement.
        let others_say = (0..words.len()).any(|w| {
            lower[w] == "secondo"
                && (w + 1..words.len().min(w + 4)).any(|k| terms.roles_at(&found_terms, k).any(|r| r.not_voice))
        });
        if others_say {
            subjects.clear();
        }
        for (n, subject) in subjects.iter().enumerate() {
            let Subject { actor, by, by_name, word, according, agent, experiencer, vote, .. } = subject;
            // What a sentence says of a subject runs from its clause to the next subject's; subjects
            // joined by "e" ("Groenlandia e Stati Uniti hanno firmato") share the verb after them.
            // A list ("Danimarca, Groenlandia e Stati Uniti hanno firmato") shares it too, when an
            // "e" closes it: "Secondo Pechino, Washington ha…" is no list.
            let and = |a: &Subject, b: &Subject| b.word == a.end + 1 && matches!(lower[a.end].as_str(), "e" | "ed");
            let comma = |a: &Subject, b: &Subject| {
                b.word == a.end
                    && text[words[a.end - 1].span.end..words[b.word].span.start].trim() == ","
                    && !a.according
                    && !b.according
            };
            // "Etiopia-Gibuti, firmato l'accordo": two parties joined by a hyphen.
            let hyphen = |a: &Subject, b: &Subject| {
                b.word == a.end && text[words[a.end - 1].span.end..words[b.word].span.start] == *"-"
            };
            let mut last = n;
            while let Some(b) = subjects.get(last + 1) {
                let a = &subjects[last];
                let closed = || {
                    (last + 1..subjects.len() - 1)
                        .take_while(|&k| and(&subjects[k], &subjects[k + 1]) || comma(&subjects[k], &subjects[k + 1]))
                        .any(|k| and(&subjects[k], &subjects[k + 1]))
                };
                if !(and(a, b) || hyphen(a, b) || comma(a, b) && closed()) {
                    break;
                }
                last += 1;
            }
            // "La Lettonia chiede che Pechino non ostacoli l'ispezione": what is asked of an actor
            // is the asker's position, not the actor's.
            let asked = n > 0 && in_request(*word);
            if asked {
                continue;
            }
            let next = subjects.get(last + 1).map(|s| s.word);
            let first_of_clause = subjects.iter().all(|s| clauses[s.word] >= clauses[*word]);
            // "L'opposizione chiede il riconteggio, Bissau convoca l'ambasciatore": a clause
            // before the subject's whose own subject speaks for no state is not the subject's.
            let others_before = (0..clause_start(*word)).any(|w| {
                let opens =
                    w == clause_start(w) || w == clause_start(w) + 1 && crate::articles::is_definite(&lower[w - 1]);
                opens && terms.roles_at(&found_terms, w).any(|r| r.not_voice)
            });
            // "Quattro paesi hanno firmato il trattato; gli Stati Uniti non l'hanno fatto": a
            // semicolon closes a clause with its own subject, no part of the statement after it.
            let semicolon = text[sentence.span.start..words[*word].span.start]
                .rfind(';')
                .and_then(|at| words.iter().find(|w| w.span.start > sentence.span.start + at))
                .map(|w| w.span.start);
            let scope_start = if first_of_clause && !others_before {
                semicolon.unwrap_or(sentence.span.start)
            } else {
                words[clause_start(*word)].span.start
            };
            // Not the wire's dateline before it ("COPENAGHEN — Danimarca, Groenlandia e…").
            let scope_start = match dateline {
                Some(d) if scope_start < d.end && d.end <= words[*word].span.start => {
                    words.iter().find(|w| w.span.start >= d.end).map_or(scope_start, |w| w.span.start)
                }
                _ => scope_start,
            };
            // "…, chiedendo che il Montenegro allinei la propria politica dei visti": the subject of
            // what a verb of saying or asking says is inside it, no statement of its own.
            let said_by_verb = |w: usize| {
                (w.saturating_sub(3)..w).any(|k| {
                    lower[k] == "che" && k > 0 && terms.roles_at(&found_terms, k - 1).any(|r| r.verb || r.request)
                })
            };
            let scope_end = next
                .filter(|w| clauses[*w] > clauses[*word] && !said_by_verb(*w))
                .map_or(sentence.span.end, |w| words[clause_start(w)].span.start);
            // The verb that makes it the subject's statement, right after it.
            let after = subjects[last].end;
            let limit = next.unwrap_or(words.len()).min(after + VERB_REACH).min(words.len());
            // "Il presidente americano ha telefonato al premier canadese, che ha definito…": a
            // relative clause of another noun has its own subject; the subject's own relative
            // comes right after it ("Il Ciad, che…").
            // Whether a comma stands right before word `w`.
            let comma_before = |w: usize| text[words[w - 1].span.end..words[w].span.start].contains(',');
            // "La Svezia, nella cui zona economica esclusiva passerebbe il cavo, si è dichiarata…":
            // a relative clause that opens with "cui" after a word or two is the subject's too.
            let relative = |k: usize| {
                lower[k] == "che" && comma_before(k)
                    || lower[k] == "cui" && (k.saturating_sub(2).max(after)..k).any(|p| p > 0 && comma_before(p))
            };
            let limit = (after + 1..limit).find(|&k| relative(k)).unwrap_or(limit);
            // "da Lima, finora, nessun commento": a statement said not to have been made is none.
            let stating_in = |from: usize, to: usize| {
                (from..to)
                    .filter(|&i| !marked(words[i].span))
                    .filter(|&i| i == 0 || !matches!(lower[i - 1].as_str(), "nessun" | "nessuna" | "senza"))
                    .find(|&i| terms.roles_at(&found_terms, i).any(|r| r.stating))
            };
            // "Il Ciad, che non fa parte dell'Ecowas e confina con il Niger, si è dichiarato…":
            // past a clause between commas right after the subject, however long.
            let between_commas = || {
                if after >= words.len() || !comma_before(after) {
                    return None;
                }
                let close = (after + 1..words.len().min(after + 30)).find(|&w| comma_before(w))?;
                let to = next.unwrap_or(words.len()).min(close + VERB_REACH).min(words.len());
                stating_in(close, to)
            };
            // "Ha votato contro pure Nauru", "Si è astenuta anche l'India": a sentence that opens
            // on its verb puts its one subject right after it.
            let inverted_verb = || {
                let opening = (0..*word).find(|&w| !AUXILIARIES.contains(&lower[w].as_str()) && lower[w] != "si")?;
                let plain = |k: usize| !words[k].is_capitalized(text) && !comma_before(k) && !marked(words[k].span);
                let right_after = *word > opening && *word - opening <= INVERTED_SUBJECT_WORDS;
                // Set off by "anche", "pure", maybe before its article.
                let focused = (word.saturating_sub(2)..*word).any(|k| FOCUS_ADVERBS.contains(&lower[k].as_str()));
                (n == 0 && opening <= 2 && right_after && focused && (opening + 1..*word).all(plain))
                    .then(|| stating_in(opening, *word))
                    .flatten()
            };
            let verb = stating_in(after, limit)
                .or_else(between_commas)
                .or_else(inverted_verb)
                .map(|i| (i, terms.roles_at(&found_terms, i).any(|r| r.act)));
            // A verb, not a noun: "questo sostegno", "il sostegno" are no one's act.
            let noun = |at: usize| {
                at > 0
                    && (DETERMINERS.contains(&lower[at - 1].as_str())
                        || PREPOSITIONS.contains(&lower[at - 1].as_str())
                        || matches!(
                            lower[at - 1].as_str(),
                            "questo" | "questa" | "quel" | "quello" | "quella" | "suo" | "sua" | "loro"
                        ))
            };
            if let Some((at, _)) = verb.filter(|&(at, _)| terms.cue_at(&found_terms, at).is_some() && !noun(at)) {
                main_verbs.push(at);
            }
            let kind = match (verb, *according || *experiencer) {
                (Some((_, true)), _) => StatementKind::Act,
                (None, _) if *agent => StatementKind::Act,
                (Some((_, false)), _) | (None, true) => StatementKind::Reported,
                (None, false) => continue,
            };
            // An act or a verb of statement says what it says in its own clause: "Mosca ha posto
            // il veto a una risoluzione…, sollevando preoccupazioni" is no concern of Moscow's.
            // "Parigi ha replicato: eventuali ritorsioni…": a colon opens what the verb says.
            let scope_end = match verb {
                // "…ma ha respinto le sanzioni": a contrast with no subject of its own goes on
                // with the same one.
                // "…, ribadendo la contrarietà alle sanzioni": a gerund of statement goes on saying.
                // "Tokyo ha ricordato ieri, in una conferenza stampa, che le sanzioni…": an aside
                // between commas before what a verb of saying says goes on saying it.
                Some((at, act)) if !*according => (at + 1..words.len())
                    .find(|&w| {
                        let at_clause = clauses[at];
                        let says_on = lower[w].ends_with("ndo") && terms.roles_at(&found_terms, w).any(|r| r.verb);
                        let aside_then_says = !act
                            && (w + 1..words.len().min(w + 10))
                                .take_while(|&k| clauses[k] <= clauses[w] + 1)
                                .any(|k| matches!(lower[k].as_str(), "che" | "di" | "a" | "ad") && comma_before(k));
                        // …and what it goes on saying past that aside ("l'idea, circolata nei giorni
                        // scorsi, di affidare…").
                        let after_aside = !act
                            && matches!(lower[w].as_str(), "che" | "di" | "a" | "ad")
                            && comma_before(w)
                            && clauses[w] > at_clause + 1
                            && (0..w).filter(|&k| clauses[k] + 1 == clauses[w]).count() <= ASIDE_WORDS;
                        clauses[w] > clauses[w - 1]
                            && !matches!(lower[w].as_str(), "ma" | "e" | "ed")
                            && !says_on
                            && !aside_then_says
                            && !after_aside
                    })
                    .filter(|&w| !text[words[w - 1].span.end..words[w].span.start].contains(':'))
                    .map_or(scope_end, |w| scope_end.min(words[w].span.start)),
                _ => scope_end,
            };
            // "…con 14 voti a favore e l'astensione della Cina": a voter's side is its own vote's.
            let scope_start = vote.map_or(scope_start, |at| scope_start.max(words[at].span.start));
            // …and ends where the next vote of the tally begins ("il voto contrario dell'Argentina
            // e l'astensione della Bolivia"), before the words that join it.
            let scope_end = match vote {
                Some(_) => (subject.end..words.len())
                    .find(|&k| terms.roles_at(&found_terms, k).any(|r| r.vote))
                    .map(|next| {
                        let mut first = next;
                        while first > subject.end
                            && (crate::articles::is_article(&lower[first - 1])
                                || matches!(lower[first - 1].as_str(), "e" | "ed"))
                        {
                            first -= 1;
                        }
                        scope_end.min(words[first - 1].span.end)
                    })
                    .unwrap_or(scope_end),
                None => scope_end,
            };
            let scope = Span::new(scope_start, scope_end.max(scope_start));
            // "Il leader nordcoreano ha espresso «pieno sostegno» per la campagna bellica": the
            // actor's quoted words are read with what the sentence says it said them about.
            // Its evidence is the clauses and the words together ("Pechino ribadisce di non
            // riconoscerla: «È nulla»").
            if let Some((statement, quoted_scope)) = in_sentence.iter_mut().find(|(s, _)| s.actor == *actor) {
                *quoted_scope = Span::new(quoted_scope.start.min(scope.start), quoted_scope.end.max(scope.end));
                statement.evidence = Span::new(
                    statement.evidence.start.min(scope.start),
                    statement.evidence.end.max(scope.end.min(sentence.span.end)),
                );
                continue;
            }
            in_sentence.push((
                Statement {
                    doc: doc_index,
                    actor: actor.clone(),
                    by: by.clone(),
                    by_name: by_name.clone(),
                    kind,
                    evidence: scope,
                    sentence: index,
                    quotes: Vec::new(),
                    topics: Vec::new(),
                },
                scope,
            ));
        }

        // A quotation with no speaker right after a verb of statement ("esprimere «seria
        // preoccupazione»") is someone's words all the same, not scare quotes; so are words a
        // described voice was given (above).
        // So are words quoted in a view that opens the sentence ("Per il Brasile la sospensione
        // era «un atto dovuto»").
        let view_end = subjects
            .iter()
            .find(|s| s.according && s.word <= 2 && lower.first().is_some_and(|w| w == "per"))
            .map(|s| words[s.end - 1].span.end);
        let mut introduced: Vec<Span> = of_sentence[index]
            .iter()
            .filter(|q| q.voice().is_none())
            .filter(|q| {
                let before = words.iter().rposition(|w| w.span.end <= q.outer.start);
                // …or in the clause a request opens ("per chiedere che Pechino «non ostacoli»…").
                before.is_some_and(|b| terms.roles_at(&found_terms, b).any(|r| r.verb) || in_request(b + 1))
                    || view_end.is_some_and(|end| q.outer.start >= end)
            })
            .map(|q| q.outer)
            .collect();
        introduced.extend(voiced);
        let mut named: Vec<usize> = (0..words.len())
            .flat_map(|i| terms.roles_at(&found_terms, i).flat_map(|r| r.topics.iter().map(|&(t, _)| t)))
            .collect();
        named.dedup();
        let votes = has(|role| role.vote);
        // "La Svezia, nella cui zona economica esclusiva passerebbe il cavo, si è dichiarata…": a
        // relative clause between commas that opens with "cui" describes whom it follows, whose
        // words are another subject's; none of them is a stance word of the sentence.
        let pause_before = |k: usize| k > 0 && text[words[k - 1].span.end..words[k].span.start].contains(',');
        // So does one that opens with "che" and tells the past ("Mogadiscio, che in passato aveva
        // contestato…, ha invece salutato l'accordo"): what the subject did before, not its stance now.
        let past = |open: usize, close: usize| {
            lower[open..close].iter().any(|w| matches!(w.as_str(), "passato" | "aveva" | "avevano"))
        };
        let described: Vec<(usize, usize)> = (0..words.len())
            .filter(|&k| {
                (lower[k] == "cui" && (k.saturating_sub(2)..=k).any(pause_before))
                    || lower[k] == "che" && pause_before(k)
            })
            .filter_map(|k| {
                let open = (k.saturating_sub(2)..=k).find(|&p| pause_before(p))?;
                let close = (k + 1..words.len()).find(|&w| pause_before(w))?;
                (lower[k] == "cui" || past(open, close)).then_some((open, close))
            })
            .collect();
        let sides = |span: Span| {
            let unspoken = |i: usize| {
                let at = words[i].span;
                unspoken.covers(at) && !introduced.iter().any(|q| q.start <= at.start && at.end <= q.end)
                    || described.iter().any(|&(open, close)| open <= i && i < close)
            };
            // Only for a sentence that names no topic anywhere: one that names another is about it.
            // A vote is on what was last put to the vote, whatever its paragraph went on about
            // since ("Gli Stati Uniti hanno votato a favore del testo… «L'embargo…». Voto
            // favorevole anche della Francia").
            let last_vote = voted_topic.filter(|_| votes && named.is_empty() && !heads[sentence.paragraph]);
            // "La sospensione è passata con il voto contrario dell'Argentina": a vote in a tally
            // is on the one topic its sentence named before it; for or against it, not an
            // abstention, which takes no side of its own.
            let in_span = |i: usize| span.start <= words[i].span.start && words[i].span.end <= span.end;
            // Only a voter's own words, which open on its vote ("il voto contrario di…"), in a
            // sentence that says nothing of the topic before them but its name: "una risoluzione
            // che chiede la sospensione dei rimpatri, con il voto contrario di…" votes on the
            // suspension, against the topic.
            // Asides between commas ("La sospensione, decisa in base alla clausola…, è passata")
            // say nothing of what is voted.
            let before: Vec<usize> = (0..words.len()).filter(|&i| words[i].span.end <= span.start).collect();
            let pauses: Vec<usize> = before.iter().copied().filter(|&i| pause_before(i)).collect();
            let aside = |i: usize| {
                pauses.first().is_some_and(|&open| i >= open) && pauses.last().is_some_and(|&close| i < close)
            };
            let plain_before = before.iter().copied().filter(|&i| !aside(i)).all(|i| {
                terms.roles_at(&found_terms, i).any(|r| !r.topics.is_empty())
                    || terms.roles_at(&found_terms, i).all(|r| r.cue.is_none() && !r.request && !r.claim_against)
            });
            let tallied = (named.len() == 1
                && votes
                && plain_before
                && !heads[sentence.paragraph]
                && (0..words.len())
                    .any(|i| words[i].span.start == span.start && terms.roles_at(&found_terms, i).any(|r| r.vote))
                && !(0..words.len())
                    .any(|i| in_span(i) && terms.roles_at(&found_terms, i).any(|r| !r.topics.is_empty())))
            .then(|| named[0]);
            let context = last_vote.or(tallied).or(context_topic
                .filter(|(_, p)| *p == sentence.paragraph && !heads[*p] && named.is_empty())
                .map(|(t, _)| t));
            let quoted = |i: usize| marked(words[i].span);
            let reading =
                SentenceReading { text, words, lower, clauses: &clauses, found: &found_terms, main_verbs: &main_verbs };
            let mut found = topic_sides(&reading, span, data, terms, &unspoken, &quoted, context);
            if tallied.is_some() {
                found.retain(|(_, side)| *side != Stance::Neutral);
            }
            found
        };
        // "Non solo per gli impatti sulla guerra…": a sentence with stance words and nobody of its
        // own goes on with the statement the sentence before made of an actor as its subject.
        // Only a sentence with no verb of statement or act of its own, which would have a subject.
        // Not where someone who speaks for no state is named ("Un gruppo di senatori … ha messo in
        // guardia contro…"): the sentence is theirs.
        let carried = in_sentence.is_empty()
            && subjects.is_empty()
            && has(|role| role.cue.is_some())
            && !has(|role| role.verb)
            && !has(|role| role.not_voice);
        let same_paragraph = |p: &Statement| doc.sentences[p.sentence].paragraph == sentence.paragraph;
        // "Contraria la Germania.": a sentence with no verb that names actors of its own, no
        // preposition's, is about them, not the one before.
        let named_here: Vec<(String, String, String)> = mentions
            .iter()
            .filter(|m| !marked(m.span) && !in_dateline(m.span) && !m.after_preposition)
            .filter_map(|m| actor_of(m.country.or_else(|| m.entities.first().copied())?))
            .collect();
        if let Some(previous) =
            previous.take().filter(|p| carried && named_here.is_empty() && p.sentence + 1 == index && same_paragraph(p))
        {
            let statement = Statement { evidence: sentence.span, sentence: index, topics: Vec::new(), ..previous };
            in_sentence.push((statement, sentence.span));
        }
        // "«L'embargo ci lega le mani», ha protestato l'ambasciatore": a verb of saying that takes a
        // side takes it on the one topic its words name, when they hold no stance word of their
        // own, nor a condition, a denial or the writer's distance.
        let inside = |span: Span, i: usize| span.start <= words[i].span.start && words[i].span.end <= span.end;
        // A statement's first quotation and its words, when none of them takes a side of its own
        // (no stance word, condition, denial, distance or obligation): what the two readings
        // below read.
        let unsided_quote = |statement: &Statement| {
            let quote: &Quote = of_sentence[index].iter().find(|q| statement.quotes.first() == Some(&q.id))?;
            let quoted: Vec<usize> = (0..words.len()).filter(|&i| inside(quote.text, i)).collect();
            let own_side = |i: usize| {
                terms.cue_at(&found_terms, i).is_some()
                    || terms.roles_at(&found_terms, i).any(|r| r.sideless || r.obligation)
            };
            (!quoted.iter().any(|&i| own_side(i))).then_some((quote, quoted))
        };
        let said_side = |statement: &Statement| {
            let (quote, quoted) = unsided_quote(statement)?;
            let cue = quote.cue?;
            let side = (0..words.len())
                .filter(|&i| inside(cue, i) && !maintains_claim(terms, &found_terms, lower, i))
                .find_map(|i| terms.cue_at(&found_terms, i))?;
            let mut named = quoted.iter().flat_map(|&i| terms.roles_at(&found_terms, i).flat_map(|r| r.topics.iter()));
            let &(topic, against) = named.next()?;
            if named.any(|&(other, _)| other != topic) {
                return None;
            }
            Some((data.topics[topic].id.clone(), if against { flip(side) } else { side }))
        };
        // "«Il futuro della Groenlandia spetta ai groenlandesi»", said for an actor: words that
        // say most of a topic's proposition in their own words support it, and deny it when a
        // negation stands among them that the proposition lacks.
        let restated_side = |statement: &Statement| {
            let (quote, quoted) = unsided_quote(statement)?;
            let mut found_side = None;
            for topic in &data.topics {
                // The claim's own words, four letters each, once: not its function words nor its
                // "deve" ("Groenlandia" and "groenlandesi" are one).
                let mut stems: Vec<String> = Vec::new();
                let claim = topic.claim_it.to_lowercase();
                for word in claim.split(|c: char| !c.is_alphanumeric()) {
                    let stem: String = word.chars().take(4).collect();
                    let own = word.chars().count() > 3
                        && !crate::words::FUNCTION_WORDS.contains(&word)
                        && !data.obligations.iter().any(|o| o == word);
                    if own && !stems.contains(&stem) {
                        stems.push(stem);
                    }
                }
                let matched: Vec<usize> = quoted
                    .iter()
                    .copied()
                    .filter(|&i| stems.iter().any(|s| lower[i].starts_with(s.as_str())))
                    .collect();
                let distinct =
                    stems.iter().filter(|s| matched.iter().any(|&i| lower[i].starts_with(s.as_str()))).count();
                let names_topic =
                    matched.iter().any(|&i| terms.roles_at(&found_terms, i).any(|r| !r.topics.is_empty()));
                if distinct < 2 || distinct * 2 < stems.len() || !names_topic {
                    continue;
                }
                let negation = |w: &str| data.negations.iter().any(|n| n == w);
                let claim_negated = topic.claim_it.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(negation);
                let (first, last) = (matched[0], matched[matched.len() - 1]);
                // "«Senza un'imposta minima sui patrimoni, la progressività resta sulla carta»": a
                // "senza" that opens the words, its phrase closed by a comma, says what is needed.
                let needed = |i: usize| {
                    lower[i] == "senza"
                        && !quoted.contains(&(i.wrapping_sub(1)))
                        && quoted
                            .iter()
                            .any(|&k| k > last && text[words[k - 1].span.end..words[k].span.start].contains(','))
                };
                let said_negated =
                    (first.saturating_sub(2)..last).any(|i| inside(quote.text, i) && negation(&lower[i]) && !needed(i));
                if found_side.is_some() {
                    return None;
                }
                let side = if claim_negated == said_negated { Stance::Supports } else { Stance::Opposes };
                found_side = Some((topic.id.clone(), side));
            }
            found_side
        };
        for (mut statement, scope) in in_sentence {
            statement.topics = sides(scope);
            if statement.topics.is_empty() && statement.kind == StatementKind::Said {
                statement.topics.extend(said_side(&statement));
            }
            if statement.topics.is_empty() && statement.kind == StatementKind::Said {
                statement.topics.extend(restated_side(&statement));
            }
            if statement.quotes.is_empty() {
                previous = Some(statement.clone());
            }
            if statement.topics.is_empty() {
                continue;
            }
            // Evidence reads as a whole: trimmed, and the sentence when its marks do not pair up.
            let trimmed = statement.evidence.of(text).trim_end_matches([',', ';', ' ', ':']);
            statement.evidence = Span::new(statement.evidence.start, statement.evidence.start + trimmed.len());
            if !balanced(text, statement.evidence) {
                statement.evidence = sentence.span;
            }
            found.push(statement);
        }
        // The one topic this sentence names, if it names one, is what the next may go on about;
        // in a sentence of a vote, what the next votes are on.
        let one_topic = named.first().copied().filter(|&first| named.iter().all(|&t| t == first));
        if !named.is_empty() {
            context_topic = one_topic.map(|topic| (topic, sentence.paragraph));
            if votes && !heads[sentence.paragraph] {
                // "I Ventisette hanno votato compatti a favore dell'accordo, ma sui brevetti…": of
                // several, the one named right after the vote.
                // Not one of several its clause names ("Si è votato sulle sanzioni e sulla guerra").
                let topic_at =
                    |i: usize| terms.roles_at(&found_terms, i).find_map(|r| r.topics.first().map(|&(t, _)| t));
                let after_vote = || {
                    let vote = (0..words.len()).find(|&i| terms.roles_at(&found_terms, i).any(|r| r.vote))?;
                    let at = (vote..words.len().min(vote + VOTE_TOPIC_REACH)).find(|&i| topic_at(i).is_some())?;
                    let topic = topic_at(at)?;
                    let alone = (0..words.len())
                        .filter(|&j| clauses[j] == clauses[at])
                        .all(|j| topic_at(j).is_none_or(|other| other == topic));
                    alone.then_some(topic)
                };
                voted_topic = one_topic.or_else(after_vote);
            }
        }
        recent.update(mentions, gazetteer);
    }
    found
}

/// Places that are neutral ground, whoever calls them so ("un terreno neutrale").
const NEUTRAL_GROUND: &[&str] = &[
    "ambiente", "sede", "sedi", "terreno", "luogo", "luoghi", "zona", "zone", "territorio", "campo", "spazio", "città",
    "capitale",
];

/// How many words may open a verbless sentence before its subject ("Sul fronte opposto la
/// Germania").
const OPENING_WORDS: usize = 3;

/// Adverbs that set off a subject after its verb ("Ha votato contro anche la Francia").
const FOCUS_ADVERBS: &[&str] = &["anche", "pure", "persino", "perfino", "invece"];

/// How far after a verb that opens its sentence its subject may stand ("Ha votato contro pure
/// Nauru").
const INVERTED_SUBJECT_WORDS: usize = 6;

/// The forms of "avere" and "essere" that make a clause of a participle or adjective after them
/// ("ma ne ha chiesto la cancellazione", "ma è necessario").
const AUXILIARIES: &[&str] = &[
    "ha", "hanno", "ho", "abbiamo", "aveva", "avevano", "avrebbe", "avrebbero", "è", "sono", "era", "erano", "sarà",
    "sarebbe", "sia", "siamo", "resta", "restano", "rimane", "rimangono",
];

/// How many words after a verb of asking the clause it asks for may open.
const REQUEST_REACH: usize = 6;

/// How far after an act's infinitive the copula of its judgement may stand, one past the last
/// word it may be ("revocarlo adesso sarebbe…").
const JUDGED_REACH: usize = 7;

/// How many words after a vote the topic voted on may stand ("ha votato compatto a favore
/// dell'accordo").
const VOTE_TOPIC_REACH: usize = 7;

/// How many words after a concern its "per" complement's stance words may stand.
const CONCERN_REACH: usize = 5;

/// How many words an aside between commas may have ("oggi limitato al Darfur").
const ASIDE_WORDS: usize = 6;

/// The topics named in `span` of a sentence that it takes a side on, each with the side of its
/// nearest stance word; `unspoken` tells the words quoted from nobody. Where `span` names no
/// topic, the topic its paragraph has just been about (`context`), if one, takes the side of the
/// first stance word: "Il testo è passato con 120 voti. Il Brasile ha votato a favore."
/// `quoted` tells the words in quotation marks.
fn topic_sides(
    reading: &SentenceReading,
    span: Span,
    data: &StanceData,
    terms: &Terms,
    unspoken: &dyn Fn(usize) -> bool,
    quoted: &dyn Fn(usize) -> bool,
    context: Option<usize>,
) -> Vec<(String, Stance)> {
    let SentenceReading { text, words, lower, clauses, found, main_verbs } = *reading;
    let inside = (0..words.len()).filter(|&i| span.start <= words[i].span.start && words[i].span.end <= span.end);
    // Each stance word inside, with its side (none for a negated opposition or concern).
    let mut cues: Vec<(usize, Option<Stance>)> = Vec::new();
    // Those among them that a negation turned into opposition ("non riconosce").
    let mut negated_cues: Vec<usize> = Vec::new();
    // The negated oppositions ("non ostacolerà"), which take no side.
    let mut negated_oppositions: Vec<usize> = Vec::new();
    // Each topic term inside: (topic, word, whether it names what the topic stands against).
    let mut named: Vec<(usize, usize, bool)> = Vec::new();
    // The clauses that are conditions, denials of a fact or kept at a distance.
    let mut sideless: Vec<usize> = Vec::new();
    // The clauses of doing no more than something ("si è limitato a…"), where only a concern is
    // a side.
    let mut restrained: Vec<usize> = Vec::new();
    // The stance words that are obligations ("deve"), which govern only the words before them.
    let mut obligations: Vec<usize> = Vec::new();
    // Those whose stop word is already their side ("vanno revocate").
    let mut stopping: Vec<usize> = Vec::new();
    let inside: Vec<usize> = inside.collect();
    // A topic's own word is what is at stake, not a condition ("la condizionalità").
    let names_topic = |i: usize| terms.roles_at(found, i).any(|role| !role.topics.is_empty());
    let has = |i: usize, what: fn(&Role) -> bool| terms.roles_at(found, i).any(what);
    for &i in &inside {
        let any_obliged =
            has(i, |r| r.any) && inside.iter().any(|&k| k > i && clauses[k] == clauses[i] && has(k, |r| r.obligation));
        // "ha negato il consenso": a stance phrase that opens with a denial's word is the
        // phrase, no denial of a fact.
        let phrase = terms.cue_words_at(found, i) > 1;
        if (has(i, |r| r.sideless) && !phrase || any_obliged) && !names_topic(i) {
            sideless.push(clauses[i]);
        }
        if has(i, |r| r.restraint) {
            restrained.push(clauses[i]);
        }
    }
    // "Le Nazioni Unite sono pronte a offrire i buoni uffici, ma solo se entrambe le parti ne
    // faranno richiesta", "Solo se … sosterremo…": a condition that opens its clause, anywhere in
    // the sentence, conditions the clause beside it, which then takes no side either.
    for i in 0..words.len() {
        let opens_clause = (0..i)
            .filter(|&k| clauses[k] == clauses[i])
            .all(|k| matches!(lower[k].as_str(), "ma" | "e" | "però" | "anche"));
        if has(i, |r| r.condition) && opens_clause && !names_topic(i) {
            sideless.push(if clauses[i] > clauses[0] { clauses[i] - 1 } else { clauses[i] + 1 });
        }
    }
    // "ha replicato con ironia: «Siamo molto preoccupati per i poveri miliardari»": mocked words
    // say no side.
    let mocked = inside.iter().any(|&i| !quoted(i) && has(i, |r| r.mockery));
    // One past the last word of the stance phrase read last.
    let mut cued_to = 0;
    for &i in &inside {
        // "il riempimento debba essere sospeso", "l'embargo deve essere esteso": what an actor
        // says must be done, it supports. Only its subject: in "devono colpire chi arma le
        // milizie" the words after are another verb's.
        // "le sanzioni vanno mantenute": "va", "vanno" before a participle are an obligation.
        let passive_obligation = matches!(lower[i].as_str(), "va" | "vanno")
            && lower.get(i + 1).is_some_and(|next| ends_like_participle(next));
        // "le sanzioni vanno revocate", "i trasferimenti devono cessare": an obligation to stop
        // what its subject names opposes it.
        let to_stop = (i + 1..words.len().min(i + 4)).any(|k| has(k, |r| r.claim_against));
        let obliged = || {
            (has(i, |r| r.obligation) || passive_obligation).then(|| {
                obligations.push(i);
                if to_stop {
                    stopping.push(i);
                    Stance::Opposes
                } else {
                    Stance::Supports
                }
            })
        };
        // "non servono": the words of a stance phrase are no stance words of their own.
        let in_phrase = cued_to > i;
        cued_to = cued_to.max(i + terms.cue_words_at(found, i));
        if let Some(stance) = terms.cue_at(found, i).or_else(obliged).filter(|_| !unspoken(i) && !in_phrase) {
            // "non lo sostiene", "non siamo disposti ad accettare": a negation in the four words before, in
            // its clause, turns support into opposition; not opposing ("non ha condannato", "non
            // esclude") or not worrying is no side at all.
            // "non ha mai nascosto il proprio sostegno": a negation undone before the stance word.
            // "non è né a favore né contro": the "non" that "né… né" asks for turns nothing.
            let negated = lower[i] != "né"
                && (i.saturating_sub(4)..i).any(|n| {
                    clauses[n] == clauses[i]
                        && data.negations.iter().any(|neg| lower[n] == *neg)
                        && !(n + 1..i).any(|k| has(k, |r| r.litotes))
                });
            let request = terms.roles_at(found, i).any(|role| role.request);
            // "violerebbe la neutralità del canale": a neutrality someone would break, or a
            // thing's, is nobody's declared neutrality.
            let not_declared = stance == Stance::Neutral
                && (lower.get(i + 1).is_some_and(|next| crate::mentions::OF.contains(&next.as_str()))
                    && lower[i].starts_with("neutralit")
                    || (i.saturating_sub(3)..i).any(|k| clauses[k] == clauses[i] && has(k, |r| r.claim_against)));
            // "l'unico ambiente davvero neutrale", "una sede neutrale": a neutral place is no one's
            // declared neutrality.
            let thing_neutral = stance == Stance::Neutral
                && lower[i].starts_with("neutral")
                && (i.saturating_sub(3)..i).any(|k| NEUTRAL_GROUND.contains(&lower[k].as_str()));
            // "«Allentarlo oggi sarebbe un regalo alle milizie»": an infinitive that opens its
            // clause is what the clause then judges, no side of the speaker's by itself.
            let judged = looks_infinitive(&lower[i])
                && inside.iter().find(|&&w| clauses[w] == clauses[i]).is_some_and(|&first| first == i)
                && (i + 1..words.len().min(i + 5)).any(|k| {
                    clauses[k] == clauses[i]
                        && matches!(
                            lower[k].as_str(),
                            "sarebbe" | "è" | "sarà" | "significherebbe" | "significa" | "equivarrebbe" | "vorrebbe"
                        )
                });
            // "l'Ue blocca il panel chiesto da Brasilia": a participle whose agent follows is
            // that agent's act, not a side of the sentence's subject, which "blocca" gives.
            // A cue that holds its "da" ("presentata dalla procura peruviana") says so itself.
            let from_next = lower.get(i + 1).is_some_and(|w| crate::mentions::FROM.contains(&w.as_str()));
            let agent_after = (terms.cue_words_at(found, i) == 1
                && (ends_like_participle(&lower[i])
                    || IRREGULAR_PARTICIPLE_ENDINGS.iter().any(|e| lower[i].ends_with(e)))
                && from_next
                && words.get(i + 2).is_some_and(|w| w.is_capitalized(text))
                || terms.cue_words_at(found, i) == 2 && from_next)
                // Only past a side of its own clause ("blocca"): in "Le nuove sanzioni condannate
                // da Pechino entrano in vigore" the agent's act is the sentence's one side.
                && cues.iter().any(|&(at, side)| clauses[at] == clauses[i] && side.is_some());
            // "Il Camerun non ha ancora firmato": not yet is no refusal, and no side.
            let not_yet = negated && (i.saturating_sub(3)..i).any(|k| lower[k] == "ancora" && clauses[k] == clauses[i]);
            // "non ha indicato se sosterrà la missione": a side asked about, whether or not it
            // is taken, is none.
            let whether = (i.saturating_sub(2)..i).any(|k| lower[k] == "se" && clauses[k] == clauses[i]);
            // "i controlli «non devono diventare un collo di bottiglia»": what a thing must not
            // become is a condition on it, no side against it.
            // So is what a request asks a thing not to become ("ha chiesto che i controlli «non
            // diventino uno strumento di pressione politica»").
            let becoming = |w: &str| ["divent", "trasform", "tradu"].iter().any(|b| w.starts_with(b));
            let asked_not_to_become = request
                && (i + 1..words.len().min(i + REQUEST_REACH + 3)).any(|k| {
                    lower[k] == "non" && lower.get(k + 1).is_some_and(|w| becoming(w)) && clauses[k] == clauses[i]
                });
            let warning = negated
                && obligations.contains(&i)
                && lower.get(i + 1).is_some_and(|w| matches!(w.as_str(), "diventare" | "trasformarsi" | "tradursi"))
                || asked_not_to_become;
            let claims_that = !request && maintains_claim(terms, found, lower, i);
            // "ha criticato le sanzioni approvate ieri", "le schede contestate": a participle
            // right after a topic's word is that noun's adjective, no side of the sentence's; one
            // with its agent ("le sanzioni volute da Parigi") is that agent's act.
            let adjective = terms.cue_words_at(found, i) == 1
                && (ends_like_participle(&lower[i])
                    || IRREGULAR_PARTICIPLE_ENDINGS.iter().any(|e| lower[i].ends_with(e)))
                && named.iter().any(|&(_, j, _)| j + 1 == i)
                && !from_next
                // "l'idea di contributi obbligatori «sbagliata»": quoted apart from its noun, the
                // speaker's own word.
                && quoted(i) == quoted(i - 1)
                // "ha giudicato le sanzioni ingiustificate": what a verb says its object is.
                && !(0..i).rev().take_while(|&k| clauses[k] == clauses[i] && lower[k] != "che").any(|k| has(k, |r| r.predicative));
            // "accusando l'Ungheria di «fare il gioco di Minsk»": accusing another of something
            // says where the other stands, not the accuser's side on a topic the accusation does
            // not name; one it names or a stance word in it ("ha accusato Pechino di violare le
            // sanzioni", "…di sostenere le sanzioni") says it.
            let accused = lower[i].starts_with("accus")
                && (i + 1..words.len().min(i + 4)).find(|&k| lower[k] == "di").is_some_and(|of| {
                    (i + 1..of).any(|k| words[k].is_capitalized(text))
                        && !(of + 1..words.len())
                            .take_while(|&k| clauses[k] == clauses[i])
                            .any(|k| has(k, |r| r.cue.is_some()) || names_topic(k))
                });
            match stance {
                _ if accused => cues.push((i, None)),
                // Not a stance word of this clause at all: the topic word goes to another.
                _ if agent_after || claims_that || adjective => {}
                _ if whether || warning || not_yet => cues.push((i, None)),
                _ if not_declared || thing_neutral || judged || mocked && quoted(i) => cues.push((i, None)),
                _ if !negated => cues.push((i, Some(stance))),
                Stance::Supports if !request => {
                    negated_cues.push(i);
                    cues.push((i, Some(Stance::Opposes)))
                }
                Stance::Opposes => {
                    negated_oppositions.push(i);
                    cues.push((i, None))
                }
                _ => cues.push((i, None)),
            }
        }
        // "l'esercito russo impegnato in Ucraina": after "in", what a topic stands against is a
        // place, not what the words are for or against.
        let place = i > 0 && lower[i - 1] == "in";
        for role in terms.topic_roles_at(found, i) {
            named.extend(
                role.topics
                    .iter()
                    .filter(|&&(_, against)| !(against && place))
                    .map(|&(topic, against)| (topic, i, against)),
            );
        }
    }
    // "«Il Sultanato non aderirà alla coalizione e non ostacolerà il transito di nessuno»": not
    // joining and not obstructing, as "né… né", is a neutrality declared.
    // Not across a contrast: "Berlino non ha condannato la proposta, ma … «non può sostenere»
    // un'imposta" takes back the first and opposes.
    for cue in cues.iter_mut().filter(|(at, _)| negated_cues.contains(at)) {
        let (at, _) = *cue;
        let joined =
            |o: usize| !(o.min(at)..o.max(at)).any(|k| matches!(lower[k].as_str(), "ma" | "però" | "tuttavia"));
        if negated_oppositions.iter().any(|&o| joined(o)) {
            cue.1 = Some(Stance::Neutral);
        }
    }
    // "L'embargo sulle armi … deve essere esteso": what the topic stands against, a few words
    // after one of its own words in the clause, is that word's complement, not a second hit.
    let complements: Vec<(usize, usize)> = named
        .iter()
        .filter(|&&(topic, j, against)| {
            against
                && named
                    .iter()
                    .any(|&(other, k, own)| other == topic && !own && k < j && j - k <= 3 && clauses[k] == clauses[j])
        })
        .map(|&(topic, j, _)| (topic, j))
        .collect();
    named.retain(|&(topic, j, against)| !(against && complements.contains(&(topic, j))));
    // "preoccupazione per il rafforzamento della cooperazione": a stance word in what a concern
    // is "per" is what the concern is about, no side of its own.
    // "preoccupazione per le violenze e per il rischio che le contestazioni…": so is one in a
    // second "per" the first is joined to by "e".
    let concerns: Vec<usize> =
        cues.iter().filter(|&&(_, side)| side == Some(Stance::Concerned)).map(|&(at, _)| at).collect();
    let joined_per = |p: usize| {
        lower[p] == "per"
            && p > 0
            && lower[p - 1] == "e"
            && concerns.iter().any(|&concern| {
                concern < p
                    && (concern + 1..(concern + 3).min(p)).any(|q| lower[q] == "per")
                    && p - concern <= 3 * CONCERN_REACH
            })
    };
    let about_concern: Vec<usize> = cues
        .iter()
        .filter(|&&(at, _)| {
            concerns.iter().any(|&concern| {
                concern < at
                    && at - concern <= CONCERN_REACH
                    && clauses[concern] == clauses[at]
                    && (concern + 1..at).any(|p| lower[p] == "per")
            }) || (at.saturating_sub(CONCERN_REACH)..at).any(joined_per)
        })
        .map(|&(at, _)| at)
        .collect();
    cues.retain(|(at, _)| !about_concern.contains(at));
    // "revocare l'embargo adesso sarebbe un errore": an act named by its infinitive, the subject
    // of a judgement, takes the judgement's side (an error to do is opposed); with no stance word
    // in the judgement ("sarebbe un regalo ai signori della guerra"), no side at all.
    let judged: Vec<(usize, usize)> = cues
        .iter()
        .filter(|&&(at, side)| side.is_some() && looks_infinitive(&lower[at]))
        .filter_map(|&(at, _)| {
            let copula = (at + 1..(at + JUDGED_REACH).min(lower.len()))
                .find(|&k| matches!(lower[k].as_str(), "sarebbe" | "sarebbero" | "è" | "sarà" | "era"))?;
            (clauses[copula] == clauses[at]).then_some((at, copula))
        })
        .collect();
    for (act, copula) in judged {
        let verdict =
            cues.iter().find(|&&(c, side)| c > copula && clauses[c] == clauses[act] && side.is_some()).copied();
        let act_side = cues.iter().find(|(c, _)| *c == act).and_then(|&(_, side)| side);
        let judged_side = match verdict {
            Some((_, Some(Stance::Opposes))) => act_side.map(flip),
            Some((_, Some(Stance::Supports))) => act_side,
            _ => None,
        };
        let verdict_at = verdict.map(|(c, _)| c);
        cues.retain(|(c, _)| Some(*c) != verdict_at);
        if let Some(cue) = cues.iter_mut().find(|(c, _)| *c == act) {
            cue.1 = judged_side;
        }
    }
    // "ha applaudito l'obiettivo, ma ne ha chiesto la cancellazione": a contrast that takes a
    // side on something it does not name may take back what came before; no side, then.
    let contrast_of = |clause: usize| inside.iter().find(|&&w| clauses[w] == clause).is_some_and(|&w| lower[w] == "ma");
    // "un primo passo, tardivo ma necessario": a contrast with no verb and no negation, whose side
    // is the side before it, joins two words that agree and takes nothing back.
    let agreeing = |at: usize, side: Option<Stance>| {
        let clause = clauses[at];
        let own: Vec<usize> = inside.iter().copied().filter(|&w| clauses[w] == clause).collect();
        let verb = own
            .iter()
            .any(|&w| AUXILIARIES.contains(&lower[w].as_str()) || has(w, |r| r.verb || r.request || r.obligation));
        let negation = own.iter().any(|&w| data.negations.iter().any(|neg| lower[w] == *neg));
        let before: Vec<Option<Stance>> = cues.iter().filter(|(b, _)| clauses[*b] < clause).map(|&(_, s)| s).collect();
        !verb && !negation && !before.is_empty() && before.iter().all(|&s| s == side)
    };
    let unnamed_contrast = cues.iter().any(|&(at, side)| {
        side.is_some()
            && contrast_of(clauses[at])
            && !named.iter().any(|&(_, j, _)| clauses[j] == clauses[at])
            && !agreeing(at, side)
    });
    // "«Siamo pronti ad adeguarci, ma non in dieci mesi»": a contrast that only limits what came
    // before, with no verb, stance word or topic of its own, takes back its plainness: no side.
    let limiting_contrast = (0..inside.len()).any(|n| {
        let w = inside[n];
        let clause = clauses[w];
        let own: Vec<usize> = inside.iter().copied().filter(|&k| clauses[k] == clause).collect();
        lower[w] == "ma"
            && own.first() == Some(&w)
            && own.get(1).is_some_and(|&k| data.negations.iter().any(|neg| lower[k] == *neg))
            && !own.iter().any(|&k| {
                AUXILIARIES.contains(&lower[k].as_str())
                    || has(k, |r| r.verb || r.request || r.obligation)
                    || cues.iter().any(|&(c, _)| c == k)
                    || named.iter().any(|&(_, j, _)| j == k)
            })
            && cues.iter().any(|&(c, side)| clauses[c] < clause && side == Some(Stance::Supports))
    });
    // "Washington condivide l'obiettivo di una moratoria, ma giudica dieci anni «un periodo
    // eccessivo»": a contrast that opposes what the clause before supported, in a sentence about
    // one topic, takes both sides of it.
    let one_topic = named.first().map(|&(topic, _, _)| topic).filter(|&t| named.iter().all(|&(o, _, _)| o == t));
    let opposite_contrast = |first: Stance| {
        cues.iter().any(|&(at, side)| {
            contrast_of(clauses[at])
                && !named.iter().any(|&(_, j, _)| clauses[j] == clauses[at])
                && side == Some(flip(first))
        })
    };
    if unnamed_contrast
        && let Some(topic) = one_topic
        && let Some(&(_, Some(first))) =
            cues.iter().find(|&&(at, side)| side.is_some() && named.iter().any(|&(_, j, _)| clauses[j] == clauses[at]))
        && matches!(first, Stance::Supports | Stance::Opposes)
        && opposite_contrast(first)
    {
        let id = &data.topics[topic].id;
        return vec![(id.clone(), first), (id.clone(), flip(first))];
    }
    if unnamed_contrast || limiting_contrast {
        return Vec::new();
    }
    // "Washington condivide l'obiettivo di una moratoria, ma giudica dieci anni «eccessivi»",
    // "ha sottoscritto il testo avvertendo però che…": a contrast that voices a reservation after
    // the support of the sentence's one topic takes part of it back: both sides of it.
    let contrast = |k: usize| {
        let opens_clause = inside.iter().find(|&&w| clauses[w] == clauses[k]) == Some(&k);
        matches!(lower[k].as_str(), "ma" | "tuttavia") && opens_clause || lower[k] == "però"
    };
    // From the contrast on; "avvertendo però": past the verb that "però" follows.
    let reservation = |from: usize| {
        let start = if lower[from] == "però" { from.saturating_sub(1) } else { from + 1 };
        inside
            .iter()
            .copied()
            .filter(|&k| k >= start)
            .take(RESERVATION_REACH)
            // "ma solo se…", "ma solo dopo…": a condition the contrast sets is a reservation too.
            .find(|&k| has(k, |r| r.reservation || r.condition))
            .filter(|&r| {
                inside.iter().all(|&k| {
                    k <= from
                        || k >= r
                        || !cues.iter().any(|&(c, _)| c == k) && !data.negations.iter().any(|neg| lower[k] == *neg)
                })
            })
    };
    if let Some(topic) = one_topic
        && let Some(&(supported, Some(Stance::Supports))) =
            cues.iter().find(|&&(at, side)| side.is_some() && named.iter().any(|&(_, j, _)| clauses[j] == clauses[at]))
        && inside.iter().any(|&k| k > supported && contrast(k) && reservation(k).is_some())
    {
        let id = &data.topics[topic].id;
        return vec![(id.clone(), Stance::Supports), (id.clone(), Stance::Opposes)];
    }
    // "Giacarta è favorevole a norme vincolanti, ma non a un codice che tocchi la sovranità": a
    // contrast "ma non" (or "e non") with no verb or stance word of its own that names a topic says the side
    // before it, denied, of what it names.
    for n in 0..inside.len() {
        let w = inside[n];
        let clause = clauses[w];
        let own: Vec<usize> = inside.iter().copied().filter(|&k| clauses[k] == clause).collect();
        let Some(&negation) = own.get(1) else { continue };
        let elliptical = matches!(lower[w].as_str(), "ma" | "e" | "ed")
            && own.first() == Some(&w)
            && lower[negation] == "non"
            && own.iter().any(|&k| named.iter().any(|&(_, j, _)| j == k))
            && !own.iter().any(|&k| {
                AUXILIARIES.contains(&lower[k].as_str())
                    || has(k, |r| r.verb || r.request || r.obligation)
                    || cues.iter().any(|&(c, _)| c == k)
            });
        let before = cues
            .iter()
            .rev()
            .find(|&&(c, side)| clauses[c] + 1 == clause && matches!(side, Some(Stance::Supports | Stance::Opposes)));
        if let (true, Some(&(_, side))) = (elliptical, before) {
            let at = cues.partition_point(|&(c, _)| c < negation);
            cues.insert(at, (negation, side.map(flip)));
        }
    }
    if named.is_empty() {
        // Not an obligation: it says what its own subject must do, and the sentence names none.
        let first =
            cues.iter().find(|(at, _)| !sideless.contains(&clauses[*at]) && !obligations.contains(at)).and_then(
                |(at, side)| side.filter(|&side| !restrained.contains(&clauses[*at]) || side == Stance::Concerned),
            );
        return context.zip(first).map(|(topic, side)| (data.topics[topic].id.clone(), side)).into_iter().collect();
    }
    let mut sides = Vec::new();
    // Topics in column order, each from its few hits (no sort: in the wasm, one costs kilobytes).
    for (index, topic) in data.topics.iter().enumerate() {
        // Each word that names the topic, once; as what it stands against if any term there is.
        let mut at_words: Vec<(usize, bool)> = Vec::new();
        for &(_, i, against) in named.iter().filter(|hit| hit.0 == index) {
            match at_words.last_mut() {
                Some((word, was_against)) if *word == i => *was_against |= against,
                _ => at_words.push((i, against)),
            }
        }
        // The nearest stance word of each clause that names the topic: two clauses may take two
        // sides ("disponibile ad accelerare i rimpatri, ma ha escluso di riaccogliere…").
        let mut nearest: Vec<(usize, usize, Option<Stance>)> = Vec::new();
        for (i, against) in at_words {
            // A word that echoes another topic's proposition says nothing of this one.
            let echoes_another = |at: usize| {
                terms.roles_at(found, at).any(|r| !r.echo_of.is_empty())
                    && !terms.roles_at(found, at).any(|r| r.echo_of.contains(&index))
            };
            for &(at, stance) in cues.iter().filter(|&&(at, _)| !echoes_another(at)) {
                let distance = at.abs_diff(i);
                // "ha chiesto che l'erogazione dei fondi sia legata a … diritti umani": a stance
                // verb that opens a clause of its own governs all of it.
                let opens_clause =
                    i > at && lower.get(at + 1).is_some_and(|w| matches!(w.as_str(), "che" | "di" | "a" | "ad"));
                // "«L'uso dei cannoni ad acqua … è un atto illegale e pericoloso»": in the actor's
                // own words, a clause that names no other topic, a stance word far from the
                // topic's words still bears on it.
                let only_topic = quoted(i)
                    && quoted(at)
                    && named.iter().all(|&(topic, j, _)| topic == index || clauses[j] != clauses[i]);
                // "L'Ue sostiene inoltre l'inserimento nel testo finale di una data per l'uscita
                // dai combustibili fossili": an actor's own stance verb governs its clause.
                let governs = i > at && main_verbs.contains(&at);
                // "«Un intervento armato sarebbe una minaccia, e l'Algeria lo rifiuta»": a pronoun
                // right before the stance word, in a clause that names no topic, stands for the
                // topic of the clause before.
                let resumed = i < at
                    && clauses[i] + 1 == clauses[at]
                    && at > 0
                    && matches!(lower[at - 1].as_str(), "lo" | "la" | "li" | "le" | "l")
                    && !named.iter().any(|&(_, j, _)| clauses[j] == clauses[at]);
                // "L'embargo sulle armi, oggi limitato al Darfur, deve essere esteso": an aside
                // between commas stands between a subject and its obligation.
                let across_aside = i < at && obligations.contains(&at) && clauses[i] + 2 == clauses[at] && {
                    let aside: Vec<usize> = inside.iter().copied().filter(|&w| clauses[w] == clauses[i] + 1).collect();
                    (1..=ASIDE_WORDS).contains(&aside.len()) && aside.iter().all(|w| cues.iter().all(|(c, _)| c != w))
                };
                // "ha bocciato l'idea, circolata nei giorni scorsi, di affidare le navi a un comando
                // separato": past an aside between commas, a complement that goes on with "di",
                // "a" or "che" is the stance word's clause still.
                let past_aside = i > at && clauses[at] + 2 == clauses[i] && {
                    let aside: Vec<usize> = inside.iter().copied().filter(|&w| clauses[w] == clauses[at] + 1).collect();
                    let resumes = inside
                        .iter()
                        .find(|&&w| clauses[w] == clauses[i])
                        .is_some_and(|&w| matches!(lower[w].as_str(), "di" | "a" | "ad" | "che"));
                    resumes
                        && (1..=ASIDE_WORDS).contains(&aside.len())
                        && aside.iter().all(|w| cues.iter().all(|(c, _)| c != w))
                        && !aside.iter().any(|&w| named.iter().any(|&(_, j, _)| j == w))
                };
                // "ha chiesto di revocare la decisione e di riammettere gli osservatori": a request
                // governs each infinitive it asks for, joined by "e di".
                let conjunct = i > at
                    && has(at, |r| r.request)
                    && (clauses[at] + 1..=clauses[i]).all(|clause| {
                        inside.iter().find(|&&w| clauses[w] == clause).is_some_and(|&w| {
                            matches!(lower[w].as_str(), "e" | "ed")
                                && matches!(lower.get(w + 1).map(String::as_str), Some("di" | "a" | "ad"))
                        })
                    });
                let apart = distance == 0
                    || distance > WINDOW && !opens_clause && !only_topic && !governs && !resumed
                    || clauses[at] != clauses[i] && !resumed && !across_aside && !past_aside && !conjunct;
                // A stance word governs the side its nearest topic word is on: in "commercio …
                // e si sarebbero opposte alle sanzioni", the opposition is to the sanctions.
                // The topic's own words are what is at stake, not a side on it ("ritirare le
                // unità" for the withdrawal of the units).
                // Unless negated: "«non riconosce» la giunta" refuses what recognising it is.
                // Not an act the topic's words name ("ha firmato il trattato" with the stem
                // "firma"): doing the topic's own act takes its side.
                let own_word = named.iter().any(|&(topic, j, _)| topic == index && j == at)
                    && !negated_cues.contains(&at)
                    && !has(at, |r| r.act);
                // And on its side, the topic it meets first: "ha escluso un tavolo negoziale
                // sulle quote" excludes the table, not the quotas it would discuss (terms of two
                // topics side by side, "test missilistici", are one phrase).
                // "il «pieno sostegno e la ferma alleanza» per la campagna bellica": a noun joined
                // to the stance word by "e" shares its complement, which it does not take away.
                let coordinated_with_cue = |j: usize| {
                    at < j
                        && j < i
                        && (at + 1..j).any(|k| matches!(lower[k].as_str(), "e" | "ed"))
                        && j - at <= 4
                        && i - j <= 3
                        && lower
                            .get(j + 1)
                            .is_some_and(|w| matches!(w.as_str(), "per" | "a" | "al" | "alla" | "ai" | "alle"))
                };
                // "non si schiera né sulle perforazioni né sulla proposta di arbitrato": topics
                // joined by "né" after the stance word share it.
                let joined_topic = |j: usize| {
                    at < j
                        && j < i
                        && (j + 1..i).any(|k| lower[k] == "né")
                        && !cues.iter().any(|&(c, _)| j < c && c < i)
                };
                let nearer_other_side = named.iter().any(|&(topic, j, _)| {
                    j != at
                        && clauses[j] == clauses[at]
                        && j.abs_diff(at) < distance
                        && ((j < at) != (i < at) || topic != index && j.abs_diff(i) > 1)
                        && !coordinated_with_cue(j)
                        && !joined_topic(j)
                });
                let nearer = nearest.iter().any(|&(clause, d, _)| clause == clauses[i] && d <= distance);
                // "gli Stati membri devono dotarsi di una risposta comune": an obligation followed by
                // its infinitive governs the infinitive's object too.
                let infinitive_after = lower.get(at + 1).is_some_and(|next| looks_infinitive(next));
                // Its own object, not another verb's: "devono colpire chi arma le milizie".
                let own_object = infinitive_after
                    && i <= at + 4
                    && !(at + 2..i).any(|k| matches!(lower[k].as_str(), "chi" | "che" | "cui" | "quanti"));
                let after_obligation = i > at && obligations.contains(&at) && !own_object;
                // "ha sollevato preoccupazione …, non solo per i trasferimenti di armi, ma anche
                // per…": what a concern is "per" is what it is about, clauses on, while no other
                // stance word comes between.
                let concern_about = stance == Some(Stance::Concerned)
                    && i > at
                    && (i.saturating_sub(4).max(at + 1)..i).any(|p| lower[p] == "per")
                    && !cues.iter().any(|&(other, _)| at < other && other < i);
                let apart = apart && !concern_about;
                let nearer_other_side = nearer_other_side && !concern_about;
                // "voterà contro qualsiasi stanziamento a favore del progetto", "si oppone alle
                // sanzioni a favore di Mosca": a stance phrase opened by a preposition right after
                // the topic's word is that noun's complement (what the funds are for), no side of
                // the actor's while a stance word before the noun, in its clause, governs it.
                let complement_of_noun = i < at
                    && at - i <= 3
                    && matches!(lower[at].as_str(), "a" | "in")
                    && cues.iter().any(|&(before, side)| {
                        before < i && i - before <= WINDOW && clauses[before] == clauses[i] && side.is_some()
                    });
                if apart || own_word || nearer_other_side || nearer || after_obligation || complement_of_noun {
                    continue;
                }
                // "ha accusato Tokyo di sostenere le sanzioni", "ha condannato il sostegno alle
                // sanzioni": an opposition just before the stance word, in its clause, turns it.
                // Not a purpose: "ha posto il veto per sospendere il gruppo che controlla le
                // sanzioni" suspends as the veto does.
                let purpose = at > 0 && lower[at - 1] == "per";
                // Only a stance word before the topic's: in "contrarietà a nuove sanzioni
                // unilaterali" the adjective after the topic is one more opposition, not turned.
                // Not across a relative pronoun: in "una nota di protesta che chiede…" the request
                // is the note's own.
                let turned = !purpose
                    && at < i
                    && cues.iter().any(|&(before, side)| {
                        before < at
                            && at - before <= 6
                            && clauses[before] == clauses[at]
                            && side == Some(Stance::Opposes)
                            && !(before + 1..at).any(|k| matches!(lower[k].as_str(), "che" | "cui"))
                            // "respingendo come «un'ingerenza» ogni riconteggio": what "come"
                            // calls the object is no object of the first stance word.
                            && !(before + 1..at).any(|k| lower[k] == "come")
                    });
                // "ha chiesto che le sanzioni non vengano rinnovate", "ha chiesto di non imporre…",
                // "chiede che nessun cantiere si apra": a negation in the clause a request opens
                // asks for the opposite.
                // "invita le autorità cilene a «non concedere i permessi»": a request's clause
                // may open past whom it is addressed to.
                let request_opens = i > at
                    && has(at, |r| r.request)
                    && (at + 1..(at + REQUEST_REACH).min(i))
                        .any(|k| matches!(lower[k].as_str(), "che" | "di" | "a" | "ad"));
                // Not a negation of a stance word of its own, which says the side itself: "chiede
                // che Pechino «non ostacoli» l'ispezione" asks for the inspection.
                let turned = turned
                    != ((opens_clause || request_opens)
                        && has(at, |r| r.request)
                        && (at + 1..words.len().min(i + 4)).any(|k| {
                            clauses[k] == clauses[i]
                                && matches!(lower[k].as_str(), "non" | "nessun" | "nessuna" | "nessuno")
                                && !(k + 1..(k + 3).min(i)).any(|w| terms.cue_at(found, w).is_some())
                        }));
                // "chiediamo che i brevetti vengano sospesi": a clause that says the action a
                // turned topic proposes (a word of it that is no stance word: "sospesi", not
                // "condannato") names the proposition itself, its words unturned.
                // Not a stop denied: "un divieto senza deroghe" waives nothing.
                let says_action = |k: usize| {
                    has(k, |r| r.claim_against)
                        && terms.cue_at(found, k).is_none()
                        && !(k > 0 && data.negations.iter().any(|neg| lower[k - 1] == *neg))
                };
                // "ha chiesto la sospensione delle sanzioni": a word that stops what it names, between
                // the stance word and the topic's, turns the side on any topic.
                // "chiede che il progetto venga fermato": in the clause a request opens, a passive
                // that stops the topic right after it does too.
                let stopped_after = request_opens
                    && (i + 2..words.len().min(i + 4)).any(|k| {
                        clauses[k] == clauses[i]
                            && says_action(k)
                            && matches!(
                                lower[k - 1].as_str(),
                                "venga" | "vengano" | "sia" | "siano" | "venisse" | "fosse"
                            )
                    });
                let undone = at < i && (i.saturating_sub(3).max(at + 1)..i).any(says_action) || stopped_after;
                let says_it = topic.turned && inside.iter().any(|&k| clauses[k] == clauses[i] && says_action(k));
                let against = against != ((undone || says_it) && !stopping.contains(&at));
                // "si è astenuta nel voto sulla revoca delle sanzioni": neutral on the revocation is
                // neutral on the sanctions.
                let after_neutral = cues.iter().any(|&(before, side)| {
                    before < at && at - before <= 6 && clauses[before] == clauses[at] && side == Some(Stance::Neutral)
                });
                let side = if sideless.contains(&clauses[i])
                    || restrained.contains(&clauses[i]) && stance != Some(Stance::Concerned)
                {
                    None
                } else if after_neutral {
                    Some(Stance::Neutral)
                } else if against != turned {
                    stance.map(flip)
                } else {
                    stance
                };
                nearest.retain(|&(clause, _, _)| clause != clauses[i]);
                nearest.push((clauses[i], distance, side));
            }
        }
        let mut taken: Vec<Stance> = Vec::new();
        for side in nearest.iter().filter_map(|&(_, _, side)| side) {
            if !taken.contains(&side) {
                taken.push(side);
                sides.push((topic.id.clone(), side));
            }
        }
    }
    sides
}

/// What [`topic_sides`] reads of a sentence: its words, their lower case, their clauses, the
/// stance terms among them, and the stance verbs whose subject is an actor.
#[derive(Clone, Copy)]
struct SentenceReading<'a> {
    text: &'a str,
    words: &'a [Word],
    lower: &'a [String],
    clauses: &'a [usize],
    found: &'a TermsAt,
    main_verbs: &'a [usize],
}

/// The words a sentence opens with that name what the rest of it is about ("Quanto alla sentenza
/// arbitrale, Pechino…", "Sulle sanzioni, Tokyo…"): how many there are, up to the comma that
/// closes them.
fn topic_frame(text: &str, words: &[Word], lower: &[String]) -> Option<usize> {
    let word = |i: usize| lower.get(i).map_or("", String::as_str);
    let to = |w: &str| w == "a" || w == "ad" || w.starts_with("al");
    let opens = match word(0) {
        "quanto" | "riguardo" | "relativamente" => to(word(1)),
        "in" => word(1) == "merito" && to(word(2)),
        "a" => word(1) == "proposito" && crate::mentions::OF.contains(&word(2)),
        "su" | "sul" | "sulla" | "sullo" | "sull" | "sui" | "sugli" | "sulle" => true,
        _ => false,
    };
    // A frame is a few words: a comma far on closes a clause of another kind.
    let closes = |i: usize| text[words[i - 1].span.end..words[i].span.start].contains(',');
    opens.then(|| (2..words.len().min(10)).find(|&i| closes(i))).flatten()
}

/// The clause of each word: a new one starts after a comma, a semicolon, a colon, a parenthesis
/// or a dash; not after the comma that closes a topic frame, whose topic the clause is about.
fn clauses(text: &str, words: &[Word], lower: &[String]) -> Vec<usize> {
    let mut clause = 0;
    let frame = topic_frame(text, words, lower);
    let mut found = Vec::with_capacity(words.len());
    for (i, word) in words.iter().enumerate() {
        let between = if i > 0 { &text[words[i - 1].span.end..word.span.start] } else { "" };
        // "un accordo tra pari, che la Tunisia sostiene": a relative clause after a comma says
        // something of the words before it, so it goes on with their clause.
        // Not when the antecedent is the relative's own subject ("la sentenza, che ha respinto
        // le rivendicazioni"): what it does is no one's stance on it.
        let own_subject = || {
            lower.get(i + 1).is_some_and(|next| {
                !matches!(
                    next.as_str(),
                    "ha" | "hanno"
                        | "è"
                        | "sono"
                        | "era"
                        | "erano"
                        | "aveva"
                        | "avevano"
                        | "sarà"
                        | "sia"
                        | "viene"
                        | "vengono"
                        | "non"
                        | "si"
                        | "già"
                        | "ne"
                )
            })
        };
        let relative = between.trim() == "," && lower[i] == "che" && own_subject();
        // "pronta a firmare ma tira dritto sul riempimento": a contrast is a clause of its own.
        // So is a denied alternative: "va risolta tra fratelli e non in un tribunale".
        // Not a verb denied after "e" ("deve conformarsi… e non minare la pace"): that goes on.
        let denied_alternative = matches!(lower[i].as_str(), "e" | "ed")
            && lower.get(i + 1).is_some_and(|next| next == "non")
            && lower
                .get(i + 2)
                .is_some_and(|w| crate::mentions::PREPOSITIONS.contains(&w.as_str()) || crate::articles::is_article(w));
        let contrast = lower[i] == "ma" || denied_alternative;
        // "ha espresso «ferma opposizione» ai dazi e ha negato i sussidi": a second verb joined by
        // "e" is a clause of its own, so a denial there leaves the first its side.
        let next_is_verb = || {
            lower.get(i + 1).is_some_and(|next| {
                matches!(next.as_str(), "ha" | "hanno" | "è" | "si" | "aveva" | "avevano" | "sarà" | "ne")
            })
        };
        // "chiedendo di «revocare la decisione» e di «riammettere gli osservatori»": a second
        // infinitive after "e di" is a clause of its own too.
        let next_is_infinitive = || {
            matches!(lower.get(i + 1).map(String::as_str), Some("di" | "a" | "ad"))
                && lower.get(i + 2).is_some_and(|w| looks_infinitive(w))
        };
        let coordinated = matches!(lower[i].as_str(), "e" | "ed") && (next_is_verb() || next_is_infinitive());
        let closes_frame = frame == Some(i);
        // "3,2 miliardi": a decimal comma joins the digits of one number.
        let decimal = i > 0
            && between == ","
            && words[i - 1].span.of(text).ends_with(|c: char| c.is_ascii_digit())
            && word.span.of(text).starts_with(|c: char| c.is_ascii_digit());
        if between.contains([',', ';', ':', '(', ')', '–', '—']) && !relative && !closes_frame && !decimal
            || (contrast || coordinated) && i > 0
        {
            clause += 1;
        }
        found.push(clause);
    }
    found
}

/// Whether `word` looks like an infinitive, alone or with a pronoun joined to it ("revocare",
/// "allentarlo", "dotarsi", "riammetterne").
fn looks_infinitive(word: &str) -> bool {
    let bare =
        ["lo", "la", "li", "le", "ne", "si", "ci", "gli"].iter().find_map(|p| word.strip_suffix(p)).unwrap_or(word);
    word.chars().count() > 4
        && (["are", "ere", "ire"].iter().any(|e| word.ends_with(e))
            || ["ar", "er", "ir"].iter().any(|e| bare.ends_with(e)))
}

fn flip(stance: Stance) -> Stance {
    match stance {
        Stance::Supports => Stance::Opposes,
        Stance::Opposes => Stance::Supports,
        other => other,
    }
}

/// The cell of `actor` on `topic`, added empty if there is none yet.
fn cell_mut<'a>(cells: &'a mut Vec<StanceCell>, actor: &str, topic: &str) -> &'a mut StanceCell {
    let at = cells.iter().position(|c| c.actor == actor && c.topic == topic).unwrap_or_else(|| {
        cells.push(StanceCell {
            actor: actor.to_owned(),
            topic: topic.to_owned(),
            stance: Stance::Neutral,
            statements: Vec::new(),
            counts: [0; 4],
            overridden: None,
        });
        cells.len() - 1
    });
    &mut cells[at]
}

/// Sums `statements` into cells, then applies the overrides of `data`, checking their evidence.
pub(crate) fn cells(
    statements: &[Statement],
    documents: &[Document],
    data: &StanceData,
) -> (Vec<StanceCell>, Vec<Diagnostic>) {
    let mut cells: Vec<StanceCell> = Vec::new();
    for (index, statement) in statements.iter().enumerate() {
        for (topic, side) in &statement.topics {
            let cell = cell_mut(&mut cells, &statement.actor, topic);
            // A statement that takes two sides on a topic counts on both, and is listed once.
            if cell.statements.last() != Some(&index) {
                cell.statements.push(index);
            }
            let slot = match side {
                Stance::Supports => 0,
                Stance::Opposes => 1,
                Stance::Concerned => 2,
                _ => 3,
            };
            cell.counts[slot] += 1;
        }
    }
    for cell in &mut cells {
        let [supports, opposes, concerned, _] = cell.counts;
        cell.stance = match () {
            _ if supports > 0 && opposes > 0 => Stance::Mixed,
            _ if concerned > 0 && concerned >= supports.max(opposes) => Stance::Concerned,
            _ if supports > 0 => Stance::Supports,
            _ if opposes > 0 => Stance::Opposes,
            _ => Stance::Neutral,
        };
        let side_of = |i: &usize| statements[*i].topics.iter().find(|(t, _)| *t == cell.topic).map(|(_, s)| *s);
        let stance = cell.stance;
        cell.statements.sort_by_key(|i| (side_of(i) != Some(stance), statements[*i].kind));
    }

    let mut diagnostics = Vec::new();
    for item in &data.overrides {
        let found = documents.iter().enumerate().find(|(_, d)| d.id == item.doc).and_then(|(index, document)| {
            document.text.find(&item.evidence).map(|at| (index, Span::new(at, at + item.evidence.len())))
        });
        let Some((doc, span)) = found else {
            diagnostics.push(Diagnostic::new(
                Span::default(),
                format!(
                    "the override of {} on {} cites words that are not in document `{}`: {:?}; copy them verbatim",
                    item.actor, item.topic, item.doc, item.evidence
                ),
            ));
            continue;
        };
        let cell = cell_mut(&mut cells, &item.actor, &item.topic);
        cell.stance = item.stance;
        cell.overridden = Some((item.clone(), doc, span));
    }
    (cells, diagnostics)
}
