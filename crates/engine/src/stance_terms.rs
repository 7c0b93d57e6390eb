//! The stance lexicon's terms, found in a sentence once.
//!
//! The statement rules ask many questions of one sentence: does it hold a concern word outside
//! quotations, a verb of statement, which topics does a scope name, which stance word is nearest
//! to each. Asked term by term and word by word, each question scans the whole lexicon over the
//! whole sentence; that was a third of the engine's time. Here every term is numbered once per
//! corpus ([`Terms`]), bucketed by its first byte, and each sentence is matched once
//! ([`TermsAt`]): a question is then a look-up among the few terms that start at a word.

use std::cell::RefCell;

use crate::stance_data::{Stance, StanceData};

/// A term's number: its index in [`Terms::roles`].
pub(crate) type TermId = u16;

/// What a term says wherever it appears in the stance data.
#[derive(Default)]
pub(crate) struct Role {
    /// The first stance word it is, by the data's order (the first that matches a word wins).
    pub cue: Option<(usize, Stance)>,
    /// Whether it is a stance word of concern.
    pub concern: bool,
    /// The topics whose proposition it echoes ("vincolante"): a stance word for those alone.
    pub echo_of: Vec<usize>,
    /// Whether it makes a sentence a statement: a stance word or a verb of statement.
    pub stating: bool,
    /// Whether it is a verb of statement or an act, which has a subject.
    pub verb: bool,
    /// Whether it is an act that takes a position ("ha firmato", "ha convocato l’ambasciatore").
    pub act: bool,
    /// Whether it makes its clause a condition, a denial of a fact, or keeps the writer's
    /// distance from the next word: each leaves the clause's topics without a side.
    pub sideless: bool,
    /// Whether it is a condition ("solo se"): one that opens its clause leaves the clause it
    /// conditions without a side too ("pronte a offrire i buoni uffici, ma solo se…").
    pub condition: bool,
    /// Whether it says doing no more than something: its clause takes no side but concern.
    pub restraint: bool,
    /// Whether it says "any" ("qualsiasi"), or an obligation ("deve"): together in a clause,
    /// a condition.
    pub any: bool,
    /// Whether it is a request ("chiede"): negated, it takes no side.
    pub request: bool,
    /// Whether it is a word of a role that speaks for a state, or of one that does not.
    pub voice: bool,
    pub not_voice: bool,
    /// Whether it is an organ that speaks for the body or state named right after it.
    pub organ: bool,
    /// Whether it condemns or stops something ("sospendere", "condannare"): a clause that says
    /// it names a turned topic's own action, not what the topic stands against.
    pub claim_against: bool,
    pub obligation: bool,
    /// Whether it is a word of a vote ("votato", "astensione").
    pub vote: bool,
    /// Whether it is a generic noun for the actor just named ("organizzazione").
    pub anaphor: bool,
    /// Whether it undoes the negation before it ("non ha nascosto").
    pub litotes: bool,
    /// Whether it says what its object is ("ha definito…"), which a participle may then say.
    pub predicative: bool,
    /// Whether it says the speaker mocks what their words say ("con ironia").
    pub mockery: bool,
    /// Whether it voices a reservation, after a contrast, about what its clause supported.
    pub reservation: bool,
    /// The topics (by index) it names, each with whether it names what the topic stands against.
    pub topics: Vec<(usize, bool)>,
}

/// Sets one flag of a term's role.
type SetFlag = fn(&mut Role);

/// Every stem and phrase of the stance data, numbered: the same text has one number wherever it
/// appears, and one [`Role`] that says all it is.
pub(crate) struct Terms<'a> {
    texts: Vec<&'a str>,
    /// Each term's words, split once: a sentence is matched against hundreds of terms.
    parts: Vec<Vec<&'a str>>,
    /// Indexed by [`TermId`].
    pub roles: Vec<Role>,
    /// The terms by the first three bytes of their first word (all of it when shorter), hashed
    /// into [`BUCKETS`] lists: a word meets only the few terms that could start it.
    by_first_bytes: Vec<Vec<TermId>>,
    /// The data the terms come from.
    data: &'a StanceData,
    /// Whether each role asked about so far speaks for its state, sorted by role: a corpus names
    /// the same few roles in thousands of sentences. (A sorted list, not a map: no new map type
    /// in the wasm bundle.)
    speaks: RefCell<Vec<(String, bool)>>,
}

