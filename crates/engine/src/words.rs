//! Words: runs of letters and digits. Apostrophes and hyphens separate words, so `l’aiutante`
//! is `l` + `aiutante` and `Kim-Putin` is `Kim` + `Putin`.

use crate::Span;

/// A word of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    /// Where it is.
    pub span: Span,
}

impl Word {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.of(text)
    }

    /// Lower case, for comparisons.
    pub fn lower(&self, text: &str) -> String {
        self.text(text).to_lowercase()
    }

    pub fn is_capitalized(&self, text: &str) -> bool {
        self.text(text).chars().next().is_some_and(char::is_uppercase)
    }
}

/// The endings of a past participle ("firmata", "approvati").
const PARTICIPLE_ENDINGS: &[&str] =
    &["ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute"];

/// The endings of the irregular past participles of asking, proposing and ordering ("chiesto",
/// "proposto", "promosso", "disposta").
pub(crate) const IRREGULAR_PARTICIPLE_ENDINGS: &[&str] =
    &["esto", "esta", "esti", "este", "osto", "osta", "osti", "oste", "osso", "ossa", "ossi", "osse"];

/// Whether lower-case `word` ends like a regular past participle, with a stem before the ending.
pub(crate) fn ends_like_participle(word: &str) -> bool {
    PARTICIPLE_ENDINGS.iter().any(|e| word.len() > e.len() + 2 && word.ends_with(e))
}

/// The words of `text` inside `span`.
pub(crate) fn words(text: &str, span: Span) -> Vec<Word> {
    let mut words = Vec::new();
    let mut start = None;
    for (offset, c) in span.of(text).char_indices() {
        let at = span.start + offset;
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                words.push(Word { span: Span::new(s, at) });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push(Word { span: Span::new(s, span.end) });
    }
    words
}

/// Each of `words` of `text` in lower case: what every pass compares, made once per pass.
pub(crate) fn lowered(text: &str, words: &[Word]) -> Vec<String> {
    words.iter().map(|w| w.lower(text)).collect()
}

/// Words that say nothing of their own: what happened (the timeline) or what a proposition
/// claims (stances) is in the others.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "a", "agli", "ai", "al", "all", "alla", "alle", "allo", "altre", "altri", "altro", "anche", "ancora", "anni",
    "anno", "avere", "aveva", "che", "chi", "ci", "come", "con", "cosa", "cui", "da", "dagli", "dai", "dal", "dall",
    "dalla", "dalle", "degli", "dei", "del", "dell", "della", "delle", "dello", "detto", "di", "dopo", "dove", "due",
    "e", "ed", "era", "erano", "essere", "fra", "già", "gli", "ha", "hanno", "i", "ieri", "il", "in", "l", "la", "le",
    "lo", "loro", "ma", "mentre", "mese", "mesi", "molto", "ne", "negli", "nei", "nel", "nell", "nella", "nelle",
    "non", "o", "oggi", "ogni", "ore", "per", "più", "poi", "prima", "quando", "quella", "quello", "quest", "questa",
    "queste", "questi", "questo", "se", "secondo", "si", "sono", "stata", "stato", "su", "sua", "sue", "sugli", "sui",
    "sul", "sull", "sulla", "sulle", "suo", "suoi", "tra", "tutte", "tutti", "tutto", "un", "una", "uno", "è",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophes_and_hyphens_separate_words() {
        let text = "l’aiutante di Kim-Putin, 10.000!";
        let found: Vec<&str> = words(text, Span::new(0, text.len())).iter().map(|w| w.text(text)).collect();
        assert_eq!(found, ["l", "aiutante", "di", "Kim", "Putin", "10", "000"]);
    }
}
