//! The JSON shape of `rassegna extract`: a contract that tests outside this repository rely on.
//! Offsets are characters, not bytes.

use rassegna_engine::{CharIndex, Corpus, Meta, Speaker, When};
use serde::Serialize;

#[derive(Serialize)]
pub struct Extract<'a> {
    documents: Vec<DocumentOut<'a>>,
    /// Every document's events in time order, one entry per happening.
    timeline: Vec<TimelineOut<'a>>,
    /// Where each actor stands on each topic it spoke of, with the words that show it.
    stances: Vec<StanceOut<'a>>,
}

#[derive(Serialize)]
struct StanceOut<'a> {
    actor: &'a str,
    topic: &'a str,
    stance: &'static str,
    /// How many statements support, oppose, voice concern, declare neutrality.
    statements: [usize; 4],
    /// Why a curated override set the stance, if one did.
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    evidence: Vec<EvidenceOut<'a>>,
}

#[derive(Serialize)]
struct EvidenceOut<'a> {
    doc: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    /// Whose statement it is: the speaker's or the actor's id.
    by: &'a str,
    /// `said` (its words, or its voice's), `reported` (a position the text says it holds),
    /// `act` (an act that takes a position); `curated` for an override's evidence.
    kind: &'static str,
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    path: &'a str,
    id: &'a str,
    meta: &'a Meta,
    paragraphs: Vec<ParagraphOut<'a>>,
    quotes: Vec<QuoteOut<'a>>,
    dates: Vec<DateOut<'a>>,
    events: Vec<EventOut<'a>>,
    diagnostics: Vec<DiagnosticOut<'a>>,
}

#[derive(Serialize)]
struct DateOut<'a> {
    /// Exactly as in the text.
    expr: &'a str,
    /// `point` or `duration`.
    kind: &'static str,
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `194X` for a point; ISO 8601 (`P24Y`, `PXY`) for a
    /// duration; null for a point that cannot be resolved.
    value: Option<String>,
    /// `early`, `mid` or `late` for part of a decade.
    #[serde(skip_serializing_if = "Option::is_none")]
    modifier: Option<&'static str>,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct EventOut<'a> {
    id: &'a str,
    date: String,
    /// The words that date it.
    expr: &'a str,
    text: &'a str,
    entities: &'a [String],
    quotes: &'a [String],
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct TimelineOut<'a> {
    id: &'a str,
    date: String,
    /// What the first source says.
    text: &'a str,
    entities: &'a [String],
    quotes: &'a [String],
    sources: Vec<SourceOut<'a>>,
}

#[derive(Serialize)]
struct SourceOut<'a> {
    doc: &'a str,
    event: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    id: &'a str,
    text: &'a str,
    kind: &'static str,
    speaker: Option<SpeakerOut<'a>>,
    /// The description or pronoun that stands for an inferred speaker ("la sindaca").
    speaker_words: Option<&'a str>,
    cue: Option<&'a str>,
    via: Option<SpeakerOut<'a>>,
    /// The sentence (or sentences) the quotation stands in.
    sentence: &'a str,
    start: usize,
    end: usize,
}

/// A speaker as the CLI contract writes it: `role` only for those the text gives one.
#[derive(Serialize)]
struct SpeakerOut<'a> {
    id: &'a str,
    name: &'a str,
    country: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'a str>,
    inferred: bool,
}

impl<'a> SpeakerOut<'a> {
    fn of(speaker: &'a Speaker) -> SpeakerOut<'a> {
        SpeakerOut {
            id: &speaker.id,
            name: &speaker.name,
            country: speaker.country.as_deref(),
            role: speaker.role.as_deref(),
            inferred: speaker.inferred,
        }
    }
}

#[derive(Serialize)]
struct ParagraphOut<'a> {
    start: usize,
    end: usize,
    sentences: Vec<SentenceOut<'a>>,
}

#[derive(Serialize)]
struct SentenceOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct DiagnosticOut<'a> {
    start: usize,
    end: usize,
    message: &'a str,
}

