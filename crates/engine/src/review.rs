//! A press review as a file: a title, an optional date and the articles, as the app stores,
//! downloads and opens it and the CLI reads it (with the `serde` feature).
//!
//! ```json
//! { "format": "rassegna-review", "version": 1, "title": "…", "date": "2024-06",
//!   "articles": [{ "id": "…", "title": "…", "outlet": "…", "date": "2024-06-19",
//!                  "lang": "it", "url": "https://…", "text": "…" }],
//!   "topics": [{ "id": "…", "name": "…", "claim": "…", "words": ["sanzion", "lista nera"] }] }
//! ```
//!
//! `topics` are the review's own stance topics, in column order; a file without them uses the
//! app's bundled list (`data/topics.txt`), so files written before topics belonged to a review
//! read as they always did. A topic's `name_en` and `claim_en` are optional: a reader names a
//! topic in one language, and that name serves both.
//!
//! Reading a review is strict where [`Document::parse`] is lenient: a file is something a reader
//! chose to open, so a wrong field is an error that names it ([`ReviewError`]) rather than a
//! value silently dropped. The limits ([`MAX_ARTICLES`], [`MAX_TEXT_BYTES`]) are checked after
//! the JSON is read; whoever reads bytes (the app, the CLI) bounds the file's size first.
//! Unknown keys are ignored (a later version's field, say), so files stay readable across
//! versions that only add.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{Document, Meta, PartialDate, Span, Topic};

/// The value of `format` that marks a review file.
pub const FORMAT: &str = "rassegna-review";
/// The version this engine writes and reads.
pub const VERSION: u64 = 1;
/// The most articles in one review.
pub const MAX_ARTICLES: usize = 200;
/// The most text in one article, in bytes of UTF-8 (2 MB: a long article is about 50 KB).
pub const MAX_TEXT_BYTES: usize = 2_000_000;
/// The longest article id; ids go into links.
pub const MAX_ID_BYTES: usize = 64;
/// The most stance topics in one review: columns of a matrix a phone can still scroll.
pub const MAX_TOPICS: usize = 40;
/// The most words (stems and phrases, for and against) of one topic.
pub const MAX_TOPIC_WORDS: usize = 100;

/// A press review: what it is called, when its story happened, and its articles.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Review {
    /// What the reader called it.
    pub title: String,
    /// When its story happened, if said.
    pub date: Option<PartialDate>,
    /// The articles, in the order they were added.
    pub articles: Vec<Article>,
    /// Its own stance topics, as written (see [`Topic::as_written`]), in column order; `None`:
    /// the bundled list.
    pub topics: Option<Vec<Topic>>,
}

/// One article of a review: its text exactly as given, and metadata that wins over any header
/// the text carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Its id in links (`doc=`): letters, digits, `_`, `-` and `.`, at most [`MAX_ID_BYTES`].
    pub id: String,
    /// Title, outlet, date, language and address, as far as known.
    pub meta: Meta,
    /// The text, unchanged.
    pub text: String,
}

/// Why a file is not a review this engine can read. `Display` says what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReviewError {
    /// The file ends in the middle of its JSON.
    Truncated,
    /// The file is not JSON at all, or its JSON is broken at `line`, `column`.
    NotJson {
        /// 1-based line of the fault.
        line: usize,
        /// 1-based column of the fault.
        column: usize,
    },
    /// The JSON has no `"format": "rassegna-review"`: some other file.
    NotAReview,
    /// A version this engine does not know (a newer app wrote it).
    UnsupportedVersion(u64),
    /// A field has the wrong type, or a required one (`title`, `id`) is missing; serde's words.
    BadShape(String),
    /// More articles than [`MAX_ARTICLES`].
    TooManyArticles(usize),
    /// The article `id` has more than [`MAX_TEXT_BYTES`] of text (`bytes`).
    TextTooLarge {
        /// The article's id.
        id: String,
        /// Its size in bytes of UTF-8.
        bytes: usize,
    },
    /// The article at `index` (from 1) has no text, or only white space.
    MissingText {
        /// Its position in the file, from 1.
        index: usize,
    },
    /// The article at `index` (from 1) has an id that is empty, too long or not link-safe.
    BadId {
        /// Its position in the file, from 1.
        index: usize,
    },
    /// Two articles share `id`.
    DuplicateId(String),
    /// The topic at `index` (from 1) is not usable: `message` says why.
    BadTopic {
        /// Its position in the file, from 1.
        index: usize,
        /// What is wrong, naming the field.
        message: String,
    },
    /// A metadata field of article `id` (or of the review, when `id` is empty) is not usable.
    BadField {
        /// The article's id; empty for the review's own fields.
        id: String,
        /// What is wrong, naming the field.
        message: String,
    },
}

