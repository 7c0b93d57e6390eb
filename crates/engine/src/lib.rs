//! The Rassegna engine: from the plain text of news articles to a model that views can show.
//!
//! # What it promises
//!
//! * **Parsing never fails.** Any `&str` becomes a [`Document`]: metadata, paragraphs and
//!   sentences, plus [`Diagnostic`]s for whatever looked wrong (an unknown header key, a date that
//!   is not a date). Only decoding bytes can fail ([`decode`]), and its error says where.
//! * **Every item points back to its text.** Paragraphs and sentences (and, later, quotations,
//!   dates, events and stances) carry a [`Span`] of byte offsets into the document's text, exactly
//!   as it was given: nothing is normalised or rewritten before the offsets are taken, so a view can
//!   always show the sentence a claim comes from. [`CharIndex`] turns byte offsets into the
//!   character offsets that other languages index strings by.
//! * **It knows nothing about the web.** No browser, framework or I/O dependency: the same code runs
//!   natively in the `rassegna` CLI and tests, and as WebAssembly in the app. That also keeps it
//!   small: no regular expressions, no date library; the rules are hand-written scanners over
//!   `char`s, linear in the input.
//! * **Curated knowledge is data.** Metadata that a text does not carry comes from a sidecar in the
//!   same `key: value` form as an in-text header ([`Meta::parse_sidecar`]), never from code; the
//!   language of attribution (given names, role nouns, verbs of saying) is in `data/` too, and the
//!   engine carries it (`lexicon_data`), since it is Italian, not a story.
//!
//! # How
//!
//! [`Document::parse`] reads an optional header (a block of `key: value` lines ended by a blank
//! line, or the seed form ` date YYYY-MM OUTLET`), then splits the body into paragraphs
//! ([`paragraphs`]) and each paragraph into sentences ([`sentences`]) with the conventions of
//! Italian typography: closing quotation marks stay with the sentence they close, initials and
//! common abbreviations do not end a sentence, stray punctuation is never a sentence of its own.
//!
//! [`Corpus::new`] then reads the documents with the people, bodies and countries of a
//! [`Gazetteer`], each sentence once (`reading`: its words, their lower-case forms and the names
//! among them, which every pass shares): quotations and who said them (`quotes`, choosing among the candidates that a
//! `discourse` of each document finds: names the gazetteer knows or lacks, roles, descriptions,
//! pronouns, documents; and abstaining when none is singled out), temporal expressions resolved against
//! each article's date ([`time_expressions`]), the events they date and a [`TimelineEntry`] per
//! happening, merged across documents; [`Corpus::with_stances`] also the statements of each actor
//! on the topics of a [`StanceData`] and the [`StanceCell`]s that sum them. Each module's own
//! comment gives its rules; the data files under `data/` hold everything curated.
//!
//! What readers bring comes in through [`import`]: a pasted text, or a `.txt`, `.md` or saved
//! `.html` file, checked (extension, size, binary content, encoding) and turned into plain text
//! and the metadata it states about itself, by hand-written scanners that never fail.
#![deny(missing_docs)]

mod articles;
mod calendar;
mod char_index;
mod corpus;
mod decode;
mod diagnostic;
mod discourse;
mod document;
mod events;
mod gazetteer;
mod header;
pub mod import;
mod lexicon_data;
mod marks;
mod mentions;
pub mod paragraphs;
mod quotes;
mod reading;
#[cfg(feature = "serde")]
pub mod review;
pub mod sentences;
mod span;
mod speakers;
mod speech;
mod stance_data;
mod stance_terms;
mod stances;
mod timeline;
mod timex;
mod words;

pub use calendar::PartialDate;
pub use char_index::CharIndex;
pub use corpus::{Corpus, Findings};
pub use decode::{DecodeError, decode};
pub use diagnostic::Diagnostic;
pub use document::{Document, Paragraph, Sentence};
pub use events::Event;
pub use gazetteer::{Entity, EntityKind, Gazetteer};
pub use header::Meta;
pub use quotes::{Quote, QuoteKind};
#[cfg(feature = "serde")]
pub use review::{Article, Review, ReviewError, TopicEdit};
pub use span::Span;
pub use speakers::Speaker;
pub use stance_data::{Override, Stance, StanceData, Topic};
pub use stances::{StanceCell, Statement, StatementKind};
pub use timeline::TimelineEntry;
pub use timex::{DecadePart, Duration, TimeExpression, TimeUnit, TimeValue, When, time_expressions};
