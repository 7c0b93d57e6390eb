//! Quotations and who said them.
//!
//! Three kinds: `full` (a clause or sentence in quotation marks: it opens the sentence, follows a
//! colon, or runs over sentences), `partial` (words in quotation marks inside the journalist's own
//! sentence) and `reported` (indirect speech: the clause after a verb of saying and `che`, the
//! clause before a postponed ", ha detto X", or the claim that "secondo X" attributes).
//!
//! The speaker of a verb of saying is, in order: the name right before `che` when the verb opens
//! a relative clause ("ha citato Kim che ha affermato"); the name right after the verb when a
//! comma comes before it (“…”, ha dichiarato Kim); for a gerund, the subject of the sentence;
//! otherwise the first name of its clause, or of the sentence, that no preposition governs. With
//! no name at all ("Ha affermato che …"), Italian has dropped the subject: the speaker is carried
//! over from the sentence before, within the paragraph or the one before it. A quotation takes the
//! speaker of the verb right after it, else of the nearest verb before it, else of the sentence's
//! "secondo X". When a sentence has both a speaker and a "secondo X", X is the relay (`via`).

use crate::gazetteer::Gazetteer;
use crate::marks::{Marked, quotations};
use crate::mentions::{Form, Lexicon, Mention, PREPOSITIONS};
use crate::span::SpanSet;
use crate::speakers::{Recent, Speaker, speaker};
use crate::speech::{Attribution, SpeechVerb, VerbForm, attributions, speech_verbs};
use crate::words::{Word, lowered, words};
use crate::{Diagnostic, Document, Span};

/// Verbs of saying that introduce a clause with `che`.
const TAKES_CHE: &[&str] = &[
    "detto", "dichiarato", "affermato", "aggiunto", "sottolineato", "ribadito", "assicurato", "garantito", "spiegato",
    "annunciato", "evidenziato", "riferito", "riportato", "precisato", "specificato", "osservato", "commentato",
    "avvertito", "risposto", "replicato", "confermato", "negato", "promesso", "scritto", "raccontato", "ricordato",
    "insistito", "denunciato", "ammesso", "sostenuto", "suggerito", "chiarito", "rimarcato", "dice", "dicono",
    "afferma", "affermano", "dichiara", "dichiarano", "aggiunge", "aggiungono", "sottolinea", "sottolineano", "spiega",
    "ribadisce", "assicura", "sostiene", "sostengono", "osserva", "scrive", "avverte", "disse", "dissero", "dichiarò",
    "affermò", "aggiunse", "spiegò", "sottolineò", "ribadì", "scrisse", "riferisce", "riferiscono", "riporta",
    "riportano", "dicendo", "affermando", "dichiarando", "aggiungendo", "sottolineando", "ribadendo", "spiegando",
    "assicurando", "garantendo", "avvertendo", "precisando",
];

/// What a quotation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// A clause or sentence in quotation marks.
    Full,
    /// Words in quotation marks inside the journalist's sentence.
    Partial,
    /// Indirect speech, without quotation marks.
    Reported,
}

impl QuoteKind {
    /// Every kind, in the order cards and filters list them.
    pub const ALL: [QuoteKind; 3] = [QuoteKind::Full, QuoteKind::Partial, QuoteKind::Reported];

    /// `full`, `partial` or `reported`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Full => "full",
            QuoteKind::Partial => "partial",
            QuoteKind::Reported => "reported",
        }
    }
}

/// A quotation found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// `{document id}-q{n}`, numbered in text order from 1.
    pub id: String,
    /// Index of its document in the corpus.
    pub doc: usize,
    /// Exactly the quoted characters (for `reported`, the reported clause).
    pub text: Span,
    /// The text with its quotation marks (for `reported`, the same as `text`).
    pub outer: Span,
    /// Full, partial or reported.
    pub kind: QuoteKind,
    /// Who said it, if the text says.
    pub speaker: Option<Speaker>,
    /// The words that attribute it ("ha dichiarato", "secondo").
    pub cue: Option<Span>,
    /// Who relayed it ("secondo quanto riportato dall’agenzia RIA").
    pub via: Option<Speaker>,
    /// Its first and last sentence (indices into the document's sentences).
    pub sentences: (usize, usize),
}

