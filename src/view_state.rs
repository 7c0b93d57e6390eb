//! The view state and its query string: the only place that knows the query keys.
//!
//! `?view=sources&doc=004_5e1b73382cb6678f&s=12&lang=en` is the whole state of the page. Reading
//! it never fails: what cannot be used is left out and reported as [`Ignored`], so a forged,
//! truncated or stale link still opens a valid view and the page can say what it dropped.
//! Printing gives the normal form (fixed key order, defaults omitted), and reading a printed
//! state gives that state back.

use rassegna_engine::{Corpus, EntityKind, QuoteKind, TimeValue};

use crate::lang::Lang;

/// The views of the app, in the order the header lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// Who said what: quotation cards.
    #[default]
    Quotes,
    /// When things happened.
    Timeline,
    /// Where each country stands.
    Stances,
    /// The articles themselves.
    Sources,
}

impl View {
    /// Every view, in header order.
    pub const ALL: [View; 4] = [View::Quotes, View::Timeline, View::Stances, View::Sources];

    /// Its value in the query string.
    pub fn key(self) -> &'static str {
        match self {
            View::Quotes => "quotes",
            View::Timeline => "timeline",
            View::Stances => "stances",
            View::Sources => "sources",
        }
    }

    fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|view| view.key() == key)
    }
}

/// Everything a link says about the page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    /// The press review shown, by id: one of the reader's own; the bundled story when `None`.
    pub review: Option<String>,
    /// The view shown.
    pub view: View,
    /// The interface language, when chosen; otherwise the browser's.
    pub lang: Option<Lang>,
    /// The article: open in the reader (Sources), or the source filter (Quotes).
    pub doc: Option<String>,
    /// The highlighted sentence of that article, by index from 0 (printed from 1).
    pub sentence: Option<usize>,
    /// Quotes: the speakers shown (any of them), by id, sorted.
    pub speakers: Vec<String>,
    /// Quotes: the speakers' countries shown (any of them), by id, sorted.
    pub countries: Vec<String>,
    /// Quotes: the kinds of quotation shown (any of them), in kind order.
    pub kinds: Vec<QuoteKind>,
    /// Quotes: words to look for, as typed.
    pub search: String,
    /// Quotes: the quotation a permalink points at.
    pub quote: Option<String>,
    /// Quotes: only those said at a time within this period.
    pub when: Option<TimeValue>,
    /// Timeline: the first year shown.
    pub from: Option<i32>,
    /// Timeline: the last year shown.
    pub to: Option<i32>,
    /// Timeline: the people, bodies and countries shown (any of them), by id, sorted.
    pub involving: Vec<String>,
    /// Timeline: the entry a link points at, by id.
    pub event: Option<String>,
    /// Stances: the chosen cell, as (actor id, topic id).
    pub cell: Option<(String, String)>,
    /// Stances: the actors compared side by side (two to four), by id, sorted.
    pub compare: Vec<String>,
    /// Stances: the topics shown, by id, in the data's order; all when empty.
    pub topics: Vec<String>,
}

/// A part of a query string that was not used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// The key, as decoded (or as given, if it could not be).
    pub key: String,
    /// Why it was dropped.
    pub reason: Reason,
}

/// Why a part of a query string was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// No such key.
    UnknownKey,
    /// The value is not one the key takes.
    BadValue,
    /// The key was given again; the first value counts.
    Repeated,
    /// It names an article, sentence, speaker or quotation that the corpus does not have.
    NotFound,
    /// It makes no sense in this view, or without another key (a sentence with no article).
    Orphan,
    /// It names a press review that this browser does not keep: the bundled story is shown.
    NotStored,
    /// A shared review in the link's fragment is damaged or cut short, or this browser cannot
    /// decompress it.
    BrokenShare,
}

const REVIEW: &str = "review";
const VIEW: &str = "view";
const LANG: &str = "lang";
const DOC: &str = "doc";
const SENTENCE: &str = "s";
const SPEAKERS: &str = "sp";
const COUNTRIES: &str = "c";
const KINDS: &str = "kind";
const SEARCH: &str = "q";
const QUOTE: &str = "quote";
const WHEN: &str = "when";
const FROM: &str = "from";
const TO: &str = "to";
const INVOLVING: &str = "who";
const EVENT: &str = "ev";
const CELL: &str = "cell";
const COMPARE: &str = "cmp";
const TOPICS: &str = "t";
const KEYS: [&str; 18] = [
    REVIEW, VIEW, LANG, DOC, SENTENCE, SPEAKERS, COUNTRIES, KINDS, SEARCH, QUOTE, WHEN, FROM, TO, INVOLVING, EVENT,
    CELL, COMPARE, TOPICS,
];

/// The most actors compared side by side.
pub const MAX_COMPARED: usize = 4;

/// Longest value kept; longer ones are dropped before any work is done on them.
const MAX_VALUE: usize = 200;

/// The longest review id.
pub const MAX_REVIEW_ID: usize = 40;

