//! Filtering quotation cards and counting what each filter option would show.
//!
//! Options within a facet combine with OR (Putin or Kim), facets with AND (and Russia, and in
//! this article). An option's count is what the list would hold with that option chosen and every
//! other facet as it is, so counts stay truthful whatever else is set.

use std::collections::HashMap;

use rassegna_engine::{Corpus, Quote, QuoteKind, TimeValue};

use crate::search::{Folded, fold_query};
use crate::view_state::ViewState;

/// The corpus's quotations, folded once for search, with their speakers and countries numbered so
/// that counting options costs an array increment per quotation, at 100,000 as at 50.
pub struct QuoteIndex {
    corpus: &'static Corpus,
    /// Folded quote text and folded speaker name, by quotation.
    folded: Vec<(Folded, Folded)>,
    /// When each quotation was said, where the text dates it.
    said_at: Vec<Option<TimeValue>>,
    /// Every speaker (id, name as first written), in order of first quotation.
    speakers: Vec<(String, String)>,
    /// Every speaker's country id, in order of first quotation.
    countries: Vec<String>,
    /// The numbers of each quotation's speaker and country in `speakers` and `countries`.
    slots: Vec<(Option<usize>, Option<usize>)>,
}

/// The quotations a state shows and the counts of its filters, found in one pass.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filtered {
    /// The indices of the quotations shown, in corpus order.
    pub results: Vec<usize>,
    /// Every option of every facet, with its count.
    pub facets: Facets,
}

/// The facets of the quotation filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Facet {
    Speaker,
    Country,
    Source,
    Kind,
    Search,
    When,
}

/// Why a quotation is not shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rejection {
    /// One facet alone rejects it: choosing another option there could show it.
    Only(Facet),
    /// Two or more facets reject it.
    Several,
}

/// How many quotations an option of a facet would show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount<T> {
    /// The option.
    pub value: T,
    /// The quotations it would show.
    pub count: usize,
}

/// Every option of every facet, with its count.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Facets {
    /// Speaker ids, most quoted first.
    pub speakers: Vec<FacetCount<String>>,
    /// Country ids, most quoted first.
    pub countries: Vec<FacetCount<String>>,
    /// Document indices, in corpus order.
    pub sources: Vec<FacetCount<usize>>,
    /// Kinds, in kind order.
    pub kinds: Vec<FacetCount<QuoteKind>>,
}

impl QuoteIndex {
    /// Indexes the quotations of `corpus`.
    pub fn new(corpus: &'static Corpus) -> QuoteIndex {
        let folded = corpus
            .quotes
            .iter()
            .map(|q| {
                let text = q.text.of(&corpus.documents[q.doc].text);
                let speaker = q.speaker.as_ref().map_or("", |s| s.name.as_str());
                (Folded::new(text), Folded::new(speaker))
            })
            .collect();
        let said_at = corpus.quotes.iter().map(|q| corpus.entry_of_quote(&q.id).map(|e| e.date)).collect();
        let mut speakers: Vec<(String, String)> = Vec::new();
        let mut countries: Vec<String> = Vec::new();
        let mut speaker_slots: HashMap<&str, usize> = HashMap::new();
        let mut country_slots: HashMap<&str, usize> = HashMap::new();
        let slots = corpus
            .quotes
            .iter()
            .map(|q| {
                let speaker = q.speaker.as_ref().map(|s| {
                    *speaker_slots.entry(&s.id).or_insert_with(|| {
                        speakers.push((s.id.clone(), s.name.clone()));
                        speakers.len() - 1
                    })
                });
                let country = country_id(q).map(|c| {
                    *country_slots.entry(c).or_insert_with(|| {
                        countries.push(c.to_owned());
                        countries.len() - 1
                    })
                });
                (speaker, country)
            })
            .collect();
        QuoteIndex { corpus, folded, said_at, speakers, countries, slots }
    }

