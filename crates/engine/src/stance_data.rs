//! The curated knowledge behind the stance comparison, read from three data files: the topics
//! (`data/topics.txt`), the stance lexicon (`data/stance-lexicon.txt`) and the overrides
//! (`data/stance-overrides.txt`). Each file documents its own format at its top. Reading never
//! fails: what cannot be used is reported and skipped.

use crate::header::lines;
use crate::{Diagnostic, Span};

/// A topic of the story.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Topic {
    /// Stable id (`sanctions`).
    pub id: String,
    /// Name in Italian.
    pub name_it: String,
    /// Name in English.
    pub name_en: String,
    /// The proposition a country can be for or against, in Italian ("Le sanzioni dell’ONU alla
    /// Corea del Nord vanno mantenute"): what "supports" and "opposes" mean in its column.
    pub claim_it: String,
    /// The proposition, in English.
    pub claim_en: String,
    /// Word stems and phrases that name it, lower case.
    pub terms: Vec<String>,
    /// Stems and phrases for what it stands against: opposing them is supporting the topic.
    pub against: Vec<String>,
    /// Whether its proposition condemns or stops what its words name, so they were turned into
    /// what it stands against (`[claim-against]` in the lexicon).
    pub turned: bool,
    /// The words of what a proposition headed by a stop stops ("Il divieto di esportare terre
    /// rare…": "terre rare"), copied to `against`: stopping them is the topic's own act, and
    /// asking for them opposes it; the stop's own words ("divieto") are only the topic's.
    pub stopped: Vec<String>,
    /// The words of a turned topic that name a stop itself ("moratoria" in "…va sospesa con una
    /// moratoria"): though turned with the others, the stop is the topic's act, not what it
    /// stands against.
    pub acts: Vec<String>,
}

/// Where an actor stands on a topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Stance {
    /// For it.
    Supports,
    /// Against it.
    Opposes,
    /// Worried by it.
    Concerned,
    /// Both for and against, in different statements.
    Mixed,
    /// Declared itself neutral on it: equidistant, abstaining, taking no side.
    Neutral,
}

impl Stance {
    /// Every stance, in the order the legend lists them.
    pub const ALL: [Stance; 5] = [Stance::Supports, Stance::Opposes, Stance::Concerned, Stance::Mixed, Stance::Neutral];

    /// `supports`, `opposes`, `concerned`, `mixed`, `neutral`.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Opposes => "opposes",
            Stance::Concerned => "concerned",
            Stance::Mixed => "mixed",
            Stance::Neutral => "neutral",
        }
    }

    fn from_key(key: &str) -> Option<Stance> {
        Stance::ALL.into_iter().find(|s| s.as_str() == key)
    }
}

/// A curated correction of one cell, with the words that justify it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Override {
    /// The actor's gazetteer id.
    pub actor: String,
    /// The topic's id.
    pub topic: String,
    /// The stance it sets.
    pub stance: Stance,
    /// The document the evidence is in.
    pub doc: String,
    /// The evidence, verbatim.
    pub evidence: String,
    /// Why, for the reader.
    pub note: String,
}

