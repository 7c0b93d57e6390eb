use std::collections::HashMap;

use crate::events::{self, Event};
use crate::gazetteer::Gazetteer;
use crate::mentions::Lexicon;
use crate::stance_data::StanceData;
use crate::stance_terms::Terms;
use crate::stances::{self, StanceCell, Statement};
use crate::timeline::{TimelineEntry, content_stems, timeline};
use crate::timex::{self, TimeExpression};
use crate::{Diagnostic, Document, Quote, quotes, reading};

/// The documents of one story and everything extracted from them.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// The articles, in the order they were given.
    pub documents: Vec<Document>,
    /// The people, bodies and countries the extraction recognised.
    pub gazetteer: Gazetteer,
    /// Every quotation, document by document, in text order.
    pub quotes: Vec<Quote>,
    /// The temporal expressions of each document, by document index.
    pub dates: Vec<Vec<TimeExpression>>,
    /// Every dated happening, document by document, in text order.
    pub events: Vec<Event>,
    /// The events of all documents in time order, one entry per happening.
    pub timeline: Vec<TimelineEntry>,
    /// What actors said or did about the story's topics, document by document.
    pub statements: Vec<Statement>,
    /// Where each actor stands on each topic it spoke of.
    pub stances: Vec<StanceCell>,
    /// The topics, stance words and overrides the stances were read with.
    pub stance_data: StanceData,
    /// What reading the stance data read past (an override whose evidence is not in its document).
    pub stance_diagnostics: Vec<Diagnostic>,
    /// What extraction read past, by document index.
    pub diagnostics: Vec<(usize, Diagnostic)>,
    /// The index in `timeline` of the entry each dated quotation (by id) was said at.
    entry_of_quote: HashMap<String, usize>,
    /// The index in `quotes` of each quotation, by id.
    quote_at: HashMap<String, usize>,
}

impl Corpus {
    /// Runs the extraction over `documents` with the people and places of `gazetteer`, without
    /// stances.
    pub fn new(documents: Vec<Document>, gazetteer: Gazetteer) -> Corpus {
        Corpus::read(documents, gazetteer, None)
    }

    /// Runs the extraction over `documents` with the people and places of `gazetteer`, and the
    /// statements and stances that `data` finds in them.
    pub fn with_stances(documents: Vec<Document>, gazetteer: Gazetteer, data: StanceData) -> Corpus {
        Corpus::read(documents, gazetteer, Some(data))
    }

    /// Every pass over one document shares one reading of each of its sentences
    /// ([`reading::read`]), dropped before the next document is read.
    fn read(documents: Vec<Document>, gazetteer: Gazetteer, data: Option<StanceData>) -> Corpus {
        let lexicon = Lexicon::new(&gazetteer);
        let terms = data.as_ref().map(Terms::new);
        let mut corpus = Corpus { gazetteer, ..Corpus::default() };
        let mut stems = Vec::new();
        for (index, document) in documents.iter().enumerate() {
            let readings = reading::read(document, &lexicon);
            let (quotes, diagnostics) = quotes::extract(document, index, &readings, &lexicon, &corpus.gazetteer);
            let dates = timex::expressions(document, readings.iter().map(|r| (r.words.as_slice(), r.lower.as_slice())));
            let events = events::extract(document, index, &readings, &dates, &quotes, &corpus.gazetteer);
            stems.extend(events.iter().map(|event| content_stems(event, document, &readings)));
            if let (Some(data), Some(terms)) = (&data, &terms) {
                corpus
                    .statements
                    .extend(stances::statements(document, index, &readings, &quotes, &corpus.gazetteer, data, terms));
            }
            corpus.events.extend(events);
            corpus.dates.push(dates);
            corpus.quotes.extend(quotes);
            corpus.diagnostics.extend(diagnostics.into_iter().map(|d| (index, d)));
        }
        corpus.timeline = timeline(&corpus.events, stems);
        corpus.quote_at = corpus.quotes.iter().enumerate().map(|(index, q)| (q.id.clone(), index)).collect();
        for (index, entry) in corpus.timeline.iter().enumerate() {
            for quote in &entry.quotes {
                corpus.entry_of_quote.entry(quote.clone()).or_insert(index);
            }
        }
        if let Some(data) = data {
            let (cells, diagnostics) = stances::cells(&corpus.statements, &documents, &data);
            corpus.stances = cells;
            corpus.stance_diagnostics = diagnostics;
            corpus.stance_data = data;
        }
        corpus.documents = documents;
        corpus
    }

    /// The document called `id`, if there is one.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The events of the `index`-th document.
    pub fn events_of(&self, index: usize) -> &[Event] {
        // Events come document by document, so a document's are one run.
        let start = self.events.partition_point(|e| e.doc < index);
        let end = self.events.partition_point(|e| e.doc <= index);
        &self.events[start..end]
    }

    /// The timeline entry of the happening quotation `quote_id` was said at, if the text dates it.
    pub fn entry_of_quote(&self, quote_id: &str) -> Option<&TimelineEntry> {
        self.entry_of_quote.get(quote_id).map(|&entry| &self.timeline[entry])
    }

    /// The quotation called `id`, if there is one.
    pub fn quote(&self, id: &str) -> Option<&Quote> {
        self.quote_at.get(id).map(|&index| &self.quotes[index])
    }

    /// The quotations of the `index`-th document.
    pub fn quotes_of(&self, index: usize) -> &[Quote] {
        // Quotations come document by document, so a document's are one run.
        let start = self.quotes.partition_point(|q| q.doc < index);
        let end = self.quotes.partition_point(|q| q.doc <= index);
        &self.quotes[start..end]
    }
}
