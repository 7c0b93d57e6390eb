//! Bytes to text: UTF-8, UTF-16 with a byte-order mark, or Windows-1252, and nothing guessed
//! beyond that.

use std::fmt;

use super::ImportError;

/// How a file's bytes were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    /// UTF-16, little-endian, with a byte-order mark.
    Utf16Le,
    /// UTF-16, big-endian, with a byte-order mark.
    Utf16Be,
    /// Windows-1252, which includes Latin-1: bytes that are not UTF-8 and declare nothing else.
    /// Accented letters may be wrong if the file was in another single-byte encoding.
    Windows1252,
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Windows1252 => "Windows-1252",
        })
    }
}

/// What Windows-1252 gives bytes 0x80 to 0x9F (where Latin-1 has control characters); `None` for
/// the five it leaves undefined. HTML's numeric references in that range mean the same.
pub(crate) const WINDOWS_1252_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// Charset labels read as Windows-1252, as browsers do (the WHATWG Encoding Standard).
const WINDOWS_1252_LABELS: &[&str] =
    &["windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii"];

/// `bytes` as text, and how they were read; `declared` is the charset an HTML page names.
pub(crate) fn decode(bytes: &[u8], declared: Option<&str>) -> Result<(String, Encoding), ImportError> {
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        (std::str::from_utf8(rest).map_err(|_| unreadable("UTF-8 with invalid bytes"))?.to_owned(), Encoding::Utf8)
    } else if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        (utf16(rest, u16::from_le_bytes)?, Encoding::Utf16Le)
    } else if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        (utf16(rest, u16::from_be_bytes)?, Encoding::Utf16Be)
    } else if bytes.contains(&0) {
        // Text in UTF-16 without its byte-order mark has a null byte beside most ASCII letters;
        // anything else with null bytes is binary.
        let nulls = bytes.iter().filter(|&&b| b == 0).count();
        return Err(if nulls * 3 >= bytes.len() && nulls * 3 <= bytes.len() * 2 && !looks_binary(bytes) {
            unreadable("UTF-16 without byte-order mark")
        } else {
            ImportError::Binary
        });
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        (text.to_owned(), Encoding::Utf8)
    } else {
        match declared.map(str::to_ascii_lowercase) {
            Some(label) if label != "utf-8" && label != "utf8" && !WINDOWS_1252_LABELS.contains(&label.as_str()) => {
                return Err(ImportError::UnreadableEncoding { encoding: Some(label) });
            }
            _ => (windows_1252(bytes)?, Encoding::Windows1252),
        }
    };
    let total = text.chars().count();
    let controls = text.chars().filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c')).count();
    if controls * 100 > total {
        return Err(ImportError::Binary);
    }
    Ok((text, encoding))
}

fn unreadable(what: &str) -> ImportError {
    ImportError::UnreadableEncoding { encoding: Some(what.to_owned()) }
}

/// Whether `bytes` carry the control bytes of a binary format rather than of UTF-16 text: in
/// text, the non-null byte of each pair is printable.
fn looks_binary(bytes: &[u8]) -> bool {
    bytes.iter().any(|&b| b != 0 && b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t'))
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ImportError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(unreadable("UTF-16 cut in the middle of a character"));
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units).collect::<Result<String, _>>().map_err(|_| unreadable("UTF-16 with invalid characters"))
}

fn windows_1252(bytes: &[u8]) -> Result<String, ImportError> {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => WINDOWS_1252_HIGH[usize::from(b - 0x80)],
            _ => Some(char::from(b)),
        })
        .collect::<Option<String>>()
        .ok_or(ImportError::UnreadableEncoding { encoding: None })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(text: &str, bom: bool) -> Vec<u8> {
        let mut bytes = if bom { vec![0xff, 0xfe] } else { Vec::new() };
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    }

    #[test]
    fn reads_the_encodings_it_knows() {
        let text = "Città, perché «sì» — 5 €";
        let mut be = vec![0xfe, 0xff];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        let mut bom8 = b"\xef\xbb\xbf".to_vec();
        bom8.extend(text.as_bytes());
        let cases: [(Vec<u8>, Encoding); 5] = [
            (text.as_bytes().to_vec(), Encoding::Utf8),
            (bom8, Encoding::Utf8),
            (utf16le(text, true), Encoding::Utf16Le),
            (be, Encoding::Utf16Be),
            (b"Citt\xe0, perch\xe9 \xabs\xec\xbb \x97 5 \x80".to_vec(), Encoding::Windows1252),
        ];
        for (bytes, encoding) in cases {
            assert_eq!(decode(&bytes, None), Ok((text.to_owned(), encoding)), "{encoding}");
        }
        // A page that declares Latin-1 is read as browsers read it.
        assert_eq!(decode(b"caff\xe8", Some("ISO-8859-1")), Ok(("caffè".to_owned(), Encoding::Windows1252)));
    }

    #[test]
    fn refuses_rather_than_guesses() {
        let unreadable = |what: &str| Err(ImportError::UnreadableEncoding { encoding: Some(what.to_owned()) });
        assert_eq!(decode(&utf16le("Città di Roma", false), None), unreadable("UTF-16 without byte-order mark"));
        assert_eq!(decode(b"\xff\xfeab\x00", None), unreadable("UTF-16 cut in the middle of a character"));
        assert_eq!(decode(b"\xff\xfe\x00\xd8a\x00", None), unreadable("UTF-16 with invalid characters"));
        assert_eq!(decode(b"\x82\xa0\x82\xa2", Some("Shift_JIS")), unreadable("shift_jis"));
        // 0x81 means nothing in Windows-1252.
        assert_eq!(decode(b"abc\x81def", None), Err(ImportError::UnreadableEncoding { encoding: None }));
        assert_eq!(decode(b"\xef\xbb\xbfok\xff", None), unreadable("UTF-8 with invalid bytes"));
    }

    #[test]
    fn binary_content_is_not_text() {
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00";
        let controls: Vec<u8> = (0..200u8).map(|i| if i % 10 == 0 { 0x01 } else { b'a' }).collect();
        for bytes in [&png[..], b"PK\x03\x04\x14\x00\x00\x00\x08\x00", &controls] {
            assert_eq!(decode(bytes, None), Err(ImportError::Binary), "{bytes:?}");
        }
        // A stray control character in a long text is no reason to refuse it.
        let mut text = "Il testo dell'articolo. ".repeat(10).into_bytes();
        text.push(0x0b);
        assert!(decode(&text, None).is_ok());
    }
}
