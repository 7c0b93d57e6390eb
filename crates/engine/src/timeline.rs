//! The timeline: the events of every document in time order, one entry per happening.
//!
//! Two events are told of the same happening when they come from different documents, fall on
//! the same date at the same precision, name at least one person, body or country in common, and
//! share enough of their other words: the Dice coefficient of their content stems (words that are
//! neither names nor function words, with their final vowels cut so "sanzioni" meets "sanzione")
//! reaches [`SAME_WORDS`]. Pairs merge best first, and an entry never holds two events of one
//! document: a report does not tell one happening twice in two dated sentences, and merging
//! within a document would fuse the arrival, the gifts and the signing of one busy day.

use std::collections::{BTreeSet, HashMap};

use crate::Document;
use crate::events::Event;
use crate::reading::Reading;
use crate::timex::TimeValue;

/// The least Dice coefficient of content stems for two events to be one happening.
const SAME_WORDS: f64 = 0.1;

/// How many later events of its date each event may be merged with, best first.
const BEST_MATCHES: usize = 16;

/// One happening on the timeline, told by one or more documents.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TimelineEntry {
    /// The id of its first event.
    pub id: String,
    /// When it happened.
    pub date: TimeValue,
    /// Indices into the corpus's events of the tellings, in document order.
    pub events: Vec<usize>,
    /// Gazetteer ids of everyone its tellings name, in order of first mention.
    pub entities: Vec<String>,
    /// Ids of the quotations said at its time.
    pub quotes: Vec<String>,
}

/// Orders `events` in time and merges the tellings of one happening.
///
/// `stems` are the content stems of each event ([`content_stems`]), in the order of `events`.
pub(crate) fn timeline(events: &[Event], stems: Vec<BTreeSet<String>>) -> Vec<TimelineEntry> {
    let stems = interned(stems.into_iter());
    let named = interned(events.iter().map(|e| e.entities.iter().cloned().collect()));
    // Only events of one date can be one happening: compare within each date, not all pairs, so
    // thousands of articles cost what their busiest date costs.
    let mut by_date: HashMap<TimeValue, Vec<usize>> = HashMap::new();
    for (index, event) in events.iter().enumerate() {
        by_date.entry(event.date).or_default().push(index);
    }
    // Each event keeps its best few matches: a happening told by a thousand articles would
    // otherwise hold a million pairs, and merging best first needs only the best of each.
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for same_date in by_date.values() {
        // The date's events side by side, their documents, names and stems in three flat lists:
        // the pairs of a busy date are millions, and each would otherwise chase three pointers.
        let date = Packed::new(same_date.iter().map(|&e| (events[e].doc, named[e].as_slice(), stems[e].as_slice())));
        for k in 0..same_date.len() {
            let mut best: Vec<(f64, usize, usize)> = Vec::new();
            let (doc, names, words) = date.get(k);
            for j in k + 1..same_date.len() {
                let (other_doc, other_names, other_words) = date.get(j);
                if doc == other_doc || shared_count(names, other_names) == 0 {
                    continue;
                }
                let shared = shared_count(words, other_words);
                let dice = 2.0 * shared as f64 / (words.len() + other_words.len()).max(1) as f64;
                if dice >= SAME_WORDS {
                    best.push((dice, same_date[k], same_date[j]));
                }
            }
            if best.len() > BEST_MATCHES {
                best.select_nth_unstable_by(BEST_MATCHES - 1, |x, y| y.0.total_cmp(&x.0).then(x.2.cmp(&y.2)));
                best.truncate(BEST_MATCHES);
            }
            pairs.extend(best);
        }
    }
    // Best first; ties in text order, so the result does not depend on the buckets' order.
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));

    // Each event's group, as the list of events in it and the documents they come from.
    let mut group_of: Vec<usize> = (0..events.len()).collect();
    let mut groups: Vec<Vec<usize>> = (0..events.len()).map(|e| vec![e]).collect();
    let mut group_documents: Vec<BTreeSet<usize>> = events.iter().map(|e| BTreeSet::from([e.doc])).collect();
    for (_, a, b) in pairs {
        let (ga, gb) = (group_of[a], group_of[b]);
        if ga == gb || !group_documents[ga].is_disjoint(&group_documents[gb]) {
            continue;
        }
        let moved = std::mem::take(&mut groups[gb]);
        for &event in &moved {
            group_of[event] = ga;
        }
        groups[ga].extend(moved);
        let moved_documents = std::mem::take(&mut group_documents[gb]);
        group_documents[ga].extend(moved_documents);
    }

    let mut entries: Vec<TimelineEntry> = groups
        .into_iter()
        .filter(|g| !g.is_empty())
        .map(|mut group| {
            group.sort_by_key(|&e| (events[e].doc, events[e].text.start));
            let mut entities: Vec<String> = Vec::new();
            let mut quotes: Vec<String> = Vec::new();
            for &e in &group {
                for entity in &events[e].entities {
                    if !entities.contains(entity) {
                        entities.push(entity.clone());
                    }
                }
                quotes.extend(events[e].quotes.iter().cloned());
            }
            let first = &events[group[0]];
            TimelineEntry { id: first.id.clone(), date: first.date, events: group, entities, quotes }
        })
        .collect();
    entries.sort_by_key(|entry| {
        let first = &events[entry.events[0]];
        (entry.date.sort_key(), first.doc, first.text.start)
    });
    entries
}

