//! Temporal expressions: where a text says when, and the date it means.
//!
//! A scanner over each sentence's words recognises what Italian news writes: full dates ("19
//! giugno 2024", "mercoledì 19 giugno"), months ("a marzo", "lo scorso settembre", "marzo 2023"),
//! years where a preposition or a list makes them years ("nel 2019", "1961, 2000 e 2001", never
//! "2000 soldati"), decades ("alla fine degli anni ’40", "negli anni Novanta"), weekdays ("lunedì",
//! "nelle prime ore di mercoledì mattina"), words relative to the day of writing ("oggi", "ieri",
//! "nelle scorse ore", "lo scorso anno", "l’anno prossimo", "cinque anni fa") and durations ("da
//! oltre 2 anni", "in 24 anni", "da anni", "negli ultimi mesi"), which are not points in time and
//! never become dates. The expression keeps the preposition that introduces it, as written.
//!
//! Resolution takes the article's date as the time of writing. News speaks mostly of the past:
//! a bare month or weekday is the most recent one on or before that date, unless the nearest verb
//! is in the future tense; "scorso" and "prossimo" exclude the current one. Without an article date
//! absolute dates still resolve, relative ones stay unresolved; an offset from an event the text
//! does not date ("24 anni dopo il giorno della sua ultima visita") stays unresolved too, rather
//! than guessed.

use std::fmt;

use crate::calendar::{PartialDate, civil_from_days, days_from_civil, days_in_month, weekday};
use crate::words::{Word, lowered, words};
use crate::{Document, Span};

const MONTHS: [&str; 12] = [
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
    "novembre", "dicembre",
];

/// Whether `word` names a month, in full or as wire copy abbreviates it ("MAR", "mar.").
pub(crate) fn is_month_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.chars().count() >= 3
        && MONTHS.iter().any(|m| *m == lower || (lower.len() <= 4 && m.starts_with(lower.as_str())))
}

const WEEKDAYS: [[&str; 2]; 7] = [
    ["lunedì", "lunedi"],
    ["martedì", "martedi"],
    ["mercoledì", "mercoledi"],
    ["giovedì", "giovedi"],
    ["venerdì", "venerdi"],
    ["sabato", "sabato"],
    ["domenica", "domenica"],
];

/// Tens as words, for "anni Quaranta".
const DECADE_WORDS: [&str; 8] =
    ["venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"];

/// Small numbers as words, for "cinque anni fa".
const NUMBER_WORDS: [&str; 21] = [
    "zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici",
    "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove", "venti",
];

/// Words that make a four-digit number after them a year.
const YEAR_CUES: &[&str] = &[
    "nel", "nell", "del", "dell", "dal", "dall", "al", "all", "il", "entro", "anno", "estate", "primavera", "autunno",
    "inverno", "fino", "prima", "dopo", "tra", "fra", "e",
];

/// Prepositions and articles an expression keeps when they come right before it.
const LEADING: &[&str] = &[
    "nel", "nell", "nello", "nella", "nelle", "del", "dell", "dello", "della", "dal", "dall", "dallo", "dalla", "al",
    "all", "allo", "alla", "a", "da", "in", "entro", "il", "lo", "la", "l",
];

/// Words right before a date that make it a deadline or an appointment, ahead of the clause's
/// verb: "è stato convocato per il 23 ottobre", "hanno promesso una risposta entro il 5 marzo".
/// A past verb there tells when the appointment was made, not when it falls.
const AHEAD: &[&str] = &["per", "entro"];

/// Auxiliaries and past forms that mark a clause as past, against a future verb.
const PAST_MARKERS: &[&str] =
    &["ha", "hanno", "è", "sono", "era", "erano", "aveva", "avevano", "fu", "furono", "è stato", "stata", "stato"];

/// The date a point in time means, at the precision the text gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum TimeValue {
    /// A year, a month or a day.
    Date(PartialDate),
    /// A decade (its first year, `1940`), or its beginning, middle or end.
    Decade {
        /// The decade's first year.
        start: i32,
        /// Which part of it.
        part: DecadePart,
    },
}

