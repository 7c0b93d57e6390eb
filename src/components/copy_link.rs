use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::use_strings;

/// The link icon of the button, also drawn by the static first view (crate::first_view).
pub const COPY_LINK_ICON: &str =
    "M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1";

/// Copies the page's address (the whole view state) and says so, to eyes and screen readers.
#[component]
pub fn CopyLinkButton() -> impl IntoView {
    let t = use_strings();
    // None: nothing said yet; Some(true): copied; Some(false): the browser refused.
    let outcome = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let href = window().location().href().unwrap_or_default();
        let promise = window().navigator().clipboard().write_text(&href);
        spawn_local(async move {
            let copied = JsFuture::from(promise).await.is_ok();
            outcome.set(Some(copied));
            set_timeout(move || outcome.set(None), std::time::Duration::from_secs(3));
        });
    };
    view! {
        <span class="copy-link">
            <button type="button" class="button" on:click=copy>
                <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
                    <path d=COPY_LINK_ICON />
                </svg>
                {move || t.get().copy_link}
            </button>
            <span class="copy-link__status" role="status">
                {move || match outcome.get() {
                    Some(true) => t.get().link_copied,
                    Some(false) => t.get().copy_failed,
                    None => "",
                }}
            </span>
        </span>
    }
}
