/// Converts byte offsets of one text into character (Unicode scalar value) offsets.
///
/// The engine works in bytes; JSON consumers index strings by characters. Built once per text,
/// each conversion is a binary search over the positions of its non-ASCII characters, so a pure
/// ASCII text costs nothing.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// For every non-ASCII character: its byte offset and the number of extra bytes it and all
    /// the earlier ones take beyond one byte per character.
    wide: Vec<(usize, usize)>,
}

impl CharIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> CharIndex {
        let mut extra = 0;
        let mut wide = Vec::new();
        for (offset, c) in text.char_indices() {
            let len = c.len_utf8();
            if len > 1 {
                extra += len - 1;
                wide.push((offset, extra));
            }
        }
        CharIndex { wide }
    }

    /// The character offset of byte offset `byte`, which must lie on a character boundary.
    pub fn char_offset(&self, byte: usize) -> usize {
        // Characters that start before `byte` all end at or before it.
        let before = self.wide.partition_point(|&(offset, _)| offset < byte);
        let extra = if before == 0 { 0 } else { self.wide[before - 1].1 };
        byte - extra
    }
}

#[cfg(test)]
mod tests {
    use super::CharIndex;

    #[test]
    fn agrees_with_counting_chars() {
        let text = "È “così”, ha detto — 24 anni.\u{1F600}x";
        let index = CharIndex::new(text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(index.char_offset(byte), text[..byte].chars().count(), "at byte {byte}");
        }
    }
}
