//! Quotations and who said them.
//!
//! Three kinds: `full` (a clause or sentence in quotation marks: it opens the sentence, follows a
//! colon, or runs over sentences), `partial` (words in quotation marks inside the journalist's own
//! sentence) and `reported` (indirect speech: the clause after a verb of saying and `che`, the
//! clause before a postponed ", ha detto X", or the claim that "secondo X" attributes).
//!
//! The speaker of a verb of saying is, in order: the name right before `che` when the verb opens
//! a relative clause ("ha citato Kim che ha affermato"); the name right after the verb when a
//! comma comes before it (“…”, ha dichiarato Kim); for a gerund, the subject of the sentence;
//! otherwise the first name of its clause, or of the sentence, that no preposition governs. With
//! no name at all ("Ha affermato che …"), Italian has dropped the subject: the speaker is carried
//! over from the sentence before, within the paragraph or the one before it. A quotation takes the
//! speaker of the verb right after it, else of the nearest verb before it, else of the sentence's
//! "secondo X". When a sentence has both a speaker and a "secondo X", X is the relay (`via`).

use crate::articles::{is_article, is_definite, is_definite_any, is_in_the};
use crate::discourse::{Candidate, Complement, Discourse, Reference};
use crate::gazetteer::{EntityKind, Gazetteer};
use crate::lexicon_data::{Language, Speech};
use crate::marks::{Marked, quotations};
use crate::mentions::{FROM, Lexicon, Mention, PREPOSITIONS};
use crate::paragraphs::{dateline, sign_off};
use crate::reading::Reading;
use crate::span::SpanSet;
use crate::speakers::Speaker;
use crate::speech::{Attribution, SpeechVerb, VerbForm, attributions, speech_verbs};
use crate::words::{Word, lowered, words};
use crate::{Diagnostic, Document, Span};

/// What a quotation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum QuoteKind {
    /// A clause or sentence in quotation marks.
    Full,
    /// Words in quotation marks inside the journalist's sentence.
    Partial,
    /// Indirect speech, without quotation marks.
    Reported,
}

impl QuoteKind {
    /// Every kind, in the order cards and filters list them.
    pub const ALL: [QuoteKind; 3] = [QuoteKind::Full, QuoteKind::Partial, QuoteKind::Reported];

    /// `full`, `partial` or `reported`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Full => "full",
            QuoteKind::Partial => "partial",
            QuoteKind::Reported => "reported",
        }
    }
}

/// A quotation found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Quote {
    /// `{document id}-q{n}`, numbered in text order from 1.
    pub id: String,
    /// Index of its document in the corpus.
    pub doc: usize,
    /// Exactly the quoted characters (for `reported`, the reported clause).
    pub text: Span,
    /// The text with its quotation marks (for `reported`, the same as `text`).
    pub outer: Span,
    /// Full, partial or reported.
    pub kind: QuoteKind,
    /// Who said it, if the text says.
    pub speaker: Option<Speaker>,
    /// For a speaker the text names only through a description or a pronoun, those words ("la
    /// sindaca", "quest’ultimo"), so a reader can judge; none for a name or an omitted subject.
    pub speaker_words: Option<Span>,
    /// The words that attribute it ("ha dichiarato", "secondo").
    pub cue: Option<Span>,
    /// Who relayed it ("secondo quanto riportato dall’agenzia RIA").
    pub via: Option<Speaker>,
    /// Its first and last sentence (indices into the document's sentences).
    pub sentences: (usize, usize),
    /// A source the text leaves unidentified ("un funzionario", "fonti diplomatiche"): no
    /// speaker on a card, but still where the words come from for the stance comparison.
    pub unidentified: Option<Speaker>,
}

impl Quote {
    /// Whose words these are for the stance comparison: the speaker, or else the unidentified
    /// source the text gives them to.
    pub fn voice(&self) -> Option<&Speaker> {
        self.speaker.as_ref().or(self.unidentified.as_ref())
    }
}

/// A verb of saying and who it says spoke.
#[derive(Debug, Clone)]
struct SaidBy {
    verb: SpeechVerb,
    speaker: Option<Speaker>,
    /// Where the speaker stood; a dropped or shared subject counts as before.
    position: Position,
}

/// Everything found in one sentence that bears on who said what.
struct SentenceFacts<'r> {
    span: Span,
    paragraph: usize,
    words: &'r [Word],
    lower: &'r [String],
    candidates: Vec<Candidate>,
    /// Verbs of saying outside quotation marks, with their speaker if found.
    verbs: Vec<SaidBy>,
    /// "secondo X" outside quotation marks, with X.
    attribution: Option<(Attribution, Option<Speaker>)>,
    /// "Per X, …" opening the sentence: X and the words that say so.
    view_of: Option<(Speaker, Span)>,
    /// "Ad assicurare che … «…» è stato X": X, the words that say so, and where the copula
    /// stands (the words quoted before it are X's).
    opening_cleft: Option<(Option<Speaker>, Span, usize)>,
    /// Who relays the sentence's speech, from "X ha citato Y che ha affermato".
    relay: Option<Speaker>,
    /// "Lo ha annunciato X", "A dirlo è stato X": X said what the sentence before quotes, with
    /// the words that say so; X is `None` where nobody resolved it, and then nobody else did.
    backward: Option<(Option<Speaker>, Span)>,
    /// Who the sentence is about: the speaker of its last verb of saying, else the subject of
    /// its main clause.
    subject: Option<Speaker>,
}

/// Subordinating words: the clause they open is not the one whose subject speaks.
const SUBORDINATORS: &[&str] = &[
    "mentre", "quando", "sebbene", "benché", "poiché", "perché", "siccome", "nonostante", "malgrado", "finché",
    "affinché", "qualora", "dopo", "prima", "se", "appena", "laddove", "come",
];

/// How many words before its verb a clause's opener may stand ("mentre il capogruppo del
/// centrodestra, Luca Ferrario, definiva": eight).
const CLAUSE_REACH: usize = 16;

/// Nouns of saying that frame a quotation with their owner: "l’appello di X: «…»".
const FRAME_NOUNS: &[&str] = &[
    "appello", "parole", "monito", "commento", "messaggio", "replica", "risposta", "promessa", "impegno", "invito",
    "richiesta", "accusa", "affondo", "attacco", "sfogo", "annuncio", "ammissione", "avvertimento", "auspicio",
    "giudizio", "analisi", "versione", "bilancio", "posizione", "linea", "convinzione", "opinione", "parere",
    "ricetta", "grido", "allarme", "denuncia", "frecciata", "stoccata", "battuta", "slogan", "post", "tweet",
    "arringa", "requisitoria", "intervento", "dichiarazione", "discorso", "testimonianza", "racconto", "reazione",
    "lettura", "tesi", "tono",
];

/// Finds the quotations of `doc`, the `doc`-th document of its corpus.
pub(crate) fn extract(
    doc: &Document,
    doc_index: usize,
    readings: &[Reading],
    lexicon: &Lexicon,
    gazetteer: &Gazetteer,
) -> (Vec<Quote>, Vec<Diagnostic>) {
    let text = doc.text.as_str();
    let paragraph_spans: Vec<Span> = doc.paragraphs.iter().map(|p| p.span).collect();
    let (marked, diagnostics) = quotations(text, &paragraph_spans);
    let marked_spans = SpanSet::new(marked.iter().map(|m| m.outer));
    let datelines: Vec<Span> =
        doc.paragraphs.iter().flat_map(|p| [dateline(text, p.span), sign_off(text, p.span)]).flatten().collect();
    let asides = SpanSet::new(datelines);
    // «Il bilancio — aggiunge l'assessore — è in ordine»: the narrator's words inside the marks.
    let interpolated = SpanSet::new(interpolations(text, &marked, &lexicon.language));
    let inside = |span: Span| (marked_spans.covers(span) && !interpolated.covers(span)) || asides.covers(span);

    // Names inside quotations and datelines are not the sentence's own.
    let outside: Vec<Vec<Mention>> =
        readings.iter().map(|reading| reading.mentions.iter().filter(|m| !inside(m.span)).cloned().collect()).collect();
    let mut discourse = Discourse::new(gazetteer, &lexicon.language);
    for (reading, mentions) in readings.iter().zip(&outside) {
        discourse.scan_names(text, &reading.words, &reading.lower, mentions);
    }

    let heads = headings(text, doc);
    let mut facts: Vec<SentenceFacts> = Vec::with_capacity(doc.sentences.len());
    for ((sentence, reading), mentions) in doc.sentences.iter().zip(readings).zip(outside) {
        let (words, lower) = (&reading.words, &reading.lower);
        let body_begins = !heads[sentence.paragraph] && sentence.paragraph > 0 && heads[sentence.paragraph - 1];
        if body_begins && discourse.paragraph != sentence.paragraph {
            discourse.leave_headlines();
        } else if discourse.paragraph != sentence.paragraph
            && sentence.paragraph > 0
            && dateline(text, doc.paragraphs[sentence.paragraph].span).is_some()
        {
            // A later dispatch of wire copy is a story of its own: "«…», ha detto" at its start
            // is not the last speaker of the dispatch before.
            discourse.subject = None;
        }
        discourse.paragraph = sentence.paragraph;
        discourse.in_headline = heads[sentence.paragraph];
        let mut candidates = discourse.read(text, words, lower, &mentions, &inside);
        let attributions: Vec<Attribution> =
            attributions(text, words, lower).into_iter().filter(|a| !inside(a.cue)).collect();
        // "Secondo quanto riferisce un funzionario, …": a verb inside an attribution's cue is
        // the cue's, whose source is X; it opens no clause of its own with a dropped subject.
        let in_cue = |span: Span| attributions.iter().any(|a| a.cue.start <= span.start && span.end <= a.cue.end);
        let verbs: Vec<SpeechVerb> = speech_verbs(words, lower, &lexicon.language)
            .into_iter()
            .filter(|v| !inside(v.span) && !in_cue(v.span))
            .collect();
        // "secondo X": X is the source of the claim, not the subject of a verb.
        let sources: Vec<usize> =
            attributions.iter().filter_map(|a| attributed_source(a, &candidates, words, text)).collect();
        for (a, &source) in attributions.iter().zip(&sources) {
            // "X, secondo cui …": X heads its clause and may be the subject of others.
            if lower.get(a.source_word).is_none_or(|w| w != "cui") {
                candidates[source].governed = true;
            }
        }
        governed_conjuncts(text, words, &mut candidates, lower);
        governed_by_opening_infinitive(lower, &mut candidates);
        governed_by_gerund(text, words, lower, &mut candidates);
        let carry = discourse
            .subject
            .as_ref()
            .filter(|(_, p)| sentence.paragraph <= p + 1 && discourse.unresolved_at.is_none());
        let carry = carry.map(|(s, _)| s.clone().inferred());
        // Quoted words are no part of the clause structure: the "che" of a title in marks
        // ("autore del saggio «La provincia che resiste», ha chiarito") opens no clause.
        // A wire dateline before the sentence's first word of its own ("ROMA, 3 MAR - Mentre…").
        let own_start = words.iter().position(|w| !inside(w.span)).unwrap_or(0);
        let mut skipped = subordinate_words(text, words, lower, own_start);
        for (flag, word) in skipped.iter_mut().zip(words.iter()) {
            *flag |= inside(word.span);
        }
        // A relative clause in brackets ("la pm X (che aveva parlato di «…»), la donna ha
        // raccontato") is an aside, as one between commas.
        for k in 1..words.len() {
            let opened = text[words[k - 1].span.end..words[k].span.start].trim_end().ends_with('(');
            if opened && lower[k] == "che" {
                let close = (k + 1..words.len())
                    .find(|&j| text[words[j - 1].span.end..words[j].span.start].contains(')'))
                    .unwrap_or(words.len());
                for flag in &mut skipped[k..close] {
                    *flag = true;
                }
            }
        }

        let mut relay = None;
        let mut resolved: Vec<SaidBy> = Vec::with_capacity(verbs.len());
        for verb in &verbs {
            let previous = resolved.iter().rev().find_map(|said| said.speaker.clone());
            // "il ministero sostiene che Madrid abbia… e chiede": the coordinated verb's subject is
            // the verb before it, even one nobody resolved.
            let unresolved_before = resolved.last().is_some_and(|said| said.speaker.is_none());
            let coordinated = verb.form == VerbForm::Gerund
                || verb.words.0 > 0 && matches!(lower[verb.words.0 - 1].as_str(), "e" | "ma" | "poi" | "quindi" | "ed");
            let (speaker, position) = if let Some(subject) = relative_subject(text, words, verb, &candidates, lower) {
                // "X ha citato Y che ha affermato": X relays Y.
                relay = previous;
                let subject = participle_head(subject, &candidates, lower);
                (subject.speaker.clone(), Position::Before)
            } else if let Some(document) = read_in_document(verb, &candidates, lower, words, text) {
                // "Nell'esposto si parla di «…»", "nell'ordinanza si legge che…": the document
                // in which it is said says it.
                (document.speaker.clone(), Position::Before)
            } else if lower[verb.words.0] == "si" && lower.get(verb.words.0 + 1).is_some_and(|w| w.starts_with("legg"))
            {
                // "«…», si legge in una nota di Palazzo Chigi": the document read says it, and
                // nobody says what is read on a banner ("Sul cartello si leggeva «…»").
                let document = subject_after(text, verb.words.1, &candidates, words, lower)
                    .filter(|c| c.reference == Reference::Document && c.words.0 <= verb.words.1 + 1);
                // "L'azienda «ha sempre onorato i propri impegni», si legge nella nota", "La
                // società, si legge nella nota, «resta a disposizione»": the quotation goes on
                // the clause of the sentence's subject, who says it; the note is where.
                let subject = candidates.iter().find(|c| {
                    c.words.0 == own_start
                        && c.words.1 <= verb.words.0
                        && is_subject(c)
                        && c.reference != Reference::Document
                        && c.speaker.is_some()
                        && (c.words.1..verb.words.0).all(|k| inside(words[k].span) || lower[k] == "e")
                        && text[words[c.words.1 - 1].span.end..words[verb.words.0].span.start]
                            .contains(['«', '"', '“', ',', '—'])
                });
                match subject {
                    Some(subject) => (subject.speaker.clone(), Position::Before),
                    None => (document.and_then(|c| c.speaker.clone()), Position::After),
                }
            } else if let Some(mouth) = through_mouth_of(verb, &candidates, lower) {
                // "La casa editrice, per bocca della direttrice X, ha fatto sapere…": X speaks.
                (mouth.speaker.clone(), Position::Before)
            } else if coordinated && verb.form == VerbForm::Finite && unresolved_before {
                (None, Position::Before)
            } else if let Some(same) = previous.clone().filter(|_| coordinated) {
                // "Putin ha elogiato … e ha affermato": one subject for both verbs.
                (Some(same), Position::Before)
            } else {
                // "Dalla Regione Veneto fanno sapere che…", "«…», fanno sapere da Palazzo
                // Chigi": an impersonal plural speaks for where it comes from.
                let from_there = if plural(lower, verb) { from_where(verb, &candidates, lower) } else { None };
                // Only an indefinite one: "la scorsa settimana rileva" is when, not who.
                let unnamed_before = noun_before_verb(text, words, lower, verb, &candidates, &skipped, &inside)
                    && verb.words.0 >= 2
                    && matches!(lower[verb.words.0 - 2].as_str(), "un" | "uno" | "una");
                // "fanno sapere dagli uffici della Fondazione, X resterà…": an impersonal
                // plural has no subject in the text; the singular after it is what was said.
                let verb_subject = match from_there {
                    Some(_) => None,
                    None => verb_subject(text, verb, &candidates, words, lower, &skipped),
                };
                // "qualcuno già parla di…": past an adverb between.
                let indefinite = (verb.words.0.saturating_sub(2)..verb.words.0)
                    .rev()
                    .find(|&k| {
                        !matches!(
                            lower[k].as_str(),
                            "già" | "ora" | "poi" | "anche" | "pure" | "invece" | "però" | "oggi"
                        )
                    })
                    // Not a word of the quotation before ("«…la stampella di nessuno», ha detto").
                    .is_some_and(|k| INDEFINITE_SUBJECTS.contains(&lower[k].as_str()) && !inside(words[k].span));
                match verb_subject {
                    // "non di una «fatalità» come qualcuno aveva scritto": an indefinite pronoun
                    // right before the verb is its subject, nobody the text names.
                    _ if indefinite => (None, Position::Before),
                    // "La Procura avrebbe aperto un fascicolo, e un investigatore avrebbe
                    // confidato…": the unnamed subject right before the verb, not a name before it.
                    Some((_, Position::Before)) if unnamed_before => (None, Position::Before),
                    Some((subject, position)) => (subject.speaker.clone(), position),
                    // "Il cugino le ha risposto": a subject the text gives but nobody resolved
                    // is not the one carried from before.
                    None if unresolved_subject(text, words, lower, verb, &candidates, &skipped, &inside) => {
                        // "«…», taglia corto il velocista pisano": after the words it gives.
                        let after = crate::marks::follows_quotation(text, verb.span.start);
                        (None, if after { Position::After } else { Position::Before })
                    }
                    // A verb in a clause of its own does not take the main clause's subject.
                    None if own_clause_start(text, words, lower, &candidates, verb.words.0).is_some() => {
                        (None, Position::Before)
                    }
                    // "il comitato dei residenti, che in una nota fa sapere…", "«…», confida un
                    // funzionario della Prefettura che chiede di restare anonimo": a relative
                    // clause's subject is its antecedent, the noun phrase right before its "che",
                    // resolved or not, never the one carried; a complement's noun there ("della
                    // Prefettura") is no antecedent for sure. After a verb of saying the "che"
                    // may be its complement's ("ha detto, in serata, che ha chiesto…"), whose
                    // subject is that verb's (one it gives before it).
                    None if let Some(che) = relative_pronoun(verb.words.0, lower).filter(|&che| {
                        let antecedent = candidates.iter().any(|c| c.words.1 == che && !c.adjective);
                        let comma = che > 0 && text[words[che - 1].span.end..words[che].span.start].contains(',');
                        // "la delegazione cinese, che…": a country's adjective keeps it open.
                        let adjective = candidates.iter().any(|c| c.words.1 == che && c.adjective);
                        // A verb after the quotation it gives has no "che" of its own: "«…»,
                        // racconta un operaio del turno di notte, che chiede…" is the unresolved
                        // noun phrase's, the last before it.
                        let unresolved_before = candidates
                            .iter()
                            .rev()
                            .find(|c| c.words.1 <= che)
                            .is_some_and(|c| c.speaker.is_none() && !c.governed && !c.adjective);
                        let no_complement = resolved.iter().all(|said| said.position == Position::After);
                        lower[che] == "che"
                            && (antecedent
                                || comma && !adjective && (resolved.is_empty() || no_complement && unresolved_before))
                    }) =>
                    {
                        // "la versione del governo di Dushanbe, che in una nota accusa…": a
                        // frame noun's owner stands for the noun it owns.
                        // Only through "di" and a source's own noun ("del governo di"), not
                        // another name's complement ("dell'Unione autotrasportatori del Nord-Ovest").
                        let owner = || {
                            candidates.iter().find(|c| {
                                let frame = (c.words.0.saturating_sub(5)..c.words.0.saturating_sub(1))
                                    .rfind(|&k| FRAME_NOUNS.contains(&lower[k].as_str()));
                                c.words.1 == che
                                    && c.words.0 >= 2
                                    && GENITIVES.contains(&lower[c.words.0 - 1].as_str())
                                    && frame.is_some_and(|f| {
                                        (f + 1..c.words.0).all(|k| {
                                            GENITIVES.contains(&lower[k].as_str())
                                                || crate::mentions::SOURCE_NOUNS.contains(&lower[k].as_str())
                                        })
                                    })
                                    && !c.adjective
                            })
                        };
                        let antecedent =
                            candidates.iter().find(|c| c.words.1 == che && !c.governed && !c.adjective).or_else(owner);
                        (antecedent.and_then(|c| c.speaker.clone()), Position::Before)
                    }
                    // "Argomenti che la sentenza non ignora, ma che giudica insufficienti: «…»": a
                    // relative clause joined to one before it shares that one's subject, the
                    // candidate right after its "che"; never the subject carried from before.
                    None if verb.words.0 >= 2
                        && lower[verb.words.0 - 1] == "che"
                        && matches!(lower[verb.words.0 - 2].as_str(), "ma" | "e" | "ed") =>
                    {
                        let first_relative = (0..verb.words.0 - 2).rev().find(|&k| lower[k] == "che");
                        let subject = first_relative.and_then(|che| {
                            candidates.iter().find(|c| {
                                (c.words.0 == che + 1 || c.words.0 == che + 2 && is_article(&lower[che + 1]))
                                    && !c.governed
                                    && !c.adjective
                            })
                        });
                        (subject.and_then(|c| c.speaker.clone()), Position::Before)
                    }
                    // "il rapporto del difensore civico, che censisce duecento conflitti e indica
                    // quello di Huaccoyo come «…»": a verb joined by "e" to a relative clause's
                    // verb shares its subject, the relative's antecedent, resolved or not; never
                    // the subject carried from before.
                    None if let Some(che) = coordinated_relative(text, words, lower, verb.words.0) => {
                        let antecedent = candidates.iter().find(|c| c.words.1 == che && !c.governed && !c.adjective);
                        (antecedent.and_then(|c| c.speaker.clone()), Position::Before)
                    }
                    None if from_there.is_some() => (from_there.and_then(|c| c.speaker.clone()), Position::Before),
                    // "X ha assicurato che «…»: i contatti, ha aggiunto, sono «…»": an aside goes
                    // on with the sentence's speaker.
                    None if parenthetical(text, words, verb) && previous.is_some() => (previous, Position::Before),
                    // "«…», fanno sapere da Bellinzona": a plural verb's dropped subject is no
                    // one person carried from before.
                    None if presented_unnamed(lower).is_some_and(|at| at < verb.words.0)
                        || unnamed_clause_subject(text, words, lower, &candidates, own_start, verb.words.0) =>
                    {
                        (None, Position::Before)
                    }
                    None => {
                        (carry.clone().filter(|c| !(plural(lower, verb) && is_person(c, gazetteer))), Position::Before)
                    }
                }
            };
            // "«…», ha detto lo storico dell'arte fiorentino": a definite description after a verb
            // that follows the words, which nothing resolved, stands for the person the sentence
            // before was about when it says nothing against them.
            let after_words = position == Position::After
                && (crate::marks::follows_quotation(text, verb.span.start)
                    || text[..verb.span.start].trim_end().ends_with(['—', '–']));
            let continued = || {
                let mut from = verb.words.1;
                while lower
                    .get(from)
                    .is_some_and(|w| matches!(w.as_str(), "però" | "poi" | "anche" | "ancora" | "invece"))
                {
                    from += 1;
                }
                // "ha detto il leader regionalista ai microfoni di Radio Meseta": whom the words
                // were told ends the description.
                let to = (from + 1..words.len())
                    .find(|&k| {
                        text[words[k - 1].span.end..words[k].span.start]
                            .contains([',', '.', ';', ':', '—', '–', '«', '»'])
                            || lower.get(k + 1).is_some_and(|next| {
                                TOLD_PREPOSITIONS.contains(&lower[k].as_str()) && AUDIENCES.contains(&next.as_str())
                            })
                    })
                    .unwrap_or(words.len())
                    .min(from + 6);
                // A place or body the description names ("il sindaco di Roccafonda"), or a
                // portfolio ("l'ex assessora regionale ai Trasporti").
                let named = |k: usize| words[k].is_capitalized(text);
                let complement = Complement {
                    place: (from + 1..to).any(|k| named(k) && crate::mentions::OF.contains(&lower[k - 1].as_str())),
                    any: (from + 1..to).any(|k| {
                        named(k)
                            && (crate::mentions::OF.contains(&lower[k - 1].as_str())
                                || matches!(
                                    lower[k - 1].as_str(),
                                    "al" | "allo" | "alla" | "all" | "ai" | "agli" | "alle"
                                ))
                    }),
                };
                lower
                    .get(from..to)
                    .filter(|phrase| !phrase.is_empty())
                    .and_then(|phrase| discourse.continued_by_description(phrase, complement))
            };
            // "Ruggeri ha affidato il congedo ai social. «…», ha scritto l'ex tecnico, che ha
            // ringraziato…" after "Attilio Gervasi, il tecnico della promozione": a description that
            // stands as well for the person the sentence before was about singles out nobody, here
            // nor in the clauses that take it up.
            let ambiguous = after_words
                && speaker.as_ref().is_some_and(|described| continued().is_some_and(|other| other.id != described.id));
            if ambiguous {
                let described = speaker.as_ref().map(|s| s.id.clone());
                for candidate in candidates.iter_mut().filter(|c| {
                    (verb.words.1..=verb.words.1 + 3).contains(&c.words.0)
                        && c.speaker.as_ref().map(|s| &s.id) == described.as_ref()
                }) {
                    candidate.speaker = None;
                }
            }
            let speaker = match speaker {
                None if after_words => continued(),
                _ if ambiguous => None,
                speaker => speaker,
            };
            resolved.push(SaidBy { verb: *verb, speaker, position });
        }
        let attribution =
            attributions.iter().zip(&sources).next().map(|(a, &source)| (*a, candidates[source].speaker.clone()));
        let backward = backward_speaker(text, words, lower, &resolved, &candidates, &lexicon.language);
        let view_of = view_of(text, words, lower, own_start, &candidates);
        let opening_cleft = opening_cleft(text, words, lower, &candidates, &lexicon.language);

        // "Rispondendo alla pm X (che aveva parlato di «…»), la donna ha raccontato…": when the
        // last verb's subject is one nobody resolved, a clause's speaker before it is not the
        // sentence's.
        let unresolved_main = unresolved_main_subject(&candidates, lower, &skipped);
        let unresolved_last = resolved.last().is_some_and(|said| said.speaker.is_none()) && unresolved_main;
        // "Quando la pm X le ha chiesto perché…, la commerciante ha abbassato lo sguardo": nor is
        // the speaker of a subordinate clause's verb, when the main clause's subject is someone
        // nobody resolved.
        // "…ha illustrato un piano che prevede…": a document the subject names in a relative
        // clause is not whom the next dropped subject goes on with.
        let documents_relative = |said: &&SaidBy| {
            said.verb.words.0 > 0
                && lower[said.verb.words.0 - 1] == "che"
                && said.speaker.as_ref().is_some_and(|s| s.id.starts_with("document:"))
        };
        let subject = resolved
            .iter()
            .rev()
            .filter(|said| !(unresolved_main && skipped[said.verb.words.0]))
            .filter(|said| !documents_relative(said))
            .find_map(|said| said.speaker.clone())
            .filter(|_| !unresolved_last)
            .or_else(|| backward.as_ref().and_then(|(s, _)| s.clone()))
            .or_else(|| frame_source(&candidates, lower).and_then(|c| c.speaker.clone()))
            // "Secondo lui, però, il ministero «ha ignorato…». Ha poi bollato…": a view that
            // opens the sentence makes it its holder's, whom the next dropped subject goes on
            // with, not the subject of the words it gives.
            .or_else(|| {
                attribution
                    .as_ref()
                    .filter(|(a, _)| a.first_word <= own_start + 1 && !a.reports && !a.is_relative(lower))
                    .and_then(|(_, s)| s.clone())
            })
            .or_else(|| main_subject(&candidates, lower, &skipped).and_then(|c| c.speaker.clone()))
            // "Secondo Ferri, lo spogliatoio «…»", "le parole del capitano Simone Ferri": whose
            // view or words the sentence gives.
            .or_else(|| attribution.as_ref().and_then(|(_, s)| s.clone()))
            // "Per la capogruppo Rossana Ciccolini quella di ieri è stata «…»".
            .or_else(|| view_of.as_ref().map(|(s, _)| s.clone()))
            // "La sindaca ha replicato, definendo le parole di Oddone «…»": words judged are not
            // their owner's sentence when its own subject is someone nobody resolved.
            .or_else(|| {
                frame_owner(&candidates, lower)
                    .filter(|_| !unresolved_main_subject(&candidates, lower, &skipped))
                    .and_then(|c| c.speaker.clone())
            });
        if let Some(subject) = subject.clone() {
            discourse.set_subject(subject, sentence.paragraph);
        } else if unresolved_main_subject(&candidates, lower, &skipped)
            // "«…», taglia corto il ventenne livornese.": a subject after the verb that nobody
            // resolved is still this sentence's, not the one carried before.
            || resolved.iter().any(|said| said.speaker.is_none() && said.position == Position::After)
            || presented_unnamed(lower).is_some()
        {
            // "Ieri il preside è passato davanti al liceo. «…», ha detto lui": "lui" right after
            // is that unresolved subject, nobody for sure, not the man met before it.
            discourse.unknown_voice();
            discourse.unresolved_at = Some(sentence.paragraph);
        } else if let Some(person) = presented(&candidates, lower) {
            // "Tra chi ha perso tutto c'è Efisio Cadoni: …. «…», racconta.": whom the sentence
            // presents is whom the next dropped subject is about.
            discourse.set_subject(person.clone().inferred(), sentence.paragraph);
        } else if candidates.iter().any(|c| c.person && c.speaker.is_some() && !c.governed && !skipped[c.words.0]) {
            // "Sul caso è intervenuta anche la pediatra X, che…": a sentence that brings in
            // someone without a subject the rules find leaves the subject to carry unknown.
            discourse.subject = None;
        } else if lower
            .windows(2)
            .any(|pair| FRAME_NOUNS.contains(&pair[0].as_str()) && GENITIVES.contains(&pair[1].as_str()))
        {
            // "Più sobrio il commento del collezionista ticinese": one that gives the words of
            // someone the rules do not resolve leaves its subject unknown ("Lui scrive…").
            discourse.unknown_voice();
        }
        facts.push(SentenceFacts {
            span: sentence.span,
            paragraph: sentence.paragraph,
            words,
            lower,
            candidates,
            verbs: resolved,
            attribution,
            view_of,
            opening_cleft,
            relay,
            backward,
            subject,
        });
    }

    let mut quotes = Vec::new();
    let mut previous: Option<(usize, Option<Speaker>)> = None;
    for m in &marked {
        let (Some(first), Some(last)) = (doc.sentence_at(m.outer.start), doc.sentence_at(m.outer.end - 1)) else {
            continue;
        };
        let named = names_something(text, m, &facts[first], &lexicon.language);
        let (mut speaker, mut cue) =
            if named { (None, None) } else { marked_speaker(text, m, &facts[first], &facts[last]) };
        // "«…». Lo ha annunciato X.": X, or nobody where X is unresolved ("Ad assicurarlo è
        // stato lo stesso Bellini" of a Bellini never named in full), not the speaker before.
        let mut framed_after = false;
        if speaker.is_none()
            && !named
            && let Some((said_by, verb)) = facts.get(last + 1).and_then(|next| next.backward.clone())
        {
            speaker = said_by;
            cue = Some(verb);
            framed_after = true;
        }
        let continues = !framed_after
            && (stands_alone(text, m, &facts[first], &facts[last])
                || dropped_before_colon(text, m, &facts[first], &lexicon.language));
        if speaker.is_none() && !named && continues {
            // A quotation alone in its sentence, or after a colon whose clause drops its subject
            // ("Ha poi rivolto un appello ai residenti: «…»", "Poi, sorridendo: «…»"), continues
            // the speaker just introduced.
            // "Coach, se l'aspettava?\n«Sì, me l'aspettavo»": in an interview, the interviewer's
            // question, a paragraph of its own, stands between the answers; the answer goes on
            // from what came before the question.
            let question = |q: usize| {
                let sentence = &facts[q];
                let own_paragraph = (q == 0 || facts[q - 1].paragraph != sentence.paragraph)
                    && facts[q + 1].paragraph != sentence.paragraph;
                // "Conosce la tesi di Ranucci? «Certo, l'ho seguita io.»": or inline, the answer
                // right after it in its paragraph.
                let inline = facts[q + 1].paragraph == sentence.paragraph;
                (own_paragraph || inline)
                    && sentence.span.of(text).trim_end().ends_with('?')
                    && sentence.words.len() <= QUESTION_WORDS
                    && !marked.iter().any(|q| q.outer.start < sentence.span.end && sentence.span.start < q.outer.end)
            };
            let gap = if first >= 2 && question(first - 1) { 2 } else { 1 };
            let before = first.checked_sub(gap).map(|p| &facts[p]);
            // The last verb's: one whose subject nobody resolved leaves nobody introduced
            // ("…(che aveva parlato di «…»), la donna ha raccontato…. «…»").
            let unresolved_before = before.is_some_and(|b| b.verbs.last().is_some_and(|said| said.speaker.is_none()));
            let introduced = before
                .filter(|b| b.paragraph + gap >= facts[first].paragraph && !unresolved_before)
                .and_then(|b| b.verbs.last().and_then(|said| said.speaker.clone()))
                .or_else(|| {
                    previous
                        .as_ref()
                        .filter(|(s, _)| first >= gap && *s == first - gap && !unresolved_before)
                        .and_then(|(_, sp)| sp.clone())
                })
                // "Il capitano Davide Sacchetti si è preso la sua parte di responsabilità. «…»":
                // the one the sentence before is about.
                .or_else(|| {
                    before.filter(|b| b.paragraph + gap >= facts[first].paragraph).and_then(|b| b.subject.clone())
                })
                // "Per Wellner è la prima semifinale. Lo abbiamo incontrato a bordo campo.\nVincere
                // così che effetto fa?\n«…»": the first answer of an interview is the one person
                // the paragraph that introduces it names.
                .or_else(|| {
                    let intro = before.filter(|_| gap == 2)?.paragraph;
                    let mut named = facts
                        .iter()
                        .filter(|f| f.paragraph == intro)
                        .flat_map(|f| f.candidates.iter().filter(|c| c.person).filter_map(|c| c.speaker.as_ref()));
                    let one = named.next()?;
                    named.all(|other| other.id == one.id).then(|| one.clone())
                });
            // A document's words are read in it, not said: a quotation standing alone after them
            // is somebody's speech, whom the text names elsewhere or not at all.
            speaker = introduced.filter(|s| !s.id.starts_with("document:")).map(Speaker::inferred);
        }
        previous = Some((last, speaker.clone()));
        let via = via_of(&facts[last], speaker.as_ref()).or_else(|| via_of(&facts[first], speaker.as_ref()));
        let kind =
            if first != last || opens_sentence(text, m, &facts[first]) { QuoteKind::Full } else { QuoteKind::Partial };
        quotes.push(Quote {
            id: String::new(),
            doc: doc_index,
            text: m.inner,
            outer: m.outer,
            kind,
            speaker_words: inferring_words(&speaker, &facts[first], &facts[last]),
            speaker,
            cue,
            via,
            sentences: (first, last),
            unidentified: None,
        });
    }
    for (index, sentence) in facts.iter().enumerate() {
        if let Some((clause, speaker, cue)) = reported(text, sentence, &marked_spans) {
            let via = via_of(sentence, speaker.as_ref());
            quotes.push(Quote {
                id: String::new(),
                doc: doc_index,
                text: clause,
                outer: clause,
                kind: QuoteKind::Reported,
                speaker_words: inferring_words(&speaker, sentence, sentence),
                speaker,
                cue: Some(cue),
                via,
                sentences: (index, index),
                unidentified: None,
            });
        }
    }
    quotes.sort_by_key(|q| (q.outer.start, q.kind == QuoteKind::Reported));
    repeated_words(text, doc, &heads, gazetteer, &mut quotes);
    headline_names(text, &heads, &facts, &discourse, &mut quotes);
    for quote in &mut quotes {
        if quote.speaker.as_ref().is_some_and(Speaker::is_unidentified) {
            quote.unidentified = quote.speaker.take();
        }
    }
    for (n, quote) in quotes.iter_mut().enumerate() {
        quote.id = format!("{}-q{}", doc.id, n + 1);
    }
    (quotes, diagnostics)
}