/// Part of a decade, as in "alla fine degli anni ’40".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum DecadePart {
    /// The whole decade.
    Whole,
    /// "inizio", "primi".
    Early,
    /// "metà".
    Middle,
    /// "fine", "ultimi".
    Late,
}

impl DecadePart {
    /// `early`, `mid`, `late`, or nothing for the whole decade.
    pub fn as_str(self) -> Option<&'static str> {
        match self {
            DecadePart::Whole => None,
            DecadePart::Early => Some("early"),
            DecadePart::Middle => Some("mid"),
            DecadePart::Late => Some("late"),
        }
    }
}

impl TimeValue {
    /// A key that orders values chronologically, a less precise value before those inside it.
    pub fn sort_key(self) -> (i32, u8, u8) {
        match self {
            TimeValue::Date(date) => (date.year, date.month.unwrap_or(0), date.day.unwrap_or(0)),
            TimeValue::Decade { start, part } => {
                let year = match part {
                    DecadePart::Whole => start,
                    DecadePart::Early => start + 1,
                    DecadePart::Middle => start + 4,
                    DecadePart::Late => start + 8,
                };
                (year, 0, 0)
            }
        }
    }

    /// `early`, `mid` or `late` for part of a decade.
    pub fn modifier(self) -> Option<&'static str> {
        match self {
            TimeValue::Date(_) => None,
            TimeValue::Decade { part, .. } => part.as_str(),
        }
    }

    /// Reads what [`TimeValue`]'s `Display` prints: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `194X`.
    pub fn parse(text: &str) -> Option<TimeValue> {
        if let Some(tens) = text.strip_suffix('X').filter(|t| t.len() == 3 && t.bytes().all(|b| b.is_ascii_digit())) {
            return Some(TimeValue::Decade { start: tens.parse::<i32>().ok()? * 10, part: DecadePart::Whole });
        }
        PartialDate::parse_iso(text).map(TimeValue::Date)
    }

    /// Whether `self` lies inside `period`: June 19 inside June, June inside 2024, 1947 inside
    /// the 1940s, a part of a decade inside the decade.
    pub fn within(self, period: TimeValue) -> bool {
        match (self, period) {
            (TimeValue::Date(date), TimeValue::Date(period)) => {
                date.year == period.year
                    && period.month.is_none_or(|m| date.month == Some(m))
                    && period.day.is_none_or(|d| date.day == Some(d))
            }
            (_, TimeValue::Decade { start, .. }) => (start..start + 10).contains(&self.year()),
            (TimeValue::Decade { .. }, TimeValue::Date(_)) => false,
        }
    }

    /// The year the value falls in (a decade's first year).
    pub fn year(self) -> i32 {
        match self {
            TimeValue::Date(date) => date.year,
            TimeValue::Decade { start, .. } => start,
        }
    }
}

impl fmt::Display for TimeValue {
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `194X` for a decade.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeValue::Date(date) => date.fmt(f),
            TimeValue::Decade { start, .. } => write!(f, "{:03}X", start / 10),
        }
    }
}

/// A unit of duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum TimeUnit {
    /// Days (and hours, which news uses for "nelle ultime 24 ore").
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
    /// Decades.
    Decade,
}

/// A length of time: "24 anni", or an unknown number of them ("da anni").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Duration {
    /// How many units, when the text says.
    pub amount: Option<u32>,
    /// Of what.
    pub unit: TimeUnit,
}

impl fmt::Display for Duration {
    /// ISO 8601, with `X` for an unknown amount as in TimeML: `P24Y`, `PXM`, `PXDE`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = match self.unit {
            TimeUnit::Day => "D",
            TimeUnit::Week => "W",
            TimeUnit::Month => "M",
            TimeUnit::Year => "Y",
            TimeUnit::Decade => "DE",
        };
        match self.amount {
            Some(amount) => write!(f, "P{amount}{unit}"),
            None => write!(f, "PX{unit}"),
        }
    }
}

/// What a temporal expression means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum When {
    /// A point in time, if it could be resolved.
    Point(Option<TimeValue>),
    /// A length of time.
    Duration(Duration),
}

