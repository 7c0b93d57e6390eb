//! Speakers: who a mention stands for.
//!
//! A gazetteer mention is its entity, a capital or metonym its country's government, an epithet
//! its person. A surname shared by several people ("Kim") means the one the text has named in
//! full or by epithet in this or the previous sentence, else the first in the gazetteer. An unnamed
//! source or an unknown name is kept as written, with an id made from its words, so cards can
//! group and filter it; a source's adjective gives its country. A quotation's speaker is never
//! someone the text leaves unidentified ("un funzionario", "una fonte": no body, department or
//! country), whom a filter would merge with every other story's.

use crate::gazetteer::{EntityKind, Gazetteer};
use crate::mentions::{Form, Mention};

/// Who said something.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Speaker {
    /// The gazetteer id (`vladimir-putin`, `RU`), or `source:…` / `name:…` for those it lacks.
    pub id: String,
    /// The canonical name, or the words of the text for those the gazetteer lacks.
    pub name: String,
    /// The id of the speaker's country, if known.
    pub country: Option<String>,
    /// For someone the gazetteer lacks, the role the text gives them ("assessora ai Lavori
    /// pubblici").
    pub role: Option<String>,
    /// Whether the text names them only through a description, a pronoun or a dropped subject,
    /// so a reader should check the sentence.
    pub inferred: bool,
}

impl Speaker {
    /// Someone or something the gazetteer lacks, by the lower-case words of their name and the
    /// name as the text writes it.
    pub(crate) fn named(words: &[String], written: String) -> Speaker {
        Speaker { id: format!("name:{}", words.join("-")), name: written, country: None, role: None, inferred: false }
    }

    /// The same speaker, reached through a description, a pronoun or an omitted subject.
    pub fn inferred(self) -> Speaker {
        Speaker { inferred: true, ..self }
    }

    /// Whether the gazetteer knows this speaker.
    pub fn is_known(&self) -> bool {
        !self.id.contains(':')
    }

    /// Whether this is someone the text does not identify, by no body, department or country:
    /// "un funzionario", "una fonte", "alcuni diplomatici". Such words are no quotation's
    /// speaker: a filter by them would put together people of every story who share nothing
    /// but being unnamed.
    pub(crate) fn is_unidentified(&self) -> bool {
        let mut words = self.name.split_whitespace();
        // "Fonti diplomatiche", "funzionari": a plural with no article is indefinite too.
        let indefinite = words.next().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "un" | "uno"
                    | "una"
                    | "alcuni"
                    | "alcune"
                    | "diversi"
                    | "diverse"
                    | "fonti"
                    | "funzionari"
                    | "diplomatici"
            )
        });
        // "gli esperti", "gli analisti": people of a trade in general, as unidentified.
        // "molti osservatori" too; the name leaves a definite article out.
        let generic = self.name.split_whitespace().count() <= 2
            && self
                .name
                .split_whitespace()
                .last()
                .is_some_and(|w| matches!(w.to_lowercase().as_str(), "esperti" | "analisti" | "osservatori"));
        self.id.starts_with("source:")
            && self.country.is_none()
            && (indefinite || generic)
            && !words.any(|w| w.starts_with(char::is_uppercase))
    }
}

/// The speaker a mention stands for; `recent` lists entities named unambiguously just before,
/// most recent first.
pub(crate) fn speaker(mention: &Mention, text: &str, gazetteer: &Gazetteer, recent: &[usize]) -> Speaker {
    if let Some(entity) = entity_of(mention, recent) {
        let entity = &gazetteer.entities[entity];
        return Speaker {
            id: entity.id.clone(),
            name: entity.name.clone(),
            country: entity.country.clone(),
            role: None,
            inferred: mention.form == Form::Epithet,
        };
    }
    let written = mention.span.of(text);
    let mut words: Vec<String> =
        written.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    // "Il ministero della Salute ha garantito…": the same source as "del ministero della Salute",
    // whatever article the sentence gives it.
    // Nor is the article part of the name a card shows ("ministero della Salute").
    let mut name = written;
    if mention.form == Form::Source && words.len() > 1 && crate::articles::is_definite(&words[0]) {
        let article = words.remove(0);
        name = written[article.len()..].trim_start_matches([' ', '\'', '’']);
    }
    let prefix = if mention.form == Form::Source { "source" } else { "name" };
    Speaker {
        id: format!("{prefix}:{}", words.join("-")),
        name: name.to_owned(),
        country: mention.country.map(|c| gazetteer.entities[c].id.clone()),
        role: None,
        inferred: false,
    }
}

/// The gazetteer entity a mention means, if it names one.
pub(crate) fn entity_of(mention: &Mention, recent: &[usize]) -> Option<usize> {
    match mention.entities.as_slice() {
        [] => None,
        [only] => Some(*only),
        candidates => Some(recent.iter().copied().find(|r| candidates.contains(r)).unwrap_or(candidates[0])),
    }
}

/// Whether a mention names its entity unambiguously, so a later bare surname can lean on it.
pub(crate) fn is_unambiguous(mention: &Mention, gazetteer: &Gazetteer) -> bool {
    mention.entities.len() == 1
        && matches!(mention.form, Form::Name | Form::Epithet)
        && gazetteer.entities[mention.entities[0]].kind == EntityKind::Person
}

/// People named unambiguously in this paragraph or the one before, most recent first: who a bare
/// shared surname means. Older names expire, so a "Kim" pages later is not a grandfather named
/// in passing.
#[derive(Debug, Default)]
pub(crate) struct Recent {
    /// Entity and the paragraph that named it, most recent first.
    named: Vec<(usize, usize)>,
    paragraph: usize,
}

impl Recent {
    /// The entities still recent at the current paragraph.
    pub fn entities(&self) -> Vec<usize> {
        self.named.iter().filter(|(_, p)| p + 1 >= self.paragraph).map(|(e, _)| *e).collect()
    }

    /// Moves on to `paragraph`, forgetting those named before the previous one.
    pub fn enter(&mut self, paragraph: usize) {
        self.paragraph = paragraph;
        self.named.retain(|(_, p)| p + 1 >= paragraph);
    }

    /// Remembers the people a sentence's `mentions` name unambiguously.
    pub fn update(&mut self, mentions: &[Mention], gazetteer: &Gazetteer) {
        let named = mentions.iter().filter(|m| is_unambiguous(m, gazetteer)).filter_map(|m| entity_of(m, &[]));
        for entity in named {
            self.named.retain(|(e, _)| *e != entity);
            self.named.insert(0, (entity, self.paragraph));
        }
    }
}
