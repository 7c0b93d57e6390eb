//! Verbs of saying and the phrases that attribute a claim ("secondo X", "a detta di X").
//!
//! Italian news attributes with a compound past ("ha dichiarato", "aveva affermato", "ha anche
//! aggiunto"), less often a simple past or present ("disse", "afferma"), and a gerund for a second
//! claim of the same speaker ("descrivendo l’accordo come …"). A verb after `non` says nothing.

use crate::Span;
use crate::articles::never_pronoun;
use crate::lexicon_data::{Language, Speech};
use crate::words::Word;

/// Auxiliaries of the compound tenses.
const AUXILIARIES: &[&str] = &[
    "ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero", "abbia", "abbiano", "avesse", "avessero", "ho",
    "abbiamo", "avete", "hai", "avrà", "avranno", "ebbe", "ebbero",
];

/// Words that may stand between an auxiliary and its participle.
const BETWEEN: &[&str] = &[
    "anche", "inoltre", "poi", "già", "quindi", "più", "mai", "infatti", "pure", "ancora", "oggi", "ieri", "invece",
    "allora", "così", "tuttavia", "dunque", "sempre", "però", "subito", "infine", "stamani", "stamattina", "stasera",
    "prima", "ora", "addirittura", "persino", "perfino", "nuovamente", "comunque",
];

/// Whether a verb is finite (it has a subject of its own) or a gerund (it shares the sentence's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VerbForm {
    /// "ha dichiarato", "disse".
    Finite,
    /// "descrivendo".
    Gerund,
}

/// A verb of saying in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SpeechVerb {
    /// From the auxiliary to the participle.
    pub span: Span,
    /// Its first word, and one past its last.
    pub words: (usize, usize),
    /// Finite or gerund.
    pub form: VerbForm,
    /// Whether it introduces a reported clause with `che`.
    pub takes_clause: bool,
    /// Whether a name right after it is its object ("ha elogiato Sacchetti").
    pub takes_object: bool,
}

/// The verbs of saying among `words`, leaving out those after `non`.
pub(crate) fn speech_verbs(words: &[Word], lower: &[String], language: &Language) -> Vec<SpeechVerb> {
    let mut verbs = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let word = lower[i].as_str();
        let negated = i > 0 && lower[i - 1] == "non";
        let found = if AUXILIARIES.contains(&word) {
            let mut k = i + 1;
            while k < words.len() && k <= i + 2 && (BETWEEN.contains(&lower[k].as_str()) || lower[k].ends_with("mente"))
            {
                k += 1;
            }
            language.speech_at(Speech::Participle, &lower[k.min(words.len())..]).map(|n| (k + n, VerbForm::Finite, k))
        } else if let Some(n) = finite_at(lower, i, language).filter(|_| !noun_use(lower, i)) {
            Some((i + n, VerbForm::Finite, i))
        } else {
            language.speech_at(Speech::Gerund, &lower[i..]).map(|n| (i + n, VerbForm::Gerund, i))
        };
        match found {
            Some((end, form, head)) => {
                if !negated {
                    let span = Span::new(words[i].span.start, words[end - 1].span.end);
                    let takes_clause = language.speech_at(Speech::Clause, &lower[head..]) == Some(end - head);
                    let takes_object = language.speech_at(Speech::Object, &lower[head..]) == Some(end - head);
                    verbs.push(SpeechVerb { span, words: (i, end), form, takes_clause, takes_object });
                }
                i = end;
            }
            None => i += 1,
        }
    }
    verbs
}

/// How many words a simple tense of saying takes at `i`, counting an adverb inside a locution
/// ("il comunicato parla comunque di…", "fa anche notare", "si è già detta").
pub(crate) fn finite_at(lower: &[String], i: usize, language: &Language) -> Option<usize> {
    if let Some(n) = language.speech_at(Speech::Finite, &lower[i..]) {
        return Some(n);
    }
    if !language.opens_locution(Speech::Finite, &lower[i]) {
        return None;
    }
    let adverb = |w: &String| BETWEEN.contains(&w.as_str()) || w.ends_with("mente");
    // The adverb after the locution's first word or its second, never its last.
    (i + 1..(i + 3).min(lower.len())).filter(|&at| adverb(&lower[at])).find_map(|at| {
        let without: Vec<String> = lower[i..at].iter().chain(lower[at + 1..].iter().take(4)).cloned().collect();
        language.speech_at(Speech::Finite, &without).filter(|&n| n > at - i).map(|n| n + 1)
    })
}

