//! Statements and stances: where each actor stands on each topic, and the sentences that show it.
//!
//! **Actors** are the gazetteer's countries and bodies that news treats like one (the UN, the
//! West): a person or an agency speaks for their country, a capital or a palace for its
//! government, an unnamed source for the country its adjective names.
//!
//! **Statements.** Every quotation with a speaker is a statement of the speaker's country (the
//! quotations one actor has in one sentence make one statement). A sentence is also a statement
//! of each actor that is its subject (named with no preposition before it) or, when it voices
//! concern, of each actor it places the concern in ("preoccupazione sia a Seul che a
//! Washington"), provided it holds a stance word or a verb of statement from the lexicon; a
//! sentence with stance words and no actor at all continues the statement of the sentence before
//! it, as Italian drops a subject it has just named. A statement is about the topics whose terms
//! it contains, and takes no side on a topic unless a stance word stands near one of its terms.
//!
//! **Stance.** Each topic term takes the side of the stance word nearest to it, within
//! [`WINDOW`] words and in the same clause; a negation right before the stance word turns support into opposition and
//! back, and opposing what a topic stands against ("combattere la politica egemonica") is
//! supporting it. An actor's stance on a topic sums its statements: support and opposition
//! together are mixed, concern that outweighs both is concern, statements without a side are
//! neutral. An actor that said nothing on a topic has no cell: silence is not neutrality.
//! Curated overrides set a cell's stance, citing words that exist verbatim in a document.

use crate::gazetteer::{EntityKind, Gazetteer};
use crate::mentions::{Form, PREPOSITIONS};
use crate::reading::Reading;
use crate::span::SpanSet;
use crate::speakers::{Recent, entity_of};
use crate::stance_data::{Override, Stance, StanceData};
use crate::stance_terms::{Role, Terms, TermsAt};
use crate::words::Word;
use crate::{Diagnostic, Document, Quote, Span};

/// How many words apart a stance word may be from the topic term it governs.
const WINDOW: usize = 10;

/// What an actor said or did about one or more topics, in one sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// Index of its document in the corpus.
    pub doc: usize,
    /// The actor's gazetteer id (a country, the UN, the West).
    pub actor: String,
    /// The words that show it: the quoted words, or the sentence.
    pub evidence: Span,
    /// Its sentence.
    pub sentence: usize,
    /// The quotations it is made of.
    pub quotes: Vec<String>,
    /// The topics it is about, each with the side it takes (`None`: no side).
    pub topics: Vec<(String, Option<Stance>)>,
}

/// One cell of the comparison: an actor's stance on a topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StanceCell {
    /// The actor's gazetteer id.
    pub actor: String,
    /// The topic's id.
    pub topic: String,
    /// Where the actor stands.
    pub stance: Stance,
    /// Indices into the corpus's statements, those that take the cell's side first.
    pub statements: Vec<usize>,
    /// The statements that support, oppose, voice concern, take no side.
    pub counts: [usize; 4],
    /// The curated override that set the stance, with where its evidence is.
    pub overridden: Option<(Override, usize, Span)>,
}

