//! Discourse: who each expression of a sentence stands for, across a document.
//!
//! Italian news names a person in full once ("l’assessora ai Lavori pubblici di Borgo Tavella,
//! Chiara Montieri"), then by surname ("Montieri"), by role ("l’assessora"), by pronoun
//! ("quest’ultima", "secondo lei") or not at all (a dropped subject: "Ha poi aggiunto…"). A
//! [`Discourse`] reads a document's sentences in order and keeps the people it has met: their
//! full name as first written, their roles and the class of each (so "la sindaca" finds the
//! person introduced as "il primo cittadino"), their gender when the text says it. Each sentence
//! becomes a list of [`Candidate`]s — names, descriptions, pronouns, documents, bodies — each
//! resolved to a [`Speaker`] where the evidence singles one out, and marked as inferred when it
//! was reached through a description, a pronoun or a dropped subject.
//!
//! People are recognised without a list of people: a run of capitalised words that starts with a
//! given name (`data/given-names.txt`) is a person ("il presidente del Consiglio Mario Rossi" is
//! Mario Rossi, not "Consiglio Mario Rossi"), and so is a capitalised word right after a role noun
//! (`data/roles.txt`: "il ministro Brenna"). Before the sentences are read one by one, the whole
//! document is scanned for full names, so a headline's bare surname ("Sartini: «…»") finds the
//! person the body names in full. A surname borne by two people of the document means neither.

use crate::Span;
use crate::articles::{Joined, article, is_article, is_definite, is_in_the, is_singular_definite};
use crate::gazetteer::{EntityKind, Gazetteer};
use crate::lexicon_data::{Gender, Language, Speech};
use crate::mentions::{Form, Mention, NAME_PARTICLES_LOWER, PREPOSITIONS};
use crate::speakers::{Speaker, entity_of};
use crate::words::Word;

/// How many mentions of people back a person still counts as just met.
/// The words that make the given name after them a saint's, and their run a place or a church
/// ("San Calogero Alto", "Santa Maria Novella", "Sant'Anna").
pub(crate) const SAINT_TITLES: &[&str] = &["san", "santa", "santo", "sant", "santi", "ss"];

const RECENT: usize = 4;

/// How far back, in candidates read, the body puts what its headlines named: past every window
/// of recency ([`RECENT`], the six of several bearers of a role).
const HEADLINE_DISTANCE: usize = 8;

/// Words that may stand between an article and a role noun ("il nuovo sindaco", "l’ex ministro").
const ROLE_MODIFIERS: &[&str] = &[
    "nuovo", "nuova", "ex", "neo", "attuale", "stesso", "stessa", "giovane", "storico", "storica", "suo", "sua",
    "loro", "nostro", "nostra", "vostro", "vostra",
];

/// Heads of documents that can state something ("il regolamento stabilisce che…").
const DOCUMENT_NOUNS: &[&str] = &[
    "regolamento", "ordinanza", "sentenza", "decreto", "delibera", "rapporto", "relazione", "studio", "nota",
    "comunicato", "documento", "dossier", "circolare", "legge", "provvedimento", "bozza", "report", "indagine",
    "ricerca", "sondaggio", "lettera", "parere", "mozione", "risoluzione", "dichiarazione", "motivazioni", "bando",
    "piano", "manifesto", "appello", "esposto", "ricorso", "direttiva", "statuto", "verbale", "referto", "bollettino",
    "analisi", "memoria", "denuncia", "atto", "comunicazione", "perizia", "consulenza", "dispositivo", "motivazione",
    "testo", "programma", "memorandum", "protocollo", "convenzione",
];

/// Words that say when, between a document's participle and its authors ("firmata ieri mattina
/// da…").
const WHEN_WORDS: &[&str] = &["ieri", "oggi", "stamani", "stamattina", "mattina", "sera", "pomeriggio", "notte"];

/// The endings of the participles that follow a document's noun ("la delibera approvata", "una
/// lettera firmata da…", "la relazione richiesta"): no part of its name, and with "da" its authors.
pub(crate) const DOCUMENT_PARTICIPLES: &[&str] =
    &["ata", "ato", "ate", "ati", "ita", "ito", "uta", "uto", "essa", "esso", "sta", "sto", "usa", "uso", "esa", "eso"];

/// The class of `data/roles.txt` that says the same office as someone else's ("il collega",
/// "l'omologo"): its bearer takes the classes of the one met last with a role.
const COUNTERPART_CLASS: &str = "collega";

/// Adverbs between "si legge" and the document it is read in ("si legge ancora nella nota").
const READ_ADVERBS: &[&str] = &["ancora", "inoltre", "anche", "poi", "infatti", "invece"];

/// Document nouns that say only that something is written: bare, they take up the document
/// the text named last ("il documento", "il provvedimento").
const GENERIC_DOCUMENTS: &[&str] = &["documento", "provvedimento", "atto", "testo"];

/// The kinds a company is taken up by ("l'azienda", "la società"): not "il gruppo", which is as
/// often a band or a party's members.
const COMPANY_KINDS: [&str; 3] = ["azienda", "società", "compagnia"];

/// The legal forms of Italian companies, written after their name ("Cartiere Valsesto spa",
/// "Terminal Liviano Spa", "Rossi S.r.l."), without dots.
const LEGAL_FORMS: &[&str] = &["spa", "srl", "srls", "sapa", "sas", "snc", "scarl"];

/// Words an acronym does not spell ("Istituto nazionale di statistica (Istat)").
const SPELLING_SKIPS: &[&str] =
    &["di", "del", "della", "dello", "dei", "degli", "delle", "dell", "d", "e", "ed", "per", "a", "al", "alla", "in"];

/// Articulated prepositions of "in" and "su" ("nel girone Est", "sul fiume Sarca").
const IN_ON: &[&str] = &[
    "nel", "nello", "nella", "nell", "nei", "negli", "nelle", "sul", "sullo", "sulla", "sull", "sui", "sugli", "sulle",
];

/// Media: a name right after one ("al quotidiano La Voce") is the medium, not a speaker.
const MEDIA_NOUNS: &[&str] = &[
    "quotidiano", "settimanale", "mensile", "giornale", "periodico", "agenzia", "tv", "tg", "radio", "emittente",
    "rete", "sito", "testata", "magazine", "rivista", "programma", "trasmissione", "canale", "blog", "podcast",
];

/// Heads of an unnamed source that stand for a country's government as a whole.
const GOVERNMENT_NOUNS: &[&str] = &["governo", "esecutivo", "cancelleria", "diplomazia"];

/// Words after which a document noun's qualifier ends.
const QUALIFIER_STOP: &[&str] = &[
    "che", "e", "ed", "ma", "non", "si", "ha", "hanno", "è", "sono", "va", "vanno", "viene", "vengono", "sarà", "deve",
    "devono", "resta", "stabilisce", "prevede",
];

/// How a candidate refers to whom it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reference {
    /// A name: the gazetteer's, or a full name or surname the text gives.
    Name,
    /// A role without a name ("la sindaca"), or a metonym.
    Description,
    /// "quest’ultimo", "lo stesso", "lui", "la quale".
    Pronoun,
    /// A document ("il regolamento").
    Document,
    /// An unnamed source ("un funzionario americano"), or a body the text names.
    Other,
}

/// Someone or something in a sentence that could be the subject of a verb of saying.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    /// From the opening article or role noun to the end of the name.
    pub span: Span,
    /// The same, in the sentence's words: first, and one past the last.
    pub words: (usize, usize),
    /// Whether a preposition governs it ("di Putin", "con il ministro"): then it is no subject.
    pub governed: bool,
    /// Who it stands for, if the text singles someone out.
    pub speaker: Option<Speaker>,
    /// How it refers.
    pub reference: Reference,
    /// Whether it is a country adjective: it qualifies a noun and is nobody's name.
    pub adjective: bool,
    /// Whether it names a person (who can bear a role).
    pub person: bool,
}

#[derive(Debug, Clone)]
struct Person {
    speaker: Speaker,
    /// The lower-case words of the name (the last is the surname).
    name: Vec<String>,
    classes: Vec<&'static str>,
    /// Common nouns the text introduced them with that are no role of the lexicon ("il geologo
    /// Aldo Massara", "Anna Berti, viticoltrice"), lower case.
    nouns: Vec<String>,
    gender: Option<Gender>,
    /// When the text last mentioned them, in candidates read.
    seen: usize,
    /// The paragraph where the text last wrote their full name.
    named_in: Option<usize>,
    /// Their age, when the text gave it in figures after their name ("Cristian Sgherzi, 34 anni").
    age: Option<u16>,
}

impl Person {
    /// Whether a word of `gender` can stand for them: either gender unknown, or the same.
    fn agrees_with(&self, gender: Option<Gender>) -> bool {
        gender.is_none() || self.gender.is_none() || self.gender == gender
    }
}

/// The people a document has named so far, and who was the subject last.
pub(crate) struct Discourse<'a> {
    gazetteer: &'a Gazetteer,
    language: &'a Language,
    people: Vec<Person>,
    /// Full names found anywhere in the document (lower-case words), for forward references.
    full_names: Vec<(Vec<String>, String)>,
    /// Single capitalised words the document writes inside a sentence, not after a preposition,
    /// that no list knows ("c'è Enerxa, la società…"): a name also where one opens a sentence.
    single_names: Vec<String>,
    clock: usize,
    /// Acronyms the text spelled out (lower case), with the body they name.
    acronyms: Vec<(String, Speaker)>,
    /// Public bodies the text named in full ("Regione Marche", "Procura di Vercelli"), with the
    /// common noun that opens their name ("regione"), so "la Regione" alone finds the one.
    bodies: Vec<(String, Speaker)>,
    /// Companies the text named after an article, by no kind ("la Rapidex Italia").
    companies: Vec<Speaker>,
    /// The document the text named last, if it named whose or which ("il piano industriale"; not
    /// "una nota"): what a later "il documento" stands for.
    last_document: Option<Speaker>,
    /// The subject of the last sentence that had one, and that sentence's paragraph.
    pub subject: Option<(Speaker, usize)>,
    /// How many sentences had been read when `subject` was set (its sentence's number, from 1).
    subject_sentence: usize,
    /// The clock when the sentence of `subject` began to be read.
    subject_clock: usize,
    /// How many sentences `read` has begun.
    sentences_read: usize,
    /// The paragraph of a later sentence whose subject nobody resolved ("Il portavoce ha respinto
    /// le accuse."): its dropped subjects are that unknown person's, not `subject`'s.
    pub unresolved_at: Option<usize>,
    /// How many sentences had been read when the last one gave the words of someone the rules
    /// do not resolve ("Di tutt'altro tenore le parole del compagno."): "lui" right after it is
    /// that one, nobody for sure.
    unknown_voice_at: Option<usize>,
    /// The paragraph of the sentence being read.
    pub paragraph: usize,
    /// Whether that paragraph is a headline or subhead, which names people the body introduces
    /// later: a role there is not a guess at the one person met so far.
    pub in_headline: bool,
    /// The clock when the sentence before this one, and this one, began to be read.
    sentence_clocks: (usize, usize),
    /// Whom the sentence before this one named only after a preposition.
    governed_before: Vec<String>,
    /// Whom the sentence before that named only after a preposition, once this one is read.
    governed_earlier: Vec<String>,
    /// The gender, if its article shows one, of the description nobody resolved that the
    /// sentence before named last ("…ha criticato la collega dimissionaria."): whom a
    /// "quest'ultima" right after takes up, nobody for sure.
    unresolved_last: Option<Option<Gender>>,
    /// Whom a description that the sentence before named last stood for ("…replica a Ventura e
    /// al governatore."): whom a "quest'ultimo" right after takes up.
    described_last: Option<Speaker>,
    /// The two people the last sentence that named exactly two by name named ("i consiglieri
    /// Paolo Ferrandi e Matteo Guarneri"), with that sentence's number: whom "il primo" and "il
    /// secondo" take up (`recent_pair`).
    pair: Option<(usize, Speaker, Speaker)>,
}