/// Whether `id` has the shape of a review id: 1 to [`MAX_REVIEW_ID`] lowercase ASCII letters,
/// digits and `-`, so it goes into a link and a storage key as it is.
pub fn is_review_id(id: &str) -> bool {
    (1..=MAX_REVIEW_ID).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl ViewState {
    /// The review a query string asks for, read by the same rules as [`ViewState::parse`]: the
    /// first `review` key, if its value has the shape of an id. Whoever holds the reviews
    /// decides which corpus the rest of the query is checked against.
    pub fn review_in(query: &str) -> Option<String> {
        ViewState::parse(query, &Corpus::default()).0.review
    }

    /// Reads a query string (with or without its leading `?`), checking ids against `corpus`.
    pub fn parse(query: &str, corpus: &Corpus) -> (ViewState, Vec<Ignored>) {
        let mut state = ViewState::default();
        let mut ignored = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|pair| !pair.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(key) = percent_decode(raw_key).filter(|k| k.len() <= MAX_VALUE) else {
                ignored.push(Ignored { key: shorten(raw_key), reason: Reason::UnknownKey });
                continue;
            };
            let Some(known) = KEYS.into_iter().find(|k| *k == key) else {
                ignored.push(Ignored { key: shorten(&key), reason: Reason::UnknownKey });
                continue;
            };
            if seen.contains(&known) {
                ignored.push(Ignored { key, reason: Reason::Repeated });
                continue;
            }
            seen.push(known);
            let Some(value) = percent_decode(raw_value).filter(|v| v.len() <= MAX_VALUE) else {
                ignored.push(Ignored { key, reason: Reason::BadValue });
                continue;
            };
            let mut reject = |reason| ignored.push(Ignored { key: key.clone(), reason });
            match known {
                REVIEW if is_review_id(&value) => state.review = Some(value),
                REVIEW => reject(Reason::BadValue),
                VIEW => match View::from_key(&value) {
                    Some(view) => state.view = view,
                    None => reject(Reason::BadValue),
                },
                LANG => match Lang::from_code(&value) {
                    Some(lang) => state.lang = Some(lang),
                    None => reject(Reason::BadValue),
                },
                DOC => match corpus.document(&value) {
                    Some(doc) => state.doc = Some(doc.id.clone()),
                    None => reject(Reason::NotFound),
                },
                SENTENCE => match parse_number(&value) {
                    Some(n) => state.sentence = Some(n - 1),
                    None => reject(Reason::BadValue),
                },
                SPEAKERS => {
                    state.speakers = list(
                        &value,
                        |id| corpus.quotes.iter().any(|q| q.speaker.as_ref().is_some_and(|s| s.id == id)),
                        &mut reject,
                    )
                }
                COUNTRIES => {
                    state.countries = list(
                        &value,
                        |id| corpus.gazetteer.entity(id).is_some_and(|e| e.kind == EntityKind::Country),
                        &mut reject,
                    )
                }
                KINDS => {
                    let known = list(&value, |k| kind_from_key(k).is_some(), &mut |_| reject(Reason::BadValue));
                    state.kinds =
                        QuoteKind::ALL.into_iter().filter(|k| known.iter().any(|v| v == k.as_str())).collect();
                }
                SEARCH => state.search = value.trim().to_owned(),
                QUOTE => match corpus.quote(&value) {
                    Some(quote) => state.quote = Some(quote.id.clone()),
                    None => reject(Reason::NotFound),
                },
                WHEN => match TimeValue::parse(&value) {
                    Some(when) => state.when = Some(when),
                    None => reject(Reason::BadValue),
                },
                FROM | TO => match parse_number(&value).filter(|&year| year <= 9999) {
                    Some(year) if known == FROM => state.from = Some(year as i32),
                    Some(year) => state.to = Some(year as i32),
                    None => reject(Reason::BadValue),
                },
                INVOLVING => {
                    state.involving = list(&value, |id| corpus.gazetteer.entity(id).is_some(), &mut reject);
                }
                EVENT => match corpus.timeline.iter().find(|e| e.id == value) {
                    Some(entry) => state.event = Some(entry.id.clone()),
                    None => reject(Reason::NotFound),
                },
                CELL => match value.split_once('.') {
                    Some((actor, topic)) if corpus.stances.iter().any(|c| c.actor == actor && c.topic == topic) => {
                        state.cell = Some((actor.to_owned(), topic.to_owned()));
                    }
                    Some(_) => reject(Reason::NotFound),
                    None => reject(Reason::BadValue),
                },
                COMPARE => {
                    state.compare = list(&value, |id| corpus.stances.iter().any(|c| c.actor == id), &mut reject);
                    if state.compare.len() > MAX_COMPARED {
                        state.compare.truncate(MAX_COMPARED);
                        reject(Reason::BadValue);
                    }
                }
                _ => {
                    let known = list(&value, |id| corpus.stance_data.topics.iter().any(|t| t.id == id), &mut reject);
                    state.topics = corpus
                        .stance_data
                        .topics
                        .iter()
                        .filter(|t| known.contains(&t.id))
                        .map(|t| t.id.clone())
                        .collect();
                }
            }
        }
        state.check_against(corpus, &mut ignored);
        (state, ignored)
    }

    /// Drops what does not fit the view or the corpus, saying so in `ignored`.
    fn check_against(&mut self, corpus: &Corpus, ignored: &mut Vec<Ignored>) {
        let mut drop = |present: bool, key: &str| {
            if present {
                ignored.push(Ignored { key: key.into(), reason: Reason::Orphan });
            }
        };
        if self.view != View::Sources {
            drop(self.sentence.take().is_some(), SENTENCE);
        }
        if self.view != View::Timeline {
            drop(self.from.take().is_some(), FROM);
            drop(self.to.take().is_some(), TO);
            drop(!std::mem::take(&mut self.involving).is_empty(), INVOLVING);
            drop(self.event.take().is_some(), EVENT);
        }
        if self.view != View::Stances {
            drop(self.cell.take().is_some(), CELL);
            drop(!std::mem::take(&mut self.compare).is_empty(), COMPARE);
            drop(!std::mem::take(&mut self.topics).is_empty(), TOPICS);
        }
        if let (Some(from), Some(to)) = (self.from, self.to) {
            // A period given backwards is still the same period.
            self.from = Some(from.min(to));
            self.to = Some(from.max(to));
        }
        if self.view != View::Quotes {
            drop(!std::mem::take(&mut self.speakers).is_empty(), SPEAKERS);
            drop(!std::mem::take(&mut self.countries).is_empty(), COUNTRIES);
            drop(!std::mem::take(&mut self.kinds).is_empty(), KINDS);
            drop(!std::mem::take(&mut self.search).is_empty(), SEARCH);
            drop(self.quote.take().is_some(), QUOTE);
            drop(self.when.take().is_some(), WHEN);
            if self.view != View::Sources {
                drop(self.doc.take().is_some(), DOC);
            }
        }
        let Some(sentence) = self.sentence else { return };
        let reason = match self.doc.as_deref().and_then(|id| corpus.document(id)) {
            Some(doc) if sentence < doc.sentences.len() => return,
            Some(_) => Reason::NotFound,
            None => Reason::Orphan,
        };
        ignored.push(Ignored { key: SENTENCE.into(), reason });
        self.sentence = None;
    }

    /// The normal-form query string, without `?`; empty for the default state.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(review) = &self.review {
            pairs.push((REVIEW, review.clone()));
        }
        if self.view != View::default() {
            pairs.push((VIEW, self.view.key().into()));
        }
        if let Some(doc) = &self.doc {
            pairs.push((DOC, percent_encode(doc)));
        }
        if let Some(sentence) = self.sentence {
            pairs.push((SENTENCE, (sentence + 1).to_string()));
        }
        let joined = |items: &[String]| items.iter().map(|i| percent_encode(i)).collect::<Vec<_>>().join(",");
        if !self.speakers.is_empty() {
            pairs.push((SPEAKERS, joined(&self.speakers)));
        }
        if !self.countries.is_empty() {
            pairs.push((COUNTRIES, joined(&self.countries)));
        }
        if !self.kinds.is_empty() {
            pairs.push((KINDS, self.kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(",")));
        }
        if !self.search.is_empty() {
            pairs.push((SEARCH, percent_encode(&self.search)));
        }
        if let Some(quote) = &self.quote {
            pairs.push((QUOTE, percent_encode(quote)));
        }
        if let Some(when) = self.when {
            pairs.push((WHEN, when.to_string()));
        }
        if let Some(from) = self.from {
            pairs.push((FROM, from.to_string()));
        }
        if let Some(to) = self.to {
            pairs.push((TO, to.to_string()));
        }
        if !self.involving.is_empty() {
            pairs.push((INVOLVING, joined(&self.involving)));
        }
        if let Some(event) = &self.event {
            pairs.push((EVENT, percent_encode(event)));
        }
        if let Some((actor, topic)) = &self.cell {
            pairs.push((CELL, format!("{}.{}", percent_encode(actor), percent_encode(topic))));
        }
        if !self.compare.is_empty() {
            pairs.push((COMPARE, joined(&self.compare)));
        }
        if !self.topics.is_empty() {
            pairs.push((TOPICS, joined(&self.topics)));
        }
        if let Some(lang) = self.lang {
            pairs.push((LANG, lang.code().into()));
        }
        pairs.iter().map(|(key, value)| format!("{key}={value}")).collect::<Vec<_>>().join("&")
    }

    /// The state of `view`, keeping only what every view shares (the review and the language).
    pub fn with_view(&self, view: View) -> ViewState {
        ViewState { view, lang: self.lang, review: self.review.clone(), ..ViewState::default() }
    }

    /// The first view of `review` (the bundled story when `None`), in the same language.
    pub fn with_review(&self, review: Option<String>) -> ViewState {
        ViewState { review, lang: self.lang, ..ViewState::default() }
    }

    /// Quotes: this state with speaker `id` shown or no longer shown. A permalink's quotation
    /// is let go: another filter shows other cards.
    pub fn toggled_speaker(&self, id: &str) -> ViewState {
        let mut next = ViewState { quote: None, ..self.clone() };
        toggle(&mut next.speakers, id.to_owned(), String::lt);
        next
    }

    /// Quotes: this state with country `id` shown or no longer shown, and no permalink.
    pub fn toggled_country(&self, id: &str) -> ViewState {
        let mut next = ViewState { quote: None, ..self.clone() };
        toggle(&mut next.countries, id.to_owned(), String::lt);
        next
    }

    /// Quotes: this state with quotations of `kind` shown or no longer shown, and no permalink.
    pub fn toggled_kind(&self, kind: QuoteKind) -> ViewState {
        let mut next = ViewState { quote: None, ..self.clone() };
        let place = |k: &QuoteKind| QuoteKind::ALL.iter().position(|x| x == k);
        toggle(&mut next.kinds, kind, |a, b| place(a) < place(b));
        next
    }

    /// Timeline: this state with entity `id` among those involved or no longer. The entry a link
    /// pointed at is let go: another filter shows other entries.
    pub fn toggled_involved(&self, id: &str) -> ViewState {
        let mut next = ViewState { event: None, ..self.clone() };
        toggle(&mut next.involving, id.to_owned(), String::lt);
        next
    }

    /// Stances: this state with topic `id` shown or no longer shown, the topics kept in the order
    /// of `corpus`'s data.
    pub fn toggled_topic(&self, id: &str, corpus: &Corpus) -> ViewState {
        let mut next = self.clone();
        let place = |id: &String| corpus.stance_data.topics.iter().position(|t| t.id == *id);
        toggle(&mut next.topics, id.to_owned(), |a, b| place(a) < place(b));
        next
    }

    /// Stances: this state with actor `id` compared or no longer; unchanged when `id` is not
    /// compared and [`MAX_COMPARED`] actors already are.
    pub fn toggled_compared(&self, id: &str) -> ViewState {
        let mut next = self.clone();
        if next.compare.len() < MAX_COMPARED || next.compare.iter().any(|a| a == id) {
            toggle(&mut next.compare, id.to_owned(), String::lt);
        }
        next
    }

    /// Whether any quotation filter is set.
    pub fn has_quote_filters(&self) -> bool {
        self.doc.is_some()
            || !self.speakers.is_empty()
            || !self.countries.is_empty()
            || !self.kinds.is_empty()
            || !self.search.is_empty()
            || self.when.is_some()
    }

    /// Whether any timeline filter is set.
    pub fn has_timeline_filters(&self) -> bool {
        self.from.is_some() || self.to.is_some() || !self.involving.is_empty()
    }
}