impl fmt::Display for ReviewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReviewError::Truncated => {
                f.write_str("the file ends too early: it was cut short while copying or downloading; get it again")
            }
            ReviewError::NotJson { line, column } => write!(
                f,
                "this is not a review file: it is not valid JSON (line {line}, column {column}); open a .json file \
                 downloaded from Rassegna"
            ),
            ReviewError::NotAReview => f.write_str(
                "this JSON file is not a Rassegna review (it lacks \"format\": \"rassegna-review\"); open a .json \
                 file downloaded from Rassegna",
            ),
            ReviewError::UnsupportedVersion(version) => write!(
                f,
                "this review is in version {version} of the format, newer than this app reads (version {VERSION}); \
                 open it with a newer Rassegna"
            ),
            ReviewError::BadShape(message) => {
                write!(f, "this review file is damaged ({message}); download it again from where it was made")
            }
            ReviewError::TooManyArticles(count) => write!(
                f,
                "this review has {count} articles, more than the {MAX_ARTICLES} a review can hold; split it into \
                 several reviews"
            ),
            ReviewError::TextTooLarge { id, bytes } => write!(
                f,
                "article {id} has {bytes} bytes of text, more than the {MAX_TEXT_BYTES} (2 MB) an article can \
                 have; split it into several articles"
            ),
            ReviewError::MissingText { index } => {
                write!(f, "article {index} of the file has no text; add its text or remove it from the file")
            }
            ReviewError::BadId { index } => write!(
                f,
                "article {index} of the file has an unusable id (it needs 1 to {MAX_ID_BYTES} letters, digits, \
                 '_', '-' or '.'); fix its \"id\""
            ),
            ReviewError::DuplicateId(id) => {
                write!(f, "two articles have the id {id}; give each article its own \"id\"")
            }
            ReviewError::BadTopic { index, message } => write!(f, "topic {index} of the file {message}"),
            ReviewError::BadField { id, message } if id.is_empty() => write!(f, "the review's {message}"),
            ReviewError::BadField { id, message } => write!(f, "article {id}: {message}"),
        }
    }
}

impl std::error::Error for ReviewError {}

/// A topic as a reader writes it: a name, the proposition a country can be for or against, and
/// the words that signal it (a single word is a stem: "sanzion" finds sanzione and sanzioni;
/// several are a phrase).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TopicEdit {
    /// Its name.
    pub name: String,
    /// Its proposition; may be empty.
    pub claim: String,
    /// Its words: stems and phrases.
    pub words: Vec<String>,
}

/// An id for a topic called `name`, link-safe and not in `topics`: its letters folded to ASCII
/// ("Sanzioni all'Iran" → `sanzioni-all-iran`), `topic` when none is left.
fn topic_id(name: &str, topics: &[Topic]) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.chars().take(40).collect();
    let slug = match slug.trim_end_matches('-') {
        "" => "topic".to_owned(),
        trimmed => trimmed.to_owned(),
    };
    let mut id = slug.clone();
    let mut n = 2;
    while topics.iter().any(|t| t.id == id) {
        id = format!("{slug}-{n}");
        n += 1;
    }
    id
}

/// The file as written: every field optional, so what is missing gets its own error.
#[derive(Serialize, Deserialize)]
struct RawReview {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    format: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    version: Option<u64>,
    title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(default)]
    articles: Vec<RawArticle>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    topics: Option<Vec<RawTopic>>,
}

/// A topic as written: one name (and claim) for both languages unless `name_en` says otherwise.
#[derive(Serialize, Deserialize)]
struct RawTopic {
    id: String,
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    claim: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    claim_en: Option<String>,
    #[serde(default)]
    words: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    against: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct RawArticle {
    id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    outlet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lang: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

/// Only the fields that say what a file is, read before its shape is checked: a file of another
/// kind is "not a review", not "damaged".
#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<u64>,
}

impl Review {
    /// An empty review called `title`.
    pub fn new(title: impl Into<String>, date: Option<PartialDate>) -> Review {
        Review { title: title.into(), date, articles: Vec::new(), topics: None }
    }