/// A verb of saying and who it says spoke.
#[derive(Debug, Clone)]
struct SaidBy {
    verb: SpeechVerb,
    speaker: Option<Speaker>,
    /// Where the speaker stood; a dropped or shared subject counts as before.
    position: Position,
}

/// Everything found in one sentence that bears on who said what.
struct SentenceFacts {
    span: Span,
    words: Vec<Word>,
    lower: Vec<String>,
    /// Verbs of saying outside quotation marks, with their speaker if found.
    verbs: Vec<SaidBy>,
    /// "secondo X" outside quotation marks, with X.
    attribution: Option<(Attribution, Speaker)>,
    /// Who relays the sentence's speech, from "X ha citato Y che ha affermato".
    relay: Option<Speaker>,
}

/// Finds the quotations of `doc`, the `doc`-th document of its corpus.
pub(crate) fn extract(
    doc: &Document,
    doc_index: usize,
    lexicon: &Lexicon,
    gazetteer: &Gazetteer,
) -> (Vec<Quote>, Vec<Diagnostic>) {
    let text = doc.text.as_str();
    let paragraph_spans: Vec<Span> = doc.paragraphs.iter().map(|p| p.span).collect();
    let (marked, diagnostics) = quotations(text, &paragraph_spans);
    let marked_spans = SpanSet::new(marked.iter().map(|m| m.outer));
    let inside = |span: Span| marked_spans.covers(span);

    let mut facts: Vec<SentenceFacts> = Vec::with_capacity(doc.sentences.len());
    let mut recent = Recent::default();
    let mut carried: Option<(Speaker, usize)> = None;
    for sentence in &doc.sentences {
        let words = words(text, sentence.span);
        let lower = lowered(text, &words);
        let mentions: Vec<Mention> =
            lexicon.mentions(text, &words, &lower).into_iter().filter(|m| !inside(m.span)).collect();
        let verbs: Vec<SpeechVerb> = speech_verbs(&words, &lower).into_iter().filter(|v| !inside(v.span)).collect();
        let carry = carried.as_ref().filter(|(_, p)| sentence.paragraph <= p + 1).map(|(s, _)| s.clone());
        recent.enter(sentence.paragraph);
        let recently_named = recent.entities();
        let who = |m: &Mention| speaker(m, text, gazetteer, &recently_named);

        let mut relay = None;
        let mut resolved: Vec<SaidBy> = Vec::with_capacity(verbs.len());
        for verb in &verbs {
            let previous = resolved.iter().rev().find_map(|said| said.speaker.clone());
            let coordinated =
                verb.words.0 > 0 && matches!(lower[verb.words.0 - 1].as_str(), "e" | "ma" | "poi" | "quindi");
            let (speaker, position) = if let Some(subject) = relative_subject(verb, &mentions, &lower) {
                // "X ha citato Y che ha affermato": X relays Y.
                relay = previous;
                (Some(who(subject)), Position::Before)
            } else if let Some(same) = previous.filter(|_| coordinated) {
                // "Putin ha elogiato … e ha affermato": one subject for both verbs.
                (Some(same), Position::Before)
            } else {
                match verb_subject(text, verb, &mentions, &words, &lower) {
                    Some((subject, position)) => (Some(who(subject)), position),
                    None => (carry.clone(), Position::Before),
                }
            };
            resolved.push(SaidBy { verb: *verb, speaker, position });
        }
        let attribution = attributions(&words, &lower)
            .into_iter()
            .filter(|a| !inside(a.cue))
            .find_map(|a| attributed_source(&a, &mentions, &words, text).map(|m| (a, who(m))));

        if let Some(last) = resolved
            .iter()
            .rev()
            .find_map(|said| said.speaker.clone())
            .or_else(|| attribution.as_ref().map(|(_, s)| s.clone()))
        {
            carried = Some((last, sentence.paragraph));
        }
        recent.update(&mentions, gazetteer);
        facts.push(SentenceFacts { span: sentence.span, words, lower, verbs: resolved, attribution, relay });
    }

    let mut quotes = Vec::new();
    for m in &marked {
        let (Some(first), Some(last)) = (doc.sentence_at(m.outer.start), doc.sentence_at(m.outer.end - 1)) else {
            continue;
        };
        let (speaker, cue) = marked_speaker(text, m, &facts[first], &facts[last]);
        let via = via_of(&facts[last], speaker.as_ref()).or_else(|| via_of(&facts[first], speaker.as_ref()));
        let kind =
            if first != last || opens_sentence(text, m, &facts[first]) { QuoteKind::Full } else { QuoteKind::Partial };
        quotes.push(Quote {
            id: String::new(),
            doc: doc_index,
            text: m.inner,
            outer: m.outer,
            kind,
            speaker,
            cue,
            via,
            sentences: (first, last),
        });
    }
    for (index, sentence) in facts.iter().enumerate() {
        if let Some((clause, speaker, cue)) = reported(text, sentence, &marked_spans) {
            let via = via_of(sentence, speaker.as_ref());
            quotes.push(Quote {
                id: String::new(),
                doc: doc_index,
                text: clause,
                outer: clause,
                kind: QuoteKind::Reported,
                speaker,
                cue: Some(cue),
                via,
                sentences: (index, index),
            });
        }
    }
    quotes.sort_by_key(|q| (q.outer.start, q.kind == QuoteKind::Reported));
    for (n, quote) in quotes.iter_mut().enumerate() {
        quote.id = format!("{}-q{}", doc.id, n + 1);
    }
    (quotes, diagnostics)
}