/// The statements of `doc`, the `doc_index`-th document.
pub(crate) fn statements(
    doc: &Document,
    doc_index: usize,
    readings: &[Reading],
    quotes: &[Quote],
    gazetteer: &Gazetteer,
    data: &StanceData,
    terms: &Terms,
) -> Vec<Statement> {
    let text = doc.text.as_str();
    // Indexed once, so that a sentence of thousands of quotations costs no more than their number.
    let mut of_sentence: Vec<Vec<&Quote>> = vec![Vec::new(); doc.sentences.len()];
    for quote in quotes.iter().filter(|q| q.doc == doc_index) {
        if let Some(list) = of_sentence.get_mut(quote.sentences.0) {
            list.push(quote);
        }
    }
    let quoted_spans = SpanSet::new(quotes.iter().filter(|q| q.doc == doc_index).map(|q| q.outer));
    let quoted = |span: Span| quoted_spans.covers(span);
    let actor_of = |entity: usize| {
        let entity = &gazetteer.entities[entity];
        match entity.kind {
            EntityKind::Country => Some(entity.id.clone()),
            _ => entity.country.clone(),
        }
    };
    let mut found: Vec<Statement> = Vec::new();
    let mut recent = Recent::default();
    let mut previous_actor: Option<(String, usize)> = None;
    for (index, sentence) in doc.sentences.iter().enumerate() {
        recent.enter(sentence.paragraph);
        let recently_named = recent.entities();
        let Reading { words, lower, mentions } = &readings[index];
        let found_terms = terms.find(lower);
        let clauses = clauses(text, words);
        let topics = |span: Span| topic_sides(words, lower, &clauses, &found_terms, span, data, terms);
        let mut in_sentence: Vec<Statement> = Vec::new();

        for &quote in &of_sentence[index] {
            let Some(actor) = quote.speaker.as_ref().and_then(|s| s.country.clone()) else { continue };
            match in_sentence.iter_mut().find(|s| s.actor == actor) {
                Some(statement) => {
                    statement.evidence =
                        Span::new(statement.evidence.start, quote.text.end.max(statement.evidence.end));
                    statement.quotes.push(quote.id.clone());
                }
                None => in_sentence.push(Statement {
                    doc: doc_index,
                    actor,
                    evidence: quote.text,
                    sentence: index,
                    quotes: vec![quote.id.clone()],
                    topics: Vec::new(),
                }),
            }
        }

        let outside: Vec<usize> = (0..words.len()).filter(|&i| !quoted(words[i].span)).collect();
        let has = |role: fn(&Role) -> bool| outside.iter().any(|&i| terms.roles_at(&found_terms, i).any(role));
        let concern = has(|role| role.concern);
        let stated = has(|role| role.stating);
        // Whether `span` is inside parentheses; mentions come in order, so the count runs on.
        let (mut counted_to, mut depth) = (sentence.span.start, 0i64);
        let mut aside = |span: Span| {
            if span.start < counted_to {
                (counted_to, depth) = (sentence.span.start, 0);
            }
            for c in text[counted_to..span.start].chars() {
                depth += i64::from(c == '(') - i64::from(c == ')');
            }
            counted_to = span.start;
            depth > 0
        };
        // Each subject actor, with the first word of what the sentence says of it.
        let mut subjects: Vec<(String, usize)> = Vec::new();
        let mut governed_before: Option<(usize, bool)> = None;
        for mention in mentions.iter().filter(|m| !quoted(m.span) && !aside(m.span)) {
            let start = mention.words.0;
            // The word before the mention, past an article ("verso l’Occidente").
            let before = start.checked_sub(1).map(|p| {
                let article = matches!(lower[p].as_str(), "il" | "lo" | "la" | "l" | "i" | "gli" | "le");
                if article && p > 0 && clauses[p - 1] == clauses[p] { p - 1 } else { p }
            });
            let preposition = before.map(|p| lower[p].as_str());
            // "tra Stati Uniti, Corea del Sud e Giappone": the preposition governs the whole list.
            let listed = governed_before.is_some_and(|(end, governed)| {
                governed
                    && (end..start).all(|w| matches!(lower[w].as_str(), "e" | "ed"))
                    && clauses[start] <= clauses[end.max(1) - 1] + 1
            });
            let governed =
                mention.after_preposition || listed || preposition.is_some_and(|w| PREPOSITIONS.contains(&w));
            // "ad inquietare Washington": the one a concern verb acts on feels the concern;
            // "accomunare Mosca e Pyongyang": another verb's object says nothing of its own.
            let after_infinitive = preposition
                .is_some_and(|w| w.len() > 4 && (w.ends_with("are") || w.ends_with("ere") || w.ends_with("ire")));
            let concern_verb = after_infinitive
                && data
                    .cues
                    .iter()
                    .any(|(s, c)| *s == Stance::Concerned && preposition.is_some_and(|w| w.starts_with(c.as_str())));
            let experiencer = concern && (matches!(preposition, Some("a" | "ad" | "per")) || concern_verb);
            governed_before = Some((mention.words.1, (governed || after_infinitive) && !experiencer));
            if (governed || after_infinitive) && !experiencer {
                continue;
            }
            let actor = match mention.form {
                Form::Source => mention.country.and_then(&actor_of),
                Form::Name | Form::Epithet | Form::Metonym => entity_of(mention, &recently_named).and_then(&actor_of),
                Form::Adjective | Form::Unknown => None,
            };
            if let Some(actor) = actor.filter(|a| subjects.iter().all(|(s, _)| s != a)) {
                subjects.push((actor, start));
            }
        }
        // What a sentence says of a subject runs from its clause to the next subject's clause.
        let mut scopes: Vec<Span> = Vec::new();
        if stated {
            let clause_start = |word: usize| (0..=word).find(|&w| clauses[w] == clauses[word]).unwrap_or(word);
            let actors: Vec<(String, Span)> = if subjects.is_empty() {
                // No actor at all: the sentence goes on with the one before.
                previous_actor
                    .iter()
                    .filter(|(_, p)| *p == sentence.paragraph)
                    .map(|(a, _)| (a.clone(), sentence.span))
                    .collect()
            } else {
                subjects
                    .iter()
                    .map(|(actor, word)| {
                        // Subjects of one clause ("sia a Seul che a Washington") share their scope.
                        let first_of_clause = subjects.iter().all(|(_, w)| clauses[*w] >= clauses[*word]);
                        let start =
                            if first_of_clause { sentence.span.start } else { words[clause_start(*word)].span.start };
                        let next = subjects.iter().map(|(_, w)| *w).find(|w| clauses[*w] > clauses[*word]);
                        let end = next.map_or(sentence.span.end, |w| words[clause_start(w)].span.start);
                        (actor.clone(), Span::new(start, end))
                    })
                    .collect()
            };
            for (actor, scope) in actors {
                if in_sentence.iter().all(|s| s.actor != actor) {
                    in_sentence.push(Statement {
                        doc: doc_index,
                        actor,
                        evidence: sentence.span,
                        sentence: index,
                        quotes: Vec::new(),
                        topics: Vec::new(),
                    });
                    scopes.push(scope);
                }
            }
        }
        let quoted_statements = in_sentence.len() - scopes.len();

        for (k, mut statement) in in_sentence.into_iter().enumerate() {
            let scope = if k < quoted_statements { sentence.span } else { scopes[k - quoted_statements] };
            statement.topics = topics(scope);
            if !statement.topics.is_empty() {
                previous_actor = Some((statement.actor.clone(), sentence.paragraph));
                found.push(statement);
            }
        }
        recent.update(mentions, gazetteer);
    }
    found
}

