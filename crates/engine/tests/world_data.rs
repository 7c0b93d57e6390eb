//! The world data: `data/world.txt` (every sovereign country, international bodies, news
//! agencies) read together with `data/gazetteer.txt`, as the engine's callers read them. Checks that the
//! records are complete, that no name is claimed twice, and a table of spot checks.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rassegna_engine::{Entity, EntityKind, Gazetteer};

const GAZETTEER: &str = include_str!("../../../data/gazetteer.txt");
const WORLD: &str = include_str!("../../../data/world.txt");

fn world() -> &'static str {
    WORLD
}

/// The sovereign states: the 193 UN members (ISO 3166-1 alpha-2), then the Holy See, Palestine,
/// Kosovo (XK, user-assigned) and Taiwan.
const SOVEREIGN: &[&str] = &[
    "AF", "AL", "DZ", "AD", "AO", "AG", "AR", "AM", "AU", "AT", "AZ", "BS", "BH", "BD", "BB", "BY", "BE", "BZ", "BJ",
    "BT", "BO", "BA", "BW", "BR", "BN", "BG", "BF", "BI", "CV", "KH", "CM", "CA", "CF", "TD", "CL", "CN", "CO", "KM",
    "CG", "CD", "CR", "CI", "HR", "CU", "CY", "CZ", "KP", "DK", "DJ", "DM", "DO", "EC", "EG", "SV", "GQ", "ER", "EE",
    "SZ", "ET", "FJ", "FI", "FR", "GA", "GM", "GE", "DE", "GH", "GR", "GD", "GT", "GN", "GW", "GY", "HT", "HN", "HU",
    "IS", "IN", "ID", "IR", "IQ", "IE", "IL", "IT", "JM", "JP", "JO", "KZ", "KE", "KI", "KW", "KG", "LA", "LV", "LB",
    "LS", "LR", "LY", "LI", "LT", "LU", "MG", "MW", "MY", "MV", "ML", "MT", "MH", "MR", "MU", "MX", "FM", "MD", "MC",
    "MN", "ME", "MA", "MZ", "MM", "NA", "NR", "NP", "NL", "NZ", "NI", "NE", "NG", "MK", "NO", "OM", "PK", "PW", "PA",
    "PG", "PY", "PE", "PH", "PL", "PT", "QA", "KR", "RO", "RU", "RW", "KN", "LC", "VC", "WS", "SM", "ST", "SA", "SN",
    "RS", "SC", "SL", "SG", "SK", "SI", "SB", "SO", "ZA", "SS", "ES", "LK", "SD", "SR", "SE", "CH", "SY", "TJ", "TZ",
    "TH", "TL", "TG", "TO", "TT", "TN", "TR", "TM", "TV", "UG", "UA", "AE", "GB", "US", "UY", "UZ", "VU", "VE", "VN",
    "YE", "ZM", "ZW", // the 193 UN members
    "VA", "PS", "XK", "TW",
];

/// Sovereign countries without a `capital` line, and why.
const NO_CAPITAL: &[(&str, &str)] = &[
    ("MC", "the capital is Monaco, which in Italian news is above all Munich (Monaco di Baviera)"),
    ("BE", "the capital is Bruxelles, which in Italian news stands for the EU's institutions (the EU's metonym)"),
    ("SC", "the capital is Victoria: far more often Victoria in Canada or Australia, the lake, a first name"),
];

/// Sovereign countries with fewer than two adjective forms, and why.
const FEW_ADJECTIVES: &[(&str, &str)] = &[
    ("CG", "'congolese' goes to the DR Congo, its usual referent; the engine keeps one country per adjective"),
    ("SZ", "'swazi' is invariable: one form is all there is"),
];

/// Names (aliases, capitals, metonyms, compared as the matcher compares them) claimed by more
/// than one entity on purpose, and why.
const SHARED_NAMES: &[(&str, &str)] = &[(
    "kim",
    "the bare surname of Kim Jong Un, Kim Jong Il and Kim Il Sung: the first record is who it means unless the text \
     has just named another Kim in full",
)];

/// Names that are brands written in lower case, so they are not matched as capitalised words.
const LOWERCASE_NAMES: &[(&str, &str)] = &[
    ("eSwatini", "the country's own spelling; not an Italian word in any case"),
    ("askanews", "the agency signs in lower case; not an Italian word"),
];

fn gazetteer() -> Gazetteer {
    let (gazetteer, diagnostics) = Gazetteer::parse(&format!("{GAZETTEER}\n{WORLD}"));
    assert!(diagnostics.is_empty(), "{}", diagnostics.iter().map(|d| format!("{d}\n")).collect::<String>());
    gazetteer
}

