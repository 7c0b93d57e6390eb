//! Articles from what readers bring: a pasted text, or a `.txt`, `.md`, `.html` or `.htm` file.
//!
//! Each importer turns its input into an [`Article`]: the plain text the engine reads and the
//! [`Meta`] that the input itself states, never more. A pasted text or a `.txt` file is read by
//! [`suggest`]: its `key: value` header (the form [`Document::parse`](crate::Document::parse)
//! reads), else a wire dateline (`(ANSA) - ROMA, 3 MAR -`, `ROMA, 12 marzo 2024 —`), else a date
//! on a short line among the first ones ("12 marzo 2024", "12/03/2024"), and a title from a short
//! first line. An HTML page saved from a browser is read by a tolerant scanner (`html`) that
//! never fails, never runs or loads anything, and keeps the article's paragraphs only; a Markdown
//! file loses the syntax that would pollute its text (`markdown`).
//!
//! [`read_file`] checks a file first, with typed errors ([`ImportError`]) that an interface can
//! translate: an extension it does not read, more than [`MAX_FILE_BYTES`], binary content, an
//! encoding it cannot read. UTF-8 (with or without a byte-order mark) and UTF-16 with a
//! byte-order mark are read as they are; other bytes are read as Windows-1252 (which includes
//! Latin-1), the encoding of older Windows and Western web pages, unless an HTML page declares
//! another charset or a byte has no meaning there: then the file is refused rather than guessed,
//! and [`Encoding`] says which reading was used so that an interface can ask to check accents.

use std::fmt;

use crate::calendar::days_in_month;
use crate::header::parse_header;
use crate::timex::{TimeValue, When, time_expressions};
use crate::{Document, Meta, PartialDate, Sentence, Span};

mod encoding;
mod html;
mod markdown;

pub use encoding::Encoding;

/// The largest file read, in bytes (10 MB): a saved page carries markup and scripts around its
/// text, and UTF-16 doubles it.
pub const MAX_FILE_BYTES: usize = 10_000_000;

/// The most text one article may have, in bytes of UTF-8 (2 MB): twice the megabyte of text an
/// article must be able to carry.
pub const MAX_TEXT_BYTES: usize = 2_000_000;

/// A text ready to become a document, with what it says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    /// Title, outlet, date, language and address, as far as the input states them.
    pub meta: Meta,
    /// The article's plain text, without the header or markup it came with.
    pub text: String,
}

/// A file read into an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedFile {
    /// Its text and metadata.
    pub article: Article,
    /// How its bytes were read.
    pub encoding: Encoding,
}

/// Why a file or a text cannot become an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file's name does not end in `.txt`, `.md`, `.markdown`, `.html` or `.htm`.
    UnknownExtension {
        /// What it ends in, lowercased, without the dot; empty when it has no extension.
        extension: String,
    },
    /// More bytes than the limit.
    TooLarge {
        /// Its size in bytes.
        size: usize,
        /// The limit it exceeds: [`MAX_FILE_BYTES`] for a file, [`MAX_TEXT_BYTES`] for a text.
        limit: usize,
    },
    /// Not text: null bytes, or mostly control characters (an image, a PDF, an archive).
    Binary,
    /// Text in an encoding this reader does not know.
    UnreadableEncoding {
        /// The encoding the file declares or appears to be in, when known (`shift_jis`,
        /// `UTF-16 without byte-order mark`).
        encoding: Option<String>,
    },
    /// Nothing in it reads as an article's text (an empty file, a page of menus only).
    NoText,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::UnknownExtension { extension } if extension.is_empty() => {
                write!(f, "the file has no extension; save it as .txt, .md or .html and add it again")
            }
            ImportError::UnknownExtension { extension } => write!(
                f,
                "`.{extension}` files cannot be read; save the article as .txt, .md or .html, or paste its text"
            ),
            ImportError::TooLarge { size, limit } => write!(
                f,
                "{} MB is over the limit of {} MB; split the article, or paste only its text",
                megabytes(*size),
                megabytes(*limit)
            ),
            ImportError::Binary => {
                write!(f, "this is not a text file (an image, a PDF or an archive?); save the article as text first")
            }
            ImportError::UnreadableEncoding { encoding } => {
                let name = encoding.as_deref().unwrap_or("an unknown encoding");
                write!(f, "the text is in {name}; save it as UTF-8 and add it again")
            }
            ImportError::NoText => {
                write!(f, "no article text was found; open the article, select its text and paste it")
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// `bytes` in megabytes with one decimal, rounded up so a file just over the limit never reads
/// as equal to it.
fn megabytes(bytes: usize) -> String {
    let tenths = bytes.div_ceil(100_000);
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Whether `text` can be an article: some letters or digits, and no more than [`MAX_TEXT_BYTES`].
pub fn check_text(text: &str) -> Result<(), ImportError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(ImportError::TooLarge { size: text.len(), limit: MAX_TEXT_BYTES });
    }
    if !text.chars().any(char::is_alphanumeric) {
        return Err(ImportError::NoText);
    }
    Ok(())
}