/// Topics, stance words and overrides.
#[derive(Debug, Clone, Default)]
pub struct StanceData {
    /// The topics, in column order.
    pub topics: Vec<Topic>,
    /// Stems and phrases by the stance they signal: supports, opposes, concerned.
    pub cues: Vec<(Stance, String)>,
    /// Words of a topic's proposition that say what it is ("vincolante" of "La sentenza … è
    /// vincolante"), each with its topic: said of that topic, support.
    pub echoes: Vec<(String, usize)>,
    /// Verbs that make a sentence a statement without a stance word.
    pub statement_verbs: Vec<String>,
    /// Requests ("chiede", "invita"): support of what is asked; not asking ("senza chiederne il
    /// ritiro") is no side.
    pub requests: Vec<String>,
    /// Verbs of acts that take a position (signing, protesting, vetoing, summoning an ambassador).
    pub acts: Vec<String>,
    /// Words that flip support and opposition right after them.
    pub negations: Vec<String>,
    /// Words that make a clause a condition ("a condizione che", "purché"), which takes no side.
    pub conditions: Vec<String>,
    /// Words for "any" ("qualsiasi"): with an obligation in their clause ("qualsiasi
    /// cooperazione deve conformarsi…") they make it a condition.
    pub any_words: Vec<String>,
    /// Forms of obligation ("deve", "dovrà").
    pub obligations: Vec<String>,
    /// Words of a vote ("ha votato", "si è astenuta"): a vote that names no topic is about what
    /// was last put to the vote.
    pub votes: Vec<String>,
    /// Generic nouns that refer back to the actor just named ("l'organizzazione", "il Paese").
    pub anaphors: Vec<String>,
    /// Words that deny a fact ("ha negato di"): no side on the topic the fact is about.
    pub denials: Vec<String>,
    /// Words that keep the writer's distance from the next word ("il cosiddetto").
    pub irony: Vec<String>,
    /// Words that ask about a matter without a side on it ("ha chiesto chiarimenti sulle…").
    pub inquiries: Vec<String>,
    /// Words of doing no more than something ("si è limitato a ringraziare"): their clause takes
    /// no side, but a concern expressed that way is still one.
    pub restraints: Vec<String>,
    /// Words that undo the negation before them ("non ha mai nascosto il proprio sostegno").
    pub litotes: Vec<String>,
    /// Verbs that say what their object is ("ha definito le sanzioni ingiustificate"): a
    /// participle right after the object is their judgement, not the object's adjective.
    pub predicatives: Vec<String>,
    /// Words that say the speaker means the opposite of their words ("ha replicato con ironia"):
    /// the stance words they quote take no side.
    pub mockery: Vec<String>,
    /// Words that, after a contrast in the actor's own clause, voice a reservation about what
    /// it supported ("condivide l'obiettivo, ma giudica dieci anni «eccessivi»"): both sides.
    pub reservations: Vec<String>,
    /// Words of a role that speaks for its state (ministro, portavoce, ambasciatore).
    pub voices: Vec<String>,
    /// Words of an organ that speaks for the body or state named right after it, and only then
    /// ("il Consiglio di pace e sicurezza dell'Unione africana").
    pub organs: Vec<String>,
    /// Words of a role that does not, whatever else it says (opposizione, ex, analista).
    pub not_voices: Vec<String>,
    /// Words of a proposition that condemn or stop what it names ("va condannato", "devono
    /// cessare"): the topic's words are then what it stands against.
    pub claim_against: Vec<String>,
    /// Nouns of a stop that may head a proposition's subject besides `claim_against`'s ("il
    /// divieto di…", "l'embargo su…"): the words after it name what the topic stops.
    pub stop_heads: Vec<String>,
    /// Curated corrections.
    pub overrides: Vec<Override>,
}

impl StanceData {
    /// Whether someone with `role` ("portavoce del ministero degli Esteri egiziano") speaks for
    /// their state: a word of it starts a `[voice]` entry and none starts a `[not-voice]` one
    /// ("ex ministro", "leader dell’opposizione").
    pub fn speaks_for_state(&self, role: &str) -> bool {
        (holds(role, &self.voices) || holds(role, &self.organs)) && !holds(role, &self.not_voices)
    }

    /// Whether `role` speaks for a state only through an organ it names ("direttore generale
    /// della Commissione del Danubio"), no voice of a state by itself: it speaks for the state or
    /// body it names, not for its holder's nationality.
    pub fn organ_only(&self, role: &str) -> bool {
        holds(role, &self.organs) && !holds(role, &self.voices)
    }

