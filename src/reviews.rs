//! The press reviews a reader switches between: the bundled story, read-only, and their own,
//! kept in the browser ([`crate::review_store`]). The app provides one [`Reviews`] as a context.
//!
//! # Models, and what they cost
//!
//! Views borrow the model they show as `&'static` (cards hold `&'static Quote`s), so a review's
//! model is built once per stored *revision* and leaked, like the bundled one. Models are cached
//! by (review, revision): switching back and forth between reviews builds nothing new. What the
//! page keeps is therefore bounded by the revisions it opened — one model per review opened plus
//! one per change made to the review on screen while this page is open — and is given back when
//! the page is closed or reloaded. Adding articles in one call (the "Add articles" panel adds a
//! batch at once) makes one revision, not one per article.
//!
//! Without the `reviews` feature (the page's first module) there is only the bundled story: a
//! review's address is the full app's to open (`crate::handoff`).

use leptos::prelude::*;
#[cfg(feature = "reviews")]
use rassegna_engine::{Meta, PartialDate, Review, ReviewError, TopicEdit};

use crate::model::Model;
#[cfg(feature = "reviews")]
use crate::review_store::{BrowserStorage, PREFIX, Store, StoreError, Stored, Summary};

/// The reader's reviews and the bundled one; `Copy`, for closures.
#[derive(Clone, Copy)]
pub struct Reviews {
    /// The example; `None` for the bundled story, read the first time it is needed (a link to a
    /// reader's review never reads it).
    bundled: Option<&'static Model>,
    /// Counts changes to stored reviews, here or in another tab: the location reloads on it.
    changes: RwSignal<u64>,
    #[cfg(feature = "reviews")]
    list: RwSignal<Vec<Summary>>,
    #[cfg(feature = "reviews")]
    models: StoredValue<Vec<(String, u64, &'static Model)>>,
    #[cfg(feature = "reviews")]
    deleted: RwSignal<Option<Deleted>>,
    /// The review last opened from a shared link, by id.
    #[cfg(feature = "reviews")]
    shared: RwSignal<Option<String>>,
}

/// A review of the reader's read before the app mounted (`crate::opening`), for its first view.
#[cfg(feature = "reviews")]
pub enum Opening {
    /// The review a shared link carried, and its model; `None` when the link was damaged.
    Shared(Option<(Review, &'static Model)>),
    /// The review this browser stores as `id`, at `revision`, and its model.
    Stored {
        /// The review's id.
        id: String,
        /// The stored revision the model was read from.
        revision: u64,
        /// Its model.
        model: &'static Model,
    },
}

/// The first module opens no review of the reader's.
#[cfg(not(feature = "reviews"))]
pub enum Opening {}

#[cfg(feature = "reviews")]
/// Why a review file was not opened.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenError {
    /// The file is not a review this app reads.
    File(ReviewError),
    /// It is, but could not be stored.
    Store(StoreError),
    /// The file has this many bytes, more than [`MAX_FILE_BYTES`]: it was not read.
    TooLarge(u64),
}

#[cfg(feature = "reviews")]
/// The largest review file opened. Far more than the browser's storage holds (about 5 MB), which
/// says so in turn; files above it are not read at all.
pub const MAX_FILE_BYTES: u64 = 50_000_000;

#[cfg(feature = "reviews")]
/// A review just deleted, kept until the reader undoes it or deletes another.
#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    /// What the list showed of it.
    pub summary: Summary,
    stored: String,
}

impl Reviews {
    /// The reviews of this browser beside `bundled`, the read-only example; follows the writes
    /// of other tabs from then on.
    #[cfg(not(feature = "reviews"))]
    pub fn new(bundled: Option<&'static Model>) -> Reviews {
        Reviews { bundled, changes: RwSignal::new(0) }
    }

    /// The reviews of this browser beside `bundled`, the read-only example; follows the writes
    /// of other tabs from then on.
    #[cfg(feature = "reviews")]
    pub fn new(bundled: Option<&'static Model>) -> Reviews {
        let reviews = Reviews {
            bundled,
            list: RwSignal::new(Vec::new()),
            changes: RwSignal::new(0),
            models: StoredValue::new(Vec::new()),
            deleted: RwSignal::new(None),
            shared: RwSignal::new(None),
        };
        reviews.refresh();
        let listener = window_event_listener(leptos::ev::storage, move |event| {
            // `key` is null when another tab cleared the whole storage.
            if event.key().is_none_or(|key| key.starts_with(PREFIX)) {
                reviews.refresh();
                reviews.changes.update(|n| *n += 1);
            }
        });
        on_cleanup(move || listener.remove());
        reviews
    }

