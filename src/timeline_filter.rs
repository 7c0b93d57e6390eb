//! Filtering the timeline by period and by who it involves, and counting what each option shows.
//!
//! An entry involves the people, bodies and countries its tellings name, and the country of each
//! person or body they name: choosing Russia shows what Putin did. Chosen options combine with OR,
//! the period with AND, and an option's count is what the list would hold with it chosen in the
//! current period.

use std::collections::HashMap;

use rassegna_engine::Corpus;

use crate::quote_filter::FacetCount;
use crate::view_state::ViewState;

/// The timeline's entries with who each involves.
pub struct TimelineIndex {
    corpus: &'static Corpus,
    /// Entity ids each entry involves, named or by affiliation.
    involved: Vec<Vec<String>>,
}

impl TimelineIndex {
    /// Indexes the timeline of `corpus`.
    pub fn new(corpus: &'static Corpus) -> TimelineIndex {
        let involved = corpus
            .timeline
            .iter()
            .map(|entry| {
                let mut ids: Vec<String> = entry.entities.clone();
                for id in &entry.entities {
                    let country = corpus.gazetteer.entity(id).and_then(|e| e.country.clone());
                    if let Some(country) = country.filter(|c| !ids.contains(c)) {
                        ids.push(country);
                    }
                }
                ids
            })
            .collect();
        TimelineIndex { corpus, involved }
    }

    /// The indices of the entries `state` shows, in time order.
    pub fn results(&self, state: &ViewState) -> Vec<usize> {
        (0..self.involved.len())
            .filter(|&i| self.in_period(i, state) && self.involves_any(i, &state.involving))
            .collect()
    }

    /// Every person, body and country the timeline involves, with the entries each would show in
    /// the current period; countries first, then by count.
    pub fn facets(&self, state: &ViewState) -> Vec<FacetCount<String>> {
        let mut counts: Vec<FacetCount<String>> = Vec::new();
        let mut slots: HashMap<&str, usize> = HashMap::new();
        for (i, involved) in self.involved.iter().enumerate() {
            let counted = usize::from(self.in_period(i, state));
            for id in involved {
                let slot = *slots.entry(id).or_insert_with(|| {
                    counts.push(FacetCount { value: id.clone(), count: 0 });
                    counts.len() - 1
                });
                counts[slot].count += counted;
            }
        }
        let is_country = |id: &str| self.corpus.gazetteer.entity(id).is_some_and(|e| e.country.as_deref() == Some(id));
        counts.sort_by(|a, b| {
            is_country(&b.value).cmp(&is_country(&a.value)).then(b.count.cmp(&a.count)).then(a.value.cmp(&b.value))
        });
        counts
    }

    /// The years the timeline covers, for choosing a period: every year an entry falls in.
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self.corpus.timeline.iter().map(|e| e.date.year()).collect();
        years.dedup();
        years
    }

    fn in_period(&self, i: usize, state: &ViewState) -> bool {
        let year = self.corpus.timeline[i].date.sort_key().0;
        state.from.is_none_or(|from| year >= from) && state.to.is_none_or(|to| year <= to)
    }

    fn involves_any(&self, i: usize, chosen: &[String]) -> bool {
        chosen.is_empty() || chosen.iter().any(|id| self.involved[i].contains(id))
    }
}

#[cfg(test)]
mod tests {
    use rassegna_engine::{Document, Gazetteer};

    use super::*;
    use crate::view_state::View;

    fn index() -> TimelineIndex {
        let gazetteer = "[country RU]\nname: Russia\nalias: Russia\n[country KP]\nname: Corea del Nord\n\
            alias: Corea del Nord\n[person putin]\nname: Vladimir Putin\ncountry: RU\nalias: Putin\n";
        let corpus = Corpus::new(
            vec![Document::parse(
                "a",
                "date: 2024-06-19\n\nNel 1961 la Corea del Nord firmò un trattato. Nel 2000 Putin visitò il Paese. \
                 Mercoledì la Russia ha firmato un nuovo accordo.",
            )],
            Gazetteer::parse(gazetteer).0,
        );
        TimelineIndex::new(Box::leak(Box::new(corpus)))
    }

    fn state(from: Option<i32>, to: Option<i32>, involving: &[&str]) -> ViewState {
        let involving = involving.iter().map(|s| s.to_string()).collect();
        ViewState { view: View::Timeline, from, to, involving, ..ViewState::default() }
    }

    #[test]
    fn a_person_involves_their_country() {
        let index = index();
        assert_eq!(index.results(&state(None, None, &["RU"])), [1, 2]);
        assert_eq!(index.results(&state(None, None, &["putin"])), [1]);
        assert_eq!(index.results(&state(None, None, &["KP", "putin"])), [0, 1]);
    }

    #[test]
    fn the_period_bounds_both_ends_and_the_counts() {
        let index = index();
        assert_eq!(index.results(&state(Some(2000), None, &[])), [1, 2]);
        assert_eq!(index.results(&state(Some(1961), Some(2000), &[])), [0, 1]);
        let facets = index.facets(&state(Some(2001), None, &["KP"]));
        let count = |id: &str| facets.iter().find(|f| f.value == id).map(|f| f.count);
        assert_eq!((count("RU"), count("KP"), count("putin")), (Some(1), Some(0), Some(0)));
        assert_eq!(facets[0].value, "RU", "countries first, by count");
        assert_eq!(index.years(), [1961, 2000, 2024]);
    }
}