    /// Reads the three files.
    pub fn parse(topics: &str, lexicon: &str, overrides: &str) -> (StanceData, Vec<Diagnostic>) {
        let mut data = StanceData::default();
        let mut diagnostics = Vec::new();
        for record in records(topics, &mut diagnostics) {
            if record.kind != "topic" || record.id.is_empty() {
                diagnostics.push(Diagnostic::new(record.span, "a topic starts with `[topic ID]`; it was skipped"));
                continue;
            }
            let mut topic = Topic { id: record.id.clone(), ..Topic::default() };
            for (key, value, span) in record.fields {
                match key.as_str() {
                    "name.it" => topic.name_it = value,
                    "name.en" => topic.name_en = value,
                    "claim.it" => topic.claim_it = value,
                    "claim.en" => topic.claim_en = value,
                    "stem" | "phrase" => topic.terms.push(value.to_lowercase()),
                    "against" => topic.against.push(value.to_lowercase()),
                    other => diagnostics.push(Diagnostic::new(span, format!("unknown topic key `{other}`"))),
                }
            }
            data.topics.push(topic);
        }
        for record in records(lexicon, &mut diagnostics) {
            let words = record.fields.into_iter().map(|(_, value, _)| value.to_lowercase());
            match record.kind.as_str() {
                "statement" => data.statement_verbs.extend(words),
                "act" => data.acts.extend(words),
                "request" => {
                    let words: Vec<String> = words.collect();
                    data.cues.extend(words.iter().map(|w| (Stance::Supports, w.clone())));
                    data.requests.extend(words);
                }
                "negation" => data.negations.extend(words),
                "condition" => data.conditions.extend(words),
                "any" => data.any_words.extend(words),
                "obligation" => data.obligations.extend(words),
                "vote" => data.votes.extend(words),
                "anaphor" => data.anaphors.extend(words),
                "denial" => data.denials.extend(words),
                "irony" => data.irony.extend(words),
                "inquiry" => data.inquiries.extend(words),
                "restraint" => data.restraints.extend(words),
                "litotes" => data.litotes.extend(words),
                "predicative" => data.predicatives.extend(words),
                "mockery" => data.mockery.extend(words),
                "reservation" => data.reservations.extend(words),
                "voice" => data.voices.extend(words),
                "organ" => data.organs.extend(words),
                "claim-against" => data.claim_against.extend(words),
                "stop-head" => data.stop_heads.extend(words),
                "not-voice" => data.not_voices.extend(words),
                kind => match Stance::from_key(kind) {
                    Some(stance @ (Stance::Supports | Stance::Opposes | Stance::Concerned | Stance::Neutral)) => {
                        data.cues.extend(words.map(|w| (stance, w)));
                    }
                    _ => diagnostics.push(Diagnostic::new(record.span, format!("unknown lexicon section `[{kind}]`"))),
                },
            }
        }
        for record in records(overrides, &mut diagnostics) {
            let Some((actor, topic)) = record.kind.split_once(' ').map(|(a, t)| (a.to_owned(), t.trim().to_owned()))
            else {
                diagnostics.push(Diagnostic::new(record.span, "an override is `[override ACTOR TOPIC]`"));
                continue;
            };
            let field = |name: &str| record.fields.iter().find(|(k, _, _)| k == name).map(|(_, v, _)| v.clone());
            let stance = field("stance").and_then(|s| Stance::from_key(&s));
            match (stance, field("doc"), field("evidence")) {
                (Some(stance), Some(doc), Some(evidence)) => data.overrides.push(Override {
                    actor,
                    topic,
                    stance,
                    doc,
                    evidence,
                    note: field("note").unwrap_or_default(),
                }),
                _ => diagnostics.push(Diagnostic::new(
                    record.span,
                    "an override needs `stance` (supports, opposes, concerned, mixed, neutral), `doc` and `evidence`",
                )),
            }
        }
        let topics = std::mem::take(&mut data.topics);
        (data.with_topics(topics), diagnostics)
    }

