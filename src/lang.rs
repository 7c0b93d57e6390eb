//! The interface languages, and the one in force as a context.
//!
//! Both the view state (a link's `lang=`) and the interface strings need the language; neither
//! needs the other, so the language lives here and they both import it.

use leptos::prelude::*;

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Italiano.
    It,
    /// English.
    En,
}

impl Lang {
    /// Both languages, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::It, Lang::En];

    /// Its code in links and in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::En => "en",
        }
    }

    /// Of a text given in both languages (a topic's name, say), the one in this language.
    pub fn pick<'a>(self, it: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::It => it,
            Lang::En => en,
        }
    }

    /// The language of a link's `lang=` value.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The interface language for a browser's preferred language tag: Italian for Italian,
    /// English for everything else.
    pub fn for_browser(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("it") { Lang::It } else { Lang::En }
    }
}

/// The interface language in force: the link's choice, else the browser's. The app provides it.
#[derive(Clone, Copy)]
pub struct UiLang(pub Memo<Lang>);

/// The interface language in force (tracked).
pub fn use_lang() -> Memo<Lang> {
    let UiLang(lang) = expect_context();
    lang
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_languages() {
        assert_eq!(Lang::for_browser("it-IT"), Lang::It);
        assert_eq!(Lang::for_browser("IT"), Lang::It);
        assert_eq!(Lang::for_browser("en-GB"), Lang::En);
        assert_eq!(Lang::for_browser("de"), Lang::En);
        assert_eq!(Lang::for_browser(""), Lang::En);
    }
}