impl<'a> Discourse<'a> {
    pub fn new(gazetteer: &'a Gazetteer, language: &'a Language) -> Discourse<'a> {
        Discourse {
            gazetteer,
            language,
            people: Vec::new(),
            full_names: Vec::new(),
            single_names: Vec::new(),
            clock: 0,
            acronyms: Vec::new(),
            bodies: Vec::new(),
            companies: Vec::new(),
            last_document: None,
            subject: None,
            subject_sentence: 0,
            subject_clock: 0,
            sentences_read: 0,
            unresolved_at: None,
            unknown_voice_at: None,
            paragraph: 0,
            in_headline: false,
            sentence_clocks: (0, 0),
            governed_before: Vec::new(),
            described_last: None,
            governed_earlier: Vec::new(),
            unresolved_last: None,
            pair: None,
        }
    }

    /// Makes `speaker` the subject a later dropped subject or "lui" goes on with.
    pub fn set_subject(&mut self, speaker: Speaker, paragraph: usize) {
        self.subject = Some((speaker, paragraph));
        self.subject_sentence = self.sentences_read;
        self.subject_clock = self.sentence_clocks.1;
        self.unresolved_at = None;
    }

    /// Notes that the sentence just read gave the words of someone the rules do not resolve.
    pub fn unknown_voice(&mut self) {
        self.subject = None;
        self.unknown_voice_at = Some(self.sentences_read);
    }

    /// Leaves the headline and subhead for the body: whom they named is no longer just met, nor
    /// their subject the one a dropped subject goes on with ("Il presidente Fiorillo: «…»" over
    /// a body whose first description is the coach's).
    pub fn leave_headlines(&mut self) {
        self.clock += HEADLINE_DISTANCE;
        self.sentence_clocks = (self.clock, self.clock);
        self.subject = None;
        self.unresolved_at = None;
    }

    /// Notes the full names of a sentence ahead of reading it, so an earlier surname finds them.
    pub fn scan_names(&mut self, text: &str, words: &[Word], lower: &[String], mentions: &[Mention]) {
        for mention in mentions.iter().filter(|m| m.form == Form::Unknown) {
            if let Some((start, end)) = self
                .person_in(text, words, lower, mention.words)
                .or_else(|| self.named_after_role(text, words, lower, mention.words))
            {
                let name: Vec<String> = lower[start..end].to_vec();
                if !self.full_names.iter().any(|(n, _)| *n == name) {
                    let written = Span::new(words[start].span.start, words[end - 1].span.end).of(text).to_owned();
                    self.full_names.push((name, written));
                }
            }
            let (start, end) = mention.words;
            if end == start + 1
                && start > 0
                && !PREPOSITIONS.contains(&lower[start - 1].as_str())
                && !is_article(&lower[start - 1])
                && self.language.given_name(words[start].text(text)).is_none()
                && !self.single_names.contains(&lower[start])
            {
                self.single_names.push(lower[start].clone());
            }
        }
    }

    /// The run `(start, end)` as a full name when it is two or three words right after a role
    /// ("la sindaca Nives Gualzetti", "la segretaria nazionale Rosa Ianniello"), even with no
    /// given name a list holds; not a surname of two words that a longer name met or ahead ends
    /// with ("il sindaco Di Febo"), nor the name given to a body the role ends with ("portavoce
    /// del comitato Pendolari Val Corbera").
    fn named_after_role(
        &self,
        text: &str,
        words: &[Word],
        lower: &[String],
        (start, end): (usize, usize),
    ) -> Option<(usize, usize)> {
        // "la ministra degli Esteri Keabetswe Molefhi": a role's capitalised portfolio, one word
        // after "di" joined to its article, opens the run; the name is the two or three words
        // after it, apart. Not after a bare "di", which names a body or a place ("capogruppo di
        // Roverasco Bene Comune"), nor a name joined by hyphens ("dell'Alleanza Rosso-Verde").
        // Nor a body's name ("presidente della Fondazione Arte Viva"), nor a longer run.
        let portfolio = start >= 2
            && end == start + 3
            && !self.language.is_body(&lower[start])
            && !crate::mentions::is_source_noun(&lower[start])
            && matches!(lower[start - 1].as_str(), "del" | "dell" | "della" | "degli" | "delle" | "dei")
            && self.follows_role(lower, start - 1)
            && (start + 2..end).all(|k| text[words[k - 1].span.end..words[k].span.start] == *" ");
        let start = if portfolio { start + 1 } else { start };
        let run = &lower[start..end];
        let longer = self
            .full_names
            .iter()
            .map(|(n, _)| n)
            .chain(self.people.iter().map(|p| &p.name))
            .any(|n| n.len() > run.len() && n.ends_with(run));
        let body_named = start > 0 && crate::mentions::BODY_KINDS.contains(&lower[start - 1].as_str());
        ((2..=3).contains(&run.len()) && !longer && !body_named && (portfolio || self.follows_role(lower, start)))
            .then_some((start, end))
    }

    /// Whether the words right before word `start` are a role ("il ministro Brenna").
    fn follows_role(&self, lower: &[String], start: usize) -> bool {
        // "la segretaria nazionale Rosa Ianniello": an adjective may qualify the role.
        let adjective = |w: &String| {
            w.len() > 3
                && w.chars().all(char::is_alphabetic)
                && !crate::mentions::PREPOSITIONS.contains(&w.as_str())
                && !is_article(w)
                && (w.ends_with('e') || w.ends_with('o') || w.ends_with('a'))
        };
        (start.saturating_sub(4)..start).any(|k| {
            self.language.role_at(&lower[k..start]).is_some_and(|role| {
                let end = k + role.words.len();
                end == start || end + 1 == start && adjective(&lower[end])
            })
        })
    }

    /// The words of a person's full name inside the run `(start, end)`: from its first given
    /// name to the end, with at least a surname after the given name; or the whole run of two or
    /// three words when an age follows it in apposition ("Benedetta Arcangioli, 56 anni": a given
    /// name no list holds, since it is also a common word), for no body or place has an age.
    fn person_in(
        &self,
        text: &str,
        words: &[Word],
        lower: &[String],
        (start, end): (usize, usize),
    ) -> Option<(usize, usize)> {
        // "la sindaca di San Calogero Alto": a given name after "San" names the saint, and the
        // run a place.
        let saint = |k: usize| k > start && SAINT_TITLES.contains(&lower[k - 1].trim_end_matches(['\'', '’']));
        let first = (start..end.saturating_sub(1))
            .find(|&k| self.language.given_name(words[k].text(text)).is_some() && !saint(k));
        let aged_run = (2..=3).contains(&(end - start)) && aged(text, words, lower, end);
        first.or(aged_run.then_some(start)).map(|first| (first, end))
    }

    /// The candidates of a sentence, each resolved: `mentions` are the lexicon's (outside
    /// quotation marks), `quoted` tells whether a word is inside quotation marks.
    pub fn read(
        &mut self,
        text: &str,
        words: &[Word],
        lower: &[String],
        mentions: &[Mention],
        quoted: &dyn Fn(Span) -> bool,
    ) -> Vec<Candidate> {
        let wholly_quoted = !words.is_empty() && words.iter().all(|w| quoted(w.span));
        // "…, la commerciante ha abbassato lo sguardo. «Avevo paura. In paese tutti sapevano»,
        // ha detto lei": a sentence wholly inside a quotation is the voice's words, not news of
        // who speaks; an unknown voice before it is still the last one met, the subject before
        // it still the one of the sentence before, and whom that sentence met still just met.
        if !wholly_quoted {
            self.sentence_clocks = (self.sentence_clocks.1, self.clock);
        }
        self.sentences_read += 1;
        if wholly_quoted {
            if self.unknown_voice_at == Some(self.sentences_read - 1) {
                self.unknown_voice_at = Some(self.sentences_read);
            }
            if self.subject.is_some() && self.subject_sentence + 1 == self.sentences_read {
                self.subject_sentence += 1;
            }
        }
        // "l'Associazione italiana operatori di rete (Aior)": a body the acronym after it spells.
        let mut candidates: Vec<Candidate> = self.spelled_out(text, words, lower);
        // A sentence's first word is capitalised anyway, so the lexicon does not take it alone as
        // a name; it is one when it is the surname of someone the document names in full
        // ("Fantoni ha risposto").
        let opening_surname = words.first().filter(|first| {
            first.is_capitalized(text)
                && !quoted(first.span)
                && !mentions.iter().any(|m| m.words.0 == 0)
                && words.get(1).is_none_or(|next| !next.is_capitalized(text))
                && (self.full_names.iter().any(|(name, _)| {
                    // or the first of two surnames ("Quispe" for Héctor Quispe Mamani)
                    name.len() > 1 && name.last() == Some(&lower[0])
                        || name.len() >= 3
                            && name[1..name.len() - 1].contains(&lower[0])
                            && !crate::mentions::NAME_PARTICLES_CAPITALISED.contains(&lower[0].as_str())
                })
                    // or someone met by surname alone after a role ("il ministro francese Marchal")
                    || self.people.iter().any(|p| p.name.last() == Some(&lower[0]) && p.speaker.id.starts_with("name:"))
                    // or a name the document writes alone inside a sentence ("Enerxa, in una nota,")
                    || self.single_names.contains(&lower[0]))
        });
        let opening = opening_surname.map(|first| Mention {
            span: first.span,
            words: (0, 1),
            entities: Vec::new(),
            country: None,
            form: Form::Unknown,
            after_preposition: false,
        });
        // The country of each country adjective, by its first word.
        let mut nationalities: Vec<(usize, usize)> = Vec::new();
        // Names first: the gazetteer's and the text's, with the role phrases before them.
        for mention in opening.iter().chain(mentions) {
            let (start, end) = mention.words;
            if candidates.iter().any(|c| c.words.0 < end && start < c.words.1) {
                continue;
            }
            if let Some(speaker) = self.acronyms.iter().find(|(a, _)| end - start == 1 && *a == lower[start]) {
                // "l'Aior", once the text has spelled it out.
                candidates.push(Candidate {
                    span: mention.span,
                    words: mention.words,
                    governed: false,
                    speaker: Some(speaker.1.clone()),
                    reference: Reference::Other,
                    adjective: false,
                    person: false,
                });
                continue;
            }
            // "Lo ha spiegato lo stesso Russo": a capitalised country adjective inside a sentence
            // that is the surname of someone the text named is that person.
            let surname = end - start == 1
                && start > 0
                && words[start].is_capitalized(text)
                && self.people.iter().any(|p| p.name.len() > 1 && p.name.last() == Some(&lower[start]));
            let form = if surname && mention.form == Form::Adjective { Form::Unknown } else { mention.form };
            match form {
                Form::Unknown => {
                    // "Assessora Orlandini: «…»": a role capitalised only because it opens the
                    // sentence, then the name of its bearer.
                    let role_words = self
                        .language
                        .role_at(&lower[start..end])
                        .map(|role| role.words.len())
                        .filter(|&len| start == 0 && len < end - start);
                    let named = role_words.map(|len| Mention {
                        words: (start + len, end),
                        span: Span::new(words[start + len].span.start, mention.span.end),
                        ..mention.clone()
                    });
                    if let Some(candidate) = self.unknown(text, words, lower, named.as_ref().unwrap_or(mention)) {
                        candidates.push(candidate);
                    }
                }
                Form::Adjective => {
                    let country = mention.entities.first().copied();
                    if let Some(country) = country {
                        nationalities.push((start, country));
                    }
                    // "lo spagnolo", "la francese": one person, described by their country; not
                    // "il belga Pieter Van Hoeck", which introduces the name after it.
                    let described = start > 0
                        && is_singular_definite(&lower[start - 1])
                        && words.get(end).is_none_or(|next| {
                            !next.is_capitalized(text) || text[words[end - 1].span.end..next.span.start] != *" "
                        });
                    if described {
                        // "la norvegese" is a woman, "il danese" a man.
                        let gender = match lower[start - 1].as_str() {
                            "la" | "alla" | "della" | "dalla" | "sulla" | "nella" => Some(Gender::F),
                            "il" | "lo" | "al" | "allo" | "del" | "dello" | "dal" | "dallo" => Some(Gender::M),
                            _ => None,
                        };
                        let speaker = country.and_then(|country| {
                            self.of_country(country, gender).or_else(|| self.of_unknown_country(country, gender))
                        });
                        candidates.push(Candidate {
                            span: Span::new(words[start - 1].span.start, mention.span.end),
                            words: (start - 1, end),
                            // "allo spagnolo": a preposition's, not a subject.
                            governed: !matches!(lower[start - 1].as_str(), "il" | "lo" | "la" | "l"),
                            speaker: speaker.map(Speaker::inferred),
                            reference: Reference::Description,
                            adjective: false,
                            person: true,
                        });
                        continue;
                    }
                    // "i francesi": the people of a country, speaking for it.
                    let demonym = self.is_demonym(lower, start);
                    let speaker = demonym.then(|| crate::speakers::speaker(mention, text, self.gazetteer, &[]));
                    candidates.push(Candidate {
                        span: mention.span,
                        words: mention.words,
                        governed: !demonym,
                        speaker: speaker.map(Speaker::inferred),
                        reference: Reference::Description,
                        adjective: !demonym,
                        person: false,
                    });
                }
                _ => {
                    let recent: Vec<usize> = self.recent_entities(mention);
                    let speaker = crate::speakers::speaker(mention, text, self.gazetteer, &recent);
                    let person = entity_of(mention, &recent)
                        .is_some_and(|e| self.gazetteer.entities[e].kind == EntityKind::Person);
                    let reference = match mention.form {
                        Form::Name => Reference::Name,
                        Form::Source => Reference::Other,
                        _ => Reference::Description,
                    };
                    // "il governo olandese", "l’esecutivo francese": the country itself.
                    let government = mention.form == Form::Source
                        && GOVERNMENT_NOUNS.iter().any(|n| lower[start..end].iter().any(|w| w == n));
                    // "il governo dei Paesi Bassi", "l’esecutivo di Madrid": the country after it.
                    let country_after = || {
                        let of = lower.get(end).is_some_and(|w| crate::mentions::OF.contains(&w.as_str()));
                        let next = mentions.iter().find(|m| of && m.words.0 == end + 1)?;
                        let &entity = next.entities.first()?;
                        (self.gazetteer.entities[entity].kind == EntityKind::Country).then_some(entity)
                    };
                    let country = if government { mention.country.or_else(country_after) } else { mention.country };
                    let speaker = match country {
                        Some(country) if government => {
                            let entity = &self.gazetteer.entities[country];
                            Speaker {
                                id: entity.id.clone(),
                                name: entity.name.clone(),
                                country: entity.country.clone().or(Some(entity.id.clone())),
                                role: None,
                                inferred: false,
                            }
                        }
                        _ => speaker,
                    };
                    let speaker = Some(speaker);
                    let mut candidate = Candidate {
                        span: mention.span,
                        words: (start, end),
                        governed: false,
                        speaker,
                        reference,
                        adjective: false,
                        person,
                    };
                    if person && let Some(speaker) = candidate.speaker.clone() {
                        self.meet(speaker, &lower[start..end], None);
                    }
                    if reference == Reference::Description && mention.form == Form::Metonym {
                        candidate.reference = Reference::Name;
                    }
                    candidates.push(candidate);
                }
            }
        }
        // "il belga Pieter Van Hoeck", "lo spagnolo Pedro Ruiz": a country's adjective used as a
        // noun, right before a capitalised run, introduces a person of that country, even
        // without a given name in the list.
        for at in 0..candidates.len() {
            let adjective = &candidates[at];
            let (start, end) = adjective.words;
            // …or right after a common noun of theirs that is no role ("il tenore tedesco Jonas
            // Keller"; "il ministro tedesco X" is the role's).
            let own_noun = start >= 2
                && is_singular_definite(&lower[start - 2])
                && !words[start - 1].is_capitalized(text)
                && lower[start - 1].chars().all(char::is_alphabetic)
                && !crate::mentions::PREPOSITIONS.contains(&lower[start - 1].as_str())
                && self.language.role_at(&lower[start - 1..start]).is_none()
                && text[words[start - 1].span.end..words[start].span.start] == *" ";
            let introduces = adjective.adjective
                && start > 0
                && (is_singular_definite(&lower[start - 1]) || own_noun)
                && candidates.get(at + 1).is_some_and(|next| {
                    next.words.0 == end
                        && matches!(next.reference, Reference::Other | Reference::Name)
                        && next.speaker.as_ref().is_some_and(|s| s.id.starts_with("name:"))
                        && text[words[end - 1].span.end..words[end].span.start] == *" "
                });
            if introduces {
                let next = &candidates[at + 1];
                // After a noun, only a person's name: "il quotidiano canadese The Northern Ledger",
                // "il fondo americano Harbor Ridge Capital" are bodies.
                if !is_singular_definite(&lower[start - 1])
                    && self.language.given_name(words[next.words.0].text(text)).is_none()
                {
                    continue;
                }
                let name: Vec<String> = lower[next.words.0..next.words.1].to_vec();
                let written = next.span.of(text).to_owned();
                let mut speaker = self.person(&name, &written, None);
                // "la statunitense Jordan Whitcombe": the article says the gender that a given name
                // borne by both may guess wrong.
                let said = article(&lower[start - 1]).filter(|a| a.definite && !a.plural).and_then(|a| a.gender);
                if let Some(person) = self.people.iter_mut().find(|p| p.speaker.id == speaker.id)
                    && said.is_some()
                {
                    person.gender = said;
                }
                // The country the adjective says is theirs, unless the text gave another.
                if let Some(&(_, country)) = nationalities.iter().find(|(at, _)| *at == start) {
                    speaker = self.of_nationality(&speaker.id, country);
                }
                let next = &mut candidates[at + 1];
                next.speaker = Some(speaker);
                next.reference = Reference::Name;
                next.person = true;
            }
        }
        // Roles: an apposition gives its person a role; a role alone is a description.
        // Right to left, so an apposition's own role is read first: "il suo difensore, l’avvocato
        // Carlo Maria Dossena" finds the lawyer already named.
        let mut role_starts = Vec::new();
        // What a bearer's role names ("segretario del sindacato Fimmg"): no speaker of the
        // sentence, but a body the text has named all the same.
        let mut in_roles: Vec<Candidate> = Vec::new();
        let mut k = 0;
        while k < words.len() {
            match self.language.role_at(&lower[k..]).filter(|_| !quoted(words[k].span)) {
                Some(role) => {
                    role_starts.push(k);
                    k += role.words.len();
                }
                None => k += 1,
            }
        }
        for &k in role_starts.iter().rev() {
            let Some(role) = self.language.role_at(&lower[k..]) else { continue };
            let role_end = k + role.words.len();
            let class = role.class;
            let mut gender = role.gender;
            let mut open = k;
            // "il nuovo sindaco", "il trentottenne consigliere", "la 45enne assessora"; not across
            // a comma ("La 52enne, insegnante in pensione,": the age is whom the role describes).
            while open > 0
                && (ROLE_MODIFIERS.contains(&lower[open - 1].as_str())
                    || lower[open - 1].len() > 4 && lower[open - 1].ends_with("enne"))
                && !text[words[open - 1].span.end..words[open].span.start].contains(',')
            {
                open -= 1;
            }
            if open > 0 && is_article(&lower[open - 1]) {
                open -= 1;
                gender = gender.or(match lower[open].as_str() {
                    "la" | "una" | "le" => Some(Gender::F),
                    "il" | "lo" | "un" | "uno" | "i" | "gli" => Some(Gender::M),
                    _ => None,
                });
            }
            // A capitalised run in apposition to the role ("Il portavoce del ministero, Liu
            // Wenqiang,"; "il ministro Brenna"; "il ministro degli Esteri ungherese Gábor
            // Kertész", the role's country adjective right before the run) names a person even
            // without a given name.
            let next_to_role = |c: &Candidate| {
                c.words.0 == role_end
                    || candidates.iter().any(|a| a.adjective && a.words.0 >= role_end && a.words.1 == c.words.0)
            };
            // "il portavoce del comitato Pendolari Val Corbera": after a role that ends with a
            // noun a name is given to, the run is that name, not the bearer's.
            let names_its_noun = self.language.speech_at(Speech::Title, &lower[role_end - 1..role_end]).is_some();
            // "Il portavoce del sindaco, Marco Lanza,", "la legale della conduttrice, Federica
            // Lanza,": a role that is another role's complement leaves the name in apposition to
            // the phrase's head.
            let complement_of_role = k > 1
                && crate::mentions::OF.contains(&lower[k - 1].as_str())
                && role_starts.iter().any(|&r| {
                    r < k - 1 && self.language.role_at(&lower[r..]).is_some_and(|outer| r + outer.words.len() == k - 1)
                });
            // "Secondo il giudice, Enrico Castaldi avrebbe ricevuto…", "Alla domanda sui rapporti
            // con la sorella, Salvetti ha sorriso": the comma closes a phrase a preposition
            // governs, and a name after it that no pause closes in turn is the subject of what
            // follows, not the role's bearer in apposition ("Secondo il portavoce, Marco Lanza,
            // la crisi…", "rivolgendosi al fratello della vittima, Fabio Orlandi: «…»" are).
            let governed_phrase = |c: &Candidate| {
                open > 0
                    && c.words.0 >= role_end
                    && (lower[open - 1] == "secondo" || PREPOSITIONS.contains(&lower[open - 1].as_str()))
                    && text[words[role_end - 1].span.end..c.span.start].contains(',')
                    && !text[c.span.end..].trim_start().starts_with([',', '.', ')', ':', ';'])
                    && c.span.end < words.last().map_or(0, |w| w.span.end)
            };
            if let Some(at) = candidates.iter().position(|c| {
                !complement_of_role
                    && !governed_phrase(c)
                    && c.words.0 >= role_end
                    && c.words.0 <= role_end + 10
                    && !(names_its_noun && c.words.0 == role_end)
                    && c.reference == Reference::Other
                    && !c.person
                    && c.speaker.as_ref().is_some_and(|s| s.id.starts_with("name:"))
                    && (next_to_role(c) || text[..c.span.start].trim_end().ends_with(','))
                    && (c.words.1 - c.words.0 >= 2 || next_to_role(c))
                    && self.phrase_continues(text, words, lower, role_end, c.words.0, quoted)
                    && !candidates.iter().any(|p| p.person && p.words.0 >= role_end && p.words.0 < c.words.0)
            }) {
                let candidate = &mut candidates[at];
                let name: Vec<String> = lower[candidate.words.0..candidate.words.1].to_vec();
                let written = candidate.span.of(text).to_owned();
                candidate.speaker = Some(self.person(&name, &written, gender));
                candidate.reference = Reference::Name;
                candidate.person = true;
            }
            // A named candidate after the role, within its phrase: the role's bearer; not one that
            // another role introduces past other words ("il rettore parlava in aula, la
            // studentessa Noemi Ricci": she is the student, not the rector), unlike a role right
            // after ("il tenente colonnello X", "il suo difensore, l'avvocato X").
            // Except an apposition right after the role's own complement: "Il comandante della
            // compagnia, il capitano X," is one person.
            let after_complement = |c: &Candidate| {
                crate::mentions::OF.contains(&lower[role_end].as_str())
                    && c.words.0 <= role_end + 4
                    && text[..c.span.start].trim_end().ends_with(',')
                    && !text[words[role_end].span.start..c.span.start].trim_end().trim_end_matches(',').contains(',')
            };
            // Nor one whose own role and article follow with no pause: "ha spiegato al
            // giornalista la direttrice X" (she is no journalist).
            let own_role = |c: &Candidate| {
                let at = if is_article(&lower[c.words.0]) { c.words.0 + 1 } else { c.words.0 };
                let new_phrase = c.words.0 == role_end
                    && at > c.words.0
                    && !text[words[role_end - 1].span.end..c.span.start].contains(',');
                (c.words.0 > role_end || new_phrase)
                    && self.language.role_at(&lower[at.min(words.len())..]).is_some()
                    && !after_complement(c)
            };
            // Nor one right after "di" ("il difensore di Brusaferro" is someone else's lawyer) or
            // "da" ("un portavoce dell'ufficio guidato da Luisa Ferrante": whoever leads it).
            let of_someone = |c: &Candidate| {
                c.words.0 > 0
                    && matches!(
                        lower[c.words.0 - 1].as_str(),
                        "di" | "d" | "del" | "dello" | "della" | "dell" | "da" | "dal" | "dalla" | "dallo" | "dall"
                    )
            };
            let bearer = candidates.iter().position(|c| {
                !complement_of_role
                    && !governed_phrase(c)
                    && c.words.0 >= role_end
                    && c.words.0 <= role_end + ROLE_PHRASE_WORDS
                    && c.person
                    && c.speaker.is_some()
                    && !own_role(c)
                    && !of_someone(c)
                    && self.phrase_continues(text, words, lower, role_end, c.words.0, quoted)
                    // "L'ex sindaca di Arequipa supera Salaverry": a headline drops the articles
                    // that show a verb, so its role reaches a name only past capitalised words and
                    // the prepositions and articles of their complement.
                    // A comma before the name sets it in apposition, headline or not.
                    && !(self.in_headline
                        && !text[..c.span.start].trim_end().ends_with(',')
                        && (role_end..c.words.0).any(|k| {
                            !words[k].is_capitalized(text)
                                && !PREPOSITIONS.contains(&lower[k].as_str())
                                && !is_article(&lower[k])
                                && !matches!(lower[k].as_str(), "e" | "di" | "d")
                        }))
            });
            if let Some(at) = bearer {
                // The role's words belong to its bearer, not to sources or names inside it.
                let bearer_start = candidates[at].words.0;
                let mut index = 0;
                candidates.retain(|c| {
                    index += 1;
                    let kept = index - 1 == at || c.words.1 <= open || c.words.0 >= bearer_start;
                    if !kept {
                        in_roles.push(c.clone());
                    }
                    kept
                });
                let at = candidates.iter().position(|c| c.words.0 == bearer_start).expect("the bearer is kept");
                // "Il direttore della Commissione del Danubio, l'austriaco Markus Feldhofer": a
                // nationality in apposition right before the name is no part of the role, nor the
                // state the role serves (the body it names).
                let nationality = mentions.iter().find(|m| {
                    m.words.1 == bearer_start
                        && m.words.0 > k + 1
                        && m.country
                            .or_else(|| m.entities.first().copied())
                            .is_some_and(|entity| self.gazetteer.entities[entity].kind == EntityKind::Country)
                        && is_article(&lower[m.words.0 - 1])
                        && text[words[m.words.0 - 2].span.end..words[m.words.0 - 1].span.start].contains(',')
                });
                // "l'inviato speciale dell'Unione africana, il diplomatico ghanese Kwame
                // Asante-Boadu": nor the person's own common noun in apposition.
                let own_noun = own_noun_before(text, words, lower, bearer_start).filter(|&article| {
                    article > role_end && text[words[article - 1].span.end..words[article].span.start].contains(',')
                });
                let role_end_word = own_noun.or(nationality.map(|m| m.words.0 - 1)).unwrap_or(bearer_start);
                let role_text = Span::new(words[k].span.start, words[role_end_word - 1].span.end)
                    .of(text)
                    .trim_end_matches([',', ' '])
                    .to_owned();
                // "il ministro degli Esteri egiziano", "la portavoce del governo di Manila": the
                // country the role names is the person's.
                // A body in the role ("il portavoce della Commissione europea") gives the state
                // or organisation it belongs to. An unnamed source's span starts at its article.
                let country = mentions.iter().filter(|m| m.words.1 > k && m.words.1 <= role_end_word).find_map(|m| {
                    let entity = &self.gazetteer.entities[m.country.or_else(|| m.entities.first().copied())?];
                    match entity.kind {
                        EntityKind::Country => Some(entity.id.clone()),
                        EntityKind::Body => entity.country.clone(),
                        EntityKind::Person => None,
                    }
                });
                let candidate = &mut candidates[at];
                candidate.span = Span::new(words[open].span.start, candidate.span.end);
                candidate.words.0 = open;
                if let Some(speaker) = candidate.speaker.as_mut() {
                    if !speaker.is_known() && speaker.role.is_none() {
                        speaker.role = Some(role_text);
                    }
                    if !speaker.is_known() && speaker.country.is_none() {
                        speaker.country = country.clone();
                    }
                    // "l'inviato dell'Unione africana, il ghanese Kwame Asante-Boadu": whom the
                    // role serves, not the nationality in apposition, is whom the person speaks
                    // for.
                    let served = country.filter(|_| !speaker.is_known() && role_end_word < bearer_start);
                    if let Some(served) = &served {
                        speaker.country = Some(served.clone());
                    }
                    let speaker = speaker.clone();
                    if let Some(person) =
                        served.and_then(|_| self.people.iter_mut().find(|p| p.speaker.id == speaker.id))
                    {
                        person.speaker.country = speaker.country.clone();
                    }
                    self.add_role(&speaker, class, gender);
                }
                continue;
            }
            // "Grace Mwangi, economista dell'Università di Nairobi": a run of two or three
            // capitalised words the gazetteer does not know, then a comma and a role without an
            // article, is a person holding that role, even without a given name in the list.
            if open == k
                && let Some(at) = candidates.iter().position(|c| {
                    c.words.1 == k
                        && (2..=3).contains(&(c.words.1 - c.words.0))
                        && c.reference == Reference::Other
                        && !c.person
                        && c.speaker.as_ref().is_some_and(|s| s.id.starts_with("name:"))
                        && text[words[k - 1].span.end..words[k].span.start].trim() == ","
                })
            {
                let role_last = pause_from(text, words, role_end, 8);
                let role_text = Span::new(words[k].span.start, words[role_last - 1].span.end).of(text).to_owned();
                let candidate = &candidates[at];
                let name: Vec<String> = lower[candidate.words.0..candidate.words.1].to_vec();
                let written = candidate.span.of(text).to_owned();
                let mut speaker = self.person(&name, &written, gender);
                if speaker.role.is_none() {
                    speaker.role = Some(role_text);
                }
                self.add_role(&speaker, class, gender);
                let candidate = &mut candidates[at];
                candidate.speaker = Some(speaker);
                candidate.reference = Reference::Name;
                candidate.person = true;
                continue;
            }
            // A role inside a name the gazetteer knows ("presidente russo") is its epithet.
            if candidates.iter().any(|c| c.words.0 <= k && role_end <= c.words.1 && c.reference != Reference::Other) {
                continue;
            }
            let definite = open < k && matches!(lower[open].as_str(), "il" | "lo" | "la" | "l");
            // "ha detto la segretaria" of someone introduced without that word ("Carla
            // Venturelli, confermata alla guida del partito"): the one person just met who can
            // bear it, when nobody else of that gender was.
            // "ha detto la senatrice trevigiana": a description that adds where its bearer is from
            // tells something new of the paragraph's subject, more likely than it names another.
            let qualified = lower.get(role_end).is_some_and(|w| {
                !words[role_end].is_capitalized(text)
                    && w.chars().all(char::is_alphabetic)
                    && !matches!(w.as_str(), "ieri" | "oggi" | "stamani" | "stasera" | "poi" | "anche" | "ancora")
                    && self.language.speech_at(Speech::Finite, &lower[role_end..]).is_none()
                    && (role_end + 1 == words.len()
                        || text[words[role_end].span.end..words[role_end + 1].span.start]
                            .contains([',', '.', ';', ':'])
                        || lower[role_end + 1] == "che")
            });
            // "ha detto il portavoce" in a paragraph whose subject so far is someone else ("Il
            // ministero del Commercio ha espresso…") is not a spokesperson named paragraphs
            // before: the description more likely stands for the new subject's voice. Other
            // roles keep their one bearer unless the description qualifies them.
            let displaced = |speaker: &Speaker| {
                if class != "portavoce" && !qualified {
                    return false;
                }
                let named_here =
                    self.people.iter().any(|p| p.speaker.id == speaker.id && p.named_in == Some(self.paragraph));
                !named_here
                    && (self.subject.as_ref().is_some_and(|(s, at)| *at == self.paragraph && s.id != speaker.id)
                        || self.unresolved_at == Some(self.paragraph))
            };
            // "una donna", "un medico": an indefinite description is someone not met before.
            let indefinite = open < k && matches!(lower[open].as_str(), "un" | "uno" | "una");
            // "il portavoce del ministero degli Esteri iraniano" is nobody met with another
            // country: the country the description names must be theirs.
            // The phrase ends at a pause, or at its verb ("L'ambasciatrice ha ribadito che la Cina…":
            // China is no country of hers).
            let phrase_end = (role_end..words.len().min(role_end + 6))
                .find(|&w| {
                    text[words[w - 1].span.end..words[w].span.start].contains([',', ':', ';', '«', '“', '"'])
                        || matches!(lower[w].as_str(), "ha" | "hanno" | "aveva" | "avevano" | "è" | "sono" | "che")
                        || self.language.speech_at(Speech::Finite, &lower[w..]).is_some()
                })
                .unwrap_or(words.len().min(role_end + 6));
            // Its verb's object pronoun right before it ("il giudice lo interrompe", "l'ha
            // interrotto").
            let takes_object = phrase_end > role_end
                && phrase_end < words.len()
                && matches!(lower[phrase_end - 1].as_str(), "lo" | "la" | "l" | "li" | "le" | "gli");
            let described_country =
                mentions.iter().filter(|m| m.words.0 >= role_end && m.words.1 <= phrase_end).find_map(|m| {
                    let entity = &self.gazetteer.entities[m.country.or_else(|| m.entities.first().copied())?];
                    (entity.kind == EntityKind::Country).then(|| entity.id.clone())
                });
            // "il ministro delegato al Commercio estero" is not someone met as "ministro degli
            // Esteri": each portfolio the description names ("al Commercio", "per il Commercio")
            // must be in the role they were met with.
            let portfolios: Vec<&String> = (role_end..phrase_end)
                .filter(|&w| {
                    let of = |p: usize| crate::mentions::PREPOSITIONS.contains(&lower[p].as_str());
                    let after_of =
                        of(w - 1) || w >= 2 && matches!(lower[w - 1].as_str(), "il" | "la" | "l") && of(w - 2);
                    after_of && words[w].text(text).starts_with(char::is_uppercase)
                })
                .map(|w| &lower[w])
                .collect();
            let fits = |speaker: &Speaker| {
                let role = speaker.role.as_deref().unwrap_or_default().to_lowercase();
                (described_country.is_none() || speaker.country.is_none() || speaker.country == described_country)
                    && (speaker.role.is_none() || portfolios.iter().all(|p| role.contains(p.as_str())))
            };
            // Among several met with the role, the country and portfolios the description names
            // pick out one: "il ministro dell'Interno" of two ministers.
            // Someone introduced with the role but displaced is nobody for sure, not the one
            // just met ("Alla critica la sindaca replica" after a resident was quoted).
            // "Il presidente del Consiglio regionale, Gino Palumbo, ha sospeso la seduta. «…», ha
            // detto il presidente": the paragraph's subject, whose role of another class opens
            // with the description's words, before another of the bare role met earlier. (One
            // of the role's own class is among those the description may mean, as any is.)
            let written = lower[k..role_end].join(" ");
            let holds_class = |speaker: &Speaker| {
                self.people.iter().any(|p| {
                    p.speaker.id == speaker.id && p.classes.iter().any(|held| self.language.describes(class, held))
                })
            };
            let subject_bears = self
                .subject
                .as_ref()
                .filter(|(s, at)| {
                    *at == self.paragraph
                        && !indefinite
                        && !holds_class(s)
                        && s.role.as_deref().is_some_and(|r| {
                            let r = r.to_lowercase();
                            r.starts_with(&written) && r.len() > written.len()
                        })
                })
                .map(|(s, _)| s.clone());
            // "Roberta Guidotti, amministratrice delegata del Pastificio Arnaldi: secondo la manager
            // …": the one person its own sentence gave such a role in apposition before it (read
            // right to left, the apposition has not given it yet).
            let apposed = || {
                let mut bearers = candidates.iter().filter(|c| {
                    let end = c.words.1;
                    let at = if lower.get(end).is_some_and(|w| is_article(w)) { end + 1 } else { end };
                    c.person
                        && at < k
                        && text[words[end - 1].span.end..words[end].span.start].contains(',')
                        && self.language.role_at(&lower[at..]).is_some_and(|held| {
                            self.language.describes(class, held.class)
                                && (gender.is_none() || held.gender.is_none() || held.gender == gender)
                        })
                });
                match (bearers.next(), bearers.next()) {
                    (Some(only), None) => only.speaker.clone(),
                    _ => None,
                }
            };
            let resolved = match subject_bears.or_else(|| self.described(class, gender, &fits)).or_else(apposed) {
                Some(bearer) => Some(bearer).filter(|s| !displaced(s) && !indefinite),
                // Not in a headline ("Capuano fa muro" / "L'agente: «…»"): its roles are read
                // against the article's introductions once it is all read.
                // "prima che il presidente del collegio lo interrompesse": the one person met
                // without a role is the object its verb takes, not the description.
                // "Secondo il giudice, Enrico Castaldi avrebbe ricevuto…": nor anyone the sentence
                // names elsewhere, whom one does not describe again in the same breath.
                None => {
                    let named_here: Vec<&str> = candidates
                        .iter()
                        .filter(|c| c.person && (c.words.1 <= k || c.words.0 >= role_end))
                        .filter_map(|c| c.speaker.as_ref().map(|s| s.id.as_str()))
                        .collect();
                    (definite && !self.in_headline && !takes_object)
                        .then(|| self.salient(gender).filter(|s| !named_here.contains(&s.id.as_str())))
                        .flatten()
                }
            }
            .filter(fits);
            // "il ministro" that nobody was introduced as: a definite description of someone the
            // text has not named, so no unnamed source either.
            if resolved.is_none()
                && open < k
                && matches!(lower[open].as_str(), "il" | "lo" | "la" | "l" | "i" | "gli" | "le")
            {
                for candidate in
                    candidates.iter_mut().filter(|c| c.reference == Reference::Other && c.words.0 <= k && k < c.words.1)
                {
                    if candidate.speaker.as_ref().is_some_and(|s| s.id.starts_with("source:")) {
                        candidate.speaker = None;
                    }
                }
            }
            candidates.retain(|c| {
                !(c.reference == Reference::Other && c.words.0 <= k && k < c.words.1 && resolved.is_some())
            });
            // "una circolare inviata alle famiglie": a role word right after a lower-case word,
            // with no article of its own, is a participle or an adjective, not a description.
            let qualifies = open == k
                && k > 0
                && text[words[k - 1].span.end..words[k].span.start] == *" "
                && !words[k - 1].is_capitalized(text)
                && !crate::mentions::PREPOSITIONS.contains(&lower[k - 1].as_str());
            if qualifies {
                continue;
            }
            if resolved.is_some() || !candidates.iter().any(|c| c.words.0 <= k && k < c.words.1) {
                candidates.push(Candidate {
                    span: Span::new(words[open].span.start, words[role_end - 1].span.end),
                    words: (open, role_end),
                    governed: false,
                    speaker: resolved.map(Speaker::inferred),
                    reference: Reference::Description,
                    adjective: false,
                    person: false,
                });
            }
        }
        // "un portavoce della Commissione europea", "un portavoce di Palazzo Chigi": an unnamed
        // voice of a body or state the gazetteer knows speaks for it; so does one of a government
        // ("del governo mozambicano": its country) or of a body the text names in two words or
        // more ("della Regione Emilia-Romagna").
        for k in 1..candidates.len() {
            let (voice, of) = (&candidates[k - 1], &candidates[k]);
            let unnamed = voice.speaker.as_ref().is_some_and(|s| s.id.starts_with("source:"));
            let government = of.speaker.as_ref().is_some_and(|s| s.country.as_ref() == Some(&s.id));
            let named_body = of.reference == Reference::Other
                && of.speaker.as_ref().is_some_and(|s| {
                    (s.id.starts_with("name:") || s.id.starts_with("body:")) && s.name.split_whitespace().count() >= 2
                });
            // "del ministero degli Esteri": a source with a department the text names.
            let department = of.speaker.as_ref().is_some_and(named_department);
            let known = (of.reference == Reference::Name || government || named_body || department)
                && !of.person
                && !of.adjective;
            if unnamed
                && known
                && of.words.0 == voice.words.1 + 1
                && matches!(
                    lower[voice.words.1].as_str(),
                    "di" | "d" | "del" | "della" | "dello" | "dell" | "dei" | "degli" | "delle"
                )
            {
                candidates[k - 1].speaker = candidates[k].speaker.clone().map(Speaker::inferred);
            }
        }
        // "un portavoce di Nordhav", "un funzionario del dicastero" after "Nordhav Capital", "il
        // ministero delle Infrastrutture": a voice of a body the text named in full before, by the
        // word that opened its name (or a noun that stands for it), speaks for that body.
        let mut voices = Vec::new();
        for (at, voice) in candidates.iter().enumerate() {
            let (start, end) = voice.words;
            let unnamed = voice.speaker.as_ref().is_some_and(|s| s.is_unidentified());
            let person_source = (start..end).any(|w| crate::mentions::PERSON_SOURCES.contains(&lower[w].as_str()));
            let of = lower.get(end).is_some_and(|w| crate::mentions::OF.contains(&w.as_str()));
            let Some(noun) = lower.get(end + 1).filter(|_| unnamed && person_source && of) else { continue };
            // The noun's phrase ends there: "del servizio" alone, not "del servizio idrico".
            let alone = words.get(end + 2).is_none_or(|next| {
                !text[words[end + 1].span.end..next.span.start].trim().is_empty()
                    || PREPOSITIONS.contains(&lower[end + 2].as_str())
                    || self.language.speech_at(Speech::Finite, &lower[end + 2..]).is_some()
                    || matches!(lower[end + 2].as_str(), "ha" | "hanno" | "che" | "aveva")
            });
            let body = if words[end + 1].is_capitalized(text) {
                // "un portavoce di Italtreni": a one-word name no one bears as a given name is the
                // body's own, when the text named none in full with it.
                let own = || {
                    let named = candidates.iter().find(|c| c.words.0 == end + 1)?;
                    let one_word = named.words.1 == end + 2 && named.speaker.is_none() && !named.person;
                    one_word.then(|| Speaker {
                        id: format!("name:{noun}"),
                        name: words[end + 1].text(text).to_owned(),
                        country: None,
                        role: None,
                        inferred: false,
                    })
                };
                self.body_named(noun)
                    .or_else(own)
                    .filter(|_| self.language.given_name(words[end + 1].text(text)).is_none())
            } else {
                self.body_by_noun(noun)
            };
            if let Some(body) = body.filter(|_| alone) {
                voices.push((at, body.inferred()));
            }
        }
        for (at, body) in voices {
            candidates[at].speaker = Some(body);
        }
        // "Gli Stati Uniti hanno votato a favore. Il loro rappresentante ha chiesto…": a role
        // with a possessive is the voice of the body or state the text was about, not a person's.
        for candidate in candidates.iter_mut().filter(|c| c.reference == Reference::Description && c.speaker.is_none())
        {
            let (start, _) = candidate.words;
            let possessive = start + 1 < lower.len()
                && is_definite(&lower[start])
                && matches!(lower[start + 1].as_str(), "suo" | "sua" | "loro");
            let of_body = self.subject.as_ref().map(|(s, _)| s).filter(|s| self.is_known_body(s));
            if possessive && let Some(body) = of_body {
                candidate.speaker = Some(Speaker::inferred(body.clone()));
            }
        }
        // "Sul caso si è attivato anche il ministero della Salute. Un portavoce ha confermato…":
        // a spokesperson no one places, right after a sentence about a body, is that body's.
        let body_about = self
            .subject
            .as_ref()
            .filter(|(_, p)| *p == self.paragraph)
            .map(|(s, _)| s)
            .filter(|s| s.id.starts_with("body:") || named_department(s) || self.is_known_body(s));
        if let Some(body) = body_about.cloned() {
            for candidate in &mut candidates {
                let (start, end) = candidate.words;
                // Bare: "un portavoce di Italtreni" is Italtreni's, whoever the text was about.
                let bare_spokesperson = end == start + 2
                    && matches!(lower[start].as_str(), "un" | "una")
                    && lower[start + 1] == "portavoce"
                    && lower.get(end).is_none_or(|next| !crate::mentions::OF.contains(&next.as_str()))
                    && candidate.speaker.as_ref().is_some_and(|s| s.id.starts_with("source:") && s.country.is_none());
                if bare_spokesperson {
                    candidate.speaker = Some(body.clone().inferred());
                }
            }
        }
        // "Dall'Enac un portavoce fa sapere…", "Dal quartier generale di Eufor Althea, a Butmir,
        // un portavoce…": a sentence that opens with where the words come from places the
        // unnamed voice that follows, the first who could speak.
        if lower.first().is_some_and(|w| crate::mentions::FROM.contains(&w.as_str())) {
            // "Dall'Enac": one capitalised word no one bears as a given name, where words come
            // from, is a body.
            if let Some(body) = candidates.iter_mut().find(|c| c.words == (1, 2) && c.speaker.is_none())
                && words[1].is_capitalized(text)
                && self.language.given_name(words[1].text(text)).is_none()
            {
                body.speaker = Some(Speaker {
                    id: format!("body:{}", lower[1]),
                    name: words[1].text(text).to_owned(),
                    country: None,
                    role: None,
                    inferred: false,
                });
            }
            let source = candidates.iter().position(|c| {
                c.words.0 <= 5
                    && !c.adjective
                    && c.speaker.as_ref().is_some_and(|s| !s.id.starts_with("source:") || named_department(s))
            });
            // Past any place a preposition governs ("a Butmir").
            let voice = source.and_then(|at| {
                let placed = |c: &Candidate| PREPOSITIONS.contains(&lower[c.words.0 - 1].as_str());
                candidates.iter().skip(at + 1).position(|c| c.speaker.is_some() && !placed(c)).map(|n| at + 1 + n)
            });
            if let (Some(at), Some(v)) = (source, voice) {
                // Not a voice its own words place ("un portavoce del ministero della Salute", "un
                // portavoce dell'assessorato regionale alla Sanità").
                let placed_by_complement =
                    lower.get(candidates[v].words.1).is_some_and(|w| crate::quotes::GENITIVES.contains(&w.as_str()));
                let unnamed = !placed_by_complement
                    && candidates[v]
                        .speaker
                        .as_ref()
                        .is_some_and(|s| s.id.starts_with("source:") && s.country.is_none() && !named_department(s));
                if unnamed && candidates[v].words.0 <= candidates[at].words.1 + 6 {
                    candidates[v].speaker = candidates[at].speaker.clone().map(Speaker::inferred);
                }
            }
        }
        // "il comitato "Fornace Aperta"": a body named in quotation marks after its kind.
        self.quoted_names(text, words, lower, quoted, &mut candidates);
        // "il ministero sostiene…": a definite source with nothing to place it refers back to
        // one the text named before: the one body it named in full with that noun ("il
        // ministero dell'Ambiente"; "il dicastero" for it too), else nobody for sure. ("un
        // portavoce" stays: the stance comparison reads it as the voice of the paragraph's actor.)
        for at in 0..candidates.len() {
            let candidate = &candidates[at];
            // "Dal ministero fanno sapere": a preposition joined to the article makes it as definite.
            let joined = candidate.words.1 == candidate.words.0 + 1
                && candidate.words.0 > 0
                && matches!(
                    lower[candidate.words.0 - 1].as_str(),
                    "dal"
                        | "dallo"
                        | "dalla"
                        | "dall"
                        | "del"
                        | "dello"
                        | "della"
                        | "dell"
                        | "al"
                        | "allo"
                        | "alla"
                        | "all"
                        | "nel"
                        | "nello"
                        | "nella"
                        | "nell"
                        | "sul"
                        | "sullo"
                        | "sulla"
                        | "sull"
                );
            let bare = (candidate.words.1 == candidate.words.0 + 2
                && matches!(lower[candidate.words.0].as_str(), "il" | "lo" | "la" | "l")
                || joined)
                && candidate.speaker.as_ref().is_some_and(|s| s.id.starts_with("source:") && s.country.is_none());
            // "dalla segreteria dell'associazione", "secondo l'associazione": a body's kind alone
            // is the one body of that kind the text named, else nobody.
            let head = lower[candidate.words.1 - 1].clone();
            // Several of a kind ("le due società parlano di…") are no one body: nobody for sure.
            let several = (candidate.words.0.saturating_sub(2)..candidate.words.1).any(|w| {
                article(&lower[w]).is_some_and(|a| a.plural)
                    || matches!(lower[w].as_str(), "due" | "tre" | "entrambe" | "entrambi")
            });
            let kind_alone = crate::mentions::BODY_KINDS.contains(&head.as_str())
                && candidate.speaker.as_ref().is_some_and(|s| s.id.starts_with("source:") && s.country.is_none());
            // "Ferrovie Regionali Padane, la società che gestisce la linea, …": in apposition
            // right after a body the text names, the kind is that body's, and names it from then on.
            let appositive = at
                .checked_sub(1)
                .map(|before| &candidates[before])
                .filter(|before| {
                    kind_alone
                        && !before.person
                        && before.reference != Reference::Document
                        && text[before.span.end..candidate.span.start].trim() == ","
                })
                .and_then(|before| before.speaker.clone())
                .filter(|s| s.id.starts_with("name:") || s.id.starts_with("body:"));
            // "l'associazione antiracket Sbarre Aperte": the name of a body right after its kind
            // and a lower-case qualifier or two is the kind's.
            let qualified = candidates
                .get(at + 1)
                .filter(|next| {
                    kind_alone
                        && !next.person
                        && next.reference == Reference::Other
                        && (candidate.words.1 + 1..=candidate.words.1 + 2).contains(&next.words.0)
                        && (candidate.words.1..next.words.0).all(|k| {
                            !words[k].is_capitalized(text)
                                && lower[k].chars().all(char::is_alphabetic)
                                && !PREPOSITIONS.contains(&lower[k].as_str())
                                && article(&lower[k]).is_none()
                                && text[words[k - 1].span.end..words[k].span.start] == *" "
                        })
                        && text[words[next.words.0 - 1].span.end..next.span.start] == *" "
                })
                .and_then(|next| next.speaker.clone())
                .filter(|s| s.id.starts_with("name:") && !s.inferred);
            if let Some(body) = qualified {
                self.note_body(&head, &body);
                candidates[at].speaker = Some(body);
            } else if let Some(body) = appositive {
                self.note_body(&head, &body);
                candidates[at].speaker = Some(body.inferred());
            } else if kind_alone && several {
                candidates[at].speaker = None;
            } else if bare || kind_alone {
                candidates[at].speaker = self.body_by_noun(&head).map(Speaker::inferred);
            }
        }
        // A role after a name, in apposition: "Chiara Montieri, assessora ai Lavori pubblici,",
        // maybe past an age ("Luca Ferri, 47 anni, sindaco di Pontevico"). Someone the gazetteer
        // lacks takes its words, up to a pause, as their role.
        let mut roles_given = Vec::new();
        for (index, candidate) in candidates.iter().enumerate() {
            let Some(speaker) = candidate.speaker.as_ref() else { continue };
            let end =
                if aged(text, words, lower, candidate.words.1) { candidate.words.1 + 2 } else { candidate.words.1 };
            if end + 1 >= words.len() || !text[words[end - 1].span.end..words[end].span.start].contains(',') {
                continue;
            }
            let at = if is_article(&lower[end]) { end + 1 } else { end };
            // "Samuele Darnis, autore di una doppietta": a role noun of one deed, with an
            // indefinite after its "di", is no office of theirs.
            let of_a_deed = |role_end: usize| {
                lower.get(role_end).is_some_and(|w| w == "di")
                    && lower.get(role_end + 1).is_some_and(|w| matches!(w.as_str(), "un" | "uno" | "una"))
            };
            if let Some(role) =
                self.language.role_at(&lower[at.min(words.len())..]).filter(|role| !of_a_deed(at + role.words.len()))
            {
                let (class, gender) = (role.class, role.gender);
                let mut speaker = speaker.clone();
                if candidate.person && !speaker.is_known() && speaker.role.is_none() && at == end {
                    let role_end = pause_from(text, words, at + role.words.len(), ROLE_PHRASE_WORDS - role.words.len());
                    speaker.role =
                        Some(Span::new(words[at].span.start, words[role_end - 1].span.end).of(text).to_owned());
                    roles_given.push((index, speaker.clone()));
                }
                self.add_role(&speaker, class, gender);
            }
        }
        for (index, speaker) in roles_given {
            candidates[index].speaker = Some(speaker);
        }
        // A role predicated of the sentence's subject: "Elisa Carrone, 44 anni, avvocata, è la
        // nuova sindaca", "Marco Ferri sarà il prossimo allenatore".
        for k in 1..words.len().saturating_sub(1) {
            if !matches!(lower[k].as_str(), "è" | "sarà" | "diventa") || !is_definite(&lower[k + 1]) {
                continue;
            }
            let at =
                if matches!(lower.get(k + 2).map(String::as_str), Some("nuovo" | "nuova" | "prossimo" | "prossima")) {
                    k + 3
                } else {
                    k + 2
                };
            let Some(role) = self.language.role_at(&lower[at.min(words.len())..]) else { continue };
            let subject = candidates.iter().find(|c| !c.governed && !c.adjective && c.words.1 <= k);
            let Some(subject) = subject.filter(|c| {
                c.person && !lower[c.words.1..k].iter().any(|w| matches!(w.as_str(), "che" | "cui" | "e" | "ma"))
            }) else {
                continue;
            };
            if let Some(speaker) = subject.speaker.clone() {
                self.add_role(&speaker, role.class, role.gender);
            }
        }
        candidates.retain(|c| !quoted(c.span));
        // Pronouns and documents.
        for k in 0..words.len() {
            if quoted(words[k].span) || candidates.iter().any(|c| c.words.0 <= k && k < c.words.1) {
                continue;
            }
            let next = lower.get(k + 1).map(String::as_str);
            // "lo stesso Bärtschi", "la stessa Orsi", "lo stesso van Dalen": "himself", "herself",
            // of the name that follows.
            let name_at = |at: usize| {
                words.get(at).is_some_and(|w| w.is_capitalized(text))
                    || NAME_PARTICLES_LOWER.contains(&lower.get(at).map_or("", String::as_str))
                        && words.get(at + 1).is_some_and(|w| w.is_capitalized(text))
            };
            let emphatic = matches!(next, Some("stesso" | "stessa"))
                && name_at(k + 2)
                && text[words[k + 1].span.end..words[k + 2].span.start] == *" ";
            // "Lo stesso funzionario ha precisato…": the same official as before, whoever the
            // text made the subject with that noun; not "lo stesso" taken as "he".
            let same = matches!((lower[k].as_str(), next), ("lo", Some("stesso")) | ("la", Some("stessa")));
            // "Lo stesso documento parla di…": a document's, which the documents below read.
            if same && lower.get(k + 2).is_some_and(|noun| DOCUMENT_NOUNS.contains(&noun.as_str())) {
                continue;
            }
            let same_noun = same && lower.get(k + 2).is_some_and(|noun| crate::mentions::is_source_noun(noun));
            if same_noun {
                let noun = &lower[k + 2];
                let speaker = self
                    .subject
                    .as_ref()
                    .map(|(s, _)| s)
                    .filter(|s| s.name.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|w| w == noun.as_str()))
                    .cloned();
                candidates.push(Candidate {
                    span: Span::new(words[k].span.start, words[k + 2].span.end),
                    words: (k, k + 3),
                    governed: false,
                    speaker: speaker.map(Speaker::inferred),
                    reference: Reference::Description,
                    adjective: false,
                    person: false,
                });
                continue;
            }
            // "la 27enne Irene Pozzobon": an age before a name introduces it, as a role does.
            let aged_name = next.is_some_and(is_age_noun)
                && name_at(k + 2)
                && text[words[k + 1].span.end..words[k + 2].span.start] == *" ";
            // Whether the word before `at` stands alone for a person: a pause or a verb follows.
            let stands_alone = |at: usize| {
                words.get(at).is_none_or(|word| {
                    text[words[at - 1].span.end..word.span.start].contains([',', '.', ':', ';', '—', '–'])
                        || ORDINAL_FOLLOWERS.contains(&lower[at].as_str())
                        || self.language.speech_at(Speech::Finite, &lower[at..]).is_some()
                })
            };
            // An ordinal only after a pair named in the last two sentences.
            let ordinal_alone = |at: usize| self.recent_pair().is_some() && stands_alone(at);
            let pronoun = match (lower[k].as_str(), next) {
                _ if emphatic || aged_name => None,
                ("quest", Some("ultimo" | "ultimi")) => Some((2, Some(Gender::M), false)),
                // "sostiene il primo.", "Il secondo va oltre:": the first or second of a pair,
                // when no noun follows ("il primo ministro", "la prima volta" are others).
                ("il", Some("primo" | "secondo")) if ordinal_alone(k + 2) => Some((2, Some(Gender::M), false)),
                ("la", Some("prima" | "seconda")) if ordinal_alone(k + 2) => Some((2, Some(Gender::F), false)),
                ("quest", Some("ultima" | "ultime")) => Some((2, Some(Gender::F), false)),
                ("lo", Some("stesso")) | ("il", Some("quale")) => Some((2, Some(Gender::M), k > 0)),
                ("la", Some("stessa" | "quale")) => Some((2, Some(Gender::F), k > 0)),
                ("lui" | "egli", _) => Some((1, Some(Gender::M), false)),
                ("lei" | "ella", _) => Some((1, Some(Gender::F), false)),
                ("la" | "l" | "il" | "lo", Some(noun)) if person_noun(noun).is_some() => {
                    Some((2, person_noun(noun), false))
                }
                // "Secondo la giovane, …": an adjective for a young person, alone before a pause
                // or a verb ("il giovane attaccante" is a role's).
                ("la", Some("giovane")) if stands_alone(k + 2) => Some((2, Some(Gender::F), false)),
                ("il", Some("giovane")) if stands_alone(k + 2) => Some((2, Some(Gender::M), false)),
                ("il" | "lo", Some(age)) if is_age_noun(age) => Some((2, Some(Gender::M), false)),
                ("la", Some(age)) if is_age_noun(age) => Some((2, Some(Gender::F), false)),
                ("l", Some(age)) if is_age_noun(age) => Some((2, None, false)),
                _ => None,
            };
            if let Some((length, gender, relative)) = pronoun {
                let end = (k + length).min(words.len());
                let speaker = if matches!(next, Some("primo" | "secondo" | "prima" | "seconda")) {
                    // Of the pair named in the last two sentences, when their gender agrees.
                    self.recent_pair()
                        .map(|(first, second)| if matches!(next, Some("primo" | "prima")) { first } else { second })
                        .filter(|one| self.person_of_gender(&one.id, gender).is_some())
                        .cloned()
                } else if relative && next == Some("quale") {
                    // "…la prefetta Lina Orsi, la quale": the candidate right before, unless its
                    // gender is another ("la relazione dell'Arpav trasmessa al Comune, secondo la
                    // quale": not the Comune), then the nearest before it whose gender agrees.
                    let agrees = |c: &Candidate| self.gender_of(c, lower).is_none_or(|g| Some(g) == gender);
                    let before: Vec<&Candidate> = candidates.iter().filter(|c| c.words.1 <= k).collect();
                    // "Ippolito Sanfelice, il dirigente che segue il dossier dei musei, il quale":
                    // what a relative clause between names is that clause's, not the antecedent.
                    let relative_clause = |c: &Candidate| {
                        (0..c.words.0)
                            .rev()
                            .take_while(|&w| !text[words[w].span.end..words[w + 1].span.start].contains(','))
                            .find(|&w| lower[w] == "che")
                    };
                    // The person right before an apposition between commas that ends at the pronoun.
                    let appositive_person = || {
                        // A name the text writes in full, even one no list knows ("Hyewon Park").
                        let named = |c: &Candidate| c.speaker.as_ref().is_some_and(|s| s.id.starts_with("name:"));
                        let person =
                            before.iter().rev().find(|c| (c.person || named(c)) && c.speaker.is_some() && agrees(c))?;
                        let to = if matches!(lower[k - 1].as_str(), "secondo" | "per") { k - 1 } else { k };
                        let between = &text[person.span.end..words[to].span.start];
                        let apposition = between.trim_start().starts_with(',')
                            && between.trim_end().ends_with(',')
                            && between.matches(',').count() == 2
                            && k - person.words.1 <= crate::quotes::APPOSITION_REACH;
                        apposition.then_some(person)
                    };
                    match before.iter().rev().find(|c| c.words.1 + 1 >= k) {
                        Some(right_before) if let Some(che) = relative_clause(right_before) => before
                            .iter()
                            .rev()
                            .find(|c| c.words.1 <= che && !c.adjective && c.speaker.is_some() && agrees(c))
                            .and_then(|c| c.speaker.clone()),
                        // "il meteorologo X, dell'osservatorio di Tursello, secondo il quale": a
                        // place or body in the person's apposition is not the antecedent.
                        right_before
                            if right_before.is_none_or(|c| (c.governed || c.speaker.is_none()) && !c.person)
                                && let Some(person) = appositive_person() =>
                        {
                            person.speaker.clone()
                        }
                        // "la 29enne della Team Vlaskamp, la quale": a body in the genitive
                        // after a person's description qualifies it; the description is the
                        // antecedent, resolved or not.
                        Some(right_before)
                            if !right_before.person
                                && right_before.words.0 >= 2
                                && crate::mentions::OF.contains(&lower[right_before.words.0 - 1].as_str())
                                && let Some(head) = before.iter().rev().find(|c| {
                                    c.words.1 == right_before.words.0 - 1
                                        && (c.person
                                            || matches!(c.reference, Reference::Description | Reference::Pronoun))
                                        && !c.adjective
                                }) =>
                        {
                            head.speaker.clone().filter(|_| agrees(head))
                        }
                        Some(right_before) if agrees(right_before) => right_before.speaker.clone(),
                        Some(_) => before
                            .iter()
                            .rev()
                            .find(|c| !c.adjective && self.gender_of(c, lower).is_some() && agrees(c))
                            .and_then(|c| c.speaker.clone()),
                        None => None,
                    }
                } else if next.is_some_and(|w| is_age_noun(w) || person_noun(w).is_some() || w == "giovane") {
                    // "Il 34enne" after "Cristian Sgherzi, 34 anni": the one the text gave that age.
                    let years = next.and_then(age_in_years);
                    let mut of_age = self.people.iter().filter(|p| years.is_some() && p.age == years);
                    // Else "Il diciassettenne racconta…", "ha detto la donna": the one person of that
                    // gender named since the sentence before began, of no other age; nobody when
                    // there were several, or when the paragraph that named them in full named
                    // another of that gender ("Ha la voce rotta X… ci sono Y e la cardiologa Z.
                    // La donna ha ricostruito…": X or Z).
                    let fits =
                        |p: &&Person| p.agrees_with(gender) && (years.is_none() || p.age.is_none() || p.age == years);
                    // Not one its own sentence governs, past the role words between ("Rispondendo
                    // alle domande della pm X, la donna ha raccontato").
                    let governed = |start: usize| {
                        (start.saturating_sub(4)..start)
                            .rev()
                            .find(|&w| {
                                PREPOSITIONS.contains(&lower[w].as_str())
                                    || is_article(&lower[w])
                                    || words[w].is_capitalized(text)
                                    || text[words[w].span.end..words[w + 1].span.start].contains(',')
                            })
                            .is_some_and(|w| PREPOSITIONS.contains(&lower[w].as_str()))
                    };
                    let governed_here = |p: &Person| {
                        candidates
                            .iter()
                            .any(|c| governed(c.words.0) && c.speaker.as_ref().is_some_and(|s| s.id == p.speaker.id))
                    };
                    // Not the subject its sentence gave before a "che": "X ha raccontato che il
                    // ragazzo gli aveva scritto…" is someone else, or the subject would go unsaid.
                    let subject_before_che = |p: &Person| {
                        candidates.iter().any(|c| {
                            c.words.1 <= k
                                && !governed(c.words.0)
                                && c.speaker.as_ref().is_some_and(|s| s.id == p.speaker.id)
                                && (c.words.1..k).any(|w| lower[w] == "che")
                        })
                    };
                    // Of several, not one the sentence before named only after a preposition
                    // ("C'era la madre di Lucia, Graziella Montanari. «…», ha raccontato la donna":
                    // the mother; but "la deposizione di Ornella Pace… la donna ha ammesso": she).
                    let recent: Vec<&Person> = self
                        .people
                        .iter()
                        .filter(|p| p.seen > self.sentence_clocks.0 && !governed_here(p) && !subject_before_che(p))
                        .filter(fits)
                        .collect();
                    let subjects: Vec<&Person> =
                        recent.iter().copied().filter(|p| !self.governed_before.contains(&p.speaker.id)).collect();
                    let mut named =
                        if recent.len() > 1 && !subjects.is_empty() { subjects } else { recent }.into_iter();
                    // Only a paragraph of now or just before: "Massimo Ferraresi" and "Tiago
                    // Mourelos" in the opening paragraph do not keep "il 55enne" from the one
                    // of them the last two sentences named.
                    let alone = |only: &Person| {
                        only.named_in.is_none_or(|at| at + 1 < self.paragraph)
                            || !self
                                .people
                                .iter()
                                .filter(fits)
                                .any(|p| p.speaker.id != only.speaker.id && p.named_in == only.named_in)
                    };
                    // The one of them its own sentence named comes first ("L'uomo copertina è X,
                    // autore del placcaggio: «…» spiega il ventiduenne").
                    let named_before = |p: &&Person| {
                        candidates
                            .iter()
                            .any(|c| c.words.1 <= k && c.speaker.as_ref().is_some_and(|s| s.id == p.speaker.id))
                    };
                    let mut named_here = self
                        .people
                        .iter()
                        .filter(|p| !governed_here(p) && !subject_before_che(p))
                        .filter(named_before)
                        .filter(fits);
                    match (of_age.next(), of_age.next()) {
                        (Some(only), None) => Some(only.speaker.clone()),
                        _ if let (Some(only), None) = (named_here.next(), named_here.next()) => {
                            Some(only.speaker.clone())
                        }
                        _ => match (named.next(), named.next()) {
                            // (A person's noun only: an age the text never gave, "il 24enne di
                            // Valsorna", tells of someone it may not have named.)
                            (Some(only), None)
                                if alone(only)
                                    || next.is_some_and(|w| person_noun(w).is_some())
                                        && self.named_subject_before(&only.speaker) =>
                            {
                                Some(only.speaker.clone())
                            }
                            _ => None,
                        },
                    }
                } else if let Some(first) = candidates
                    .iter()
                    .filter(|c| matches!(next, Some("stesso" | "stessa")) && c.person && c.words.1 <= k)
                    .filter(|c| c.words.0 == 0 || !PREPOSITIONS.contains(&lower[c.words.0 - 1].as_str()))
                    .find(|c| self.gender_of(c, lower).is_none_or(|g| Some(g) == gender))
                {
                    // "Il presidente Fabio Lucarelli ha detto…; lo stesso ha però ammesso": the
                    // same one its sentence was about.
                    first.speaker.clone()
                } else if matches!(lower[k].as_str(), "lui" | "lei" | "egli" | "ella")
                    // "«…», ha detto lo stesso": with nobody named before it in its sentence, the
                    // same one the text was about, as "lui".
                    || matches!(next, Some("stesso" | "stessa"))
                        && !candidates.iter().any(|c| c.words.1 <= k && c.speaker.is_some())
                {
                    let mut after = named_after(&candidates, end);
                    // "E quando Piccinni gli domanda se…, lui risponde": a pronoun said aloud after
                    // someone of its gender its own sentence made a subject is someone else; the
                    // same one would go unsaid.
                    let said_aloud = k == 0
                        || !PREPOSITIONS.contains(&lower[k - 1].as_str())
                            && !matches!(lower[k - 1].as_str(), "secondo");
                    after.extend(
                        candidates
                            .iter()
                            .filter(|c| said_aloud && c.words.1 <= k && !c.governed && !c.adjective)
                            .filter(|c| self.gender_of(c, lower).is_some_and(|g| Some(g) == gender))
                            .filter_map(|c| Some(c.speaker.as_ref()?.id.clone())),
                    );
                    let subject = self.subject_of_gender(gender).filter(|s| !after.contains(&s.id));
                    // "Parole che non sono piaciute al direttore, Ottavio Meneghin. «…», ha spiegato
                    // lui": someone else of that gender named in full in the sentence before, which
                    // did not set the subject, makes "lui" ambiguous: nobody for sure.
                    let newcomer = self.people.iter().any(|p| {
                        p.seen > self.sentence_clocks.0
                            && p.named_in == Some(self.paragraph)
                            && p.agrees_with(gender)
                            && subject.as_ref().is_some_and(|s| s.id != p.speaker.id)
                            && !after.contains(&p.speaker.id)
                    });
                    // "A decidere è stato Iacopo Sbrighi. Lui…": a subject the text names in full
                    // but no list tells a person is whom "lui" takes up if anyone; not the man
                    // met before it.
                    let unknown_subject = self.subject.as_ref().is_some_and(|(s, _)| {
                        s.id.starts_with("name:")
                            && s.name.contains(' ')
                            && s.name.split(' ').all(|w| w.starts_with(char::is_uppercase))
                            && !self.people.iter().any(|p| p.speaker.id == s.id)
                    });
                    // "Di tutt'altro tenore le parole del compagno. Lui…": the one whose words the
                    // rules did not resolve, nobody for sure.
                    let unknown_before = subject.is_none() && self.unknown_voice_at == Some(self.sentences_read - 1);
                    // So even when that sentence set the subject, for "lui" said aloud ("aveva
                    // chiesto di parlare al fratello della vittima, Fabio Orlandi: «…». Lui, fuori
                    // dal tribunale, …": as likely the man addressed); not for "lo stesso", the same.
                    let aloud = matches!(lower[k].as_str(), "lui" | "lei" | "egli" | "ella");
                    // "Sulle scale ha incrociato l'avvocato Franco Dellisanti, che difende Ruggeri.
                    // Lui…": with no subject of its gender to take up, two of that gender met since
                    // the sentence before began leave "lui" open, not the one met last.
                    let rivals = aloud
                        && subject.is_none()
                        && self
                            .people
                            .iter()
                            .filter(|p| {
                                p.seen > self.sentence_clocks.0
                                    && p.agrees_with(gender)
                                    && !after.contains(&p.speaker.id)
                            })
                            .nth(1)
                            .is_some();
                    if newcomer && (aloud || self.subject_sentence + 1 < self.sentences_read)
                        || unknown_subject
                        || unknown_before
                        || rivals
                    {
                        None
                    } else {
                        subject.or_else(|| self.latest(gender, &after))
                    }
                } else {
                    let inside: Vec<String> = candidates
                        .iter()
                        .filter(|c| c.words.1 <= k)
                        .filter_map(|c| Some(c.speaker.as_ref()?.id.clone()))
                        .collect();
                    // "Quest'ultimo ha poi replicato a Ruggeri": not whom the sentence names after it.
                    let after: Vec<String> =
                        named_after(&candidates, end).into_iter().filter(|id| !inside.contains(id)).collect();
                    // "Salazar ha sentito l'omologo Ibarra: quest'ultimo…": of two people the
                    // sentence has named, the latter. One alone is the sentence's own subject,
                    // which "quest'ultimo" does not take up: then the one met last before it.
                    let people_before: Vec<&Speaker> =
                        inside.iter().filter_map(|id| self.person_of_gender(id, gender)).collect();
                    // "…un pensiero per il capitano X, e quest'ultimo…": one alone that a
                    // preposition governs, past the role words before the name, is no subject.
                    let governed_alone = |id: &String| {
                        candidates.iter().filter(|c| c.words.1 <= k).any(|c| {
                            c.speaker.as_ref().is_some_and(|s| s.id == *id)
                                && (c.words.0.saturating_sub(3)..c.words.0).any(|w| {
                                    PREPOSITIONS.contains(&lower[w].as_str())
                                        && (w + 1..c.words.0).all(|r| !words[r].is_capitalized(text))
                                        && !text[words[w].span.end..words[c.words.0].span.start].contains(',')
                                })
                        })
                    };
                    match people_before.split_last() {
                        Some((latter, earlier)) if lower[k] == "quest" && earlier.iter().any(|p| p.id != latter.id) => {
                            Some((*latter).clone())
                        }
                        Some((only, [])) if lower[k] == "quest" && governed_alone(&only.id) => Some((*only).clone()),
                        None if lower[k] == "quest"
                            && let Some(last) = self
                                .described_last
                                .as_ref()
                                .and_then(|last| self.person_of_gender(&last.id, gender)) =>
                        {
                            Some(last.clone())
                        }
                        // "Gállego ha criticato la collega dimissionaria. Quest'ultima ha risposto…":
                        // the latter is the one the sentence before named last, whom nobody resolved.
                        None if lower[k] == "quest"
                            && self
                                .unresolved_last
                                .is_some_and(|last| last.is_none() || gender.is_none() || last == gender) =>
                        {
                            None
                        }
                        _ => {
                            let except: Vec<String> = inside.last().into_iter().chain(&after).cloned().collect();
                            self.latest(gender, &except).or_else(|| self.latest(gender, &after))
                        }
                    }
                };
                candidates.push(Candidate {
                    span: Span::new(words[k].span.start, words[end - 1].span.end),
                    words: (k, end),
                    governed: false,
                    speaker: speaker.map(Speaker::inferred),
                    reference: Reference::Pronoun,
                    adjective: false,
                    person: false,
                });
            } else if DOCUMENT_NOUNS.contains(&lower[k].as_str())
                && let Some(article) = document_article(lower, k).or_else(|| antecedent_article(lower, k))
            {
                let mut end = k + 1;
                while end < words.len()
                    && end < k + 3
                    && !words[end].is_capitalized(text)
                    && !PREPOSITIONS.contains(&lower[end].as_str())
                    && !QUALIFIER_STOP.contains(&lower[end].as_str())
                    // "In una nota la giunta…": an article opens another noun's phrase.
                    && !is_article(&lower[end])
                    // "La sentenza rileva che…", "Il rapporto parla anche di…": the verb is not part
                    // of the document's name.
                    && crate::speech::finite_at(lower, end, self.language).is_none()
                    // "L'ordinanza firmata ieri vieta…": nor the participle that says who issued
                    // it or when.
                    && !DOCUMENT_PARTICIPLES.iter().any(|ending| lower[end].ends_with(ending))
                    // "La dichiarazione finale riconosce i «progressi»": a word an article
                    // follows is a verb with its object, not an adjective of the name.
                    && !(end + 1 < words.len()
                        && is_article(&lower[end + 1])
                        && text[words[end].span.end..words[end + 1].span.start] == *" ")
                    && text[words[end - 1].span.end..words[end].span.start] == *" "
                {
                    end += 1;
                }
                // "il rapporto Istat", "il regolamento della corsa": one complement is part of its name.
                let qualified = end < words.len()
                    && text[words[end - 1].span.end..words[end].span.start] == *" "
                    && (words[end].is_capitalized(text)
                        || matches!(lower[end].as_str(), "di" | "del" | "della" | "dei" | "delle" | "dell" | "degli"));
                if qualified {
                    let mut stop = end + 1;
                    while stop < words.len()
                        && stop < end + 4
                        && text[words[stop - 1].span.end..words[stop].span.start]
                            .chars()
                            .all(|c| c == ' ' || c == '\'' || c == '’')
                        && !QUALIFIER_STOP.contains(&lower[stop].as_str())
                        && crate::speech::finite_at(lower, stop, self.language).is_none()
                        && (words[stop].is_capitalized(text)
                            || is_article(&lower[stop])
                            || stop == end + 1
                            // "la sentenza di primo grado": two plain words.
                            // "il verbale dell'Ufficio centrale": a body's adjective after its noun.
                            || stop == end + 2
                                && words[stop - 1].is_capitalized(text)
                                && lower[stop].len() > 5
                                && (lower[stop].ends_with("ale") || lower[stop].ends_with("ali"))
                            || stop == end + 2
                                && !words[stop - 1].is_capitalized(text)
                                && !PREPOSITIONS.contains(&lower[stop].as_str())
                                && !self.language.opens_locution(Speech::Finite, &lower[stop])
                                && !DOCUMENT_PARTICIPLES.iter().any(|ending| lower[stop].ends_with(ending)))
                    {
                        stop += 1;
                    }
                    end = stop;
                }
                let name = Span::new(words[k].span.start, words[end - 1].span.end).of(text).to_owned();
                let id = format!("document:{}", lower[k..end].join("-"));
                // "una nota di Palazzo Chigi", "il comunicato del ministero degli Esteri giapponese":
                // the document of a country's government is that country's.
                let state_of = |m: &Mention| {
                    let entity = &self.gazetteer.entities[m.country.or_else(|| m.entities.first().copied())?];
                    (entity.kind == EntityKind::Country && (m.form != Form::Source || m.country.is_some()))
                        .then(|| entity.id.clone())
                };
                let country = mentions.iter().filter(|m| m.words.0 > k && m.words.0 <= end).find_map(state_of);
                // "nel comunicato" is governed as "in un comunicato" is, unless it is where the
                // words are read ("si legge nel comunicato").
                let contracted = is_in_the(&lower[article]) || article_joined(&lower[article]);
                // (maybe past an adverb: "si legge ancora nella nota")
                let read_at = if article >= 1 && READ_ADVERBS.contains(&lower[article - 1].as_str()) {
                    article - 1
                } else {
                    article
                };
                let read_in = read_at >= 2 && lower[read_at - 1].starts_with("legg") && lower[read_at - 2] == "si";
                // "una nota diffusa a mezzogiorno parla di…": a document no complement names
                // is some document of someone the text does not say, so nobody to name.
                // "Una lettera firmata da ventidue insegnanti parla di…": a participle and the
                // "da" of its authors say whose it is.
                // The participle past its name, maybe with when ("firmata ieri mattina da").
                let authors = (end < words.len()
                    && DOCUMENT_PARTICIPLES.iter().any(|ending| lower[end].ends_with(ending)))
                .then(|| (end + 1..words.len().min(end + 4)).find(|&w| !WHEN_WORDS.contains(&lower[w].as_str())))
                .flatten()
                .filter(|&w| crate::mentions::FROM.contains(&lower[w].as_str()));
                let signed_by = authors.is_some();
                // "una nota diffusa dalla Casa Bianca": a country's government signs for it.
                let country = country.or_else(|| {
                    let from = authors?;
                    let first = if lower[from] == "da" && from + 1 < words.len() && is_article(&lower[from + 1]) {
                        from + 2
                    } else {
                        from + 1
                    };
                    mentions.iter().find(|m| m.words.0 == first).and_then(state_of)
                });
                // "Il sindaco ha firmato un'ordinanza che vieta…": one the sentence's subject has
                // just issued, the object of the participle right before it.
                let issued = article >= 2
                    && DOCUMENT_PARTICIPLES.iter().any(|ending| lower[article - 1].ends_with(ending))
                    && matches!(lower[article - 2].as_str(), "ha" | "hanno" | "aveva" | "avevano");
                let named =
                    qualified || signed_by || issued || !matches!(lower[article].as_str(), "un" | "uno" | "una");
                let speaker = named.then_some(Speaker { id, name, country, role: None, inferred: false });
                // "Il piano industriale prevede 410 esuberi e, si legge nel documento, «…»": a
                // bare generic noun takes up the document named last.
                // Not one a clause goes on to describe ("Il provvedimento con cui l'Antitrust…"),
                // which is new: the noun ends its clause, or a verb of saying follows it.
                let ends_clause = end == words.len()
                    || text[words[end - 1].span.end..words[end].span.start].contains([',', '.', ';', ':', '—', '–'])
                    || crate::speech::finite_at(lower, end, self.language).is_some()
                    // "il testo lo bolla come…", "nel documento si parla di…": past a clitic.
                    || matches!(lower[end].as_str(), "lo" | "la" | "li" | "le" | "ne" | "si")
                        && self.language.speech_at(Speech::Finite, &lower[end + 1..]).is_some();
                let generic =
                    GENERIC_DOCUMENTS.contains(&lower[k].as_str()) && !qualified && end == k + 1 && ends_clause;
                // Where none was named before, it is a document of its own ("Secondo il
                // provvedimento, …").
                let speaker = if generic && named {
                    self.last_document.clone().map(Speaker::inferred).or(speaker)
                } else {
                    self.last_document = speaker.clone();
                    speaker
                };
                candidates.push(Candidate {
                    span: Span::new(words[article].span.start, words[end - 1].span.end),
                    words: (article, end),
                    governed: contracted && !read_in,
                    speaker,
                    reference: Reference::Document,
                    adjective: false,
                    person: false,
                });
            }
        }
        self.own_nouns(text, words, lower, &mut candidates, quoted);
        // "Cristian Sgherzi, 34 anni": the age a later "il 34enne" takes up.
        for candidate in candidates.iter().filter(|c| c.person && aged(text, words, lower, c.words.1)) {
            let years = lower[candidate.words.1].parse().ok();
            let id = candidate.speaker.as_ref().map(|s| s.id.as_str());
            if let Some(person) = self.people.iter_mut().find(|p| Some(p.speaker.id.as_str()) == id) {
                person.age = years;
            }
        }
        // Bodies named in full, by the word that opens their name ("Nordhav Capital", "il
        // ministero delle Infrastrutture"), for the voices that later name them by it.
        for candidate in candidates.iter().chain(&in_roles) {
            let Some(speaker) = candidate.speaker.as_ref().filter(|_| !candidate.person) else { continue };
            // "il sindacato Fials": one word is a name when its kind stands right before it.
            let kind = candidate.words.0.checked_sub(1).map(|k| lower[k].as_str());
            let kind_before = kind.is_some_and(|k| crate::mentions::BODY_KINDS.contains(&k))
                && text[words[candidate.words.0 - 1].span.end..words[candidate.words.0].span.start].trim().is_empty();
            let named = (speaker.id.starts_with("name:") || speaker.id.starts_with("body:"))
                && candidate.reference == Reference::Other
                && (speaker.name.split_whitespace().count() >= 2 || kind_before);
            // Not a state's department ("il ministero degli Esteri portoghese"): the state speaks,
            // and a later "il ministero" is that state's voice, when the text named no other.
            if speaker.country.is_some()
                && !speaker.inferred
                && candidate.reference == Reference::Other
                && candidate.words.1 > candidate.words.0 + 1
                && is_definite(&lower[candidate.words.0])
                && crate::mentions::is_source_noun(&lower[candidate.words.0 + 1])
            {
                let noun = lower[candidate.words.0 + 1].clone();
                self.note_body(&noun, speaker);
                continue;
            }
            if !(named || named_department(speaker)) || speaker.inferred || speaker.country.is_some() {
                continue;
            }
            let opening = speaker
                .name
                .split(|c: char| !c.is_alphanumeric())
                .map(str::to_lowercase)
                .find(|w| !w.is_empty() && article(w).is_none() && !matches!(w.as_str(), "un" | "uno" | "una"));
            if let Some(opening) = opening {
                self.note_body(&opening, speaker);
            }
            // "la Terminal Liviano Spa", "Cartiere Valsesto spa": a company's legal form, in its
            // name or right after it, makes it what "l'azienda" or "la società" later stands for.
            let legal_form =
                |word: &str| LEGAL_FORMS.contains(&word.to_lowercase().trim_end_matches('.').replace('.', "").as_str());
            if speaker.name.rsplit(' ').next().is_some_and(legal_form)
                || lower.get(candidate.words.1).is_some_and(|w| legal_form(w))
            {
                for noun in COMPANY_KINDS {
                    self.note_body(noun, speaker);
                }
            }
            // "La Rapidex Italia ha affidato…", "assicurate con la Mutua Tirrena Assicurazioni": a
            // run of capitalised words after a singular definite article, opened by no kind of
            // body, public body or place, is a company's (no person's full name takes an
            // article), which "l'azienda", "la società" or "la compagnia" later take up when the
            // text named no company by its kind or legal form.
            let (start, end) = candidate.words;
            // (A company is feminine as "la società" is: "la Rapidex", "alla Fiat"; "il Rocca Sound
            // Festival" is an event, "il Castelgrande Calcio" a club.)
            let after_article = start > 0
                && article(&lower[start - 1]).is_some_and(|a| a.definite && !a.plural && a.gender != Some(Gender::M))
                && matches!(&text[words[start - 1].span.end..words[start].span.start], " " | "'" | "’");
            let opening = lower[start].as_str();
            let company_name = end >= start + 2
                && (start..end).all(|w| words[w].is_capitalized(text))
                && !crate::mentions::BODY_KINDS.contains(&opening)
                && !self.language.is_body(opening)
                && !crate::mentions::is_source_noun(opening)
                && self.language.may_open_company(opening)
                // Nor a union's ("la Filt Cgil"): a body whose officers are of a kind of person.
                && self.language.kinds_by_body(&lower[start..end]).next().is_none();
            if after_article && company_name && !kind_before && !self.companies.iter().any(|c| c.id == speaker.id) {
                self.companies.push(speaker.clone());
            }
            // "l'associazione Note di Confine": by its kind, too.
            if let Some(kind) = kind.filter(|_| kind_before) {
                self.note_body(kind, speaker);
            }
        }
        // In text order; a few per sentence, so an insertion sort (no sort code of its own in the page).
        for i in 1..candidates.len() {
            let mut k = i;
            while k > 0 && candidates[k - 1].words.0 > candidates[k].words.0 {
                candidates.swap(k - 1, k);
                k -= 1;
            }
        }
        // "i consiglieri Paolo Ferrandi e Matteo Guarneri", "Wilczek è comparso accanto al suo
        // vice, Jan Sokolik": a sentence that names two people by name, and no one else.
        let mut named: Vec<Speaker> = Vec::new();
        for candidate in &candidates {
            let Some(speaker) = candidate.speaker.as_ref().filter(|_| candidate.reference == Reference::Name) else {
                continue;
            };
            if self.people.iter().any(|p| p.speaker.id == speaker.id) && !named.iter().any(|n| n.id == speaker.id) {
                named.push(speaker.clone());
            }
        }
        if let [first, second] = named.as_slice() {
            self.pair = Some((self.sentences_read, first.clone(), second.clone()));
        }
        // "Ilaria Cossu (Borgo Bene Comune)": what stands in brackets is an aside, nobody's subject.
        for candidate in &mut candidates {
            // Within the sentence only: a text's whole prefix per name would be quadratic.
            let before = &text[words.first().map_or(0, |w| w.span.start)..candidate.span.start];
            if before.rfind('(').is_some_and(|open| before.rfind(')').is_none_or(|close| close < open)) {
                candidate.governed = true;
            }
        }
        for candidate in &mut candidates {
            let start = candidate.words.0;
            // "di Putin", "contro l’Ucraina", "con il ministro": a preposition, perhaps with an article.
            let before = |k: usize| start.checked_sub(k).map(|at| lower[at].as_str());
            // "«…», si legge in una nota di Palazzo Chigi": the document read is who says it.
            let read_in = candidate.reference == Reference::Document
                && before(1) == Some("in")
                && before(2).is_some_and(|w| w.starts_with("legg"))
                && before(3) == Some("si");
            if read_in || candidate.reference == Reference::Document && is_in_the(&lower[start]) {
                continue;
            }
            // A capitalised name right after a lower-case common noun that is no role.
            let after_common_noun = words[start].is_capitalized(text)
                && start.checked_sub(1).is_some_and(|k| {
                    !words[k].is_capitalized(text)
                        && lower[k].chars().all(char::is_alphabetic)
                        && self.language.role_at(&lower[k..]).is_none()
                });
            // "Secondo l'agenzia locale, un funzionario…": a pause ends what governs.
            let adjacent =
                start > 0 && !text[words[start - 1].span.end..words[start].span.start].contains([',', ';', ':']);
            candidate.governed |= adjacent
                && (before(1).is_some_and(|w| PREPOSITIONS.contains(&w))
                // "Ad Abuja, l'Ecowas…", "ad Ankara": "a" before a vowel; not "l'ad Salimbeni",
                // the managing director.
                || before(1) == Some("ad") && !before(2).is_some_and(is_article)
                || (before(1).is_some_and(is_article) && before(2).is_some_and(|w| PREPOSITIONS.contains(&w)))
                // "nella stessa Pievemora", "dello stesso Comune", "in mezza Italia", "in tutta Europa".
                || (before(1).is_some_and(|w| {
                    matches!(
                        w,
                        "stesso" | "stessa" | "stessi" | "stesse" | "mezza" | "mezzo" | "tutta" | "tutto" | "intera"
                            | "intero"
                    )
                })
                    && before(2).is_some_and(|w| PREPOSITIONS.contains(&w)))
                // "al settimanale Orizzonte Civico", "alla tv Rete Sud": a medium, told or relaying;
                // not someone met by name ("Dall'altra parte della rete Ibarguren").
                || (before(1).is_some_and(|w| MEDIA_NOUNS.contains(&w))
                    && before(2).is_some_and(|w| PREPOSITIONS.contains(&w) || is_article(w))
                    && !(candidate.person && candidate.speaker.is_some()))
                // "al quotidiano Le Courrier du Midi": the title's own article between.
                || (before(1).is_some_and(is_article) && before(2).is_some_and(|w| MEDIA_NOUNS.contains(&w)))
                // "pubblicata dal comitato Genitori Uniti", "con l'associazione Libera Terra": a
                // name after the noun it names, which a preposition governs.
                || (start > 0 && self.language.speech_at(Speech::Title, &lower[start - 1..start]).is_some()
                    && (before(2).is_some_and(|w| PREPOSITIONS.contains(&w))
                        || before(2).is_some_and(is_article) && before(3).is_some_and(|w| PREPOSITIONS.contains(&w))))
                // "rivolta alla collega Lanza", "con la figlia Giulia": a common noun between the
                // preposition and the name.
                || (candidate.reference == Reference::Name
                    && after_common_noun
                    && before(2).is_some_and(|w| {
                        matches!(w, "al" | "alla" | "allo" | "all" | "ai" | "agli" | "alle" | "col" | "con")
                    }))
                // "penultimo nel girone Est di A2": a name that is no person's after a common noun
                // of place, "in" or "su" before it; "Il capo del servizio Vigilanza, Sandro
                // Merighi, …": or one "del" governs, which names what the noun is of.
                // Not a state or body the gazetteer knows ("Nel corso dell'indagine Roma aveva
                // sostenuto…"), which names no such noun's part.
                || (!candidate.person
                    && after_common_noun
                    && candidate.speaker.as_ref().is_none_or(|s| self.gazetteer.entity(&s.id).is_none())
                    && before(2).is_some_and(|w| IN_ON.contains(&w) || w != "di" && crate::mentions::OF.contains(&w)))
                // "all'agenzia locale Tien Shan Press", "alla tv pubblica RTS": an adjective between.
                || (before(2).is_some_and(|w| MEDIA_NOUNS.contains(&w))
                    && before(3).is_some_and(|w| PREPOSITIONS.contains(&w) || is_article(w))
                    && start.checked_sub(1).is_some_and(|k| !words[k].is_capitalized(text))));
        }
        // "Ippolito Sanfelice, il dirigente che segue il dossier dei musei, ha definito…": who
        // stands in a relative clause, from a "che" right after a name or description to the
        // next pause, is that clause's, not the sentence's subject.
        let relatives: Vec<usize> = candidates
            .iter()
            .filter(|c| c.reference != Reference::Document && lower.get(c.words.1).is_some_and(|w| w == "che"))
            .map(|c| c.words.1)
            .collect();
        for che in relatives {
            let pause = (che + 1..words.len())
                .find(|&w| text[words[w - 1].span.end..words[w].span.start].contains([',', ';', ':', '«', '“', '"']))
                .unwrap_or(words.len());
            for candidate in candidates.iter_mut().filter(|c| c.words.0 > che && c.words.1 <= pause) {
                candidate.governed = true;
            }
        }
        // "Attraverso il suo legale, l'avvocato Marco Jelmini, ha fatto sapere": a person in
        // apposition between commas to a description a preposition governs is governed too.
        for k in 1..candidates.len() {
            let (head, apposition) = (&candidates[k - 1], &candidates[k]);
            // The head's own complement may come first ("con la giudice di sedia, la svizzera X,").
            let between = text.get(head.span.end..apposition.span.start).unwrap_or_default().trim();
            let complement = between.strip_suffix(',').is_some_and(|words| {
                words.split_whitespace().count() <= 3
                    && !words.contains([',', ';', ':', '.'])
                    && !words.chars().any(char::is_uppercase)
            });
            let between_commas = head.span.end <= apposition.span.start
                && complement
                && text[apposition.span.end..].trim_start().starts_with(',');
            if head.governed
                && head.reference == Reference::Description
                && !head.adjective
                && apposition.person
                && between_commas
            {
                candidates[k].governed = true;
            }
        }
        // "Per l'economista X, ricercatrice del centro studi Sahel Forum, la disputa…": what the
        // apposition of a governed person names (a role without its article, between commas) is
        // governed too.
        for k in 0..candidates.len() {
            let end = candidates[k].words.1;
            if !candidates[k].governed || !candidates[k].person || end >= words.len() {
                continue;
            }
            let opens = text[candidates[k].span.end..words[end].span.start].trim() == ","
                && !words[end].is_capitalized(text)
                && self.language.role_at(&lower[end..]).is_some();
            let closes = (end + 1..words.len().min(end + crate::quotes::APPOSITION_REACH))
                .find(|&j| text[words[j - 1].span.end..words[j].span.start].contains([',', ':', ';']));
            let Some(close) = closes.filter(|_| opens) else { continue };
            for candidate in candidates.iter_mut().filter(|c| c.words.0 >= end && c.words.1 <= close) {
                candidate.governed = true;
            }
        }
        // Those this sentence only named after a preposition ("la madre di Lucia"), for the
        // sentence after it (read until then).
        // So are those named inside a role's complement ("la madre di Lucia, Graziella
        // Montanari": Lucia), which the role's words took out of the candidates.
        let only_governed: Vec<String> = candidates
            .iter()
            .filter(|c| c.governed)
            .chain(in_roles.iter().filter(|c| c.person))
            .filter_map(|c| c.speaker.as_ref().map(|s| s.id.clone()))
            .filter(|id| !candidates.iter().any(|c| !c.governed && c.speaker.as_ref().is_some_and(|s| s.id == *id)))
            .collect();
        self.governed_earlier = std::mem::replace(&mut self.governed_before, only_governed);
        // (After someone the sentence named: "Gállego ha criticato la collega"; not the one
        // description of the sentence, its subject: "— racconta il giovane ricercatore —".)
        let last = candidates.iter().filter(|c| !c.adjective && !quoted(c.span)).max_by_key(|c| c.words.1);
        self.described_last = last.filter(|c| c.reference == Reference::Description).and_then(|c| c.speaker.clone());
        self.unresolved_last = last
            .filter(|last| {
                last.reference == Reference::Description
                    && last.speaker.is_none()
                    && candidates.iter().any(|c| c.words.1 <= last.words.0 && c.person && c.speaker.is_some())
            })
            .map(|c| self.gender_of(c, lower));
        candidates
    }

    /// "Per il geologo Aldo Massara… «…», ha detto il geologo": a common noun the lexicon has no
    /// role for, written right before a person's name after an article or in apposition after
    /// it, is theirs; the same noun later with a definite article and no name of its own stands
    /// for the one person introduced with it (inferred), nobody when several were.
    fn own_nouns(
        &mut self,
        text: &str,
        words: &[Word],
        lower: &[String],
        candidates: &mut Vec<Candidate>,
        quoted: &dyn Fn(Span) -> bool,
    ) {
        let plain = |k: usize| {
            lower[k].len() >= 4
                && lower[k].chars().all(char::is_alphabetic)
                && !words[k].is_capitalized(text)
                && !quoted(words[k].span)
                && self.language.role_at(&lower[k..]).is_none()
        };
        let spaced = |a: usize, b: usize| text[words[a].span.end..words[b].span.start] == *" ";
        // A definite singular article, alone or joined ("della viticoltrice"), and the gender it shows.
        let article_gender = |word: &str| {
            article(word).filter(|a| a.definite && !a.plural && a.joined != Some(Joined::Con)).map(|a| a.gender)
        };
        for candidate in candidates.iter().filter(|c| c.person && c.reference == Reference::Name) {
            let Some(speaker) = candidate.speaker.as_ref() else { continue };
            let (start, end) = candidate.words;
            let mut found: Vec<(String, Option<Gender>)> = Vec::new();
            // "il geologo Aldo Massara", "della viticoltrice Anna Berti".
            if start >= 2
                && plain(start - 1)
                && spaced(start - 1, start)
                && let Some(gender) = article_gender(&lower[start - 2])
            {
                found.push((lower[start - 1].clone(), gender));
            }
            // "Aldo Massara, geologo dell'Università", "Anna Berti, la viticoltrice che…".
            if end < words.len() && text[words[end - 1].span.end..words[end].span.start].trim() == "," {
                let (at, gender) = match article_gender(&lower[end]) {
                    Some(gender) if end + 1 < words.len() => (end + 1, gender),
                    _ => (end, None),
                };
                if plain(at) {
                    found.push((lower[at].clone(), gender));
                }
            }
            if let Some(person) = self.people.iter_mut().find(|p| p.speaker.id == speaker.id) {
                for (noun, gender) in found {
                    // "la sfidante del centrosinistra Chiara Montanucci": a noun whose article's
                    // gender is not the person's is another's complement, not theirs.
                    if person.gender.is_some() && gender.is_some() && person.gender != gender {
                        continue;
                    }
                    if person.gender.is_none() {
                        person.gender = gender;
                    }
                    if !person.nouns.contains(&noun) {
                        person.nouns.push(noun);
                    }
                }
            }
        }
        // Most documents introduce nobody this way: then there is nothing to look for.
        if self.people.iter().all(|p| p.nouns.is_empty()) {
            return;
        }
        for k in 0..words.len().saturating_sub(1) {
            let Some(gender) = article_gender(&lower[k]).filter(|_| is_definite(&lower[k])) else {
                continue;
            };
            let noun = &lower[k + 1];
            // "il geologo Marco Bini" introduces someone else; a noun inside another candidate is its own.
            let named_after = words.get(k + 2).is_some_and(|w| w.is_capitalized(text) && spaced(k + 1, k + 2));
            if named_after
                || !plain(k + 1)
                || candidates.iter().any(|c| c.words.0 <= k + 1 && k < c.words.1)
                || !self.people.iter().any(|p| p.nouns.contains(noun))
            {
                continue;
            }
            let mut bearers = self.people.iter().filter(|p| p.nouns.contains(noun) && p.agrees_with(gender));
            if let (Some(one), None) = (bearers.next(), bearers.next()) {
                candidates.push(Candidate {
                    span: Span::new(words[k].span.start, words[k + 1].span.end),
                    words: (k, k + 2),
                    governed: false,
                    speaker: Some(Speaker::inferred(one.speaker.clone())),
                    reference: Reference::Description,
                    adjective: false,
                    person: true,
                });
            }
        }
    }

    /// Whether the words between a role and a name belong to the role's phrase ("ai Lavori
    /// pubblici di Borgo Tavella,"): no verb-like stop, no punctuation but one comma before the
    /// name.
    fn phrase_continues(
        &self,
        text: &str,
        words: &[Word],
        lower: &[String],
        from: usize,
        name: usize,
        quoted: &dyn Fn(Span) -> bool,
    ) -> bool {
        // "il ministro delle Acque e dell’Energia, Dawit Haile": an "e" that joins two
        // complements of the role goes on with it; any other ends the phrase.
        // So does one between two names of places ("il vescovo di Lamola e Vescine, …").
        let joins_complements = |k: usize| {
            matches!(lower[k].as_str(), "e" | "ed")
                && (lower.get(k + 1).is_some_and(|next| next.starts_with("de") || next.starts_with("per"))
                    || k > from && words[k - 1].is_capitalized(text) && words[k + 1].is_capitalized(text)
                    // "la commissaria per gli Affari politici e la sicurezza dell'Unione africana":
                    // an article and a noun that is no role (which would be another person's).
                    || k + 2 < name
                        && is_definite(&lower[k + 1])
                        && self.language.role_at(&lower[k + 2..]).is_none()
                        && (from..k).any(|w| PREPOSITIONS.contains(&lower[w].as_str())))
                && k + 1 < name
        };
        // "ai microfoni del nostro inviato la capomissione, la diplomatica X": an article that no
        // preposition, "e" or comma leads into opens another noun phrase.
        let new_phrase = |k: usize| {
            k > 0
                && is_article(&lower[k])
                && !PREPOSITIONS.contains(&lower[k - 1].as_str())
                && !matches!(lower[k - 1].as_str(), "e" | "ed")
                && !text[words[k - 1].span.end..words[k].span.start].contains(',')
        };
        // A verb of saying ends it too: in "La pm chiede otto anni per Terzoni" he is no pm.
        // So does a demonstrative, which opens a noun phrase of its own: "Per la giudice quel
        // ritardo nel portare Lucarelli in sala…" (he is no judge).
        let stop = |k: usize| {
            matches!(lower[k].as_str(), "che" | "ha" | "hanno" | "è" | "e" | "ed" | "ma" | "aveva" | "sono" | "era")
                && !joins_complements(k)
                || DEMONSTRATIVES.contains(&lower[k].as_str())
                || quoted(words[k].span)
                || new_phrase(k)
                || self.language.speech_at(Speech::Finite, &lower[k..]).is_some()
        };
        // "La docente di italiano che ha seguito il progetto, Marzia Pettinari": a relative
        // clause right after the role, closed by the comma before the name, is part of the phrase.
        let relative = (from..name).find(|&k| lower[k] == "che").filter(|&che| {
            let clause = &text[words[che].span.start..words[name].span.start];
            !text[words[che - 1].span.end..words[che].span.start].contains(',')
                && name - che <= RELATIVE_WORDS
                && clause.matches(',').count() == 1
                && clause.trim_end().ends_with(',')
                && !clause.contains(['.', ';', ':', '«', '»', '“', '”', '"', '(', ')'])
        });
        if let Some(che) = relative {
            return !(from..che).any(stop);
        }
        if (from..name).any(stop) {
            return false;
        }
        // "il vescovo di Lamola, monsignor Aurelio Castagnoli": a title of address before the name.
        let titled = name > from && TITLES.contains(&lower[name - 1].as_str());
        let name = if titled { name - 1 } else { name };
        let mut between = text[words[from - 1].span.end..words[name].span.start].to_owned();
        // "del Sindacato Ferrovieri Uniti (Sfu), Luca Bonfanti": a body's acronym in brackets is
        // part of the phrase.
        if let (Some(open), Some(close)) = (between.find('('), between.find(')'))
            && open < close
            && between[open + 1..close].chars().all(char::is_alphanumeric)
        {
            between.replace_range(open..=close, "");
        }
        let commas = between.matches(',').count();
        let punctuation = between.contains(['.', ';', ':', '«', '»', '“', '”', '"', '(', ')']);
        // "il consulente della procura, il grafologo Dario Menichetti": after the comma, the
        // person's own common noun with its article, and an adjective ("il diplomatico ghanese").
        let own_noun = own_noun_before(text, words, lower, name).is_some_and(|article| {
            article >= from && text[words[from - 1].span.end..words[article].span.start].trim_end().ends_with(',')
        });
        !punctuation && (commas == 0 || (commas == 1 && (between.trim_end().ends_with(',') || own_noun)))
    }

    /// "il comitato "Fornace Aperta"", "il gruppo della Curva Nord “Vecchia Guardia”": a body's
    /// kind with a short capitalised name in quotation marks right after it (past a complement
    /// of capitalised words) names that body, which the kind alone names later ("Il comitato
    /// ha scritto…"). The candidate runs from the kind's phrase to the name; the quotation stays
    /// nobody's words.
    fn quoted_names(
        &mut self,
        text: &str,
        words: &[Word],
        lower: &[String],
        quoted: &dyn Fn(Span) -> bool,
        candidates: &mut Vec<Candidate>,
    ) {
        for k in 0..words.len() {
            if !crate::mentions::BODY_KINDS.contains(&lower[k].as_str()) || quoted(words[k].span) {
                continue;
            }
            let mut first = k + 1;
            if first < words.len() && crate::mentions::OF.contains(&lower[first].as_str()) {
                let end = (first + 1..words.len().min(first + 4))
                    .find(|&e| !words[e].is_capitalized(text) || quoted(words[e].span))
                    .unwrap_or(words.len().min(first + 4));
                if end > first + 1 {
                    first = end;
                }
            }
            let Some(opening) = words.get(first) else { continue };
            let mark = text[words[first - 1].span.end..opening.span.start].trim();
            if !matches!(mark, "«" | "“" | "\"") || !quoted(opening.span) || !opening.is_capitalized(text) {
                continue;
            }
            let end = (first + 1..words.len().min(first + QUOTED_NAME_WORDS + 1))
                .find(|&e| !quoted(words[e].span) || text[words[e - 1].span.end..words[e].span.start].trim() != "")
                .unwrap_or(words.len());
            let closes = end > first
                && end - first <= QUOTED_NAME_WORDS
                && text[words[end - 1].span.end..].trim_start().starts_with(['»', '”', '"']);
            if !closes {
                continue;
            }
            let name = Span::new(opening.span.start, words[end - 1].span.end);
            let speaker = Speaker::named(&lower[first..end], name.of(text).to_owned());
            // The kind's own candidate ("Il comitato"), and any name inside the phrase, give way.
            let start = candidates
                .iter()
                .filter(|c| c.words.0 <= k && k < c.words.1)
                .map(|c| (c.words.0, c.span.start))
                .min()
                .unwrap_or((k, words[k].span.start));
            candidates.retain(|c| c.words.1 <= start.0 || c.words.0 >= end);
            let at = candidates.partition_point(|c| c.words.0 < start.0);
            candidates.insert(
                at,
                Candidate {
                    span: Span::new(start.1, name.end),
                    words: (start.0, end),
                    governed: false,
                    speaker: Some(speaker.clone()),
                    reference: Reference::Other,
                    adjective: false,
                    person: false,
                },
            );
            self.note_body(&lower[k], &speaker);
            self.note_body(&lower[first], &speaker);
        }
    }

    /// Bodies that the text spells out before their acronym in brackets ("Sindacato medici
    /// ospedalieri italiani (Smoi)"): the words whose initials, function words aside, are the
    /// acronym's letters, the first capitalised. The acronym then names the body alone.
    fn spelled_out(&mut self, text: &str, words: &[Word], lower: &[String]) -> Vec<Candidate> {
        let mut found = Vec::new();
        for k in 1..words.len() {
            let acronym = &lower[k];
            let bracketed = text[..words[k].span.start].ends_with('(') && text[words[k].span.end..].starts_with(')');
            if !bracketed || !(2..=8).contains(&acronym.chars().count()) || !words[k].is_capitalized(text) {
                continue;
            }
            let mut letters = acronym.chars().rev().peekable();
            let mut first = k;
            // Each letter spells one word, with a function word or two between.
            for j in (k.saturating_sub(3 * acronym.len())..k).rev() {
                if letters.peek().is_none() {
                    break;
                }
                if SPELLING_SKIPS.contains(&lower[j].as_str()) {
                    continue;
                }
                if lower[j].chars().next() != letters.next() {
                    break;
                }
                first = j;
            }
            if letters.peek().is_some() || first == k || !words[first].is_capitalized(text) || k - first < 2 {
                continue;
            }
            let span = Span::new(words[first].span.start, words[k - 1].span.end);
            let speaker = Speaker::named(&lower[first..k], span.of(text).to_owned());
            if !self.acronyms.iter().any(|(a, _)| a == acronym) {
                self.acronyms.push((acronym.clone(), speaker.clone()));
            }
            found.push(Candidate {
                span,
                words: (first, k),
                governed: false,
                speaker: Some(speaker),
                reference: Reference::Other,
                adjective: false,
                person: false,
            });
        }
        found
    }

    /// A run of capitalised words the gazetteer does not know: a person (full name, surname
    /// met before, or a word right after a role noun), else a body or place as written.
    fn unknown(&mut self, text: &str, words: &[Word], lower: &[String], mention: &Mention) -> Option<Candidate> {
        let (start, end) = mention.words;
        // "il ministro Brenna": a capitalised word right after a role noun is its bearer's name.
        // Not the name given to a body the role ends with ("il portavoce del comitato Valmora in
        // Movimento").
        let after_role = self.follows_role(lower, start)
            && !(start > 0 && crate::mentions::BODY_KINDS.contains(&lower[start - 1].as_str()));
        if let Some((first, last)) = self
            .person_in(text, words, lower, (start, end))
            .or_else(|| self.named_after_role(text, words, lower, (start, end)))
        {
            let name = Span::new(words[first].span.start, words[last - 1].span.end).of(text).to_owned();
            let lower_name: Vec<String> = lower[first..last].to_vec();
            let speaker = self.person(&lower_name, &name, self.language.given_name(words[first].text(text)).flatten());
            return Some(Candidate {
                span: Span::new(words[first].span.start, words[last - 1].span.end),
                words: (first, last),
                governed: false,
                speaker: Some(speaker),
                reference: Reference::Name,
                adjective: false,
                person: true,
            });
        }
        // "la Questura", "la Procura di Vercelli": a public body by its common noun, capitalised.
        if end - start == 1 && self.language.is_body(&lower[start]) {
            // "la Federazione ciclistica italiana", "l'Autorità portuale di Santa Livia": up to two
            // adjectives in lower case are part of its name.
            let mut end = end;
            while end < words.len()
                && end < start + 3
                && !quoted_or_spaced_apart(text, words, end)
                && !words[end].is_capitalized(text)
                && lower[end].len() > 4
                && crate::mentions::BODY_ADJECTIVE_ENDINGS.iter().any(|ending| lower[end].ends_with(ending))
                && self.language.speech_at(Speech::Finite, &lower[end..]).is_none()
            {
                end += 1;
            }
            // "la Procura di Vercelli"; "la Corte d'appello di Trento", "la Provincia autonoma di
            // Trento": a few lower-case words may qualify the body before its place…
            // "il Consorzio di tutela dei vini dei Colli di Montevigna": up to five.
            let of_place = |at: usize| {
                matches!(
                    lower.get(at).map(String::as_str),
                    Some("di" | "del" | "dell" | "della" | "dei" | "delle" | "degli")
                ) && words.get(at + 1).is_some_and(|w| w.is_capitalized(text))
                    && matches!(&text[words[at].span.end..words[at + 1].span.start], " " | "'" | "’")
            };
            let place = (end..words.len().min(end + 6))
                .take_while(|&at| {
                    !quoted_or_spaced_apart(text, words, at)
                        && (at == end || !words[at - 1].is_capitalized(text) && !is_article(&lower[at - 1]))
                })
                .find(|&at| of_place(at))
                .map(|at| {
                    // The place's own name runs on: "di Sesto San Giovanni", "di Fossalta di Piave".
                    let mut last = at + 2;
                    loop {
                        let spaced = |k: usize| k < words.len() && !quoted_or_spaced_apart(text, words, k);
                        // Not a person's name after it ("la Procura di Siena Mario…").
                        // (A given name after "San" names the saint: "di Santa Livia".)
                        if spaced(last)
                            && words[last].is_capitalized(text)
                            && (self.language.given_name(words[last].text(text)).is_none()
                                || SAINT_TITLES.contains(&lower[last - 1].trim_end_matches(['\'', '’'])))
                        {
                            last += 1;
                        } else if spaced(last)
                            && spaced(last + 1)
                            && matches!(lower[last].as_str(), "di" | "del" | "della" | "sul" | "sulla")
                            && words[last + 1].is_capitalized(text)
                        {
                            last += 2;
                        } else {
                            break last;
                        }
                    }
                });
            // "il Consorzio di bonifica Alto Corbera": a lower-case qualifier, then the body's own
            // name, with no "di" before it.
            let qualified_name = || {
                let of = lower.get(end).is_some_and(|w| matches!(w.as_str(), "di" | "del" | "della" | "dei" | "delle"));
                let qualifier = end + 1;
                let named = qualifier + 1;
                let plain = |at: usize| at < words.len() && !quoted_or_spaced_apart(text, words, at);
                if !of
                    || !plain(qualifier)
                    || !plain(named)
                    || words[qualifier].is_capitalized(text)
                    || !words[named].is_capitalized(text)
                    || self.language.given_name(words[named].text(text)).is_some()
                {
                    return None;
                }
                let mut last = named + 1;
                while plain(last) && words[last].is_capitalized(text) {
                    last += 1;
                }
                Some(last)
            };
            let place = place.or_else(qualified_name);
            let last = place.unwrap_or(end);
            let span = Span::new(words[start].span.start, words[last - 1].span.end);
            let mut speaker = Speaker {
                id: format!("body:{}", lower[start..last].join("-")),
                name: span.of(text).to_owned(),
                country: None,
                role: None,
                inferred: false,
            };
            // "la procura di Monaco" after "la procura di Monaco di Baviera": the body named in
            // full before, its place's name cut short.
            let shortened = format!("{}-", speaker.id);
            let named_longer = self
                .bodies
                .iter()
                .find(|(opening, known)| *opening == lower[start] && known.id.starts_with(&shortened))
                .map(|(_, known)| known.clone());
            if let Some(longer) = named_longer.filter(|_| place.is_some()) {
                speaker = longer;
            } else if place.is_some() {
                self.note_body(&lower[start], &speaker);
            } else if let Some(named) = self.body_named(&lower[start]) {
                // "un portavoce della Regione" after "Regione Marche": that one.
                speaker = named.inferred();
            }
            return Some(Candidate {
                span,
                words: (start, last),
                governed: false,
                speaker: Some(speaker),
                reference: Reference::Other,
                adjective: false,
                person: false,
            });
        }
        let surname = &lower[start..end];
        let written = mention.span.of(text);
        let mut bearers: Vec<usize> = (0..self.people.len())
            .filter(|&p| self.people[p].name.ends_with(surname) && self.people[p].name.len() > surname.len())
            .collect();
        if bearers.is_empty() && surname.len() == 1 {
            bearers = if self.language.given_name(written).is_none() {
                // "Salazar" for Ricardo Salazar Ortiz: a Spanish or Portuguese name carries two
                // surnames, and the first alone names its bearer.
                (0..self.people.len())
                    .filter(|&p| {
                        let name = &self.people[p].name;
                        name.len() >= 3 && name[1..name.len() - 1].contains(&surname[0])
                    })
                    .collect()
            } else {
                // "«…», promette Tommaso" after "Tommaso Spinazzè, rappresentante d'istituto": a
                // given name alone is the one person met by their full name who bears it.
                (0..self.people.len())
                    .filter(|&p| self.people[p].name.len() >= 2 && self.people[p].name[0] == surname[0])
                    .collect()
            };
        }
        let speaker = match bearers.as_slice() {
            [one] => {
                let person = &mut self.people[*one];
                self.clock += 1;
                person.seen = self.clock;
                Some(person.speaker.clone())
            }
            [] => {
                // A full name found later in the document ("Sartini: «…»" in a headline).
                let ahead: Vec<&(Vec<String>, String)> =
                    self.full_names.iter().filter(|(n, _)| n.ends_with(surname) && n.len() > surname.len()).collect();
                match ahead.as_slice() {
                    [(name, full)] => {
                        let (name, full) = (name.clone(), full.clone());
                        Some(self.person(&name, &full, None))
                    }
                    [] if after_role && end - start == 1 => Some(self.person(surname, written, None)),
                    // "racconta Tommaso, 13 anni": a given name alone with an age is a person
                    // the text calls by first name.
                    [] if end - start == 1
                        && self.language.given_name(written).is_some()
                        && aged(text, words, lower, end) =>
                    {
                        let gender = self.language.given_name(written).flatten();
                        let speaker = self.person(surname, written, gender);
                        return Some(Candidate {
                            span: mention.span,
                            words: mention.words,
                            governed: false,
                            speaker: Some(speaker),
                            reference: Reference::Name,
                            adjective: false,
                            person: true,
                        });
                    }
                    [] => {
                        // A body or a place as written ("Aria Pulita", "Codacons"), with its
                        // complements ("Ministero della Salute", "Conferenza delle Regioni").
                        let mut last = end;
                        while last + 1 < words.len()
                            && matches!(
                                lower[last].as_str(),
                                "di" | "del" | "della" | "delle" | "dei" | "degli" | "dell"
                            )
                            && words[last + 1].is_capitalized(text)
                            && !quoted_or_spaced(text, words, last)
                        {
                            last += 2;
                            while last < words.len()
                                && words[last].is_capitalized(text)
                                && !quoted_or_spaced(text, words, last)
                            {
                                last += 1;
                            }
                            // "Ministero delle Infrastrutture e dei Trasporti": a body's
                            // department of two, joined by "e".
                            if last + 2 < words.len()
                                && (self.language.is_body(&lower[start])
                                    || crate::mentions::SOURCE_NOUNS.contains(&lower[start].as_str()))
                                && lower[last] == "e"
                                && crate::mentions::OF.contains(&lower[last + 1].as_str())
                                && words[last + 2].is_capitalized(text)
                                && !quoted_or_spaced(text, words, last + 2)
                            {
                                last += 1;
                            }
                        }
                        // A common noun that opens a name the text goes on writing in lower case
                        // ("l’Associazione italiana operatori di rete"): where it ends is not
                        // known, so it names nobody for sure.
                        // One capitalised word alone ("Aia", "Stelle", "Pievemora") may be a place, a
                        // club, part of a name the text cut: it names nobody for sure; acronyms
                        // ("ANSA", "CGIL") do.
                        // So does one after the kind of body it names ("il sindacato Fials", "la
                        // società Edilnord"), which says what it is.
                        // Or its kind in apposition right after it ("Northbridge, l'agenzia di rating").
                        let kind = |w: &String| crate::mentions::BODY_KINDS.contains(&w.as_str()) || w == "agenzia";
                        // Maybe past a word or two that qualify the kind ("la compagnia low cost
                        // Skylia", "l'azienda farmaceutica Novelis").
                        let qualifier = |w: usize| {
                            !words[w].is_capitalized(text)
                                && lower[w].chars().all(char::is_alphabetic)
                                && !is_article(&lower[w])
                                && !PREPOSITIONS.contains(&lower[w].as_str())
                                && text[words[w].span.end..words[w + 1].span.start] == *" "
                        };
                        let after_kind = (1..=3).any(|back| {
                            start >= back && kind(&lower[start - back]) && (start - back + 1..start).all(qualifier)
                        }) || end + 1 < words.len()
                            && text[words[end - 1].span.end..words[end].span.start].trim() == ","
                            && is_definite(&lower[end])
                            && kind(&lower[end + 1]);
                        // Or one the text named so before ("il sindacato Filda… La Filda ha chiesto").
                        let named_before = self.bodies.iter().any(|(_, body)| body.name == written);
                        let runs_on = last == end
                            && end - start == 1
                            && !after_kind
                            && !named_before
                            && !written.chars().all(|c| c.is_uppercase());
                        // A sentence all in capitals ("INCENDI: CAGLIARITANO, COMANDANTE VVF: «…»")
                        // capitalises every word: a run there is no name for sure.
                        let shouted = words.first().zip(words.last()).is_some_and(|(first, last)| {
                            !text[first.span.start..last.span.end].chars().any(char::is_lowercase)
                        });
                        let runs_on = runs_on || shouted;
                        let span = Span::new(mention.span.start, words[last - 1].span.end);
                        let speaker = (!runs_on).then(|| Speaker::named(&lower[start..last], span.of(text).to_owned()));
                        if let Some(body) =
                            speaker.as_ref().filter(|_| last > start + 1 && self.language.is_body(&lower[start]))
                        {
                            self.note_body(&lower[start], body);
                        }
                        return Some(Candidate {
                            span,
                            words: (start, last),
                            governed: false,
                            speaker,
                            reference: Reference::Other,
                            adjective: false,
                            person: false,
                        });
                    }
                    _ => None,
                }
            }
            // Two people of the document bear this surname: it means the one whose full name
            // this paragraph wrote, if only one's was ("Edoardo Salvetti, amministratore
            // delegato, … Salvetti ha sorriso"); otherwise neither for sure, however recently one
            // was met (measured: as many wrong as right on the corpus).
            several => match several
                .iter()
                .copied()
                .filter(|&p| self.people[p].named_in == Some(self.paragraph))
                .collect::<Vec<usize>>()
                .as_slice()
            {
                &[one] => {
                    self.clock += 1;
                    self.people[one].seen = self.clock;
                    Some(self.people[one].speaker.clone())
                }
                _ => None,
            },
        };
        Some(Candidate {
            span: mention.span,
            words: mention.words,
            governed: false,
            speaker,
            reference: Reference::Name,
            adjective: false,
            person: true,
        })
    }

    /// The person called `name` (lower-case words), met now: registered if new.
    fn person(&mut self, name: &[String], written: &str, gender: Option<Gender>) -> Speaker {
        self.clock += 1;
        let named_in = (name.len() > 1).then_some(self.paragraph);
        if let Some(person) = self.people.iter_mut().find(|p| p.name == name) {
            person.seen = self.clock;
            person.named_in = named_in.or(person.named_in);
            return person.speaker.clone();
        }
        // A name wrapped across lines ("Thandiwe\nPhiri") is written with one space.
        let written = if written.contains(char::is_whitespace) {
            written.split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            written.to_owned()
        };
        // The given name tells the gender when the caller could not ("Ferraris: «…»" in a
        // headline, for the Donatella Ferraris the article names later).
        let gender = gender.or_else(|| {
            let first = written.split_whitespace().next().filter(|_| name.len() > 1)?;
            self.language.given_name(first).flatten()
        });
        let speaker = Speaker::named(name, written);
        self.people.push(Person {
            speaker: speaker.clone(),
            name: name.to_vec(),
            classes: Vec::new(),
            nouns: Vec::new(),
            gender,
            seen: self.clock,
            named_in,
            age: None,
        });
        speaker
    }

    /// Notes that a gazetteer person was mentioned.
    fn meet(&mut self, speaker: Speaker, lower: &[String], gender: Option<Gender>) {
        self.clock += 1;
        let named_in = (lower.len() > 1).then_some(self.paragraph);
        match self.people.iter_mut().find(|p| p.speaker.id == speaker.id) {
            Some(person) => {
                person.seen = self.clock;
                person.named_in = named_in.or(person.named_in);
            }
            None => self.people.push(Person {
                speaker,
                name: lower.to_vec(),
                classes: Vec::new(),
                nouns: Vec::new(),
                gender,
                seen: self.clock,
                named_in,
                age: None,
            }),
        }
    }

    /// Notes a body the text named in full, under the common noun that opens its name.
    fn note_body(&mut self, noun: &str, speaker: &Speaker) {
        if !self.bodies.iter().any(|(opening, known)| opening == noun && known.id == speaker.id) {
            self.bodies.push((noun.to_owned(), speaker.clone()));
        }
    }

    /// The one body named in full whose name opens with `noun`; none if several were.
    fn body_named(&self, noun: &str) -> Option<Speaker> {
        let mut named = self.bodies.iter().filter(|(opening, _)| opening == noun);
        match (named.next(), named.next()) {
            (Some((_, only)), None) => Some(only.clone()),
            _ => None,
        }
    }

    /// The one body named in full that a common noun stands for: by the word that opened its
    /// name ("ministero"), or by a noun the press writes for it ("dicastero").
    fn body_by_noun(&self, noun: &str) -> Option<Speaker> {
        self.body_named(noun).or_else(|| self.body_named(self.language.body_synonym(noun)?)).or_else(|| {
            // A company's kind for the one company named without one, when none was named with it.
            let named_by_kind = self.bodies.iter().any(|(opening, _)| COMPANY_KINDS.contains(&opening.as_str()));
            match self.companies.as_slice() {
                [only] if COMPANY_KINDS.contains(&noun) && !named_by_kind => Some(only.clone()),
                _ => None,
            }
        })
    }

    /// The one body the article named with a kind ("l'azienda"), for a headline that names it
    /// by the kind alone.
    pub fn body_of_kind(&self, kind: &str) -> Option<Speaker> {
        self.body_by_noun(kind).map(Speaker::inferred)
    }

    fn add_role(&mut self, speaker: &Speaker, class: &'static str, gender: Option<Gender>) {
        // "il collega di San Lupo, Enrico Vannucci", "l'omologo francese": the office of the one
        // met last with a role, so that a later "il primario" is no longer the other's alone.
        let counterpart: Vec<&'static str> = if class == COUNTERPART_CLASS {
            self.people
                .iter()
                .filter(|p| p.speaker.id != speaker.id && p.classes.iter().any(|&c| c != COUNTERPART_CLASS))
                .max_by_key(|p| p.seen)
                .map(|p| p.classes.clone())
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        if let Some(person) = self.people.iter_mut().find(|p| p.speaker.id == speaker.id) {
            for held in counterpart {
                if !person.classes.contains(&held) {
                    person.classes.push(held);
                }
            }
            if !person.classes.contains(&class) {
                person.classes.push(class);
            }
            // "il segretario provinciale della Fiom Cgil": a union's officer is a sindacalista;
            // so is one "del Siu" after "il Sindacato infermieri uniti (Siu)": an acronym the
            // text spelled out stands for its words.
            let mut role_words: Vec<String> = speaker
                .role
                .as_deref()
                .unwrap_or_default()
                .split(|c: char| !c.is_alphanumeric())
                .map(str::to_lowercase)
                .collect();
            let spelled: Vec<String> = self
                .acronyms
                .iter()
                .filter(|(acronym, _)| role_words.contains(acronym))
                .flat_map(|(_, body)| body.name.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase))
                .collect();
            role_words.extend(spelled);
            for kind in self.language.kinds_by_body(&role_words) {
                if !person.classes.contains(&kind) {
                    person.classes.push(kind);
                }
            }
            if person.gender.is_none() {
                person.gender = gender;
            }
            if person.speaker.role.is_none() {
                person.speaker.role = speaker.role.clone();
            }
            if person.speaker.country.is_none() {
                person.speaker.country = speaker.country.clone();
            }
        }
    }

    /// The person a role without a name stands for: the one met with that role, if only one
    /// was, or the latest of several if met in the last few candidates.
    fn described(&self, class: &str, gender: Option<Gender>, fits: &dyn Fn(&Speaker) -> bool) -> Option<Speaker> {
        let compatible = |p: &&Person| {
            p.classes.iter().any(|held| self.language.describes(class, held))
                && p.agrees_with(gender)
                && fits(&p.speaker)
        };
        let matching: Vec<&Person> = self.people.iter().filter(compatible).collect();
        // "la funzionaria" for the one introduced as "funzionaria della Soprintendenza", not the
        // soprintendente whose class it is broader than.
        let exact: Vec<&&Person> = matching.iter().filter(|p| p.classes.contains(&class)).collect();
        if matching.len() > 1
            && let [one] = exact.as_slice()
        {
            return Some(one.speaker.clone());
        }
        match matching.as_slice() {
            [] => None,
            [one] => Some(one.speaker.clone()),
            several => {
                let latest = several.iter().max_by_key(|p| p.seen)?;
                let others_recent = several.iter().filter(|p| p.seen + 6 > self.clock).count();
                // "…furioso Giancarlo Bellotti, allenatore della Libertas. «…», ha detto il tecnico
                // ospite": the one of them met in this sentence or the one before.
                let just_met = several.iter().filter(|p| p.seen > self.sentence_clocks.0).count();
                (others_recent == 1 || just_met == 1).then(|| latest.speaker.clone())
            }
        }
    }

    /// Whom a definite description after a verb of saying stands for when nothing else resolved
    /// it ("«…», ha detto lo storico dell'arte fiorentino"): the person the sentence right before
    /// (or the one before it, for a description that is no role) was about, when the
    /// description's article agrees with their gender and it says nothing against them. `phrase`
    /// is the description's words in lower case, its article first, up to a pause. Not a relation
    /// to someone ("la madre"), a person's noun or age ("la donna", "il 45enne"), a body's kind
    /// ("il gruppo"), a nationality that is another's or qualifies a noun, a role another's class
    /// holds for them, nor a role of a body the text names ("il sindaco di Roccafonda"): those
    /// read otherwise or introduce someone new.
    pub fn continued_by_description(&self, phrase: &[String], complement: Complement) -> Option<Speaker> {
        let (article, rest) = phrase.split_first()?;
        let gender = match article.as_str() {
            "la" => Some(Gender::F),
            "il" | "lo" => Some(Gender::M),
            "l" => None,
            _ => return None,
        };
        let mut head = 0;
        while rest.get(head).is_some_and(|w| ROLE_MODIFIERS.contains(&w.as_str())) {
            head += 1;
        }
        let noun = rest.get(head)?;
        let country_adjective =
            self.gazetteer.entities.iter().position(|e| e.adjectives.iter().any(|a| a.eq_ignore_ascii_case(noun)));
        if RELATIONS.contains(&noun.as_str())
            || person_noun(noun).is_some()
            || is_age_noun(noun)
            // "ha fatto sapere il gruppo": a body's kind is no person's description.
            || crate::mentions::BODY_KINDS.contains(&noun.as_str())
            || (country_adjective.is_some() && head + 1 != rest.len())
            || self.language.is_body(noun)
            || DOCUMENT_NOUNS.contains(&noun.as_str())
        {
            return None;
        }
        // The sentence right before, or the one before that when nobody was met since
        // ("Agnese Trovato ha vinto il premio. La proclamazione è arrivata in piazza. «…», ha
        // detto la vincitrice").
        // When the sentence before had no subject the rules resolved, the one person it named
        // ("Il mattatore della serata è stato Samuele Darnis, autore di una doppietta. «…», ha
        // detto l'attaccante").
        let gap = match self.sentences_read.checked_sub(self.subject_sentence) {
            Some(1) => Some(false),
            Some(2) => Some(true),
            _ => None,
        };
        let (gap, only_named) = match gap {
            Some(gap) => (gap, None),
            None => match self.named_since_sentence_before(None).as_slice() {
                [only] => (false, Some(*only)),
                _ => return None,
            },
        };
        let role = self.language.role_at(&rest[head..]);
        // A role two sentences on may be another's whom the sentence between was about without
        // naming them ("Il secondo ha chiesto prudenza. «…», ha spiegato l'assessore").
        if role.is_some() && (complement.place || gap) {
            return None;
        }
        let since = if gap { self.subject_clock } else { self.sentence_clocks.0 };
        let person = match only_named {
            Some(person) => person,
            None => {
                let (speaker, _) = self.subject.as_ref()?;
                self.people.iter().find(|p| p.speaker.id == speaker.id)?
            }
        };
        let gender = gender.or(role.and_then(|r| r.gender));
        // A person met with a role is not described by another role, nor by an office no role
        // of the lexicon names ("la responsabile della sicurezza" after "la sindaca Nora Bassi").
        let office = rest.get(head + 1).is_some_and(|w| crate::mentions::OF.contains(&w.as_str()));
        // Nor one met with a role by another portfolio ("il ministro delegato all'Agricoltura"
        // after "il ministro della Salute").
        let conflicting_role = !person.classes.is_empty()
            && (complement.any
                || match role {
                    Some(role) => !person.classes.iter().any(|held| self.language.describes(role.class, held)),
                    None => office,
                });
        // Nobody else of that gender met since the sentence before began: "Marisa Conti ha
        // incontrato Laura Ferri. «…», ha detto la presidente" could be either. Two sentences
        // on, nobody else at all since the subject's sentence began.
        let another = self.people.iter().any(|p| {
            p.speaker.id != person.speaker.id
                    && p.seen > since
                    && (p.agrees_with(gender) || gap)
                    // "Ha telefonato alla vincitrice. «…», ha raccontato l'ex assessora": one
                    // named only after a preposition is no subject a role could continue (a
                    // description that is no role, "il vincitore", may be anyone's).
                    && !(role.is_some()
                        && (self.governed_before.contains(&p.speaker.id)
                            || self.governed_earlier.contains(&p.speaker.id)))
        });
        // "«…», ha raccontato il lituano" after a sentence about Kairys, whose country the text
        // never gave: theirs, when no one met is of that country and the text gave them no other.
        let foreign = country_adjective.is_some_and(|country| {
            let entity = &self.gazetteer.entities[country];
            let id = entity.country.as_ref().unwrap_or(&entity.id);
            person.speaker.country.as_ref().is_some_and(|theirs| theirs != id)
                || self.people.iter().any(|p| p.speaker.country.as_ref() == Some(id))
        });
        (person.agrees_with(gender) && !conflicting_role && !another && !foreign)
            .then(|| Speaker::inferred(person.speaker.clone()))
    }

    /// Whether `lower` is all one role ("pm", "dirigente scolastica").
    pub fn is_role(&self, lower: &[String]) -> bool {
        self.language.role_at(lower).is_some_and(|role| role.words.len() == lower.len())
    }

    /// Who a name or role in a headline may stand for, read against the whole article: each
    /// person the article names in full with that surname (or that full name), or the one person
    /// it introduced with that role. `lower` is the headline's words for it ("mancori",
    /// "sindaca"), `article` the word before them ("la").
    pub fn in_headline(&self, lower: &[String], article: Option<&str>) -> Vec<Speaker> {
        if let Some(role) = self.language.role_at(lower).filter(|role| role.words.len() == lower.len()) {
            // "La dirigente: «…»": the article tells the gender a role of both leaves open.
            let gender = role.gender.or(match article {
                Some("la" | "una") => Some(Gender::F),
                Some("il" | "lo" | "un" | "uno") => Some(Gender::M),
                _ => None,
            });
            return self.described(role.class, gender, &|_| true).map(Speaker::inferred).into_iter().collect();
        }
        // "Zanotti", "Van Hoeck", "Dell'Orto": the surname alone, whatever its words.
        let fits =
            |name: &[String]| name == lower || (!lower.is_empty() && name.len() > lower.len() && name.ends_with(lower));
        let mut found: Vec<Speaker> = Vec::new();
        for person in self.people.iter().filter(|p| fits(&p.name)) {
            if !found.iter().any(|f| f.id == person.speaker.id) {
                found.push(person.speaker.clone());
            }
        }
        found
    }

    /// The person met last, when nobody else of a compatible gender was met recently and no
    /// role of theirs is known: a role word can only be theirs if it is not another's.
    fn salient(&self, gender: Option<Gender>) -> Option<Speaker> {
        let compatible = |p: &&Person| p.agrees_with(gender);
        let recent: Vec<&Person> =
            self.people.iter().filter(compatible).filter(|p| p.seen + RECENT > self.clock).collect();
        match recent.as_slice() {
            [one] if one.classes.is_empty() && one.speaker.id.starts_with("name:") => Some(one.speaker.clone()),
            _ => None,
        }
    }

    /// Whether the gazetteer knows `speaker` as a state or a body, not a person.
    fn is_known_body(&self, speaker: &Speaker) -> bool {
        self.gazetteer.entity(&speaker.id).is_some_and(|e| e.kind != EntityKind::Person)
    }

    /// The person mentioned last, of `gender` if known, other than those in `except`.
    fn latest(&self, gender: Option<Gender>, except: &[String]) -> Option<Speaker> {
        self.people
            .iter()
            .filter(|p| p.agrees_with(gender))
            .filter(|p| !except.contains(&p.speaker.id))
            .max_by_key(|p| p.seen)
            .map(|p| p.speaker.clone())
    }

    /// The gender of what a candidate names, where the text shows it: a person's, else the
    /// article that opens it or stands right before it ("al Comune", "la relazione").
    fn gender_of(&self, candidate: &Candidate, lower: &[String]) -> Option<Gender> {
        let person = candidate.speaker.as_ref().and_then(|s| self.people.iter().find(|p| p.speaker.id == s.id));
        if let Some(gender) = person.and_then(|p| p.gender) {
            return Some(gender);
        }
        let (start, _) = candidate.words;
        // "del comitato Pendolari Val Corbera": a body named after its common noun is of the
        // noun's gender, the article's before it.
        let after_noun = (!candidate.person
            && start >= 2
            && article(&lower[start - 1]).is_none()
            && !PREPOSITIONS.contains(&lower[start - 1].as_str()))
        .then(|| start - 2);
        [Some(start), start.checked_sub(1), after_noun].into_iter().flatten().find_map(|at| {
            article(&lower[at]).filter(|a| !a.plural && a.joined != Some(Joined::Con)).and_then(|a| a.gender)
        })
    }

    /// The person met with id `id`, if their gender agrees with `gender`.
    fn person_of_gender(&self, id: &str, gender: Option<Gender>) -> Option<&Speaker> {
        self.people.iter().find(|p| p.speaker.id == id && p.agrees_with(gender)).map(|p| &p.speaker)
    }

    /// Whether `speaker` is who the sentence right before was about, named there as its subject
    /// ("La vedova, Paola Ranieri, ha lasciato il tribunale."), not merely presented by it.
    fn named_subject_before(&self, speaker: &Speaker) -> bool {
        self.subject_sentence + 1 == self.sentences_read
            && self.subject.as_ref().is_some_and(|(subject, _)| subject.id == speaker.id && !subject.inferred)
    }

    /// The last subject, if its gender agrees.
    fn subject_of_gender(&self, gender: Option<Gender>) -> Option<Speaker> {
        let (speaker, _) = self.subject.as_ref()?;
        let person = self.people.iter().find(|p| p.speaker.id == speaker.id)?;
        person.agrees_with(gender).then(|| speaker.clone())
    }

    /// The entities a gazetteer mention may mean, the one met last first (a shared surname,
    /// "Kim", means whoever the text named last), else the gazetteer's first.
    fn recent_entities(&self, mention: &Mention) -> Vec<usize> {
        let seen = |entity: usize| {
            let id = &self.gazetteer.entities[entity].id;
            self.people.iter().find(|p| p.speaker.id == *id).map_or(0, |p| p.seen)
        };
        let mut best: Option<(usize, usize)> = None;
        for &entity in &mention.entities {
            let when = seen(entity);
            if when > 0 && best.is_none_or(|(_, b)| when > b) {
                best = Some((entity, when));
            }
        }
        best.map(|(entity, _)| vec![entity]).unwrap_or_default()
    }

    /// The one person met whose country is `country` (a gazetteer entity) and whose gender is not
    /// other than `gender`: whom "lo spagnolo" describes; nobody when no one or several were met.
    /// A surname alone that a full name of theirs ends with is that person: "Lo sloveno Kranjc
    /// beffato" in a subhead, then "lo sloveno Matej Kranjc" in the body.
    fn of_country(&self, country: usize, gender: Option<Gender>) -> Option<Speaker> {
        let id = &self.gazetteer.entities[country].id;
        let of_it: Vec<&Person> = self.people.iter().filter(|p| p.speaker.country.as_ref() == Some(id)).collect();
        let surname_of_another =
            |p: &Person| p.name.len() == 1 && of_it.iter().any(|o| o.name.len() > 1 && o.name.last() == p.name.last());
        let mut found = of_it.iter().filter(|p| p.agrees_with(gender) && !surname_of_another(p));
        let person = found.next()?;
        found.next().is_none().then(|| person.speaker.clone())
    }

    /// Whom "il belga" stands for when nobody met is of that country: the one person of that
    /// gender named since the sentence before began ("Il migliore in campo è stato Pieter
    /// Vanderhaegen. Il belga ha detto…"), if the text gave them no country; else the subject of
    /// the sentence before, when it was named there as a subject and gave no country either.
    /// Nobody when two of that gender were named since, whatever their countries.
    fn of_unknown_country(&self, country: usize, gender: Option<Gender>) -> Option<Speaker> {
        let id = &self.gazetteer.entities[country].id;
        if self.people.iter().any(|p| p.speaker.country.as_ref() == Some(id)) {
            return None;
        }
        let recent = self.named_since_sentence_before(gender);
        let person = match recent.as_slice() {
            [one] => *one,
            _ => {
                let (subject, _) = self.subject.as_ref()?;
                let person = self.people.iter().find(|p| p.speaker.id == subject.id)?;
                (recent.is_empty() && self.named_subject_before(subject) && person.agrees_with(gender))
                    .then_some(person)?
            }
        };
        person.speaker.country.is_none().then(|| person.speaker.clone())
    }

    /// The people named in full or by surname since the sentence before began whose gender
    /// agrees with `gender`.
    fn named_since_sentence_before(&self, gender: Option<Gender>) -> Vec<&Person> {
        self.people
            .iter()
            .filter(|p| p.seen > self.sentence_clocks.0 && p.agrees_with(gender) && p.speaker.id.starts_with("name:"))
            .collect()
    }

    /// The pair of people named in the last two sentences, first and second, if any.
    fn recent_pair(&self) -> Option<(&Speaker, &Speaker)> {
        let (at, first, second) = self.pair.as_ref()?;
        (self.sentences_read - at <= 2).then_some((first, second))
    }

    /// Gives person `id` the country `country` when no country of theirs is known: "il belga
    /// Pieter Van Hoeck". Their speaker as it now is.
    fn of_nationality(&mut self, id: &str, country: usize) -> Speaker {
        let entity = &self.gazetteer.entities[country];
        let country = entity.country.clone().unwrap_or_else(|| entity.id.clone());
        let person = self.people.iter_mut().find(|p| p.speaker.id == id).expect("a person just met");
        person.speaker.country.get_or_insert(country);
        person.speaker.clone()
    }

    /// "i francesi": a country adjective used as a noun, right after an article.
    fn is_demonym(&self, lower: &[String], at: usize) -> bool {
        at > 0 && matches!(lower[at - 1].as_str(), "i" | "gli" | "le")
    }
}

