//! The reader's press reviews, kept in the browser's storage (`localStorage`) across visits.
//!
//! # Shape
//!
//! One key per review, `rassegna.review.<id>`, and no separate index: the value starts with a
//! line of its own summary, then the review file itself ([`Review::to_json`]):
//!
//! ```text
//! <revision> <last change, ms since 1970> <article count>
//! <title, on one line>
//! {"format":"rassegna-review","version":1,…}
//! ```
//!
//! The list of reviews is the keys with that prefix, each read to its second line: there is no
//! index that two tabs could leave disagreeing with the reviews it lists.
//!
//! # Two tabs, a full storage
//!
//! * Every change reads the review as stored *now*, applies itself, and writes the whole review
//!   back with its revision plus one, in one `setItem`: a tab never writes back a stale copy it
//!   holds, so articles another tab added are kept, and a reader of the key sees either the old
//!   review or the new one, never a mix. Tabs learn of each other's writes from the `storage`
//!   event and reload what they show (`src/reviews.rs`).
//! * A write the storage refuses (`QuotaExceededError`) changes nothing: `setItem` leaves the old
//!   value in place, and the error ([`StoreError::Full`]) says what to do.
//!
//! The logic is over [`KeyValue`], so native tests run it over a map, full storages and two tabs
//! included; [`BrowserStorage`] is `localStorage`.

use rassegna_engine::{Meta, PartialDate, Review, ReviewError};

use wasm_bindgen::JsCast;

use crate::view_state::is_review_id;

/// The prefix of every review's key.
pub const PREFIX: &str = "rassegna.review.";