impl<'a> Extract<'a> {
    /// The output for `corpus`, whose documents were read from `paths`.
    pub fn new(corpus: &'a Corpus, paths: &[&'a str]) -> Extract<'a> {
        let chars: Vec<CharIndex> = corpus.documents.iter().map(|d| CharIndex::new(&d.text)).collect();
        let documents = (0..corpus.documents.len())
            .map(|index| DocumentOut::new(paths[index], corpus, index, &chars[index]))
            .collect();
        let timeline = corpus
            .timeline
            .iter()
            .map(|entry| {
                let sources: Vec<SourceOut> = entry
                    .events
                    .iter()
                    .map(|&e| {
                        let event = &corpus.events[e];
                        let doc = &corpus.documents[event.doc];
                        SourceOut {
                            doc: &doc.id,
                            event: &event.id,
                            text: event.text.of(&doc.text),
                            start: chars[event.doc].char_offset(event.text.start),
                            end: chars[event.doc].char_offset(event.text.end),
                        }
                    })
                    .collect();
                TimelineOut {
                    id: &entry.id,
                    date: entry.date.to_string(),
                    text: sources[0].text,
                    entities: &entry.entities,
                    quotes: &entry.quotes,
                    sources,
                }
            })
            .collect();
        let evidence = |doc: usize, span: rassegna_engine::Span, by: &'a str, kind: &'static str| {
            let document = &corpus.documents[doc];
            EvidenceOut {
                doc: &document.id,
                start: chars[doc].char_offset(span.start),
                end: chars[doc].char_offset(span.end),
                text: span.of(&document.text),
                by,
                kind,
            }
        };
        let stances = corpus
            .stances
            .iter()
            .map(|cell| {
                let curated =
                    cell.overridden.iter().map(|(_, doc, span)| evidence(*doc, *span, &cell.actor, "curated"));
                let found = cell.statements.iter().map(|&s| {
                    let statement = &corpus.statements[s];
                    evidence(statement.doc, statement.evidence, &statement.by, statement.kind.as_str())
                });
                StanceOut {
                    actor: &cell.actor,
                    topic: &cell.topic,
                    stance: cell.stance.as_str(),
                    statements: cell.counts,
                    note: cell.overridden.as_ref().map(|(o, _, _)| o.note.as_str()),
                    evidence: curated.chain(found).collect(),
                }
            })
            .collect();
        Extract { documents, timeline, stances }
    }
}

impl<'a> DocumentOut<'a> {
    fn new(path: &'a str, corpus: &'a Corpus, index: usize, chars: &CharIndex) -> DocumentOut<'a> {
        let doc = &corpus.documents[index];
        let quotes = corpus
            .quotes_of(index)
            .iter()
            .map(|quote| QuoteOut {
                id: &quote.id,
                text: quote.text.of(&doc.text),
                kind: quote.kind.as_str(),
                speaker: quote.speaker.as_ref().map(SpeakerOut::of),
                speaker_words: quote.speaker_words.map(|words| words.of(&doc.text)),
                cue: quote.cue.map(|cue| cue.of(&doc.text)),
                via: quote.via.as_ref().map(SpeakerOut::of),
                sentence: &doc.text
                    [doc.sentences[quote.sentences.0].span.start..doc.sentences[quote.sentences.1].span.end],
                start: chars.char_offset(quote.text.start),
                end: chars.char_offset(quote.text.end),
            })
            .collect();
        let paragraphs = doc
            .paragraphs
            .iter()
            .map(|paragraph| ParagraphOut {
                start: chars.char_offset(paragraph.span.start),
                end: chars.char_offset(paragraph.span.end),
                sentences: doc
                    .sentences_of(paragraph)
                    .iter()
                    .map(|sentence| SentenceOut {
                        start: chars.char_offset(sentence.span.start),
                        end: chars.char_offset(sentence.span.end),
                        text: sentence.span.of(&doc.text),
                    })
                    .collect(),
            })
            .collect();
        let diagnostics = doc
            .diagnostics
            .iter()
            .map(|d| DiagnosticOut {
                start: chars.char_offset(d.span.start),
                end: chars.char_offset(d.span.end),
                message: &d.message,
            })
            .collect();
        let dates = corpus.dates[index]
            .iter()
            .map(|time| {
                let (kind, value, modifier) = match time.when {
                    When::Point(value) => ("point", value.map(|v| v.to_string()), value.and_then(|v| v.modifier())),
                    When::Duration(duration) => ("duration", Some(duration.to_string()), None),
                };
                DateOut {
                    expr: time.span.of(&doc.text),
                    kind,
                    value,
                    modifier,
                    start: chars.char_offset(time.span.start),
                    end: chars.char_offset(time.span.end),
                }
            })
            .collect();
        let events = corpus
            .events_of(index)
            .iter()
            .map(|event| EventOut {
                id: &event.id,
                date: event.date.to_string(),
                expr: event.expression.of(&doc.text),
                text: event.text.of(&doc.text),
                entities: &event.entities,
                quotes: &event.quotes,
                start: chars.char_offset(event.text.start),
                end: chars.char_offset(event.text.end),
            })
            .collect();
        DocumentOut { path, id: &doc.id, meta: &doc.meta, paragraphs, quotes, dates, events, diagnostics }
    }
}