/// What a description's complement names with capitals: a place or body after "di" ("il sindaco
/// di Roccafonda"), or anything, a portfolio included ("l'assessora ai Trasporti").
#[derive(Clone, Copy)]
pub(crate) struct Complement {
    /// A capitalised word right after "di", "del", "della"…
    pub place: bool,
    /// A capitalised word after "di" or after "a" with its article ("ai Trasporti"); not one
    /// after a bare "a", whom the words were said to ("lo studioso a Radio Valli").
    pub any: bool,
}

/// Nouns of a relation to someone: "la madre", "il collega" are somebody else.
const RELATIONS: &[&str] = &[
    "madre", "padre", "figlio", "figlia", "moglie", "marito", "fratello", "sorella", "nonno", "nonna", "zio", "zia",
    "vedova", "vedovo", "compagna", "compagno", "fidanzata", "fidanzato", "collega", "avversario", "avversaria",
    "rivale", "sfidante", "genitori", "cugino", "cugina", "nipote", "amico", "amica",
];

/// Words after which "il primo" or "il secondo" stands alone, for a person, not before a noun:
/// "Il secondo va oltre", "il primo ha replicato", "il secondo, invece".
const ORDINAL_FOLLOWERS: &[&str] =
    &["ha", "è", "era", "aveva", "va", "invece", "però", "non", "si", "ne", "poi", "rincara", "insiste", "replica"];