/// A surface as the matcher compares it: words split at anything not a letter or digit (so ’ and '
/// are the same), in lower case.
fn normal(surface: &str) -> String {
    surface
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Each record's id and the keys it uses, read from the raw text: the parsed entity merges
/// `capital` and `metonym`, and this file must say which is which.
fn record_keys(text: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut records: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let id = header.split_once(' ').map_or(header, |(_, id)| id).trim();
            records.push((id.to_owned(), Vec::new()));
        } else if let (Some((key, value)), Some(record)) = (line.split_once(':'), records.last_mut()) {
            record.1.push((key.trim().to_owned(), value.trim().to_owned()));
        }
    }
    records
}

/// The names of an entity the matcher looks for as capitalised words.
fn names(entity: &Entity) -> impl Iterator<Item = &String> {
    entity.aliases.iter().chain(&entity.metonyms)
}

/// Who each name means, and which country each adjective places in.
fn lookups(gazetteer: &Gazetteer) -> (BTreeMap<String, BTreeSet<String>>, BTreeMap<String, BTreeSet<String>>) {
    let mut by_name: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut by_adjective: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for entity in &gazetteer.entities {
        for name in names(entity) {
            by_name.entry(normal(name)).or_default().insert(entity.id.clone());
        }
        for adjective in &entity.adjectives {
            by_adjective.entry(normal(adjective)).or_default().insert(entity.id.clone());
        }
    }
    (by_name, by_adjective)
}

#[test]
fn both_files_read_without_diagnostics() {
    let gazetteer = gazetteer();
    assert!(gazetteer.entities.len() > 250, "{} entities", gazetteer.entities.len());
}

#[test]
fn no_id_repeats() {
    let gazetteer = gazetteer();
    let mut seen = HashMap::new();
    for entity in &gazetteer.entities {
        *seen.entry(entity.id.as_str()).or_insert(0) += 1;
    }
    let repeated: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).map(|(id, _)| *id).collect();
    assert!(repeated.is_empty(), "ids given to more than one record: {repeated:?}");
}

#[test]
fn every_sovereign_country_has_a_record() {
    assert_eq!(SOVEREIGN.len(), 197);
    assert_eq!(SOVEREIGN.iter().collect::<BTreeSet<_>>().len(), 197, "SOVEREIGN repeats a code");
    let gazetteer = gazetteer();
    let missing: Vec<_> =
        SOVEREIGN.iter().filter(|id| gazetteer.entity(id).is_none_or(|e| e.kind != EntityKind::Country)).collect();
    assert!(missing.is_empty(), "no `[country …]` record for {missing:?}");
}

