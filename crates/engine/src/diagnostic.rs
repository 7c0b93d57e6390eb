use std::fmt;

use crate::Span;

/// Something in a text that the engine read past rather than fail on.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Diagnostic {
    /// Where it is, in bytes of the text it was found in.
    pub span: Span,
    /// What was wrong and what the engine did about it.
    pub message: String,
}

impl Diagnostic {
    pub(crate) fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { span, message: message.into() }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bytes {}..{}: {}", self.span.start, self.span.end, self.message)
    }
}
