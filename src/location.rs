//! The browser's address bar as the app's state: read it, follow back and forward, write it.
//!
//! The address also says which review is shown (`review=`): the location holds that review's
//! model beside the state, and checks the rest of the address against it.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::model::Model;
use crate::reviews::Reviews;
use crate::view_state::{Ignored, Reason, ViewState};

/// The view state, kept equal to the address bar's query string, and the model it is over.
#[derive(Clone, Copy)]
pub struct Location {
    state: RwSignal<ViewState>,
    ignored: RwSignal<Vec<Ignored>>,
    model: RwSignal<&'static Model>,
    reviews: Reviews,
}

impl Location {
    /// Reads the address bar, rewrites it to its normal form (no history entry), and follows
    /// back and forward, and changes to the stored reviews, from then on.
    pub fn new(reviews: Reviews) -> Location {
        let (state, ignored, model) = read(&reviews);
        let location = Location {
            state: RwSignal::new(state),
            ignored: RwSignal::new(ignored),
            model: RwSignal::new(model),
            reviews,
        };
        location.write(&location.state.get_untracked(), false);
        let listener = window_event_listener(leptos::ev::popstate, move |_| location.reload());
        // An unmounted app must not keep rewriting the address of whatever replaced it.
        on_cleanup(move || listener.remove());
        // A review changed here or in another tab: its new model, and ids that may be gone.
        Effect::new(move |seen: Option<u64>| {
            let changes = reviews.changes().get();
            if seen.is_some_and(|seen| seen != changes) {
                location.reload();
            }
            changes
        });
        location
    }

    /// The current state (tracked).
    pub fn state(&self) -> ReadSignal<ViewState> {
        self.state.read_only()
    }

    /// The model of the review shown (tracked).
    pub fn model(&self) -> ReadSignal<&'static Model> {
        self.model.read_only()
    }

    /// Reads the address bar again, as after back or forward.
    fn reload(&self) {
        let (state, ignored, model) = read(&self.reviews);
        self.write(&state, false);
        self.show(model);
        self.state.set(state);
        self.ignored.set(ignored);
    }

    /// Shows `model`, if it is not the one shown.
    fn show(&self, model: &'static Model) {
        if !std::ptr::eq(self.model.get_untracked(), model) {
            self.model.set(model);
        }
    }

    /// What the last link read had to drop (tracked).
    pub fn ignored(&self) -> ReadSignal<Vec<Ignored>> {
        self.ignored.read_only()
    }

    /// Takes the fragment of a shared link out of the address and names the review it carried
    /// (`review`, once kept as a copy) in the query; no history entry. Called before the address
    /// is first read, so that the rest of the link (its speakers, its cell) is read against that
    /// review's model, not the example's.
    pub fn settle_shared_link(review: Option<&str>) {
        let location = window().location();
        let search = location.search().unwrap_or_default();
        let mut query = search.trim_start_matches('?').to_owned();
        if let Some(id) = review {
            let separator = if query.is_empty() { "" } else { "&" };
            query = format!("{query}{separator}review={id}");
        }
        let mark = if query.is_empty() { "" } else { "?" };
        let url = format!("{}{mark}{query}", location.pathname().unwrap_or_default());
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }

    /// Says that part of the link (`key`) was not used, and why.
    pub fn report(&self, key: &str, reason: Reason) {
        self.ignored.update(|ignored| ignored.push(Ignored { key: key.into(), reason }));
    }

    /// Forgets the ignored parts, once the reader has seen them.
    pub fn dismiss_ignored(&self) {
        self.ignored.set(Vec::new());
    }

    /// Shows `next`, adding a history entry.
    pub fn push(&self, next: ViewState) {
        if self.state.with_untracked(|state| *state == next) {
            return;
        }
        if self.state.with_untracked(|state| state.review != next.review) {
            // Another review: its own ids, so the state is read back as a link would be.
            self.write(&next, true);
            self.reload();
            return;
        }
        self.write(&next, true);
        self.ignored.set(Vec::new());
        self.state.set(next);
    }

    /// Shows `next` in place of the current entry: for typing, which must not fill the history.
    pub fn replace(&self, next: ViewState) {
        if self.state.with_untracked(|state| *state == next) {
            return;
        }
        self.write(&next, false);
        self.state.set(next);
    }

    /// The absolute address of `state`, for sharing and exports.
    pub fn absolute(&self, state: &ViewState) -> String {
        format!("{}{}", window().location().origin().unwrap_or_default(), href(state))
    }

    /// The address of `state`, for links.
    pub fn href(&self, state: &ViewState) -> String {
        href(state)
    }

    /// Puts `state` in the address bar, as a new entry or in place of the current one.
    fn write(&self, state: &ViewState, new_entry: bool) {
        let url = href(state);
        let location = window().location();
        let current = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
        if !new_entry && current == url {
            return;
        }
        let Ok(history) = window().history() else {
            return;
        };
        let _ = if new_entry {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}

/// The view state of the app being rendered.
pub fn use_location() -> Location {
    expect_context()
}

/// The path of the page plus the query of `state`: links stay inside whatever folder the app is
/// served from.
fn href(state: &ViewState) -> String {
    let path = window().location().pathname().unwrap_or_else(|_| "./".into());
    match state.to_query() {
        query if query.is_empty() => path,
        query => format!("{path}?{query}"),
    }
}

/// The state of the address bar and the model of its review, its ids checked against that model.
/// A review this browser does not have opens the bundled story, and the notice says so.
fn read(reviews: &Reviews) -> (ViewState, Vec<Ignored>, &'static Model) {
    let search = window().location().search().unwrap_or_default();
    let wanted = ViewState::review_in(&search);
    let found = reviews.model(wanted.as_deref());
    let model = found.unwrap_or_else(|| reviews.bundled());
    let (mut state, mut ignored) = ViewState::parse(&search, model.corpus);
    if found.is_none() {
        state.review = None;
        ignored.insert(0, Ignored { key: "review".into(), reason: Reason::NotStored });
    }
    (state, ignored, model)
}
