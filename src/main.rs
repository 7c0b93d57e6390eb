//! The app in the browser: the panic hook, then the app mounted over the static first view.
//!
//! Built twice (see `Cargo.toml`'s `reviews` feature): the page's first module shows the example
//! and hands over to the full app (`rassegna_app::handoff`) when a reader needs their reviews;
//! the full app, built with `reviews`, mounts wherever it is started.
use leptos::prelude::*;
use rassegna_app::reviews::Opening;
use rassegna_app::{App, failure};

fn main() {
    failure::install_panic_hook();
    // Before mounting, which drops the drill's unknown key from the address.
    #[cfg(debug_assertions)]
    failure::drill();
    // An address only the full app can show: js/handoff.js loads and starts it, and the example
    // is not drawn.
    #[cfg(not(feature = "reviews"))]
    if rassegna_app::handoff::needed() {
        return;
    }
    // A review of the reader's, carried by a shared link (`#share=…`) or stored here: read
    // first (a long one with its progress and first cards on screen), so that the app's first
    // view is the review's rather than the example's.
    #[cfg(feature = "reviews")]
    if let Some(opening) = rassegna_app::opening::of_address() {
        wasm_bindgen_futures::spawn_local(async move { mount(Some(opening.await)) });
        return;
    }
    mount(None);
}

/// Mounts the app over the static first view, with the review of the reader's it opens, if any.
fn mount(opening: Option<Opening>) {
    // The bundled story's model is made when first shown: a link to a reader's review never
    // makes it.
    #[cfg(not(feature = "bench"))]
    let example = None;
    #[cfg(feature = "bench")]
    let example = Some(rassegna_app::bench::model());
    // The static first view that index.html shows while the wasm loads (scripts/first-view.mjs),
    // or the first cards and progress of a long review (src/opening.rs).
    while let Some(first_view) = document().query_selector(".first-view, .opening").ok().flatten() {
        first_view.remove();
    }
    let body = document().body().expect("a page has a body");
    let mounted = leptos::mount::mount_to(body, move || view! { <App model=example opening=opening /> });
    #[cfg(not(feature = "reviews"))]
    rassegna_app::handoff::keep_mounted(Box::new(mounted));
    #[cfg(feature = "reviews")]
    mounted.forget();
}
