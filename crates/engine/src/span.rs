/// A half-open range of byte offsets into a document's text.
///
/// Byte offsets, because Rust slices by them and they cost nothing to take; convert with
/// [`crate::CharIndex`] where another language needs character offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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

/// Spans that may overlap, kept merged and sorted so that whether a span lies inside one of them
/// is a binary search: asked for every word of a text, that stays linear in the text.
#[derive(Debug, Clone, Default)]
pub(crate) struct SpanSet {
    merged: Vec<Span>,
}

impl SpanSet {
    /// The union of `spans`.
    pub(crate) fn new(spans: impl IntoIterator<Item = Span>) -> SpanSet {
        let mut spans: Vec<Span> = spans.into_iter().collect();
        spans.sort_by_key(|span| span.start);
        let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
        for span in spans {
            match merged.last_mut() {
                Some(last) if span.start < last.end => last.end = last.end.max(span.end),
                _ => merged.push(span),
            }
        }
        SpanSet { merged }
    }

    /// Whether `span` lies inside one of the set's spans.
    pub(crate) fn covers(&self, span: Span) -> bool {
        let after = self.merged.partition_point(|s| s.start <= span.start);
        after > 0 && span.end <= self.merged[after - 1].end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_set_covers_what_lies_inside_its_union() {
        let set = SpanSet::new([Span::new(10, 20), Span::new(0, 5), Span::new(15, 30)]);
        assert!(set.covers(Span::new(0, 5)) && set.covers(Span::new(12, 28)) && set.covers(Span::new(29, 30)));
        assert!(!set.covers(Span::new(4, 11)) && !set.covers(Span::new(5, 6)) && !set.covers(Span::new(25, 31)));
        assert!(!SpanSet::default().covers(Span::new(0, 0)));
    }
}