    /// The example: the bundled story unless the app was given another.
    pub fn bundled(&self) -> &'static Model {
        self.bundled.unwrap_or_else(Model::bundled)
    }

    /// The example's title and number of articles, without reading the bundled story.
    pub fn bundled_title_and_size(&self) -> (Option<String>, usize) {
        match self.bundled {
            Some(model) => (model.story.title.clone(), model.corpus.documents.len()),
            None => Model::bundled_title_and_size(),
        }
    }

    /// Changes to stored reviews so far (tracked): the address is read again on each.
    pub fn changes(&self) -> ReadSignal<u64> {
        self.changes.read_only()
    }

    /// The model of review `id` (the bundled story for `None`); without the `reviews` feature,
    /// `None` for any review of the reader's.
    #[cfg(not(feature = "reviews"))]
    pub fn model(&self, id: Option<&str>) -> Option<&'static Model> {
        id.is_none().then(|| self.bundled())
    }
}

#[cfg(feature = "reviews")]
impl Reviews {
    /// The reader's reviews, the most recently changed first (tracked).
    pub fn list(&self) -> ReadSignal<Vec<Summary>> {
        self.list.read_only()
    }

    /// The review deleted last, while it can be undone (tracked).
    pub fn deleted(&self) -> ReadSignal<Option<Deleted>> {
        self.deleted.read_only()
    }

