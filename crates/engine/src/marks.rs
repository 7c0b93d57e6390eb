//! Quotation marks: where quoted text opens and closes, by the typography of Italian and English.
//!
//! “…”, «…» and „…“ are quotation marks wherever they stand; "…" opens after a space or an opening
//! bracket and closes at the next `"`; ‘…’ and '…' are inner quotes only where they cannot be an
//! apostrophe (the Italian `l’accordo` is everywhere). A scanner keeps a stack of open marks: a
//! closing mark closes the nearest opening mark it matches, dropping any inner mark left open,
//! and a closing mark with nothing to close is stray and ignored. Only outermost quotations are
//! returned. A quotation still open at the end of a paragraph continues if the next paragraph
//! opens with the same mark (the Italian convention for quotations over several paragraphs);
//! otherwise its opening mark was stray: it is reported and nothing is taken, so an unbalanced
//! mark can never swallow the rest of a text.

use crate::{Diagnostic, Span};

/// A quotation between marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marked {
    /// From the opening mark to the closing mark, both included.
    pub outer: Span,
    /// Exactly the characters between the marks.
    pub inner: Span,
}

struct Open {
    mark: char,
    at: usize,
}

/// The open marks, innermost last, with the levels of each kind of mark: finding the mark that a
/// character closes costs the number of kinds, never the depth, so a text of a million opening
/// marks and no closing one is read in linear time.
#[derive(Default)]
struct OpenMarks {
    stack: Vec<Open>,
    levels: Vec<(char, Vec<usize>)>,
}

impl OpenMarks {
    fn push(&mut self, open: Open) {
        let level = self.stack.len();
        match self.levels.iter_mut().find(|(mark, _)| *mark == open.mark) {
            Some((_, levels)) => levels.push(level),
            None => self.levels.push((open.mark, vec![level])),
        }
        self.stack.push(open);
    }

    /// The level of the nearest open mark that `c` closes.
    fn closed_by(&self, c: char, after: Option<char>) -> Option<usize> {
        self.levels
            .iter()
            .filter(|(mark, _)| closes(*mark, c, after))
            .filter_map(|(_, levels)| levels.last().copied())
            .max()
    }

    /// Takes the mark at `level`, dropping the marks left open inside it.
    fn close(&mut self, level: usize) -> Open {
        for (_, levels) in &mut self.levels {
            while levels.last().is_some_and(|&l| l >= level) {
                levels.pop();
            }
        }
        self.stack.truncate(level + 1);
        self.stack.pop().expect("the level is open")
    }

    fn is_empty(&self) -> bool {
        self.stack.is_empty()
    }

    /// The outermost mark still open.
    fn into_outermost(self) -> Option<Open> {
        self.stack.into_iter().next()
    }
}

/// Whether the text before `at` ends with a closing quotation mark, past a comma: "«…», ha
/// detto" puts the verb right after the words it gives.
pub(crate) fn follows_quotation(text: &str, at: usize) -> bool {
    text[..at].trim_end().trim_end_matches(',').trim_end().ends_with(['”', '»', '"'])
}

/// The outermost quotations in `paragraphs` of `text`, and the stray opening marks.
pub(crate) fn quotations(text: &str, paragraphs: &[Span]) -> (Vec<Marked>, Vec<Diagnostic>) {
    let mut found = Vec::new();
    let mut diagnostics = Vec::new();
    let mut carried: Option<Open> = None;
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let mut stack = OpenMarks::default();
        let body = paragraph.of(text);
        let mut skip_first = false;
        if let Some(open) = carried.take() {
            skip_first = body.starts_with(open.mark);
            stack.push(open);
        }
        let chars: Vec<(usize, char)> = body.char_indices().map(|(i, c)| (paragraph.start + i, c)).collect();
        // Where the text after the last quotation mark starts: a lost opening mark is looked for
        // only past it.
        let mut after_marks = paragraph.start;
        for (k, &(at, c)) in chars.iter().enumerate() {
            if k == 0 && skip_first {
                continue;
            }
            let before = k.checked_sub(1).map(|p| chars[p].1);
            let after = chars.get(k + 1).map(|&(_, c)| c);
            if let Some(level) = stack.closed_by(c, after) {
                let open = stack.close(level);
                if stack.is_empty() {
                    let inner = Span::new(open.at + open.mark.len_utf8(), at);
                    if inner.of(text).chars().any(char::is_alphanumeric) {
                        found.push(Marked { outer: Span::new(open.at, at + c.len_utf8()), inner });
                    }
                }
                after_marks = at + c.len_utf8();
            } else if opens(c, before, after) {
                stack.push(Open { mark: c, at });
            } else if stack.is_empty() && matches!(c, '”' | '»') {
                if let Some(inner) = lost_opening(text, Span::new(after_marks, at)) {
                    found.push(Marked { outer: Span::new(inner.start, at + c.len_utf8()), inner });
                }
                after_marks = at + c.len_utf8();
            }
        }
        if let Some(open) = stack.into_outermost() {
            let next_opens_same = paragraphs.get(index + 1).is_some_and(|next| next.of(text).starts_with(open.mark));
            if next_opens_same {
                carried = Some(open);
            } else {
                let span = Span::new(open.at, open.at + open.mark.len_utf8());
                diagnostics.push(Diagnostic::new(
                    span,
                    format!("a `{}` that is never closed; no quotation taken from it", open.mark),
                ));
            }
        }
    }
    (found, diagnostics)
}