/// "Y che ha affermato": Y, the name right before `che`.
fn relative_subject<'m>(verb: &SpeechVerb, mentions: &'m [Mention], lower: &[String]) -> Option<&'m Mention> {
    let che = verb.words.0.checked_sub(1).filter(|&k| lower[k] == "che")?;
    mentions.iter().find(|m| m.words.1 == che && can_speak(m) && !m.after_preposition)
}

fn can_speak(mention: &Mention) -> bool {
    mention.form != Form::Adjective
}

/// Whether `mention` can be the subject of a clause.
fn is_subject(mention: &Mention) -> bool {
    can_speak(mention) && !mention.after_preposition
}

/// Where a verb's subject stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Position {
    /// Before the verb ("Kim ha detto").
    Before,
    /// After it ("…, ha detto Kim").
    After,
}

/// The subject of a verb of saying (see the module's rules), if the sentence names it.
fn verb_subject<'m>(
    text: &str,
    verb: &SpeechVerb,
    mentions: &'m [Mention],
    words: &[Word],
    lower: &[String],
) -> Option<(&'m Mention, Position)> {
    let (start, end) = verb.words;
    // A comma or a closing quotation mark right before the verb: the subject comes after it,
    // with at most two lower-case words between (“…”, ha detto anche il ministro Rossi).
    let comma_before = start > 0 && text[words[start - 1].span.end..verb.span.start].contains([',', '”', '»', '"']);
    if comma_before {
        let plain_words = |m: &Mention| {
            (end..m.words.0).all(|k| {
                !words[k].is_capitalized(text) && lower[k] != "che" && !PREPOSITIONS.contains(&lower[k].as_str())
            })
        };
        let after =
            mentions.iter().find(|m| m.words.0 >= end && m.words.0 <= end + 2 && is_subject(m) && plain_words(m));
        if let Some(subject) = after {
            return Some((subject, Position::After));
        }
    }
    let before = |m: &&Mention| m.words.1 <= start && is_subject(m);
    if verb.form == VerbForm::Gerund {
        // A gerund shares the subject that opens the sentence.
        return mentions.iter().find(before).map(|m| (m, Position::Before));
    }
    // The first name the gazetteer knows, else the first unknown name, else the first unnamed
    // source: "Il portavoce del Cremlino, Dmitry Peskov, ha detto" is Peskov's.
    let first = |from: usize| {
        let candidates = || mentions.iter().filter(before).filter(move |m| m.words.0 >= from);
        candidates()
            .find(|m| !matches!(m.form, Form::Source | Form::Unknown))
            .or_else(|| candidates().find(|m| m.form == Form::Unknown))
            .or_else(|| candidates().next())
    };
    let clause_start = lower[..start].iter().rposition(|w| w == "che").map_or(0, |k| k + 1);
    first(clause_start).or_else(|| first(0)).map(|m| (m, Position::Before))
}