/// A headline repeats words its article quotes in full ("Sartini: «Lotteremo»" over "«Lotteremo
/// fino alla fine», ha detto Giulio Sartini"): a quotation in the headline or subhead (the
/// leading paragraphs that end no sentence, three at most) takes the speaker of the article's
/// quotation that contains its words.
fn repeated_words(text: &str, doc: &Document, heads: &[bool], gazetteer: &Gazetteer, quotes: &mut [Quote]) {
    let folded = |q: &Quote| -> Vec<String> {
        q.text.of(text).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
    };
    let in_heads = |q: &Quote| heads[doc.sentences[q.sentences.0].paragraph];
    let headline: Vec<usize> =
        (0..quotes.len()).filter(|&i| quotes[i].kind != QuoteKind::Reported && in_heads(&quotes[i])).collect();
    if headline.is_empty() {
        return;
    }
    let body: Vec<(usize, Vec<String>)> = (0..quotes.len())
        .filter(|&j| quotes[j].kind != QuoteKind::Reported && !in_heads(&quotes[j]) && quotes[j].speaker.is_some())
        .map(|j| (j, folded(&quotes[j])))
        .collect();
    for i in headline {
        let words = folded(&quotes[i]);
        // "La Regione: «Nessun reparto chiuderà»" over the councillor's "«Nessun reparto
        // chiuderà», fa sapere X": a body the headline itself names by its common noun is its
        // speaker, which X speaks for. A name or a metonym there ("Yoon", "Bruxelles") is a
        // loose form of the speaker below, whom the article's quotation names better.
        // So is a state or an international body the headline calls by its name ("L'Onu: «…»"
        // over its spokesperson's words), unlike a metonym.
        let headline =
            &text[doc.paragraphs[doc.sentences[quotes[i].sentences.0].paragraph].span.start..quotes[i].outer.start];
        let by_its_name = |s: &Speaker| {
            gazetteer.entity(&s.id).is_some_and(|e| {
                e.kind == EntityKind::Country
                    && std::iter::once(&e.name).chain(&e.aliases).any(|alias| {
                        headline.match_indices(alias.as_str()).any(|(at, _)| {
                            let before = headline[..at].chars().next_back();
                            let after = headline[at + alias.len()..].chars().next();
                            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
                        })
                    })
            })
        };
        let named =
            quotes[i].speaker.as_ref().is_some_and(|s| !s.inferred && (s.id.starts_with("body:") || by_its_name(s)));
        if words.len() < 2 || named {
            continue;
        }
        let containing =
            body.iter().find(|(_, b)| b.len() >= words.len() && b.windows(words.len()).any(|w| w == words));
        if let Some(&(j, _)) = containing {
            quotes[i].speaker = quotes[j].speaker.clone();
            quotes[i].speaker_words = quotes[j].speaker_words;
            quotes[i].cue = quotes[j].cue;
            quotes[i].via = quotes[j].via.clone();
        }
    }
}

/// "Mancori: «Il punto nascita non chiude»", "Pnrr: Trevisan, "nessun ritardo"", "SINDACA,
/// "NOTTE DA INCUBO"": in a headline or subhead, a name or role of one to three capitalised
/// words standing right before a quotation that no verb attributes, after a pause (the start,
/// a colon, a comma, a full stop), says who speaks. It is resolved against the whole article,
/// which introduces the speaker below it: a surname of the one person named in full with it (of
/// several, the one whose words below the headline repeats in part), a role of the one person
/// introduced with it, a name the gazetteer knows. Nothing else is read
/// as a headline speaker: a common word before the quotation ("Venturelli rieletta: «…»")
/// leaves it without one.
fn headline_names(text: &str, heads: &[bool], facts: &[SentenceFacts], discourse: &Discourse, quotes: &mut [Quote]) {
    let in_heads = |q: &Quote| q.kind != QuoteKind::Reported && heads[facts[q.sentences.0].paragraph];
    if !quotes.iter().any(in_heads) {
        return;
    }
    // The bodies the article names below the headline, as it names them.
    let bodies_below: Vec<&Speaker> = facts
        .iter()
        .filter(|f| !heads[f.paragraph])
        .flat_map(|f| &f.candidates)
        .filter(|c| c.reference != Reference::Document && !c.person && !c.adjective)
        .filter_map(|c| c.speaker.as_ref())
        .collect();
    let names_below = capitalised_runs(text, heads, facts);
    // "L'Asl: «…»" over "una nota dell'Asl Collina Sud": a headline's short name is the one body
    // below whose name goes on from it.
    let in_full = |short: Speaker| -> Speaker {
        // A state or body the gazetteer knows is itself, not the start of another's name
        // ("Malta" is not the newspaper "Malta Courier").
        if short.is_known() {
            return short;
        }
        let prefix = format!("{} ", short.name);
        let longer: Vec<&&Speaker> = bodies_below.iter().filter(|b| b.name.starts_with(&prefix)).collect();
        match longer.first() {
            Some(first) if longer.iter().all(|b| b.id == first.id) => (**first).clone().inferred(),
            _ => short,
        }
    };
    // "Il governatore Carlomagno: «…»" over "il governatore Eusebio Carlomagno": a surname met
    // first in the headline is the one person the article names in full with it.
    let surname_in_full = |short: Speaker| -> Speaker {
        let surname = short.name.to_lowercase();
        if !short.id.starts_with("name:") || surname.contains(' ') {
            return short;
        }
        let bearers: Vec<Speaker> =
            discourse.in_headline(&[surname], None).into_iter().filter(|bearer| bearer.id != short.id).collect();
        match bearers.as_slice() {
            [one] => one.clone(),
            _ => short,
        }
    };
    for quote in quotes.iter_mut().filter(|q| in_heads(q)) {
        // "Il comitato dei pendolari: «Ci sentiamo abbandonati»" over "«Ci sentiamo abbandonati…»,
        // si legge nella lettera": a body the label names is the speaker, which the words below
        // (its letter, its spokesman's) speak for, as "La Regione:" is.
        if let Some(body) = label_body(text, &facts[quote.sentences.0], quote, discourse, &bodies_below, &names_below) {
            quote.speaker = Some(body);
            continue;
        }
        quote.speaker = quote.speaker.take().map(in_full).map(surname_in_full);
    }
    let unattributed_headline = |q: &Quote| q.speaker.is_none() && in_heads(q);
    if !quotes.iter().any(unattributed_headline) {
        return;
    }
    // The article's attributed quotations below the headline, by speaker, as stems.
    let body: Vec<(String, Vec<String>)> = quotes
        .iter()
        .filter(|q| !heads[facts[q.sentences.0].paragraph])
        .filter_map(|q| Some((q.speaker.as_ref()?.id.clone(), stems(q.text.of(text)))))
        .collect();
    for quote in quotes.iter_mut() {
        if !unattributed_headline(quote) {
            continue;
        }
        let facts = &facts[quote.sentences.0];
        let words = facts.words;
        // "Il direttore generale dell'Asl promette: «…»": a role the headline's verb of saying
        // has for subject is the one person the article introduces with it.
        let subject_role = quote.cue.and_then(|cue| {
            // The cue is the verb ("promette"), not a speaker's words ("il ministero: «…»"), and
            // no pause parts it from its subject ("Il rettore apre un'indagine, il ministero:").
            let verb = cue
                .of(text)
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| !is_article(&w.to_lowercase()));
            let subject = facts.candidates.iter().rfind(|c| {
                c.reference == Reference::Description
                    && c.speaker.is_none()
                    && c.span.end <= cue.start
                    && !text[c.span.end..cue.start].contains([',', ':', ';', '.'])
            })?;
            if !verb {
                return None;
            }
            let (start, end) = subject.words;
            let role = (start..end).find(|&k| discourse.is_role(&facts.lower[k..end]))?;
            match discourse
                .in_headline(&facts.lower[role..end], role.checked_sub(1).map(|a| facts.lower[a].as_str()))
                .as_slice()
            {
                [one] => Some(one.clone()),
                _ => None,
            }
        });
        if subject_role.is_some() {
            quote.speaker = subject_role;
            continue;
        }
        let Some((first, last)) = headline_label(text, facts, quote) else {
            continue;
        };
        // "Il direttore generale dell'Asl Ceccarelli: «…»": a label that ends on the surname of
        // one person the article names in full is that person, whatever comes before it.
        // Not one a preposition governs ("impresa di Bertolini: «…»" is about him).
        let governed = last > first && PREPOSITIONS.contains(&facts.lower[last - 1].as_str());
        let surname_bearers: Vec<Speaker> = if words[last].is_capitalized(text) && last > first && !governed {
            discourse
                .in_headline(&facts.lower[last..=last], None)
                .into_iter()
                .filter(|bearer| bearer.id.starts_with("name:") && bearer.name.contains(' '))
                .collect()
        } else {
            Vec::new()
        };
        if let [one] = surname_bearers.as_slice() {
            quote.speaker = Some(one.clone().inferred());
            continue;
        }
        let paused = |k: usize| paused_before(text, words, k);
        // The run starts after a pause, and every word of it is capitalised.
        let run = (first..=last).find(|&k| paused(k) && (k..=last).all(|w| words[w].is_capitalized(text)));
        // "Passerella crollata, la pm: «…»", "La dirigente: «…»": a role after its article.
        // "la direttrice finanziaria: «…»": the role may be closed by an adjective or two.
        let role = || {
            (first..=last).find_map(|k| {
                let opens = k > 0 && is_definite(&facts.lower[k - 1]) && paused(k - 1);
                let end = (k..=last).find(|&j| discourse.is_role(&facts.lower[k..=j]))?;
                let qualified = (end + 1..=last).all(|w| !words[w].is_capitalized(text));
                (opens && qualified).then_some((k, end))
            })
        };
        let Some((start, last)) = run.map(|k| (k, last)).or_else(role) else {
            continue;
        };
        let known = facts.candidates.iter().find(|c| c.words == (start, last + 1)).and_then(|c| c.speaker.clone());
        if known.is_some() {
            quote.speaker = known.map(in_full);
            continue;
        }
        // "Frp: «…»" over "Ferrovie Regionali Padane, la società…": a short name that spells the
        // initials of the one body below whose name does.
        if start == last && (2..=6).contains(&facts.lower[start].chars().count()) {
            let initials = |name: &str| -> String {
                name.split_whitespace()
                    .filter(|w| w.starts_with(char::is_uppercase))
                    .filter_map(|w| w.chars().next())
                    .flat_map(char::to_lowercase)
                    .collect()
            };
            let spelled: Vec<&&Speaker> =
                bodies_below.iter().filter(|b| initials(&b.name) == facts.lower[start]).collect();
            if let Some(first) = spelled.first().filter(|first| spelled.iter().all(|b| b.id == first.id)) {
                quote.speaker = Some((**first).clone().inferred());
                continue;
            }
        }
        let stems = stems(quote.text.of(text));
        quote.speaker = match discourse
            .in_headline(&facts.lower[start..=last], start.checked_sub(1).map(|a| facts.lower[a].as_str()))
            .as_slice()
        {
            [one] => Some(one.clone()),
            [] => None,
            // Two people bear the surname: the one whose words in the article the headline
            // repeats in part ("Fantoni: «Conti in ordine»" over "«I conti sono in ordine…», ha
            // assicurato il sindaco Giorgio Fantoni"), if one's share more of them than the other's.
            bearers => {
                let shared = |speaker: &Speaker| {
                    body.iter()
                        .filter(|(id, _)| *id == speaker.id)
                        .map(|(_, said)| stems.iter().filter(|s| said.contains(*s)).count())
                        .max()
                        .unwrap_or(0)
                };
                // The best and the runner-up, by a scan: no sort code in the page for two or three.
                let (mut best, mut best_score, mut runner_up) = (None, 0, 0);
                for bearer in bearers {
                    let score = shared(bearer);
                    if score > best_score {
                        (best, best_score, runner_up) = (Some(bearer), score, best_score);
                    } else {
                        runner_up = runner_up.max(score);
                    }
                }
                best.filter(|_| best_score >= MIN_SHARED_STEMS && best_score > runner_up).map(|b| b.clone().inferred())
            }
        };
    }
}