impl<'a> Terms<'a> {
    pub fn new(data: &'a StanceData) -> Terms<'a> {
        let mut terms = Terms {
            texts: Vec::new(),
            parts: Vec::new(),
            roles: Vec::new(),
            by_first_bytes: vec![Vec::new(); BUCKETS],
            data,
            speaks: RefCell::default(),
        };
        for (order, (stance, text)) in data.cues.iter().enumerate() {
            let role = terms.role_mut(text);
            role.cue = role.cue.or(Some((order, *stance)));
            role.concern |= *stance == Stance::Concerned;
            role.stating = true;
        }
        // After the lexicon's, so that one of its words is its own cue first.
        for (stem, topic) in &data.echoes {
            let role = terms.role_mut(stem);
            if role.cue.is_none() {
                role.cue = Some((data.cues.len(), Stance::Supports));
                role.stating = true;
            }
            role.echo_of.push(*topic);
        }
        for text in &data.statement_verbs {
            let role = terms.role_mut(text);
            role.stating = true;
            role.verb = true;
        }
        for text in &data.acts {
            let role = terms.role_mut(text);
            role.stating = true;
            role.verb = true;
            role.act = true;
        }
        for text in data.conditions.iter().chain(&data.denials).chain(&data.irony).chain(&data.inquiries) {
            terms.role_mut(text).sideless = true;
        }
        for text in &data.conditions {
            terms.role_mut(text).condition = true;
        }
        for text in &data.requests {
            let role = terms.role_mut(text);
            role.request = true;
            role.stating = true;
            role.verb = true;
        }
        // Only one-word entries head a description ("il portavoce"); "la sicurezza nazionale" is
        // no voice however it goes on.
        for text in data.voices.iter().filter(|t| !t.contains(' ')) {
            terms.role_mut(text).voice = true;
        }
        // The lists that each set one flag of their terms' role.
        let flags: [(&Vec<String>, SetFlag); 12] = [
            (&data.restraints, |r| r.restraint = true),
            (&data.not_voices, |r| r.not_voice = true),
            (&data.organs, |r| r.organ = true),
            (&data.claim_against, |r| r.claim_against = true),
            (&data.any_words, |r| r.any = true),
            (&data.obligations, |r| r.obligation = true),
            (&data.votes, |r| r.vote = true),
            (&data.anaphors, |r| r.anaphor = true),
            (&data.litotes, |r| r.litotes = true),
            (&data.predicatives, |r| r.predicative = true),
            (&data.mockery, |r| r.mockery = true),
            (&data.reservations, |r| r.reservation = true),
        ];
        for (texts, set) in flags {
            for text in texts {
                set(terms.role_mut(text));
            }
        }
        for (index, topic) in data.topics.iter().enumerate() {
            for (texts, against) in [(&topic.terms, false), (&topic.against, true)] {
                for text in texts {
                    // A turned topic's own stop ("moratoria") is its act, not what it stands against.
                    let against = against && !topic.acts.contains(text);
                    terms.role_mut(text).topics.push((index, against));
                }
            }
        }
        terms
    }

    /// The role of `text`, numbered the first time it is seen (a few hundred terms, once per
    /// corpus: a linear search costs less than a hash map's code in the wasm).
    fn role_mut(&mut self, text: &'a str) -> &mut Role {
        let index = self.texts.iter().position(|t| *t == text).unwrap_or_else(|| {
            let id = TermId::try_from(self.texts.len()).expect("fewer than 65,536 stance terms");
            self.texts.push(text);
            self.parts.push(text.split(' ').collect());
            self.roles.push(Role::default());
            // By its first word's first three bytes, or all of them: "a favore" under "a".
            let first = text.split(' ').next().unwrap_or_default().as_bytes();
            self.by_first_bytes[bucket(&first[..first.len().min(3)])].push(id);
            self.texts.len() - 1
        });
        &mut self.roles[index]
    }

    /// The terms that start at each of `lower`, a sentence's words in lower case.
    pub fn find(&self, lower: &[String]) -> TermsAt {
        let mut found = TermsAt { starts: Vec::with_capacity(lower.len() + 1), ids: Vec::new() };
        for i in 0..lower.len() {
            found.starts.push(found.ids.len());
            // The terms whose first word is one, two, or three and more bytes of this word.
            let bytes = lower[i].as_bytes();
            let mut read = [usize::MAX; 3];
            for length in 1..=bytes.len().min(3) {
                // Two prefixes can share a list; it is read once.
                let list = bucket(&bytes[..length]);
                if read.contains(&list) {
                    continue;
                }
                read[length - 1] = list;
                for &id in &self.by_first_bytes[list] {
                    if starts_at(lower, i, &self.parts[usize::from(id)]) {
                        // In the order the data gives them, whichever list they were found in.
                        let at = found.starts[i] + found.ids[found.starts[i]..].partition_point(|&other| other < id);
                        found.ids.insert(at, id);
                    }
                }
            }
        }
        found.starts.push(found.ids.len());
        found
    }

    /// Whether `role` speaks for its state ([`StanceData::speaks_for_state`]), read once a corpus.
    pub fn speaks_for_state(&self, role: &str) -> bool {
        let at = match self.speaks.borrow().binary_search_by(|(known, _)| known.as_str().cmp(role)) {
            Ok(at) => return self.speaks.borrow()[at].1,
            Err(at) => at,
        };
        let speaks = self.data.speaks_for_state(role);
        self.speaks.borrow_mut().insert(at, (role.to_owned(), speaks));
        speaks
    }

    /// Whether `role` speaks for a state only through an organ ([`StanceData::organ_only`]).
    pub fn organ_only(&self, role: &str) -> bool {
        self.data.organ_only(role)
    }

    /// The roles of the terms that start at word `i`.
    pub fn roles_at<'b>(&'b self, found: &'b TermsAt, i: usize) -> impl Iterator<Item = &'b Role> {
        found.at(i).iter().map(|&id| &self.roles[usize::from(id)])
    }

    /// The roles of the topic terms that start at word `i`, the longest only: in "contributi
    /// obbligatori" a topic's phrase names it, not another topic's stem "contribut".
    pub fn topic_roles_at<'b>(&'b self, found: &'b TermsAt, i: usize) -> impl Iterator<Item = &'b Role> {
        let of_topics = move || found.at(i).iter().filter(|&&id| !self.roles[usize::from(id)].topics.is_empty());
        let longest = of_topics().map(|&id| self.parts[usize::from(id)].len()).max().unwrap_or(0);
        of_topics()
            .filter(move |&&id| self.parts[usize::from(id)].len() == longest)
            .map(|&id| &self.roles[usize::from(id)])
    }

    /// The roles of the terms of several words that end at word `k` ("messo in guardia").
    pub fn phrases_ending_at<'b>(&'b self, found: &'b TermsAt, k: usize) -> impl Iterator<Item = &'b Role> {
        (k.saturating_sub(PHRASE_REACH)..k).flat_map(move |start| {
            found
                .at(start)
                .iter()
                .filter(move |&&id| self.parts[usize::from(id)].len() == k - start + 1)
                .map(|&id| &self.roles[usize::from(id)])
        })
    }

    /// How many words the longest stance word that starts at word `i` has (0 for none).
    pub fn cue_words_at(&self, found: &TermsAt, i: usize) -> usize {
        found
            .at(i)
            .iter()
            .filter(|&&id| self.roles[usize::from(id)].cue.is_some())
            .map(|&id| self.parts[usize::from(id)].len())
            .max()
            .unwrap_or(0)
    }

    /// The stance of the stance word at word `i`, if one starts there.
    pub fn cue_at(&self, found: &TermsAt, i: usize) -> Option<Stance> {
        self.roles_at(found, i).filter_map(|role| role.cue).min_by_key(|&(order, _)| order).map(|(_, stance)| stance)
    }
}

/// How many words before its last a phrase of [`Terms::phrases_ending_at`] may start.
const PHRASE_REACH: usize = 4;

/// How many lists [`Terms`] buckets its terms in.
const BUCKETS: usize = 4096;

/// The list of terms whose first two bytes are `first` and `second`.
fn bucket(prefix: &[u8]) -> usize {
    prefix.iter().fold(prefix.len(), |hash, &byte| hash * 31 + usize::from(byte)) % BUCKETS
}

/// Which terms start at each word of a sentence.
pub(crate) struct TermsAt {
    /// Where each word's terms begin in `ids`, and one past the last word.
    starts: Vec<usize>,
    ids: Vec<TermId>,
}

impl TermsAt {
    /// The terms that start at word `i`.
    fn at(&self, i: usize) -> &[TermId] {
        &self.ids[self.starts[i]..self.starts[i + 1]]
    }
}

/// Whether a term (a stem, or a phrase of stems, split into `parts`) starts at word `i`.
fn starts_at(lower: &[String], i: usize, parts: &[&str]) -> bool {
    parts.iter().enumerate().all(|(k, part)| lower.get(i + k).is_some_and(|w| w.starts_with(part)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lower(sentence: &str) -> Vec<String> {
        sentence.split(' ').map(str::to_owned).collect()
    }

    #[test]
    fn each_term_is_found_where_it_starts_with_all_it_is() {
        let (data, diagnostics) = StanceData::parse(
            "[topic sanctions]\nname.it: sanzioni\nname.en: sanctions\nstem: sanzion\nphrase: misure restritt\n\
             against: sostien\n",
            "[supports]\nsostien\n[concerned]\npreoccup\nsostien\n[statement]\nsostien\ndichiar\n",
            "",
        );
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let terms = Terms::new(&data);
        let found = terms.find(&lower("mosca sostiene le misure restrittive e le sanzioni dichiarate preoccupa"));
        let roles = |i: usize| terms.roles_at(&found, i).collect::<Vec<_>>();

        let [sostien] = roles(1)[..] else { panic!("one number for one text") };
        assert_eq!(sostien.cue, Some((0, Stance::Supports)), "the first of its stances in the data");
        assert!(sostien.concern && sostien.stating);
        assert_eq!(sostien.topics, [(0, true)]);
        assert_eq!(terms.cue_at(&found, 1), Some(Stance::Supports));

        assert_eq!(
            roles(3).iter().map(|r| r.topics.clone()).collect::<Vec<_>>(),
            [[(0, false)]],
            "a phrase starts at its first word"
        );
        assert!(roles(4).is_empty(), "the rest of a phrase starts nothing");
        assert_eq!(roles(7)[0].topics, [(0, false)]);
        let [dichiar] = roles(8)[..] else { panic!("a verb of statement") };
        assert!(dichiar.stating && dichiar.cue.is_none() && !dichiar.concern);
        assert_eq!(terms.cue_at(&found, 9), Some(Stance::Concerned));
        assert!([0, 2, 5, 6].iter().all(|&i| roles(i).is_empty()));
    }

    #[test]
    fn a_phrase_whose_first_word_is_one_letter_is_found() {
        let (data, diagnostics) = StanceData::parse("", "[supports]\na favore\nappogg\n[act]\nvotat\n", "");
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        let terms = Terms::new(&data);
        let found = terms.find(&lower("hanno votato a favore e appoggiato"));
        assert_eq!(terms.cue_at(&found, 2), Some(Stance::Supports), "\"a favore\" starts at \"a\"");
        assert_eq!(terms.cue_at(&found, 5), Some(Stance::Supports));
        assert!(terms.roles_at(&found, 1).any(|role| role.act));
        assert!([0, 3, 4].iter().all(|&i| terms.roles_at(&found, i).next().is_none()));
    }
}