/// Whether a file called `name` of `size` bytes can be read, before reading it: its extension and
/// its size.
pub fn check_file(name: &str, size: usize) -> Result<(), ImportError> {
    kind(name)?;
    if size > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { size, limit: MAX_FILE_BYTES });
    }
    Ok(())
}

/// Reads the file called `name` with content `bytes` into an article, by its extension.
pub fn read_file(name: &str, bytes: &[u8]) -> Result<ImportedFile, ImportError> {
    check_file(name, bytes.len())?;
    let kind = kind(name)?;
    let declared = if kind == Kind::Html { html::declared_charset(bytes) } else { None };
    let (text, encoding) = encoding::decode(bytes, declared.as_deref())?;
    let article = match kind {
        Kind::Text => suggest(&text),
        Kind::Markdown => from_markdown(&text),
        Kind::Html => from_html(&text),
    };
    check_text(&article.text)?;
    Ok(ImportedFile { article, encoding })
}

/// What a file called `name` holds, by its extension.
fn kind(name: &str) -> Result<Kind, ImportError> {
    let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match extension.as_str() {
        "txt" => Ok(Kind::Text),
        "md" | "markdown" => Ok(Kind::Markdown),
        "html" | "htm" => Ok(Kind::Html),
        _ => Err(ImportError::UnknownExtension { extension }),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Markdown,
    Html,
}

/// What a pasted text says about itself, and its text without its header or the line that
/// became its title.
///
/// The `key: value` header wins; what it lacks comes from a dateline (an agency in parentheses
/// is the outlet; a date with its year is the date: "3 MAR" alone is not), else a date on a short
/// line among the first ones, and the title from a short first line. Nothing else is guessed.
pub fn suggest(text: &str) -> Article {
    let header = parse_header(text);
    let title_known = header.meta.title.is_some();
    let (guessed, text) = guess_and_take_title(text[header.body_start..].trim(), title_known);
    Article { meta: header.meta.or(guessed), text }
}

/// An HTML page saved from a browser: its headline, date, outlet, address and language from its
/// own tags, and the text of its article's paragraphs. Never fails; runs and loads nothing.
pub fn from_html(html: &str) -> Article {
    let page = html::read(html);
    // A page that does not date itself may still carry a dateline in its first paragraph.
    let from_text = Meta { title: None, ..guess(&page.text) };
    Article { meta: page.meta.or(from_text), text: page.text }
}

/// A Markdown file: its first heading is the title, and headings' `#`, emphasis, links' targets,
/// list and quotation markers, code fences and rules are removed from its text.
pub fn from_markdown(markdown: &str) -> Article {
    let header = parse_header(markdown);
    let stripped = markdown::strip(&markdown[header.body_start..]);
    let meta = header.meta.or(stripped.meta);
    let (guessed, text) = guess_and_take_title(&stripped.text, meta.title.is_some());
    Article { meta: meta.or(guessed), text }
}

/// What the first lines of `body` say, and `body` without its first line when that became the
/// title (a title already known leaves it in place).
fn guess_and_take_title(body: &str, title_known: bool) -> (Meta, String) {
    let guessed = guess(body);
    let text = match guessed.title {
        Some(_) if !title_known => body.split_once('\n').map_or("", |(_, rest)| rest).trim(),
        _ => body,
    };
    (guessed, text.to_owned())
}

/// How many of the first lines a date or a dateline is looked for in.
const FIRST_LINES: usize = 6;
/// A line longer than this, in characters, is prose: a date in it is what the article tells.
const SHORT_LINE: usize = 100;

/// What the first lines of `body` say: a title, a dateline's agency and date, a date.
fn guess(body: &str) -> Meta {
    let lines: Vec<&str> = body.lines().map(str::trim).filter(|l| !l.is_empty()).take(FIRST_LINES).collect();
    let mut meta = Meta::default();
    for line in &lines {
        if let Some((outlet, date)) = dateline(line) {
            meta.outlet = outlet;
            meta.date = date;
            break;
        }
    }
    if meta.date.is_none() {
        meta.date = lines.iter().filter(|l| l.chars().count() <= SHORT_LINE).find_map(|l| date_in(l));
    }
    let first = lines.first().copied().unwrap_or_default();
    let is_title = lines.len() > 1
        && first.chars().count() <= 160
        && !first.ends_with(['.', ':', ';', ','])
        && date_in(first).is_none()
        && dateline(first).is_none();
    if is_title {
        meta.title = Some(first.to_owned());
    }
    meta
}

/// A wire dateline at the start of `line`: "(ANSA) - ROMA, 3 MAR -", "ROMA, 12 marzo 2024 —",
/// "MILANO —", "Roma, 12 mar. (Adnkronos) -": segments of capitalised words, numbers and month
/// names, each ended by a dash. The agency in parentheses, if any, and the date, if it has a year.
fn dateline(line: &str) -> Option<(Option<String>, Option<PartialDate>)> {
    let mut rest = line;
    let mut agency = None;
    let mut date = None;
    let mut capitals = false;
    let mut segments = 0;
    while segments < 3 {
        let Some((at, dash)) = ["- ", "– ", "— "].iter().filter_map(|d| rest.find(d).map(|at| (at, d.len()))).min()
        else {
            break;
        };
        let segment = &rest[..at];
        if at > 60 || (segment.trim().is_empty() && segments > 0) {
            break;
        }
        let (outside, inside) = match (segment.find('('), segment.find(')')) {
            (Some(open), Some(close)) if open < close => {
                (format!("{} {}", &segment[..open], &segment[close + 1..]), Some(segment[open + 1..close].trim()))
            }
            _ => (segment.to_owned(), None),
        };
        let words = outside.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
        let fits = words.clone().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) || crate::timex::is_month_word(w)
        });
        let agency_here = inside.filter(|a| (2..=30).contains(&a.len()) && a.chars().any(char::is_alphabetic));
        if !fits || (inside.is_some() && agency_here.is_none()) {
            break;
        }
        capitals |=
            agency_here.is_some() || words.clone().any(|w| w.chars().count() >= 3 && w.chars().all(char::is_uppercase));
        agency = agency.or(agency_here.map(str::to_owned));
        date = date.or_else(|| date_in(&outside));
        rest = &rest[at + dash..];
        segments += 1;
    }
    (capitals && segments > 0).then_some((agency, date))
}