    /// The same stance words with other `topics` (a reader's review's own), given as written:
    /// a proposition that condemns or stops what its words name is turned here, as when read
    /// from `data/topics.txt`.
    pub fn with_topics(mut self, topics: Vec<Topic>) -> StanceData {
        self.topics = topics;
        // "L'uso dei cannoni ad acqua … va condannato", "i trasferimenti di armi devono cessare":
        // a proposition that condemns or stops what its words name stands against them, so
        // supporting it is opposing them.
        // "L'Essequibo è territorio della Guyana e la rivendicazione venezuelana va respinta": of a
        // proposition in parts, only a part that condemns and names the topic's words turns them.
        for topic in &mut self.topics {
            let claim = topic.claim_it.to_lowercase();
            // A part ends at a comma or semicolon, or at "e" before an article ("e la…"): "tra Corea
            // del Nord e Russia" is one.
            // "La rotta verso Dakhla, nel Sahara occidentale, va cancellata": a stretch between commas
            // that opens with a preposition is an aside, and one that opens with its verb has the
            // subject before it; both go on with the part before.
            let mut parts: Vec<Vec<&str>> = Vec::new();
            for clause in claim.split([',', ';']) {
                let words: Vec<&str> = clause.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
                let goes_on = words
                    .first()
                    .is_some_and(|first| crate::mentions::PREPOSITIONS.contains(first) || CLAIM_VERBS.contains(first));
                let mut part = match parts.last_mut() {
                    Some(last) if goes_on => std::mem::take(last),
                    _ => Vec::new(),
                };
                if goes_on {
                    parts.pop();
                }
                for (i, &word) in words.iter().enumerate() {
                    if word == "e" && words.get(i + 1).is_some_and(|next| crate::articles::is_article(next)) {
                        parts.push(std::mem::take(&mut part));
                    } else {
                        part.push(word);
                    }
                }
                parts.push(part);
            }
            parts.retain(|part| !part.is_empty());
            let condemning = |part: &[&str]| {
                part.iter().enumerate().any(|(i, w)| {
                    let negated = i > 0 && self.negations.iter().any(|n| n == part[i - 1]);
                    // "I migranti la cui domanda è respinta devono essere rimpatriati": a word of
                    // a relative clause before the proposition's verb says who, not what it stops.
                    let in_relative = part[..i].iter().any(|w| matches!(*w, "cui" | "che"))
                        && part[i + 1..]
                            .iter()
                            .any(|w| CLAIM_VERBS.contains(w) || self.obligations.iter().any(|o| o == w));
                    // "La Cedeao deve imporre sanzioni e chiudere le frontiere": an infinitive
                    // joined by "e" to another the proposition's subject does stops what follows
                    // it, not the words of the first act.
                    let infinitive = |word: &str| ["are", "ere", "ire", "rre"].iter().any(|end| word.ends_with(end));
                    let second_act = infinitive(w)
                        && i > 0
                        && part[i - 1] == "e"
                        && part[..i - 1].iter().any(|before| infinitive(before));
                    let stops_a_term = !second_act
                        || part[i + 1..].iter().any(|after| topic.terms.iter().any(|t| after.starts_with(t.as_str())));
                    !negated
                        && !in_relative
                        && stops_a_term
                        && self.claim_against.iter().any(|c| !c.contains(' ') && w.starts_with(c.as_str()))
                })
            };
            let names = |part: &[&str]| {
                let joined = part.join(" ");
                topic.terms.iter().any(|term| match term.contains(' ') {
                    true => joined.contains(term.as_str()),
                    false => part.iter().any(|w| w.starts_with(term.as_str())),
                })
            };
            // "Il divieto di esportare terre rare … è giustificato", "La sospensione del visto … è
            // giustificata": a proposition whose subject is a stop names, after the stop, what it
            // stops; those of its words are what the topic stands against, the others its act.
            let stopped = match parts.first() {
                Some(first) if !topic.turned && topic.stopped.is_empty() => {
                    stopped_terms(&self.stop_heads, &self.claim_against, first, &topic.terms)
                }
                _ => Vec::new(),
            };
            if !stopped.is_empty() {
                // Kept among its words too: a word that is both counts as what it stands against.
                topic.against.extend(stopped.iter().cloned());
                topic.stopped = stopped;
                continue;
            }
            // "I migranti … devono essere rimpatriati" with the phrase "sospensione dei rimpatri":
            // in a proposition that names no stop, a phrase headed by one that goes on with the
            // topic's own word names stopping it, what the topic stands against.
            let stop = |word: &str| {
                self.stop_heads
                    .iter()
                    .chain(&self.claim_against)
                    .any(|c| !c.contains(' ') && word.starts_with(c.as_str()))
            };
            let claim_stops = claim.split(|c: char| !c.is_alphanumeric()).any(|w| !w.is_empty() && stop(w));
            if !topic.turned && topic.stopped.is_empty() && !claim_stops {
                let single: Vec<&String> = topic.terms.iter().filter(|t| !t.contains(' ')).collect();
                let stopping: Vec<String> = topic
                    .terms
                    .iter()
                    .filter(|term| {
                        let mut words = term.split(' ');
                        words.next().is_some_and(stop)
                            && words.any(|w| single.iter().any(|s| w.starts_with(s.as_str())))
                    })
                    .cloned()
                    .collect();
                if !stopping.is_empty() {
                    topic.against.extend(stopping.iter().cloned());
                    topic.stopped = stopping;
                    continue;
                }
            }
            let condemns = match &parts[..] {
                [one] => condemning(one),
                several => several.iter().any(|part| condemning(part) && names(part)),
            };
            if condemns && !topic.turned {
                std::mem::swap(&mut topic.terms, &mut topic.against);
                // "…dovrebbe essere sospesa con una moratoria" with the stem "moratori": a term
                // that names a stop itself ("divieto", "moratoria", "embargo") names the topic's
                // own act, not what it stands against.
                topic.acts =
                    topic.against.iter().filter(|term| names_a_stop(&self.stop_heads, term)).cloned().collect();
                topic.turned = true;
            }
        }
        // "La sentenza arbitrale … è vincolante e va rispettata": a text that says of the topic
        // what its proposition says of it ("resta definitiva e vincolante") takes its side. The
        // proposition's predicate, past its copula, up to its first complement, is a stance word of
        // support on that topic alone (negated, of opposition), unless a word of the lexicon or
        // the topic's already. Not what a topic must be made ("va concluso", "deve contribuire"):
        // measured on the unseen sets, those echoes took wrong sides.
        let mut echoes: Vec<(String, usize)> = Vec::new();
        for (index, topic) in self.topics.iter().enumerate().filter(|(_, t)| !t.turned && t.stopped.is_empty()) {
            let claim = topic.claim_it.to_lowercase();
            let words: Vec<&str> = claim.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            // Only what a copula says it is ("è vincolante"), not what it must be made.
            let Some(verb) = words.iter().position(|w| matches!(*w, "è" | "sono")) else { continue };
            for (n, word) in words.iter().enumerate().skip(verb + 1) {
                if matches!(*word, "e" | "resta" | "restare") {
                    continue;
                }
                // "… è vincolante e va rispettata": what it must be made starts past the copula's.
                if CLAIM_VERBS.contains(word)
                    || crate::mentions::PREPOSITIONS.contains(word)
                    || crate::articles::is_article(word)
                {
                    break;
                }
                let negated = words[n - 1] == "non";
                let known = |stem: &str| {
                    self.cues
                        .iter()
                        .map(|(_, c)| c)
                        .chain(&self.claim_against)
                        .chain(&self.stop_heads)
                        .any(|c| !c.contains(' ') && (stem.starts_with(c.as_str()) || c.starts_with(stem)))
                        || topic
                            .terms
                            .iter()
                            .chain(&topic.against)
                            .any(|t| t.starts_with(stem) || stem.starts_with(t.as_str()))
                };
                let Some(stem) = word.char_indices().last().map(|(at, _)| &word[..at]) else { continue };
                // What the topic is ("vincolante", "legittimo"), not an action ("deve
                // contribuire"), which names no quality to echo.
                let infinitive = ["are", "ere", "ire", "arsi", "ersi", "irsi"].iter().any(|e| word.ends_with(e));
                if word.chars().count() >= 6 && !word.ends_with("mente") && !infinitive && !negated && !known(stem) {
                    echoes.push((stem.to_owned(), index));
                }
            }
        }
        self.echoes = echoes;
        self
    }
}

