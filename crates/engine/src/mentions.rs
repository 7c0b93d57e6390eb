//! Mentions: where a sentence names someone who could be speaking.
//!
//! Three sources, in order of trust: the gazetteer's names, epithets and metonyms (longest match
//! first; a surname shared by several people keeps all of them for [`crate::speakers`] to choose
//! from); unnamed sources of the kind news cites ("un funzionario americano", "i media statali
//! russi"), placed in a country by the adjective they carry; and runs of capitalised words that
//! the gazetteer does not know, so that a new name is kept as written rather than dropped.
//! A name right after a place noun ("piazza Kim Il Sung") is a place, not a person.

use std::collections::HashMap;

use crate::Span;
use crate::gazetteer::{EntityKind, Gazetteer};
use crate::words::Word;

/// Nouns that make the name after them a place or a thing named after someone.
const PLACE_NOUNS: &[&str] = &[
    "piazza", "via", "viale", "corso", "largo", "aeroporto", "università", "palazzo", "stadio", "ospedale", "ponte",
    "fondazione", "premio", "mausoleo", "museo", "teatro", "porto", "stazione",
];

/// Heads of the unnamed sources news cites.
pub(crate) const SOURCE_NOUNS: &[&str] = &[
    "funzionario", "funzionari", "funzionaria", "funzionarie", "portavoce", "media", "agenzia", "agenzie", "governo",
    "governi", "osservatori", "analisti", "esperti", "fonti", "fonte", "diplomatico", "diplomatici", "diplomatica",
    "ministero", "ministro", "ministra", "autorità", "dipartimento", "ambasciata", "ambasciatore", "militari",
    "leader", "dicastero",
];

/// The kinds of body a text names before their name ("l'associazione Note di Confine", "la
/// società Brenvitia Farmaceutici"), and later by the kind alone ("l'associazione parla di…").
pub(crate) const BODY_KINDS: &[&str] = &[
    "associazione", "società", "azienda", "gruppo", "cooperativa", "comitato", "federazione", "sindacato", "consorzio",
    "compagnia", "movimento",
];

/// Endings of the adjectives that qualify a body's noun inside its name ("la Federazione
/// ciclistica italiana", "l'Autorità portuale", "il Consorzio agricolo", "l'Unione montana").
pub(crate) const BODY_ADJECTIVE_ENDINGS: &[&str] = &[
    "ale", "ali", "ana", "ano", "ica", "ico", "ese", "ina", "ino", "ria", "rio", "ile", "ivo", "iva", "olo", "ola",
    "esco", "esca",
];

/// Whether `word` heads an unnamed source: a source noun, or a body's kind ("l'associazione").
pub(crate) fn is_source_noun(word: &str) -> bool {
    SOURCE_NOUNS.contains(&word) || BODY_KINDS.contains(&word)
}

/// Heads of unnamed sources that are people, who speak for a body rather than being one.
pub(crate) const PERSON_SOURCES: &[&str] = &[
    "funzionario", "funzionari", "funzionaria", "funzionarie", "portavoce", "fonte", "fonti", "diplomatico",
    "diplomatici", "diplomatica", "osservatori", "analisti", "esperti",
];

/// Words that may follow a source's head and belong to it.
const SOURCE_MODIFIERS: &[&str] = &[
    "statale", "statali", "ufficiale", "ufficiali", "governativo", "governativa", "governativi", "occidentale",
    "occidentali", "militare", "militari", "diplomatico", "diplomatici", "anonimo", "anonima", "anonimi", "alto",
    "alti", "di", "stampa", "esteri", "della", "difesa", "diplomatica", "diplomatiche", "europeo", "europea",
    "europei", "europee", "vicino", "vicini", "vicina", "vicine", "informate", "bene",
];

/// "di" and its forms with an article (and "d’"), which join a head to its complement: a
/// source's to its department, a government's to its country.
pub(crate) const OF: &[&str] = &["di", "del", "della", "dello", "dell", "dei", "degli", "delle", "d"];

/// "Da" alone or joined to an article: where a reply comes from, or a passive's agent ("presentata
/// dal Regno Unito").
pub(crate) const FROM: &[&str] = &["da", "dal", "dallo", "dalla", "dall", "dai", "dagli", "dalle"];

