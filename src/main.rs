use leptos::prelude::*;
use rassegna_app::{App, Model};

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(|| view! { <App model=Model::bundled() /> });
}