    /// The name of speaker `id` as first written, if any quotation has that speaker.
    pub fn speaker_name(&self, id: &str) -> Option<&str> {
        self.speakers.iter().find(|(s, _)| s == id).map(|(_, name)| name.as_str())
    }

    /// The quotations `state` shows and the counts of every option of every facet.
    pub fn filter(&self, state: &ViewState) -> Filtered {
        let needle = fold_query(&state.search);
        let mut results = Vec::new();
        let mut speakers = vec![0; self.speakers.len()];
        let mut countries = vec![0; self.countries.len()];
        let mut sources = vec![0; self.corpus.documents.len()];
        let mut kinds = [0; QuoteKind::ALL.len()];
        for (i, quote) in self.corpus.quotes.iter().enumerate() {
            let failing = self.failing(i, state, &needle);
            if failing.is_none() {
                results.push(i);
            }
            let counts = |facet: Facet| usize::from(failing.is_none() || failing == Some(Rejection::Only(facet)));
            let (speaker, country) = self.slots[i];
            if let Some(speaker) = speaker {
                speakers[speaker] += counts(Facet::Speaker);
            }
            if let Some(country) = country {
                countries[country] += counts(Facet::Country);
            }
            sources[quote.doc] += counts(Facet::Source);
            kinds[QuoteKind::ALL.iter().position(|k| *k == quote.kind).unwrap_or(0)] += counts(Facet::Kind);
        }
        let options = |values: &mut dyn Iterator<Item = String>, counts: Vec<usize>| {
            let mut options: Vec<FacetCount<String>> =
                values.zip(counts).map(|(value, count)| FacetCount { value, count }).collect();
            options.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
            options
        };
        let facets = Facets {
            speakers: options(&mut self.speakers.iter().map(|(id, _)| id.clone()), speakers),
            countries: options(&mut self.countries.iter().cloned(), countries),
            sources: (0..sources.len())
                .filter(|&doc| !self.corpus.quotes_of(doc).is_empty())
                .map(|doc| FacetCount { value: doc, count: sources[doc] })
                .collect(),
            kinds: QuoteKind::ALL
                .iter()
                .zip(kinds)
                .filter(|(kind, _)| self.corpus.quotes.iter().any(|q| q.kind == **kind))
                .map(|(&value, count)| FacetCount { value, count })
                .collect(),
        };
        Filtered { results, facets }
    }

    /// Which filters reject quotation `i`.
    fn failing(&self, i: usize, state: &ViewState, needle: &str) -> Option<Rejection> {
        let quote = &self.corpus.quotes[i];
        let in_list = |list: &[String], value: Option<&str>| {
            list.is_empty() || value.is_some_and(|v| list.iter().any(|s| s == v))
        };
        let checks = [
            (Facet::Speaker, in_list(&state.speakers, speaker_id(quote))),
            (Facet::Country, in_list(&state.countries, country_id(quote))),
            (Facet::Source, state.doc.as_deref().is_none_or(|doc| self.corpus.documents[quote.doc].id == doc)),
            (Facet::Kind, state.kinds.is_empty() || state.kinds.contains(&quote.kind)),
            (Facet::Search, needle.is_empty() || self.matches_search(i, needle)),
            (Facet::When, state.when.is_none_or(|when| self.said_at[i].is_some_and(|at| at.within(when)))),
        ];
        let mut failing = checks.iter().filter(|(_, passes)| !passes).map(|(facet, _)| *facet);
        match (failing.next(), failing.next()) {
            (None, _) => None,
            (Some(facet), None) => Some(Rejection::Only(facet)),
            (Some(_), Some(_)) => Some(Rejection::Several),
        }
    }

    /// Whether quotation `i`'s text or speaker contains `needle` (folded).
    pub fn matches_search(&self, i: usize, needle: &str) -> bool {
        let (text, speaker) = &self.folded[i];
        text.text.contains(needle) || speaker.text.contains(needle)
    }
}

fn speaker_id(quote: &Quote) -> Option<&str> {
    quote.speaker.as_ref().map(|s| s.id.as_str())
}

