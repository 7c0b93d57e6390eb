//! Synthetic corpora for `make bench`: thousands of articles made from the paragraphs of real
//! ones, so the engine and the app can be measured at sizes the bundled story never reaches.
//!
//! A synthetic article is a header (an outlet, a date spread over two years) and paragraphs drawn
//! at random from the source articles. The people each paragraph names are replaced by people of
//! a synthetic cast (hundreds of invented names, each in a country of the source gazetteer), named
//! in full the first time and by surname after, as a newspaper would; the cast is appended to the
//! gazetteer the corpus is read with. So the text keeps the real sentences' Italian, quotation
//! marks, verbs of saying and dates, while the speakers, outlets and dates vary. Everything is
//! drawn from a fixed seed: the same call gives the same corpus on every machine.
//!
//! Nothing here is shipped: the app only links it in its `bench` build.

#![deny(missing_docs)]

mod cast;
mod random;

use rassegna_engine::{Corpus, Document, EntityKind, Gazetteer};

pub use cast::Cast;
use random::Random;

/// Outlets the synthetic articles are attributed to.
const OUTLETS: &[&str] = &[
    "Corriere Sintetico", "La Gazzetta di Prova", "Il Campione", "Agenzia Modello", "Il Quotidiano Simulato",
    "Radio Esempio", "La Stampa di Banco", "Il Messaggero di Test", "Notizie Generate", "Il Foglio di Misura",
    "Tg Sintetico", "Il Giornale del Bench",
];

/// A synthetic corpus: the articles and the gazetteer (the source's plus the cast) to read them with.
pub struct Synthetic {
    /// `(id, text)` of each article, text with its header.
    pub articles: Vec<(String, String)>,
    /// The source gazetteer followed by a record for each person of the cast.
    pub gazetteer: String,
}

impl Synthetic {
    /// Articles drawn from the paragraphs of `sources` until their texts hold at least `bytes`.
    pub fn with_bytes(sources: &[&str], gazetteer: &str, bytes: usize) -> Synthetic {
        let people = people(gazetteer);
        let cast = Cast::new(400, &countries(gazetteer));
        let paragraphs = paragraphs(sources);
        let mut random = Random::new(0x5eed_2024);
        let mut articles = Vec::new();
        let mut total = 0;
        while total < bytes {
            let text = article(&paragraphs, &people, &cast, &mut random, articles.len());
            total += text.len();
            articles.push((format!("synthetic-{:06}", articles.len()), text));
        }
        Synthetic { articles, gazetteer: format!("{gazetteer}\n{}", cast.gazetteer_records()) }
    }

    /// Articles with about `quotes` quotations: as many bytes as the sources need per quotation.
    pub fn with_quotes(sources: &[&str], gazetteer: &str, quotes: usize) -> Synthetic {
        let documents = sources.iter().enumerate().map(|(i, s)| Document::parse(i.to_string(), *s)).collect();
        let found = Corpus::new(documents, Gazetteer::parse(gazetteer).0).quotes.len().max(1);
        let bytes_per_quote = sources.iter().map(|s| s.len()).sum::<usize>() / found;
        Synthetic::with_bytes(sources, gazetteer, quotes * bytes_per_quote)
    }

    /// The total length of the articles' texts, in bytes.
    pub fn bytes(&self) -> usize {
        self.articles.iter().map(|(_, text)| text.len()).sum()
    }

    /// The articles as engine documents.
    pub fn documents(&self) -> Vec<Document> {
        self.articles.iter().map(|(id, text)| Document::parse(id.as_str(), text.as_str())).collect()
    }
}

/// The body paragraphs of every source article.
fn paragraphs(sources: &[&str]) -> Vec<String> {
    sources
        .iter()
        .flat_map(|source| {
            let document = Document::parse("source", *source);
            document.paragraphs.iter().map(|p| p.span.of(&document.text).to_owned()).collect::<Vec<_>>()
        })
        .filter(|p| p.chars().any(char::is_alphabetic))
        .collect()
}

/// A real person of the source gazetteer: the names the text may call them by, longest first.
struct Person {
    names: Vec<String>,
}

fn people(gazetteer: &str) -> Vec<Person> {
    Gazetteer::parse(gazetteer)
        .0
        .entities
        .into_iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| {
            let mut names: Vec<String> = std::iter::once(e.name).chain(e.aliases).collect();
            names.sort_by_key(|n| std::cmp::Reverse(n.len()));
            names.dedup();
            Person { names }
        })
        .collect()
}

fn countries(gazetteer: &str) -> Vec<String> {
    let countries = Gazetteer::parse(gazetteer).0.entities.into_iter().filter(|e| e.kind == EntityKind::Country);
    countries.map(|e| e.id).collect()
}

/// One article of 4 to 12 KB.
fn article(paragraphs: &[String], people: &[Person], cast: &Cast, random: &mut Random, number: usize) -> String {
    let (year, month, day) = (2023 + random.below(2), 1 + random.below(12), 1 + random.below(28));
    let mut text = format!(
        "title: Articolo sintetico {number}\noutlet: {}\ndate: {year}-{month:02}-{day:02}\nlang: it\n\n",
        OUTLETS[random.below(OUTLETS.len())]
    );
    let length = 4096 + random.below(8192);
    while text.len() < length {
        text.push_str(&recast(&paragraphs[random.below(paragraphs.len())], people, cast, random));
        text.push_str("\n\n");
    }
    text
}

/// `paragraph` with each real person it names played by a member of the cast.
fn recast(paragraph: &str, people: &[Person], cast: &Cast, random: &mut Random) -> String {
    let mut out = String::with_capacity(paragraph.len() + 64);
    // Which cast member plays each real person, in this paragraph.
    let mut roles: Vec<(usize, usize)> = Vec::new();
    let mut rest = paragraph;
    'scan: while let Some(c) = rest.chars().next() {
        let at_word_start = out.chars().next_back().is_none_or(|p| !p.is_alphanumeric());
        if at_word_start && c.is_uppercase() {
            for (index, person) in people.iter().enumerate() {
                let found = person.names.iter().find(|name| {
                    rest.starts_with(name.as_str()) && !rest[name.len()..].starts_with(char::is_alphanumeric)
                });
                if let Some(name) = found {
                    match roles.iter().find(|(p, _)| *p == index) {
                        Some(&(_, member)) => out.push_str(cast.surname(member)),
                        None => {
                            let member = random.below(cast.len());
                            roles.push((index, member));
                            out.push_str(&cast.full_name(member));
                        }
                    }
                    rest = &rest[name.len()..];
                    continue 'scan;
                }
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}