impl When {
    /// The resolved point in time, if this is one.
    pub fn point(self) -> Option<TimeValue> {
        match self {
            When::Point(value) => value,
            When::Duration(_) => None,
        }
    }
}

/// A temporal expression found in a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TimeExpression {
    /// The words, with the preposition that introduces them.
    pub span: Span,
    /// The sentence it stands in.
    pub sentence: usize,
    /// What it means.
    pub when: When,
}

/// Which of two neighbours an expression means, when the text leaves it to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shift {
    /// No "scorso" or "prossimo": the most recent, or the next one when the verb is future.
    Nearest,
    /// "scorso": strictly before the time of writing.
    Last,
    /// "prossimo": strictly after it.
    Next,
}

/// What the words say, before the article's date resolves them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    Absolute(TimeValue),
    DayOfMonth {
        day: u8,
        month: u8,
    },
    Month {
        month: u8,
        shift: Shift,
    },
    Weekday {
        weekday: u8,
        shift: Shift,
    },
    /// An offset from the time of writing, at the precision of its unit ("ieri", "lo scorso anno").
    Offset {
        amount: i64,
        unit: TimeUnit,
    },
    /// An offset from a happening the expression does not date.
    FromEvent,
    Duration(Duration),
}

/// The temporal expressions of `doc`, in text order.
pub fn time_expressions(doc: &Document) -> Vec<TimeExpression> {
    let text = doc.text.as_str();
    let sentences: Vec<(Vec<Word>, Vec<String>)> = doc
        .sentences
        .iter()
        .map(|sentence| {
            let words = words(text, sentence.span);
            let lower = lowered(text, &words);
            (words, lower)
        })
        .collect();
    expressions(doc, sentences.iter().map(|(words, lower)| (words.as_slice(), lower.as_slice())))
}

/// The temporal expressions of `doc`, given the words of each sentence and their lower-case forms.
pub(crate) fn expressions<'w>(
    doc: &Document,
    sentences: impl Iterator<Item = (&'w [Word], &'w [String])>,
) -> Vec<TimeExpression> {
    let text = doc.text.as_str();
    let written = doc.meta.date;
    let mut found = Vec::new();
    for (index, (words, lower)) in sentences.enumerate() {
        let scanner = Scanner { text, words, lower };
        let mut i = 0;
        let mut last_year_end = None;
        while i < words.len() {
            let Some(matched) = scanner.match_at(i, last_year_end) else {
                i += 1;
                continue;
            };
            if matches!(matched.reading, Reading::Absolute(TimeValue::Date(PartialDate { month: None, .. }))) {
                last_year_end = Some(matched.end);
            }
            let start = scanner.leading(matched.start);
            let future = scanner.is_future(start, matched.end);
            found.push(TimeExpression {
                span: Span::new(words[start].span.start, words[matched.end - 1].span.end),
                sentence: index,
                when: resolve(matched.reading, written, future),
            });
            i = matched.end;
        }
    }
    found
}

/// Words relative to the day of writing, and how far from it they are.
const RELATIVE: [(&[&str], Reading); 22] = [
    (&["l", "altro", "ieri"], from_writing(TimeUnit::Day, -2)),
    (&["l", "altroieri"], from_writing(TimeUnit::Day, -2)),
    (&["oggi"], from_writing(TimeUnit::Day, 0)),
    (&["ieri"], from_writing(TimeUnit::Day, -1)),
    (&["domani"], from_writing(TimeUnit::Day, 1)),
    (&["dopodomani"], from_writing(TimeUnit::Day, 2)),
    (&["stamattina"], from_writing(TimeUnit::Day, 0)),
    (&["stamani"], from_writing(TimeUnit::Day, 0)),
    (&["stasera"], from_writing(TimeUnit::Day, 0)),
    (&["stanotte"], from_writing(TimeUnit::Day, 0)),
    (&["scorse", "ore"], from_writing(TimeUnit::Day, 0)),
    (&["ultime", "ore"], from_writing(TimeUnit::Day, 0)),
    (&["scorso", "anno"], from_writing(TimeUnit::Year, -1)),
    (&["anno", "scorso"], from_writing(TimeUnit::Year, -1)),
    (&["anno", "passato"], from_writing(TimeUnit::Year, -1)),
    (&["anno", "prossimo"], from_writing(TimeUnit::Year, 1)),
    (&["prossimo", "anno"], from_writing(TimeUnit::Year, 1)),
    (&["quest", "anno"], from_writing(TimeUnit::Year, 0)),
    (&["mese", "scorso"], from_writing(TimeUnit::Month, -1)),
    (&["scorso", "mese"], from_writing(TimeUnit::Month, -1)),
    (&["mese", "prossimo"], from_writing(TimeUnit::Month, 1)),
    (&["prossimo", "mese"], from_writing(TimeUnit::Month, 1)),
];

