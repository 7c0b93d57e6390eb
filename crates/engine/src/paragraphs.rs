//! Paragraphs: where a body's lines group into units of text.
//!
//! Articles copied from the web put one paragraph on a line, with or without blank lines between
//! them; texts wrapped for e-mail or print put a paragraph on several short lines and separate
//! paragraphs with a blank line. The second kind is recognised by its shape (no line longer than a
//! print width, and some block of three or more lines); anything else is read one paragraph a line.
//! Lines with no letter or digit (`—`, `* * *`) are decoration, not paragraphs.

use crate::Span;
use crate::header::lines;

/// Lines no longer than this, in characters, may be a wrapped paragraph's lines.
const WRAP_WIDTH: usize = 100;

/// The paragraphs of `text` from byte `from`, trimmed of surrounding white space.
pub fn split(text: &str, from: usize) -> Vec<Span> {
    let lines: Vec<Span> = lines(text, from).collect();
    let mut blocks: Vec<&[Span]> = Vec::new();
    for group in lines.split(|line| line.of(text).trim().is_empty()) {
        if !group.is_empty() {
            blocks.push(group);
        }
    }
    let wrapped = lines.iter().all(|line| line.of(text).chars().count() <= WRAP_WIDTH)
        && blocks.iter().any(|block| block.len() >= 3);
    let spans: Vec<Span> = if wrapped {
        blocks.iter().map(|block| Span::new(block[0].start, block[block.len() - 1].end)).collect()
    } else {
        lines
    };
    spans
        .into_iter()
        .map(|span| span.trimmed(text))
        .filter(|span| span.of(text).chars().any(char::is_alphanumeric))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::split;

    fn paragraphs(text: &str) -> Vec<&str> {
        split(text, 0).iter().map(|span| span.of(text)).collect()
    }

    #[test]
    fn one_paragraph_a_line_with_or_without_blank_lines() {
        assert_eq!(paragraphs("Uno due.\nTre quattro.\n\n\nCinque."), ["Uno due.", "Tre quattro.", "Cinque."]);
    }

    #[test]
    fn decoration_is_not_a_paragraph() {
        assert_eq!(paragraphs("—\n\n* * *\nTesto.\n  \n"), ["Testo."]);
    }

    #[test]
    fn wrapped_text_joins_lines_until_a_blank_line() {
        let text = "La Russia e la Corea del Nord si\ndifenderanno reciprocamente in caso\ndi aggressione.\n\nSecondo paragrafo\nsu due righe.\n";
        assert_eq!(
            paragraphs(text),
            [
                "La Russia e la Corea del Nord si\ndifenderanno reciprocamente in caso\ndi aggressione.",
                "Secondo paragrafo\nsu due righe."
            ]
        );
    }

    #[test]
    fn crlf_lines_keep_the_carriage_return_out() {
        assert_eq!(paragraphs("Uno.\r\nDue.\r\n"), ["Uno.", "Due."]);
    }
}