/// Whether the verb form at `i` is a noun: "la replica è arrivata", "una risposta", "della
/// replica" (after an article, or after "la", "lo", "le" or "l’", which can also be pronouns —
/// "lo dice il ministro" —, when a copula or a "di" follows it).
fn noun_use(lower: &[String], i: usize) -> bool {
    let Some(before) = i.checked_sub(1).map(|k| lower[k].as_str()) else { return false };
    let after = lower.get(i + 1).map_or("", String::as_str);
    // "per l'accusa", "con la replica": an article after a preposition is no pronoun.
    let after_preposition = i >= 2 && crate::mentions::PREPOSITIONS.contains(&lower[i - 2].as_str());
    never_pronoun(before)
        || (matches!(before, "la" | "lo" | "le" | "l") && after_preposition)
        || (matches!(before, "la" | "lo" | "le" | "l")
            && matches!(
                after,
                "è" | "era"
                    | "sarà"
                    | "sarebbe"
                    | "resta"
                    | "appare"
                    | "sembra"
                    | "di"
                    | "del"
                    | "della"
                    | "dello"
                    | "dell"
                    | "dei"
                    | "degli"
                    | "delle"
            ))
}

/// "secondo X", "secondo quanto riportato da X", "a detta di X", "stando a X": the cue's words and
/// the first word of X.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Attribution {
    /// The cue, from "secondo" to the word before X.
    pub cue: Span,
    /// The first word of the cue.
    pub first_word: usize,
    /// The first word of X.
    pub source_word: usize,
    /// Whether X reports what others said or did ("secondo quanto riportato dall’agenzia X",
    /// "secondo quanto scrive X"): X relays the words of whoever the sentence says said them.
    pub reports: bool,
}

impl Attribution {
    /// Whether X is a relative pronoun ("X, secondo cui …", "X, per il quale …"): what X holds
    /// follows it.
    pub fn is_relative(&self, lower: &[String]) -> bool {
        let word = |k: usize| lower.get(k).map(String::as_str);
        word(self.source_word) == Some("cui")
            || word(self.source_word).is_some_and(crate::articles::is_definite)
                && matches!(word(self.source_word + 1), Some("quale" | "quali"))
    }
}

/// The verbs of "secondo quanto … X" by which X reports what others said, unlike "secondo quanto
/// dichiarato da X", X's own words.
const REPORTING: &[&str] = &[
    "riferisce", "riporta", "scrive", "scrivono", "riferiscono", "riportano", "riportato", "riferito", "racconta",
    "raccontano", "raccontato",
];

/// The attribution phrases among `words` (of `text`).
pub(crate) fn attributions(text: &str, words: &[Word], lower: &[String]) -> Vec<Attribution> {
    let mut found = Vec::new();
    for i in 0..words.len() {
        let rest = |k: usize| lower.get(i + k).map(String::as_str);
        let source = match (rest(0), rest(1), rest(2)) {
            (
                Some("secondo"),
                Some("quanto"),
                Some(
                    "riferisce" | "riporta" | "scrive" | "scrivono" | "riferiscono" | "riportano" | "racconta"
                    | "raccontano",
                ),
            ) => Some(i + 3),
            (
                Some("secondo"),
                Some("quanto"),
                Some("riportato" | "riferito" | "raccontato" | "dichiarato" | "affermato"),
            ) => {
                // "secondo quanto riportato dall’agenzia …": skip the preposition too.
                Some(i + 4)
                    .filter(|&k| k < words.len() && crate::mentions::PREPOSITIONS.contains(&lower[k - 1].as_str()))
            }
            (Some("secondo"), _, _) => Some(i + 1),
            (Some("a"), Some("detta"), Some("di" | "del" | "della" | "dei" | "degli" | "delle" | "dell")) => {
                Some(i + 3)
            }
            (Some("stando"), Some("a" | "al" | "alla" | "ai" | "agli" | "alle" | "all"), _) => Some(i + 2),
            // "…il primario, Raffaele Gentilcore, per il quale «…»": after a pause, "per il quale"
            // is "secondo il quale" (without one, "il motivo per il quale" is a reason).
            (Some("per"), Some("il" | "la" | "i" | "le"), Some("quale" | "quali"))
                if i > 0 && text[words[i - 1].span.end..words[i].span.start].contains(',') =>
            {
                Some(i + 1)
            }
            _ => None,
        };
        if let Some(source_word) = source.filter(|&k| k < words.len()) {
            let cue = Span::new(words[i].span.start, words[source_word - 1].span.end);
            let reports = rest(0) == Some("secondo")
                && rest(1) == Some("quanto")
                && rest(2).is_some_and(|verb| REPORTING.contains(&verb));
            found.push(Attribution { cue, first_word: i, source_word, reports });
        }
    }
    found
}