/// Takes `item` out of `items` if it is there, else puts it in before the first item it `goes_before`:
/// a filter option toggled. The one rule of every filter list: it stays in its order, without
/// repeats, so a toggled state is already in the normal form a link reads back to.
fn toggle<T: PartialEq>(items: &mut Vec<T>, item: T, goes_before: impl Fn(&T, &T) -> bool) {
    match items.iter().position(|i| *i == item) {
        Some(at) => {
            items.remove(at);
        }
        None => {
            let at = items.iter().position(|i| goes_before(&item, i)).unwrap_or(items.len());
            items.insert(at, item);
        }
    }
}

/// The kind called `key` (`full`, `partial`, `reported`).
pub fn kind_from_key(key: &str) -> Option<QuoteKind> {
    QuoteKind::ALL.into_iter().find(|k| k.as_str() == key)
}

/// A comma-separated list: the items `exists` accepts, sorted and without repeats; the others
/// are reported as not found.
fn list(value: &str, exists: impl Fn(&str) -> bool, reject: &mut impl FnMut(Reason)) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    for item in value.split(',').map(str::trim).filter(|i| !i.is_empty()) {
        if exists(item) {
            items.push(item.to_owned());
        } else {
            reject(Reason::NotFound);
        }
    }
    items.sort();
    items.dedup();
    items
}

