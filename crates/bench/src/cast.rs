//! The synthetic cast: invented people who say the real sentences in synthetic articles.

const FIRST_NAMES: &[&str] = &[
    "Marco", "Giulia", "Andrea", "Chiara", "Luca", "Sara", "Paolo", "Elena", "Davide", "Marta", "Stefano", "Anna",
    "Igor", "Olga", "Min", "Hana", "James", "Emily", "Kenji", "Yuki",
];
/// Surnames are a root and an ending, so each of the cast has a surname of their own.
const SURNAME_ROOTS: &[&str] = &[
    "Ross", "Bianc", "Ferr", "Espos", "Rom", "Colomb", "Ricc", "Marin", "Grec", "Brun", "Gall", "Cont", "Manc", "Cost",
    "Giord", "Rizz", "Lomb", "Morb", "Barb", "Font",
];
const SURNAME_ENDINGS: &[&str] = &[
    "ieri", "olini", "etti", "ello", "one", "atelli", "elli", "ucci", "azzi", "ardini", "etto", "oni", "ardi", "aro",
    "ante", "ese", "otti", "iero", "ano", "ignani",
];

/// People with a first name, a surname of their own and a country.
pub struct Cast {
    people: Vec<(String, String, String)>,
}

impl Cast {
    /// `size` people (at most 400), spread over `countries` (gazetteer ids).
    pub fn new(size: usize, countries: &[String]) -> Cast {
        let people = (0..size.min(SURNAME_ROOTS.len() * SURNAME_ENDINGS.len()))
            .map(|i| {
                let first = FIRST_NAMES[(i * 7) % FIRST_NAMES.len()];
                let surname =
                    format!("{}{}", SURNAME_ROOTS[i % SURNAME_ROOTS.len()], SURNAME_ENDINGS[i / SURNAME_ROOTS.len()]);
                (first.to_owned(), surname, countries[i % countries.len()].clone())
            })
            .collect();
        Cast { people }
    }

    /// How many people the cast has.
    pub fn len(&self) -> usize {
        self.people.len()
    }

    /// Whether the cast is empty.
    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
    }

    /// "First Surname" of the `index`-th person.
    pub fn full_name(&self, index: usize) -> String {
        let (first, surname, _) = &self.people[index];
        format!("{first} {surname}")
    }

    /// The surname of the `index`-th person.
    pub fn surname(&self, index: usize) -> &str {
        &self.people[index].1
    }

    /// A gazetteer record for each person, in the format of `data/gazetteer.txt`.
    pub fn gazetteer_records(&self) -> String {
        self.people
            .iter()
            .enumerate()
            .map(|(i, (first, surname, country))| {
                format!(
                    "[person synthetic-{i}]\nname: {first} {surname}\nalias: {first} {surname}\nalias: {surname}\ncountry: {country}\n\
                     role.it: portavoce\nrole.en: spokesperson\n\n"
                )
            })
            .collect()
    }
}
