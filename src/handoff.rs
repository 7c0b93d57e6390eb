//! From the example to the full app. The page's first module is the app without the reader's
//! own reviews (built without the `reviews` feature): the bundled story's visitors, most of them,
//! never load the menu, the review bar, the importers, the share links or the world's gazetteer.
//! The first time a reader needs them, the full app (`dist/full/`, built by
//! `scripts/full-app.sh`) is loaded and mounts on the same address: the URL is the state, so the
//! view the reader had is the view the full app shows. An address that names a review
//! (`review=`) or carries one (`#share=`) starts it from `js/handoff.js` as the page loads, and
//! the example is never drawn; the Reviews button loads it from here and unmounts the example.

#[cfg(not(feature = "reviews"))]
use std::{any::Any, cell::RefCell};

#[cfg(not(feature = "reviews"))]
use leptos::prelude::*;
#[cfg(not(feature = "reviews"))]
use wasm_bindgen::prelude::*;

/// The attribute on `<html>` by which the first module asks the full app to open the Reviews menu.
pub const OPEN_REVIEWS: &str = "data-open-reviews";

#[cfg(not(feature = "reviews"))]
#[wasm_bindgen(module = "/js/handoff.js")]
extern "C" {
    #[wasm_bindgen(js_name = prepareFullApp)]
    fn prepare_full_app() -> js_sys::Promise;
    #[wasm_bindgen(js_name = addressNeedsFullApp)]
    fn address_needs_full_app() -> bool;
}

#[cfg(not(feature = "reviews"))]
thread_local! {
    /// The mounted example: dropping it unmounts it and runs its cleanups (its listeners of the
    /// address, the storage and the keyboard), so only the full app answers them afterwards.
    static MOUNTED: RefCell<Option<Box<dyn Any>>> = const { RefCell::new(None) };
}

#[cfg(not(feature = "reviews"))]
/// Whether the address is one only the full app can show: a review's (`review=`) or a shared
/// review (`#share=`). `js/handoff.js` has already started the full app for it.
pub fn needed() -> bool {
    address_needs_full_app()
}

#[cfg(not(feature = "reviews"))]
/// Keeps the mounted example until the full app replaces it.
pub fn keep_mounted(handle: Box<dyn Any>) {
    MOUNTED.with(|mounted| *mounted.borrow_mut() = Some(handle));
}

#[cfg(not(feature = "reviews"))]
/// Loads the full app, then unmounts the example and starts the full app in its place with its
/// Reviews menu open: the Reviews button's way in. A module that cannot load (the host lacks it,
/// or the network went away since the page loaded) leaves the example as it was, and says why on
/// the console.
pub fn to_full_app() {
    leptos::task::spawn_local(async move {
        let start = match wasm_bindgen_futures::JsFuture::from(prepare_full_app()).await {
            Ok(start) => js_sys::Function::from(start),
            Err(error) => {
                leptos::logging::error!("the full app could not load ({error:?}): reload the page");
                return;
            }
        };
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute(OPEN_REVIEWS, "");
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