/// An offset of `amount` `unit`s from the time of writing.
const fn from_writing(unit: TimeUnit, amount: i64) -> Reading {
    Reading::Offset { amount, unit }
}

struct Matched {
    start: usize,
    end: usize,
    reading: Reading,
}

struct Scanner<'a> {
    text: &'a str,
    words: &'a [Word],
    lower: &'a [String],
}

impl Scanner<'_> {
    fn word(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    fn is(&self, i: usize, options: &[&str]) -> bool {
        options.contains(&self.word(i))
    }

    /// Whether only spaces, or an apostrophe, separate word `i` from the next.
    fn adjacent(&self, i: usize) -> bool {
        let (Some(a), Some(b)) = (self.words.get(i), self.words.get(i + 1)) else {
            return false;
        };
        self.text[a.span.end..b.span.start].chars().all(|c| c == ' ' || c == '’' || c == '\'' || c == '\u{a0}')
    }

    /// The run of words `first..` that follow each other with only spaces between: `phrase` in order.
    fn phrase_at(&self, first: usize, phrase: &[&str]) -> bool {
        phrase.iter().enumerate().all(|(k, w)| self.word(first + k) == *w && (k == 0 || self.adjacent(first + k - 1)))
    }

    /// Extends a match leftwards to the preposition or article that introduces it.
    fn leading(&self, start: usize) -> usize {
        if start > 0 && self.is(start - 1, LEADING) && self.adjacent(start - 1) { start - 1 } else { start }
    }

    fn month(&self, i: usize) -> Option<u8> {
        MONTHS.iter().position(|m| *m == self.word(i)).map(|m| m as u8 + 1)
    }

    fn weekday(&self, i: usize) -> Option<u8> {
        WEEKDAYS.iter().position(|forms| forms.contains(&self.word(i))).map(|d| d as u8)
    }

    fn number(&self, i: usize) -> Option<u32> {
        let word = self.word(i);
        if !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()) {
            // "10.000" is one number: a digit group joined by a dot or a comma is not a year or a day.
            let span = self.words[i].span;
            let group = |around: &mut dyn Iterator<Item = char>| {
                matches!(around.next(), Some('.' | ',')) && around.next().is_some_and(|c| c.is_ascii_digit())
            };
            if group(&mut self.text[span.end..].chars()) || group(&mut self.text[..span.start].chars().rev()) {
                return None;
            }
            return if word.len() <= 4 { word.parse().ok() } else { None };
        }
        NUMBER_WORDS.iter().position(|n| *n == word).map(|n| n as u32).or((word == "un" || word == "una").then_some(1))
    }

    fn year(&self, i: usize) -> Option<i32> {
        let word = self.word(i);
        if word.len() != 4 {
            return None;
        }
        self.number(i).map(|n| n as i32).filter(|y| (1000..=2100).contains(y))
    }

    fn unit(&self, i: usize) -> Option<TimeUnit> {
        Some(match self.word(i) {
            "giorno" | "giorni" | "ora" | "ore" => TimeUnit::Day,
            "settimana" | "settimane" => TimeUnit::Week,
            "mese" | "mesi" => TimeUnit::Month,
            "anno" | "anni" => TimeUnit::Year,
            "decennio" | "decenni" => TimeUnit::Decade,
            _ => return None,
        })
    }

    fn match_at(&self, i: usize, last_year_end: Option<usize>) -> Option<Matched> {
        self.full_date(i)
            .or_else(|| self.weekday_phrase(i))
            .or_else(|| self.month_phrase(i))
            .or_else(|| self.decade(i))
            .or_else(|| self.year_alone(i, last_year_end))
            .or_else(|| self.relative(i))
            .or_else(|| self.amount_phrase(i))
            .or_else(|| self.vague_duration(i))
    }

    /// "19 giugno 2024", "mercoledì 19 giugno", "il 19 giugno".
    fn full_date(&self, i: usize) -> Option<Matched> {
        let start = i;
        let i = if self.weekday(i).is_some() && self.adjacent(i) { i + 1 } else { i };
        let day = self.number(i).filter(|d| (1..=31).contains(d) && self.word(i).len() <= 2)? as u8;
        if !self.adjacent(i) {
            return None;
        }
        let month = self.month(i + 1)?;
        let (end, reading) = match self.year(i + 2).filter(|_| self.adjacent(i + 1)) {
            Some(year) if day <= days_in_month(year, month) => {
                (i + 3, Reading::Absolute(TimeValue::Date(PartialDate::day(year, month, day))))
            }
            Some(_) => return None,
            None => (i + 2, Reading::DayOfMonth { day, month }),
        };
        Some(Matched { start, end, reading })
    }

    /// "mercoledì", "lunedì scorso", "nelle prime ore di mercoledì mattina".
    fn weekday_phrase(&self, i: usize) -> Option<Matched> {
        let (mut start, mut shift) = (i, Shift::Nearest);
        let mut day = self.weekday(i);
        if day.is_none() && self.is(i, &["scorso", "scorsa", "prossimo", "prossima"]) && self.adjacent(i) {
            day = self.weekday(i + 1);
            shift = if self.word(i).starts_with("scors") { Shift::Last } else { Shift::Next };
            start = i;
        }
        let weekday = day?;
        let mut end = if start == i && shift != Shift::Nearest { i + 2 } else { i + 1 };
        if shift == Shift::Nearest && self.adjacent(end - 1) {
            if self.is(end, &["scorso", "scorsa"]) {
                shift = Shift::Last;
                end += 1;
            } else if self.is(end, &["prossimo", "prossima"]) {
                shift = Shift::Next;
                end += 1;
            }
        }
        if self.adjacent(end - 1) && self.is(end, &["mattina", "mattino", "pomeriggio", "sera", "notte"]) {
            end += 1;
        }
        for opener in [
            &["nelle", "prime", "ore", "di"][..],
            &["nella", "notte", "di"],
            &["nella", "mattinata", "di"],
            &["nella", "giornata", "di"],
            &["nella", "serata", "di"],
            &["la", "notte", "di"],
            &["la", "sera", "di"],
        ] {
            if start >= opener.len() && self.phrase_at(start - opener.len(), opener) && self.adjacent(start - 1) {
                start -= opener.len();
                break;
            }
        }
        Some(Matched { start, end, reading: Reading::Weekday { weekday, shift } })
    }

    /// "marzo 2023", "a marzo", "lo scorso settembre", "settembre scorso".
    fn month_phrase(&self, i: usize) -> Option<Matched> {
        let (start, month_at, mut shift) = if self.is(i, &["scorso", "prossimo"]) && self.adjacent(i) {
            let shift = if self.word(i) == "scorso" { Shift::Last } else { Shift::Next };
            (i, i + 1, shift)
        } else {
            (i, i, Shift::Nearest)
        };
        let month = self.month(month_at)?;
        if let Some(year) = self.year(month_at + 1).filter(|_| self.adjacent(month_at) && shift == Shift::Nearest) {
            let reading = Reading::Absolute(TimeValue::Date(PartialDate::month(year, month)));
            return Some(Matched { start, end: month_at + 2, reading });
        }
        let mut end = month_at + 1;
        if shift == Shift::Nearest && self.adjacent(month_at) && self.is(end, &["scorso", "prossimo"]) {
            shift = if self.word(end) == "scorso" { Shift::Last } else { Shift::Next };
            end += 1;
        }
        Some(Matched { start, end, reading: Reading::Month { month, shift } })
    }

    /// "anni ’40", "alla fine degli anni Quaranta", "primi anni 2000".
    fn decade(&self, i: usize) -> Option<Matched> {
        let (part, anni) = match self.word(i) {
            "fine" | "inizio" | "metà" if self.phrase_at(i + 1, &["degli", "anni"]) && self.adjacent(i) => {
                let part = match self.word(i) {
                    "fine" => DecadePart::Late,
                    "inizio" => DecadePart::Early,
                    _ => DecadePart::Middle,
                };
                (part, i + 2)
            }
            "fine" | "inizio" | "metà" if self.word(i + 1) == "anni" && self.adjacent(i) => {
                let part = match self.word(i) {
                    "fine" => DecadePart::Late,
                    "inizio" => DecadePart::Early,
                    _ => DecadePart::Middle,
                };
                (part, i + 1)
            }
            "primi" if self.word(i + 1) == "anni" && self.adjacent(i) => (DecadePart::Early, i + 1),
            "ultimi" if self.word(i + 1) == "anni" && self.adjacent(i) => (DecadePart::Late, i + 1),
            "anni" => (DecadePart::Whole, i),
            _ => return None,
        };
        if self.word(anni) != "anni" || !self.adjacent(anni) {
            return None;
        }
        let tens = self.word(anni + 1);
        let start = if let Some(position) = DECADE_WORDS.iter().position(|w| *w == tens) {
            1920 + 10 * position as i32
        } else if tens.len() == 2 && tens.ends_with('0') && tens.bytes().all(|b| b.is_ascii_digit()) {
            1900 + tens.parse::<i32>().ok()?
        } else if let Some(year) = self.year(anni + 1).filter(|y| y % 10 == 0) {
            year
        } else if tens == "duemila" {
            2000
        } else {
            return None;
        };
        let mut first = i;
        for opener in [&["alla"][..], &["all"], &["a"], &["negli"], &["nei"], &["degli"], &["dagli"], &["agli"]] {
            if first >= opener.len() && self.phrase_at(first - opener.len(), opener) && self.adjacent(first - 1) {
                first -= opener.len();
                break;
            }
        }
        Some(Matched { start: first, end: anni + 2, reading: Reading::Absolute(TimeValue::Decade { start, part }) })
    }

    /// A four-digit year after a word that makes it one, or in a list of years.
    fn year_alone(&self, i: usize, last_year_end: Option<usize>) -> Option<Matched> {
        let year = self.year(i)?;
        let cued = i > 0 && self.is(i - 1, YEAR_CUES) && self.word(i - 1) != "e";
        let listed = last_year_end.is_some_and(|end| {
            end == i || (end + 1 == i && self.word(end) == "e") || (end + 1 == i && self.word(end) == "ed")
        }) && self.separated_by_list(i);
        if !(cued || listed) {
            return None;
        }
        Some(Matched { start: i, end: i + 1, reading: Reading::Absolute(TimeValue::Date(PartialDate::year(year))) })
    }

    /// Whether word `i` follows the previous one as an item of a list: ", " or " e ".
    fn separated_by_list(&self, i: usize) -> bool {
        let Some(previous) = i.checked_sub(1).and_then(|p| self.words.get(p)) else { return false };
        let between = self.text[previous.span.end..self.words[i].span.start].trim();
        between == "," || (between.is_empty() && (self.word(i - 1) == "e" || self.word(i - 1) == "ed"))
    }

    /// Words relative to the day of writing.
    fn relative(&self, i: usize) -> Option<Matched> {
        // "nelle scorse ore", "nelle ultime 24 ore" are the day of writing.
        if self.word(i) == "ultime" && self.number(i + 1).is_some() && self.word(i + 2) == "ore" {
            return Some(Matched { start: i, end: i + 3, reading: from_writing(TimeUnit::Day, 0) });
        }
        let (words, reading) = RELATIVE.iter().find(|(words, _)| self.phrase_at(i, words))?;
        Some(Matched { start: i, end: i + words.len(), reading: *reading })
    }

    /// "cinque anni fa", "24 anni dopo …", "a cinque anni di distanza", "da oltre 2 anni", "in 24 anni".
    fn amount_phrase(&self, i: usize) -> Option<Matched> {
        let amount = self.number(i)?;
        let mut unit_at = i + 1;
        if !self.adjacent(i) {
            return None;
        }
        let unit = self.unit(unit_at).or_else(|| {
            // "24 lunghi anni"
            unit_at += 1;
            self.unit(unit_at)
        })?;
        let end = unit_at + 1;
        if self.word(end) == "fa" && self.adjacent(unit_at) {
            let reading = Reading::Offset { amount: -i64::from(amount), unit };
            return Some(Matched { start: i, end: end + 1, reading });
        }
        if self.is(end, &["dopo", "prima"]) && self.adjacent(unit_at) {
            return Some(Matched { start: self.qualified(i), end: end + 1, reading: Reading::FromEvent });
        }
        if self.phrase_at(end, &["di", "distanza"]) {
            return Some(Matched { start: i, end: end + 2, reading: Reading::FromEvent });
        }
        let duration = Reading::Duration(Duration { amount: Some(amount), unit });
        Some(Matched { start: self.qualified(i), end, reading: duration })
    }

    /// Extends an amount leftwards over the words that qualify it: "oltre", "più di", "esattamente".
    fn qualified(&self, i: usize) -> usize {
        let mut start = i;
        for qualifier in
            [&["più", "di"][..], &["oltre"], &["quasi"], &["circa"], &["almeno"], &["esattamente"], &["appena"]]
        {
            if start >= qualifier.len() && self.phrase_at(start - qualifier.len(), qualifier) {
                start -= qualifier.len();
                break;
            }
        }
        start
    }

    /// "da anni", "per molti anni", "negli ultimi mesi", "nei decenni successivi".
    fn vague_duration(&self, i: usize) -> Option<Matched> {
        let unit_of = |at: usize| self.unit(at).filter(|_| self.word(at).ends_with('i') || self.word(at) == "ore");
        if self.word(i) == "da" && self.adjacent(i) {
            let unit = unit_of(i + 1)?;
            return Some(Matched { start: i, end: i + 2, reading: Reading::Duration(Duration { amount: None, unit }) });
        }
        for opener in [
            &["per", "molti"][..],
            &["per", "diversi"],
            &["negli", "ultimi"],
            &["nei", "prossimi"],
            &["nei"],
            &["negli"],
            &["molti"],
            &["diversi"],
        ] {
            if !self.phrase_at(i, opener) {
                continue;
            }
            let at = i + opener.len();
            let Some(unit) = unit_of(at).filter(|_| self.adjacent(at - 1)) else { continue };
            let mut end = at + 1;
            if self.is(end, &["successivi", "seguenti", "precedenti"]) || self.phrase_at(end, &["a", "venire"]) {
                end += if self.word(end) == "a" { 2 } else { 1 };
            } else if opener.len() == 1 {
                // A bare "negli anni" is not a duration unless qualified.
                continue;
            }
            return Some(Matched { start: i, end, reading: Reading::Duration(Duration { amount: None, unit }) });
        }
        None
    }

    /// Whether the verb nearest to words `start..end` is in the future tense.
    fn is_future(&self, start: usize, end: usize) -> bool {
        let before = start.checked_sub(1).map(|at| self.word(at));
        if [before, Some(self.word(start))].into_iter().flatten().any(|word| AHEAD.contains(&word)) {
            return true;
        }
        let future = |w: &str| {
            w.len() > 4 && (w.ends_with("rà") || w.ends_with("ranno") || w.ends_with("remo") || w.ends_with("rò"))
        };
        let past = |w: &str| PAST_MARKERS.contains(&w);
        let mut distance = 1;
        while distance < self.words.len() {
            for at in [end.checked_sub(1).map(|e| e + distance), start.checked_sub(distance)].into_iter().flatten() {
                let word = self.word(at);
                if future(word) {
                    return true;
                }
                if past(word) {
                    return false;
                }
            }
            distance += 1;
        }
        false
    }
}

