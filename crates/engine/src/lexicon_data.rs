//! The language data that attribution reads: given names, role nouns, verbs of saying and public
//! bodies (`data/given-names.txt`, `data/roles.txt`, `data/speech.txt`, `data/bodies.txt`,
//! without their comments: see `build.rs`). Knowledge of Italian news in general, not of a story,
//! so the engine carries it; each file's header says its format, and a test checks every line.

/// Given names, one per line, as `Name` or `Name | m|f`, sorted (a test checks), so a binary
/// search finds them without building a table at start.
const GIVEN_NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/given-names.txt"));

/// Verbs of saying, by section (`[participle]`, `[finite]`, `[gerund]`, `[clause]`).
const SPEECH: &str = include_str!(concat!(env!("OUT_DIR"), "/speech.txt"));

/// Role nouns, one per line, as `form | class | gender`.
const ROLES: &str = include_str!(concat!(env!("OUT_DIR"), "/roles.txt"));

/// Public bodies named by a common noun ("la Questura"), one lower-case word per line.
const BODIES: &str = include_str!(concat!(env!("OUT_DIR"), "/bodies.txt"));

/// A grammatical gender, as far as the text says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    /// Masculine.
    M,
    /// Feminine.
    F,
}

fn gender(code: &str) -> Option<Gender> {
    match code.trim() {
        "m" => Some(Gender::M),
        "f" => Some(Gender::F),
        _ => None,
    }
}

fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A role noun: its words in lower case, the class that groups the forms of one function, and
/// its gender when the form has one.
#[derive(Debug, Clone)]
pub(crate) struct RoleForm {
    pub words: Vec<&'static str>,
    pub class: &'static str,
    pub gender: Option<Gender>,
}

/// The sections of `data/speech.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Speech {
    /// "dichiarato", "fatto sapere".
    Participle,
    /// "dice", "fa notare".
    Finite,
    /// "aggiungendo".
    Gerund,
    /// Forms that introduce a clause with `che`.
    Clause,
    /// Forms whose next name is their object, not a postponed subject.
    Object,
    /// Words after which a quotation is a name, a title or a term, nobody's words ("il
    /// cosiddetto «…»", "lo striscione «…»").
    Naming,
    /// Nouns after which a quotation written as a name is that name ("la campagna «Un tetto
    /// per tutti»"), and a judgement otherwise ("ha definito l'operazione «un atto ostile»").
    Title,
    /// Written signs whose words may follow after a colon, nobody's words ("cartelli con lo
    /// stesso slogan: «…»").
    Sign,
    /// Participles that turn the same speaker to someone, or someone to them, before a colon
    /// ("Poi, rivolta ai più giovani: «…»", "Poi, interpellato sulla sentenza: «…»").
    Turn,
}

impl Speech {
    /// Every section, in the file's order.
    const ALL: [Speech; 9] = [
        Speech::Participle,
        Speech::Finite,
        Speech::Gerund,
        Speech::Clause,
        Speech::Object,
        Speech::Naming,
        Speech::Title,
        Speech::Sign,
        Speech::Turn,
    ];

    fn section(self) -> &'static str {
        match self {
            Speech::Participle => "[participle]",
            Speech::Finite => "[finite]",
            Speech::Gerund => "[gerund]",
            Speech::Clause => "[clause]",
            Speech::Object => "[object]",
            Speech::Naming => "[naming]",
            Speech::Title => "[title]",
            Speech::Sign => "[sign]",
            Speech::Turn => "[turn]",
        }
    }
}

/// How many steps up the classes of roles a description may climb ([`Language::describes`]).
const BROADER_STEPS: usize = 4;