/// The words of a headline's label before its quotation ("Il comitato dei pendolari: «…»",
/// "Tumminello (Fibac), «…»"), four at most, as word indices of its sentence: the label ends at
/// the quotation, a colon or a comma before it, or a bracket closed before it (the name, not the
/// body in brackets after it); words joined by a space or an elided article go with it.
fn headline_label(text: &str, facts: &SentenceFacts, quote: &Quote) -> Option<(usize, usize)> {
    let words = facts.words;
    let mut last = words.partition_point(|w| w.span.end <= quote.outer.start).checked_sub(1)?;
    let gap = text[words[last].span.end..quote.outer.start].trim();
    if matches!(gap, ")" | ")," | "):") {
        last = (last.saturating_sub(3)..last)
            .rev()
            .find(|&k| text[words[k].span.end..words[k + 1].span.start].trim() == "(")?;
    } else if !matches!(gap, "" | ":" | ",") {
        return None;
    }
    let mut first = last;
    // "La legale dell'imputato: «…»": an elided article joins its words as a space does.
    while first > 0
        && last - first < 3
        && matches!(&text[words[first - 1].span.end..words[first].span.start], " " | "'" | "’")
    {
        first -= 1;
    }
    Some((first, last))
}

/// Whether a pause (the start, or a colon, comma, full stop, semicolon or dash) comes before
/// word `k`: where a headline's label may start.
fn paused_before(text: &str, words: &[Word], k: usize) -> bool {
    k == 0 || text[words[k - 1].span.end..words[k].span.start].contains([':', ',', '.', ';', '-', '–', '—'])
}

/// The body a headline's label names: "L'azienda: «…»", "Il comitato dei pendolari: «…»" (a
/// body's kind after its article, with its complement or not) is the one body of that kind the
/// article names; "La Fiom: «…»" (one capitalised word no person below bears) is the one body
/// below whose name goes on from it ("Fiom-Cgil").
fn label_body(
    text: &str,
    facts: &SentenceFacts,
    quote: &Quote,
    discourse: &Discourse,
    bodies_below: &[&Speaker],
    names_below: &[(Vec<String>, String)],
) -> Option<Speaker> {
    let (first, last) = headline_label(text, facts, quote)?;
    let (words, lower) = (facts.words, &facts.lower);
    let opens = |k: usize| k > first && is_definite(&lower[k - 1]) && paused_before(text, words, k - 1);
    let kind = (first..=last).find(|&k| crate::mentions::BODY_KINDS.contains(&lower[k].as_str()) && opens(k));
    if let Some(kind) = kind {
        let complement = &lower[kind + 1..=last];
        let lower_case = (kind + 1..=last).all(|w| !words[w].is_capitalized(text));
        return (complement.first().is_none_or(|w| GENITIVES.contains(&w.as_str())) && lower_case)
            .then(|| discourse.body_of_kind(&lower[kind]))
            .flatten();
    }
    // The label's name: capitalised words after a pause or the label's article ("Rete Andes:").
    let start = (first..=last).find(|&k| {
        (k == first || opens(k) || paused_before(text, words, k))
            && !is_article(&lower[k])
            && (k..=last).all(|w| words[w].is_capitalized(text))
    })?;
    if !discourse.in_headline(&lower[start..=last], None).is_empty() {
        return None;
    }
    let name = Span::new(words[start].span.start, words[last].span.end).of(text);
    let goes_on = |longer: &str| longer.strip_prefix(name).is_some_and(|rest| rest.starts_with([' ', '-']));
    let longer: Vec<&&Speaker> = bodies_below.iter().filter(|b| goes_on(&b.name)).collect();
    if let Some(one) = longer.first() {
        return longer.iter().all(|b| b.id == one.id).then(|| (**one).clone().inferred());
    }
    // "Fiom: «…»" over "il segretario della Fiom Cgil, Walter Crippa": a body named below only
    // inside a person's role is still the one whose name goes on from the label.
    let longer: Vec<&(Vec<String>, String)> = names_below.iter().filter(|(_, written)| goes_on(written)).collect();
    let (lower_name, written) = longer.first().filter(|one| longer.iter().all(|b| b.1 == one.1))?;
    Some(Speaker::named(lower_name, written.clone()).inferred())
}

/// The runs of capitalised words below the headlines ("Fiom Cgil", "Rete Andes Europa"), each
/// in lower case and as written: where a headline's short name for a body may go on.
fn capitalised_runs(text: &str, heads: &[bool], facts: &[SentenceFacts]) -> Vec<(Vec<String>, String)> {
    let mut runs = Vec::new();
    for f in facts.iter().filter(|f| !heads[f.paragraph]) {
        let capitalised =
            |k: usize| f.words[k].is_capitalized(text) && f.words[k].text(text).chars().all(char::is_alphabetic);
        let mut k = 0;
        while k < f.words.len() {
            let start = k;
            while k < f.words.len()
                && capitalised(k)
                && (k == start || matches!(&text[f.words[k - 1].span.end..f.words[k].span.start], " " | "-"))
            {
                k += 1;
            }
            if k - start >= 2 {
                let span = Span::new(f.words[start].span.start, f.words[k - 1].span.end);
                runs.push((f.lower[start..k].to_vec(), span.of(text).to_owned()));
            }
            k = k.max(start + 1);
        }
    }
    runs
}

/// How many word stems a headline quotation must share with a speaker's words in the article to
/// pick them among people of the same surname.
const MIN_SHARED_STEMS: usize = 2;

/// Words too common to tell one quotation from another.
const COMMON_WORDS: &[&str] = &[
    "anche", "questo", "questa", "questi", "queste", "quello", "quella", "perché", "tutto", "tutti", "tutte", "sempre",
    "ancora", "molto", "degli", "delle", "della", "dello", "nella", "nelle", "sulla", "dalla", "siamo", "hanno",
    "avere", "essere", "stato", "stata", "fatto", "nostro", "nostra", "loro",
];

/// The stems of a quotation's telling words: the first four letters of each word of five or more
/// letters, so that "aumenti" and "aumenteremo" meet.
fn stems(said: &str) -> Vec<String> {
    said.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 5 && !COMMON_WORDS.contains(&w.as_str()))
        .map(|w| w.chars().take(4).collect())
        .collect()
}

/// Which paragraphs head the copy below them: the headline and subhead lines an article opens
/// with (three at most), and the slug over each later dispatch of wire copy, in capitals
/// ("INCENDI: CAGLIARITANO, GOVERNATORE: "VALUTIAMO PISTA DOLOSA" (4)") or as the agencies'
/// sites write it ("Banche: Morsiani, «nessuna chiusura»"), over "(ASTERPRESS) - CAGLIARI, 14
/// LUG - …": it sums up that dispatch as a headline does. A slug in lower case is one sentence
/// with no sign-off, so the last words of the dispatch before ("… ha detto. (ANSA)") are not one.
pub(crate) fn headings(text: &str, doc: &Document) -> Vec<bool> {
    let leading = doc.paragraphs.iter().take(3).take_while(|p| is_headline(p.span.of(text))).count();
    let mut sentences = vec![0usize; doc.paragraphs.len()];
    for sentence in &doc.sentences {
        sentences[sentence.paragraph] += 1;
    }
    (0..doc.paragraphs.len())
        .map(|i| {
            let paragraph = doc.paragraphs[i].span.of(text);
            let slug = !paragraph.chars().any(char::is_lowercase)
                || (sentences[i] == 1 && sign_off(text, doc.paragraphs[i].span).is_none());
            i < leading
                || is_headline(paragraph)
                    && slug
                    && doc.paragraphs.get(i + 1).is_some_and(|next| dateline(text, next.span).is_some())
        })
        .collect()
}

/// A headline or subhead: a short paragraph that does not end a sentence.
pub(crate) fn is_headline(paragraph: &str) -> bool {
    let trimmed = paragraph.trim();
    trimmed.len() <= 400 && trimmed.chars().count() <= 200 && !trimmed.ends_with(['.', '!', '?', '…'])
}

/// The description or pronoun of the quotation's sentences that stands for its inferred speaker.
fn inferring_words(speaker: &Option<Speaker>, first: &SentenceFacts, last: &SentenceFacts) -> Option<Span> {
    let speaker = speaker.as_ref().filter(|s| s.inferred)?;
    [first, last].into_iter().flat_map(|facts| &facts.candidates).find_map(|c| {
        let named = c.speaker.as_ref()?;
        (named.id == speaker.id && named.inferred && c.reference != Reference::Name).then_some(c.span)
    })
}

/// The narrator's words interpolated in a quotation between two dashes, when they open with a
/// verb of saying: «Il bilancio — aggiunge l'assessore — è in ordine», «Non si tratta — precisa
/// in una nota l'amministratore delegato — di una chiusura». They name the speaker; the rest
/// is the quotation.
fn interpolations(text: &str, marked: &[Marked], language: &Language) -> Vec<Span> {
    let mut found = Vec::new();
    for m in marked {
        let inner = m.inner.of(text);
        let dashes: Vec<(usize, usize)> = inner
            .char_indices()
            .filter(|&(at, c)| {
                // A hyphen typed for a dash stands between spaces, or closes the aside right
                // before the quotation's own punctuation ("- ha detto X -. Abbiamo…").
                matches!(c, '—' | '–')
                    || (c == '-'
                        && inner[..at].ends_with([' ', '\n'])
                        && inner[at + 1..].starts_with([' ', '\n', '.', ',', ';']))
            })
            .map(|(at, c)| (at, at + c.len_utf8()))
            .take(8)
            .collect();
        for pair in dashes.windows(2) {
            let segment = Span::new(m.inner.start + pair[0].1, m.inner.start + pair[1].0);
            if segment.end - segment.start > 200 {
                continue;
            }
            let words = words(text, segment);
            let lower = lowered(text, &words);
            let aux = lower.first().is_some_and(|w| matches!(w.as_str(), "ha" | "hanno" | "aveva" | "avevano"));
            let says = language.speech_at(Speech::Finite, &lower).is_some()
                || (aux && language.speech_at(Speech::Participle, &lower[1..]).is_some());
            if says {
                found.push(segment);
            }
        }
    }
    found
}

/// The words inside subordinate clauses ("Mentre la Regione tagliava i fondi,") and relative
/// clauses between commas (", che ha incontrato Putin,"): their names do not speak. `start` is
/// the sentence's first word of its own, past a wire dateline.
fn subordinate_words(text: &str, words: &[Word], lower: &[String], start: usize) -> Vec<bool> {
    let mut skipped = vec![false; words.len()];
    // "E quando Piccinni gli domanda…, lui risponde": a conjunction that opens the sentence leaves
    // the clause after it opening there.
    let comma_before = |k: usize| {
        k <= start
            || text[words[k - 1].span.end..words[k].span.start].contains(',')
            || k == start + 1 && matches!(lower[start].as_str(), "e" | "ed" | "ma" | "poi")
    };
    let mut k = 0;
    while k < words.len() {
        let opens = (SUBORDINATORS.contains(&lower[k].as_str())
            && comma_before(k)
            && lower.get(k + 1).is_some_and(|n| n != "di"))
            || (lower[k] == "che" && k > 0 && comma_before(k))
            // "A chi le domandava se il Comune sospenderà…, lei ha risposto": whom one answers
            // (not "Tra chi ha perso tutto c'è X": whom the sentence presents).
            || (matches!(lower[k].as_str(), "a" | "ad") && lower.get(k + 1).is_some_and(|n| n == "chi") && comma_before(k))
            // "Nel presentare la delibera, l'assessore…": an infinitive after "nel" is a clause
            // of its own, whose object is no speaker.
            || (matches!(lower[k].as_str(), "nel" | "col")
                && comma_before(k)
                && lower.get(k + 1).is_some_and(|n| ["are", "ere", "ire", "arsi", "ersi", "irsi"].iter().any(|e| n.ends_with(e))));
        if !opens {
            k += 1;
            continue;
        }
        let mut end = k + 1;
        while end < words.len() && !text[words[end - 1].span.end..words[end].span.start].contains([',', ';', ':']) {
            end += 1;
        }
        // Only a clause closed by a comma before the sentence goes on.
        if end < words.len() {
            for flag in &mut skipped[k..end] {
                *flag = true;
            }
        }
        k = end;
    }
    skipped
}

/// "dal sito Cielo e Stelle", "secondo Pd e M5s": what governs the first of two names joined by
/// "e" governs the second.
fn governed_conjuncts(text: &str, words: &[Word], candidates: &mut [Candidate], lower: &[String]) {
    for k in 1..candidates.len() {
        let (first, second) = (&candidates[k - 1], &candidates[k]);
        // Not past a comma: "ha pensato al capitano X, e quest'ultimo ha detto" opens a clause.
        let and = first.words.1;
        if first.governed
            && second.words.0 == and + 1
            && matches!(lower[and].as_str(), "e" | "ed")
            && !text[words[and - 1].span.end..words[and].span.start].contains(',')
        {
            candidates[k].governed = true;
        }
    }
}

/// "Più tardi, lasciando il Palazzo, è stata più netta": what a gerund after a pause takes as
/// its object, up to the comma that closes it or the end of the sentence, is no subject. Only
/// up to that comma: in "Uscendo dal vertice, il premier ha detto…" the subject follows it.
fn governed_by_gerund(text: &str, words: &[Word], lower: &[String], candidates: &mut [Candidate]) {
    let pause = |k: usize| text[words[k - 1].span.end..words[k].span.start].contains([',', ';', ':']);
    for (k, word) in lower.iter().enumerate() {
        let gerund = crate::lexicon_data::is_gerund(word);
        if !gerund || k > 0 && !pause(k) {
            continue;
        }
        // "«…», ha detto, invitando il capogruppo a «…».": a gerund after the verb's comma
        // runs to the end of the sentence if no comma closes it first.
        let close = (k + 1..words.len()).find(|&j| pause(j)).unwrap_or(words.len());
        if close < words.len() && !text[words[close - 1].span.end..words[close].span.start].contains(',') {
            continue;
        }
        // "citando un'intervista in cui Monti parlava di «…»": a relative clause opened by "cui"
        // or "dove" has a subject of its own.
        let close = (k + 1..close).find(|&j| matches!(lower[j].as_str(), "cui" | "dove")).unwrap_or(close);
        for candidate in candidates.iter_mut().filter(|c| c.words.0 > k && c.words.1 <= close) {
            candidate.governed = true;
        }
    }
}

/// "A difendere Sassanelli c'è l'avvocata X: «…»", "A chiudere la serata è stato Y": what the
/// infinitive that opens a cleft takes as its object is no subject.
fn governed_by_opening_infinitive(lower: &[String], candidates: &mut [Candidate]) {
    let infinitive = matches!(lower.first().map(String::as_str), Some("a" | "ad"))
        && lower.get(1).is_some_and(|w| w.ends_with("are") || w.ends_with("ere") || w.ends_with("ire"));
    if !infinitive {
        return;
    }
    let Some(copula) =
        lower.iter().position(|w| matches!(w.as_str(), "è" | "sono" | "era" | "erano" | "fu" | "furono"))
    else {
        return;
    };
    for candidate in candidates.iter_mut().filter(|c| c.words.1 <= copula) {
        candidate.governed = true;
    }
}

/// "Y che ha affermato": Y, the name right before `che`; "Y, secondo cui …, e che ha esortato":
/// Y, the name before the relative clauses it heads.
fn relative_subject<'c>(
    text: &str,
    words: &[Word],
    verb: &SpeechVerb,
    candidates: &'c [Candidate],
    lower: &[String],
) -> Option<&'c Candidate> {
    // "X, che pur condividendo le ragioni della protesta invita a…": a gerund's phrase between
    // the pronoun and its verb, with no name of its own.
    let gerund_phrase = || {
        let che = (verb.words.0.saturating_sub(RELATIVE_REACH)..verb.words.0).rev().find(|&k| lower[k] == "che")?;
        let first = if matches!(lower.get(che + 1).map(String::as_str), Some("pur" | "pure" | "anche")) {
            che + 2
        } else {
            che + 1
        };
        let gerund = lower.get(first).is_some_and(|w| w.ends_with("ndo"));
        let named_between = candidates.iter().any(|c| c.words.0 > che && c.words.1 <= verb.words.0);
        (gerund && !named_between).then_some(che)
    };
    // "X, che al quotidiano L'Isola Oggi ha promesso…": a complement naming whom the words
    // were told, a common noun and a capitalised name, between the pronoun and its verb.
    let told = || {
        let che = (verb.words.0.saturating_sub(TOLD_REACH)..verb.words.0.saturating_sub(2))
            .rev()
            .find(|&k| lower[k] == "che")?;
        let to = lower[che + 1].as_str();
        let named = (che + 3..verb.words.0).all(|k| words[k].is_capitalized(text));
        (matches!(to, "al" | "alla" | "all" | "ai" | "alle" | "agli") && che + 3 < verb.words.0 && named).then_some(che)
    };
    // "il sindaco X, che ha portato la solidarietà della giunta e ha annunciato…": a verb
    // joined by "e" (or "ma": "che pure sostiene la maggioranza ma ha chiesto…") to the
    // relative clause's own verb has the same antecedent.
    let coordinated = || {
        let and = verb.words.0.checked_sub(1).filter(|&k| matches!(lower[k].as_str(), "e" | "ed" | "ma"))?;
        let che = (and.saturating_sub(COORDINATED_REACH)..and).rev().find(|&k| lower[k] == "che")?;
        // "una nota della Regione, che «prende atto delle difficoltà» e annuncia…": the first
        // verb may be quoted, as long as no pause stands outside the quotation.
        let between = &text[words[che].span.end..words[and].span.start];
        let mut inner = between.trim().chars();
        let quoted_verb = matches!(inner.next(), Some('«' | '“' | '"'))
            && matches!(inner.next_back(), Some('»' | '”' | '"'))
            && !inner.as_str().contains(['«', '»', '“', '”', '"']);
        // "che ha motivato il no con il timore di «tensioni etniche» e ha dichiarato…": words
        // quoted inside the first verb's phrase, with no pause outside them, keep one clause.
        let mut quoted = false;
        let paused_outside = between.chars().any(|c| {
            match c {
                '«' | '“' => quoted = true,
                '»' | '”' => quoted = false,
                '"' => quoted = !quoted,
                _ => {}
            }
            !quoted && matches!(c, ',' | ';' | ':')
        });
        let one_clause = (quoted_verb || !paused_outside && !quoted)
            && !candidates.iter().any(|c| c.person && c.words.0 > che && c.words.1 <= and);
        (one_clause && che + 1 < and).then_some(che)
    };
    // "Pellizzari, che la pm ha definito «il regista del sistema»": a subject of its own right
    // before the verb makes "che" the clause's object; the subject is that one, not the antecedent.
    let object_relative =
        (verb.words.0.saturating_sub(RELATIVE_REACH)..verb.words.0).rev().find(|&k| lower[k] == "che");
    if let Some(che) = object_relative
        && let Some(subject) =
            candidates.iter().find(|c| c.words.0 == che + 1 || c.words.0 == che + 2 && is_definite(&lower[che + 1]))
        && subject.words.1 == verb.words.0
        // (Governed only as a name inside a relative clause: the pronoun stands right before.)
        && !subject.adjective
        // Not a complement: "Locatelli, che nella dichiarazione di voto ha parlato di «…»".
        && !PREPOSITIONS.contains(&lower[subject.words.0].as_str())
        && !text[words[che].span.end..verb.span.start].contains([',', ';', ':'])
    {
        return Some(subject);
    }
    let che = relative_pronoun(verb.words.0, lower).or_else(gerund_phrase).or_else(told).or_else(coordinated)?;
    // "Aldo Cremaschi, presidente del comitato X, che parla di…": the person the apposition
    // between commas describes, not the name inside it.
    let described = candidates.iter().rev().find(|c| {
        c.person && c.words.1 < che && che - c.words.1 <= APPOSITION_REACH && {
            let between = &text[c.span.end..words[che].span.start];
            between.trim_start().starts_with(',')
                && between.matches(',').count() == 2
                && between.trim_end().ends_with(',')
        }
    });
    let right_before_is_person = candidates.iter().any(|c| c.words.1 == che && c.person);
    if let Some(person) = described.filter(|_| !right_before_is_person) {
        return Some(person);
    }
    // A person is the antecedent whatever governs them in the main clause ("le richieste del pm
    // Andrea Lupi, che aveva descritto…").
    // So is a body after a preposition other than "di" ("affidato alla cooperativa X, che in una
    // nota esprime…"); after "di" it qualifies the noun before it.
    // Unless that noun is one of saying ("Dura la reazione della Regione Sardegna, che parla
    // di…"): words do not speak, their owner does.
    // Not a place after "a" or "in" ("l'ambasciata di Francia a Roma, che definisce…"): where
    // the antecedent is, not who it is.
    let locative = |c: &Candidate| {
        matches!(lower[c.words.0 - 1].as_str(), "a" | "ad" | "in")
            && c.speaker.as_ref().is_some_and(|s| s.country.as_deref() == Some(s.id.as_str()))
    };
    // "assicurate con la Mutua Tirrena, che…": the preposition may stand before an article.
    let preposition_at = |c: &Candidate| {
        let at = c.words.0.checked_sub(1)?;
        if PREPOSITIONS.contains(&lower[at].as_str()) {
            return Some(at);
        }
        let before = at.checked_sub(1)?;
        (is_article(&lower[at]) && PREPOSITIONS.contains(&lower[before].as_str())).then_some(before)
    };
    let complement = |c: &Candidate| {
        preposition_at(c).is_some_and(|at| {
            !locative(c)
                && (!GENITIVES.contains(&lower[at].as_str())
                    || at >= 1 && FRAME_NOUNS.contains(&lower[at - 1].as_str()))
        })
    };
    // "l'ambasciata cinese ad Accra, che…": past the place, the noun it places.
    let placed = candidates
        .iter()
        .find(|c| c.words.1 == che && c.words.0 > 0 && locative(c))
        .and_then(|place| candidates.iter().find(|c| c.words.1 + 1 == place.words.0 && !c.adjective));
    if let Some(right_before) =
        candidates.iter().find(|c| c.words.1 == che && (is_subject(c) || c.person || complement(c))).or(placed)
    {
        // "la moglie di Salvatore, che ha chiesto di non essere nominata": a name that is the
        // complement of a description right before it qualifies that description, the antecedent.
        let head = right_before
            .words
            .0
            .checked_sub(1)
            .filter(|&of| GENITIVES.contains(&lower[of].as_str()))
            .and_then(|of| candidates.iter().find(|c| c.words.1 == of && c.reference == Reference::Description));
        return Some(head.unwrap_or(right_before));
    }
    // "e che": a second relative clause of the same antecedent, which opened the first one.
    if che > 0 && lower[che - 1] == "e" {
        let first = (0..che - 1).rev().find(|&k| lower[k] == "cui" || lower[k] == "che")?;
        let opener = if first > 0 && lower[first - 1] == "secondo" { first - 1 } else { first };
        return candidates.iter().find(|c| c.words.1 == opener && is_subject(c) && c.person);
    }
    None
}