/// Whether a topic's term opens with one of the lexicon's stop heads ("diviet", "moratori").
fn names_a_stop(stop_heads: &[String], term: &str) -> bool {
    let first = term.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or_default();
    stop_heads.iter().any(|c| !c.contains(' ') && first.starts_with(c.as_str()))
}

/// Of `terms`, those a proposition's first part names after a stop that heads its subject ("il
/// divieto indonesiano di esportare terre rare": "terre rare"), up to its predicate; none when the
/// subject's head is no stop ("le sanzioni vanno mantenute"). `stop_heads` and `claim_against`:
/// the lexicon's stops.
fn stopped_terms(stop_heads: &[String], claim_against: &[String], part: &[&str], terms: &[String]) -> Vec<String> {
    // The head: the first word past the article.
    let head = usize::from(part.first().is_some_and(|w| crate::articles::is_article(w)));
    let stops =
        |word: &str| stop_heads.iter().chain(claim_against).any(|c| !c.contains(' ') && word.starts_with(c.as_str()));
    if !part.get(head).is_some_and(|w| stops(w)) {
        return Vec::new();
    }
    let predicate = part.iter().position(|w| CLAIM_VERBS.contains(w)).unwrap_or(part.len());
    let object = part.get(head + 1..predicate).unwrap_or_default();
    terms
        .iter()
        .filter(|term| {
            let stems: Vec<&str> = term.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            !stems.is_empty()
                && !stops(stems[0])
                && object.windows(stems.len()).any(|words| words.iter().zip(&stems).all(|(w, s)| w.starts_with(s)))
        })
        .cloned()
        .collect()
}