/// The language data, read once per extraction.
#[derive(Debug, Clone)]
pub(crate) struct Language {
    /// Given names and their gender, sorted by name.
    given_names: Vec<(&'static str, Option<Gender>)>,
    /// Every role form, in the file's order.
    pub roles: Vec<RoleForm>,
    /// Classes that a broader class's forms also describe: (narrower, broader), "an `ad` is a
    /// `dirigente`", so "il manager" finds the managing director just met.
    broader: Vec<(&'static str, &'static str)>,
    /// Offices held together with any role of a kind: (office, kind), "a `capitano` is also
    /// one of the `giocatore` roles, a palleggiatore or an attaccante".
    combined: Vec<(&'static str, &'static str)>,
    /// Kinds a role's body gives its bearer: (kind, word of the body's name), "the secretary
    /// of the Fiom Cgil is a `sindacalista`".
    kinds_by_body: Vec<(&'static str, &'static str)>,
    /// Forms of verbs of saying (their words), with their section.
    speech: Vec<(Speech, Vec<&'static str>)>,
    /// The roles and verbs of saying whose first word falls in each bucket (see [`bucket`]):
    /// every word of every sentence is looked up, so a look-up reads a few forms, not all.
    role_buckets: Vec<Vec<u16>>,
    speech_buckets: Vec<Vec<u16>>,
    /// Public bodies named by a common noun, sorted as the file is.
    bodies: Vec<&'static str>,
    /// Those of them that name the body in lower case too ("la questura").
    lower_case_bodies: Vec<&'static str>,
    /// Nouns that take up a body the text named by another word: ("dicastero", "ministero").
    body_synonyms: Vec<(&'static str, &'static str)>,
    /// Words that open a place's, a party's or a union's name, never a company's ("val", "curva").
    no_company_openings: Vec<&'static str>,
}

const BUCKETS: usize = 512;

/// The pronouns Italian attaches to a gerund ("accusandola", "rivolgendogli", "definendosene").
/// Whether `word` ends like a gerund ("accusando", "chiedendo"), not "quando".
pub(crate) fn is_gerund(word: &str) -> bool {
    (word.ends_with("ando") || word.ends_with("endo")) && word.len() > 5 && word != "quando"
}

/// Infinitives without their final "e" whose past participle is irregular, of verbs of saying:
/// "A dirlo è stato X".
const IRREGULAR_PARTICIPLES: &[(&str, &str)] = &[
    ("dir", "detto"),
    ("scriver", "scritto"),
    ("ammetter", "ammesso"),
    ("chieder", "chiesto"),
    ("risponder", "risposto"),
    ("prometter", "promesso"),
];

const ENCLITICS: &[&str] = &["lo", "la", "li", "le", "gli", "ne", "si", "ci", "vi", "mi", "ti"];

/// The bucket of a first word: its first byte and its length (no hash map: they cost the page
/// more than this).
fn bucket(word: &str) -> usize {
    (usize::from(word.as_bytes().first().copied().unwrap_or(0)) * 31 + word.len()) % BUCKETS
}

fn buckets<'a>(firsts: impl Iterator<Item = &'a str>) -> Vec<Vec<u16>> {
    let mut buckets = vec![Vec::new(); BUCKETS];
    for (index, first) in firsts.enumerate() {
        buckets[bucket(first)].push(index as u16);
    }
    buckets
}

impl Language {
    pub fn new() -> Language {
        let given_names = data_lines(GIVEN_NAMES)
            .map(|line| {
                let mut fields = line.split('|');
                (fields.next().unwrap_or_default().trim(), fields.next().and_then(gender))
            })
            .collect();
        let broader = data_lines(ROLES)
            .filter_map(|line| line.split_once('<'))
            .map(|(narrower, broader)| (narrower.trim(), broader.trim()))
            .collect();
        let combined = data_lines(ROLES)
            .filter_map(|line| line.split_once('~'))
            .map(|(office, kind)| (office.trim(), kind.trim()))
            .collect();
        let kinds_by_body = data_lines(ROLES)
            .filter_map(|line| line.split_once('@'))
            .map(|(kind, word)| (kind.trim(), word.trim()))
            .collect();
        let roles: Vec<RoleForm> = data_lines(ROLES)
            .filter(|line| line.contains('|'))
            .filter_map(|line| {
                let mut fields = line.split('|').map(str::trim);
                let form = fields.next()?;
                let class = fields.next()?;
                let gender = fields.next().and_then(gender);
                let words = form.split([' ', '’', '\'']).filter(|w| !w.is_empty()).collect();
                Some(RoleForm { words, class, gender })
            })
            .collect();
        let mut speech = Vec::new();
        let mut section = None;
        for line in data_lines(SPEECH) {
            if line.starts_with('[') {
                section = Speech::ALL.into_iter().find(|s| s.section() == line);
            } else if let Some(section) = section {
                speech.push((section, line.split(' ').collect()));
            }
        }
        let role_buckets = buckets(roles.iter().map(|r: &RoleForm| r.words[0]));
        let speech_buckets = buckets(speech.iter().map(|(_, words): &(Speech, Vec<&'static str>)| words[0]));
        // The file is sorted (a test checks): no sort code in the page.
        let bodies = data_lines(BODIES)
            .filter(|line| !line.contains('=') && !line.starts_with('~'))
            .map(|line| line.trim_end_matches(" *"))
            .collect();
        let lower_case_bodies = data_lines(BODIES).filter_map(|line| line.strip_suffix(" *")).collect();
        let body_synonyms =
            data_lines(BODIES).filter_map(|line| line.split_once('=')).map(|(a, b)| (a.trim(), b.trim())).collect();
        let no_company_openings = data_lines(BODIES).filter_map(|line| line.strip_prefix('~')).collect();
        Language {
            given_names,
            roles,
            broader,
            combined,
            kinds_by_body,
            speech,
            role_buckets,
            speech_buckets,
            bodies,
            lower_case_bodies,
            body_synonyms,
            no_company_openings,
        }
    }

    /// Whether `word` (as written, capitalised) is a given name, and its gender if known.
    pub fn given_name(&self, word: &str) -> Option<Option<Gender>> {
        // The file is sorted (a test checks): no table to build.
        let at = self.given_names.binary_search_by(|(name, _)| (*name).cmp(word)).ok()?;
        Some(self.given_names[at].1)
    }

    /// Whether `word`, an infinitive with its pronoun attached ("dirlo", "annunciarlo",
    /// "ribadirlo"), is a verb of saying: its past participle is one, regular ("annunciato",
    /// "sostenuto", "ribadito") or one of the few irregular ones news uses ("detto", "scritto").
    pub fn infinitive_says(&self, word: &str) -> bool {
        let Some(infinitive) = ENCLITICS.iter().find_map(|clitic| word.strip_suffix(clitic)) else {
            return false;
        };
        let irregular =
            IRREGULAR_PARTICIPLES.iter().find(|(stem, _)| *stem == infinitive).map(|(_, p)| (*p).to_owned());
        let regular = [("ar", "ato"), ("er", "uto"), ("ir", "ito")]
            .iter()
            .find_map(|(ending, participle)| infinitive.strip_suffix(ending).map(|stem| format!("{stem}{participle}")));
        irregular.or(regular).is_some_and(|participle| self.speech_at(Speech::Participle, &[participle]).is_some())
    }

    /// Whether `word`, a bare infinitive ("assicurare", "dire"), is a verb of saying, as
    /// `infinitive_says` reads one with its pronoun.
    pub fn bare_infinitive_says(&self, word: &str) -> bool {
        word.strip_suffix('e').is_some_and(|stem| self.infinitive_says(&format!("{stem}lo")))
    }

    /// How many words of the longest form of `section` open `lower`, if one does.
    pub fn speech_at(&self, section: Speech, lower: &[String]) -> Option<usize> {
        let first = lower.first()?;
        // "accusandola", "ricordandogli": a gerund with its pronoun attached is the gerund.
        if section == Speech::Gerund
            && let Some(gerund) = ENCLITICS
                .iter()
                .find_map(|clitic| first.strip_suffix(clitic).filter(|stem| stem.ends_with("ndo") && stem.len() > 5))
        {
            let mut plain = lower.to_vec();
            plain[0] = gerund.to_owned();
            return self.speech_at(section, &plain);
        }
        self.speech_buckets[bucket(first)]
            .iter()
            .map(|&index| &self.speech[usize::from(index)])
            .filter(|(s, words)| *s == section && words[0] == first.as_str() && words.len() <= lower.len())
            .filter(|(_, words)| words.iter().zip(lower).all(|(w, l)| *w == l.as_str()))
            .map(|(_, words)| words.len())
            .max()
    }

    /// Whether a form of `section` of two words or more opens with `word`.
    pub fn opens_locution(&self, section: Speech, word: &str) -> bool {
        self.speech_buckets[bucket(word)]
            .iter()
            .map(|&index| &self.speech[usize::from(index)])
            .any(|(s, words)| *s == section && words.len() >= 2 && words[0] == word)
    }

    /// Whether `word` (lower case) is a public body's common noun ("questura").
    pub fn is_body(&self, word: &str) -> bool {
        self.bodies.binary_search(&word).is_ok()
    }

    /// Whether a name `word` opens may be a company's: not a place's, a party's or a union's
    /// ("la Val Gerbola", "la Curva Nord").
    pub fn may_open_company(&self, word: &str) -> bool {
        !self.no_company_openings.contains(&word)
    }

    /// Whether `word` names a public body written in lower case too ("la questura").
    pub fn is_lower_case_body(&self, word: &str) -> bool {
        self.lower_case_bodies.contains(&word)
    }

    /// The word that opens the name of the bodies `noun` can stand for ("dicastero": "ministero").
    pub fn body_synonym(&self, noun: &str) -> Option<&'static str> {
        self.body_synonyms.iter().find(|(synonym, _)| *synonym == noun).map(|(_, opening)| *opening)
    }

    /// Whether a description of class `described` can stand for someone introduced with a role
    /// of class `held`: the same class, or one it is broader than, step by step ("la dirigente"
    /// for a direttrice sanitaria: direttore-sanitario < direttore < dirigente).
    /// So can one of a kind its office goes with ("il palleggiatore" for the captain).
    pub fn describes(&self, described: &str, held: &str) -> bool {
        self.broader_or_same(described, held)
            || self.combined.iter().any(|&(office, kind)| office == held && self.broader_or_same(kind, described))
    }

    /// The kinds of person a role held in a body gives its bearer, by the words of the role's
    /// complement ("segretario provinciale della Fiom Cgil": `sindacalista`).
    pub fn kinds_by_body<'w>(&'w self, role_words: &'w [String]) -> impl Iterator<Item = &'static str> + 'w {
        self.kinds_by_body.iter().filter(|(_, word)| role_words.iter().any(|w| w == word)).map(|&(kind, _)| kind)
    }

    /// Whether class `described` is class `held` or one it is broader than, step by step.
    fn broader_or_same(&self, described: &str, held: &str) -> bool {
        let mut classes = vec![held];
        // A few steps up: the data's chains are short, and a cycle in it ends here too.
        for _ in 0..BROADER_STEPS {
            if classes.contains(&described) {
                return true;
            }
            let up: Vec<&str> = self
                .broader
                .iter()
                .filter(|&&(narrower, broader)| classes.contains(&narrower) && !classes.contains(&broader))
                .map(|&(_, broader)| broader)
                .collect();
            if up.is_empty() {
                return false;
            }
            classes.extend(up);
        }
        classes.contains(&described)
    }

    /// The longest role form at the start of `lower`.
    pub fn role_at(&self, lower: &[String]) -> Option<&RoleForm> {
        let first = lower.first()?;
        self.role_buckets[bucket(first)]
            .iter()
            .map(|&index| &self.roles[usize::from(index)])
            .filter(|form| form.words[0] == first.as_str() && form.words.len() <= lower.len())
            .filter(|form| form.words.iter().zip(lower).all(|(w, l)| *w == l.as_str()))
            .max_by_key(|form| form.words.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_are_sorted_unique_and_capitalised() {
        let names: Vec<&str> = data_lines(GIVEN_NAMES).map(|l| l.split('|').next().unwrap().trim()).collect();
        assert!(names.len() > 300, "{} names", names.len());
        for pair in names.windows(2) {
            assert!(
                pair[0] < pair[1],
                "data/given-names.txt: `{}` before `{}`: keep it sorted, without repeats",
                pair[0],
                pair[1]
            );
        }
        for name in &names {
            assert!(name.chars().next().is_some_and(char::is_uppercase), "`{name}` is not capitalised");
        }
        for line in data_lines(GIVEN_NAMES) {
            if let Some(code) = line.split('|').nth(1) {
                assert!(gender(code).is_some(), "`{line}`: the gender is m or f");
            }
        }
        let language = Language::new();
        assert_eq!(language.given_name("Chiara"), Some(Some(Gender::F)));
        assert_eq!(language.given_name("Regione"), None);
    }

    #[test]
    fn bodies_are_single_lower_case_words_sorted_and_unique() {
        let bodies: Vec<&str> = data_lines(BODIES)
            .filter(|line| !line.contains('=') && !line.starts_with('~'))
            .map(|line| line.trim_end_matches(" *"))
            .collect();
        assert!(bodies.len() >= 5, "{bodies:?}");
        let openings: Vec<&str> = data_lines(BODIES).filter_map(|line| line.strip_prefix('~')).collect();
        assert!(openings.windows(2).all(|pair| pair[0] < pair[1]), "data/bodies.txt: `~` lines sorted, none twice");
        for opening in &openings {
            assert!(
                opening.chars().all(|c| c.is_lowercase()),
                "data/bodies.txt: `~{opening}` is not one lower-case word"
            );
        }
        for line in data_lines(BODIES).filter(|line| line.contains('=')) {
            let (synonym, opening) = line.split_once(" = ").unwrap_or_else(|| panic!("data/bodies.txt: `{line}`"));
            let one_word = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_lowercase());
            assert!(one_word(synonym) && one_word(opening), "data/bodies.txt: `{line}` is not `noun = noun`");
        }
        for body in &bodies {
            assert!(body.chars().all(|c| c.is_lowercase()), "data/bodies.txt: `{body}` is not one lower-case word");
        }
        assert!(bodies.windows(2).all(|pair| pair[0] < pair[1]), "data/bodies.txt: sorted, no line twice");
        let language = Language::new();
        assert!(bodies.iter().all(|body| language.is_body(body)) && !language.is_body("sindaco"));
        assert_eq!(language.body_synonym("dicastero"), Some("ministero"));
        assert!(language.is_lower_case_body("questura") && !language.is_lower_case_body("provincia"));
        assert!(
            !language.may_open_company("curva") && language.may_open_company("rapidex") && !language.is_body("val")
        );
    }

    #[test]
    fn every_speech_form_is_in_a_section() {
        let mut section = None;
        for line in data_lines(SPEECH) {
            if line.starts_with('[') {
                section = Some(line);
                assert!(Speech::ALL.iter().any(|s| s.section() == line), "unknown section {line}");
            } else {
                assert!(section.is_some(), "data/speech.txt: `{line}` before the first section");
                assert_eq!(line, line.to_lowercase(), "`{line}`: forms are lower case");
            }
        }
        let language = Language::new();
        let words = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(language.speech_at(Speech::Participle, &words("fatto sapere che")), Some(2));
        assert_eq!(language.speech_at(Speech::Finite, &words("taglia corto")), Some(2));
        assert_eq!(language.speech_at(Speech::Gerund, &words("mangiando")), None);
    }

    #[test]
    fn every_role_line_has_a_form_a_class_and_a_gender() {
        let mut seen: Vec<&str> = Vec::new();
        let classes: Vec<&str> = data_lines(ROLES).filter_map(|line| line.split('|').nth(1)).map(str::trim).collect();
        for line in data_lines(ROLES) {
            if let Some((narrower, broader)) = line.split_once('<').or_else(|| line.split_once('~')) {
                for class in [narrower.trim(), broader.trim()] {
                    assert!(classes.contains(&class), "data/roles.txt: `{line}`: `{class}` is no role's class");
                }
                continue;
            }
            if let Some((kind, word)) = line.split_once('@') {
                assert!(
                    classes.contains(&kind.trim()),
                    "data/roles.txt: `{line}`: `{}` is no role's class",
                    kind.trim()
                );
                assert!(
                    !word.trim().is_empty() && word.trim() == word.trim().to_lowercase() && !word.trim().contains(' '),
                    "data/roles.txt: `{line}`: the body's word is one word in lower case"
                );
                continue;
            }
            let fields: Vec<&str> = line.split('|').map(str::trim).collect();
            assert_eq!(fields.len(), 3, "data/roles.txt: `{line}` should be `form | class | gender`");
            assert!(matches!(fields[2], "m" | "f" | "mf"), "`{line}`: gender is m, f or mf");
            assert_eq!(fields[0], fields[0].to_lowercase(), "`{line}`: forms are lower case");
            assert!(!seen.contains(&fields[0]), "`{}` is listed twice", fields[0]);
            seen.push(fields[0]);
        }
        let language = Language::new();
        let class = |form: &str| language.roles.iter().find(|f| f.words.join(" ") == form).map(|f| f.class);
        assert_eq!(class("sindaca"), class("primo cittadino"));
        assert_eq!(class("tecnico"), class("allenatore"));
        assert!(language.describes(class("manager").unwrap(), class("amministratore delegato").unwrap()));
        assert!(!language.describes(class("amministratore delegato").unwrap(), class("manager").unwrap()));
        // A captain is described by a position; a position is not described by the captaincy.
        assert!(language.describes(class("palleggiatore").unwrap(), class("capitano").unwrap()));
        assert!(!language.describes(class("capitano").unwrap(), class("palleggiatore").unwrap()));
    }
}