/// A string store: `localStorage`, or a map in tests.
pub trait KeyValue {
    /// The value of `key`, if any.
    fn get(&self, key: &str) -> Option<String>;
    /// Sets `key` to `value`, whole, or leaves it as it was and says why not.
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key`.
    fn remove(&self, key: &str);
    /// Every key.
    fn keys(&self) -> Vec<String>;
}

/// What the list of reviews shows of one.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Its id, as in links (`review=`).
    pub id: String,
    /// Its title.
    pub title: String,
    /// How many articles it has.
    pub articles: usize,
    /// When it last changed, in milliseconds since 1970 (UTC).
    pub updated: u64,
    /// How many times it was written: every change adds one.
    pub revision: u64,
}

/// Why a review could not be read or written.
#[derive(Debug, Clone, PartialEq)]
pub enum StoreError {
    /// The storage is full: nothing was changed.
    Full,
    /// The browser gives no storage (disabled, or a private mode that refuses it).
    Unavailable,
    /// There is no review with this id (deleted, perhaps in another tab).
    Missing,
    /// The stored review cannot be read back (changed by hand, or by another program).
    Damaged,
    /// The change breaks a limit of reviews (too many articles, an article too large).
    Refused(ReviewError),
    /// The review has no article with this id (removed, perhaps in another tab).
    ArticleMissing,
}

/// A review as stored: its summary and the review.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    /// Id, title, article count, last change, revision.
    pub summary: Summary,
    /// Its content.
    pub review: Review,
}

/// The reviews in a [`KeyValue`] store.
pub struct Store<K> {
    kv: K,
}

impl<K: KeyValue> Store<K> {
    /// The reviews kept in `kv`.
    pub fn new(kv: K) -> Store<K> {
        Store { kv }
    }

    /// Every review, the most recently changed first. Keys that are not reviews are passed over.
    pub fn list(&self) -> Vec<Summary> {
        let mut list: Vec<Summary> = self
            .kv
            .keys()
            .into_iter()
            .filter_map(|key| {
                let id = key.strip_prefix(PREFIX)?;
                is_review_id(id).then(|| self.kv.get(&key).and_then(|value| summary(id, &value)))?
            })
            .collect();
        list.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
        list
    }

    /// The summary of review `id`, without reading its articles.
    pub fn summary(&self, id: &str) -> Option<Summary> {
        self.kv.get(&key(id)).and_then(|value| summary(id, &value))
    }

    /// Review `id`.
    pub fn load(&self, id: &str) -> Result<Stored, StoreError> {
        let value = self.kv.get(&key(id)).ok_or(StoreError::Missing)?;
        let summary = summary(id, &value).ok_or(StoreError::Damaged)?;
        let json = value.splitn(3, '\n').nth(2).ok_or(StoreError::Damaged)?;
        let review = Review::from_json(json).map_err(|_| StoreError::Damaged)?;
        Ok(Stored { summary, review })
    }

    /// Stores a new, empty review called `title` (on one line: control characters become
    /// spaces), with an id made of `now` and `random`, and returns its summary.
    pub fn create(&self, title: &str, date: Option<PartialDate>, now: u64, random: u32) -> Result<Summary, StoreError> {
        self.import(Review::new(title, date), now, random)
    }

    /// Stores `review` (a file opened, a copy of a shared one) as a new review of its own, with
    /// an id made of `now` and `random`: never over one in place.
    pub fn import(&self, mut review: Review, now: u64, random: u32) -> Result<Summary, StoreError> {
        let mut id = new_id(now, random);
        let mut salt = random;
        while self.kv.get(&key(&id)).is_some() {
            salt = salt.wrapping_add(1);
            id = new_id(now, salt);
        }
        review.title = one_line(&review.title);
        self.write(&id, &review, 1, now)
    }

    /// Applies `change` to review `id` as stored now, and stores the result as the next revision;
    /// when `change` fails, nothing is written.
    pub fn update(
        &self,
        id: &str,
        now: u64,
        change: impl FnOnce(&mut Review) -> Result<(), StoreError>,
    ) -> Result<Summary, StoreError> {
        let Stored { summary, mut review } = self.load(id)?;
        change(&mut review)?;
        review.title = one_line(&review.title);
        self.write(id, &review, summary.revision + 1, now)
    }

    /// Adds articles (metadata and text each) to review `id`.
    pub fn add_articles(&self, id: &str, articles: Vec<(Meta, String)>, now: u64) -> Result<Summary, StoreError> {
        self.update(id, now, |review| review.add_articles(articles).map_err(StoreError::Refused))
    }

    /// Renames review `id`.
    pub fn rename(&self, id: &str, title: &str, now: u64) -> Result<Summary, StoreError> {
        let title = one_line(title);
        self.update(id, now, |review| {
            review.title = title;
            Ok(())
        })
    }

    /// Removes article `article` from review `id`; an article already gone changes nothing.
    pub fn remove_article(&self, id: &str, article: &str, now: u64) -> Result<Summary, StoreError> {
        self.update(id, now, |review| {
            review.remove_article(article);
            Ok(())
        })
    }

    /// Sets the metadata of article `article` of review `id` to `meta` (see [`Review::edit_article`]
    /// for what an empty field means); an article gone since, perhaps in another tab, is
    /// [`StoreError::ArticleMissing`] and nothing is written.
    pub fn edit_article(&self, id: &str, article: &str, meta: Meta, now: u64) -> Result<Summary, StoreError> {
        self.update(id, now, |review| {
            review.edit_article(article, meta).then_some(()).ok_or(StoreError::ArticleMissing)
        })
    }

    /// Deletes review `id`, returning what was stored, to undo it with [`Store::restore`].
    pub fn delete(&self, id: &str) -> Result<String, StoreError> {
        let value = self.kv.get(&key(id)).ok_or(StoreError::Missing)?;
        self.kv.remove(&key(id));
        Ok(value)
    }

    /// Puts back a review that [`Store::delete`] returned, unless its id was taken since.
    pub fn restore(&self, id: &str, stored: &str) -> Result<(), StoreError> {
        if self.kv.get(&key(id)).is_some() {
            return Err(StoreError::Damaged);
        }
        self.kv.set(&key(id), stored)
    }

    fn write(&self, id: &str, review: &Review, revision: u64, now: u64) -> Result<Summary, StoreError> {
        let summary = Summary {
            id: id.to_owned(),
            title: review.title.clone(),
            articles: review.articles.len(),
            updated: now,
            revision,
        };
        let value = format!("{revision} {now} {}\n{}\n{}", summary.articles, summary.title, review.to_json());
        self.kv.set(&key(id), &value)?;
        Ok(summary)
    }
}

/// The storage key of review `id`.
fn key(id: &str) -> String {
    format!("{PREFIX}{id}")
}

/// The summary in the first two lines of a stored review.
fn summary(id: &str, value: &str) -> Option<Summary> {
    let mut lines = value.splitn(3, '\n');
    let mut numbers = lines.next()?.split(' ');
    let revision = numbers.next()?.parse().ok()?;
    let updated = numbers.next()?.parse().ok()?;
    let articles = numbers.next()?.parse().ok()?;
    let title = lines.next()?.to_owned();
    lines.next()?;
    Some(Summary { id: id.to_owned(), title, articles, updated, revision })
}

/// An id from the time and a random number: `mq3x9k2a-1b7f0c`, lowercase base 36.
fn new_id(now: u64, random: u32) -> String {
    format!("{}-{}", base36(now), base36(u64::from(random)))
}

fn base36(mut n: u64) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    digits.reverse();
    String::from_utf8(digits).unwrap_or_default()
}

/// `text` trimmed, on one line.
pub fn one_line(text: &str) -> String {
    text.trim().chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// The browser's `localStorage`.
pub struct BrowserStorage(web_sys::Storage);

impl BrowserStorage {
    /// `localStorage`, if the browser gives it.
    pub fn open() -> Result<BrowserStorage, StoreError> {
        let window = web_sys::window().ok_or(StoreError::Unavailable)?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(BrowserStorage(storage)),
            _ => Err(StoreError::Unavailable),
        }
    }
}

impl KeyValue for BrowserStorage {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set_item(key, value).map_err(|error| match error.dyn_ref::<web_sys::DomException>() {
            Some(e) if e.name() == "QuotaExceededError" => StoreError::Full,
            _ => StoreError::Unavailable,
        })
    }

    fn remove(&self, key: &str) {
        let _ = self.0.remove_item(key);
    }

    fn keys(&self) -> Vec<String> {
        let length = self.0.length().unwrap_or(0);
        (0..length).filter_map(|i| self.0.key(i).ok().flatten()).collect()
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::collections::BTreeMap;
    use std::rc::Rc;

    use super::*;

    /// A storage shared by every [`Store`] made over a clone (two tabs), holding at most `quota`
    /// bytes, like a browser's.
    #[derive(Clone)]
    struct Memory {
        map: Rc<RefCell<BTreeMap<String, String>>>,
        quota: usize,
    }

    impl Memory {
        fn new(quota: usize) -> Memory {
            Memory { map: Rc::default(), quota }
        }
    }

    impl KeyValue for Memory {
        fn get(&self, key: &str) -> Option<String> {
            self.map.borrow().get(key).cloned()
        }

        fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
            let mut map = self.map.borrow_mut();
            let others: usize = map.iter().filter(|(k, _)| *k != key).map(|(k, v)| k.len() + v.len()).sum();
            if others + key.len() + value.len() > self.quota {
                return Err(StoreError::Full);
            }
            map.insert(key.to_owned(), value.to_owned());
            Ok(())
        }

        fn remove(&self, key: &str) {
            self.map.borrow_mut().remove(key);
        }

        fn keys(&self) -> Vec<String> {
            self.map.borrow().keys().cloned().collect()
        }
    }

    fn article(text: &str) -> Vec<(Meta, String)> {
        vec![(Meta { outlet: Some("ANSA".into()), ..Meta::default() }, text.to_owned())]
    }

    #[test]
    fn creates_lists_adds_renames_and_reads_back() {
        let store = Store::new(Memory::new(usize::MAX));
        let date = PartialDate::parse_iso("2024-06");
        let first = store.create("Vertice\ndi Pyongyang", date, 1000, 7).unwrap();
        assert!(is_review_id(&first.id), "{}", first.id);
        assert_eq!((first.title.as_str(), first.articles, first.revision), ("Vertice di Pyongyang", 0, 1));
        let second = store.create("Altro", None, 2000, 7).unwrap();
        assert_ne!(first.id, second.id);
        assert_eq!(
            store.list().iter().map(|s| s.title.as_str()).collect::<Vec<_>>(),
            ["Altro", "Vertice di Pyongyang"]
        );

        let added = store.add_articles(&first.id, article("«Siamo amici», ha detto Putin."), 3000).unwrap();
        assert_eq!((added.articles, added.revision, added.updated), (1, 2, 3000));
        let renamed = store.rename(&first.id, "  Il vertice  ", 4000).unwrap();
        assert_eq!((renamed.title.as_str(), renamed.revision), ("Il vertice", 3));
        let stored = store.load(&first.id).unwrap();
        assert_eq!(stored.summary, renamed);
        assert_eq!(stored.review.title, "Il vertice");
        assert_eq!(stored.review.date, date);
        assert_eq!(stored.review.articles[0].meta.outlet.as_deref(), Some("ANSA"));
        assert_eq!(store.list()[0], renamed, "the most recently changed first");
        assert_eq!(store.summary(&first.id), Some(renamed));

        let article_id = stored.review.articles[0].id.clone();
        let removed = store.remove_article(&first.id, &article_id, 5000).unwrap();
        assert_eq!((removed.articles, removed.revision), (0, 4));
        assert!(store.load(&first.id).unwrap().review.articles.is_empty());
    }

    #[test]
    fn delete_and_undo() {
        let store = Store::new(Memory::new(usize::MAX));
        let review = store.create("Da cancellare", None, 1, 1).unwrap();
        // An opened file is a review of its own, even with the id of one in place.
        let mut file = Review::new("Aperta\nda un file", None);
        file.add_articles(article("Testo del file.")).unwrap();
        let opened = store.import(file.clone(), 1, 1).unwrap();
        assert_ne!(opened.id, review.id);
        assert_eq!((opened.title.as_str(), opened.articles), ("Aperta da un file", 1));
        assert_eq!(store.load(&opened.id).unwrap().review.articles, file.articles);
        store.delete(&opened.id).unwrap();
        store.add_articles(&review.id, article("Testo."), 2).unwrap();
        let kept = store.delete(&review.id).unwrap();
        assert!(store.list().is_empty());
        assert_eq!(store.load(&review.id), Err(StoreError::Missing));
        assert_eq!(store.delete(&review.id), Err(StoreError::Missing));
        store.restore(&review.id, &kept).unwrap();
        assert_eq!(store.load(&review.id).unwrap().review.articles.len(), 1);
        assert_eq!(store.restore(&review.id, &kept), Err(StoreError::Damaged), "never over a review in place");
    }

    #[test]
    fn a_full_storage_changes_nothing() {
        let memory = Memory::new(2_000);
        let store = Store::new(memory.clone());
        let review = store.create("Piena", None, 1, 1).unwrap();
        store.add_articles(&review.id, article("Primo articolo."), 2).unwrap();
        let before = memory.map.borrow().clone();
        assert_eq!(store.add_articles(&review.id, article(&"parola ".repeat(500)), 3), Err(StoreError::Full));
        assert_eq!(*memory.map.borrow(), before, "what was saved is intact");
        assert_eq!(store.create(&"titolo lungo ".repeat(200), None, 4, 2), Err(StoreError::Full));
        assert_eq!(*memory.map.borrow(), before);
        assert_eq!(store.load(&review.id).unwrap().summary.articles, 1);
    }

    #[test]
    fn two_tabs_adding_to_one_review_keep_both_articles() {
        let memory = Memory::new(usize::MAX);
        let (tab_a, tab_b) = (Store::new(memory.clone()), Store::new(memory.clone()));
        let review = tab_a.create("Condivisa", None, 1, 1).unwrap();
        // Tab B loaded the review before tab A changed it: its change still starts from what is stored.
        let seen_by_b = tab_b.load(&review.id).unwrap();
        tab_a.add_articles(&review.id, article("Da A."), 2).unwrap();
        let after_b = tab_b.add_articles(&review.id, article("Da B."), 3).unwrap();
        assert_eq!((after_b.articles, after_b.revision), (2, 3));
        assert_ne!(after_b.revision, seen_by_b.summary.revision, "tab B can tell its copy is stale");
        tab_b.rename(&review.id, "Rinominata da B", 4).unwrap();
        let texts: Vec<String> = tab_a.load(&review.id).unwrap().review.articles.into_iter().map(|a| a.text).collect();
        assert_eq!(texts, ["Da A.", "Da B."]);
        assert_eq!(tab_a.load(&review.id).unwrap().review.title, "Rinominata da B");
        // A review deleted in one tab is missing in the other, not written back.
        tab_a.delete(&review.id).unwrap();
        assert_eq!(tab_b.add_articles(&review.id, article("Tardi."), 5), Err(StoreError::Missing));
        assert!(tab_b.list().is_empty());
    }

    #[test]
    fn editing_an_article_is_one_revision_over_what_is_stored_now() {
        let memory = Memory::new(usize::MAX);
        let (tab_a, tab_b) = (Store::new(memory.clone()), Store::new(memory.clone()));
        let review = tab_a.create("Modifiche", None, 1, 1).unwrap();
        tab_a.add_articles(&review.id, article("«Siamo pronti», ha detto ieri il sindaco."), 2).unwrap();
        let article_id = tab_a.load(&review.id).unwrap().review.articles[0].id.clone();
        // Tab B adds an article after tab A loaded the review: A's edit keeps it.
        tab_b.add_articles(&review.id, article("Da B."), 3).unwrap();
        let meta =
            Meta { title: Some("Il sindaco".into()), date: PartialDate::parse_iso("2024-06-19"), ..Meta::default() };
        let edited = tab_a.edit_article(&review.id, &article_id, meta.clone(), 4).unwrap();
        assert_eq!((edited.articles, edited.revision, edited.updated), (2, 4, 4));
        let stored = tab_b.load(&review.id).unwrap().review;
        assert_eq!(stored.articles[0].meta, meta, "replaced whole: the emptied outlet is gone");
        assert_eq!(stored.articles[1].text, "Da B.");

        // A missing article or review writes nothing.
        let before = memory.map.borrow().clone();
        assert_eq!(tab_a.edit_article(&review.id, "nope", Meta::default(), 5), Err(StoreError::ArticleMissing));
        assert_eq!(tab_a.edit_article("zz-1", &article_id, Meta::default(), 5), Err(StoreError::Missing));
        assert_eq!(*memory.map.borrow(), before);
        tab_b.remove_article(&review.id, &article_id, 6).unwrap();
        assert_eq!(tab_a.edit_article(&review.id, &article_id, Meta::default(), 7), Err(StoreError::ArticleMissing));
    }

    #[test]
    fn an_edit_a_full_storage_refuses_leaves_the_review_intact() {
        let memory = Memory::new(2_000);
        let store = Store::new(memory.clone());
        let review = store.create("Piena", None, 1, 1).unwrap();
        store.add_articles(&review.id, article("Primo articolo."), 2).unwrap();
        let article_id = store.load(&review.id).unwrap().review.articles[0].id.clone();
        let before = memory.map.borrow().clone();
        let long = Meta { title: Some("titolo lungo ".repeat(200)), ..Meta::default() };
        assert_eq!(store.edit_article(&review.id, &article_id, long, 3), Err(StoreError::Full));
        assert_eq!(*memory.map.borrow(), before, "what was saved is intact");
        let stored = store.load(&review.id).unwrap();
        assert_eq!((stored.summary.revision, stored.review.articles[0].meta.outlet.as_deref()), (2, Some("ANSA")));
    }

    #[test]
    fn limits_and_damage_are_errors_that_change_nothing() {
        let memory = Memory::new(usize::MAX);
        let store = Store::new(memory.clone());
        let review = store.create("Limiti", None, 1, 1).unwrap();
        let before = memory.map.borrow().clone();
        let huge = "a".repeat(rassegna_engine::review::MAX_TEXT_BYTES + 1);
        assert!(matches!(
            store.add_articles(&review.id, article(&huge), 2),
            Err(StoreError::Refused(ReviewError::TextTooLarge { .. }))
        ));
        assert_eq!(*memory.map.borrow(), before);
        memory.set(&key("zz-1"), "not a review").unwrap();
        memory.set(&key("Not An Id"), "1 1 0\nx\n{}").unwrap();
        memory.set("other.app", "1 1 0\nx\n{}").unwrap();
        assert_eq!(store.list().len(), 1, "keys that are not reviews are passed over");
        assert_eq!(store.load("zz-1"), Err(StoreError::Damaged));
        memory.set(&key("zz-2"), "1 1 0\nTitolo\n{\"format\":").unwrap();
        assert_eq!(store.load("zz-2"), Err(StoreError::Damaged), "a truncated review");
    }
}
