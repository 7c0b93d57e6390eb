use crate::events::{self, Event};
use crate::gazetteer::Gazetteer;
use crate::mentions::Lexicon;
use crate::timeline::{TimelineEntry, timeline};
use crate::timex::{TimeExpression, time_expressions};
use crate::{Diagnostic, Document, Quote, quotes};

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
    /// What extraction read past, by document index.
    pub diagnostics: Vec<(usize, Diagnostic)>,
}

impl Corpus {
    /// Runs the extraction over `documents` with the people and places of `gazetteer`.
    pub fn new(documents: Vec<Document>, gazetteer: Gazetteer) -> Corpus {
        let lexicon = Lexicon::new(&gazetteer);
        let mut corpus = Corpus { gazetteer, ..Corpus::default() };
        for (index, document) in documents.iter().enumerate() {
            let (quotes, diagnostics) = quotes::extract(document, index, &lexicon, &corpus.gazetteer);
            let dates = time_expressions(document);
            corpus.events.extend(events::extract(document, index, &dates, &quotes, &lexicon, &corpus.gazetteer));
            corpus.dates.push(dates);
            corpus.quotes.extend(quotes);
            corpus.diagnostics.extend(diagnostics.into_iter().map(|d| (index, d)));
        }
        corpus.timeline = timeline(&corpus.events, &documents, &lexicon);
        corpus.documents = documents;
        corpus
    }

    /// The document called `id`, if there is one.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The events of the `index`-th document.
    pub fn events_of(&self, index: usize) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(move |e| e.doc == index)
    }

    /// The timeline entry of the happening quotation `quote_id` was said at, if the text dates it.
    pub fn entry_of_quote(&self, quote_id: &str) -> Option<&TimelineEntry> {
        self.timeline.iter().find(|entry| entry.quotes.iter().any(|q| q == quote_id))
    }

    /// The quotations of the `index`-th document.
    pub fn quotes_of(&self, index: usize) -> impl Iterator<Item = &Quote> {
        self.quotes.iter().filter(move |q| q.doc == index)
    }
}
