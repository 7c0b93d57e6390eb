use crate::{Diagnostic, PartialDate, Span};

/// What is known about a document besides its text.
///
/// Every field is optional: an unknown outlet stays unknown rather than invented.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Meta {
    /// The headline, or a description of the article where it has none.
    pub title: Option<String>,
    /// The newspaper, agency or site that published it.
    pub outlet: Option<String>,
    /// When it was published, as precisely as known.
    pub date: Option<PartialDate>,
    /// Its language, as a BCP 47 tag (`it`, `en-GB`).
    pub lang: Option<String>,
    /// Where it was published; only `http` and `https` addresses are kept.
    pub url: Option<String>,
}

impl Meta {
    /// The keys of the metadata format (`key: value`), in the order of the fields.
    pub const KEYS: [&'static str; 5] = ["title", "outlet", "date", "lang", "url"];

    /// Reads a metadata sidecar: `key: value` lines (`title`, `outlet`, `date`, `lang`, `url`),
    /// blank lines and `#` comments. It never fails; what it cannot use is reported.
    pub fn parse_sidecar(text: &str) -> (Meta, Vec<Diagnostic>) {
        let mut meta = Meta::default();
        let mut diagnostics = Vec::new();
        for line in lines(text, 0) {
            let content = line.of(text).trim();
            if content.is_empty() || content.starts_with('#') {
                continue;
            }
            match key_value(content) {
                Some((key, value)) => meta.set(key, value, line, &mut diagnostics),
                None => diagnostics
                    .push(Diagnostic::new(line, format!("`{content}` is not a `key: value` line; it was ignored"))),
            }
        }
        (meta, diagnostics)
    }

    /// These values, with the gaps filled from `fallback`.
    pub fn or(self, fallback: Meta) -> Meta {
        Meta {
            title: self.title.or(fallback.title),
            outlet: self.outlet.or(fallback.outlet),
            date: self.date.or(fallback.date),
            lang: self.lang.or(fallback.lang),
            url: self.url.or(fallback.url),
        }
    }

    pub(crate) fn set(&mut self, key: &str, value: &str, line: Span, diagnostics: &mut Vec<Diagnostic>) {
        let value = value.trim();
        let mut report = |message: String| diagnostics.push(Diagnostic::new(line, message));
        if value.is_empty() {
            return;
        }
        match key.to_ascii_lowercase().as_str() {
            "title" => self.title = Some(value.to_owned()),
            "outlet" => self.outlet = Some(value.to_owned()),
            "date" => match PartialDate::parse_iso(value) {
                Some(date) => self.date = Some(date),
                None => report(format!("`date: {value}` is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")),
            },
            "lang" if is_language_tag(value) => self.lang = Some(value.to_ascii_lowercase()),
            "lang" => report(format!("`lang: {value}` is not a language tag such as `it` or `en`")),
            "url" if value.starts_with("https://") || value.starts_with("http://") => self.url = Some(value.to_owned()),
            "url" => report(format!("`url: {value}` is not an http(s) address; it was ignored")),
            other => report(format!("unknown key `{other}`; the keys are {}", Meta::KEYS.join(", "))),
        }
    }
}

/// The metadata at the top of a document and where its body starts.
pub(crate) struct Header {
    pub meta: Meta,
    pub body_start: usize,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads the optional header of a document: the seed form ` date YYYY-MM OUTLET` on the first
/// line, or a block of `key: value` lines with at least one known key, ended by a blank line.
pub(crate) fn parse_header(text: &str) -> Header {
    let start = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let mut diagnostics = Vec::new();
    let mut meta = Meta::default();
    let mut remaining = lines(text, start).skip_while(|line| line.of(text).trim().is_empty()).peekable();

    let Some(&first) = remaining.peek() else {
        return Header { meta, body_start: start, diagnostics };
    };
    if let Some((date, outlet)) = seed_line(first.of(text)) {
        meta.date = Some(date);
        meta.outlet = outlet;
        return Header { meta, body_start: first.end, diagnostics };
    }

    let block: Vec<(Span, &str, &str)> =
        remaining.map_while(|line| key_value(line.of(text).trim()).map(|(key, value)| (line, key, value))).collect();
    if !block.iter().any(|(_, key, _)| Meta::KEYS.contains(&key.to_ascii_lowercase().as_str())) {
        return Header { meta, body_start: start, diagnostics };
    }
    for (line, key, value) in &block {
        meta.set(key, value, *line, &mut diagnostics);
    }
    let last = block.last().map(|(line, ..)| *line).unwrap_or(first);
    let rest = &text[last.end..];
    let ends_with_blank_line =
        rest.is_empty() || lines(text, last.end).nth(1).is_none_or(|next| next.of(text).trim().is_empty());
    if !ends_with_blank_line {
        diagnostics.push(Diagnostic::new(
            last,
            "the header should end with a blank line; the text after it was read as the body",
        ));
    }
    Header { meta, body_start: last.end, diagnostics }
}

/// ` date 2024-06 CNN`: the date and, if any, the outlet.
fn seed_line(line: &str) -> Option<(PartialDate, Option<String>)> {
    let mut words = line.split_whitespace();
    if !words.next()?.eq_ignore_ascii_case("date") {
        return None;
    }
    let date = PartialDate::parse_iso(words.next()?)?;
    let outlet = words.collect::<Vec<_>>().join(" ");
    Some((date, (!outlet.is_empty()).then_some(outlet)))
}

/// `key: value`, where the key is one word of ASCII letters, `_` or `-`.
fn key_value(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once(':')?;
    let is_key = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphabetic() || c == '_' || c == '-');
    is_key.then_some((key, value))
}

pub(crate) fn is_language_tag(value: &str) -> bool {
    let mut subtags = value.split('-');
    let primary = subtags.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && subtags.all(|s| (1..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The lines of `text` from byte `from`, each without its `\n` or `\r\n`.
pub(crate) fn lines(text: &str, from: usize) -> impl Iterator<Item = Span> + '_ {
    let mut at = from;
    std::iter::from_fn(move || {
        if at >= text.len() {
            return None;
        }
        let rest = &text[at..];
        let (len, next) = match rest.find('\n') {
            Some(i) => (i, at + i + 1),
            None => (rest.len(), text.len()),
        };
        let line = &rest[..len];
        let len = if line.ends_with('\r') { len - 1 } else { len };
        let span = Span::new(at, at + len);
        at = next;
        Some(span)
    })
}
