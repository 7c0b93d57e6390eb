use std::collections::{BTreeSet, HashMap};
use std::pin::pin;
use std::task::{Context, Poll, Waker};

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

    /// Runs the extraction as [`Corpus::with_stances`] does, awaiting `pause(n)` after the `n`th
    /// document: a caller with a page to keep alive (progress to show, input to answer) hands
    /// control back there. The corpus is the same as `with_stances` makes.
    pub async fn with_stances_pausing<P: Future<Output = ()>>(
        documents: Vec<Document>,
        gazetteer: Gazetteer,
        data: StanceData,
        pause: impl FnMut(usize) -> P,
    ) -> Corpus {
        Corpus::read_pausing(documents, gazetteer, Some(data), pause).await
    }

    /// Reads without pausing: the one reading loop, [`Corpus::read_pausing`], run to its end at
    /// once, since every pause is ready.
    fn read(documents: Vec<Document>, gazetteer: Gazetteer, data: Option<StanceData>) -> Corpus {
        let reading = pin!(Corpus::read_pausing(documents, gazetteer, data, |_| std::future::ready(())));
        match reading.poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(corpus) => corpus,
            Poll::Pending => unreachable!("a reading whose pauses are all ready never waits"),
        }
    }

    /// Every pass over one document shares one reading of each of its sentences
    /// ([`reading::read`]), dropped before the next document is read; `pause(n)` is awaited
    /// after the `n`th document.
    async fn read_pausing<P: Future<Output = ()>>(
        documents: Vec<Document>,
        gazetteer: Gazetteer,
        data: Option<StanceData>,
        mut pause: impl FnMut(usize) -> P,
    ) -> Corpus {
        let mut found = Found::default();
        {
            let passes = Passes::new(&gazetteer, data.as_ref());
            for (index, document) in documents.iter().enumerate() {
                passes.read(&mut found, index, document);
                pause(index + 1).await;
            }
        }
        Corpus::assemble(documents, gazetteer, data, found)
    }

    /// The corpus of `documents` from what reading each of them found: the timeline and the
    /// stance cells, which read every document's findings at once, and the indexes by id.
    fn assemble(documents: Vec<Document>, gazetteer: Gazetteer, data: Option<StanceData>, found: Found) -> Corpus {
        let Found { quotes, dates, events, statements, diagnostics, stems } = found;
        let timeline = timeline(&events, stems);
        let (stances, stance_diagnostics) = match &data {
            Some(data) => stances::cells(&statements, &documents, data),
            None => Default::default(),
        };
        let findings =
            Findings { quotes, dates, events, timeline, statements, stances, stance_diagnostics, diagnostics };
        Corpus::from_findings(documents, gazetteer, data, findings)
    }

    /// The corpus of `documents` with what an earlier reading of them, with the same `gazetteer`
    /// and stance `data`, found ([`Corpus::findings`]): a story known in advance (the app's
    /// bundled one, read when the app is built) is shown without reading it again.
    pub fn from_findings(
        documents: Vec<Document>,
        gazetteer: Gazetteer,
        data: Option<StanceData>,
        findings: Findings,
    ) -> Corpus {
        let Findings { quotes, dates, events, timeline, statements, stances, stance_diagnostics, diagnostics } =
            findings;
        let quote_at = quotes.iter().enumerate().map(|(index, q)| (q.id.clone(), index)).collect();
        let mut entry_of_quote = HashMap::new();
        for (index, entry) in timeline.iter().enumerate() {
            for quote in &entry.quotes {
                entry_of_quote.entry(quote.clone()).or_insert(index);
            }
        }
        Corpus {
            documents,
            gazetteer,
            quotes,
            dates,
            events,
            timeline,
            statements,
            stances,
            stance_data: data.unwrap_or_default(),
            stance_diagnostics,
            diagnostics,
            entry_of_quote,
            quote_at,
        }
    }

    /// What reading found in the documents, without the documents and what they were read
    /// with: all [`Corpus::from_findings`] needs besides them.
    pub fn findings(&self) -> Findings {
        Findings {
            quotes: self.quotes.clone(),
            dates: self.dates.clone(),
            events: self.events.clone(),
            timeline: self.timeline.clone(),
            statements: self.statements.clone(),
            stances: self.stances.clone(),
            stance_diagnostics: self.stance_diagnostics.clone(),
            diagnostics: self.diagnostics.clone(),
        }
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

/// What reading a corpus found, as [`Corpus`] holds it: the fields of the same names there.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Findings {
    /// [`Corpus::quotes`].
    pub quotes: Vec<Quote>,
    /// [`Corpus::dates`].
    pub dates: Vec<Vec<TimeExpression>>,
    /// [`Corpus::events`].
    pub events: Vec<Event>,
    /// [`Corpus::timeline`].
    pub timeline: Vec<TimelineEntry>,
    /// [`Corpus::statements`].
    pub statements: Vec<Statement>,
    /// [`Corpus::stances`].
    pub stances: Vec<StanceCell>,
    /// [`Corpus::stance_diagnostics`].
    pub stance_diagnostics: Vec<Diagnostic>,
    /// [`Corpus::diagnostics`].
    pub diagnostics: Vec<(usize, Diagnostic)>,
}

/// What the passes over each document found, document after document.
#[derive(Default)]
struct Found {
    quotes: Vec<Quote>,
    dates: Vec<Vec<TimeExpression>>,
    events: Vec<Event>,
    statements: Vec<Statement>,
    diagnostics: Vec<(usize, Diagnostic)>,
    /// The content words of each event, for the timeline's merging across documents.
    stems: Vec<BTreeSet<String>>,
}

/// The passes over one document, with what they read documents with: the gazetteer's names and
/// the stance data's terms, prepared once for every document.
struct Passes<'a> {
    gazetteer: &'a Gazetteer,
    lexicon: Lexicon,
    stances: Option<(&'a StanceData, Terms<'a>)>,
}

impl<'a> Passes<'a> {
    fn new(gazetteer: &'a Gazetteer, data: Option<&'a StanceData>) -> Passes<'a> {
        Passes { gazetteer, lexicon: Lexicon::new(gazetteer), stances: data.map(|data| (data, Terms::new(data))) }
    }

    /// Reads `document`, the `index`th, into `found`.
    fn read(&self, found: &mut Found, index: usize, document: &Document) {
        let readings = reading::read(document, &self.lexicon, self.gazetteer);
        let (quotes, diagnostics) = quotes::extract(document, index, &readings, &self.lexicon, self.gazetteer);
        let dates = timex::expressions(document, readings.iter().map(|r| (r.words.as_slice(), r.lower.as_slice())));
        let events = events::extract(document, index, &readings, &dates, &quotes, self.gazetteer);
        found.stems.extend(events.iter().map(|event| content_stems(event, document, &readings)));
        if let Some((data, terms)) = &self.stances {
            found
                .statements
                .extend(stances::statements(document, index, &readings, &quotes, self.gazetteer, data, terms));
        }
        found.events.extend(events);
        found.dates.push(dates);
        found.quotes.extend(quotes);
        found.diagnostics.extend(diagnostics.into_iter().map(|d| (index, d)));
    }
}