/// The topics named in `span` of a sentence, each with the side its nearest stance word takes.
fn topic_sides(
    words: &[Word],
    lower: &[String],
    clauses: &[usize],
    found: &TermsAt,
    span: Span,
    data: &StanceData,
    terms: &Terms,
) -> Vec<(String, Option<Stance>)> {
    let inside = (0..words.len()).filter(|&i| span.start <= words[i].span.start && words[i].span.end <= span.end);
    let mut cues: Vec<(usize, Stance)> = Vec::new();
    // Each topic term inside: (topic, word, whether it names what the topic stands against).
    let mut named: Vec<(usize, usize, bool)> = Vec::new();
    for i in inside {
        if let Some(stance) = terms.cue_at(found, i) {
            let negated = i > 0 && data.negations.iter().any(|n| lower[i - 1] == *n);
            cues.push((i, if negated { flip(stance) } else { stance }));
        }
        for role in terms.roles_at(found, i) {
            named.extend(role.topics.iter().map(|&(topic, against)| (topic, i, against)));
        }
    }
    let mut sides = Vec::new();
    // Topics in column order, each from its few hits (no sort: in the wasm, one costs kilobytes).
    for (index, topic) in data.topics.iter().enumerate() {
        // Each word that names the topic, once; as what it stands against if any term there is.
        let mut at_words: Vec<(usize, bool)> = Vec::new();
        for &(_, i, against) in named.iter().filter(|hit| hit.0 == index) {
            match at_words.last_mut() {
                Some((word, was_against)) if *word == i => *was_against |= against,
                _ => at_words.push((i, against)),
            }
        }
        if at_words.is_empty() {
            continue;
        }
        let mut nearest: Option<(usize, Stance)> = None;
        for (i, against) in at_words {
            for &(at, stance) in &cues {
                let distance = at.abs_diff(i);
                let apart = distance == 0 || distance > WINDOW || clauses[at] != clauses[i];
                if apart || nearest.is_some_and(|(d, _)| d <= distance) {
                    continue;
                }
                nearest = Some((distance, if against { flip(stance) } else { stance }));
            }
        }
        sides.push((topic.id.clone(), nearest.map(|(_, s)| s)));
    }
    sides
}