    /// Reads a review file.
    pub fn from_json(json: &str) -> Result<Review, ReviewError> {
        // Valid JSON of another shape (an array, a string, a `format` that is no string) is some
        // other file, not a damaged review.
        let head: Head = serde_json::from_str(json).map_err(|error| match json_error(error) {
            ReviewError::BadShape(_) => ReviewError::NotAReview,
            other => other,
        })?;
        if head.format.as_deref() != Some(FORMAT) {
            return Err(ReviewError::NotAReview);
        }
        match head.version {
            Some(VERSION) => {}
            Some(other) => return Err(ReviewError::UnsupportedVersion(other)),
            None => return Err(ReviewError::BadShape("\"version\" is missing or not a number".into())),
        }
        let raw: RawReview = serde_json::from_str(json).map_err(json_error)?;
        if raw.articles.len() > MAX_ARTICLES {
            return Err(ReviewError::TooManyArticles(raw.articles.len()));
        }
        let date = match raw.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            Some(text) => Some(PartialDate::parse_iso(text).ok_or_else(|| ReviewError::BadField {
                id: String::new(),
                message: format!("date {text:?} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"),
            })?),
            None => None,
        };
        let mut review = Review::new(raw.title, date);
        for (index, article) in raw.articles.into_iter().enumerate() {
            let index = index + 1;
            if !is_id(&article.id) {
                return Err(ReviewError::BadId { index });
            }
            if review.article(&article.id).is_some() {
                return Err(ReviewError::DuplicateId(article.id));
            }
            let Some(text) = article.text.filter(|t| !t.trim().is_empty()) else {
                return Err(ReviewError::MissingText { index });
            };
            check_size(&article.id, &text)?;
            let meta = meta_of(
                &article.id,
                [
                    ("title", article.title),
                    ("outlet", article.outlet),
                    ("date", article.date),
                    ("lang", article.lang),
                    ("url", article.url),
                ],
            )?;
            review.articles.push(Article { id: article.id, meta, text });
        }
        if let Some(topics) = raw.topics {
            review.topics = Some(read_topics(topics)?);
        }
        Ok(review)
    }

    /// The review as a file, in the form [`Review::from_json`] reads.
    pub fn to_json(&self) -> String {
        let raw = RawReview {
            format: Some(FORMAT.to_owned()),
            version: Some(VERSION),
            title: self.title.clone(),
            date: self.date.map(|d| d.to_string()),
            articles: self
                .articles
                .iter()
                .map(|a| RawArticle {
                    id: a.id.clone(),
                    title: a.meta.title.clone(),
                    outlet: a.meta.outlet.clone(),
                    date: a.meta.date.map(|d| d.to_string()),
                    lang: a.meta.lang.clone(),
                    url: a.meta.url.clone(),
                    text: Some(a.text.clone()),
                })
                .collect(),
            topics: self.topics.as_ref().map(|topics| topics.iter().map(RawTopic::of).collect()),
        };
        serde_json::to_string(&raw).expect("a review of strings always serialises")
    }

    /// The article with `id`, if any.
    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// Adds `articles` (metadata and text each) at the end, with new ids; all or none: when one
    /// breaks a limit, the review is left as it was.
    pub fn add_articles(&mut self, articles: Vec<(Meta, String)>) -> Result<(), ReviewError> {
        let count = self.articles.len() + articles.len();
        if count > MAX_ARTICLES {
            return Err(ReviewError::TooManyArticles(count));
        }
        let mut added = Vec::with_capacity(articles.len());
        for (meta, text) in articles {
            let id = self.new_id(&text, added.len());
            if text.trim().is_empty() {
                return Err(ReviewError::MissingText { index: self.articles.len() + added.len() + 1 });
            }
            check_size(&id, &text)?;
            added.push(Article { id, meta, text });
        }
        self.articles.extend(added);
        Ok(())
    }

    /// Removes the article `id`; false if there was none.
    pub fn remove_article(&mut self, id: &str) -> bool {
        let before = self.articles.len();
        self.articles.retain(|a| a.id != id);
        self.articles.len() != before
    }

