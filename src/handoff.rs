//! From the example to the full app. The page's first module is the app without the reader's
//! own reviews (built without the `reviews` feature): the bundled story's visitors, most of them,
//! never load the menu, the review bar, the importers, the share links or the world's gazetteer.
//! The first time a reader needs them — the Reviews button, or an address that names a review
//! (`review=`) or carries one (`#share=`) — this module unmounts the example and loads the full
//! app (`dist/full/`, built by `scripts/full-app.sh`), which mounts in its place on the same
//! address: the URL is the state, so the view the reader had is the view the full app shows.

#[cfg(not(feature = "reviews"))]
use std::{any::Any, cell::RefCell};

#[cfg(not(feature = "reviews"))]
use leptos::prelude::*;
#[cfg(not(feature = "reviews"))]
use wasm_bindgen::prelude::*;

#[cfg(not(feature = "reviews"))]
use crate::view_state::ViewState;

/// The attribute on `<html>` by which the first module asks the full app to open the Reviews menu.
pub const OPEN_REVIEWS: &str = "data-open-reviews";

#[cfg(not(feature = "reviews"))]
#[wasm_bindgen(module = "/js/handoff.js")]
extern "C" {
    #[wasm_bindgen(js_name = prepareFullApp)]
    fn prepare_full_app() -> js_sys::Promise;
}

#[cfg(not(feature = "reviews"))]
thread_local! {
    /// The mounted example: dropping it unmounts it and runs its cleanups (its listeners of the
    /// address, the storage and the keyboard), so only the full app answers them afterwards.
    static MOUNTED: RefCell<Option<Box<dyn Any>>> = const { RefCell::new(None) };
}

#[cfg(not(feature = "reviews"))]
/// Whether the address is one only the full app can show: a review's (`review=`) or a shared
/// review (`#share=`).
pub fn needed() -> bool {
    let location = window().location();
    ViewState::review_in(&location.search().unwrap_or_default()).is_some()
        || crate::share::data_in(&location.hash().unwrap_or_default()).is_some()
}

#[cfg(not(feature = "reviews"))]
/// Keeps the mounted example until the full app replaces it.
pub fn keep_mounted(handle: Box<dyn Any>) {
    MOUNTED.with(|mounted| *mounted.borrow_mut() = Some(handle));
}

#[cfg(not(feature = "reviews"))]
/// Loads the full app, then unmounts the example and starts the full app in its place, asking it
/// to open the Reviews menu if `open_reviews`. A module that cannot load (the host lacks it, or
/// the network went away since the page loaded) leaves the example as it was, and says why on the
/// console.
pub fn to_full_app(open_reviews: bool) {
    // Not Leptos's executor: before the example is mounted (an address only the full app can
    // show), it has none yet.
    wasm_bindgen_futures::spawn_local(async move {
        let start = match wasm_bindgen_futures::JsFuture::from(prepare_full_app()).await {
            Ok(start) => js_sys::Function::from(start),
            Err(error) => {
                leptos::logging::error!("the full app could not load ({error:?}): reload the page");
                return;
            }
        };
        if let Some(root) = document().document_element() {
            let _ =
                if open_reviews { root.set_attribute(OPEN_REVIEWS, "") } else { root.remove_attribute(OPEN_REVIEWS) };
        }
        drop(MOUNTED.with(|mounted| mounted.borrow_mut().take()));
        match start.call0(&JsValue::NULL) {
            Ok(started) => {
                if let Err(error) = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(started)).await {
                    leptos::logging::error!("the full app could not start ({error:?}): reload the page");
                }
            }
            Err(error) => leptos::logging::error!("the full app could not start ({error:?}): reload the page"),
        }
    });
}
