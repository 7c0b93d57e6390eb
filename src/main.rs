use leptos::prelude::*;
use rassegna_app::{App, Model, failure};

fn main() {
    failure::install_panic_hook();
    // Before mounting, which drops the drill's unknown key from the address.
    #[cfg(debug_assertions)]
    failure::drill();
    leptos::mount::mount_to_body(|| view! { <App model=Model::bundled() /> });
}