    /// Sets the metadata of article `id` to `meta`, whole; false if there is no such article.
    ///
    /// An empty field (`None`) clears the article's own value, and [`Review::documents`] then
    /// fills it from the text's own header, where the text opens with one (`title: …`, or the seed
    /// line ` date 2024-06 CNN`): the text is kept exactly as given, and a review file has no way
    /// to say "unknown" over what the text itself says. Without such a header the field is unknown.
    /// `meta` is taken as given, as [`Review::add_articles`] takes it: checked fields (a date, a
    /// language tag, an http(s) address), as [`Meta`]'s readers give them.
    pub fn edit_article(&mut self, id: &str, meta: Meta) -> bool {
        match self.articles.iter_mut().find(|a| a.id == id) {
            Some(article) => {
                article.meta = meta;
                true
            }
            None => false,
        }
    }

    /// The articles as engine documents: each text parsed, its metadata from the article's
    /// fields, and from the text's own header only where a field is empty.
    pub fn documents(&self) -> Vec<Document> {
        self.articles
            .iter()
            .map(|article| {
                let mut document = Document::parse(article.id.clone(), article.text.clone());
                document.meta = article.meta.clone().or(std::mem::take(&mut document.meta));
                document
            })
            .collect()
    }

    /// Its stance topics as written: its own, or `bundled` (as [`StanceData::parse`] read them)
    /// while it has none.
    pub fn topics_or(&self, bundled: &[Topic]) -> Vec<Topic> {
        match &self.topics {
            Some(topics) => topics.clone(),
            None => bundled.iter().map(Topic::as_written).collect(),
        }
    }

    /// Adds a topic (`id` `None`) at the end, or changes topic `id` in place, starting from
    /// `bundled` while the review has no topics of its own; returns the topic's id. A name or
    /// claim equal to the topic's Italian or English one is kept as it is (both languages); a
    /// new one is the topic's name in both. All or nothing: a refused edit changes nothing.
    pub fn put_topic(&mut self, bundled: &[Topic], id: Option<&str>, edit: TopicEdit) -> Result<String, ReviewError> {
        let mut topics = self.topics_or(bundled);
        let index = match id {
            Some(id) => topics.iter().position(|t| t.id == id).ok_or_else(|| ReviewError::BadTopic {
                index: topics.len() + 1,
                message: format!("{id:?} is no topic of this review (removed meanwhile?)"),
            })?,
            None => {
                let id = topic_id(&edit.name, &topics);
                topics.push(Topic { id, ..Topic::default() });
                topics.len() - 1
            }
        };
        let name = edit.name.trim();
        let terms = topic_words(edit.words);
        if terms.is_empty() {
            let message = "has no words: give at least one word that names it".to_owned();
            return Err(ReviewError::BadTopic { index: index + 1, message });
        }
        check_topic(index, topics.len(), name, terms.len() + topics[index].against.len())?;
        let topic = &mut topics[index];
        if name != topic.name_it && name != topic.name_en {
            (topic.name_it, topic.name_en) = (name.to_owned(), name.to_owned());
        }
        let claim = edit.claim.trim();
        if claim != topic.claim_it && claim != topic.claim_en {
            (topic.claim_it, topic.claim_en) = (claim.to_owned(), claim.to_owned());
        }
        topic.terms = terms;
        let id = topic.id.clone();
        self.topics = Some(topics);
        Ok(id)
    }

    /// Removes topic `id`, starting from `bundled` while the review has no topics of its own;
    /// false if there was none.
    pub fn remove_topic(&mut self, bundled: &[Topic], id: &str) -> bool {
        let mut topics = self.topics_or(bundled);
        let before = topics.len();
        topics.retain(|t| t.id != id);
        let removed = topics.len() != before;
        if removed {
            self.topics = Some(topics);
        }
        removed
    }

    /// What the story is called and when it happened, as the app's header shows it.
    pub fn story(&self) -> Meta {
        Meta { title: Some(self.title.clone()), date: self.date, ..Meta::default() }
    }

    /// An id for the `pending`-th article being added with `text`: its position and a hash of the
    /// text, like the bundled articles' file names (`004_5e1b73382cb6678f`), never one in use.
    fn new_id(&self, text: &str, pending: usize) -> String {
        let hash =
            text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
        let mut position = self.articles.len() + pending + 1;
        loop {
            let id = format!("{position:03}_{hash:016x}");
            if self.article(&id).is_none() {
                return id;
            }
            position += 1;
        }
    }
}

