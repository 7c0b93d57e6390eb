//! The curated knowledge behind the stance comparison, read from three data files: the topics
//! (`data/topics.txt`), the stance lexicon (`data/stance-lexicon.txt`) and the overrides
//! (`data/stance-overrides.txt`). Each file documents its own format at its top. Reading never
//! fails: what cannot be used is reported and skipped.

use crate::header::lines;
use crate::{Diagnostic, Span};

/// A topic of the story.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Topic {
    /// Stable id (`sanctions`).
    pub id: String,
    /// Name in Italian.
    pub name_it: String,
    /// Name in English.
    pub name_en: String,
    /// Word stems and phrases that name it, lower case.
    pub terms: Vec<String>,
    /// Stems and phrases for what it stands against: opposing them is supporting the topic.
    pub against: Vec<String>,
}

/// Where an actor stands on a topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stance {
    /// For it.
    Supports,
    /// Against it.
    Opposes,
    /// Worried by it.
    Concerned,
    /// Both for and against, in different statements.
    Mixed,
    /// Spoke of it without taking a side.
    Neutral,
}

impl Stance {
    /// Every stance, in the order the legend lists them.
    pub const ALL: [Stance; 5] = [Stance::Supports, Stance::Opposes, Stance::Concerned, Stance::Mixed, Stance::Neutral];

    /// `supports`, `opposes`, `concerned`, `mixed`, `neutral`.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Opposes => "opposes",
            Stance::Concerned => "concerned",
            Stance::Mixed => "mixed",
            Stance::Neutral => "neutral",
        }
    }

    fn from_key(key: &str) -> Option<Stance> {
        Stance::ALL.into_iter().find(|s| s.as_str() == key)
    }
}

/// A curated correction of one cell, with the words that justify it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override {
    /// The actor's gazetteer id.
    pub actor: String,
    /// The topic's id.
    pub topic: String,
    /// The stance it sets.
    pub stance: Stance,
    /// The document the evidence is in.
    pub doc: String,
    /// The evidence, verbatim.
    pub evidence: String,
    /// Why, for the reader.
    pub note: String,
}

/// Topics, stance words and overrides.
#[derive(Debug, Clone, Default)]
pub struct StanceData {
    /// The topics, in column order.
    pub topics: Vec<Topic>,
    /// Stems and phrases by the stance they signal: supports, opposes, concerned.
    pub cues: Vec<(Stance, String)>,
    /// Verbs that make a sentence a statement without a stance word.
    pub statement_verbs: Vec<String>,
    /// Words that flip support and opposition right after them.
    pub negations: Vec<String>,
    /// Curated corrections.
    pub overrides: Vec<Override>,
}

impl StanceData {
    /// Reads the three files.
    pub fn parse(topics: &str, lexicon: &str, overrides: &str) -> (StanceData, Vec<Diagnostic>) {
        let mut data = StanceData::default();
        let mut diagnostics = Vec::new();
        for record in records(topics, &mut diagnostics) {
            let mut topic = Topic { id: record.id.clone(), ..Topic::default() };
            for (key, value, span) in record.fields {
                match key.as_str() {
                    "name.it" => topic.name_it = value,
                    "name.en" => topic.name_en = value,
                    "stem" | "phrase" => topic.terms.push(value.to_lowercase()),
                    "against" => topic.against.push(value.to_lowercase()),
                    other => diagnostics.push(Diagnostic::new(span, format!("unknown topic key `{other}`"))),
                }
            }
            data.topics.push(topic);
        }
        for record in records(lexicon, &mut diagnostics) {
            let words = record.fields.into_iter().map(|(_, value, _)| value.to_lowercase());
            match record.kind.as_str() {
                "statement" => data.statement_verbs.extend(words),
                "negation" => data.negations.extend(words),
                kind => match Stance::from_key(kind) {
                    Some(stance @ (Stance::Supports | Stance::Opposes | Stance::Concerned)) => {
                        data.cues.extend(words.map(|w| (stance, w)));
                    }
                    _ => diagnostics.push(Diagnostic::new(record.span, format!("unknown lexicon section `[{kind}]`"))),
                },
            }
        }
        for record in records(overrides, &mut diagnostics) {
            let Some((actor, topic)) = record.kind.split_once(' ').map(|(a, t)| (a.to_owned(), t.trim().to_owned()))
            else {
                diagnostics.push(Diagnostic::new(record.span, "an override is `[override ACTOR TOPIC]`"));
                continue;
            };
            let field = |name: &str| record.fields.iter().find(|(k, _, _)| k == name).map(|(_, v, _)| v.clone());
            let stance = field("stance").and_then(|s| Stance::from_key(&s));
            match (stance, field("doc"), field("evidence")) {
                (Some(stance), Some(doc), Some(evidence)) => data.overrides.push(Override {
                    actor,
                    topic,
                    stance,
                    doc,
                    evidence,
                    note: field("note").unwrap_or_default(),
                }),
                _ => diagnostics.push(Diagnostic::new(
                    record.span,
                    "an override needs `stance` (supports, opposes, concerned, mixed, neutral), `doc` and `evidence`",
                )),
            }
        }
        (data, diagnostics)
    }
}

/// A `[kind id]` record (for the lexicon, `[section]`; for overrides, `[override ACTOR TOPIC]`,
/// whose `kind` is then `ACTOR TOPIC`) and its `key: value` lines, or bare lines in the lexicon.
struct Record {
    kind: String,
    id: String,
    span: Span,
    fields: Vec<(String, String, Span)>,
}

fn records(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<Record> {
    let mut records: Vec<Record> = Vec::new();
    for line in lines(text, 0) {
        let content = line.of(text).trim();
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        if let Some(header) = content.strip_prefix('[').and_then(|c| c.strip_suffix(']')) {
            let header = header.trim();
            let (kind, id) = match header.split_once(' ') {
                Some(("topic", id)) => ("topic".to_owned(), id.trim().to_owned()),
                Some(("override", rest)) => (rest.trim().to_owned(), String::new()),
                _ => (header.to_owned(), String::new()),
            };
            records.push(Record { kind, id, span: line, fields: Vec::new() });
            continue;
        }
        let Some(record) = records.last_mut() else {
            diagnostics.push(Diagnostic::new(line, "a line before the first `[…]` record; it was ignored"));
            continue;
        };
        let (key, value) = match content.split_once(':') {
            Some((key, value)) if !key.contains(' ') => (key.trim().to_owned(), value.trim().to_owned()),
            _ => (String::new(), content.to_owned()),
        };
        if value.is_empty() {
            diagnostics.push(Diagnostic::new(line, format!("`{content}` has no value")));
            continue;
        }
        record.fields.push((key, value, line));
    }
    records
}