fn country_id(quote: &Quote) -> Option<&str> {
    quote.speaker.as_ref().and_then(|s| s.country.as_deref())
}

#[cfg(test)]
mod tests {
    use rassegna_engine::{Corpus, Document, Gazetteer};

    use super::*;

    fn index() -> QuoteIndex {
        let gazetteer = "[country RU]\nname: Russia\n[country KP]\nname: Corea del Nord\n\
            [person putin]\nname: Vladimir Putin\ncountry: RU\nalias: Putin\n\
            [person kim]\nname: Kim Jong Un\ncountry: KP\nalias: Kim\n";
        let corpus = Corpus::new(
            vec![
                Document::parse("a", "“Piena solidarietà”, ha detto Kim. “Un nuovo livello”, ha detto Putin."),
                Document::parse("b", "Putin ha parlato di “alleanza”. “Basta”, ha detto Kim."),
            ],
            Gazetteer::parse(gazetteer).0,
        );
        QuoteIndex::new(Box::leak(Box::new(corpus)))
    }

    fn count<T: PartialEq>(facet: &[FacetCount<T>], value: T) -> usize {
        facet.iter().find(|f| f.value == value).map_or(0, |f| f.count)
    }

    #[test]
    fn options_or_within_a_facet_and_across_facets() {
        let index = index();
        let all = ViewState::default();
        assert_eq!(index.filter(&all).results.len(), 4);
        let both = ViewState { speakers: vec!["kim".into(), "putin".into()], ..all.clone() };
        assert_eq!(index.filter(&both).results.len(), 4);
        let kim_in_b = ViewState { speakers: vec!["kim".into()], doc: Some("b".into()), ..all.clone() };
        assert_eq!(index.filter(&kim_in_b).results, [3]);
    }

    #[test]
    fn search_ignores_case_and_accents_and_looks_at_speakers() {
        let index = index();
        let search = |q: &str| index.filter(&ViewState { search: q.into(), ..ViewState::default() }).results;
        assert_eq!(search("SOLIDARIETA"), [0]);
        assert_eq!(search("putin"), [1, 2]);
        assert!(search("nessuno").is_empty());
    }

    #[test]
    fn the_time_filter_keeps_quotations_said_within_the_period() {
        let gazetteer = "[person kim]\nname: Kim Jong Un\nalias: Kim\n";
        let corpus = Corpus::new(
            vec![Document::parse("a", "date: 2024-06-19\n\nLunedì Kim ha detto che vincerà. “Basta”, ha detto Kim.")],
            Gazetteer::parse(gazetteer).0,
        );
        let index = QuoteIndex::new(Box::leak(Box::new(corpus)));
        let when = |w: &str| index.filter(&ViewState { when: TimeValue::parse(w), ..ViewState::default() }).results;
        assert_eq!(when("2024-06-17"), [0]);
        assert_eq!(when("2024"), [0]);
        assert!(when("2024-06-19").is_empty(), "the undated quotation is not said on the day of writing");
    }

    #[test]
    fn counts_stay_truthful_when_other_filters_are_set() {
        let index = index();
        let state = ViewState { speakers: vec!["kim".into()], doc: Some("a".into()), ..ViewState::default() };
        let facets = index.filter(&state).facets;
        // In article a: Kim 1, Putin 1, whichever speakers are chosen.
        assert_eq!(count(&facets.speakers, "kim".to_string()), 1);
        assert_eq!(count(&facets.speakers, "putin".to_string()), 1);
        // For Kim: one in each article, whichever article is chosen.
        assert_eq!(count(&facets.sources, 0), 1);
        assert_eq!(count(&facets.sources, 1), 1);
        assert_eq!(count(&facets.countries, "KP".to_string()), 1);
        assert_eq!(count(&facets.countries, "RU".to_string()), 0, "Kim is not Russian");
        assert_eq!(count(&facets.kinds, QuoteKind::Full), 1);
    }
}
