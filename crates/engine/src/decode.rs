use std::fmt;

/// Why a file's bytes are not a text the engine can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// Byte offset of the first byte that is not valid UTF-8.
    pub byte: usize,
    /// Its 1-based line number.
    pub line: usize,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "not UTF-8 text (invalid byte at offset {}, line {}); convert it first, e.g. `iconv -f LATIN1 -t UTF-8`",
            self.byte, self.line
        )
    }
}

impl std::error::Error for DecodeError {}

/// Reads `bytes` as UTF-8 text, or says where they stop being UTF-8.
///
/// The engine does not guess encodings: a wrong guess would silently shift every offset.
pub fn decode(bytes: &[u8]) -> Result<&str, DecodeError> {
    std::str::from_utf8(bytes).map_err(|error| {
        let byte = error.valid_up_to();
        let line = 1 + bytes[..byte].iter().filter(|&&b| b == b'\n').count();
        DecodeError { byte, line }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_line_of_the_first_bad_byte() {
        let error = decode(b"uno\ndue\ntr\xe8\n").unwrap_err();
        assert_eq!(error, DecodeError { byte: 10, line: 3 });
        assert!(error.to_string().contains("line 3"));
    }

    #[test]
    fn accepts_utf8() {
        assert_eq!(decode("città".as_bytes()), Ok("città"));
    }
}
