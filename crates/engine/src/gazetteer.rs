use std::collections::HashMap;

use crate::header::lines;
use crate::{Diagnostic, Span};

/// The people, bodies and countries the engine recognises, read from a data file.
///
/// The format (one `[kind id]` record after another, `key: value` lines, repeated keys making
/// lists) is described at the top of `data/gazetteer.txt`. Reading never fails: a record or a
/// line that cannot be used is reported and skipped.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    /// Every entity, in the file's order (which decides who a shared surname means).
    pub entities: Vec<Entity>,
    /// Where each id is in `entities`: views look entities up per card and per option.
    by_id: HashMap<String, usize>,
}

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    /// A country or an international organisation that news treats like one.
    Country,
    /// A person.
    Person,
    /// An agency, a ministry, a newspaper.
    Body,
}

/// A person, body or country, and the ways text names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Stable id (`vladimir-putin`, `RU`).
    pub id: String,
    /// Person, body or country.
    pub kind: EntityKind,
    /// Canonical name, in Italian for countries.
    pub name: String,
    /// English name, where it differs.
    pub name_en: Option<String>,
    /// The id of the entity's country (a country is its own).
    pub country: Option<String>,
    /// Role, in Italian.
    pub role_it: Option<String>,
    /// Role, in English.
    pub role_en: Option<String>,
    /// Names as written in text.
    pub aliases: Vec<String>,
    /// Descriptions that stand for it, without their article.
    pub epithets: Vec<String>,
    /// Cities and buildings that stand for a country's government.
    pub metonyms: Vec<String>,
    /// Forms of a country's adjective.
    pub adjectives: Vec<String>,
}

impl Gazetteer {
    /// Reads the gazetteer format.
    pub fn parse(text: &str) -> (Gazetteer, Vec<Diagnostic>) {
        let mut entities: Vec<Entity> = Vec::new();
        let mut diagnostics = Vec::new();
        let mut skipping = false;
        for line in lines(text, 0) {
            let content = line.of(text).trim();
            if content.is_empty() || content.starts_with('#') {
                continue;
            }
            if let Some(header) = content.strip_prefix('[').and_then(|c| c.strip_suffix(']')) {
                match record_header(header) {
                    Ok((kind, id)) => {
                        skipping = false;
                        entities.push(Entity::new(kind, id));
                    }
                    Err(message) => {
                        skipping = true;
                        diagnostics.push(Diagnostic::new(line, message));
                    }
                }
                continue;
            }
            if skipping {
                continue;
            }
            let Some(entity) = entities.last_mut() else {
                diagnostics.push(Diagnostic::new(line, "a line before the first `[kind id]` record; it was ignored"));
                continue;
            };
            match content.split_once(':') {
                Some((key, value)) if !value.trim().is_empty() => {
                    if let Err(message) = entity.set(key.trim(), value.trim()) {
                        diagnostics.push(Diagnostic::new(line, message));
                    }
                }
                _ => diagnostics.push(Diagnostic::new(line, format!("`{content}` is not a `key: value` line"))),
            }
        }
        let mut by_id = HashMap::new();
        for (index, entity) in entities.iter().enumerate() {
            by_id.entry(entity.id.clone()).or_insert(index);
        }
        let gazetteer = Gazetteer { entities, by_id };
        gazetteer.check(&mut diagnostics);
        (gazetteer, diagnostics)
    }

    /// The entity called `id`.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&index| &self.entities[index])
    }

    fn check(&self, diagnostics: &mut Vec<Diagnostic>) {
        for entity in &self.entities {
            if entity.name.is_empty() {
                diagnostics.push(Diagnostic::new(Span::default(), format!("`{}` has no name", entity.id)));
            }
            if let Some(country) = &entity.country
                && self.entity(country).is_none_or(|c| c.kind != EntityKind::Country)
            {
                diagnostics.push(Diagnostic::new(
                    Span::default(),
                    format!("`{}` names country `{country}`, which has no `[country {country}]` record", entity.id),
                ));
            }
        }
    }
}

fn record_header(header: &str) -> Result<(EntityKind, &str), String> {
    let (kind, id) = header.trim().split_once(' ').ok_or_else(|| format!("`[{header}]` should be `[kind id]`"))?;
    let kind = match kind {
        "country" => EntityKind::Country,
        "person" => EntityKind::Person,
        "body" => EntityKind::Body,
        other => {
            return Err(format!("unknown kind `{other}`; the kinds are country, person, body"));
        }
    };
    Ok((kind, id.trim()))
}

impl Entity {
    fn new(kind: EntityKind, id: &str) -> Entity {
        Entity {
            id: id.to_owned(),
            kind,
            name: String::new(),
            name_en: None,
            country: (kind == EntityKind::Country).then(|| id.to_owned()),
            role_it: None,
            role_en: None,
            aliases: Vec::new(),
            epithets: Vec::new(),
            metonyms: Vec::new(),
            adjectives: Vec::new(),
        }
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        let value = value.to_owned();
        match key {
            "name" | "name.it" => self.name = value,
            "name.en" => self.name_en = Some(value),
            "country" => self.country = Some(value),
            "role.it" => self.role_it = Some(value),
            "role.en" => self.role_en = Some(value),
            "alias" => self.aliases.push(value),
            "epithet" => self.epithets.push(value),
            "capital" | "metonym" => self.metonyms.push(value),
            "adjective" => self.adjectives.push(value),
            other => return Err(format!("unknown key `{other}` in `{}`", self.id)),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_records_and_lists() {
        let (gazetteer, diagnostics) = Gazetteer::parse(
            "# comment\n[country RU]\nname.it: Russia\nname.en: Russia\ncapital: Mosca\n\n[person p]\nname: Vladimir Putin\ncountry: RU\nalias: Putin\nalias: Vladimir Putin\n",
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let putin = gazetteer.entity("p").unwrap();
        assert_eq!(putin.aliases, ["Putin", "Vladimir Putin"]);
        assert_eq!(putin.country.as_deref(), Some("RU"));
        assert_eq!(gazetteer.entity("RU").unwrap().country.as_deref(), Some("RU"));
    }

    #[test]
    fn reports_what_it_cannot_use() {
        let (gazetteer, diagnostics) = Gazetteer::parse(
            "name: orphan\n[planet X]\nname: Y\n[person p]\nname: P\ncountry: ZZ\nheight: 2\nbroken\n",
        );
        assert_eq!(gazetteer.entities.len(), 1);
        let messages: Vec<_> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(messages.len(), 5, "{messages:?}");
        assert!(messages[1].contains("unknown kind `planet`"));
        assert!(messages[4].contains("`p` names country `ZZ`"));
    }
}