/// Each set of strings (stems, entity ids) as their sorted numbers, which compare faster than
/// strings: the pairs of a busy date are many.
fn interned(sets: impl Iterator<Item = BTreeSet<String>>) -> Vec<Vec<u32>> {
    let mut numbers: HashMap<String, u32> = HashMap::new();
    sets.map(|set| {
        let mut numbered: Vec<u32> = set
            .into_iter()
            .map(|stem| {
                let next = numbers.len() as u32;
                *numbers.entry(stem).or_insert(next)
            })
            .collect();
        numbered.sort_unstable();
        numbered
    })
    .collect()
}

/// The events of one date, each as its document, its names and its stems (sorted numbers), in
/// flat lists read in order.
struct Packed {
    docs: Vec<usize>,
    /// Where each event's names start in `numbers`, then its stems, then the next event's names.
    starts: Vec<usize>,
    numbers: Vec<u32>,
}

impl Packed {
    fn new<'a>(events: impl Iterator<Item = (usize, &'a [u32], &'a [u32])>) -> Packed {
        let mut packed = Packed { docs: Vec::new(), starts: vec![0], numbers: Vec::new() };
        for (doc, names, stems) in events {
            packed.docs.push(doc);
            for list in [names, stems] {
                packed.numbers.extend_from_slice(list);
                packed.starts.push(packed.numbers.len());
            }
        }
        packed
    }

    /// The document, names and stems of the `k`th event.
    fn get(&self, k: usize) -> (usize, &[u32], &[u32]) {
        let (names, stems, end) = (self.starts[2 * k], self.starts[2 * k + 1], self.starts[2 * k + 2]);
        (self.docs[k], &self.numbers[names..stems], &self.numbers[stems..end])
    }
}

/// How many numbers two sorted lists share.
fn shared_count(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// The stems of the words of `event` that are neither names nor function words, from the
/// readings of its document's sentences.
pub(crate) fn content_stems(event: &Event, document: &Document, readings: &[Reading]) -> BTreeSet<String> {
    let first = document.sentence_at(event.text.start).unwrap_or(event.sentence);
    readings[first..=event.sentence]
        .iter()
        .flat_map(|reading| {
            let mut named = vec![false; reading.lower.len()];
            for mention in &reading.mentions {
                named[mention.words.0..mention.words.1].fill(true);
            }
            reading.lower.iter().zip(named).filter(|(_, named)| !named).map(|(w, _)| w)
        })
        .filter(|w| {
            w.chars().count() > 2
                && !crate::words::FUNCTION_WORDS.contains(&w.as_str())
                && !w.starts_with(char::is_numeric)
        })
        .map(|w| w.trim_end_matches(['a', 'e', 'i', 'o', 'u', 'à', 'è', 'é', 'ì', 'ò', 'ù']).to_owned())
        .collect()
}