/// Kinds of outlet the press writes before an outlet's name ("l'agenzia Ansa", "il quotidiano
/// Haaretz"): a gazetteer entity of another kind with that name is a homonym.
const OUTLET_KINDS: &[&str] =
    &["agenzia", "quotidiano", "giornale", "emittente", "radio", "testata", "settimanale", "tv", "televisione"];

/// Words that may open a source ("un funzionario", "diversi governi").
const SOURCE_OPENERS: &[&str] = &[
    "un", "uno", "una", "il", "lo", "la", "i", "gli", "le", "l", "diversi", "diverse", "alcuni", "alcune", "molti",
    "vari", "numerosi", "alti", "altri", "due", "tre",
];

/// Prepositions, plain and with an article: a name after one is not the subject of a clause.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "di", "a", "da", "in", "con", "su", "per", "tra", "fra", "del", "dello", "della", "dei", "degli", "delle", "dell",
    "al", "allo", "alla", "ai", "agli", "alle", "all", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "dall", "nel",
    "nello", "nella", "nei", "negli", "nelle", "nell", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "sull", "col",
    "coi", "verso", "contro", "tramite", "presso", "durante", "oltre", "dopo", "senza", "sopra", "sotto", "dentro",
    "fuori", "entro", "circa", "riguardo", "insieme", "attraverso",
];

/// Capitalised words that open sentences and are never names, besides articles joined to a
/// preposition ("Dalla Regione Veneto fanno sapere…": see [`not_a_name`]).
const NOT_NAMES: &[&str] = &[
    "il", "lo", "la", "i", "gli", "le", "l", "un", "una", "uno", "nel", "nella", "nei", "negli", "del", "della", "al",
    "questa", "questo", "ma", "e", "se", "secondo", "per", "in", "a", "da", "con", "su", "dopo", "prima", "oggi",
    "ieri", "egli", "ella", "lui", "lei", "ciò", "non", "anche", "insieme", "mentre", "dove", "quando", "come", "che",
    "così", "poi", "intanto", "invece", "infine", "ora", "allora", "quindi", "però", "inoltre", "sempre", "già",
];

/// Whether a capitalised word that opens a sentence is never a name: one of [`NOT_NAMES`], or an
/// article joined to a preposition ("Dalla", "Sui"), unless elided, which opens surnames too
/// ("Dall'Ara", "Dell'Orso").
pub(crate) fn not_a_name(word: &str) -> bool {
    NOT_NAMES.contains(&word) || crate::articles::article(word).is_some() && !word.ends_with('l')
}

/// Particles that open a surname when capitalised inside a name ("Lo Bue", "De Santis").
pub(crate) const NAME_PARTICLES_CAPITALISED: &[&str] = &[
    "lo", "la", "le", "li", "de", "di", "del", "della", "dei", "da", "dal", "dalla", "van", "von", "der", "den", "mac",
    "ben", "bin", "el", "al", "d",
];

/// Particles elided before a surname's vowel, capitalised: "Dall'Orso", "D'Amico", "Dell'Acqua".
const ELIDED_PARTICLES: &[&str] = &["d", "dall", "dell", "del", "de", "l", "sant"];

/// Particles that stay lower case inside a name ("Joost van Aerle") and are no Italian word.
pub(crate) const NAME_PARTICLES_LOWER: &[&str] =
    &["van", "von", "der", "den", "de", "du", "dos", "das", "ter", "ten", "bin", "ibn"];

/// How a mention names its referent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// A name or alias from the gazetteer.
    Name,
    /// A description that stands for a person.
    Epithet,
    /// A city or building standing for a country's government.
    Metonym,
    /// A country adjective (never a speaker by itself).
    Adjective,
    /// An unnamed source.
    Source,
    /// Capitalised words the gazetteer does not know.
    Unknown,
}

/// A mention of someone in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mention {
    /// The words that name them (for a source, with its opening article).
    pub span: Span,
    /// First word, and one past the last, in the sentence's words.
    pub words: (usize, usize),
    /// Gazetteer entities it may mean, best first; empty for sources and unknown names.
    pub entities: Vec<usize>,
    /// The country of an unnamed source.
    pub country: Option<usize>,
    /// How it names them.
    pub form: Form,
    /// Whether a preposition comes right before it ("di Putin", "a Pyongyang").
    pub after_preposition: bool,
}

