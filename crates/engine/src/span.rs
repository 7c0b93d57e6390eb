/// A half-open range of byte offsets into a document's text.
///
/// Byte offsets, because Rust slices by them and they cost nothing to take; convert with
/// [`crate::CharIndex`] where another language needs character offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} runs backwards");
        Span { start, end }
    }

    /// The text this span covers in `text`.
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// Whether `offset` lies inside the span.
    pub fn contains(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// This span shrunk to exclude leading and trailing white space of `text`.
    pub fn trimmed(&self, text: &str) -> Span {
        let inner = self.of(text);
        let start = self.start + (inner.len() - inner.trim_start().len());
        let end = self.end - (inner.len() - inner.trim_end().len());
        Span::new(start, end.max(start))
    }
}