/// X of "secondo X": the first name or source within a few lower-case words of the cue.
fn attributed_source<'m>(a: &Attribution, mentions: &'m [Mention], words: &[Word], text: &str) -> Option<&'m Mention> {
    mentions.iter().filter(|m| can_speak(m)).find(|m| {
        m.words.0 >= a.source_word
            && m.words.0 <= a.source_word + 6
            && (a.source_word..m.words.0).all(|k| !words[k].is_capitalized(text))
            && !text[a.cue.end..m.span.start].contains([',', '.', ';', ':'])
    })
}

/// The speaker of a marked quotation and the cue that names them.
fn marked_speaker(
    text: &str,
    m: &Marked,
    first: &SentenceFacts,
    last: &SentenceFacts,
) -> (Option<Speaker>, Option<Span>) {
    let with_speaker = |facts: &SentenceFacts| {
        facts.verbs.iter().filter_map(|said| Some((said.verb, said.speaker.clone()?))).collect::<Vec<_>>()
    };
    let right_after = with_speaker(last).into_iter().find(|(v, _)| {
        v.form == VerbForm::Finite
            && v.span.start >= m.outer.end
            && text[m.outer.end..v.span.start].chars().all(|c| c == ',' || c.is_whitespace())
    });
    let nearest_before = || with_speaker(first).into_iter().rev().find(|(v, _)| v.span.end <= m.outer.start);
    let nearest_after = || with_speaker(last).into_iter().find(|(v, _)| v.span.start >= m.outer.end);
    if let Some((verb, speaker)) = right_after.or_else(nearest_before).or_else(nearest_after) {
        return (Some(speaker), Some(verb.span));
    }
    match last.attribution.as_ref().or(first.attribution.as_ref()) {
        Some((a, speaker)) => (Some(speaker.clone()), Some(a.cue)),
        None => (None, None),
    }
}

/// The relay of a sentence's speech, when it is someone other than the speaker.
fn via_of(facts: &SentenceFacts, speaker: Option<&Speaker>) -> Option<Speaker> {
    let speaker = speaker?;
    let from_verbs = facts.verbs.iter().any(|said| said.speaker.as_ref() == Some(speaker));
    let relay =
        facts.relay.clone().or_else(|| facts.attribution.as_ref().map(|(_, s)| s.clone()).filter(|_| from_verbs));
    relay.filter(|r| r != speaker)
}

/// Whether a quotation opens its sentence or follows a colon.
fn opens_sentence(text: &str, m: &Marked, facts: &SentenceFacts) -> bool {
    let before = text[facts.span.start..m.outer.start].trim_end();
    before.is_empty() || before.ends_with(':')
}

