//! Text search that ignores case and accents: "solidarieta" finds "solidarietà", "CITTA" finds
//! "città". Text is folded character by character, remembering where each folded character came
//! from, so a match in folded text maps back to the exact characters to highlight.

use std::ops::Range;

/// A text folded for search: lower case, Latin letters without their accents.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// For each byte of `text`, the byte of the original character it came from.
    origins: Vec<usize>,
    /// The original text's length.
    len: usize,
}

impl Folded {
    /// Folds `original`.
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut origins = Vec::with_capacity(original.len());
        for (at, c) in original.char_indices() {
            for folded in c.to_lowercase().map(strip_accent) {
                let before = text.len();
                text.push(folded);
                origins.extend(std::iter::repeat_n(at, text.len() - before));
            }
        }
        Folded { text, origins, len: original.len() }
    }

    /// The ranges of the original text where `needle` (already folded) occurs.
    pub fn find(&self, needle: &str) -> Vec<Range<usize>> {
        if needle.is_empty() {
            return Vec::new();
        }
        self.text
            .match_indices(needle)
            .map(|(at, found)| {
                let end = at + found.len();
                let original_end = self.origins.get(end).copied().unwrap_or(self.len);
                self.origins[at]..original_end
            })
            .collect()
    }
}

/// The search words typed by a reader, folded.
pub fn fold_query(query: &str) -> String {
    Folded::new(query.trim()).text
}

fn strip_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'ç' | 'č' | 'ć' => 'c',
        'ñ' | 'ń' => 'n',
        'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        '’' | '‘' | '`' => '\'',
        other => other,
    }
}

/// `text` cut into pieces, each marked whether it matches `needle` (folded).
pub fn highlight<'a>(text: &'a str, needle: &str) -> Vec<(&'a str, bool)> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for range in Folded::new(text).find(needle) {
        if range.start < at {
            continue;
        }
        if range.start > at {
            pieces.push((&text[at..range.start], false));
        }
        pieces.push((&text[range.clone()], true));
        at = range.end;
    }
    if at < text.len() || pieces.is_empty() {
        pieces.push((&text[at..], false));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pieces of `text` that a search for `query` finds.
    fn found<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        Folded::new(text).find(&fold_query(query)).into_iter().map(|range| &text[range]).collect()
    }

    #[test]
    fn ignores_case_and_accents_both_ways() {
        assert_eq!(found("Piena solidarietà", "SOLIDARIETA"), ["solidarietà"]);
        assert_eq!(found("la citta", "città"), ["citta"]);
        assert_eq!(found("l’accordo", "l'accordo"), ["l’accordo"]);
        assert!(found("Putin", "kim").is_empty());
    }

    #[test]
    fn highlights_every_match_on_the_original_text() {
        assert_eq!(
            highlight("È così, così è", "cosi"),
            [("È ", false), ("così", true), (", ", false), ("così", true), (" è", false)]
        );
        assert_eq!(highlight("niente", "x"), [("niente", false)]);
        assert_eq!(highlight("", "x"), [("", false)]);
    }
}