/// The verbs a proposition's predicate opens with ("va cancellata", "devono cessare").
const CLAIM_VERBS: &[&str] =
    &["va", "vanno", "deve", "devono", "debba", "debbano", "dovrebbe", "dovrebbero", "è", "sono", "sia", "siano"];

impl Topic {
    /// The topic as its author wrote it: its words back where they were before a proposition
    /// that condemns them turned them ([`StanceData::with_topics`] turns them again).
    pub fn as_written(&self) -> Topic {
        let mut topic = self.clone();
        if topic.turned {
            std::mem::swap(&mut topic.terms, &mut topic.against);
            topic.acts.clear();
            topic.turned = false;
        }
        let stopped = std::mem::take(&mut topic.stopped);
        topic.against.retain(|term| !stopped.contains(term));
        topic
    }
}

/// Whether a word of `role` starts one of `entries` (stems, or phrases of stems).
fn holds(role: &str, entries: &[String]) -> bool {
    let role = role.to_lowercase();
    let words: Vec<&str> = role.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    (0..words.len()).any(|i| {
        entries.iter().any(|entry| {
            entry.split(' ').enumerate().all(|(k, part)| words.get(i + k).is_some_and(|w| w.starts_with(part)))
        })
    })
}

/// A `[kind id]` record (for the lexicon, `[section]`; for overrides, `[override ACTOR TOPIC]`,
/// whose `kind` is then `ACTOR TOPIC`) and its `key: value` lines, or bare lines in the lexicon.
struct Record {
    kind: String,
    id: String,
    span: Span,
    fields: Vec<(String, String, Span)>,
}

fn records(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<Record> {
    let mut records: Vec<Record> = Vec::new();
    for line in lines(text, 0) {
        let content = line.of(text).trim();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        if let Some(header) = content.strip_prefix('[').and_then(|c| c.strip_suffix(']')) {
            let header = header.trim();
            let (kind, id) = match header.split_once(' ') {
                Some(("topic", id)) => ("topic".to_owned(), id.trim().to_owned()),
                Some(("override", rest)) => (rest.trim().to_owned(), String::new()),
                _ => (header.to_owned(), String::new()),
            };
            records.push(Record { kind, id, span: line, fields: Vec::new() });
            continue;
        }
        let Some(record) = records.last_mut() else {
            diagnostics.push(Diagnostic::new(line, "a line before the first `[…]` record; it was ignored"));
            continue;
        };
        let (key, value) = match content.split_once(':') {
            Some((key, value)) if !key.contains(' ') => (key.trim().to_owned(), value.trim().to_owned()),
            _ => (String::new(), content.to_owned()),
        };
        if value.is_empty() {
            diagnostics.push(Diagnostic::new(line, format!("`{content}` has no value")));
            continue;
        }
        record.fields.push((key, value, line));
    }
    records
}
