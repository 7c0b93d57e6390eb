//! The app in the browser: the panic hook, then the app mounted over the static first view.
//!
//! Built twice (see `Cargo.toml`'s `reviews` feature): the page's first module shows the example
//! and hands over to the full app (`rassegna_app::handoff`) when a reader needs their reviews;
//! the full app, built with `reviews`, mounts wherever it is started.
use leptos::prelude::*;
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
    // A review carried by a shared link (`#share=…`): decoded first, so that the app's first view
    // is the review's rather than the example's.
    #[cfg(feature = "reviews")]
    if let Some(data) = rassegna_app::share::data_in(&window().location().hash().unwrap_or_default()).map(str::to_owned)
    {
        wasm_bindgen_futures::spawn_local(async move {
            mount(Some(rassegna_app::share::decode(&data).await.ok()));
        });
        return;
    }
    mount(None);
}

/// Mounts the app over the static first view, with the review a shared link carried, if any.
fn mount(shared: Option<Option<String>>) {
    // The bundled story is read when first shown: a link to a reader's review never reads it.
    #[cfg(not(feature = "bench"))]
    let example = None;
    #[cfg(feature = "bench")]
    let example = Some(rassegna_app::bench::model());
    // The static first view that index.html shows while the wasm loads (scripts/first-view.mjs).
    if let Some(first_view) = document().query_selector(".first-view").ok().flatten() {
        first_view.remove();
    }
    let body = document().body().expect("a page has a body");
    let mounted = leptos::mount::mount_to(body, move || view! { <App model=example shared=shared /> });
    #[cfg(not(feature = "reviews"))]
    rassegna_app::handoff::keep_mounted(Box::new(mounted));
    #[cfg(feature = "reviews")]
    mounted.forget();
}
