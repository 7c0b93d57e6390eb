//! Opening a reader's review before the app mounts: the review that the address names (stored in
//! this browser, `review=`) or carries (a shared link, `#share=`) is read first, so that the app's
//! first view is that review's.
//!
//! A long review — fifty articles, a megabyte of text — takes the engine about half a second in
//! wasm. Read in one go, that is half a second of a page that shows nothing and answers nothing.
//! So a long review is read article by article, handing the page back every [`SLICE_MS`]: a
//! progress line counts the articles read, and the review's first cards are on screen while the
//! rest is read. They are drawn as the bundled story's first view is ([`review_preview`]), from
//! the review's first articles alone, read apart; the engine reads each article the same alone or
//! among others (`Corpus::with_stances_pausing`), so the app mounts with the same cards in place.
//! Like that first view, they are inert until the app mounts, and they are drawn only when the
//! address asks for the Quotes view with nothing filtered: any other view waits for the whole
//! review, so nothing on screen is ever what the link did not ask for.

use std::cell::Cell;
use std::pin::Pin;
use std::rc::Rc;

use leptos::prelude::*;
use rassegna_engine::Review;

use crate::first_view::{FIRST_CARDS, review_preview};
use crate::i18n::{Strings, fill};
use crate::lang::Lang;
use crate::model::Model;
use crate::review_store::one_line;
use crate::reviews::{self, Opening};
use crate::share;
use crate::view_state::{View, ViewState};

/// Below this much text a review is read in one go: it takes less than a tenth of a second.
const PREVIEW_FROM: usize = 200_000;
/// The text of the first articles that the early cards are read from: a few screens of cards.
const PREVIEW_TEXT: usize = 40_000;
/// The longest the page is held between two hand-backs while a long review is read, in ms.
const SLICE_MS: f64 = 40.0;

/// What the address opens, read: the review a shared link carries (`#share=…`; `None` in it when
/// the link is damaged), or the stored review it names (`review=`); `None` for the example, or
/// a review this browser does not have, which the app says it ignored.
pub fn of_address() -> Option<Pin<Box<dyn Future<Output = Opening>>>> {
    let location = window().location();
    if let Some(data) = share::data_in(&location.hash().unwrap_or_default()).map(str::to_owned) {
        return Some(Box::pin(async move {
            let review = share::decode(&data).await.ok().and_then(|json| Review::from_json(&json).ok());
            Opening::Shared(match review {
                Some(mut review) => {
                    // As the storage will keep it, for the model's story to show the same.
                    review.title = one_line(&review.title);
                    let model = read(&review).await;
                    Some((review, model))
                }
                None => None,
            })
        }));
    }
    let stored = ViewState::review_in(&location.search().unwrap_or_default()).and_then(|id| reviews::stored(&id))?;
    Some(Box::pin(async move {
        let model = read(&stored.review).await;
        Opening::Stored { id: stored.summary.id, revision: stored.summary.revision, model }
    }))
}

/// The model of `review`, the review the address opens; a long one is read with its progress and
/// first cards on screen (see the module's comment).
async fn read(review: &Review) -> &'static Model {
    let total: usize = review.articles.iter().map(|article| article.text.len()).sum();
    if total < PREVIEW_FROM {
        return Model::of_review(review);
    }
    let search = window().location().search().unwrap_or_default();
    let state = ViewState::parse(&search, &rassegna_engine::Corpus::default()).0;
    let lang = state.lang.unwrap_or_else(|| Lang::for_browser(&window().navigator().language().unwrap_or_default()));
    let progress = Progress::show(review.articles.len(), lang);
    if state.view == View::Quotes {
        draw_first_cards(review, &search, lang);
    }
    after_paint().await;
    let handed_back = Rc::new(Cell::new(js_sys::Date::now()));
    Model::of_review_pausing(review, move |read| {
        let due = js_sys::Date::now() - handed_back.get() >= SLICE_MS;
        if due {
            progress.set(read);
        }
        let handed_back = Rc::clone(&handed_back);
        async move {
            if due {
                next_task().await;
                handed_back.set(js_sys::Date::now());
            }
        }
    })
    .await
}

/// Draws the first cards of `review`, read from its first articles, when the address (`search`)
/// asks for nothing but the Quotes view of that review.
fn draw_first_cards(review: &Review, search: &str, lang: Lang) {
    let head = Model::of_review(&first_articles(review));
    let (state, ignored) = ViewState::parse(search, head.corpus);
    let unfiltered = ViewState { review: state.review.clone(), lang: state.lang, ..ViewState::default() };
    if !ignored.is_empty() || state != unfiltered {
        return;
    }
    // The bundled story's first view, hidden on a review's address, makes way for the review's.
    while let Some(first_view) = document().query_selector(".first-view").ok().flatten() {
        first_view.remove();
    }
    if let Some(body) = document().body() {
        // Every text in it is escaped (`first_view::escape`): an article's markup stays text.
        let _ = body.insert_adjacent_html("afterbegin", &review_preview(head, FIRST_CARDS, lang));
    }
}

/// The review's first articles, up to [`PREVIEW_TEXT`] of text (at least one article, whose text
/// is cut at the first paragraph break past that size): their cards are the review's first.
fn first_articles(review: &Review) -> Review {
    let mut head = Review::new(review.title.clone(), review.date);
    head.topics = review.topics.clone();
    let mut size = 0;
    for article in &review.articles {
        if size >= PREVIEW_TEXT {
            break;
        }
        let mut article = article.clone();
        let cut = article.text.get(PREVIEW_TEXT - size..).and_then(|rest| rest.find("\n\n"));
        if let Some(cut) = cut {
            article.text.truncate(PREVIEW_TEXT - size + cut);
        }
        size += article.text.len();
        head.articles.push(article);
    }
    head
}

/// The line that counts the articles read, with a progress bar, over the page while it is read;
/// the app removes it when it mounts (src/main.rs).
#[derive(Clone)]
struct Progress {
    text: web_sys::Element,
    bar: web_sys::Element,
    total: usize,
    lang: Lang,
}

impl Progress {
    fn show(total: usize, lang: Lang) -> Progress {
        let document = document();
        let element = |tag: &str, class: &str| {
            let element = document.create_element(tag).expect("a document makes elements");
            element.set_class_name(class);
            element
        };
        let status = element("div", "opening");
        let _ = status.set_attribute("role", "status");
        let text = element("p", "opening__text");
        let bar = element("progress", "opening__bar");
        let _ = bar.set_attribute("max", &total.to_string());
        let _ = bar.set_attribute("aria-hidden", "true");
        let _ = status.append_child(&text);
        let _ = status.append_child(&bar);
        if let Some(body) = document.body() {
            let _ = body.append_child(&status);
        }
        let progress = Progress { text, bar, total, lang };
        progress.set(0);
        progress
    }

    /// Says that `read` articles of the review have been read.
    fn set(&self, read: usize) {
        let said = fill(&fill(Strings::of(self.lang).reviews.opening, read), self.total);
        self.text.set_text_content(Some(&said));
        let _ = self.bar.set_attribute("value", &read.to_string());
    }
}

/// Resolves once the browser has painted what was drawn so far: the frame's callback runs before
/// the paint, the task after it.
async fn after_paint() {
    let (framed, frame) = futures_channel::oneshot::channel();
    request_animation_frame(move || {
        let _ = framed.send(());
    });
    let _ = frame.await;
    next_task().await;
}

/// Resolves in a task of its own: whatever the browser has waiting (input, painting) goes first.
async fn next_task() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}