/// How many words an interviewer's question may have.
const QUESTION_WORDS: usize = 30;

/// How many words a role in apposition may have before the "che" of a relative clause in it.
const APPOSITION_WORDS: usize = 6;

/// How many words a relative clause's first verb phrase may have before an "e" joins another.
const COORDINATED_REACH: usize = 14;

/// X of "per bocca di X" before the verb, in its clause: the one whose mouth says it.
fn through_mouth_of<'c>(verb: &SpeechVerb, candidates: &'c [Candidate], lower: &[String]) -> Option<&'c Candidate> {
    let bocca = (verb.words.0.saturating_sub(CLAUSE_REACH)..verb.words.0).find(|&k| {
        k > 0 && lower[k] == "bocca" && lower[k - 1] == "per" && GENITIVES.contains(&lower[k + 1].as_str())
    })?;
    candidates
        .iter()
        .find(|c| c.words.0 > bocca + 1 && c.words.0 <= bocca + 4 && c.words.1 <= verb.words.0 && c.speaker.is_some())
}

/// The document of "Nel rapporto si afferma che…": a document after "in" and its article, right
/// before the impersonal "si" of the verb.
fn read_in_document<'c>(
    verb: &SpeechVerb,
    candidates: &'c [Candidate],
    lower: &[String],
    words: &[Word],
    text: &str,
) -> Option<&'c Candidate> {
    // "si parla" (the verb after "si") or "si legge" (a verb that holds its "si").
    let si = if lower[verb.words.0] == "si" { Some(verb.words.0) } else { verb.words.0.checked_sub(1) };
    let si = si.filter(|&k| lower[k] == "si")?;
    // "la consulenza depositata dalla Procura, nella quale si legge che…": the document the
    // relative pronoun stands for, the last one before it.
    if si >= 2 && lower[si - 1] == "quale" && is_in_the(&lower[si - 2]) {
        return candidates.iter().rev().find(|c| c.reference == Reference::Document && c.words.1 <= si - 2);
    }
    // "Nella relazione dei revisori, depositata a febbraio, si legge…": an aside between commas
    // may stand between the document and the verb.
    // "Nel comunicato diffuso dal club in serata si legge…": so may the participle that says who
    // issued it and when, with no pause.
    let issued = |end: usize| {
        end < si
            && si - end <= ASIDE_WORDS
            && crate::discourse::DOCUMENT_PARTICIPLES.iter().any(|ending| lower[end].ends_with(ending))
            && !text[words[end - 1].span.end..words[si].span.start].contains([',', ';', ':', '.', '«', '"', '“'])
    };
    let aside = |end: usize| {
        end == si
            || issued(end)
            || end < si && si - end <= ASIDE_WORDS && {
                let between = text[words[end - 1].span.end..words[si].span.start].trim();
                // The document's name may go on in lower case first ("del collegio dei revisori").
                let (name, aside) = between.split_at(between.find(',').unwrap_or(0));
                let goes_on = name.split_whitespace().next().is_none_or(|w| {
                    GENITIVES.contains(&w.to_lowercase().trim_end_matches(['\'', '’']))
                        && name.split_whitespace().count() <= 3
                });
                goes_on && aside.starts_with(',') && aside.ends_with(',') && aside.matches(',').count() == 2
            }
    };
    candidates.iter().find(|c| c.reference == Reference::Document && aside(c.words.1) && is_in_the(&lower[c.words.0]))
}

/// How many words an aside between commas may have between a document and "si legge".
const ASIDE_WORDS: usize = 8;

/// Words that may stand between a relative pronoun and its verb: adverbs of time and clitics.
const RELATIVE_ADVERBS: &[&str] = &[
    "oggi", "ieri", "ora", "adesso", "poi", "già", "ancora", "stamani", "stamattina", "stasera", "si", "ci", "lo", "la",
];

/// The "che" of a relative clause whose verb comes right after it ("…, che censisce…"), when
/// `verb` is joined to that clause by "e" with no pause between ("che censisce duecento
/// conflitti e indica…").
fn coordinated_relative(text: &str, words: &[Word], lower: &[String], verb: usize) -> Option<usize> {
    let and = verb.checked_sub(1).filter(|&k| matches!(lower[k].as_str(), "e" | "ed"))?;
    let che = (0..and).rev().find(|&k| lower[k] == "che")?;
    let relative_verb = che + 1;
    let opens_clause = che > 0
        && (text[words[che - 1].span.end..words[che].span.start].contains(',') || words[che - 1].is_capitalized(text));
    let verb_follows = relative_verb < and
        && !is_article(&lower[relative_verb])
        && !words[relative_verb].is_capitalized(text)
        && !crate::mentions::OF.contains(&lower[relative_verb].as_str())
        && !PREPOSITIONS.contains(&lower[relative_verb].as_str());
    let no_pause =
        (che + 1..=verb).all(|k| !text[words[k - 1].span.end..words[k].span.start].contains([',', ';', ':']));
    let no_second_subject = (relative_verb + 1..and).all(|k| !matches!(lower[k].as_str(), "che" | "cui" | "quale"));
    (opens_clause && verb_follows && no_pause && no_second_subject).then_some(che)
}

/// The "che" or "cui" whose clause the verb at `verb` opens: right before it, or before one
/// complement ("che nella requisitoria aveva descritto", "che durante l'udienza ha definito"),
/// never before a noun phrase of its own, which would be the verb's subject ("che i sindacati
/// hanno definito").
fn relative_pronoun(verb: usize, lower: &[String]) -> Option<usize> {
    let is_pronoun = |k: usize| lower[k] == "che" || lower[k] == "cui";
    let right_before = verb.checked_sub(1).filter(|&k| is_pronoun(k));
    right_before
        // "che oggi si dice", "che ieri ha detto": adverbs of time and clitics between.
        .or_else(|| {
            let che = (verb.saturating_sub(3)..verb.saturating_sub(1)).rev().find(|&k| is_pronoun(k))?;
            lower[che + 1..verb].iter().all(|w| RELATIVE_ADVERBS.contains(&w.as_str())).then_some(che)
        })
        .or_else(|| {
            let che = (verb.saturating_sub(4)..verb.saturating_sub(2)).rev().find(|&k| is_pronoun(k))?;
            // "che fino all'ultimo aveva minacciato": "fino a" is one preposition.
            let compound = lower[che + 1] == "fino" && che + 2 < verb && lower[che + 2].starts_with('a');
            let opening = if compound { che + 2 } else { che + 1 };
            let preposition = lower[opening].as_str();
            let rest = &lower[opening + 1..verb];
            let simple = matches!(preposition, "in" | "durante" | "con" | "a" | "da" | "su" | "per" | "tra" | "fra");
            let complement = PREPOSITIONS.contains(&preposition)
                && rest
                    .iter()
                    .enumerate()
                    .all(|(n, w)| !PREPOSITIONS.contains(&w.as_str()) && (n == 0 && simple || !is_definite(w)));
            complement.then_some(che)
        })
        .or_else(|| {
            // "che in una conferenza stampa alla Camera ha definito", "che dal presidio sotto la sede
            // di via Ponticelli ha parlato": complements one after the other, each opened by its
            // preposition, with no noun phrase of their own and no verb.
            let che =
                (verb.saturating_sub(COMPLEMENTS_REACH)..verb.saturating_sub(2)).rev().find(|&k| is_pronoun(k))?;
            let chain = &lower[che + 1..verb];
            let opens = PREPOSITIONS.contains(&chain[0].as_str());
            let no_subject = chain.iter().enumerate().all(|(n, w)| {
                !(is_definite(w) && (n == 0 || !PREPOSITIONS.contains(&chain[n - 1].as_str())))
                    && !matches!(
                        w.as_str(),
                        "ha" | "hanno" | "è" | "sono" | "era" | "erano" | "aveva" | "avevano" | "e" | "ma"
                    )
            });
            (opens && no_subject).then_some(che)
        })
        .or_else(|| {
            // "che secondo quanto riporta La Gazzetta del Trebbia avrebbe definito": a source's
            // aside between the pronoun and its verb.
            let che =
                (verb.saturating_sub(COMPLEMENTS_REACH)..verb.saturating_sub(2)).rev().find(|&k| is_pronoun(k))?;
            let aside = &lower[che + 1..verb];
            (aside[0] == "secondo" && !aside.iter().any(|w| matches!(w.as_str(), "che" | "e" | "ma"))).then_some(che)
        })
}

/// "la perizia disposta dalla Procura, che definiva…": the agent of a participle right before a
/// relative pronoun qualifies the noun before the participle, which the relative clause is about;
/// any other subject stays as it is.
fn participle_head<'c>(subject: &'c Candidate, candidates: &'c [Candidate], lower: &[String]) -> &'c Candidate {
    let (start, end) = subject.words;
    let relative = lower.get(end).is_some_and(|w| w == "che");
    let agent = start >= 2
        && crate::mentions::FROM.contains(&lower[start - 1].as_str())
        && (crate::words::ends_like_participle(&lower[start - 2])
            || crate::words::IRREGULAR_PARTICIPLE_ENDINGS.iter().any(|e| lower[start - 2].ends_with(e)));
    let head = (relative && agent)
        .then(|| candidates.iter().find(|c| (c.words.1 == start - 2 || c.words.1 == start - 1) && !c.adjective))
        .flatten();
    head.unwrap_or(subject)
}

/// How many words complements may take between a relative pronoun and its verb.
const COMPLEMENTS_REACH: usize = 12;

/// Whether `candidate` is "il quale", "la quale", "i quali", "le quali".
fn is_relative_pronoun(candidate: &Candidate, lower: &[String]) -> bool {
    candidate.reference == Reference::Pronoun && lower[candidate.words.1 - 1].starts_with("qual")
}

/// Whether `candidate` can be the subject of a clause.
fn is_subject(candidate: &Candidate) -> bool {
    !candidate.governed && !candidate.adjective
}

/// Where a verb's subject stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Position {
    /// Before the verb ("Kim ha detto").
    Before,
    /// After it ("…, ha detto Kim").
    After,
}

/// The subject of a verb of saying (see the module's rules), if the sentence names it.
fn verb_subject<'c>(
    text: &str,
    verb: &SpeechVerb,
    candidates: &'c [Candidate],
    words: &[Word],
    lower: &[String],
    skipped: &[bool],
) -> Option<(&'c Candidate, Position)> {
    let (start, end) = verb.words;
    // "…, la quale ha definito": the relative pronoun right before the verb is its subject.
    if let Some(pronoun) = candidates.iter().find(|c| c.words.1 == start && is_relative_pronoun(c, lower)) {
        return Some((pronoun, Position::Before));
    }
    // A verb inside a clause of its own ("mentre Stoccolma parla di…", "Dopo che la Questura
    // aveva segnalato…") takes its subject there.
    let own = own_clause_start(text, words, lower, candidates, start);
    // A comma or a closing quotation mark right before the verb: the subject comes after it,
    // past what the verb governs (“…”, ha detto alla Gazzetta il ministro Alvik).
    let usable = |c: &&Candidate| {
        c.words.1 <= start && is_subject(c) && (!skipped[c.words.0] || own.is_some_and(|own| c.words.0 >= own))
    };
    // "«Ci sarò», le ha risposto la presidente": an object pronoun before the verb goes with it.
    let mut lead = start;
    while lead > 0
        && matches!(lower[lead - 1].as_str(), "le" | "gli" | "mi" | "ti" | "ci" | "vi")
        && text[words[lead - 1].span.end..words[lead].span.start].trim().is_empty()
    {
        lead -= 1;
    }
    let verb_start = if lead < start { words[lead].span.start } else { verb.span.start };
    let before_verb = text[..verb_start].trim_end().trim_end_matches(',').trim_end();
    let after_quotation = before_verb.ends_with(['”', '»', '"', '’']);
    // "«Il bilancio — aggiunge l'assessore — è in ordine»": an interpolation puts the subject after.
    let interpolated = before_verb.ends_with(['—', '–', '-']);
    let clause_start_for_inversion = (0..start).rev().find(|&k| lower[k] == "che" && !skipped[k]).map_or(0, |k| k + 1);
    let nobody_before = !candidates.iter().filter(usable).any(|c| c.words.0 >= clause_start_for_inversion);
    let comma_before = lead > 0 && text[words[lead - 1].span.end..verb_start].contains(',');
    // "CLAUSE, ha affermato Putin": a subject right after the verb, within two plain words;
    // not when the comma closes the subject's own apposition ("Il direttore, Oreste Lanfranchi,
    // ha confermato il piano").
    let apposition_before = candidates.iter().filter(usable).any(|c| c.words.1 == start && c.person);
    // "L'avvocato X, che assiste ventidue candidati, annuncia il ricorso": nor when it closes a
    // relative clause whose antecedent, before its "che", is the subject.
    let relative_before = start > 0
        && skipped[start - 1]
        && (0..start).rev().find(|&k| lower[k] == "che").is_some_and(|che| {
            che > 0
                && text[words[che - 1].span.end..words[che].span.start].contains(',')
                && candidates.iter().filter(usable).any(|c| c.words.1 == che && c.speaker.is_some())
        });
    // "La bozza, circolata in mattinata tra le delegazioni, impegna la Commissione a…": nor when
    // it closes a participle's aside whose subject, before its first comma, is the verb's.
    let participle_before = start > 1 && comma_before && {
        let opening =
            (1..start).rev().find(|&k| text[words[k - 1].span.end..words[k].span.start].contains([',', ';', ':', '(']));
        opening.is_some_and(|k| {
            text[words[k - 1].span.end..words[k].span.start].trim() == ","
                && crate::words::ends_like_participle(&lower[k])
                && candidates.iter().filter(usable).any(|c| c.words.1 == k && c.speaker.is_some())
        })
    };
    // Not for a gerund, whose subject is the main clause's ("…, ricordando come la Regione abbia…").
    let right_after = comma_before
        && verb.form != VerbForm::Gerund
        && !apposition_before
        && !relative_before
        && !participle_before
        && subject_after(text, end, candidates, words, lower).is_some_and(|c| {
            // "X, raggiunto al telefono, annuncia un ricorso al Tar": a document the verb
            // introduces with an indefinite article is what it announces, not who speaks.
            let indefinite = c.reference == Reference::Document
                && (c.words.0.saturating_sub(2)..=c.words.0).any(|k| matches!(lower[k].as_str(), "un" | "uno" | "una"));
            // Past a short complement of the verb, one the text resolves ("fa sapere in una nota
            // il coordinatore X"; not "il dicastero" of a ministry named before the verb).
            let complement = lower.get(end).is_some_and(|w| PREPOSITIONS.contains(&w.as_str())) && c.speaker.is_some();
            let reach = if complement { VERB_COMPLEMENT_WORDS } else { 2 };
            c.words.0 <= end + reach
                && !indefinite
                && (end..c.words.0).all(|k| !words[k].is_capitalized(text) && !lower[k].ends_with("re"))
        });
    // "Replica a stretto giro il relatore, X, secondo cui…": a verb that opens the sentence puts
    // its subject after it.
    // So does one after a complement it fronts ("Ai primi cittadini ha risposto l'assessora").
    let fronted = start > 0 && PREPOSITIONS.contains(&lower[0].as_str());
    let opens = verb.form == VerbForm::Finite && ((0..start).all(|k| skipped[k]) || fronted);
    let inverted = ((after_quotation || comma_before || opens) && nobody_before)
        || interpolated
        || right_after
        // "Lo ha detto X", "È quanto sostiene X".
        || (start > 0 && matches!(lower[start - 1].as_str(), "lo" | "l" | "quanto"));
    // "ha elogiato Sacchetti": after a verb that takes a person as object, the name is its object,
    // unless the verb follows the quotation ("«…», attacca Ravasi") or interrupts it ("«…—
    // attacca Ravasi — …»"), or opens the sentence ("Attacca anche l'ex sindaca X, per la quale…").
    // Not an auxiliary that opens it: "Ha poi ringraziato l'editore X, «…»" drops its subject
    // and X is the object.
    let simple_opener = start == 0 && !AUXILIARY_OPENERS.contains(&lower[0].as_str());
    if inverted
        && (after_quotation || interpolated || !verb.takes_object || simple_opener)
        && let Some(subject) = subject_after(text, end, candidates, words, lower)
    {
        return Some((subject, Position::After));
    }
    if verb.form == VerbForm::Gerund {
        // A gerund shares the subject that opens the sentence, before its first verb: in "Ha poi
        // difeso la scelta di lasciare in panchina il capitano X, definendola…" the subject is
        // dropped and X is an object.
        let main_verb =
            (0..start).find(|&k| AUXILIARY_OPENERS.contains(&lower[k].as_str()) && !skipped[k]).unwrap_or(start);
        let before = candidates.iter().filter(usable).find(|c| c.words.1 <= main_verb);
        // "Da Bruxelles, pur confermando la procedura, il portavoce X ha cercato…": a gerund's
        // phrase that opens the sentence, set off by a comma, has the main clause's subject after it.
        let opening_phrase = || {
            let no_verb_before = (0..start).all(|k| !AUXILIARY_OPENERS.contains(&lower[k].as_str()));
            let comma = (end..words.len()).find(|&k| text[words[k - 1].span.end..words[k].span.start].contains(','))?;
            // "Pur ammettendo che «…», il sindaco X…": the words it gives may stand inside it.
            let no_pause_inside = !text[words[start].span.end..words[comma - 1].span.end].contains([',', ';', ':']);
            let subject = candidates.iter().find(|c| c.words.0 == comma && is_subject(c) && c.speaker.is_some())?;
            (no_verb_before && no_pause_inside).then_some((subject, Position::After))
        };
        return before.map(|c| (c, Position::Before)).or_else(opening_phrase);
    }
    // The clause of the verb starts after a `che` that introduces it ("ha detto che X ha…"),
    // or after a colon or semicolon with a subject of its own before the verb ("Roma non è
    // sola: anche Madrid ha parlato di…").
    // Not a `che` whose clause a comma closed before naming anyone ("Ferrovie Liguri, la società
    // che gestisce la linea, in una nota precisa…"): a relative clause inside the subject's phrase.
    let closed_before_naming = |che: usize| {
        // The phrase "che" qualifies is an apposition: an article after a comma, a few words back,
        // or a role after a person's name and its comma ("Marina Bertolaia, presidente della
        // fondazione che…").
        let apposition = (che.saturating_sub(APPOSITION_WORDS)..che).any(|k| {
            k > 0
                && text[words[k - 1].span.end..words[k].span.start].contains(',')
                && (is_definite(&lower[k]) && k + 4 >= che
                    || !words[k].is_capitalized(text)
                        // "Marco Deidda, ha riferito che…": a verb after the comma is the sentence's.
                        && !AUXILIARY_OPENERS.contains(&lower[k].as_str())
                        && candidates.iter().any(|c| c.speaker.is_some() && c.words.1 == k))
        });
        apposition
            && (che + 1..=start)
                .find(|&k| text[words[k - 1].span.end..words[k].span.start].contains(','))
                .is_some_and(|comma| !candidates.iter().filter(usable).any(|c| c.words.0 > che && c.words.1 <= comma))
    };
    // "un'intervista in cui Monti parlava di…": "cui" opens a clause whose subject follows it,
    // when it names one and no other verb comes before the verb ("L'ordinanza con cui il gip
    // aveva disposto…, definiva": the main clause's; "una nota in cui ribadisce": the note's).
    let relative_cui = |k: usize| {
        lower[k] == "cui"
            && k > 0
            && PREPOSITIONS.contains(&lower[k - 1].as_str())
            && lower[k - 1] != "secondo"
            && candidates.iter().filter(usable).any(|c| c.words.0 > k)
            && !(k + 1..start).any(|w| AUXILIARY_OPENERS.contains(&lower[w].as_str()) || lower[w] == "si")
    };
    let clause_start = (0..start)
        .rev()
        .find(|&k| (lower[k] == "che" && !closed_before_naming(k) || relative_cui(k)) && !skipped[k])
        .map_or(0, |k| k + 1);
    let after_stop = (1..start)
        .rev()
        .find(|&k| text[words[k - 1].span.end..words[k].span.start].contains([':', ';']))
        .filter(|&k| candidates.iter().filter(usable).any(|c| c.words.0 >= k));
    let clause_start = clause_start.max(own.unwrap_or(0)).max(after_stop.unwrap_or(0));
    candidates.iter().filter(usable).find(|c| c.words.0 >= clause_start).map(|c| (c, Position::Before))
}

/// Indefinite pronouns that are a verb's subject when they stand right before it ("come
/// qualcuno aveva scritto", "molti hanno parlato di…"): nobody the text names.
const INDEFINITE_SUBJECTS: &[&str] = &[
    "qualcuno", "qualcuna", "nessuno", "nessuna", "molti", "molte", "alcuni", "alcune", "tanti", "chiunque", "taluni",
];