/// The clause of each word: a new one starts after a comma, a semicolon, a colon, a parenthesis
/// or a dash.
fn clauses(text: &str, words: &[Word]) -> Vec<usize> {
    let mut clause = 0;
    let mut found = Vec::with_capacity(words.len());
    for (i, word) in words.iter().enumerate() {
        if i > 0 && text[words[i - 1].span.end..word.span.start].contains([',', ';', ':', '(', ')', '–', '—']) {
            clause += 1;
        }
        found.push(clause);
    }
    found
}

fn flip(stance: Stance) -> Stance {
    match stance {
        Stance::Supports => Stance::Opposes,
        Stance::Opposes => Stance::Supports,
        other => other,
    }
}

/// The cell of `actor` on `topic`, added empty if there is none yet.
fn cell_mut<'a>(cells: &'a mut Vec<StanceCell>, actor: &str, topic: &str) -> &'a mut StanceCell {
    let at = cells.iter().position(|c| c.actor == actor && c.topic == topic).unwrap_or_else(|| {
        cells.push(StanceCell {
            actor: actor.to_owned(),
            topic: topic.to_owned(),
            stance: Stance::Neutral,
            statements: Vec::new(),
            counts: [0; 4],
            overridden: None,
        });
        cells.len() - 1
    });
    &mut cells[at]
}

/// Sums `statements` into cells, then applies the overrides of `data`, checking their evidence.
pub(crate) fn cells(
    statements: &[Statement],
    documents: &[Document],
    data: &StanceData,
) -> (Vec<StanceCell>, Vec<Diagnostic>) {
    let mut cells: Vec<StanceCell> = Vec::new();
    for (index, statement) in statements.iter().enumerate() {
        for (topic, side) in &statement.topics {
            let cell = cell_mut(&mut cells, &statement.actor, topic);
            cell.statements.push(index);
            let slot = match side {
                Some(Stance::Supports) => 0,
                Some(Stance::Opposes) => 1,
                Some(Stance::Concerned) => 2,
                _ => 3,
            };
            cell.counts[slot] += 1;
        }
    }
    for cell in &mut cells {
        let [supports, opposes, concerned, _] = cell.counts;
        cell.stance = match () {
            _ if supports > 0 && opposes > 0 => Stance::Mixed,
            _ if concerned > 0 && concerned >= supports.max(opposes) => Stance::Concerned,
            _ if supports > 0 => Stance::Supports,
            _ if opposes > 0 => Stance::Opposes,
            _ => Stance::Neutral,
        };
        let side_of = |i: &usize| statements[*i].topics.iter().find(|(t, _)| *t == cell.topic).and_then(|(_, s)| *s);
        let stance = cell.stance;
        cell.statements.sort_by_key(|i| (side_of(i) != Some(stance), statements[*i].quotes.is_empty()));
    }

    let mut diagnostics = Vec::new();
    for item in &data.overrides {
        let found = documents.iter().enumerate().find(|(_, d)| d.id == item.doc).and_then(|(index, document)| {
            document.text.find(&item.evidence).map(|at| (index, Span::new(at, at + item.evidence.len())))
        });
        let Some((doc, span)) = found else {
            diagnostics.push(Diagnostic::new(
                Span::default(),
                format!(
                    "the override of {} on {} cites words that are not in document `{}`: {:?}; copy them verbatim",
                    item.actor, item.topic, item.doc, item.evidence
                ),
            ));
            continue;
        };
        let cell = cell_mut(&mut cells, &item.actor, &item.topic);
        cell.stance = item.stance;
        cell.overridden = Some((item.clone(), doc, span));
    }
    (cells, diagnostics)
}