/// Demonstratives, which open a noun phrase: "quel ritardo", "questa scelta".
const DEMONSTRATIVES: &[&str] =
    &["quel", "quello", "quella", "quei", "quegli", "quelle", "questo", "questa", "questi", "queste"];

/// Titles of address written before a name, lower case: "monsignor Aurelio Castagnoli", "don
/// Emilio Marchiò", "suor Anna Ferri".
const TITLES: &[&str] = &[
    "monsignor", "monsignore", "mons", "don", "padre", "suor", "fra", "frate", "madre", "dottor", "dottoressa",
    "professor", "professoressa", "ingegner", "onorevole", "reverendo", "sir",
];

/// Whether an age in apposition follows word `end - 1`: ", 13 anni".
/// Where the article of a person's own common noun in apposition right before the name at word
/// `name` stands: "il grafologo Dario Menichetti", "il diplomatico ghanese Kwame Asante-Boadu"
/// (a noun, maybe an adjective, in lower case).
fn own_noun_before(text: &str, words: &[Word], lower: &[String], name: usize) -> Option<usize> {
    let plain = |k: usize| !words[k].is_capitalized(text) && words[k].text(text).chars().all(char::is_alphabetic);
    (2..=3).filter(|&back| name >= back).map(|back| name - back).find(|&article| {
        is_definite(&lower[article])
            && (article + 1..name).all(plain)
            && !PREPOSITIONS.contains(&lower[article + 1].as_str())
    })
}