/// Adverbs that, after a pause, open the next step of a story as "e" would ("Rossi ha parlato a
/// lungo, poi il giudice ha detto: «…»"): a clause of its own, with its own subject or the
/// sentence's.
const SEQUENCE_ADVERBS: &[&str] = &["poi", "quindi", "infine", "allora", "dopodiché", "successivamente"];

/// Where the clause of the word at `verb` starts when a subordinating or contrasting word after
/// a pause opens it ("…, mentre Stoccolma parla", "Dopo che la Questura aveva segnalato"): the
/// word after the opener (after its `che`, if it has one). `None` when the verb's clause is the
/// sentence's main one.
fn own_clause_start(
    text: &str,
    words: &[Word],
    lower: &[String],
    candidates: &[Candidate],
    verb: usize,
) -> Option<usize> {
    let paused = |k: usize| k == 0 || text[words[k - 1].span.end..words[k].span.start].contains([',', ';', '(', '—']);
    // A clause opens within a few words of its verb; looking no further keeps a sentence of
    // thousands of words linear.
    let opener = (verb.saturating_sub(CLAUSE_REACH)..verb).rev().find(|&k| {
        let word = lower[k].as_str();
        (paused(k)
            && (SUBORDINATORS.contains(&word) && lower.get(k + 1).is_some_and(|n| n != "di")
                || matches!(word, "mentre" | "ma" | "invece" | "però" | "e" | "ed")
                || SEQUENCE_ADVERBS.contains(&word)))
            // "X, la cui presidente, Maria Rotundo, parla di…"
            || (word == "cui" && k > 0 && paused(k - 1) && is_definite(&lower[k - 1]))
            // "Pizzi gli domanda se… e lui risponde": a pronoun said aloud after "e" is the
            // subject of a clause of its own.
            || (matches!(word, "e" | "ma") && lower.get(k + 1).is_some_and(|w| matches!(w.as_str(), "lui" | "lei")))
    })?;
    // No clause ends between the opener and the verb, nor right before it ("Quando la scoprì,
    // disse…": the main clause's verb); the commas of an apposition ("mentre il
    // capogruppo, Luca Ferrario, definiva") are inside or right after one candidate.
    let comma_at = |k: usize| text[words[k - 1].span.end..words[k].span.start].contains(',');
    // So are those around a person named in apposition to a description ("mentre la più
    // giovane delle finaliste, la 27enne Irene Pozzobon, ha parlato di…").
    let apposition = |k: usize| {
        candidates.iter().any(|c| {
            // The apposition may open with an article and an age ("la 27enne") before the name.
            let opens = (c.words.0.saturating_sub(2)..=c.words.0)
                .find(|&j| j > 0 && comma_at(j) && (j..c.words.0).all(|w| !words[w].is_capitalized(text)));
            let named_between_commas = || {
                words[c.words.0].is_capitalized(text)
                    && opens.is_some_and(|open| k == open || k == c.words.1)
                    && c.words.1 < words.len()
                    && comma_at(c.words.1)
            };
            c.person && (c.words.0 < k && k <= c.words.1 || named_between_commas())
        })
    };
    // …nor those of a short aside right after the clause's subject ("mentre Madrid, più prudente,
    // ha chiesto").
    let aside = |k: usize| {
        candidates.iter().any(|c| {
            let open = c.words.1;
            !c.governed
                && c.words.0 > opener
                && open < verb
                && comma_at(open)
                && (open + 1..=verb).find(|&j| comma_at(j)).is_some_and(|close| {
                    close - open <= ASIDE_REACH
                        && close == verb
                        && (k == open || k == close)
                        && lower[open..close].iter().all(|w| !matches!(w.as_str(), "che" | "e" | "ed" | "ma"))
                        && (open..close).all(|w| !words[w].is_capitalized(text))
                })
        })
    };
    if (opener + 1..=verb).any(|k| {
        text[words[k - 1].span.end..words[k].span.start].contains([',', ';', ':']) && !apposition(k) && !aside(k)
    }) {
        return None;
    }
    let start = if lower.get(opener + 1).is_some_and(|w| w == "che") { opener + 2 } else { opener + 1 };
    // "…, ma ha detto che", "…, e ha aggiunto": a coordinated verb without a subject of its own
    // shares the sentence's.
    let coordinated = matches!(lower[opener].as_str(), "ma" | "invece" | "però" | "e" | "ed")
        || SEQUENCE_ADVERBS.contains(&&*lower[opener]);
    if coordinated && !candidates.iter().any(|c| c.words.0 >= start && c.words.1 <= verb) {
        return None;
    }
    Some(start)
}

/// How many words a short aside between a clause's subject and its verb may have.
const ASIDE_REACH: usize = 4;

/// The subject after an inverted verb: the first candidate no preposition governs, within a
/// few words and before any `che` or strong punctuation.
fn subject_after<'c>(
    text: &str,
    from: usize,
    candidates: &'c [Candidate],
    words: &[Word],
    lower: &[String],
) -> Option<&'c Candidate> {
    // A relative pronoun ("…, la quale gli ha inflitto") is its own clause's subject.
    let candidate = candidates.iter().find(|c| c.words.0 >= from && is_subject(c) && !is_relative_pronoun(c, lower))?;
    if candidate.words.0 > from + 10 || from >= words.len() {
        return None;
    }
    let between = &text[words[from - 1].span.end..words[candidate.words.0].span.start];
    // "ha annunciato il rappresentante di Pechino, secondo cui il dossier…", "…, mentre la
    // Francia…": past a clause that opens after the verb, a name is that clause's.
    // "poco dopo le due di notte", "prima di mezzanotte": "dopo" and "prima" before an article,
    // a number or a noun are prepositions of time, not the opening of a clause ("dopo aver…").
    let of_time = |k: usize| {
        matches!(lower[k].as_str(), "dopo" | "prima")
            && lower.get(k + 1).is_some_and(|next| {
                crate::articles::article(next).is_some() || next.chars().all(|c| c.is_ascii_digit())
            })
    };
    let opens_clause = |k: usize| {
        lower[k] == "che"
            || lower[k] == "cui"
            // ("ha spiegato come…": the verb's own complement; "ha detto, prima di lasciare
            // l'aula,": past a comma, a clause of its own.)
            || SUBORDINATORS.contains(&lower[k].as_str())
                && (k > from || text[words[k - 1].span.end..words[k].span.start].contains(','))
                && !of_time(k)
    };
    // "ha detto il corridore lasciando il tribunale": past a noun phrase, a gerund opens a clause
    // whose object is no subject (not "ha detto sorridendo il sindaco").
    let gerund_after_noun = |k: usize| {
        crate::lexicon_data::is_gerund(&lower[k])
            && (from..k).any(|j| is_article(&lower[j]) || words[j].is_capitalized(text))
    };
    // "ha detto lasciando l'Aula": past a gerund, a noun phrase that stands for nobody is the
    // gerund's object (not "ha detto sorridendo il sindaco", whom a description resolves).
    let gerund_object = candidate.speaker.is_none()
        && !candidate.person
        && !matches!(candidate.reference, Reference::Description | Reference::Pronoun)
        && (from..candidate.words.0).any(|k| crate::lexicon_data::is_gerund(&lower[k]));
    let blocked = between.contains(['.', ';', ':', '«', '“', '"', '('])
        || gerund_object
        || (from..candidate.words.0).any(|k| opens_clause(k) || gerund_after_noun(k));
    (!blocked).then_some(candidate)
}

/// Subjects that are somebody, or nobody in particular: "c'è chi parla di", "qualcuno ha scritto".
const INDEFINITE: &[&str] = &["chi", "qualcuno", "qualcuna", "nessuno", "nessuna", "molti", "alcuni", "tanti", "altri"];

/// Whether the clause of `verb` opens with a noun phrase nobody resolved ("Il cugino le ha
/// risposto"): its subject is given, only not known.
fn unresolved_subject(
    text: &str,
    words: &[Word],
    lower: &[String],
    verb: &SpeechVerb,
    candidates: &[Candidate],
    skipped: &[bool],
    quoted: &dyn Fn(Span) -> bool,
) -> bool {
    let start = verb.words.0;
    // "i contatti, ha aggiunto, sono «già avviati»": a verb between commas is an aside whose
    // subject is dropped; the noun before it is the subject of the words it reports.
    if parenthetical(text, words, verb) {
        return false;
    }
    let before = |k: usize| start.checked_sub(k).map(|at| lower[at].as_str());
    // "c'è chi parla di…", "si parla di…": somebody, or nobody in particular.
    let quoted_before = start > 0 && quoted(words[start - 1].span);
    if !quoted_before && before(1).is_some_and(|w| INDEFINITE.contains(&w))
        || (before(1) == Some("si") && !matches!(lower[start].as_str(), "è" | "sono"))
    {
        return true;
    }
    // "«…», ha aggiunto la rappresentante del governo", "«…», racconta una madre": a subject
    // after the verb, not resolved.
    let (_, end) = verb.words;
    // So does one interpolated between dashes ("«… — spiega la neoeletta — …»").
    let after_quotation = crate::marks::follows_quotation(text, verb.span.start)
        || text[..verb.span.start].trim_end().ends_with(['—', '–']);
    // "aggiunge però la madre": an adverb or two may come between, or when it was said ("ha fatto
    // sapere in serata la polizia").
    let when = |k: usize| {
        WHEN_SAID.contains(&lower[k].as_str())
            || matches!(lower[k].as_str(), "in" | "nel")
                && lower.get(k + 1).is_some_and(|w| WHEN_SAID.contains(&w.as_str()))
    };
    let mut subject = (end..words.len().min(end + 4))
        .find(|&k| !VERB_ADVERBS.contains(&lower[k].as_str()) && !when(k))
        .unwrap_or(end);
    // "«…», si è difeso su Instagram il corridore", "ha detto ai cronisti la donna": past whom or
    // where it was said, a short phrase without a pause, the article opens the subject.
    if after_quotation && lower.get(subject).is_some_and(|w| crate::mentions::PREPOSITIONS.contains(&w.as_str())) {
        let told = (subject + 2..words.len().min(subject + 5))
            .take_while(|&k| text[words[k - 1].span.end..words[k].span.start].trim().is_empty())
            .find(|&k| is_article(&lower[k]));
        if let Some(article) = told {
            subject = article;
        }
    }
    if after_quotation
        && lower.get(subject).is_some_and(|w| is_article(w))
        && words.get(subject + 1).is_some_and(|w| !w.is_capitalized(text))
        && !candidates.iter().any(|c| c.words.0 <= subject + 1 && subject + 1 < c.words.1)
    {
        return true;
    }
    if noun_before_verb(text, words, lower, verb, candidates, skipped, quoted) {
        return true;
    }
    let clause_start = (0..start).rev().find(|&k| lower[k] == "che" && !skipped[k]).map_or(0, |k| k + 1);
    // "Da Torino, il grattacielo di via Nizza fa sapere…": past a place or time the sentence
    // opens with, up to its comma.
    let fronted = (clause_start < start && PREPOSITIONS.contains(&lower[clause_start].as_str()))
        .then(|| {
            (clause_start + 1..start.min(clause_start + FRONTED_WORDS))
                .find(|&k| text[words[k - 1].span.end..words[k].span.start].contains(','))
        })
        .flatten();
    // Quoted words are what was said, not the subject ("«Il problema è altro», ha spiegato").
    let opener = (fronted.unwrap_or(clause_start)..start).find(|&k| !skipped[k] && !quoted(words[k].span));
    // "Un tecnico della Provincia conferma…", "Uno di loro ha raccontato…": somebody unnamed;
    // "Confindustria, in una nota, giudica…": a name nobody resolved.
    opener.is_some_and(|k| {
        let unnamed = is_article(&lower[k])
            && k + 1 < start
            && !candidates.iter().any(|c| c.words.0 <= k + 1 && k + 1 < c.words.1);
        // A capitalised word the mentions did not take, then a comma, opening the sentence.
        let name_then_comma = k == 0
            && words[k].is_capitalized(text)
            && words[k].text(text).chars().skip(1).any(char::is_lowercase)
            && !crate::mentions::not_a_name(&lower[k])
            && k + 1 < start
            && text[words[k].span.end..words[k + 1].span.start].trim() == ",";
        unnamed || name_then_comma
    })
}

/// Whether `verb` stands alone between commas, with nothing after it before the second one: an
/// aside ("i contatti, ha aggiunto, sono…").
fn parenthetical(text: &str, words: &[Word], verb: &SpeechVerb) -> bool {
    let (start, end) = verb.words;
    start > 0
        && end < words.len()
        && text[words[start - 1].span.end..verb.span.start].trim() == ","
        && text[words[end - 1].span.end..words[end].span.start].trim() == ","
}

/// How many words a place or time that opens a sentence before its comma may have.
const FRONTED_WORDS: usize = 6;

/// Whether an article and a noun nobody resolved stand right before the verb, no preposition's:
/// its subject, unnamed ("In serata la cancelleria ha fatto sapere…", "e un investigatore
/// avrebbe confidato…"), which no one before it stands for.
fn noun_before_verb(
    text: &str,
    words: &[Word],
    lower: &[String],
    verb: &SpeechVerb,
    candidates: &[Candidate],
    skipped: &[bool],
    quoted: &dyn Fn(Span) -> bool,
) -> bool {
    let start = verb.words.0;
    let clause_start = (0..start).rev().find(|&k| lower[k] == "che" && !skipped[k]).map_or(0, |k| k + 1);
    // "la giunta regionale esprime": one adjective may follow the noun.
    let adjective = usize::from(
        start >= clause_start + 3
            && !words[start - 1].is_capitalized(text)
            && is_definite(&lower[start - 3])
            && text[words[start - 2].span.end..words[start - 1].span.start] == *" ",
    );
    // "di modificare i sottotitoli ha tagliato corto": a plural noun is no subject of a singular
    // auxiliary, nor is the object of an infinitive right before it.
    // "le delegazioni, impegna": nor of a singular verb of saying in the third person.
    let plural_verb = |w: &str| w.ends_with("no") || w == "sono";
    let disagrees = |article: usize| {
        matches!(lower[article].as_str(), "i" | "gli" | "le")
            && (matches!(lower[start].as_str(), "ha" | "è" | "aveva" | "era" | "avrebbe" | "sarebbe")
                || verb.form == VerbForm::Finite && !plural_verb(&lower[start]))
    };
    let object_of_infinitive =
        |article: usize| article > 0 && ["are", "ere", "ire"].iter().any(|ending| lower[article - 1].ends_with(ending));
    start >= clause_start + 2 + adjective && {
        let (article, noun) = (start - 2 - adjective, start - 1 - adjective);
        is_article(&lower[article])
            && !disagrees(article)
            && !object_of_infinitive(article)
            && !words[noun].is_capitalized(text)
            && text[words[article].span.end..words[noun].span.start].chars().all(|c| c == ' ' || c == '’' || c == '\'')
            && text[words[noun].span.end..verb.span.start].chars().all(|c| c.is_alphabetic() || c == ' ')
            && !words[start - 1].is_capitalized(text)
            && (article == 0 || !PREPOSITIONS.contains(&lower[article - 1].as_str()))
            && !skipped[article]
            && !quoted(words[noun].span)
            && !candidates.iter().any(|c| c.words.0 <= noun && noun < c.words.1)
    }
}

/// The person a presentative "c'è", "c'era" brings in ("Tra i feriti c'è anche Aldo Neri"),
/// named in full by the text within two words after it.
fn presented<'c>(candidates: &'c [Candidate], lower: &[String]) -> Option<&'c Speaker> {
    let at = lower.windows(2).position(|pair| pair[0] == "c" && matches!(pair[1].as_str(), "è" | "era"))?;
    candidates
        .iter()
        .find(|c| c.words.0 >= at + 2 && c.words.0 <= at + 3)
        .filter(|c| !c.governed && (c.person || c.words.1 - c.words.0 >= 2))
        .and_then(|c| c.speaker.as_ref())
        .filter(|s| s.id.starts_with("name:"))
}

/// Where a sentence presents someone it does not name ("Al presidio c'era anche un gruista
/// …: «…», ha detto"): the indefinite article after "c'è", "c'era", which the dropped subject of a
/// verb after it stands for.
fn presented_unnamed(lower: &[String]) -> Option<usize> {
    let at = lower.windows(2).position(|pair| pair[0] == "c" && matches!(pair[1].as_str(), "è" | "era"))? + 2;
    let at =
        if lower.get(at).is_some_and(|w| matches!(w.as_str(), "anche" | "pure" | "perfino")) { at + 1 } else { at };
    lower.get(at).is_some_and(|w| matches!(w.as_str(), "un" | "uno" | "una")).then_some(at)
}

/// Whether the clause of the verb at `verb` opens with someone it does not name ("Un tecnico che
/// ha preso parte ai sopralluoghi, a microfoni spenti, ammette", "Secondo il sito X, un
/// intermediario vicino ai rapitori avrebbe parlato"): an indefinite article at the sentence's
/// start or after a comma, and no name the verb could take between it and the verb.
fn unnamed_clause_subject(
    text: &str,
    words: &[Word],
    lower: &[String],
    candidates: &[Candidate],
    own_start: usize,
    verb: usize,
) -> bool {
    let opens_clause =
        |k: usize| k == own_start || k > 0 && text[words[k - 1].span.end..words[k].span.start].contains(',');
    let Some(article) =
        (own_start..verb).rev().find(|&k| matches!(lower[k].as_str(), "un" | "uno" | "una") && opens_clause(k))
    else {
        return false;
    };
    lower
        .get(article + 1)
        .is_some_and(|noun| !words[article + 1].is_capitalized(text) && noun.chars().all(char::is_alphabetic))
        && !candidates.iter().any(|c| c.words.0 > article && c.words.1 <= verb && !c.governed && c.speaker.is_some())
}

/// Whether a verb of saying is in the third person plural ("fanno sapere", "hanno detto",
/// "spiegano"), by its first word.
fn plural(lower: &[String], verb: &SpeechVerb) -> bool {
    let plural_word = |head: &str| {
        matches!(head, "hanno" | "avevano" | "avrebbero" | "sono" | "erano" | "furono" | "fanno" | "facevano")
            || (head.chars().count() > 4 && (head.ends_with("ano") || head.ends_with("ono")))
    };
    // "si limitano a far sapere", "preferiscono di non commentare": an infinitive takes the
    // number of the verb it depends on.
    let start = verb.words.0;
    let governing = start >= 2 && matches!(lower[start - 1].as_str(), "a" | "di") && plural_word(&lower[start - 2]);
    plural_word(&lower[start]) || governing
}

/// X of "da X" right before a verb or right after it ("Dalla Provincia fanno sapere", "fanno
/// sapere da Bellinzona"): where an impersonal plural's words come from.
fn from_where<'c>(verb: &SpeechVerb, candidates: &'c [Candidate], lower: &[String]) -> Option<&'c Candidate> {
    let (start, end) = verb.words;
    let after_from = |c: &Candidate| c.words.0 > 0 && FROM.contains(&lower[c.words.0 - 1].as_str());
    // "fanno sapere dagli uffici della Fondazione": the body whose offices they are.
    let offices_of = |c: &Candidate| {
        lower.get(end).is_some_and(|w| FROM.contains(&w.as_str()))
            && (end + 2..=end + 3).contains(&c.words.0)
            && GENITIVES.contains(&lower[c.words.0 - 1].as_str())
    };
    // "Dal ministero, interpellato, si limitano a far sapere": opening the sentence, a few words
    // before the verb, with no one else between.
    let opening = |c: &Candidate| {
        c.words.0 == 1
            && c.words.1 < start
            && start - c.words.1 <= FROM_OPENING_REACH
            && !candidates.iter().any(|other| other.words.0 >= c.words.1 && other.words.1 <= start)
    };
    candidates
        .iter()
        .find(|c| {
            !c.adjective
                && (after_from(c) && (c.words.1 == start || c.words.0 == end + 1 || opening(c)) || offices_of(c))
        })
        .filter(|c| c.speaker.is_some())
}

/// How many words may stand between "Da X" opening a sentence and the impersonal verb whose
/// words come from X ("Dal ministero, interpellato, si limitano a far sapere").
const FROM_OPENING_REACH: usize = 6;

/// Whether a speaker is one person: someone the gazetteer lists as a person, or a name the text
/// gives ("name:…").
fn is_person(speaker: &Speaker, gazetteer: &Gazetteer) -> bool {
    speaker.id.starts_with("name:")
        || gazetteer.entity(&speaker.id).is_some_and(|e| e.kind == crate::gazetteer::EntityKind::Person)
}

/// The first auxiliary of the main clause, or the sentence's end.
fn main_auxiliary(lower: &[String], skipped: &[bool]) -> usize {
    lower
        .iter()
        .enumerate()
        .position(|(k, w)| {
            !skipped[k]
                && matches!(
                    w.as_str(),
                    "ha" | "hanno" | "è" | "sono" | "aveva" | "avevano" | "avrebbe" | "era" | "sarà" | "sarebbe"
                )
        })
        .unwrap_or(lower.len())
}

/// Whether the main clause's subject is a description or an unnamed source nobody resolved ("Il
/// questore ha respinto le accuse.", "Il portavoce ha…"): a later dropped subject is that person,
/// whom the rules do not know.
fn unresolved_main_subject(candidates: &[Candidate], lower: &[String], skipped: &[bool]) -> bool {
    let verb = main_auxiliary(lower, skipped);
    candidates
        .iter()
        .find(|c| c.words.1 <= verb && is_subject(c) && !skipped[c.words.0] && c.reference != Reference::Document)
        .is_some_and(|c| {
            c.speaker.is_none() && matches!(c.reference, Reference::Description | Reference::Pronoun | Reference::Other)
        })
}

