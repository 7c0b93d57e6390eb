//! The browser's address bar as the app's state: read it, follow back and forward, write it.

use leptos::prelude::*;
use rassegna_engine::Corpus;
use wasm_bindgen::JsValue;

use crate::view_state::{Ignored, ViewState};

/// The view state, kept equal to the address bar's query string.
#[derive(Clone, Copy)]
pub struct Location {
    state: RwSignal<ViewState>,
    ignored: RwSignal<Vec<Ignored>>,
}

impl Location {
    /// Reads the address bar, rewrites it to its normal form (no history entry), and follows
    /// back and forward from then on.
    pub fn new(corpus: &'static Corpus) -> Location {
        let (state, ignored) = read(corpus);
        let location = Location { state: RwSignal::new(state), ignored: RwSignal::new(ignored) };
        location.write(&location.state.get_untracked(), false);
        let listener = window_event_listener(leptos::ev::popstate, move |_| {
            let (state, ignored) = read(corpus);
            location.write(&state, false);
            location.state.set(state);
            location.ignored.set(ignored);
        });
        // An unmounted app must not keep rewriting the address of whatever replaced it.
        on_cleanup(move || listener.remove());
        location
    }

    /// The current state (tracked).
    pub fn state(&self) -> ReadSignal<ViewState> {
        self.state.read_only()
    }

    /// What the last link read had to drop (tracked).
    pub fn ignored(&self) -> ReadSignal<Vec<Ignored>> {
        self.ignored.read_only()
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

/// The state of the address bar, checked against the ids of `corpus`.
fn read(corpus: &Corpus) -> (ViewState, Vec<Ignored>) {
    let search = window().location().search().unwrap_or_default();
    ViewState::parse(&search, corpus)
}