impl RawTopic {
    fn of(topic: &Topic) -> RawTopic {
        let topic = topic.as_written();
        let other = |en: String, it: &str| (en != it).then_some(en);
        RawTopic {
            id: topic.id,
            name_en: other(topic.name_en, &topic.name_it),
            name: topic.name_it,
            claim_en: other(topic.claim_en, &topic.claim_it),
            claim: Some(topic.claim_it).filter(|c| !c.is_empty()),
            words: topic.terms,
            against: topic.against,
        }
    }
}

/// The topics of a file, checked: ids link-safe and distinct, a name, words that are words.
fn read_topics(raw: Vec<RawTopic>) -> Result<Vec<Topic>, ReviewError> {
    let mut topics: Vec<Topic> = Vec::with_capacity(raw.len());
    for (index, raw) in raw.into_iter().enumerate() {
        let bad = |message: &str| ReviewError::BadTopic { index: index + 1, message: message.to_owned() };
        if !is_id(&raw.id) {
            return Err(bad("has an unusable \"id\" (1 to 64 letters, digits, '_', '-' or '.')"));
        }
        if topics.iter().any(|t| t.id == raw.id) {
            return Err(bad("has the \"id\" of an earlier topic; give each topic its own"));
        }
        let name = raw.name.trim().to_owned();
        let (terms, against) = (topic_words(raw.words), topic_words(raw.against));
        check_topic(index, index + 1, &name, terms.len() + against.len())?;
        let claim = raw.claim.map(|c| c.trim().to_owned()).unwrap_or_default();
        topics.push(Topic {
            id: raw.id,
            name_en: raw.name_en.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty()).unwrap_or_else(|| name.clone()),
            name_it: name,
            claim_en: raw
                .claim_en
                .map(|c| c.trim().to_owned())
                .filter(|c| !c.is_empty())
                .unwrap_or_else(|| claim.clone()),
            claim_it: claim,
            terms,
            against,
            turned: false,
            stopped: Vec::new(),
            acts: Vec::new(),
        });
    }
    Ok(topics)
}

/// What every topic must be, in a file or as edited: the topic at `index` (from 0) of `count`,
/// named `name`, with `words` words.
fn check_topic(index: usize, count: usize, name: &str, words: usize) -> Result<(), ReviewError> {
    let message = if count > MAX_TOPICS {
        format!("is one too many: a review has at most {MAX_TOPICS} topics; remove some")
    } else if name.trim().is_empty() {
        "has no name; name it".to_owned()
    } else if words > MAX_TOPIC_WORDS {
        format!("has more than {MAX_TOPIC_WORDS} words; keep the ones that name it")
    } else {
        return Ok(());
    };
    Err(ReviewError::BadTopic { index: index + 1, message })
}

/// A topic's words as the matcher reads them: lower case, spaces folded, none empty.
fn topic_words(words: Vec<String>) -> Vec<String> {
    words
        .iter()
        .map(|w| w.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Letters, digits, `_`, `-`, `.`: safe in a query string as it is.
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_BYTES
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
}

fn check_size(id: &str, text: &str) -> Result<(), ReviewError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(ReviewError::TextTooLarge { id: id.to_owned(), bytes: text.len() });
    }
    Ok(())
}

/// The metadata of article `id` from its fields, by the rules of a header (a date that exists, a
/// language tag, an http(s) address); a field that breaks them is an error.
fn meta_of(id: &str, fields: [(&str, Option<String>); 5]) -> Result<Meta, ReviewError> {
    let mut meta = Meta::default();
    let mut diagnostics = Vec::new();
    for (key, value) in fields {
        if let Some(value) = value {
            meta.set(key, &value, Span::default(), &mut diagnostics);
        }
    }
    match diagnostics.into_iter().next() {
        Some(diagnostic) => Err(ReviewError::BadField { id: id.to_owned(), message: diagnostic.message }),
        None => Ok(meta),
    }
}

fn json_error(error: serde_json::Error) -> ReviewError {
    match error.classify() {
        serde_json::error::Category::Eof => ReviewError::Truncated,
        serde_json::error::Category::Syntax | serde_json::error::Category::Io => {
            ReviewError::NotJson { line: error.line(), column: error.column() }
        }
        serde_json::error::Category::Data => ReviewError::BadShape(error.to_string()),
    }
}