/// What `reading` means when the text was written on `written` and its verb is (or not) future.
fn resolve(reading: Reading, written: Option<PartialDate>, future: bool) -> When {
    let point = |value: Option<PartialDate>| When::Point(value.map(TimeValue::Date));
    match reading {
        Reading::Absolute(value) => When::Point(Some(value)),
        Reading::Duration(duration) => When::Duration(duration),
        Reading::FromEvent => When::Point(None),
        Reading::DayOfMonth { day, month } => point(written.and_then(|w| {
            let (w_month, w_day) = (w.month?, w.day.unwrap_or(31));
            let year = match future {
                false if (month, day) > (w_month, w_day) => w.year - 1,
                true if (month, day) < (w_month, w_day) => w.year + 1,
                _ => w.year,
            };
            (day <= days_in_month(year, month)).then(|| PartialDate::day(year, month, day))
        })),
        Reading::Month { month, shift } => point(written.and_then(|w| {
            let current = w.month?;
            let year = match (shift, future) {
                (Shift::Last, _) => w.year - i32::from(month >= current),
                (Shift::Next, _) => w.year + i32::from(month <= current),
                (Shift::Nearest, false) => w.year - i32::from(month > current),
                (Shift::Nearest, true) => w.year + i32::from(month < current),
            };
            Some(PartialDate::month(year, month))
        })),
        Reading::Weekday { weekday: target, shift } => point(written.and_then(|w| {
            let days = days_from_civil(w.year, w.month?, w.day?);
            let today = i64::from(weekday(days));
            let target = i64::from(target);
            let back = (today - target).rem_euclid(7);
            let ahead = (target - today).rem_euclid(7);
            let offset = match (shift, future) {
                (Shift::Last, _) => -(if back == 0 { 7 } else { back }),
                (Shift::Next, _) => {
                    if ahead == 0 {
                        7
                    } else {
                        ahead
                    }
                }
                (Shift::Nearest, false) => -back,
                (Shift::Nearest, true) => ahead,
            };
            Some(civil_from_days(days + offset))
        })),
        Reading::Offset { amount, unit } => point(written.and_then(|w| offset(w, amount, unit))),
    }
}

