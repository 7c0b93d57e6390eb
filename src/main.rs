//! The app in the browser: the panic hook, then the app mounted over the static first view.
use leptos::prelude::*;
use rassegna_app::{App, failure};

fn main() {
    failure::install_panic_hook();
    // Before mounting, which drops the drill's unknown key from the address.
    #[cfg(debug_assertions)]
    failure::drill();
    #[cfg(not(feature = "bench"))]
    let model = rassegna_app::Model::bundled();
    #[cfg(feature = "bench")]
    let model = rassegna_app::bench::model();
    // The static first view that index.html shows while the wasm loads (scripts/first-view.mjs).
    if let Some(first_view) = document().query_selector(".first-view").ok().flatten() {
        first_view.remove();
    }
    leptos::mount::mount_to_body(move || view! { <App model=model /> });
}
