//! Sentences: where a paragraph's sentences end, by the conventions of Italian typography.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any run of further end marks and closing
//! quotation marks or brackets after it) when white space and the start of a new sentence follow:
//! a capital letter, an opening quotation mark or bracket, or, after `.`, `!` and `?`, a digit.
//! A full stop does not end a sentence after an initial (`J. Kirby`), a dotted acronym (`U.S.`)
//! or a known abbreviation (`dott.`, `pag.`); an ellipsis does not end one before a digit or a
//! lower-case word (`l’equivalente di… 260.000`). Stray punctuation (`. .” ”`) is never a sentence
//! of its own: it stays with the sentence before it.
//!
//! A run of more than [`MAX_SENTENCE`] bytes with no sentence end is not prose (a text stripped of
//! its full stops, a table flattened into a line): it is cut at the next white space. The rules
//! that read a sentence compare its words with each other, so this bound is what keeps the whole
//! engine linear in the length of any text.

use crate::Span;

/// Abbreviations that are followed by a full stop and usually by a name or number.
const ABBREVIATIONS: &[&str] = &[
    "amm", "arch", "art", "artt", "avv", "ca", "cap", "cfr", "col", "dott", "dr", "es", "fig", "gen", "geom", "gov",
    "ing", "jr", "lt", "magg", "mons", "mr", "mrs", "ms", "on", "pag", "pagg", "pres", "prof", "rag", "sen", "sgt",
    "sig", "sigg", "sr", "st", "tel", "ten", "vol", "vs",
];

/// The longest sentence, in bytes, before a cut: ten times the longest in the bundled articles.
pub const MAX_SENTENCE: usize = 4096;

/// The sentences of the paragraph at `paragraph` in `text`, trimmed of white space.
pub fn split(text: &str, paragraph: Span) -> Vec<Span> {
    let base = paragraph.start;
    let body = paragraph.of(text);
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut sentences: Vec<Span> = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let mark = chars[i].1;
        if chars[i].0.saturating_sub(start) >= MAX_SENTENCE && mark.is_whitespace() {
            push(&mut sentences, text, Span::new(base + start, base + chars[i].0));
            start = chars[i].0;
        }
        if !is_end_mark(mark) {
            i += 1;
            continue;
        }
        let mut after = i + 1;
        while after < chars.len() && (is_end_mark(chars[after].1) || is_closer(chars[after].1)) {
            after += 1;
        }
        let mut next = after;
        while next < chars.len() && chars[next].1.is_whitespace() {
            next += 1;
        }
        let ends_here = next > after
            && next < chars.len()
            && starts_sentence(chars[next].1, mark)
            && !(mark == '.' && is_abbreviation(&body[..chars[i].0]));
        if ends_here {
            push(&mut sentences, text, Span::new(base + start, base + chars[after].0));
            start = chars[next].0;
        }
        i = after;
    }
    push(&mut sentences, text, Span::new(base + start, paragraph.end));
    sentences
}

/// Adds a sentence, or appends it to the previous one if it has no letter or digit.
fn push(sentences: &mut Vec<Span>, text: &str, span: Span) {
    let span = span.trimmed(text);
    let has_words = span.of(text).chars().any(char::is_alphanumeric);
    match sentences.last_mut() {
        Some(previous) if !has_words => previous.end = span.end,
        _ if span.is_empty() => {}
        _ => sentences.push(span),
    }
}

fn is_end_mark(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '»' | '"' | '’' | '\'' | ')' | ']')
}

fn starts_sentence(c: char, after: char) -> bool {
    c.is_uppercase()
        || matches!(c, '“' | '«' | '"' | '‘' | '„' | '(' | '[' | '—' | '–')
        || (c.is_ascii_digit() && after != '…')
}

/// Whether the text before a full stop ends in an initial, a dotted acronym or an abbreviation.
fn is_abbreviation(before: &str) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphabetic() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    if word.contains('.') {
        return word.split('.').all(|part| part.chars().count() <= 2);
    }
    let mut letters = word.chars();
    if let (Some(letter), None) = (letters.next(), letters.next()) {
        // An initial or a one-letter abbreviation (`p.`, `n.`); `è.` ends a sentence.
        return letter.is_ascii();
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}