#[test]
fn every_country_record_is_complete() {
    let gazetteer = gazetteer();
    let keys: HashMap<String, Vec<(String, String)>> =
        record_keys(GAZETTEER).into_iter().chain(record_keys(WORLD)).collect();
    let mut problems = Vec::new();
    for country in gazetteer.entities.iter().filter(|e| e.kind == EntityKind::Country) {
        let id = country.id.as_str();
        let has = |key: &str| keys[id].iter().any(|(k, _)| k == key);
        for key in ["name.it", "name.en", "alias"] {
            if !has(key) {
                problems.push(format!("{id}: no `{key}`"));
            }
        }
        if !SOVEREIGN.contains(&id) {
            continue;
        }
        if !has("capital") && !NO_CAPITAL.iter().any(|(c, _)| *c == id) {
            problems.push(format!("{id}: no `capital`"));
        }
        if country.adjectives.len() < 2 && !FEW_ADJECTIVES.iter().any(|(c, _)| *c == id) {
            problems.push(format!("{id}: {} adjective form(s)", country.adjectives.len()));
        }
    }
    for (id, _) in NO_CAPITAL.iter().chain(FEW_ADJECTIVES) {
        assert!(SOVEREIGN.contains(id), "exempted {id} is not a sovereign country");
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_body_in_world_has_a_role() {
    let gazetteer = gazetteer();
    for (id, _) in record_keys(world()) {
        let entity = gazetteer.entity(&id).unwrap();
        if entity.kind == EntityKind::Body {
            assert!(entity.role_it.is_some() && entity.role_en.is_some(), "{id}: no role.it / role.en");
            assert!(!entity.aliases.is_empty(), "{id}: no alias");
        }
    }
}

#[test]
fn no_name_is_claimed_by_two_entities() {
    let (by_name, _) = lookups(&gazetteer());
    let shared: Vec<_> = by_name
        .iter()
        .filter(|(name, ids)| ids.len() > 1 && !SHARED_NAMES.iter().any(|(allowed, _)| allowed == name))
        .collect();
    assert!(shared.is_empty(), "names claimed by more than one entity: {shared:#?}");
    for (allowed, _) in SHARED_NAMES {
        assert!(by_name.get(*allowed).is_some_and(|ids| ids.len() > 1), "`{allowed}` is allowed but not shared");
    }
}

#[test]
fn names_are_capitalised_and_adjectives_are_not() {
    let gazetteer = gazetteer();
    let mut problems = Vec::new();
    for entity in &gazetteer.entities {
        for name in names(entity) {
            let capitalised =
                name.split(|c: char| !c.is_alphanumeric()).any(|w| w.chars().next().is_some_and(char::is_uppercase));
            if !capitalised && !LOWERCASE_NAMES.iter().any(|(n, _)| n == name) {
                problems.push(format!("{}: name `{name}` has no capitalised word", entity.id));
            }
        }
        for adjective in &entity.adjectives {
            if *adjective != adjective.to_lowercase() || adjective.contains(char::is_whitespace) {
                problems.push(format!("{}: adjective `{adjective}` is not one lower-case word", entity.id));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn no_adjective_places_in_two_countries() {
    let (_, by_adjective) = lookups(&gazetteer());
    let shared: Vec<_> = by_adjective.iter().filter(|(_, ids)| ids.len() > 1).collect();
    assert!(shared.is_empty(), "the engine keeps one country per adjective: {shared:#?}");
}

#[test]
fn world_writes_apostrophes_both_ways() {
    let gazetteer = gazetteer();
    for (id, keys) in record_keys(world()) {
        for (key, value) in &keys {
            if matches!(key.as_str(), "name" | "name.it" | "name.en" | "role.it" | "role.en") {
                assert!(!value.contains('\''), "{id}: canonical `{value}` should use ’");
            }
        }
        let entity = gazetteer.entity(&id).unwrap();
        for name in names(entity).filter(|n| n.contains('’')) {
            let straight = name.replace('’', "'");
            assert!(names(entity).any(|n| *n == straight), "{id}: `{name}` has no `{straight}` twin");
        }
    }
}

/// Forms as news writes them, and who they mean: capitalised forms are names, capitals and
/// metonyms; lower-case forms are adjectives.
const SPOT_CHECKS: &[(&str, &str)] = &[
    ("Eliseo", "FR"),
    ("Matignon", "FR"),
    ("Quai d’Orsay", "FR"),
    ("transalpino", "FR"),
    ("Moncloa", "ES"),
    ("iberica", "ES"),
    ("Downing Street", "GB"),
    ("Gran Bretagna", "GB"),
    ("britannici", "GB"),
    ("Palazzo Chigi", "IT"),
    ("Quirinale", "IT"),
    ("Farnesina", "IT"),
    ("Viminale", "IT"),
    ("Santa Sede", "VA"),
    ("Vaticano", "VA"),
    ("Nuova Delhi", "IN"),
    ("elvetica", "CH"),
    ("Berna", "CH"),
    ("ellenico", "GR"),
    ("Olanda", "NL"),
    ("Paesi Bassi", "NL"),
    ("Costa d’Avorio", "CI"),
    ("Costa d'Avorio", "CI"),
    ("ivoriano", "CI"),
    ("burkinabé", "BF"),
    ("malgascio", "MG"),
    ("sammarinese", "SM"),
    ("monegasca", "MC"),
    ("nordmacedone", "MK"),
    ("bielorussi", "BY"),
    ("kazako", "KZ"),
    ("azeri", "AZ"),
    ("uzbeko", "UZ"),
    ("neozelandese", "NZ"),
    ("sudafricano", "ZA"),
    ("Il Cairo", "EG"),
    ("L’Avana", "CU"),
    ("Varsavia", "PL"),
    ("Lisbona", "PT"),
    ("Canberra", "AU"),
    ("Ottawa", "CA"),
    ("Casa Rosada", "AR"),
    ("Planalto", "BR"),
    ("Città del Messico", "MX"),
    ("Pechino", "CN"),
    ("Ue", "EU"),
    ("Alleanza atlantica", "NATO"),
    ("Lega araba", "ARAB-LEAGUE"),
    ("Unione africana", "AFRICAN-UNION"),
    ("Osce", "OSCE"),
    ("Corte penale internazionale", "ICC"),
    ("Commissione europea", "eu-commission"),
    ("Bce", "ecb"),
    ("Oms", "who"),
    ("Nuova Cina", "xinhua"),
    ("France Presse", "afp"),
    ("Ansa", "ansa"),
];

#[test]
fn spot_checks() {
    let gazetteer = gazetteer();
    let (by_name, by_adjective) = lookups(&gazetteer);
    let mut wrong = Vec::new();
    for (form, expected) in SPOT_CHECKS {
        let table = if form.starts_with(char::is_lowercase) { &by_adjective } else { &by_name };
        let found: Vec<_> = table.get(&normal(form)).into_iter().flatten().collect();
        if found != [expected] {
            wrong.push(format!("`{form}`: expected {expected}, found {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    let country = |id: &str| gazetteer.entity(id).and_then(|e| e.country.clone());
    assert_eq!(country("eu-commission").as_deref(), Some("EU"));
    assert_eq!(country("reuters").as_deref(), Some("GB"));
    assert_eq!(country("who").as_deref(), Some("UN"));
    assert_eq!(gazetteer.entity("CI").map(|e| e.name.as_str()), Some("Costa d’Avorio"));
    assert_eq!(gazetteer.entity("CI").and_then(|e| e.name_en.as_deref()), Some("Ivory Coast"));
}
