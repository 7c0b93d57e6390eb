//! Articles, alone or joined to a preposition: "il", "una", "dell’", "nei", "col". One table says
//! what each form is (definite or not, its gender and number, the preposition it carries), and
//! every pass asks it the same way: "del sindaco" is governed, "la sindaca" is a woman, "nella
//! nota" is where words are read, whichever pass reads them.
//!
//! Words are lower case, as a [`crate::reading::Reading`] folds them; an elided article ("l’",
//! "dell’", "un’") is the word before the apostrophe ("l", "dell", "un").

use crate::lexicon_data::Gender;

/// The preposition an article is joined to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Joined {
    /// "del", "della", "dei".
    Di,
    /// "al", "alla", "ai".
    A,
    /// "dal", "dalla", "dai".
    Da,
    /// "nel", "nella", "nei".
    In,
    /// "sul", "sulla", "sui".
    Su,
    /// "col", "coi".
    Con,
}

/// What an article form is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Article {
    /// "il", "la", "i"; not "un", "una".
    pub definite: bool,
    /// The gender it shows; none for an elided form ("l’", "dell’").
    pub gender: Option<Gender>,
    /// "i", "gli", "le", "dei".
    pub plural: bool,
    /// The preposition it is joined to, if any.
    pub joined: Option<Joined>,
}

/// The article `word` is, if it is one.
pub(crate) fn article(word: &str) -> Option<Article> {
    use Gender::{F, M};
    let (stem, joined) = match word {
        "un" | "uno" | "una" => {
            let gender = if word == "una" { F } else { M };
            return Some(Article { definite: false, gender: Some(gender), plural: false, joined: None });
        }
        "il" | "lo" | "la" | "l" | "i" | "gli" | "le" => (word, None),
        "col" => ("l", Some(Joined::Con)),
        "coi" => ("i", Some(Joined::Con)),
        _ => {
            let (joined, rest) =
                [("de", Joined::Di), ("da", Joined::Da), ("a", Joined::A), ("ne", Joined::In), ("su", Joined::Su)]
                    .into_iter()
                    .find_map(|(prefix, joined)| word.strip_prefix(prefix).map(|rest| (joined, rest)))?;
            // "del", "dal", "al", "nel", "sul" carry "il"; the others their article after one "l"
            // ("della": "la", "degli": "gli", "dei": "i").
            let stem = match rest {
                "l" => "il",
                "i" => "i",
                "gli" => "gli",
                "llo" => "lo",
                "lla" => "la",
                "ll" => "l",
                "lle" => "le",
                _ => return None,
            };
            (stem, Some(joined))
        }
    };
    let (gender, plural) = match stem {
        "il" | "lo" => (Some(M), false),
        "la" => (Some(F), false),
        "l" => (None, false),
        "i" | "gli" => (Some(M), true),
        "le" => (Some(F), true),
        _ => return None,
    };
    // "col" is "con il": masculine, like "il".
    let gender = if word == "col" { Some(M) } else { gender };
    Some(Article { definite: true, gender, plural, joined })
}

/// "il", "una", "gli": an article on its own, definite or not.
pub(crate) fn is_article(word: &str) -> bool {
    article(word).is_some_and(|a| a.joined.is_none())
}

/// "il", "la", "gli": a definite article on its own.
pub(crate) fn is_definite(word: &str) -> bool {
    article(word).is_some_and(|a| a.definite && a.joined.is_none())
}

/// "il", "della", "nei": a definite article, alone or joined to a preposition.
pub(crate) fn is_definite_any(word: &str) -> bool {
    article(word).is_some_and(|a| a.definite)
}

/// "il", "dello", "nell": a definite singular article, alone or joined.
pub(crate) fn is_singular_definite(word: &str) -> bool {
    article(word).is_some_and(|a| a.definite && !a.plural)
}

/// "nel", "nella", "negli": "in" joined to an article, where words are read ("si legge nella nota").
pub(crate) fn is_in_the(word: &str) -> bool {
    article(word).is_some_and(|a| a.joined == Some(Joined::In))
}

/// An article that is never a pronoun: any but "lo", "la", "l’" and "le", which can also be
/// one ("lo dice il ministro", "l’ha detto").
pub(crate) fn never_pronoun(word: &str) -> bool {
    article(word).is_some() && !matches!(word, "lo" | "la" | "l" | "le")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_of_the_table() {
        let alone = ["il", "lo", "la", "l", "i", "gli", "le"];
        for joined in ["de", "a", "da", "ne", "su"] {
            for stem in ["l", "llo", "lla", "ll", "i", "gli", "lle"] {
                let word = format!("{joined}{stem}");
                let found = article(&word).unwrap_or_else(|| panic!("{word} is an article"));
                assert!(found.definite && found.joined.is_some(), "{word}");
            }
        }
        for word in alone {
            assert!(is_definite(word) && is_article(word), "{word}");
        }
        assert_eq!(article("della").and_then(|a| a.gender), Some(Gender::F));
        assert_eq!(article("degli").map(|a| (a.gender, a.plural)), Some((Some(Gender::M), true)));
        assert_eq!(article("dell").map(|a| a.gender), Some(None));
        assert_eq!(article("col").map(|a| (a.gender, a.joined)), Some((Some(Gender::M), Some(Joined::Con))));
        assert!(is_article("una") && !is_definite("una") && !is_definite_any("una"));
        assert!(is_in_the("negli") && !is_in_the("degli"));
        assert!(is_singular_definite("sull") && !is_singular_definite("sugli"));
        assert!(never_pronoun("il") && never_pronoun("nella") && !never_pronoun("lo") && !never_pronoun("le"));
        for word in ["a", "de", "da", "dell’", "ad", "lei", "ali", "nello_", "sul l", "alle gre"] {
            assert_eq!(article(word), None, "{word}");
        }
    }
}