/// `written` moved by `amount` units, at the precision of the unit.
fn offset(written: PartialDate, amount: i64, unit: TimeUnit) -> Option<PartialDate> {
    match unit {
        TimeUnit::Day | TimeUnit::Week => {
            let days = days_from_civil(written.year, written.month?, written.day?);
            let step = if unit == TimeUnit::Week { 7 } else { 1 };
            Some(civil_from_days(days + amount * step))
        }
        TimeUnit::Month => {
            let months = i64::from(written.year) * 12 + i64::from(written.month?) - 1 + amount;
            Some(PartialDate::month(months.div_euclid(12) as i32, (months.rem_euclid(12) + 1) as u8))
        }
        TimeUnit::Year => Some(PartialDate::year(written.year + amount as i32)),
        TimeUnit::Decade => Some(PartialDate::year(written.year + 10 * amount as i32)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_print_and_read_back() {
        for text in ["2024", "2024-06", "2024-06-19", "194X"] {
            assert_eq!(TimeValue::parse(text).unwrap().to_string(), text);
        }
        for text in ["", "19X", "2024-6", "X", "19a0X"] {
            assert_eq!(TimeValue::parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_value_lies_within_the_periods_that_hold_it() {
        let v = |t| TimeValue::parse(t).unwrap();
        assert!(v("2024-06-19").within(v("2024-06")));
        assert!(v("2024-06-19").within(v("2024")));
        assert!(v("2024-06").within(v("2024-06")));
        assert!(!v("2024").within(v("2024-06")));
        assert!(!v("2024-05-19").within(v("2024-06")));
        assert!(v("1947").within(v("194X")));
        assert!(!v("1950").within(v("194X")));
        let late_forties = TimeValue::Decade { start: 1940, part: DecadePart::Late };
        assert!(late_forties.within(v("194X")));
        assert!(!late_forties.within(v("1948")));
    }
}