fn aged(text: &str, words: &[Word], lower: &[String], end: usize) -> bool {
    end + 1 < words.len()
        && text[words[end - 1].span.end..words[end].span.start].contains(',')
        && lower[end].chars().all(|c| c.is_ascii_digit())
        && matches!(lower[end + 1].as_str(), "anni" | "anno")
}

/// The ids of whom the candidates from word `from` on name: a pronoun before them in their
/// sentence does not stand for them.
fn named_after(candidates: &[Candidate], from: usize) -> Vec<String> {
    candidates.iter().filter(|c| c.words.0 >= from).filter_map(|c| Some(c.speaker.as_ref()?.id.clone())).collect()
}

/// The article of the document noun at `k`: right before it, or before one modifier ("l'ultimo
/// rapporto", "la nuova circolare").
fn document_article(lower: &[String], k: usize) -> Option<usize> {
    // "È quanto emerge dall'esposto": a source's "da" with its article too.
    let article_at = |at: usize| {
        is_article(&lower[at])
            || is_in_the(&lower[at])
            || matches!(lower[at].as_str(), "dal" | "dallo" | "dalla" | "dall" | "dai" | "dagli" | "dalle")
    };
    let right_before = k.checked_sub(1).filter(|&at| article_at(at));
    right_before.or_else(|| {
        let modifier = k.checked_sub(1).filter(|&at| DOCUMENT_MODIFIERS.contains(&lower[at].as_str()))?;
        modifier.checked_sub(1).filter(|&at| article_at(at))
    })
}