/// The reported clause of a sentence, its speaker and cue (see the module's rules).
fn reported(text: &str, facts: &SentenceFacts, marked: &SpanSet) -> Option<(Span, Option<Speaker>, Span)> {
    let words = &facts.words;
    let lower = &facts.lower;
    let tail_end = |from: usize| {
        // The clause ends at the sentence's end, or at a ", secondo X" that follows it.
        let cut = facts.attribution.as_ref().map(|(a, _)| a.cue.start).filter(|&c| c > from).and_then(|c| {
            let before = text[from..c].trim_end();
            before.ends_with(',').then(|| from + before.len() - 1)
        });
        clause(text, Span::new(from, cut.unwrap_or(facts.span.end)))
    };

    for SaidBy { verb, speaker, .. } in &facts.verbs {
        let Some(speaker) = speaker else { continue };
        let last_word = lower[verb.words.1 - 1].as_str();
        if !TAKES_CHE.contains(&last_word) {
            continue;
        }
        let window = verb.words.1..(verb.words.1 + 5).min(words.len());
        let Some(che) = window.clone().find(|&k| lower[k] == "che") else {
            continue;
        };
        if text[verb.span.end..words[che].span.start].contains([',', '.', ';', ':', '“', '«']) {
            continue;
        }
        let Some(clause) = tail_end(words[che].span.end) else {
            continue;
        };
        return Some((clause, Some(speaker.clone()), verb.span));
    }

    // "CLAUSE, ha detto X."
    for SaidBy { verb, speaker, position } in &facts.verbs {
        let Some(speaker) = speaker else { continue };
        if *position != Position::After || verb.form != VerbForm::Finite {
            continue;
        }
        let before = text[facts.span.start..verb.span.start].trim_end();
        let Some(body) = before.strip_suffix(',') else {
            continue;
        };
        let span = clause(text, Span::new(facts.span.start, facts.span.start + body.len()))?;
        // Looked up, not scanned: a paragraph of thousands of quotations has as many sentences.
        if !marked.covers(span) {
            return Some((span, Some(speaker.clone()), verb.span));
        }
    }

    // "Secondo X, CLAUSE." / "CLAUSE, secondo X." / "Mercoledì, secondo X, CLAUSE."
    if facts.verbs.iter().any(|said| said.speaker.is_some()) {
        return None;
    }
    let (attribution, speaker) = facts.attribution.as_ref()?;
    let before = text[facts.span.start..attribution.cue.start].trim_end();
    if attribution.first_word > 0 && before.ends_with(',') && before.len() > 30 {
        let span = clause(text, Span::new(facts.span.start, facts.span.start + before.len() - 1))?;
        return Some((span, Some(speaker.clone()), attribution.cue));
    }
    let leading = attribution.first_word == 0 || (before.ends_with(',') && attribution.first_word <= 3);
    if !leading {
        return None;
    }
    // The clause starts after the comma that closes "secondo X" (and any ", Name," apposition).
    let mut commas = text[attribution.cue.end..facts.span.end].match_indices(',').map(|(i, _)| attribution.cue.end + i);
    let mut comma = commas.next()?;
    let next_words: Vec<&Word> = words.iter().filter(|w| w.span.start > comma).take(3).collect();
    if let Some(after) = commas.next() {
        let apposition = next_words.first().is_some_and(|w| w.is_capitalized(text))
            && words.iter().filter(|w| w.span.start > comma && w.span.end < after).count() <= 3;
        if apposition {
            comma = after;
        }
    }
    let span = clause(text, Span::new(comma + 1, facts.span.end))?;
    Some((span, Some(speaker.clone()), attribution.cue))
}

/// A clause's span: trimmed of white space and of final punctuation, with some words in it.
fn clause(text: &str, span: Span) -> Option<Span> {
    let trimmed = span.trimmed(text);
    let body = trimmed.of(text);
    let kept =
        body.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '…'));
    let span = Span::new(trimmed.start, trimmed.start + kept.len());
    kept.chars().any(char::is_alphanumeric).then_some(span)
}