/// The subject of a sentence's main clause, for a later dropped subject: its first candidate,
/// outside subordinate clauses, before the first auxiliary ("c’è X": X).
fn main_subject<'c>(candidates: &'c [Candidate], lower: &[String], skipped: &[bool]) -> Option<&'c Candidate> {
    let verb = main_auxiliary(lower, skipped);
    let presentational = verb > 0 && lower[verb - 1] == "c";
    // Not a document: "Approvata la mozione finale, Venturelli ha nominato…" is about Venturelli.
    let before = candidates.iter().find(|c| {
        (c.words.1 <= verb || presentational)
            && is_subject(c)
            && !skipped[c.words.0]
            && c.speaker.is_some()
            && c.reference != Reference::Document
    });
    // "A chiudere la giornata è stato il tesoriere, Luca Bertazzoni": a cleft puts it after.
    let cleft = || {
        let copula = lower.get(verb).is_some_and(|w| matches!(w.as_str(), "è" | "sono" | "era" | "fu"));
        let after = if lower.get(verb + 1).is_some_and(|w| w.starts_with("stat")) { verb + 2 } else { verb + 1 };
        // Right after the copula, or after a role in apposition ("il tesoriere, Luca Bertazzoni",
        // "l'inviato speciale dell'Unione africana per il Nilo, il diplomatico Kwame Asante"): the
        // first subject of the noun phrase, before any word that opens another clause.
        // Past a few words only in a cleft opened by "A/Ad" and an infinitive, maybe with its
        // pronoun ("A presentarla"): "Sul caso è intervenuta anche la pediatra di base Rita
        // Moro" is no cleft.
        let clause_opener = |k: usize| CLEFT_PHRASE_ENDS.contains(&lower[k].as_str());
        let infinitive = |w: &str| ["re", "rlo", "rla", "rli", "rle", "rne"].iter().any(|end| w.ends_with(end));
        let opened = matches!(lower.first().map(String::as_str), Some("a" | "ad"))
            && lower.get(1).is_some_and(|w| infinitive(w));
        let reach = if opened { CLEFT_SUBJECT_WORDS } else { CLEFT_APPOSITION_WORDS };
        candidates.iter().find(|c| {
            copula
                && (after..after + reach).contains(&c.words.0)
                && !(after..c.words.0).any(clause_opener)
                && is_subject(c)
                && c.speaker.is_some()
        })
    };
    before.or_else(cleft).filter(|c| !matches!(c.reference, Reference::Document))
}

/// How many words a complement of a verb of saying may have between it and its subject after
/// it ("fa sapere in una nota il coordinatore").
const VERB_COMPLEMENT_WORDS: usize = 4;

/// How far after a cleft's copula its subject may stand, past a role in apposition.
const CLEFT_SUBJECT_WORDS: usize = 14;

/// How far after the copula of a sentence that may be no cleft its subject may stand: past a
/// short role ("il tesoriere, Luca Bertazzoni").
const CLEFT_APPOSITION_WORDS: usize = 4;

/// Words that end a cleft's noun phrase: what follows them is another clause's.
const CLEFT_PHRASE_ENDS: &[&str] = &["che", "e", "ma", "mentre", "quando", "dopo", "perché", "cui", "quale"];

/// How many words a verbless "Così, …" sentence that names whose words were quoted may have.
const VERBLESS_FRAME_WORDS: usize = 14;

/// Nouns for words said, which "con queste …" points back to.
const QUOTED_WORDS: &[&str] = &["parole", "frase", "dichiarazioni", "affermazioni", "battute", "parola"];

/// "Lo ha annunciato X", "A dirlo è stato X", "Ad assicurarlo è X": the speaker of the
/// quotation that the sentence before gave without one.
fn backward_speaker(
    text: &str,
    words: &[Word],
    lower: &[String],
    verbs: &[SaidBy],
    candidates: &[Candidate],
    language: &Language,
) -> Option<(Option<Speaker>, Span)> {
    let first = lower.first()?.as_str();
    // "«…». Così il presidente della Regione, Saverio Lomonaco, ha commentato la sentenza."
    if first == "così" {
        // "Così, poco prima di mezzanotte, la prefetta.": past a complement between commas.
        let aside_end = (words.len() > 1 && text[words[0].span.end..words[1].span.start].contains(','))
            .then(|| (2..words.len()).find(|&k| text[words[k - 1].span.end..words[k].span.start].contains(',')))
            .flatten()
            .filter(|&k| k <= 8);
        let from = aside_end.unwrap_or(1);
        let subject = subject_after(text, from, candidates, words, lower).filter(|c| c.words.0 <= from + 3);
        // "Così, in una nota, il comitato elettorale di X.": a sentence with no verb of saying
        // that names the words' owner, unresolved, is still theirs, not the speaker before.
        let verbless = verbs.is_empty() && words.len() <= VERBLESS_FRAME_WORDS;
        return match subject {
            Some(subject) => Some((subject.speaker.clone(), Span::new(words[0].span.start, subject.span.end))),
            None => verbless.then(|| (None, words[0].span)),
        };
    }
    // "«…». Con queste parole il viceministro, Johannes Haimbodi, ha aperto il forum.": the
    // words just quoted are the subject's.
    if first == "con"
        && lower.get(1).is_some_and(|w| matches!(w.as_str(), "queste" | "questa" | "tali"))
        && lower.get(2).is_some_and(|w| QUOTED_WORDS.contains(&w.as_str()))
    {
        let subject = subject_after(text, 3, candidates, words, lower).filter(|c| c.words.0 <= 5)?;
        return Some((subject.speaker.clone(), Span::new(words[0].span.start, subject.span.end)));
    }
    // "«…». È l'appello lanciato da Franco Bertolini, segretario della Fla": whose the frame
    // noun says the words just quoted are.
    // So does "È durissima la reazione della sindaca, X": a word that judges the frame noun may
    // come first. (Without the "è", "Immediata la replica di X" most often introduces the words
    // that follow it.)
    // "Sono le parole di Daniele Tarsitano": the plural copula, as much.
    let article = match first {
        "è" | "e" | "sono" if lower.get(1).is_some_and(|w| is_definite(w)) => Some(1),
        "è" | "e" if lower.get(2).is_some_and(|w| is_definite(w)) && !words.get(1)?.is_capitalized(text) => Some(2),
        _ => None,
    };
    // "Sono le prime parole di Fabio Landini": an adjective of order or number may come first.
    let noun_at = |at: usize| {
        let noun =
            if lower.get(at + 1).is_some_and(|w| FRAME_ADJECTIVES.contains(&w.as_str())) { at + 2 } else { at + 1 };
        lower.get(noun).is_some_and(|w| FRAME_NOUNS.contains(&w.as_str())).then_some(noun)
    };
    if let Some(noun) = article.and_then(noun_at) {
        let owner = candidates.iter().find(|c| {
            c.words.0 > noun + 1
                && c.words.0 <= noun + 4
                && (GENITIVES.contains(&lower[c.words.0 - 1].as_str()) || FROM.contains(&lower[c.words.0 - 1].as_str()))
                && (noun + 1..c.words.0 - 1).all(|k| !words[k].is_capitalized(text))
        })?;
        return Some((owner.speaker.clone(), Span::new(words[0].span.start, owner.span.end)));
    }
    // "«…». La denuncia è di Paola Moretti, figlia dell'anziano": the frame noun's owner, after
    // the copula, says whose the words just quoted are.
    let owned = is_definite(first)
        && lower.get(1).is_some_and(|w| FRAME_NOUNS.contains(&w.as_str()))
        && lower.get(2).is_some_and(|w| matches!(w.as_str(), "è" | "era" | "arriva"));
    if owned {
        let owner = candidates.iter().find(|c| {
            c.words.0 == 4 && (GENITIVES.contains(&lower[3].as_str()) || FROM.contains(&lower[3].as_str()))
        })?;
        return Some((owner.speaker.clone(), Span::new(words[0].span.start, owner.span.end)));
    }
    // An unresolved subject here ("Lo ha detto il tecnico") is most often the one just quoted,
    // whom the quotation then goes on with (measured on the held-out set: one right, none wrong).
    if matches!(first, "lo" | "l") {
        let said = verbs.first().filter(|said| said.verb.words.0 == 1)?;
        return Some((Some(said.speaker.clone()?), said.verb.span));
    }
    // "«…». È quanto sostiene il comitato X", "E' quanto afferma X".
    if matches!(first, "è" | "e") && lower.get(1).is_some_and(|w| w == "quanto") {
        let said = verbs.first().filter(|said| said.verb.words.0 == 2)?;
        return Some((said.speaker.clone(), Span::new(words[0].span.start, said.verb.span.end)));
    }
    let infinitive = lower.get(1)?;
    let clitic = ["rlo", "rla", "rli", "rle"].iter().any(|e| infinitive.ends_with(e));
    // Only a verb of saying: "A scoprirla era stato un ricercatore" gives nobody's words.
    if matches!(first, "a" | "ad") && clitic && language.infinitive_says(infinitive) {
        let copula = (2..words.len().min(10)).find(|&k| matches!(lower[k].as_str(), "è" | "sono" | "era" | "fu"))?;
        let from = if lower.get(copula + 1).is_some_and(|w| w.starts_with("stat")) { copula + 2 } else { copula + 1 };
        let cue = Span::new(words[0].span.start, words[from - 1].span.end);
        return Some((subject_after(text, from, candidates, words, lower).and_then(|c| c.speaker.clone()), cue));
    }
    None
}

/// Whether a quotation follows a colon that closes a clause whose subject is dropped: the
/// sentence opens with an auxiliary ("Ha poi rivolto un appello: «…»") or has only linking words
/// and gerunds before the colon ("Poi, sorridendo:"), and names nobody there (a document there is
/// the verb's object; a name a preposition governs, "un ricorso al Tar", its complement).
fn dropped_before_colon(text: &str, m: &Marked, facts: &SentenceFacts, language: &Language) -> bool {
    let before = text[facts.span.start..m.outer.start].trim_end();
    let opening = facts.words.partition_point(|w| w.span.end <= m.outer.start);
    // "Poi, sorridendo: «…»": only linking words and gerunds, the manner of the same speaker.
    let linking =
        opening > 0 && facts.lower[..opening].iter().all(|w| LINKING_WORDS.contains(&w.as_str()) || w.ends_with("ndo"));
    // "Poi, rivolto alla moglie che lo aspettava: «…»": whom the same speaker turns to; "Poi,
    // interpellato sulla sentenza: «…»", who turns to them.
    let turning = facts.lower[..opening]
        .iter()
        .position(|w| !LINKING_WORDS.contains(&w.as_str()))
        .is_some_and(|at| language.speech_at(Speech::Turn, &facts.lower[at..=at]).is_some())
        && !facts.verbs.iter().any(|said| said.verb.span.end <= m.outer.start);
    // "Poi, con la voce rotta: «…»", "E, tra le lacrime:": the manner of the same speaker, a
    // phrase a preposition of manner opens, with no verb and no name.
    let manner = facts.lower[..opening].iter().position(|w| !LINKING_WORDS.contains(&w.as_str())).is_some_and(|at| {
        // "Poi, più serio: «…»": a comparative of the speaker's mood, too.
        // "E sulla serata saltata: «…»", "Quanto al mercato:": what the same speaker turns to.
        (TURN_OPENERS.contains(&facts.lower[at].as_str()) && opening - at <= 6
            || facts.lower[at] == "più" && opening - at <= 3)
            && (at + 1..opening).all(|k| !facts.words[k].is_capitalized(text))
    }) && !facts.verbs.iter().any(|said| said.verb.span.end <= m.outer.start);
    // "Poi l'affondo: «…»", "Infine la stoccata:": a noun of saying with no owner of its own.
    let framed = (1..opening).any(|k| {
        FRAME_NOUNS.contains(&facts.lower[k].as_str())
            && is_definite(&facts.lower[k - 1])
            && k + 1 == opening
            && facts.lower[..k - 1].iter().all(|w| LINKING_WORDS.contains(&w.as_str()))
    });
    // "Più tardi, lasciando il Palazzo, è stata ancora più netta: «…»": a clause after its last
    // comma that is a copula and its adjective, with no article to open a subject ("è stato il
    // turno degli studenti").
    let predicate = (1..opening)
        .rev()
        .find(|&k| text[facts.words[k - 1].span.end..facts.words[k].span.start].contains(','))
        .is_some_and(|k| {
            AUXILIARY_OPENERS.contains(&facts.lower[k].as_str())
                && facts.lower.get(k + 1).is_some_and(|w| matches!(w.as_str(), "stato" | "stata" | "stati" | "state"))
                && k + 1 < opening
                && !facts.lower.get(k + 2..opening).unwrap_or_default().iter().any(|w| is_article(w))
        });
    // "Poi, in un'intervista al Berliner Tagesbote, ha rincarato la dose: «…»": so does one after
    // a complement the sentence fronts between commas.
    let fronted_then_auxiliary = facts.lower[..opening]
        .iter()
        .position(|w| !LINKING_WORDS.contains(&w.as_str()))
        .filter(|&at| PREPOSITIONS.contains(&facts.lower[at].as_str()))
        .and_then(|at| {
            (at + 1..opening).find(|&k| text[facts.words[k - 1].span.end..facts.words[k].span.start].contains(','))
        })
        .is_some_and(|k| AUXILIARY_OPENERS.contains(&facts.lower[k].as_str()));
    // "Quanto alla biblioteca, «…».": the topic the same speaker turns to, set off by a comma,
    // with no verb and no capitalised word before the words.
    let topic = before.ends_with(',')
        && facts.lower[..opening].iter().position(|w| !LINKING_WORDS.contains(&w.as_str())).is_some_and(|at| {
            facts.lower[at] == "quanto"
                && facts.lower.get(at + 1).is_some_and(|w| {
                    matches!(w.as_str(), "a" | "ad" | "al" | "allo" | "alla" | "all" | "ai" | "agli" | "alle")
                })
                && opening - at <= 6
                && (at + 1..opening).all(|k| !facts.words[k].is_capitalized(text))
        })
        && !facts.verbs.iter().any(|said| said.verb.span.end <= m.outer.start);
    (topic
        || before.ends_with(':')
            && (linking
            || turning
            || manner
            || framed
            || predicate
            || fronted_then_auxiliary
            // "Poi ha lanciato una frecciata al ministero: «…»": a verb with a dropped subject
            // opens the sentence, maybe after linking words.
            || facts
                .lower
                .iter()
                .find(|w| !LINKING_WORDS.contains(&w.as_str()))
                .is_some_and(|w| AUXILIARY_OPENERS.contains(&w.as_str()))))
        && !facts
            .candidates
            .iter()
            .any(|c| c.span.end <= m.outer.start && c.reference != Reference::Document && !c.governed)
}

/// Words that open the manner of a speaker or what they turn to, before a colon with no verb
/// of their own ("Poi, con la voce rotta:", "E sulla serata saltata:", "Quanto al mercato:"),
/// whom they answer ("E ancora, a chi gli chiedeva del futuro:") or what for ("Poi, quasi a
/// chiudere il discorso:", "Infine, come a voler chiarire:").
const TURN_OPENERS: &[&str] = &[
    "con", "col", "tra", "fra", "senza", "in", "su", "sul", "sulla", "sullo", "sull", "sui", "sugli", "sulle",
    "quanto", "a", "ad", "al", "alla", "ai", "quasi", "come",
];

/// Adverbs that may stand between a verb and the noun after it: its subject ("aggiunge però la
/// madre", "ha detto poi il tecnico") or its object ("ha convocato ieri l'ambasciatore").
pub(crate) const VERB_ADVERBS: &[&str] = &[
    "però", "poi", "anche", "invece", "ancora", "infine", "allora", "quindi", "subito", "pure", "ieri", "oggi",
    "stamattina", "stamani", "stasera", "già", "nuovamente", "immediatamente",
];

/// Words that go on from the sentence before without a subject of their own.
const LINKING_WORDS: &[&str] =
    &["poi", "e", "ed", "ancora", "infine", "quindi", "anche", "subito", "dopo", "ma", "però"];

/// Auxiliaries a sentence with a dropped subject opens with.
const AUXILIARY_OPENERS: &[&str] = &["ha", "hanno", "aveva", "avevano", "è", "sono"];

/// X of a sentence that opens "Per X" ("Per Marta Guerini, presidente dell'associazione, «…»",
/// "Per Stefano Orlandi la riforma è «un azzardo»"): whose view the sentence gives, when X is a
/// person or a description the text resolved, or anyone named and set off by a comma ("Per la
/// Procura, …"); a bare "Per l'Italia" may be whom something is for.
fn view_of(
    text: &str,
    words: &[Word],
    lower: &[String],
    start: usize,
    candidates: &[Candidate],
) -> Option<(Speaker, Span)> {
    if lower.get(start).is_none_or(|w| w != "per") {
        return None;
    }
    // "Per l'associazione Terra e Fiumi il nodo è «…»": a body's kind may come before its name.
    let kind = |k: usize| lower.get(k).is_some_and(|w| crate::mentions::BODY_KINDS.contains(&w.as_str()));
    let named = candidates.iter().find(|c| {
        c.words.0 == start + 1
            || c.words.0 == start + 2 && (is_definite(&lower[start + 1]) || kind(start + 1))
            || c.words.0 == start + 3 && is_definite(&lower[start + 1]) && kind(start + 2)
    })?;
    let comma_after = words.get(named.words.1).is_some_and(|next| text[named.span.end..next.span.start].contains(','));
    // "Per la pm l'imputato avrebbe «…»": a description the text has resolved stands for its
    // person as a name does.
    // "Per lei «nessun governo…»": so does a pronoun the text has resolved.
    let described = matches!(named.reference, Reference::Description | Reference::Pronoun)
        && named.speaker.as_ref().is_some_and(|s| s.inferred);
    // "Per Madrid la proposta è «…»", "Per Legambiente serviranno «…»": a capital standing for
    // its country, or a body, gives a view without a comma; a country by its own name may be whom
    // something is for.
    let by_own_name = |speaker: &Speaker| {
        speaker.country.as_deref() == Some(speaker.id.as_str())
            && text[named.span.start..named.span.end].to_lowercase().ends_with(&speaker.name.to_lowercase())
    };
    let fits = named.reference != Reference::Document && !named.adjective;
    let speaker = named
        .speaker
        .clone()
        .filter(|speaker| fits && (named.person || comma_after || described || !by_own_name(speaker)))?;
    Some((speaker, Span::new(words[start].span.start, named.span.end)))
}

/// "Ad assicurare che il teatro riaprirà «entro l'autunno» è stato l'assessore X": a cleft that
/// opens with an infinitive of saying and its "che" clause puts the speaker after the copula.
fn opening_cleft(
    text: &str,
    words: &[Word],
    lower: &[String],
    candidates: &[Candidate],
    language: &Language,
) -> Option<(Option<Speaker>, Span, usize)> {
    let opens = matches!(lower.first().map(String::as_str), Some("a" | "ad"))
        && lower.get(1).is_some_and(|w| language.bare_infinitive_says(w))
        && lower.get(2).is_some_and(|w| w == "che");
    if !opens {
        return None;
    }
    let copula = (3..words.len()).find(|&k| matches!(lower[k].as_str(), "è" | "sono" | "era" | "fu"))?;
    let from = if lower.get(copula + 1).is_some_and(|w| w.starts_with("stat")) { copula + 2 } else { copula + 1 };
    let subject = subject_after(text, from, candidates, words, lower).filter(|c| c.words.0 <= from + 6)?;
    Some((subject.speaker.clone(), Span::new(words[0].span.start, subject.span.end), copula))
}

/// Whether a quotation is all of its sentence, bar punctuation.
fn stands_alone(text: &str, m: &Marked, first: &SentenceFacts, last: &SentenceFacts) -> bool {
    let before = &text[first.span.start..m.outer.start];
    let after = &text[m.outer.end..last.span.end];
    !before.chars().chain(after.chars()).any(char::is_alphanumeric)
}

/// X of "secondo X": the first candidate within a few lower-case words of the cue; for
/// "X, secondo cui", the candidate right before.
fn attributed_source(a: &Attribution, candidates: &[Candidate], words: &[Word], text: &str) -> Option<usize> {
    // "la sentenza di primo grado, secondo la quale…": a document right before, as with "secondo
    // cui" (a person's "il quale" is a pronoun the discourse resolves).
    let which = |k: usize| words.get(k).is_some_and(|w| matches!(w.text(text), "quale" | "quali"));
    let article_which =
        words.get(a.source_word).is_some_and(|w| is_definite(&w.text(text).to_lowercase())) && which(a.source_word + 1);
    let document_before = candidates.iter().rposition(|c| c.words.1 <= a.first_word && !c.adjective).filter(|&c| {
        let candidate = &candidates[c];
        let between = text[candidate.span.end..a.cue.start].trim_end();
        candidate.reference == Reference::Document
            && candidate.speaker.is_some()
            && a.first_word - candidate.words.1 <= 3
            && between.ends_with(',')
            && between.matches(',').count() == 1
            && !between.contains(['.', ';', ':', '«', '»', '“', '”', '"'])
    });
    if article_which && document_before.is_some() {
        return document_before;
    }
    if words.get(a.source_word).is_some_and(|w| w.text(text) == "cui") {
        // "l'avvocato Paolo Zerbini, che assiste Ferrandi con il collega Andrea Locatelli e secondo
        // cui…": a second relative clause joined by "e" has the first one's antecedent, the person
        // right before its "che", not the name inside it.
        let joined =
            a.first_word.checked_sub(1).is_some_and(|k| matches!(lower_of(words, text, k).as_str(), "e" | "ed"));
        if joined {
            let first = (0..a.first_word - 1).rev().find(|&k| {
                matches!(lower_of(words, text, k).as_str(), "che" | "cui")
                    && k > 0
                    && text[words[k - 1].span.end..words[k].span.start].contains(',')
            });
            if let Some(che) = first {
                return candidates.iter().position(|c| c.words.1 == che && c.person && c.speaker.is_some());
            }
        }
        // The nearest name before "secondo cui", past an aside in brackets ("Ilaria Cossu (Borgo
        // Bene Comune), secondo cui"), or a person that a preposition other than "di" governs
        // ("affidata alla portavoce Claire Aubanel, secondo cui"; "del ministro" qualifies the
        // noun before it, and a place is where, not who: "l'ambasciata a Nairobi, secondo cui").
        let complement = |c: &Candidate| {
            c.person
                && c.words.0 > 0
                && PREPOSITIONS.contains(&lower_of(words, text, c.words.0 - 1).as_str())
                && !GENITIVES.contains(&lower_of(words, text, c.words.0 - 1).as_str())
        };
        let nearest = candidates
            .iter()
            .rposition(|c| c.words.1 <= a.first_word && !c.adjective && (!c.governed || complement(c)))
            .filter(|&c| a.first_word - candidates[c].words.1 <= 6 && candidates[c].speaker.is_some());
        // "Ilaria Bertazzoni, docente di Sociologia e tra i sei senatori contrari, secondo cui":
        // the person a comma-bounded apposition describes.
        let described = || {
            candidates.iter().rposition(|c| {
                let between = || &text[c.span.end..a.cue.start];
                c.person
                    && c.words.1 < a.first_word
                    && a.first_word - c.words.1 <= APPOSITION_REACH
                    && between().trim_start().starts_with(',')
                    && between().matches(',').count() == 2
                    && between().trim_end().ends_with(',')
            })
        };
        // A name inside that apposition is the person's description ("Sara Bellotti, portavoce
        // del comitato Pendolari Val Corbera, secondo cui"): the person speaks.
        return match (nearest, described()) {
            (Some(name), Some(person)) if candidates[name].words.0 >= candidates[person].words.1 => Some(person),
            (nearest, described) => nearest.or(described),
        };
    }
    candidates.iter().position(|c| {
        c.words.0 + 2 >= a.source_word
            && c.words.1 > a.source_word
            && c.words.0 <= a.source_word + 6
            && !c.adjective
            && (a.source_word..c.words.0)
                .all(|k| !words[k].is_capitalized(text) || is_definite(&lower_of(words, text, k)))
            && !text[a.cue.end.min(c.span.start)..c.span.start].contains([',', '.', ';', ':'])
    })
}