struct Pattern {
    words: Vec<String>,
    /// Whether each word must be capitalised in the text (names), or may be either (epithets).
    capitalised: Vec<bool>,
    entities: Vec<usize>,
    form: Form,
}

/// Adjectives that make a country's body one of a region or a town ("la Protezione civile
/// regionale", "la Polizia locale").
const LOCAL_LEVELS: &[&str] =
    &["regionale", "regionali", "provinciale", "provinciali", "comunale", "comunali", "locale", "locali", "municipale"];

/// The gazetteer's surface forms, indexed by their first word.
pub(crate) struct Lexicon {
    patterns: HashMap<String, Vec<Pattern>>,
    adjective_country: HashMap<String, usize>,
    /// The country of each body that has one, by entity index: "la Guardia costiera ellenica" is
    /// not the Italian one.
    body_country: HashMap<usize, usize>,
    /// The lower-case words of each entity's Italian role ("agenzia di stampa italiana"), by
    /// entity index.
    role_words: Vec<Vec<String>>,
    /// Given names and role nouns, for the names and descriptions the gazetteer lacks.
    pub language: crate::lexicon_data::Language,
}

impl Lexicon {
    pub fn new(gazetteer: &Gazetteer) -> Lexicon {
        let mut lexicon = Lexicon {
            patterns: HashMap::new(),
            adjective_country: HashMap::new(),
            body_country: HashMap::new(),
            role_words: gazetteer
                .entities
                .iter()
                .map(|e| e.role_it.as_deref().map(split).unwrap_or_default().iter().map(|w| w.to_lowercase()).collect())
                .collect(),
            language: crate::lexicon_data::Language::new(),
        };
        let index_of: HashMap<&str, usize> =
            gazetteer.entities.iter().enumerate().map(|(index, e)| (e.id.as_str(), index)).collect();
        for (index, entity) in gazetteer.entities.iter().enumerate() {
            for alias in &entity.aliases {
                lexicon.add(alias, index, Form::Name, true);
            }
            for epithet in &entity.epithets {
                lexicon.add(epithet, index, Form::Epithet, false);
            }
            for metonym in &entity.metonyms {
                lexicon.add(metonym, index, Form::Metonym, true);
            }
            if entity.kind == EntityKind::Body
                && let Some(&country) = entity.country.as_deref().and_then(|c| index_of.get(c))
            {
                lexicon.body_country.insert(index, country);
            }
            if entity.kind == EntityKind::Country {
                for adjective in &entity.adjectives {
                    lexicon.add(adjective, index, Form::Adjective, false);
                    lexicon.adjective_country.insert(adjective.to_lowercase(), index);
                }
            }
        }
        for patterns in lexicon.patterns.values_mut() {
            patterns.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        lexicon
    }

    fn add(&mut self, surface: &str, entity: usize, form: Form, names: bool) {
        let surface_words = split(surface);
        let Some(first) = surface_words.first() else {
            return;
        };
        let lower: Vec<String> = surface_words.iter().map(|w| w.to_lowercase()).collect();
        let patterns = self.patterns.entry(first.to_lowercase()).or_default();
        if let Some(existing) = patterns.iter_mut().find(|p| p.words == lower && p.form == form) {
            if !existing.entities.contains(&entity) {
                existing.entities.push(entity);
            }
            return;
        }
        let capitalised =
            surface_words.iter().map(|w| names && w.chars().next().is_some_and(char::is_uppercase)).collect();
        patterns.push(Pattern { words: lower, capitalised, entities: vec![entity], form });
    }

    /// The mentions among `words` of `text` (`lower`: each in lower case), in order, none
    /// overlapping. `opening` is the sentence's first word of its own, past a wire dateline
    /// ("ROMA, 3 MAR - Al microfono…"): capitalised anyway, as a sentence's first word is.
    pub fn mentions(&self, text: &str, words: &[Word], lower: &[String], opening: usize) -> Vec<Mention> {
        let mut mentions = Vec::new();
        let mut i = 0;
        while i < words.len() {
            // "piazza Kim Il Sung", not "il direttore del museo, Ettore Giunchi".
            let after_place = i > 0
                && PLACE_NOUNS.contains(&lower[i - 1].as_str())
                && text[words[i - 1].span.end..words[i].span.start] == *" ";
            // "Kim Dong-hyun", "Italia Viva": a one-word name the gazetteer knows, followed by a
            // capitalised word it does not, is part of another name.
            let swallowed = |m: &Mention| {
                let next = m.words.1;
                m.words.1 - m.words.0 == 1
                    && next < words.len()
                    && text[words[next - 1].span.end..words[next].span.start] == *" "
                    && words[next].is_capitalized(text)
                    && words[next].text(text).chars().all(char::is_alphabetic)
                    && !not_a_name(&lower[next])
                    && self.match_at(text, words, lower, next).is_none()
            };
            // "la Guardia costiera ellenica": a country's body named by another country's
            // adjective is that other country's, not the gazetteer's; "la Protezione civile
            // regionale", by an adjective of a region or a town, is a local one.
            let local = |m: &Mention| {
                let next = m.words.1;
                next < words.len()
                    && LOCAL_LEVELS.contains(&lower[next].as_str())
                    && m.entities.iter().all(|e| self.body_country.contains_key(e))
            };
            let foreign = |m: &Mention| {
                let next = m.words.1;
                next < words.len()
                    && self.adjective_country.get(&lower[next]).is_some_and(|&adjective| {
                        m.entities.iter().all(|e| self.body_country.get(e).is_some_and(|&home| home != adjective))
                    })
                    || local(m)
            };
            let matched = self.match_at(text, words, lower, i);
            // A local body is named as written, with its level: "la Protezione civile regionale
            // ha diramato un avviso" is that body, whom no list knows.
            if let Some(m) = matched.as_ref().filter(|m| m.form == Form::Name && !after_place && local(m)) {
                let end = m.words.1 + 1;
                mentions.push(Mention {
                    span: Span::new(m.span.start, words[end - 1].span.end),
                    words: (m.words.0, end),
                    entities: Vec::new(),
                    country: None,
                    form: Form::Unknown,
                    after_preposition: false,
                });
                i = end;
                continue;
            }
            let found = matched
                // "via Roma", "piazza Venezia": a capital after a place noun names a street.
                .filter(|m| !(after_place && matches!(m.form, Form::Name | Form::Metonym)))
                .filter(|m| !(m.form == Form::Name && foreign(m)))
                // "Sofia Marangoni": a capital that is also a given name, the same way.
                .filter(|m| {
                    let given = m.form == Form::Metonym && self.language.given_name(words[i].text(text)).is_some();
                    !((m.form == Form::Name || given) && swallowed(m))
                });
            if let Some(mention) = found.or_else(|| self.source_at(text, words, lower, i)) {
                i = mention.words.1;
                mentions.push(mention);
            } else if let Some(mention) = unknown_name_at(
                text,
                words,
                lower,
                (i, opening),
                |k| self.match_at(text, words, lower, k).is_some_and(|m| matches!(m.form, Form::Name | Form::Metonym)),
                |word| self.language.is_body(word),
                |word| self.language.given_name(word).is_some(),
            )
            .filter(|_| !after_place)
            {
                i = mention.words.1;
                mentions.push(mention);
            } else if i > 0
                && self.language.is_lower_case_body(&lower[i])
                && crate::articles::article(&lower[i - 1]).is_some()
                && !words[i].is_capitalized(text)
            {
                // "la questura ha parlato di…": a body whose noun means nothing else, in lower case.
                mentions.push(Mention {
                    span: words[i].span,
                    words: (i, i + 1),
                    entities: Vec::new(),
                    country: None,
                    form: Form::Unknown,
                    after_preposition: false,
                });
                i += 1;
            } else if after_place && words[i].is_capitalized(text) {
                // "piazza Kim Il Sung": the whole name after a place noun is the place's (not one
                // after a word between: "l'Università di Salamanca Javier Montoro").
                i += 1;
                while i < words.len()
                    && words[i].is_capitalized(text)
                    && text[words[i - 1].span.end..words[i].span.start] == *" "
                {
                    i += 1;
                }
            } else {
                i += 1;
            }
        }
        for mention in &mut mentions {
            let (start, _) = mention.words;
            mention.after_preposition = start > 0 && PREPOSITIONS.contains(&lower[start - 1].as_str());
        }
        mentions
    }

    fn match_at(&self, text: &str, words: &[Word], lower: &[String], i: usize) -> Option<Mention> {
        let pattern = self.patterns.get(&lower[i])?.iter().find(|p| {
            i + p.words.len() <= words.len()
                && p.words
                    .iter()
                    .enumerate()
                    .all(|(k, w)| lower[i + k] == *w && (!p.capitalised[k] || words[i + k].is_capitalized(text)))
        })?;
        let end = i + pattern.words.len();
        // "l'agenzia Anp" is the Dutch news agency, not the Palestinian Authority: a kind of
        // outlet right before a name keeps only the entities of that kind.
        let mut entities = pattern.entities.clone();
        if i > 0
            && OUTLET_KINDS.contains(&lower[i - 1].as_str())
            && text[words[i - 1].span.end..words[i].span.start] == *" "
        {
            entities.retain(|&e| self.role_words[e].contains(&lower[i - 1]));
            if entities.is_empty() {
                return None;
            }
        }
        Some(Mention {
            span: Span::new(words[i].span.start, words[end - 1].span.end),
            words: (i, end),
            entities,
            country: None,
            form: pattern.form,
            after_preposition: false,
        })
    }

    /// The end of a department's second half written in lower case, from the "e" at `and`
    /// ("delle Imprese e del made in Italy", "delle Infrastrutture e dei trasporti"): a few words
    /// after the "e" and its "di", up to a pause, after a capitalised first half.
    fn lower_case_department(&self, text: &str, words: &[Word], lower: &[String], and: usize) -> Option<usize> {
        let joined = lower[and] == "e" && and > 0 && words[and - 1].is_capitalized(text);
        if !joined || !lower.get(and + 1).is_some_and(|w| OF.contains(&w.as_str())) {
            return None;
        }
        // Where the name ends: a pause, or the verb it is the subject of.
        let pause = |k: usize| {
            k >= words.len()
                || text[words[k - 1].span.end..words[k].span.start].contains([',', ';', ':', '.'])
                || matches!(lower[k].as_str(), "ha" | "hanno" | "aveva" | "che")
                || self.language.speech_at(crate::lexicon_data::Speech::Finite, &lower[k..]).is_some()
                // "al ministero delle Imprese e del made in Italy di convocare…": a complement
                // of the sentence's opens.
                || matches!(lower[k].as_str(), "di" | "per" | "a" | "da" | "con" | "su")
                // "Dal ministero delle Imprese e del made in Italy un portavoce…": an article
                // opens the next noun phrase.
                || crate::articles::is_article(&lower[k])
        };
        (and + 3..=(and + 5).min(words.len())).find(|&k| pause(k)).filter(|&k| {
            (and + 2..k).all(|w| {
                words[w].text(text).chars().all(char::is_alphabetic) && !crate::articles::is_article(&lower[w])
            })
        })
    }

    /// An unnamed source starting at word `i`: `[opener] head [modifiers…]`.
    fn source_at(&self, text: &str, words: &[Word], lower: &[String], i: usize) -> Option<Mention> {
        let opener = SOURCE_OPENERS.contains(&lower[i].as_str()) as usize;
        let head = i + opener;
        if head >= words.len() || !is_source_noun(&lower[head]) || words[head].is_capitalized(text) && head > 0 {
            return None;
        }
        // "ha chiesto per via diplomatica": without an opener, a head that is also an adjective
        // qualifies the word before it.
        let adjective = opener == 0
            && matches!(lower[head].as_str(), "diplomatico" | "diplomatica" | "diplomatici")
            && head > 0
            && !words[head - 1].is_capitalized(text)
            && text[words[head - 1].span.end..words[head].span.start] == *" ";
        // "la scuola media di Pontesecco", "la classe media": "media" right after a noun is an
        // adjective; after a preposition ("secondo media locali", "dai media") it is the press.
        let adjective_media = opener == 0
            && lower[head] == "media"
            && head > 0
            && !words[head - 1].is_capitalized(text)
            && text[words[head - 1].span.end..words[head].span.start] == *" "
            && !PREPOSITIONS.contains(&lower[head - 1].as_str())
            && !OF.contains(&lower[head - 1].as_str())
            && !matches!(
                lower[head - 1].as_str(),
                "secondo" | "e" | "i" | "dei" | "ai" | "dai" | "sui" | "nei" | "coi"
            );
        if adjective || adjective_media {
            return None;
        }
        // "il leader russo" is an epithet of the gazetteer before it is an unnamed source.
        if self.match_at(text, words, lower, head).is_some() {
            return None;
        }
        let mut end = head + 1;
        let mut country = None;
        while end < words.len() {
            let joined = OF.contains(&lower[end - 1].as_str());
            if words[end].is_capitalized(text) {
                // "il ministero degli Esteri", "il dipartimento di Stato": one capitalised word
                // after "di" names the department of a body (a person's role phrase, "il
                // ministro degli Esteri giapponese", is the discourse's to read), unless the
                // gazetteer knows it ("il ministero della Russia") or a name goes on after it.
                // A person's department is the body they speak for, a name of its own: "una
                // fonte della Procura di Siena" is a source and the Procura.
                // Not after a body's kind: "l'azienda di Borgonure" is where the company is.
                let department = joined
                    && !PERSON_SOURCES.contains(&lower[head].as_str())
                    && !BODY_KINDS.contains(&lower[head].as_str())
                    && self.language.role_at(&lower[head..]).is_none()
                    && self.match_at(text, words, lower, end).is_none()
                    && words.get(end + 1).is_none_or(|next| !next.is_capitalized(text));
                if !department {
                    break;
                }
            } else if lower[end] == "e"
                && words[end - 1].is_capitalized(text)
                && end + 2 < words.len()
                && OF.contains(&lower[end + 1].as_str())
                && words[end + 2].is_capitalized(text)
                && words.get(end + 3).is_none_or(|next| !next.is_capitalized(text))
            {
                // "il ministero delle Infrastrutture e dei Trasporti": a department of two.
                end += 3;
                continue;
            } else if lower[end] == "in"
                && words[end - 1].is_capitalized(text)
                && words.get(end + 1).is_some_and(|next| next.is_capitalized(text))
                && self.match_at(text, words, lower, end + 1).is_none()
            {
                // "il ministero delle Imprese e del Made in Italy": "in" inside the department's
                // name, not a place the gazetteer knows ("il ministero degli Esteri in Francia").
                end += 2;
                continue;
            } else if let Some(last) = self.lower_case_department(text, words, lower, end) {
                end = last;
                continue;
            } else if let Some(&c) = self.adjective_country.get(&lower[end]) {
                country = Some(c);
            } else if !SOURCE_MODIFIERS.contains(&lower[end].as_str()) && !OF.contains(&lower[end].as_str()) {
                break;
            }
            end += 1;
        }
        // "di", "della" only inside a source: never at its end.
        while end > head + 1
            && (PREPOSITIONS.contains(&lower[end - 1].as_str()) || OF.contains(&lower[end - 1].as_str()))
        {
            end -= 1;
        }
        // "il ministro Rossi", "l’agenzia TASS": a source followed by a name is that name.
        if end < words.len()
            && words[end].is_capitalized(text)
            && text[words[end - 1].span.end..words[end].span.start] == *" "
        {
            return None;
        }
        // "leader" alone is too vague to be a source.
        if lower[head] == "leader" && country.is_none() {
            return None;
        }
        Some(Mention {
            span: Span::new(words[i].span.start, words[end - 1].span.end),
            words: (i, end),
            entities: Vec::new(),
            country,
            form: Form::Source,
            after_preposition: false,
        })
    }
}

/// Capitalised words that the gazetteer does not know: two or more, or one inside a sentence.
fn unknown_name_at(
    text: &str,
    words: &[Word],
    lower: &[String],
    (i, opening): (usize, usize),
    known_at: impl Fn(usize) -> bool,
    is_body: impl Fn(&str) -> bool,
    is_given: impl Fn(&str) -> bool,
) -> Option<Mention> {
    let is_name_word = |k: usize| {
        words[k].is_capitalized(text) && words[k].text(text).chars().all(char::is_alphabetic) && !not_a_name(&lower[k])
    };
    if !is_name_word(i) {
        return particle_surname(text, words, lower, (i, opening), &known_at, &is_given);
    }
    // Words of one name are joined by a space or a hyphen ("Delorme-Ricard"), or by the line
    // break of copy wrapped by width ("Thandiwe\nPhiri"), and a surname may open with a particle
    // ("Salvatore Lo Bue", "Pieter Van Hoeck", "Maria De Santis").
    // "Daniel K. Whitmore": an initial's full stop joins it to the next word as a space does.
    let initial = |k: usize| {
        let mut letters = words[k - 1].text(text).chars();
        letters.next().is_some_and(char::is_uppercase) && letters.next().is_none()
    };
    let joined = |k: usize| match &text[words[k - 1].span.end..words[k].span.start] {
        " " | "-" | "\n" => true,
        ". " | ".\n" => initial(k),
        _ => false,
    };
    // "Joost van Aerle": a particle may be lower case inside a name, never at its start.
    let particle = |k: usize| {
        let listed = if words[k].is_capitalized(text) {
            NAME_PARTICLES_CAPITALISED.contains(&lower[k].as_str())
        } else {
            k > i && NAME_PARTICLES_LOWER.contains(&lower[k].as_str())
        };
        listed && k + 1 < words.len() && is_name_word(k + 1) && joined(k + 1)
    };
    let between = |k: usize| &text[words[k - 1].span.end..words[k].span.start];
    // "Han Ji-woo": a hyphen joins a lower-case syllable to the name word before it.
    let hyphenated = |k: usize| {
        between(k) == "-" && !words[k].is_capitalized(text) && words[k].text(text).chars().all(char::is_alphabetic)
    };
    // "Pietro Dall'Orso", "Lucia D'Amico": an elided particle opens the surname.
    let elided = |k: usize| {
        matches!(between(k), "'" | "’") && ELIDED_PARTICLES.contains(&lower[k - 1].as_str()) && is_name_word(k)
    };
    let mut end = i + 1;
    // A sentence's first word is capitalised anyway: a name the gazetteer knows after it starts a
    // mention of its own ("Mercoledì Putin", "Mercoledì la Russia").
    while end < words.len()
        && ((joined(end) && (is_name_word(end) || particle(end))) || hyphenated(end) || elided(end))
        // Not a given name, though ("Andrea Colombo ha diretto…": no Sri Lanka).
        && !(i == opening && known_at(end) && !is_given(words[i].text(text)))
    {
        end += 1;
    }
    // "il Consorzio agricolo Val Sorna", "l'Unione montana Valle Serena": a body's kind, one
    // adjective in lower case and the place's name are one name; not a person's name after it
    // ("l'Autorità portuale Alfredo Marzano": the president, named after the body).
    let kind = end == i + 1 && (is_body(&lower[i]) || BODY_KINDS.contains(&lower[i].as_str()));
    let adjective = |k: usize| {
        !words[k].is_capitalized(text)
            && lower[k].chars().all(char::is_alphabetic)
            && BODY_ADJECTIVE_ENDINGS
                .iter()
                .any(|ending| lower[k].len() > ending.len() + 2 && lower[k].ends_with(ending))
            // "-ica" ends verbs of saying as often ("critica", "replica").
            && !lower[k].ends_with("ica")
    };
    if kind
        && end + 1 < words.len()
        && joined(end)
        && adjective(end)
        && joined(end + 1)
        && is_name_word(end + 1)
        && !is_given(words[end + 1].text(text))
    {
        end += 2;
        while end < words.len() && joined(end) && (is_name_word(end) || hyphenated(end)) {
            end += 1;
        }
    }
    // "l'associazione Terra e Fiumi", "l'associazione Studenti in Movimento": after a body's kind,
    // two single words joined by "e" or a preposition of place or of belonging are one name (not
    // "di", which says where the body is: "la cooperativa Sole di Pesaro").
    let after_kind = i > 0 && BODY_KINDS.contains(&lower[i - 1].as_str()) && !words[i - 1].is_capitalized(text);
    if after_kind
        && end == i + 1
        && lower.get(end).is_some_and(|w| {
            matches!(w.as_str(), "e" | "in" | "nel" | "nella" | "del" | "della" | "dei" | "delle" | "per")
        })
        && end + 1 < words.len()
        && is_name_word(end + 1)
        && !known_at(end + 1)
        && !is_given(words[end + 1].text(text))
        && words.get(end + 2).is_none_or(|next| !next.is_capitalized(text))
    {
        end += 2;
    }
    // "Ultras Biancoverdi 1978", "Ponteverde Calcio 1912": a year right after a name of two
    // words or more that opens with no given name, the year a club was founded, is part of it.
    let year = |k: usize| {
        let word = words[k].text(text);
        word.len() == 4 && word.parse::<u16>().is_ok_and(|year| (1800..=2030).contains(&year))
    };
    if end - i >= 2
        && end < words.len()
        && between(end) == " "
        && year(end)
        && !is_given(words[i].text(text))
        && words
            .get(end + 1)
            .is_none_or(|next| between(end + 1) != " " || !next.text(text).starts_with(|c: char| c.is_ascii_digit()))
    {
        end += 1;
    }
    // "dell'Università di Salamanca Javier Montoro": a place after "di" and the full name of a
    // person after it are two runs; the last given name with a surname after it opens the second.
    if i > 0 && matches!(lower[i - 1].as_str(), "di" | "del" | "della" | "dello" | "dell") && end - i >= 3 {
        let person = (i + 1..end - 1).rev().find(|&k| {
            (2..=3).contains(&(end - k))
                && is_given(words[k].text(text))
                && !crate::discourse::SAINT_TITLES.contains(&lower[k - 1].as_str())
                && text[words[k - 1].span.end..words[k].span.start] == *" "
        });
        if let Some(k) = person {
            end = k;
        }
    }
    if end - i < 2 && i == opening {
        return None;
    }
    // "Dall'Enac un portavoce fa sapere…": an elided preposition opening the sentence, a name
    // and then an article is where the words come from, not a surname ("Dall'Ara ha detto");
    // so is one before a body's common noun ("Dal Comune, che sostiene il premio, l'assessora…",
    // not "Dal Bosco").
    let preposition = i == opening
        && crate::articles::article(&lower[i]).is_some_and(|a| a.joined.is_some())
        && (lower.get(end).is_some_and(|w| crate::articles::is_article(w))
            || end - i > 1 && is_body(&lower[i + 1])
            // "Dal Sokół Wierzbin fanno sapere…": nor before a name of two words or more with no
            // given name, which a surname with its particle is not ("Dal Molin", "Del Piero").
            || end - i >= 3 && (i + 1..end).all(|k| !is_given(words[k].text(text))));
    if preposition {
        return None;
    }
    Some(Mention {
        span: Span::new(words[i].span.start, words[end - 1].span.end),
        words: (i, end),
        entities: Vec::new(),
        country: None,
        form: Form::Unknown,
        after_preposition: false,
    })
}

/// "Della Valle ha detto…", "Dalla Chiesa aveva scritto…": a sentence opened by a preposition
/// joined to its article, then capitalised words the gazetteer does not know and no given name,
/// then an auxiliary, is a surname with its particle, the subject of the verb: "Dalla Regione"
/// would be where the words come from, and a verb in the singular would have no subject.
fn particle_surname(
    text: &str,
    words: &[Word],
    lower: &[String],
    (i, opening): (usize, usize),
    known_at: &impl Fn(usize) -> bool,
    is_given: &impl Fn(&str) -> bool,
) -> Option<Mention> {
    let joined_preposition = crate::articles::article(&lower[i]).is_some_and(|a| a.joined.is_some());
    if i != opening || !joined_preposition || !words[i].is_capitalized(text) {
        return None;
    }
    let name_word = |k: usize| {
        k < words.len()
            && words[k].is_capitalized(text)
            && words[k].text(text).chars().all(char::is_alphabetic)
            && text[words[k - 1].span.end..words[k].span.start] == *" "
            && !known_at(k)
            && !is_given(words[k].text(text))
    };
    let mut end = i + 1;
    while end < i + 3 && name_word(end) {
        end += 1;
    }
    let auxiliary = lower.get(end).is_some_and(|w| matches!(w.as_str(), "ha" | "aveva" | "avrebbe"));
    (end > i + 1 && auxiliary).then(|| Mention {
        span: Span::new(words[i].span.start, words[end - 1].span.end),
        words: (i, end),
        entities: Vec::new(),
        country: None,
        form: Form::Unknown,
        after_preposition: false,
    })
}

fn split(surface: &str) -> Vec<&str> {
    surface.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}