/// The article, joined to a preposition, of a document a later relative clause says is read
/// ("si basa sulla perizia, acquisita a gennaio, nella quale si legge…"): the antecedent, governed
/// where it stands, that the clause's impersonal verb of reading takes up.
fn antecedent_article(lower: &[String], k: usize) -> Option<usize> {
    let article = k.checked_sub(1).filter(|&at| article_joined(&lower[at]))?;
    let gender = |word: &str| crate::articles::article(word).and_then(|a| a.gender);
    // "nella quale" agrees with its antecedent: not "studio" in "l'indagine dell'Osservatorio
    // sul diritto allo studio, nella quale…".
    let agrees = |at: usize| lower[at - 1] == "in" || gender(&lower[at - 1]) == gender(&lower[article]);
    let relative = (k + 1..lower.len().min(k + 1 + ANTECEDENT_REACH)).any(|at| {
        matches!(lower[at].as_str(), "quale" | "cui")
            && (is_in_the(&lower[at - 1]) || lower[at - 1] == "in")
            && agrees(at)
            && lower.get(at + 1).is_some_and(|w| w == "si")
    });
    relative.then_some(article)
}

/// How many words a body's name in quotation marks after its kind may have.
const QUOTED_NAME_WORDS: usize = 5;

/// How many words may stand between a document and the relative clause that reads it.
const ANTECEDENT_REACH: usize = 10;