/// "Di" and its forms joined to an article: a complement of the noun before it.
pub(crate) const GENITIVES: &[&str] = &["di", "d", "del", "dello", "della", "dell", "dei", "degli", "delle"];

/// How many words a gerund's phrase may put between a relative pronoun and its verb.
const RELATIVE_REACH: usize = 10;

/// How many words a relative pronoun may stand before its verb when whom the words were told
/// comes between ("che al quotidiano L'Isola Oggi ha promesso").
const TOLD_REACH: usize = 8;

/// How many words an apposition between a person and their "secondo cui" may have.
pub(crate) const APPOSITION_REACH: usize = 16;

fn lower_of(words: &[Word], text: &str, k: usize) -> String {
    words[k].text(text).to_lowercase()
}

/// The speaker of a marked quotation and the cue that names them.
fn marked_speaker(
    text: &str,
    m: &Marked,
    first: &SentenceFacts,
    last: &SentenceFacts,
) -> (Option<Speaker>, Option<Span>) {
    // A verb interpolated between dashes inside the quotation names its speaker.
    if let Some(said) =
        first.verbs.iter().find(|said| m.inner.start <= said.verb.span.start && said.verb.span.end <= m.inner.end)
    {
        // "La replica dell'assessore X: «Nessuno — ha detto — è stato lasciato solo»": an
        // interpolated verb that names nobody says the words of whom the frame before them names,
        // not of the subject carried from before.
        let names_nobody = !first.candidates.iter().any(|c| m.inner.start <= c.span.start && c.span.end <= m.inner.end);
        if names_nobody && let Some((Some(speaker), cue)) = framed(text, m, first) {
            return (Some(speaker), Some(cue));
        }
        return (said.speaker.clone(), Some(said.verb.span));
    }
    let right_after = last.verbs.iter().find(|said| {
        said.verb.form == VerbForm::Finite
            && said.verb.span.start >= m.outer.end
            && text[m.outer.end..said.verb.span.start].chars().all(|c| c == ',' || c.is_whitespace())
    });
    let colon_before = text[..m.outer.start].trim_end().ends_with(':');
    // "ha chiesto le dimissioni del direttore, Gianfranco Pace, il quale ha respinto le accuse:
    // «…»": a relative clause open up to the colon closes the verb before.
    let open_relative =
        colon_before.then(|| open_relative_before(text, first, text[..m.outer.start].trim_end().len() - 1)).flatten();
    // The nearest verb before, unless a clause with a subject of its own comes between ("X ha
    // definito il piano «…», mentre Stoccolma parla di «…»": the second is not X's), or the verb
    // is in a subordinate clause and the main clause's subject follows it ("Dopo che la Regione
    // aveva chiesto…, il portavoce Federico Sanna ha respinto le accuse: «…»").
    let another_subject_between = |said: &SaidBy| {
        let subordinate =
            own_clause_start(text, first.words, first.lower, &first.candidates, said.verb.words.0).is_some();
        first.candidates.iter().any(|c| {
            let (start, _) = c.words;
            // The subordinate clause ends at a comma before the main clause's subject; a noun
            // right after the verb is its object ("mentre il capogruppo definiva l'ordinanza «…»").
            let closed = || text[said.verb.span.end..c.span.start].contains(',');
            // "mentre Stoccolma", "mentre i Paesi Bassi": the contrast right before the subject
            // or its article.
            let opening = if start > 1 && is_article(&first.lower[start - 1]) { start - 1 } else { start };
            c.span.start >= said.verb.span.end
                && c.span.end <= m.outer.start
                && !c.governed
                && !c.adjective
                && opening > 0
                && ((subordinate && closed())
                    // Not an adverb right after the verb ("accusa invece la procura di aver «…»").
                    || matches!(first.lower[opening - 1].as_str(), "mentre" | "ma" | "invece" | "però")
                        && opening - 1 > said.verb.words.1
                    // "X ha parlato di una squadra «…»; il suo compagno Y, invece, ha scelto
                    // l'ironia: «…»": a semicolon closes the clause, and a subject opens the next.
                    || text[said.verb.span.end..c.span.start].contains(';')
                    // "Grilli ha invitato la consigliera a un confronto, e quest'ultima ha
                    // accettato: «…»": a clause joined after a comma with a subject of its own.
                    || opening >= 2
                        && matches!(first.lower[opening - 1].as_str(), "e" | "ed")
                        && text[first.words[opening - 2].span.end..first.words[opening - 1].span.start].contains(','))
        }) || open_relative.is_some_and(|antecedent| antecedent.span.start >= said.verb.span.end)
            // "…, ha fatto sapere il Quai d'Orsay, mentre dall'Aia è arrivato un laconico «…»":
            // where the words come from, opening a contrast's clause.
            || first.candidates.iter().any(|c| {
                let start = c.words.0;
                c.span.start >= said.verb.span.end
                    && c.span.end <= m.outer.start
                    && start >= 2
                    && FROM.contains(&first.lower[start - 1].as_str())
                    && matches!(first.lower[start - 2].as_str(), "mentre" | "ma")
            })
    };
    // "…rileva che X, e nei corridoi si parla di «…»": a clause coordinated after a comma whose
    // subject is the impersonal "si" is nobody's words.
    let impersonal_between = |said: &SaidBy| {
        let (words, lower) = (first.words, first.lower);
        let from = said.verb.words.1;
        let to = words.partition_point(|w| w.span.end <= m.outer.start);
        (from..to).any(|k| {
            lower[k] == "si"
                && (from..k).any(|j| {
                    matches!(lower[j].as_str(), "e" | "ed" | "ma" | "mentre")
                        && j > 0
                        && text[words[j - 1].span.end..words[j].span.start].contains(',')
                })
        })
    };
    // "ha definito l'intesa «…», in linea con la strategia di «de-risking»", "parla di «…», dopo
    // quella che in valle tutti chiamano la «bomba d'acqua»": a term of a word or three, far
    // past the verb, is the narrator's (or everyone's) name for something, not the words the
    // verb reports.
    let term_far_from = |said: &SaidBy| {
        let before = first.words.partition_point(|w| w.span.end <= m.outer.start);
        let determined = before > 0 && {
            let word = first.lower[before - 1].as_str();
            crate::articles::is_article(word) || matches!(word, "suo" | "sua" | "suoi" | "sue" | "loro")
        };
        let term = determined && m.inner.of(text).split_whitespace().count() <= TERM_WORDS;
        let between = first.words.iter().filter(|w| w.span.start >= said.verb.span.end && w.span.end <= m.outer.start);
        term && between.count() > TERM_REACH
    };
    // "ha ripetuto Castrucci, che secondo il suo difensore, l'avvocata Elena Ruffo, sarebbe stato
    // «…»": a view named between the verb and the quotation gives the words after it.
    let view_between = |said: &SaidBy| {
        first.attribution.as_ref().is_some_and(|(a, speaker)| {
            speaker.is_some()
                && !a.reports
                && !a.is_relative(first.lower)
                && a.cue.start >= said.verb.span.end
                && a.cue.end <= m.outer.start
        })
    };
    // "…ha subito attaccato il governo: per il capogruppo dell'opposizione, la misura sarebbe
    // «…»": a view that opens the clause after a colon or semicolon is its own, past the verb.
    let view_after_pause = |said: &SaidBy| {
        // "…quantifica la spesa in «…», ma per il servizio Bilancio mancherebbero «…»": a view
        // that a contrast opens after a comma is its own clause's too.
        let contrast = first.words.iter().enumerate().any(|(k, w)| {
            k >= 2
                && w.span.start >= said.verb.span.end
                && w.span.end <= m.outer.start
                && first.lower[k] == "per"
                && matches!(first.lower[k - 1].as_str(), "ma" | "mentre")
                && text[first.words[k - 2].span.end..first.words[k - 1].span.start].contains(',')
                && first.lower.get(k + 1).is_some_and(|w| is_definite(w) || first.words[k + 1].is_capitalized(text))
        });
        if contrast {
            return true;
        }
        let Some(at) = text[said.verb.span.end..m.outer.start].rfind([':', ';']).map(|at| said.verb.span.end + at)
        else {
            return false;
        };
        let opening = first.words.partition_point(|w| w.span.start <= at);
        first.lower.get(opening).is_some_and(|w| w == "per")
            && first.lower.get(opening + 1).is_some_and(|w| is_definite(w))
            && text[first.words[opening].span.start..m.outer.start].contains(',')
    };
    // "Secondo l'assessore, la delibera «non toglie nulla a nessuno» e garantisce «…»": a view
    // that opens the sentence gives its words, not the document its clause is about.
    let document_under_view = |said: &SaidBy| {
        first.attribution.as_ref().is_some_and(|(a, holder)| {
            a.first_word <= 1
                && !a.reports
                && !a.is_relative(first.lower)
                && holder.is_some()
                && a.cue.end <= said.verb.span.start
        }) && first.candidates.iter().any(|c| {
            c.reference == Reference::Document
                && c.speaker.as_ref().map(|s| &s.id) == said.speaker.as_ref().map(|s| &s.id)
                && said.speaker.is_some()
        })
    };
    let nearest_before = || {
        first.verbs.iter().rev().find(|said| said.verb.span.end <= m.outer.start).filter(|said| {
            !document_under_view(said)
                && !another_subject_between(said)
                && !impersonal_between(said)
                && !term_far_from(said)
                && !view_between(said)
                && !view_after_pause(said)
        })
    };
    // The nearest verb after, unless a contrasting clause opens between ("lo slogan «…», mentre
    // il capogruppo definiva l'ordinanza «…»": the slogan is not his).
    let contrast_between = |said: &SaidBy| {
        let words = &last.words;
        let from = words.partition_point(|w| w.span.start < m.outer.end).max(1);
        let to = words.partition_point(|w| w.span.end <= said.verb.span.start);
        (from..to).any(|k| {
            matches!(last.lower[k].as_str(), "mentre" | "ma" | "invece" | "però")
                && text[words[k - 1].span.end..words[k].span.start].contains([',', ';'])
        })
    };
    // Not a gerund, whose words follow it ("come il «consulente di famiglia», promettendo
    // rendimenti…": the gerund says no words before it).
    let nearest_after = || {
        last.verbs
            .iter()
            .find(|said| said.verb.span.start >= m.outer.end)
            .filter(|said| said.verb.form != VerbForm::Gerund && !contrast_between(said) && !document_under_view(said))
            // "è già la «guerra dei granchi»: il presidente … ha detto": a colon or semicolon
            // closes the quotation's clause; the verb after it opens another. Not after a
            // quotation that opens its sentence, which the colon attributes ("«…»: lo ha
            // ribadito X").
            .filter(|said| {
                !text[m.outer.end..said.verb.span.start].contains([':', ';']) || opens_sentence(text, m, first)
            })
    };
    if let Some((speaker, cue)) = frame_after(text, m, last) {
        return (speaker, Some(cue));
    }
    if let Some(said) = right_after.or_else(nearest_before).or_else(nearest_after) {
        return (said.speaker.clone(), Some(said.verb.span));
    }
    if let Some((speaker, cue)) = framed(text, m, first) {
        return (speaker, Some(cue));
    }
    // "Secondo X, …; per il perito Sergio Landolfi si tratterebbe di «…»": a view that opens the
    // clause after a semicolon is whose words that clause gives, and a frame before it is not.
    let semicolon = text[first.span.start..m.outer.start].rfind(';').map(|at| first.span.start + at);
    let pause = text[first.span.start..m.outer.start].rfind([';', ':']).map(|at| first.span.start + at);
    if let Some(at) = pause {
        let opening = first.words.partition_point(|w| w.span.start <= at);
        if let Some((speaker, cue)) = view_of(text, first.words, first.lower, opening, &first.candidates) {
            return (Some(speaker), Some(cue));
        }
    }
    if let Some((speaker, cue)) = first.view_of.clone() {
        return (Some(speaker), Some(cue));
    }
    if let Some((speaker, cue, copula)) = first.opening_cleft.clone()
        && m.outer.end <= first.words[copula].span.start
    {
        return (speaker, Some(cue));
    }
    let attributed = last.attribution.as_ref().map(|a| (a, last)).or(first.attribution.as_ref().map(|a| (a, first)));
    match attributed.map(|(attribution, facts)| (attribution, facts.lower)) {
        Some(((a, _), _)) if semicolon.is_some_and(|at| a.cue.start < at) => (None, None),
        // "sarà «La casa sul fiume», diretto da X, secondo cui il dramma…": what X holds follows
        // the relative pronoun; a quotation before it is not in its clause.
        Some(((a, _), lower)) if m.outer.end <= a.cue.start && a.is_relative(lower) => (None, None),
        // "Secondo quanto riportato dall’agenzia X, il governo tedesco starebbe valutando di «…»":
        // the report relays the words of its clause's subject.
        Some(((a, _), _)) if let Some(subject) = a.reports.then(|| reported_by(text, a, m, first)).flatten() => {
            (subject.speaker.clone(), Some(a.cue))
        }
        // "Secondo quanto riferisce l'agenzia X, il capo del governo avrebbe messo sul tavolo
        // «…»": a subject of the clause nobody resolved is still whose words they are, not the
        // relay's.
        Some(((a, _), _)) if a.reports && unresolved_reported(a, m, first) => (None, Some(a.cue)),
        Some(((a, speaker), _)) => (speaker.clone(), Some(a.cue)),
        None => (None, None),
    }
}

/// How many words a quotation may have and still be a term ("la «bomba d'acqua»").
const TERM_WORDS: usize = 3;

/// How many words may stand between a verb of saying and a term it reports ("ha parlato di una
/// «follia»", "accusano inoltre i cileni di «saccheggiare»").
const TERM_REACH: usize = 8;

/// Words that say when something was said, between a verb of saying and its subject ("ha fatto
/// sapere in serata la polizia", "ha detto nel pomeriggio il prefetto").
const WHEN_SAID: &[&str] = &["serata", "mattinata", "nottata", "giornata", "pomeriggio", "sera", "mattina"];

/// Adjectives between an article and a noun of saying that leave it one ("le prime parole di").
const FRAME_ADJECTIVES: &[&str] = &["prime", "primissime", "ultime", "poche", "testuali"];

/// Prepositions that say whom words were told ("ai microfoni di", "al telefono con").
const TOLD_PREPOSITIONS: &[&str] = &["a", "al", "ai", "alla", "alle", "agli", "allo", "all"];

/// Whom or through what words are told, after one of `TOLD_PREPOSITIONS`: no part of the
/// speaker's description ("ha detto il leader regionalista ai microfoni di Radio Meseta").
const AUDIENCES: &[&str] = &["microfoni", "telefono", "cronisti", "giornalisti", "stampa", "margine"];

/// How many words a title in apposition may have.
const TITLE_WORDS: usize = 6;

/// Whether a quotation names something rather than giving someone's words: a short capitalised
/// quotation alone between commas is a title in apposition; otherwise the word right before the
/// quotation makes it a name, a title or a term ("l'app «Cup in tasca»", "il cosiddetto
/// «tesoretto»", `[naming]` in `data/speech.txt`): nobody's words.
fn names_something(text: &str, m: &Marked, facts: &SentenceFacts, language: &Language) -> bool {
    // "autore di un saggio sui piccoli comuni, «La provincia che resiste», ha chiarito": a short
    // capitalised quotation alone between commas is in apposition to the noun before it.
    let inner = m.inner.of(text);
    // (A title's own full stop, "«Ritorni. Bronzi e memorie»", may end the sentence inside it.)
    let between_commas = text[facts.span.start..m.outer.start].trim_end().ends_with(',')
        && text[m.outer.end..].trim_start().starts_with(',');
    let Some(before) = facts.words.partition_point(|w| w.span.end <= m.outer.start).checked_sub(1) else {
        return false;
    };
    // "ha annunciato una mostra, «Ritorni. Bronzi e memorie della valle», che…": after a noun
    // that takes a name, the apposition is that name, whatever its punctuation.
    let after_title_noun = language.speech_at(Speech::Title, &facts.lower[before..=before]).is_some();
    // "sotto lo striscione con lo slogan della campagna, “Rimettiamoci in cammino”.": after such
    // a noun and a comma, the name may end the sentence too.
    let ends_sentence = text
        .get(m.outer.end..facts.span.end)
        .is_some_and(|rest| rest.trim().trim_end_matches(['.', '!', '?']).is_empty());
    let after_comma = text[facts.span.start..m.outer.start].trim_end().ends_with(',');
    // "con lo slogan dell'edizione, «Pedala la montagna».": the noun may have its complement
    // before the comma.
    let title_phrase = after_title_noun
        || (before.saturating_sub(TITLE_COMPLEMENT_WORDS)..before).any(|k| {
            [Speech::Title, Speech::Sign]
                .into_iter()
                .any(|section| language.speech_at(section, &facts.lower[k..=k]).is_some())
                && (k + 1..=before).all(|w| !facts.words[w].is_capitalized(text))
                && !text[facts.words[k].span.end..facts.words[before].span.start].contains([',', ';', ':'])
        });
    if (between_commas || after_comma && ends_sentence && title_phrase)
        && inner.chars().next().is_some_and(char::is_uppercase)
        && inner.split_whitespace().count() <= TITLE_WORDS
        && (!inner.contains([',', '.', ':', ';']) || after_title_noun)
    {
        return true;
    }
    // "protagonista del «Giardino», che…": a short capitalised quotation right after a definite
    // article, alone or joined to a preposition, and before a pause, is a title.
    let after = text.get(m.outer.end..facts.span.end).unwrap_or_default().trim_start();
    let titled = is_definite_any(&facts.lower[before])
        && inner.chars().next().is_some_and(char::is_uppercase)
        && inner.split_whitespace().count() <= TITLE_WORDS
        && !inner.contains([',', '.', ':', ';', '!', '?'])
        && (after.is_empty() || after.starts_with([',', '.', ')', ';']));
    // "il capogruppo di «Rocca Domani» Michele Fantoni", "l'ospedale «San Rocco» di Montegrano":
    // two words or more, each capitalised (not a headline's capitals), right after a word that
    // is no verb of saying, are a name.
    let name_words: Vec<&str> = inner.split_whitespace().collect();
    let proper_name = (2..=TITLE_WORDS).contains(&name_words.len())
        && name_words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && inner.chars().any(char::is_lowercase)
        && !inner.contains([',', '.', ':', ';', '!', '?'])
        && [Speech::Finite, Speech::Participle, Speech::Gerund, Speech::Object, Speech::Clause]
            .into_iter()
            .all(|section| language.speech_at(section, &facts.lower[before..=before]).is_none());
    // "il cosiddetto «tesoretto»", "lo striscione «…»": a term or a name; "la campagna «Un tetto
    // per tutti»" too, written as names are, but "ha definito l'operazione «un atto ostile»" is
    // a judgement.
    let word_before = &facts.lower[before..=before];
    let written_as_name = inner.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    // "il settimanale diocesano «La Voce di San Donnino»": a title noun may have its adjective
    // between, a plain word that no verb of saying is.
    let described_title = before > 0
        && written_as_name
        && language.speech_at(Speech::Title, &facts.lower[before - 1..before]).is_some()
        && facts.words[before].span.of(text).starts_with(char::is_lowercase)
        && !PREPOSITIONS.contains(&facts.lower[before].as_str())
        && [Speech::Finite, Speech::Participle, Speech::Gerund, Speech::Object, Speech::Clause]
            .into_iter()
            .all(|section| language.speech_at(section, word_before).is_none());
    let named_by_noun = language.speech_at(Speech::Naming, word_before).is_some()
        || written_as_name && after_title_noun
        || described_title;
    // "già ribattezzato nei corridoi di Palazzo Madama «decreto chiudi-paesi»": a name given, the
    // place where it was given between.
    let renamed = (before.saturating_sub(NAMED_REACH)..before).any(|k| {
        let participle = facts.lower[k].ends_with("ato") || facts.lower[k].ends_with("ata");
        participle
            && language.speech_at(Speech::Naming, &facts.lower[k..=k]).is_some()
            && PREPOSITIONS.contains(&facts.lower[k + 1].as_str())
            // "ribattezzata dai sindacati «…»": who gave the name said it.
            && !FROM.contains(&facts.lower[k + 1].as_str())
            && !text[facts.words[k].span.end..m.outer.start].contains([',', ':', ';'])
    });
    // "quelli che in fabbrica chiamano i turni «a fisarmonica»": a naming verb, its object
    // between; not one calling on someone to do something ("ha chiamato il governo a «…»").
    let names_object = !PREPOSITIONS.contains(&facts.lower[before].as_str())
        && (before.saturating_sub(NAMED_REACH)..before).any(|k| {
            language.speech_at(Speech::Naming, &facts.lower[k..=k]).is_some()
                && is_definite_any(&facts.lower[k + 1])
                && (k + 1..=before).all(|w| !facts.words[w].is_capitalized(text))
                && !text[facts.words[k].span.end..m.outer.start].contains([',', ':', ';', '.'])
        });
    // "«Il museo senza pareti», il saggio uscito l'anno scorso": the title noun may follow, in
    // apposition after a comma.
    let noun_after = {
        let next = facts.words.partition_point(|w| w.span.start < m.outer.end);
        after.starts_with(',')
            && facts.lower.get(next).is_some_and(|w| is_definite_any(w) || matches!(w.as_str(), "un" | "una" | "uno"))
            && next + 1 < facts.lower.len()
            && language.speech_at(Speech::Title, &facts.lower[next + 1..=next + 1]).is_some()
    };
    let titled_after = noun_after
        && written_as_name
        && inner.split_whitespace().count() <= TITLE_WORDS
        && !inner.contains([',', '.', ':', ';', '!', '?']);
    let gap = text[facts.words[before].span.end..m.outer.start].trim();
    titled_after
        || gap.is_empty() && (titled || proper_name || named_by_noun || renamed || names_object)
        || gap == ":" && signed(facts, before, language, text, m)
}

/// How many words of complement may stand between a title's noun and the comma before its name
/// ("lo slogan dell'edizione, «…»").
const TITLE_COMPLEMENT_WORDS: usize = 3;

/// Whether a sign's noun ("uno slogan", "la scritta") stands before the colon that opens the
/// quotation, right before it or a few words before, past a phrase that describes it ("con uno
/// slogan scelto in assemblea: «…»") with no pause and no verb of saying of its own.
fn signed(facts: &SentenceFacts, before: usize, language: &Language, text: &str, m: &Marked) -> bool {
    (before.saturating_sub(SIGN_REACH)..=before).any(|k| {
        language.speech_at(Speech::Sign, &facts.lower[k..=k]).is_some()
            && !text[facts.words[k].span.end..m.outer.start].trim_end_matches([':', ' ']).contains([',', ';', '.', ':'])
            && (k + 1..=before).all(|w| {
                [Speech::Finite, Speech::Participle].iter().all(|&s| language.speech_at(s, &facts.lower[w..]).is_none())
            })
    })
}