/// A date to the day written in `line`: `12/03/2024`, `12.03.2024`, `2024-03-12`, or in words as
/// the engine reads them ("12 marzo 2024", "mercoledì 12 marzo 2024"). Two-digit years are not
/// read: "12/03/24" does not say its century.
fn date_in(line: &str) -> Option<PartialDate> {
    let numeric = line
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '|' | '[' | ']'))
        .find_map(numeric_date);
    numeric.or_else(|| {
        let document = Document {
            id: String::new(),
            text: line.to_owned(),
            meta: Meta::default(),
            paragraphs: Vec::new(),
            sentences: vec![Sentence { span: Span::new(0, line.len()), paragraph: 0 }],
            diagnostics: Vec::new(),
        };
        // Without a date of writing, only absolute dates resolve.
        time_expressions(&document).into_iter().find_map(|expression| match expression.when {
            When::Point(Some(TimeValue::Date(date))) if date.day.is_some() => Some(date),
            _ => None,
        })
    })
}

/// `12/03/2024`, `12.03.2024`, `12-03-2024` (day first, as Italian writes it) or `2024-03-12`.
fn numeric_date(token: &str) -> Option<PartialDate> {
    let token = token.trim_end_matches('.');
    if token.len() == 10 && token.as_bytes()[4] == b'-' {
        return PartialDate::parse_iso(token).filter(|d| d.day.is_some());
    }
    let separator = token.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let parts: Vec<&str> = token.split(separator).collect();
    let [day, month, year] = parts[..] else { return None };
    if !(1..=2).contains(&day.len()) || !(1..=2).contains(&month.len()) || year.len() != 4 {
        return None;
    }
    let number = |s: &str| s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse::<u16>().ok()).flatten();
    let (day, month, year) = (number(day)? as u8, number(month)? as u8, number(year)? as i32);
    let exists = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
    exists.then(|| PartialDate::day(year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<PartialDate> {
        PartialDate::parse_iso(text)
    }

    /// (pasted text, title, outlet, date, the text's first line after import)
    #[test]
    fn suggests_what_a_pasted_text_says_and_nothing_more() {
        type Case = (&'static str, Option<&'static str>, Option<&'static str>, Option<&'static str>, &'static str);
        let cases: &[Case] = &[
            (
                "title: Ponte sul Tavella, via ai lavori\noutlet: Gazzetta di Borgo\ndate: 2024-03-12\n\nIl sindaco ha detto: «Si parte».",
                Some("Ponte sul Tavella, via ai lavori"),
                Some("Gazzetta di Borgo"),
                Some("2024-03-12"),
                "Il sindaco ha detto: «Si parte».",
            ),
            (
                "(ANSA) - ROMA, 3 MAR - Il ministro ha annunciato un piano per le ferrovie regionali.",
                None,
                Some("ANSA"),
                None,
                "(ANSA) - ROMA, 3 MAR - Il ministro ha annunciato un piano per le ferrovie regionali.",
            ),
            (
                "Sciopero dei trasporti, adesione al 70%\nROMA, 12 marzo 2024 — I sindacati hanno confermato lo sciopero di venerdì.",
                Some("Sciopero dei trasporti, adesione al 70%"),
                None,
                Some("2024-03-12"),
                "ROMA, 12 marzo 2024 — I sindacati hanno confermato lo sciopero di venerdì.",
            ),
            (
                "MILANO — La giunta ha approvato ieri il bilancio.\nL'assessore ha parlato di «svolta».",
                None,
                None,
                None,
                "MILANO — La giunta ha approvato ieri il bilancio.",
            ),
            (
                "Roma, 7 feb. (Adnkronos) - «Serve un accordo entro l'estate», ha detto la ministra.",
                None,
                Some("Adnkronos"),
                None,
                "Roma, 7 feb. (Adnkronos) - «Serve un accordo entro l'estate», ha detto la ministra.",
            ),
            (
                "Alluvione in Valdorcia, i sindaci chiedono aiuti\ndi Marta Bellini | 05/11/2023\n\nI sindaci della valle hanno scritto alla Regione.",
                Some("Alluvione in Valdorcia, i sindaci chiedono aiuti"),
                None,
                Some("2023-11-05"),
                "di Marta Bellini | 05/11/2023",
            ),
            (
                "Il vertice di Pievemora\nPubblicato mercoledì 19 giugno 2024 alle 10:30\nLe delegazioni sono arrivate ieri.",
                Some("Il vertice di Pievemora"),
                None,
                Some("2024-06-19"),
                "Pubblicato mercoledì 19 giugno 2024 alle 10:30",
            ),
            // A date inside the prose is what the article tells, not when it was written.
            (
                "Il consiglio comunale di Borgo Tavella, riunito in seduta straordinaria il 12 marzo 2024 dopo settimane di polemiche, ha votato la mozione.",
                None,
                None,
                None,
                "Il consiglio comunale di Borgo Tavella, riunito in seduta straordinaria il 12 marzo 2024 dopo settimane di polemiche, ha votato la mozione.",
            ),
            // A two-digit year does not say its century; an impossible date is no date.
            ("Notizia breve\n12/03/24\nTesto.", Some("Notizia breve"), None, None, "12/03/24"),
            ("Notizia breve\n31/02/2024\nTesto.", Some("Notizia breve"), None, None, "31/02/2024"),
            // One line alone is the text, not its title; a first line ending a sentence is prose.
            (
                "Il governo ha detto che la manovra è pronta",
                None,
                None,
                None,
                "Il governo ha detto che la manovra è pronta",
            ),
            ("Oggi piove.\nDomani no.", None, None, None, "Oggi piove."),
            ("", None, None, None, ""),
        ];
        for &(text, title, outlet, day, first_line) in cases {
            let article = suggest(text);
            assert_eq!(article.meta.title.as_deref(), title, "title of {text:?}");
            assert_eq!(article.meta.outlet.as_deref(), outlet, "outlet of {text:?}");
            assert_eq!(article.meta.date, day.and_then(date), "date of {text:?}");
            assert_eq!(article.text.lines().next().unwrap_or_default(), first_line, "text of {text:?}");
        }
    }

    #[test]
    fn the_header_wins_over_what_the_text_suggests() {
        let article = suggest("date: 2024-03-14\n\nROMA, 12 marzo 2024 — Il testo.\n");
        assert_eq!(article.meta.date, date("2024-03-14"));
        assert_eq!(article.text, "ROMA, 12 marzo 2024 — Il testo.");
    }

    #[test]
    fn numeric_dates_are_day_first_and_must_exist() {
        for (token, expected) in [
            ("12/03/2024", Some("2024-03-12")),
            ("1.3.2024", Some("2024-03-01")),
            ("29-02-2024", Some("2024-02-29")),
            ("2024-03-12", Some("2024-03-12")),
            ("29/02/2023", None),
            ("12/13/2024", None),
            ("2024-03", None),
            ("12/03/24", None),
            ("1/2/3/2024", None),
            ("10.000", None),
        ] {
            assert_eq!(numeric_date(token), expected.and_then(date), "{token}");
        }
    }

    #[test]
    fn files_are_read_by_extension_and_checked() {
        let ok = read_file("Articolo.TXT", "Titolo breve\n\nIl testo dell'articolo.".as_bytes()).unwrap();
        assert_eq!(ok.article.meta.title.as_deref(), Some("Titolo breve"));
        assert_eq!(ok.article.text, "Il testo dell'articolo.", "the title is not also the text's first line");
        assert_eq!(ok.encoding, Encoding::Utf8);

        let cases: &[(&str, &[u8], ImportError)] = &[
            ("scan.pdf", b"%PDF-1.7", ImportError::UnknownExtension { extension: "pdf".into() }),
            ("LEGGIMI", b"testo", ImportError::UnknownExtension { extension: String::new() }),
            ("foto.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", ImportError::Binary),
            ("vuoto.txt", b"  \n\n ", ImportError::NoText),
            ("menu.html", b"<nav><p>Home</p></nav><script>x()</script>", ImportError::NoText),
        ];
        for (name, bytes, error) in cases {
            assert_eq!(read_file(name, bytes).unwrap_err(), *error, "{name}");
        }
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        assert_eq!(
            read_file("grande.txt", &big).unwrap_err(),
            ImportError::TooLarge { size: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES }
        );
        // A megabyte of text is an article; more than two is not.
        let megabyte = "Il sindaco ha detto che i lavori finiranno presto.\n".repeat(20_000);
        assert!(read_file("lungo.txt", megabyte.as_bytes()).is_ok());
        let too_long = "Parole. ".repeat(MAX_TEXT_BYTES / 8 + 1);
        assert!(matches!(read_file("lunghissimo.txt", too_long.as_bytes()), Err(ImportError::TooLarge { .. })));
        assert!(matches!(check_text(&too_long), Err(ImportError::TooLarge { limit: MAX_TEXT_BYTES, .. })));
        // Before reading: the name and the size only.
        assert_eq!(check_file("pagina.HTM", MAX_FILE_BYTES), Ok(()));
        assert!(matches!(check_file("pagina.htm", MAX_FILE_BYTES + 1), Err(ImportError::TooLarge { .. })));
        assert!(matches!(check_file("foto.jpeg", 10), Err(ImportError::UnknownExtension { .. })));
    }

    #[test]
    fn errors_say_what_to_do_next() {
        let cases = [
            (ImportError::UnknownExtension { extension: "docx".into() }, "`.docx` files cannot be read"),
            (ImportError::TooLarge { size: 10_000_001, limit: 10_000_000 }, "10.1 MB is over the limit of 10.0 MB"),
            (ImportError::Binary, "not a text file"),
            (ImportError::UnreadableEncoding { encoding: Some("shift_jis".into()) }, "in shift_jis; save it as UTF-8"),
            (ImportError::NoText, "select its text and paste it"),
        ];
        for (error, says) in cases {
            assert!(error.to_string().contains(says), "{error}");
        }
    }

    #[test]
    fn pages_and_markdown_fill_their_gaps_from_the_text() {
        let wire = "<html><head><meta property='og:site_name' content='Agenzia Lampo'></head><body><article>\
                    <h1>Treni, sciopero confermato</h1><p>ROMA, 12 marzo 2024 &mdash; I sindacati confermano.</p>\
                    </article></body></html>";
        let article = from_html(wire);
        assert_eq!(article.meta.title.as_deref(), Some("Treni, sciopero confermato"));
        assert_eq!(article.meta.outlet.as_deref(), Some("Agenzia Lampo"), "the page's own outlet wins");
        assert_eq!(article.meta.date, date("2024-03-12"), "the dateline dates a page that does not");
        assert_eq!(article.text, "ROMA, 12 marzo 2024 — I sindacati confermano.");

        let markdown = from_markdown("# Il ponte riapre\n\n*Eco di Pievemora* | 05/11/2023\n\nIl cantiere chiude.");
        assert_eq!(markdown.meta.title.as_deref(), Some("Il ponte riapre"));
        assert_eq!(markdown.meta.date, date("2023-11-05"));
        assert_eq!(markdown.text, "Eco di Pievemora | 05/11/2023\n\nIl cantiere chiude.");
    }

    #[test]
    fn a_latin1_page_is_read_and_says_so() {
        let page = b"<meta charset=iso-8859-1><title>Citt\xe0</title><p>Perch\xe9 \x93no\x94.</p>";
        let file = read_file("pagina.htm", page).unwrap();
        assert_eq!(file.encoding, Encoding::Windows1252);
        assert_eq!(file.article.meta.title.as_deref(), Some("Città"));
        assert_eq!(file.article.text, "Perché “no”.");
        let declared_other = b"<meta charset=koi8-r><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>";
        assert_eq!(
            read_file("pagina.html", declared_other).unwrap_err(),
            ImportError::UnreadableEncoding { encoding: Some("koi8-r".into()) }
        );
    }

    #[test]
    fn pathological_input_takes_linear_time() {
        for text in ["[".repeat(300_000), "<".repeat(300_000), "<p ".repeat(100_000), "&#".repeat(200_000)] {
            let started = std::time::Instant::now();
            let _ = from_markdown(&text);
            let _ = from_html(&text);
            let _ = suggest(&text);
            assert!(started.elapsed().as_secs() < 2, "{:?}…", &text[..6]);
        }
    }

    proptest::proptest! {
        #[test]
        fn importers_never_panic(text in "(<[a-z/!?]{0,3}|[a-z =\"'>&#;\\[\\]()*_`\n-]|\\PC){0,200}") {
            let _ = from_html(&text);
            let _ = from_markdown(&text);
            let _ = suggest(&text);
            let _ = read_file("x.html", text.as_bytes());
        }
    }
}