/// Whether a word is an article joined to a preposition ("sulla", "dalla", "nella").
fn article_joined(word: &str) -> bool {
    crate::articles::article(word).is_some_and(|a| a.joined.is_some())
}

/// Whether an unnamed source names its department ("il ministero degli Esteri", "il ministero
/// delle Imprese e del made in Italy"): a body the text identifies, not "un funzionario".
fn named_department(speaker: &Speaker) -> bool {
    speaker.id.starts_with("source:")
        && speaker.name.split(|c: char| !c.is_alphanumeric()).skip(1).any(|w| w.starts_with(char::is_uppercase))
}

/// The gender of a noun that says only that someone is a person ("la donna", "l'uomo"): such a
/// description, like an age, stands for the one person of that gender just met.
fn person_noun(word: &str) -> Option<Gender> {
    match word {
        "donna" | "ragazza" | "signora" => Some(Gender::F),
        "uomo" | "ragazzo" => Some(Gender::M),
        _ => None,
    }
}

/// Whether `word` is a person's age as a noun: "45enne", "diciassettenne", "ottantenne".
fn is_age_noun(word: &str) -> bool {
    age_in_years(word).is_some()
}

/// Where the phrase that goes on at word `from` ends: the first word after a pause or a quotation
/// mark, at most `reach` words on (a role's words after its noun, "assessora ai Lavori pubblici").
fn pause_from(text: &str, words: &[Word], from: usize, reach: usize) -> usize {
    let last = words.len().min(from + reach);
    (from..last)
        .find(|&w| text[words[w - 1].span.end..words[w].span.start].contains([',', ':', ';', '«', '“', '"', '.', '(']))
        .unwrap_or(last)
}

