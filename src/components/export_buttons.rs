use leptos::prelude::*;
use rassegna_engine::Quote;
use wasm_bindgen::{JsCast, JsValue};

use crate::export::{to_csv, to_json};
use crate::i18n::use_strings;
use crate::location::use_location;
use crate::model::use_corpus;
use crate::view_state::{View, ViewState};

/// Downloads the cards of the current view as CSV or JSON, made in the browser.
#[component]
pub fn ExportButtons(#[prop(into)] quotes: Signal<Vec<usize>>) -> impl IntoView {
    let t = use_strings();
    let location = use_location();
    let corpus = use_corpus();
    let export = move |format: Format| {
        let selected: Vec<&Quote> = quotes.get_untracked().into_iter().map(|i| &corpus.quotes[i]).collect();
        let lang = location.state().with_untracked(|s| s.lang);
        let links: Vec<String> = selected
            .iter()
            .map(|q| {
                location.absolute(&ViewState {
                    quote: Some(q.id.clone()),
                    lang,
                    ..ViewState::default().with_view(View::Quotes)
                })
            })
            .collect();
        let (content, mime, name) = match format {
            Format::Csv => (to_csv(corpus, &selected, &links), "text/csv;charset=utf-8", "rassegna-citazioni.csv"),
            Format::Json => (to_json(corpus, &selected, &links), "application/json", "rassegna-citazioni.json"),
        };
        download(&content, mime, name);
    };
    view! {
        <div class="export">
            <button type="button" class="button button--quiet" on:click=move |_| export(Format::Csv)>
                {move || t.get().export_csv}
            </button>
            <button type="button" class="button button--quiet" on:click=move |_| export(Format::Json)>
                {move || t.get().export_json}
            </button>
        </div>
    }
}

#[derive(Clone, Copy)]
enum Format {
    Csv,
    Json,
}

/// Offers `content` as a file through a temporary link to a blob.
pub(crate) fn download(content: &str, mime: &str, name: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(link) = document().create_element("a") {
        let link: web_sys::HtmlAnchorElement = link.unchecked_into();
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // The download starts from the link; the blob can go once it has.
    set_timeout(move || drop(web_sys::Url::revoke_object_url(&url)), std::time::Duration::from_secs(10));
}