/// A positive decimal number with no sign or leading zero, that fits.
fn parse_number(value: &str) -> Option<usize> {
    let digits_only = !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) && !value.starts_with('0');
    digits_only.then(|| value.parse().ok()).flatten()
}

/// A key fit to be shown back to the reader: at most 40 characters, no control characters.
fn shorten(key: &str) -> String {
    let clean: String = key.chars().filter(|c| !c.is_control()).take(40).collect();
    if clean.len() < key.len() { format!("{clean}…") } else { clean }
}

/// Decodes `%XX` escapes and `+`; `None` for a broken escape or bytes that are not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok().filter(|s| !s.chars().any(char::is_control))
}

/// Escapes all but the characters that never need it in a query value.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use rassegna_engine::{Corpus, Document, Gazetteer};

    use super::*;

    const GAZETTEER: &str = "[country RU]\nname: Russia\nalias: Russia\nadjective: russo\n[person vladimir-putin]\nname: Vladimir Putin\ncountry: RU\nalias: Putin\n";

    fn corpus() -> Corpus {
        let topics = "[topic war]\nname.it: Guerra\nname.en: War\nphrase: guerra\n[topic peace]\nname.it: Pace\nname.en: Peace\nphrase: pace\n";
        let stances = rassegna_engine::StanceData::parse(topics, "[supports]\nsostien\n", "").0;
        Corpus::with_stances(
            vec![
                Document::parse("a", "date: 2024-06-19\n\n“Uno”, ha detto Putin lunedì. Due. Tre."),
                Document::parse("b è", "Solo una, ha detto un funzionario russo. La Russia sostiene la guerra."),
            ],
            Gazetteer::parse(GAZETTEER).0,
            stances,
        )
    }

    fn parse(query: &str) -> (ViewState, Vec<Ignored>) {
        ViewState::parse(query, &corpus())
    }

    #[test]
    fn reads_a_full_link() {
        let (state, ignored) = parse("?view=sources&doc=a&s=3&lang=en");
        let expected = ViewState {
            view: View::Sources,
            lang: Some(Lang::En),
            doc: Some("a".into()),
            sentence: Some(2),
            ..ViewState::default()
        };
        assert_eq!(state, expected);
        assert!(ignored.is_empty());
    }

    #[test]
    fn reads_quote_filters() {
        let (state, ignored) =
            parse("sp=vladimir-putin,source%3Aun-funzionario-russo&c=RU&kind=reported,full&q=Due%20tre&quote=a-q1");
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(state.speakers, ["source:un-funzionario-russo", "vladimir-putin"], "sorted");
        assert_eq!(state.countries, ["RU"]);
        assert_eq!(state.kinds, [QuoteKind::Full, QuoteKind::Reported], "in kind order");
        assert_eq!(state.search, "Due tre");
        assert_eq!(state.quote.as_deref(), Some("a-q1"));
    }

    #[test]
    fn every_state_prints_and_reads_back_the_same() {
        let docs = [None, Some("a"), Some("b è")];
        let speakers = [
            vec![],
            vec!["vladimir-putin".to_string()],
            vec!["source:un-funzionario-russo".into(), "vladimir-putin".into()],
        ];
        for view in View::ALL {
            for lang in [None, Some(Lang::It), Some(Lang::En)] {
                for doc in docs {
                    for sentence in [None, Some(0)] {
                        for speakers in &speakers {
                            for search in ["", "città & “virgolette”, 100%"] {
                                let state = ViewState {
                                    review: (view == View::Timeline).then(|| "r-2k9x".into()),
                                    view,
                                    lang,
                                    doc: doc.map(Into::into),
                                    sentence,
                                    speakers: speakers.clone(),
                                    countries: vec!["RU".into()],
                                    kinds: vec![QuoteKind::Partial],
                                    search: search.into(),
                                    quote: Some("a-q1".into()),
                                    when: Some(TimeValue::parse("2024-06").unwrap()),
                                    from: Some(1961),
                                    to: Some(2024),
                                    involving: vec!["RU".into(), "vladimir-putin".into()],
                                    event: Some("a-e1".into()),
                                    cell: Some(("RU".into(), "war".into())),
                                    compare: vec!["RU".into()],
                                    topics: vec!["war".into()],
                                };
                                let (mut expected, mut none) = (state.clone(), Vec::new());
                                expected.check_against(&corpus(), &mut none);
                                let (read, ignored) = parse(&expected.to_query());
                                assert_eq!(read, expected, "{}", expected.to_query());
                                assert!(ignored.is_empty(), "{ignored:?}");
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn reads_timeline_filters_and_the_time_of_quotes() {
        let (state, ignored) = parse("view=timeline&from=2024&to=1961&who=vladimir-putin,RU&ev=a-e1");
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!((state.from, state.to), (Some(1961), Some(2024)), "a period given backwards");
        assert_eq!(state.involving, ["RU", "vladimir-putin"]);
        assert_eq!(state.event.as_deref(), Some("a-e1"));
        let (state, ignored) = parse("when=194X");
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(state.when.map(|w| w.to_string()).as_deref(), Some("194X"));
    }

    #[test]
    fn reads_the_stance_cell_comparison_and_topics() {
        let (state, ignored) = parse("view=stances&cell=RU.war&cmp=RU&t=peace,war");
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(state.cell, Some(("RU".into(), "war".into())));
        assert_eq!(state.compare, ["RU"]);
        assert_eq!(state.topics, ["war", "peace"], "in the data's order");
        use Reason::*;
        assert_eq!(reasons("view=stances&cell=RU.peace"), [("cell".into(), NotFound)]);
        assert_eq!(reasons("view=stances&cell=RU"), [("cell".into(), BadValue)]);
        assert_eq!(reasons("view=stances&cmp=RU,XX&t=war,nope"), [("cmp".into(), NotFound), ("t".into(), NotFound)]);
        assert_eq!(reasons("cell=RU.war"), [("cell".into(), Orphan)]);
    }

    #[test]
    fn toggled_options_keep_their_lists_in_order() {
        let quotes = ViewState { quote: Some("a-q1".into()), ..ViewState::default() };
        let kinds = quotes.toggled_kind(QuoteKind::Reported).toggled_kind(QuoteKind::Full);
        assert_eq!(kinds.kinds, [QuoteKind::Full, QuoteKind::Reported], "in kind order");
        assert_eq!(kinds.quote, None, "another filter lets the permalink go");
        let speakers = quotes.toggled_speaker("vladimir-putin").toggled_speaker("source:un-funzionario-russo");
        assert_eq!(speakers.speakers, ["source:un-funzionario-russo", "vladimir-putin"], "sorted");
        assert_eq!(speakers.toggled_speaker("vladimir-putin").speakers, ["source:un-funzionario-russo"]);

        let stances = ViewState { view: View::Stances, ..ViewState::default() };
        let topics = stances.toggled_topic("peace", &corpus()).toggled_topic("war", &corpus());
        assert_eq!(topics.topics, ["war", "peace"], "in the data's order");
        let full = ["A", "B", "C", "D"].iter().fold(stances, |state, actor| state.toggled_compared(actor));
        assert_eq!(full.compare, ["A", "B", "C", "D"]);
        assert_eq!(full.toggled_compared("E"), full, "no more than four are compared");
        assert_eq!(full.toggled_compared("B").compare, ["A", "C", "D"]);
    }

    #[test]
    fn the_default_state_is_the_empty_query() {
        assert_eq!(ViewState::default().to_query(), "");
        assert_eq!(parse(""), (ViewState::default(), vec![]));
        assert_eq!(parse("?"), (ViewState::default(), vec![]));
    }

    #[test]
    fn reads_the_review_which_every_view_keeps() {
        let (state, ignored) = parse("view=timeline&review=r-2k9x");
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(state.review.as_deref(), Some("r-2k9x"));
        assert_eq!(state.to_query(), "review=r-2k9x&view=timeline");
        for view in View::ALL {
            assert_eq!(state.with_view(view).review, state.review);
        }
        let other = state.with_review(Some("r-1".into()));
        assert_eq!((other.view, other.review.as_deref()), (View::Quotes, Some("r-1")));
        assert_eq!(ViewState::review_in("?lang=en&review=r-1&review=r-2"), Some("r-1".into()), "the first one counts");
        assert_eq!(ViewState::review_in("?view=timeline"), None);
        use Reason::*;
        assert_eq!(reasons("review=R%C3%A8"), [("review".into(), BadValue)]);
        assert_eq!(reasons("review=a%20b"), [("review".into(), BadValue)]);
        assert_eq!(reasons(&format!("review={}", "a".repeat(MAX_REVIEW_ID + 1))), [("review".into(), BadValue)]);
        assert_eq!(ViewState::review_in("review=%3Cimg%3E"), None);
    }

    #[test]
    fn ids_are_percent_encoded() {
        let state = ViewState { view: View::Sources, doc: Some("b è".into()), ..ViewState::default() };
        assert_eq!(state.to_query(), "view=sources&doc=b%20%C3%A8");
        assert_eq!(parse("view=sources&doc=b+%c3%a8").0, state);
    }

    fn reasons(query: &str) -> Vec<(String, Reason)> {
        parse(query).1.into_iter().map(|i| (i.key, i.reason)).collect()
    }

    #[test]
    fn what_cannot_be_used_is_ignored_and_said() {
        use Reason::*;
        assert_eq!(reasons("view=nope"), [("view".into(), BadValue)]);
        assert_eq!(reasons("utm_source=x"), [("utm_source".into(), UnknownKey)]);
        assert_eq!(reasons("view=sources&view=quotes"), [("view".into(), Repeated)]);
        assert_eq!(reasons("view=sources&doc=zzz"), [("doc".into(), NotFound)]);
        assert_eq!(reasons("view=sources&doc=a&s=4"), [("s".into(), NotFound)]);
        assert_eq!(reasons("view=sources&s=1"), [("s".into(), Orphan)]);
        assert_eq!(reasons("view=timeline&doc=a"), [("doc".into(), Orphan)]);
        assert_eq!(reasons("view=sources&sp=vladimir-putin"), [("sp".into(), Orphan)]);
        assert_eq!(reasons("lang=de"), [("lang".into(), BadValue)]);
        assert_eq!(reasons("sp=vladimir-putin,nobody"), [("sp".into(), NotFound)]);
        assert_eq!(reasons("c=XX"), [("c".into(), NotFound)]);
        assert_eq!(reasons("kind=loud"), [("kind".into(), BadValue)]);
        assert_eq!(reasons("quote=a-q99"), [("quote".into(), NotFound)]);
        assert_eq!(reasons("when=giugno"), [("when".into(), BadValue)]);
        assert_eq!(reasons("view=timeline&when=2024"), [("when".into(), Orphan)]);
        assert_eq!(reasons("view=timeline&from=-5&to=10000"), [("from".into(), BadValue), ("to".into(), BadValue)]);
        assert_eq!(reasons("view=timeline&who=nobody"), [("who".into(), NotFound)]);
        assert_eq!(reasons("view=timeline&ev=a-e9"), [("ev".into(), NotFound)]);
        assert_eq!(reasons("ev=a-e1&from=2000"), [("from".into(), Orphan), ("ev".into(), Orphan)]);
        assert_eq!(parse("sp=vladimir-putin,nobody").0.speakers, ["vladimir-putin"], "the good ones stay");
    }

    #[test]
    fn there_is_no_year_zero() {
        let (state, ignored) = parse("view=timeline&from=0&to=2024");
        assert_eq!((state.from, state.to), (None, Some(2024)));
        assert_eq!(ignored, [Ignored { key: "from".into(), reason: Reason::BadValue }]);
    }

    #[test]
    fn hostile_values_open_a_valid_view() {
        let long = "x".repeat(100_000);
        for query in [
            "view=%ZZ",
            "view=%C3%28",
            "view=sources&s=-1&doc=a",
            "view=sources&doc=a&s=0",
            "view=sources&doc=a&s=99999999999999999999999",
            "view=sources&doc=a&s=01",
            "view=%0Asources",
            "<script>alert(1)</script>=1",
            "q=<script>alert(1)</script>&sp=%3Cimg%3E",
            "view=sources&doc=%3Cimg%20src%3Dx%3E",
            "=&&==&",
            "sp=,,,&c=,&kind=,",
            &format!("view={long}"),
            &format!("{long}=1"),
            &format!("q={long}"),
        ] {
            let (state, ignored) = parse(query);
            assert!(state.sentence.is_none() && state.doc.as_deref().is_none_or(|d| d == "a"), "{query:.60}");
            assert!(state.search.len() <= MAX_VALUE);
            for item in &ignored {
                assert!(item.key.chars().count() <= 41, "keys shown back are short: {:.60}", item.key);
            }
        }
    }

    /// Generated states and links: the round trip holds for every state, not just the listed ones.
    mod properties {
        use proptest::prelude::*;
        use proptest::sample::{select, subsequence};

        use super::*;

        fn some_of<T: Clone + std::fmt::Debug + 'static>(items: Vec<T>) -> impl Strategy<Value = Option<T>> {
            prop::option::of(select(items))
        }

        fn any_of(items: Vec<String>) -> impl Strategy<Value = Vec<String>> {
            let len = items.len();
            subsequence(items, 0..=len).prop_map(|mut items| {
                items.sort();
                items
            })
        }

        /// The speakers of the test corpus, sorted, without repeats.
        fn speakers(corpus: &Corpus) -> Vec<String> {
            let mut speakers: Vec<String> =
                corpus.quotes.iter().filter_map(|q| q.speaker.as_ref()).map(|s| s.id.clone()).collect();
            speakers.sort();
            speakers.dedup();
            speakers
        }

        /// The actors of the test corpus's stance cells.
        fn actors(corpus: &Corpus) -> Vec<String> {
            corpus.stances.iter().map(|c| c.actor.clone()).collect()
        }

        /// The people and countries of the test corpus's gazetteer.
        fn entities() -> Vec<String> {
            vec!["RU".to_string(), "vladimir-putin".into()]
        }

        /// Any state over the ids of the test corpus, with any search text and years from 1 to 9999
        /// (there is no year 0), in its normal form:
        /// what does not fit the view dropped, as a link of the app would never carry it.
        fn states() -> impl Strategy<Value = ViewState> {
            any_states().prop_map(|mut state| {
                state.check_against(&super::corpus(), &mut Vec::new());
                state
            })
        }

        /// Any state over the ids of the test corpus, its lists in order, but with keys that its
        /// view leaves out: not yet in normal form.
        fn any_states() -> impl Strategy<Value = ViewState> {
            let corpus = super::corpus();
            let speakers = speakers(&corpus);
            let docs: Vec<String> = corpus.documents.iter().map(|d| d.id.clone()).collect();
            let quotes: Vec<String> = corpus.quotes.iter().map(|q| q.id.clone()).collect();
            let events: Vec<String> = corpus.timeline.iter().map(|e| e.id.clone()).collect();
            let cells: Vec<(String, String)> =
                corpus.stances.iter().map(|c| (c.actor.clone(), c.topic.clone())).collect();
            let actors = actors(&corpus);
            let whens: Vec<TimeValue> =
                ["2024", "2024-06", "2024-06-19", "194X"].iter().filter_map(|t| TimeValue::parse(t)).collect();
            assert!(
                !quotes.is_empty() && !events.is_empty() && !cells.is_empty(),
                "the test corpus has every kind of id"
            );
            (
                (
                    select(View::ALL.to_vec()),
                    (some_of(vec![Lang::It, Lang::En]), some_of(vec!["r-1".to_string(), "mq3x9-ab".into()])),
                    some_of(docs),
                    prop::option::of(0usize..8),
                ),
                (any_of(speakers), any_of(vec!["RU".into()]), subsequence(QuoteKind::ALL.to_vec(), 0..=3)),
                ("\\PC{0,60}", some_of(quotes), some_of(whens)),
                (prop::option::of(1i32..=9999), prop::option::of(1i32..=9999), any_of(entities()), some_of(events)),
                (
                    some_of(cells),
                    any_of(actors).prop_map(|mut a| {
                        a.dedup();
                        a.truncate(MAX_COMPARED);
                        a
                    }),
                    any_of(vec!["peace".into(), "war".into()]),
                ),
            )
                .prop_map(
                    |(
                        (view, (lang, review), doc, sentence),
                        (speakers, countries, kinds),
                        (search, quote, when),
                        (from, to, involving, event),
                        (cell, compare, topics),
                    )| {
                        ViewState {
                            review,
                            view,
                            lang,
                            doc,
                            sentence,
                            speakers,
                            countries,
                            kinds,
                            search: search.trim().to_owned(),
                            quote,
                            when,
                            from,
                            to,
                            involving,
                            event,
                            cell,
                            compare,
                            topics: ["war", "peace"]
                                .iter()
                                .map(|t| t.to_string())
                                .filter(|t| topics.contains(t))
                                .collect(),
                        }
                    },
                )
        }

        /// A filter option that a reader toggles.
        #[derive(Debug, Clone)]
        enum Toggle {
            Speaker(String),
            Country(String),
            Kind(QuoteKind),
            Involved(String),
            Topic(String),
            Compared(String),
        }

        impl Toggle {
            /// The view that offers the option.
            fn view(&self) -> View {
                match self {
                    Toggle::Speaker(_) | Toggle::Country(_) | Toggle::Kind(_) => View::Quotes,
                    Toggle::Involved(_) => View::Timeline,
                    Toggle::Topic(_) | Toggle::Compared(_) => View::Stances,
                }
            }

            /// `state` with the option toggled.
            fn applied_to(&self, state: &ViewState) -> ViewState {
                match self {
                    Toggle::Speaker(id) => state.toggled_speaker(id),
                    Toggle::Country(id) => state.toggled_country(id),
                    Toggle::Kind(kind) => state.toggled_kind(*kind),
                    Toggle::Involved(id) => state.toggled_involved(id),
                    Toggle::Topic(id) => state.toggled_topic(id, &super::corpus()),
                    Toggle::Compared(id) => state.toggled_compared(id),
                }
            }

            /// Whether the option is chosen in `state`.
            fn is_chosen_in(&self, state: &ViewState) -> bool {
                match self {
                    Toggle::Speaker(id) => state.speakers.contains(id),
                    Toggle::Country(id) => state.countries.contains(id),
                    Toggle::Kind(kind) => state.kinds.contains(kind),
                    Toggle::Involved(id) => state.involving.contains(id),
                    Toggle::Topic(id) => state.topics.contains(id),
                    Toggle::Compared(id) => state.compare.contains(id),
                }
            }
        }

        /// Any option of any view's filters, over the ids of the test corpus.
        fn toggles() -> impl Strategy<Value = Toggle> {
            let corpus = super::corpus();
            prop_oneof![
                select(speakers(&corpus)).prop_map(Toggle::Speaker),
                select(vec!["RU".to_string()]).prop_map(Toggle::Country),
                select(QuoteKind::ALL.to_vec()).prop_map(Toggle::Kind),
                select(entities()).prop_map(Toggle::Involved),
                select(vec!["war".to_string(), "peace".into()]).prop_map(Toggle::Topic),
                select(actors(&corpus)).prop_map(Toggle::Compared),
            ]
        }

        /// Query strings a person or a program might forge: known and unknown keys, ids that
        /// exist and that do not, and any characters, escaped or not.
        fn links() -> impl Strategy<Value = String> {
            let key = prop_oneof![select(KEYS.to_vec()).prop_map(String::from), "\\PC{0,6}"];
            let value = prop_oneof![
                select(vec![
                    "a", "b%20%C3%A8", "vladimir-putin", "RU", "RU.war", "a-q1", "a-e1", "2024-06", "partial",
                    "timeline", "1", "-1", "0", "99999999999999999999", "r-1", "R-1"
                ])
                .prop_map(String::from),
                "[a-z0-9%,.=+ -]{0,12}",
                "\\PC{0,12}",
            ];
            prop::collection::vec((key, value), 0..8).prop_map(|pairs| {
                pairs.into_iter().map(|(key, value)| format!("{key}={value}")).collect::<Vec<_>>().join("&")
            })
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

            #[test]
            fn parse_of_print_is_the_state(state in states()) {
                let (read, ignored) = parse(&state.to_query());
                prop_assert_eq!(&read, &state, "{}", state.to_query());
                prop_assert!(ignored.is_empty(), "{:?}", ignored);
            }

            #[test]
            fn a_toggled_option_flips_reads_back_and_toggles_back(state in any_states(), toggle in toggles()) {
                let mut state = ViewState { view: toggle.view(), ..state };
                state.check_against(&super::corpus(), &mut Vec::new());
                let toggled = toggle.applied_to(&state);
                // The one option that does not flip: a fifth actor to compare.
                let refused = matches!(toggle, Toggle::Compared(_))
                    && state.compare.len() == MAX_COMPARED
                    && !toggle.is_chosen_in(&state);
                if !refused {
                    prop_assert_ne!(toggle.is_chosen_in(&toggled), toggle.is_chosen_in(&state), "{:?}", toggle);
                }
                let (read, ignored) = parse(&toggled.to_query());
                prop_assert_eq!(&read, &toggled, "{:?}: {}", toggle, toggled.to_query());
                prop_assert!(ignored.is_empty(), "{:?}", ignored);
                // A changed filter shows other cards or entries: the one a link pointed at is let go.
                let without_target = ViewState { quote: None, event: None, ..state };
                prop_assert_eq!(toggle.applied_to(&toggled), without_target, "{:?}", toggle);
            }

            #[test]
            fn any_link_opens_a_state_whose_link_is_its_normal_form(link in links()) {
                let (state, _) = parse(&link);
                let normal = state.to_query();
                let (again, ignored) = parse(&normal);
                prop_assert_eq!(&again, &state, "{} → {}", link, normal);
                prop_assert!(ignored.is_empty(), "{} → {}: {:?}", link, normal, ignored);
                prop_assert_eq!(again.to_query(), normal);
            }
        }
    }
}