/// How many words may describe a sign between its noun and the colon before its words.
const SIGN_REACH: usize = 4;

/// How many words may stand between a name given ("ribattezzato") and the quotation it gives.
const NAMED_REACH: usize = 6;

/// "l’appello di X", "le parole di X": the owner of a noun of saying, whose words a quotation
/// before or after it gives.
fn frame_owner<'c>(candidates: &'c [Candidate], lower: &[String]) -> Option<&'c Candidate> {
    let owned = candidates.iter().find(|c| owns_frame(c, lower).is_some());
    // "«…», è il messaggio che Dell'Orto ha affidato ai social", "è la linea che il governo ha
    // fatto filtrare": the subject of the relative clause the copula's noun of saying opens.
    let relayed = || {
        candidates.iter().find(|c| {
            let che = if c.words.0 >= 1 && is_article(&lower[c.words.0 - 1]) {
                c.words.0.saturating_sub(2)
            } else {
                c.words.0.saturating_sub(1)
            };
            che >= 3
                && lower[che] == "che"
                && FRAME_NOUNS.contains(&lower[che - 1].as_str())
                && is_definite(&lower[che - 2])
                && matches!(lower[che - 3].as_str(), "è" | "era")
                && !c.governed
                && !c.adjective
        })
    };
    owned.or_else(relayed)
}

/// Prepositions that give a noun of saying its owner ("l'appello del sindaco").
const OWNER_OF: &[&str] = &["di", "del", "della", "dello", "dell", "dei", "degli", "delle"];

/// Prepositions that give a participle after a noun of saying its agent ("l'appello lanciato in
/// serata dal Soccorso alpino").
const OWNER_BY: &[&str] = &["da", "dal", "dalla", "dallo", "dall", "dai", "dagli", "dalle"];

/// Where the noun of saying `candidate` owns stands, if it owns one: "lo sfogo del comitato
/// Pendolari Valdina" (a body's kind may come between), "il commento a caldo dell'avvocata X" (a
/// word or two that qualify the noun), "l'appello lanciato in serata dal Soccorso alpino" (a
/// participle and its agent).
fn owns_frame(candidate: &Candidate, lower: &[String]) -> Option<usize> {
    if !candidate.governed || candidate.adjective {
        return None;
    }
    let mut preposition = candidate.words.0.checked_sub(1)?;
    if crate::mentions::BODY_KINDS.contains(&lower[preposition].as_str()) {
        preposition = preposition.checked_sub(1)?;
    }
    let of = OWNER_OF.contains(&lower[preposition].as_str());
    let by = OWNER_BY.contains(&lower[preposition].as_str());
    if !of && !by {
        return None;
    }
    let participle =
        |w: &str| ["ato", "ata", "ito", "ita", "uto", "uta"].iter().any(|end| w.len() > 5 && w.ends_with(end));
    // A participle's complements may come before its agent ("il commento affidato a una nota da X").
    let reach = if by { 6 } else { 4 };
    (preposition.saturating_sub(reach)..preposition).rev().find(|&noun| {
        let between = &lower[noun + 1..preposition];
        FRAME_NOUNS.contains(&lower[noun].as_str())
            && between.iter().all(|w| w.chars().all(char::is_alphabetic) && !FRAME_NOUNS.contains(&w.as_str()))
            && if by {
                between.first().is_some_and(|w| participle(w))
            } else {
                // Not past an article: "Di tutt'altro tono la nota dell'ambasciata": the tone is
                // no noun of the embassy's.
                between.len() <= 2 && between.iter().all(|w| crate::articles::article(w).is_none())
            }
    })
}

/// A noun of saying that follows the quotation and names its owner: "«…», è lo sfogo del comitato
/// Pendolari Valdina, che chiede…", "«…», la replica della sindacalista", "«…» e' l'appello
/// lanciato in serata dal Soccorso alpino". It comes before any verb later in the sentence, which
/// is the owner's relative clause or another's. The owner may be a description nobody resolved:
/// then the words are nobody's for sure.
fn frame_after(text: &str, m: &Marked, facts: &SentenceFacts) -> Option<(Option<Speaker>, Span)> {
    let (words, lower) = (facts.words, facts.lower);
    let mut at = words.partition_point(|w| w.span.start < m.outer.end);
    if !text[m.outer.end..words.get(at)?.span.start].chars().all(|c| matches!(c, ',' | ':') || c.is_whitespace()) {
        return None;
    }
    // The copula: "è", "e'" as wire copy types it, "era", "è stato".
    if matches!(lower[at].as_str(), "è" | "era" | "fu")
        || lower[at] == "e" && text[words[at].span.end..].starts_with(['\'', '’'])
    {
        at += 1;
        if lower.get(at).is_some_and(|w| matches!(w.as_str(), "stato" | "stata")) {
            at += 1;
        }
    }
    if !lower.get(at).is_some_and(|w| is_definite(w)) {
        return None;
    }
    let owner = facts
        .candidates
        .iter()
        .find(|c| c.words.0 > at && owns_frame(c, lower).is_some_and(|noun| noun <= at + 3 && noun > at))?;
    let noun = owns_frame(owner, lower)?;
    // No pause between the noun and its owner.
    if text[words[noun].span.end..owner.span.start].contains([',', ';', ':', '.']) {
        return None;
    }
    Some((owner.speaker.clone(), Span::new(words[at].span.start, owner.span.end)))
}

/// A quotation framed without a verb: "X: «…»" (a headline, "così X:"), or a noun of saying
/// with its owner ("l’appello di X: «…»", "«…»: è l’impegno di X").
fn framed(text: &str, m: &Marked, facts: &SentenceFacts) -> Option<(Option<Speaker>, Span)> {
    let words = &facts.words;
    let lower = &facts.lower;
    let colon_before = text[facts.span.start..m.outer.start].trim_end().ends_with(':');
    // "«…»: così Ndiaye, 21 anni": whom "così" names after the colon that follows the words.
    let after = words.partition_point(|w| w.span.start < m.outer.end);
    if lower.get(after).is_some_and(|w| w == "così") && text[m.outer.end..words[after].span.start].trim() == ":" {
        let subject =
            subject_after(text, after + 1, &facts.candidates, words, lower).filter(|c| c.words.0 <= after + 4);
        if let Some(subject) = subject {
            return Some((subject.speaker.clone(), Span::new(words[after].span.start, subject.span.end)));
        }
    }
    if let Some(owner) = frame_owner(&facts.candidates, lower) {
        return Some((owner.speaker.clone(), Span::new(words[owner.words.0 - 2].span.start, owner.span.end)));
    }
    // The reply's words follow the colon; a quotation elsewhere in its sentence is not them.
    if let Some(source) = frame_source(&facts.candidates, lower).filter(|_| colon_before) {
        return Some((source.speaker.clone(), source.span));
    }
    if !colon_before {
        return None;
    }
    let colon = text[..m.outer.start].trim_end().len() - 1;
    let before = facts.candidates.iter().rev().find(|c| c.span.end <= colon && !c.adjective)?;
    let between = &text[before.span.end..colon];
    // "Il presidente Lucchesi conferma il tecnico: «…»": a name right before the colon after
    // the clause's own subject is the verb's object.
    // Within its own clause: not past a colon, a semicolon or a line break ("Mozambico, assalto
    // alla missione\nFarnesina: «…»", two headline lines of wire copy).
    // Nor a topic before a comma ("Discarica Tresinaro, Marchetto: «…»", "Italia-Galles 22-19
    // all'Olimpico, Mazzardo: «…»"): a headline's label, when a name follows the comma.
    // (past the article and "ex" a description's span may leave out: "…, l'ex direttrice:")
    let mut opening = before.words.0;
    while opening > 0 && (is_article(&lower[opening - 1]) || lower[opening - 1] == "ex") {
        opening -= 1;
    }
    let after_comma = text[..words[opening].span.start].trim_end().ends_with(',')
        && matches!(before.reference, Reference::Name | Reference::Description);
    let subject_before = !after_comma
        && facts.candidates.iter().any(|c| {
            c.span.end <= before.span.start
                && !text[c.span.end..before.span.start].contains([':', ';', '\n'])
                && text[c.span.end..before.span.start].trim() != ","
                && !c.governed
                && !c.adjective
                && c.speaker.is_some()
                && c.reference != Reference::Document
        });
    // "la direttrice finanziaria: «…»": an adjective or two may close a description.
    let qualifiers = before.reference == Reference::Description
        && between.split_whitespace().count() <= 2
        && between.chars().all(|c| c.is_lowercase() || c.is_whitespace());
    let adjacent = (!between.chars().any(char::is_alphanumeric) || qualifiers)
        && !subject_before
        && (!before.governed || (before.words.0 > 0 && lower[before.words.0 - 1] == "così"));
    // "Contraria Roberta Guidotti, imprenditrice: «…»": a role in apposition to the name before
    // its comma is that person's.
    let apposition_of = || {
        let comma_at = words[opening].span.start;
        facts.candidates.iter().rev().find(|c| {
            c.person && c.speaker.is_some() && c.span.end <= comma_at && text[c.span.end..comma_at].trim() == ","
        })
    };
    if adjacent
        && before.speaker.is_none()
        && before.reference == Reference::Description
        && after_comma
        && let Some(person) = apposition_of()
    {
        return Some((person.speaker.clone(), Span::new(person.span.start, before.span.end)));
    }
    if adjacent {
        return Some((before.speaker.clone(), before.span));
    }
    if let Some(antecedent) = open_relative_before(text, facts, colon) {
        return Some((antecedent.speaker.clone(), antecedent.span));
    }
    // "Quintero ha preferito ironizzare: «…»", "Salvetti ha sorriso: «…»": the subject of the
    // clause the colon closes.
    // Past a relative clause between commas ("Il presidente X, che ha seguito la partita in piedi,
    // è stato ancora più duro: «…»"), which opens no clause of its own for the colon.
    // A clause joined by "e" that opens with a complement ("L'Italia piega il Galles e nella
    // pancia dello stadio il ct X arriva…: «…»") has a subject of its own after it.
    let clause_start = (0..words.len())
        .rev()
        .find(|&k| {
            words[k].span.end <= colon
                // "X ha detto di attendersi «…», mentre il presidente del Senato, Y, ha richiamato
                // i gruppi: «…»": a contrast opens a clause with a subject of its own.
                && (lower[k] == "mentre" && k > 0 && text[words[k - 1].span.end..words[k].span.start].contains(',')
                    || matches!(lower[k].as_str(), "che" | "cui")
                    && !(k > 0 && text[words[k - 1].span.end..words[k].span.start].contains(','))
                    // "X, il cui partito perde undici seggi, ha riconosciuto…": a possessive
                    // relative between commas opens no clause of the colon's.
                    && !(k > 0 && is_article(&lower[k - 1]))
                    || matches!(lower[k].as_str(), "e" | "ma")
                        && lower.get(k + 1).is_some_and(|w| PREPOSITIONS.contains(&w.as_str()))
                        && facts
                            .candidates
                            .iter()
                            .any(|c| c.words.0 > k + 1 && c.span.end <= colon && !c.governed && c.speaker.is_some())
                    // "Grilli ha invitato la consigliera, e quest'ultima ha accettato: «…»": so
                    // has one joined after a comma that opens with its subject.
                    || matches!(lower[k].as_str(), "e" | "ed" | "ma")
                        && k > 0
                        && text[words[k - 1].span.end..words[k].span.start].contains(',')
                        && facts.candidates.iter().any(|c| {
                            let opening = if lower.get(k + 1).is_some_and(|w| is_article(w)) { k + 2 } else { k + 1 };
                            c.words.0 == opening && c.span.end <= colon && !c.governed && !c.adjective
                        }))
        })
        .map_or(0, |k| k + 1);
    // "X ha parlato di «…»; il suo compagno Y, invece, ha scelto l'ironia: «…»": a semicolon
    // before the colon opens the colon's clause.
    let clause_start = clause_start.max(
        (1..words.len())
            .rfind(|&k| words[k].span.start < colon && text[words[k - 1].span.end..words[k].span.start].contains(';'))
            .unwrap_or(0),
    );
    // "Ecuador, il legale dei manager: «…»": a country opening the sentence before a comma is
    // its label, what the story is about, not whose words follow.
    let label = |c: &Candidate| {
        c.words.0 == 0
            && text[c.span.end..].trim_start().starts_with(',')
            && (c.speaker.as_ref().is_some_and(|s| s.country.as_ref() == Some(&s.id))
                // "Capo Sereno, impresa di Rigamonti: «…»": so is a name that is no person's when a
                // person is named after it.
                // A surname the headline meets first names nobody yet, but a person all the same
                // ("Due Laghi, Ferraresi re di Montecalvo: «…»").
                || !c.person
                    && facts.candidates.iter().any(|later| {
                        later.words.0 >= c.words.1
                            && later.span.end <= colon
                            && later.person
                            && (later.speaker.is_some() || later.reference == Reference::Name)
                    }))
    };
    let subject = facts.candidates.iter().find(|c| {
        c.words.0 >= clause_start
            && c.span.end <= colon
            && !label(c)
            && !c.governed
            && !c.adjective
            && c.reference != Reference::Document
            // Not the subject of a clause of its own before the main one ("Dopo che la Regione…");
            // past its first word, so that the comma right before it can close that clause. The
            // contrast the colon's clause opens with is that clause.
            && own_clause_start(text, words, lower, &facts.candidates, c.words.0 + 1)
                .is_none_or(|k| k == clause_start && k > 0 && lower[k - 1] == "mentre")
    })?;
    Some((subject.speaker.clone(), subject.span))
}

/// The person a relative clause open up to the colon at byte `colon` is about: "…del direttore,
/// Gianfranco Pace, il quale ha respinto le accuse: «…»". The clause opens after a comma with
/// "che" or "il quale" and an auxiliary of its own, and no comma closes it before the colon, so
/// the colon is the relative's and its antecedent, the person right before the comma, its
/// subject.
fn open_relative_before<'f>(text: &str, facts: &'f SentenceFacts, colon: usize) -> Option<&'f Candidate> {
    let (words, lower) = (facts.words, facts.lower);
    let pronoun = (1..words.len()).rev().find_map(|k| {
        let at = match lower[k].as_str() {
            "che" => k,
            "quale" | "quali" if is_article(&lower[k - 1]) => k - 1,
            _ => return None,
        };
        (words[k].span.end <= colon
            && lower.get(k + 1).is_some_and(|w| AUXILIARY_OPENERS.contains(&w.as_str()))
            && at > 0
            && text[words[at - 1].span.end..words[at].span.start].contains(',')
            && !text[words[at].span.end..colon].contains([',', ';', ':']))
        .then_some(at)
    })?;
    facts.candidates.iter().find(|c| c.words.1 == pronoun && c.person)
}

/// Who a noun of saying that is its sentence's subject comes from: "Dalla direttrice, Federica
/// Sartoris, la replica è arrivata con un video: «…»", "La risposta arriva dal sindaco: «…»".
/// The source stands right before the noun's article, or a few words after the noun; one
/// further off is another's ("la replica alle accuse lanciate dal sindaco").
fn frame_source<'c>(candidates: &'c [Candidate], lower: &[String]) -> Option<&'c Candidate> {
    let noun = (1..lower.len()).find(|&k| {
        matches!(lower[k - 1].as_str(), "il" | "lo" | "la" | "l" | "un" | "una")
            && FRAME_NOUNS.contains(&lower[k].as_str())
            && !(k >= 2 && PREPOSITIONS.contains(&lower[k - 2].as_str()))
    })?;
    let from = |k: usize| FROM.contains(&lower[k].as_str());
    candidates.iter().find(|c| {
        let (start, end) = c.words;
        c.speaker.is_some()
            && !c.adjective
            && start >= 1
            && (from(start - 1) || from(start))
            && (end + 1 == noun || (start > noun && start <= noun + 4))
    })
}

/// The subject of the clause that a reporting "secondo quanto riportato da X" attributes, when
/// it stands after X and before quotation `m`.
/// Or the subject right before it, when the report is an aside between commas ("Lo stesso
/// Baldessari, secondo quanto raccontato da Marzano, si sentirebbe «…»").
fn reported_by<'f>(text: &str, a: &Attribution, m: &Marked, facts: &'f SentenceFacts) -> Option<&'f Candidate> {
    let after = facts.candidates.iter().find(|c| {
        c.words.0 > a.source_word
            && c.span.end <= m.outer.start
            && is_subject(c)
            && c.speaker.is_some()
            && c.reference != Reference::Document
    });
    after.or_else(|| {
        facts.candidates.iter().find(|c| {
            c.words.1 == a.first_word
                && c.person
                && is_subject(c)
                && c.speaker.is_some()
                && text[c.span.end..a.cue.start].trim() == ","
                && a.cue.end <= m.outer.start
        })
    })
}

/// Whether the clause a report relays has a subject before the quotation that nobody resolved.
fn unresolved_reported(a: &Attribution, m: &Marked, facts: &SentenceFacts) -> bool {
    facts.candidates.iter().any(|c| {
        c.words.0 > a.source_word
            && c.span.end <= m.outer.start
            && is_subject(c)
            && c.speaker.is_none()
            && c.reference != Reference::Document
    })
}

/// The relay of a sentence's speech, when it is someone other than the speaker.
fn via_of(facts: &SentenceFacts, speaker: Option<&Speaker>) -> Option<Speaker> {
    let speaker = speaker?;
    let from_verbs = facts.verbs.iter().any(|said| said.speaker.as_ref().is_some_and(|s| s.id == speaker.id));
    let relay = facts
        .relay
        .clone()
        .or_else(|| facts.attribution.as_ref().filter(|(a, _)| from_verbs || a.reports).and_then(|(_, s)| s.clone()));
    relay.filter(|r| r.id != speaker.id)
}

/// Whether a quotation opens its sentence or follows a colon.
fn opens_sentence(text: &str, m: &Marked, facts: &SentenceFacts) -> bool {
    let before = text.get(facts.span.start..m.outer.start).unwrap_or_default().trim_end();
    before.is_empty() || before.ends_with(':')
}

/// The reported clause of a sentence, its speaker and cue (see the module's rules).
fn reported(text: &str, facts: &SentenceFacts, marked: &SpanSet) -> Option<(Span, Option<Speaker>, Span)> {
    let words = &facts.words;
    let lower = &facts.lower;
    let tail_end = |from: usize| {
        // The clause ends at the sentence's end, or at a ", secondo X" that follows it.
        let cut = facts.attribution.as_ref().map(|(a, _)| a.cue.start).filter(|&c| c > from).and_then(|c| {
            let before = text[from..c].trim_end();
            before.ends_with(',').then(|| from + before.len() - 1)
        });
        clause(text, Span::new(from, cut.unwrap_or(facts.span.end)))
    };

    for SaidBy { verb, speaker, .. } in &facts.verbs {
        let Some(speaker) = speaker else { continue };
        if !verb.takes_clause {
            continue;
        }
        let window = verb.words.1..(verb.words.1 + 5).min(words.len());
        let Some(che) = window.clone().find(|&k| lower[k] == "che") else {
            continue;
        };
        if text[verb.span.end..words[che].span.start].contains([',', '.', ';', ':', '“', '«']) {
            continue;
        }
        let Some(clause) = tail_end(words[che].span.end) else {
            continue;
        };
        return Some((clause, Some(speaker.clone()), verb.span));
    }

    // A wire dateline that opens the sentence is no part of what was said.
    let start = dateline(text, facts.span).map_or(facts.span.start, |d| d.end);
    // "CLAUSE, ha detto X."
    for SaidBy { verb, speaker, position } in &facts.verbs {
        let Some(speaker) = speaker else { continue };
        if *position != Position::After || verb.form != VerbForm::Finite || verb.span.start <= start {
            continue;
        }
        let before = text[start..verb.span.start].trim_end();
        let Some(body) = before.strip_suffix(',') else {
            continue;
        };
        let span = clause(text, Span::new(start, start + body.len()))?;
        // Looked up, not scanned: a paragraph of thousands of quotations has as many sentences.
        if !marked.covers(span) {
            return Some((span, Some(speaker.clone()), verb.span));
        }
    }

    // "Secondo X, CLAUSE." / "CLAUSE, secondo X." / "Mercoledì, secondo X, CLAUSE."
    if facts.verbs.iter().any(|said| said.speaker.is_some()) {
        return None;
    }
    let (attribution, speaker) = facts.attribution.as_ref()?;
    let speaker = speaker.as_ref()?;
    if attribution.cue.start < start {
        return None;
    }
    // "X, secondo cui CLAUSE", "X, secondo il quale CLAUSE": what X holds follows the pronoun.
    let pronoun_end = match lower.get(attribution.source_word).map(String::as_str) {
        Some("cui") => Some(attribution.source_word),
        Some("il" | "la" | "i" | "le")
            if lower.get(attribution.source_word + 1).is_some_and(|w| w.starts_with("qual")) =>
        {
            Some(attribution.source_word + 1)
        }
        _ => None,
    };
    if let Some(pronoun_end) = pronoun_end {
        let span = clause(text, Span::new(words[pronoun_end].span.end, facts.span.end))?;
        // A quotation in marks is already its own card.
        return (!marked.covers(span)).then(|| (span, Some(speaker.clone()), attribution.cue));
    }
    let before = text[start..attribution.cue.start].trim_end();
    if attribution.first_word > 0 && before.ends_with(',') && before.len() > 30 {
        let span = clause(text, Span::new(start, start + before.len() - 1))?;
        return Some((span, Some(speaker.clone()), attribution.cue));
    }
    let leading = attribution.first_word == 0 || (before.ends_with(',') && attribution.first_word <= 3);
    if !leading {
        return None;
    }
    // The clause starts after the comma that closes "secondo X" (and any ", Name," apposition).
    let mut commas = text[attribution.cue.end..facts.span.end].match_indices(',').map(|(i, _)| attribution.cue.end + i);
    let mut comma = commas.next()?;
    let next_words: Vec<&Word> = words.iter().filter(|w| w.span.start > comma).take(3).collect();
    if let Some(after) = commas.next() {
        let apposition = next_words.first().is_some_and(|w| w.is_capitalized(text))
            && words.iter().filter(|w| w.span.start > comma && w.span.end < after).count() <= 3;
        if apposition {
            comma = after;
        }
    }
    let span = clause(text, Span::new(comma + 1, facts.span.end))?;
    Some((span, Some(speaker.clone()), attribution.cue))
}

/// A clause's span: trimmed of white space and of final punctuation, with some words in it.
fn clause(text: &str, span: Span) -> Option<Span> {
    let trimmed = span.trimmed(text);
    let body = trimmed.of(text);
    let kept =
        body.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '…'));
    let span = Span::new(trimmed.start, trimmed.start + kept.len());
    kept.chars().any(char::is_alphanumeric).then_some(span)
}