/// The years an age noun says, in figures or in words: "34enne", "cinquantunenne" (51),
/// "ventitreenne" (23).
fn age_in_years(word: &str) -> Option<u16> {
    let years = word.strip_suffix("enne")?;
    if let Ok(years) = years.parse() {
        return Some(years);
    }
    const TEENS: [&str; 9] =
        ["undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"];
    const TENS: [&str; 8] = ["venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"];
    const UNITS: [&str; 10] = ["", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"];
    (11..100u16).find(|&n| {
        let number = match n {
            11..=19 => TEENS[usize::from(n - 11)].to_string(),
            _ => {
                let (tens, unit) = (TENS[usize::from(n / 10 - 2)], UNITS[usize::from(n % 10)]);
                // "ventuno", "trentotto": the tens lose their vowel before "uno" and "otto".
                match unit {
                    "uno" | "otto" => format!("{}{unit}", &tens[..tens.len() - 1]),
                    _ => format!("{tens}{unit}"),
                }
            }
        };
        // The number's last vowel gives way to "-enne", but for "tre" and "sei".
        let stem =
            if number.ends_with("tre") || number.ends_with("sei") { &number } else { &number[..number.len() - 1] };
        stem == years
    })
}

/// How many words may stand between a role and its bearer's name: the role's complements and an
/// apposition ("rappresentante speciale dell'Unione africana per i Grandi Laghi, la diplomatica
/// senegalese Aminata Ndiaye").
const ROLE_PHRASE_WORDS: usize = 12;

/// How many words a relative clause between a role and its bearer's name may have, "che" included.
const RELATIVE_WORDS: usize = 9;

/// Words that may stand between a document's article and its noun.
const DOCUMENT_MODIFIERS: &[&str] =
    &["ultimo", "ultima", "ultimi", "ultime", "nuovo", "nuova", "recente", "stesso", "stessa", "primo", "prima"];

/// Whether anything but a space or an elision stands between word `k` and the one before it.
fn quoted_or_spaced_apart(text: &str, words: &[Word], k: usize) -> bool {
    !matches!(&text[words[k - 1].span.end..words[k].span.start], " " | "'" | "’")
}

/// Whether word `k` is joined to the one before by more than a space (punctuation, a quotation
/// mark, a line): then it starts something else.
fn quoted_or_spaced(text: &str, words: &[Word], k: usize) -> bool {
    k > 0 && !matches!(&text[words[k - 1].span.end..words[k].span.start], " " | "’" | "'")
}