    /// The model of review `id` (the bundled story for `None`); `None` when this browser has no
    /// such review, or cannot read it.
    pub fn model(&self, id: Option<&str>) -> Option<&'static Model> {
        let Some(id) = id else {
            return Some(self.bundled());
        };
        let store = store().ok()?;
        let revision = store.summary(id)?.revision;
        let cached = self
            .models
            .with_value(|models| models.iter().find(|(i, r, _)| i == id && *r == revision).map(|&(_, _, model)| model));
        if cached.is_some() {
            return cached;
        }
        let stored = store.load(id).ok()?;
        let model = Model::of_review(&stored.review);
        self.models.update_value(|models| models.push((id.to_owned(), stored.summary.revision, model)));
        Some(model)
    }

    /// Starts an empty review.
    pub fn create(&self, title: &str, date: Option<PartialDate>) -> Result<Summary, StoreError> {
        let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
        let summary = store()?.create(title, date, now(), random)?;
        self.changed();
        Ok(summary)
    }

    /// Stores the review file `json` as a new review; nothing stored changes when it cannot be read.
    pub fn open_file(&self, json: &str) -> Result<Summary, OpenError> {
        let review = Review::from_json(json).map_err(OpenError::File)?;
        self.import(review)
    }

    /// Stores the review a shared link carried, `review`, as a new review, never over one of the
    /// reader's, and remembers it as opened from a link. It is shown at once with `model`, read
    /// from it before the app mounted, not read back from the storage.
    pub fn open_shared(&self, review: Review, model: &'static Model) -> Result<Summary, OpenError> {
        let summary = self.import(review)?;
        self.keep_model(&summary.id, summary.revision, model);
        self.shared.set(Some(summary.id.clone()));
        Ok(summary)
    }

    /// Keeps `model` as the model of review `id` at `revision`: read before the app mounted.
    pub fn keep_model(&self, id: &str, revision: u64, model: &'static Model) {
        self.models.update_value(|models| models.push((id.to_owned(), revision, model)));
    }

    /// Stores `review` as a new review.
    fn import(&self, review: Review) -> Result<Summary, OpenError> {
        let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
        let summary = store().and_then(|store| store.import(review, now(), random)).map_err(OpenError::Store)?;
        self.changed();
        Ok(summary)
    }

    /// The review last opened from a shared link (tracked).
    pub fn shared(&self) -> ReadSignal<Option<String>> {
        self.shared.read_only()
    }

    /// Review `id` as a file (`Review::to_json`), with its title.
    pub fn file(&self, id: &str) -> Result<(String, String), StoreError> {
        let stored = store()?.load(id)?;
        Ok((stored.summary.title, stored.review.to_json()))
    }

    /// Adds articles (metadata and text each) to review `id`, in one change: the hook of the
    /// "Add articles" panel. The views show them at once if `id` is the review on screen.
    pub fn add_articles(&self, id: &str, articles: Vec<(Meta, String)>) -> Result<Summary, StoreError> {
        let summary = store()?.add_articles(id, articles, now())?;
        self.changed();
        Ok(summary)
    }

    /// Removes article `article` from review `id`, in one change.
    pub fn remove_article(&self, id: &str, article: &str) -> Result<Summary, StoreError> {
        let summary = store()?.remove_article(id, article, now())?;
        self.changed();
        Ok(summary)
    }

    /// Adds a stance topic to review `id` (`topic` `None`) or changes topic `topic`, in one
    /// change; the cells follow at once if `id` is the review on screen.
    pub fn put_topic(&self, id: &str, topic: Option<&str>, edit: TopicEdit) -> Result<Summary, StoreError> {
        let bundled = &self.bundled().corpus.stance_data.topics;
        let summary = store()?.update(id, now(), |review| {
            review.put_topic(bundled, topic, edit).map(|_| ()).map_err(StoreError::Refused)
        })?;
        self.changed();
        Ok(summary)
    }

    /// Removes stance topic `topic` from review `id`, in one change.
    pub fn remove_topic(&self, id: &str, topic: &str) -> Result<Summary, StoreError> {
        let bundled = &self.bundled().corpus.stance_data.topics;
        let summary = store()?.update(id, now(), |review| {
            review.remove_topic(bundled, topic);
            Ok(())
        })?;
        self.changed();
        Ok(summary)
    }

    /// Sets the metadata of article `article` of review `id`, in one change: the views show it at
    /// once if `id` is the review on screen.
    pub fn edit_article(&self, id: &str, article: &str, meta: Meta) -> Result<Summary, StoreError> {
        let summary = store()?.edit_article(id, article, meta, now())?;
        self.changed();
        Ok(summary)
    }

    /// Renames review `id`.
    pub fn rename(&self, id: &str, title: &str) -> Result<Summary, StoreError> {
        let summary = store()?.rename(id, title, now())?;
        self.changed();
        Ok(summary)
    }

    /// Deletes review `id`, keeping it to undo ([`Reviews::undo_delete`]) until the next delete.
    pub fn delete(&self, id: &str) -> Result<(), StoreError> {
        let store = store()?;
        let summary = store.summary(id).ok_or(StoreError::Missing)?;
        let stored = store.delete(id)?;
        self.deleted.set(Some(Deleted { summary, stored }));
        self.changed();
        Ok(())
    }

    /// Puts back the review deleted last.
    pub fn undo_delete(&self) -> Result<Summary, StoreError> {
        let Some(deleted) = self.deleted.get_untracked() else {
            return Err(StoreError::Missing);
        };
        store()?.restore(&deleted.summary.id, &deleted.stored)?;
        self.deleted.set(None);
        self.changed();
        Ok(deleted.summary)
    }

    /// Forgets the deleted review: it can no longer be undone.
    pub fn forget_deleted(&self) {
        self.deleted.set(None);
    }

    fn refresh(&self) {
        self.list.set(store().map(|store| store.list()).unwrap_or_default());
    }

    fn changed(&self) {
        self.refresh();
        self.changes.update(|n| *n += 1);
    }
}

#[cfg(feature = "reviews")]
/// Review `id` as this browser stores it, if it does and can read it.
pub fn stored(id: &str) -> Option<Stored> {
    store().ok()?.load(id).ok()
}

#[cfg(feature = "reviews")]
/// Milliseconds since 1970, by the reader's clock.
fn now() -> u64 {
    js_sys::Date::now() as u64
}

#[cfg(feature = "reviews")]
/// The reviews in this browser's `localStorage`.
fn store() -> Result<Store<BrowserStorage>, StoreError> {
    BrowserStorage::open().map(Store::new)
}

#[cfg(feature = "reviews")]
/// The reviews of the app being rendered.
pub fn use_reviews() -> Reviews {
    expect_context()
}