/// The words a closing mark with nothing to close ends, when its opening mark was lost after a
/// colon: "ha chiuso con una battuta: Il mercato lo faremo con la testa”". Only after the
/// colon's space, from a capital letter, a few words long, with no other mark between.
fn lost_opening(text: &str, before: Span) -> Option<Span> {
    let stretch = before.of(text);
    let colon = stretch.rfind(": ")?;
    let start = before.start + colon + 2;
    let words = text[start..before.end].trim_end();
    let opens_sentence = words.chars().next().is_some_and(char::is_uppercase);
    let marked = words.contains(['"', '“', '”', '«', '»', '„']);
    let count = words.split_whitespace().count();
    (opens_sentence && !marked && (3..=LOST_OPENING_WORDS).contains(&count))
        .then(|| Span::new(start, start + words.len()))
}

/// How many words a quotation whose opening mark was lost may have: past that, the colon is
/// likelier the narrator's own.
const LOST_OPENING_WORDS: usize = 40;

fn opens(c: char, before: Option<char>, after: Option<char>) -> bool {
    // Asked only of a straight or single mark: this runs on every character of the text.
    let after_space = || before.is_none_or(|b| b.is_whitespace() || "([{—–-/“«„‘\"'".contains(b));
    match c {
        '“' | '«' | '„' => true,
        '"' => after.is_some_and(|a| !a.is_whitespace()) && after_space(),
        // "»Presenteremo ricorso…»", "stima ”danni per milioni”": a closing mark typed to open,
        // after a space and before a letter, where no closing mark stands.
        '»' | '”' => after.is_some_and(char::is_alphanumeric) && after_space(),
        '‘' | '\'' => after.is_some_and(char::is_alphanumeric) && after_space(),
        _ => false,
    }
}

fn closes(open: char, c: char, after: Option<char>) -> bool {
    let not_a_letter_after = after.is_none_or(|a| !a.is_alphanumeric());
    match (open, c) {
        ('“', '”') | ('«', '»') | ('„', '“' | '”') | ('"', '"') | ('»', '»') | ('”', '”') => true,
        ('‘', '’') | ('\'', '\'') => not_a_letter_after,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        let paragraphs = crate::paragraphs::split(text, 0);
        quotations(text, &paragraphs).0.iter().map(|m| m.inner.of(text)).collect()
    }

    #[test]
    fn every_kind_of_mark() {
        assert_eq!(
            quoted("A “uno”, «due», „tre“, \"quattro\" e ‘cinque’."),
            ["uno", "due", "tre", "quattro", "cinque"]
        );
    }

    #[test]
    fn inner_quotes_stay_inside_the_outer_one() {
        assert_eq!(quoted("«Ha detto “basta” e ‘mai’», disse."), ["Ha detto “basta” e ‘mai’"]);
    }

    #[test]
    fn a_closing_mark_typed_to_open_opens() {
        assert_eq!(quoted("Ha detto: »Andiamo avanti». Poi ”basta così”."), ["Andiamo avanti", "basta così"]);
        assert_eq!(quoted("«Sì», ha detto. «No»"), ["Sì", "No"]);
    }

    #[test]
    fn apostrophes_are_not_quotation_marks() {
        assert_eq!(quoted("L’accordo dell’anno, l'altro e po' di “tutto”."), ["tutto"]);
    }

    #[test]
    fn stray_marks_take_nothing_and_swallow_nothing() {
        assert_eq!(quoted("stabilità territoriale”. .” ”"), Vec::<&str>::new());
        assert_eq!(quoted("Un “aperto mai chiuso.\nPoi “chiuso” qui."), ["chiuso"]);
        assert_eq!(quoted("Vuoto “” e “ . ” niente."), Vec::<&str>::new());
    }

    #[test]
    fn a_quotation_whose_opening_mark_was_lost_after_a_colon_is_found() {
        assert_eq!(
            quoted("Ha chiuso con una battuta: Il mercato lo faremo con la testa”. Poi è uscito."),
            ["Il mercato lo faremo con la testa"]
        );
        // Not without the colon, nor from a lower-case word, nor across another quotation.
        assert_eq!(quoted("Ha chiuso con una battuta il mercato”. Poi è uscito."), Vec::<&str>::new());
        assert_eq!(quoted("Ha detto: questo non basta”. Fine."), Vec::<&str>::new());
        assert_eq!(quoted("Così: «Basta» e Poi ancora niente”."), ["Basta"]);
    }

    #[test]
    fn a_quotation_reopened_at_a_new_paragraph_continues() {
        let text = "Disse: «Prima parte.\n\n«Seconda parte».\n\nFine.";
        assert_eq!(quoted(text), ["Prima parte.\n\n«Seconda parte"]);
    }
}
