//! The bench build (`trunk build --all-features`, made by `make bench`, never shipped): the app
//! over a synthetic corpus of as many quotations as the page's `localStorage` asks for under
//! `rassegna-bench-quotes`, made in the browser from the bundled articles. Reading it is the
//! engine's throughput as WebAssembly, which the page leaves in `window.rassegnaBench`.

use rassegna_bench::Synthetic;
use rassegna_engine::Meta;
use wasm_bindgen::JsValue;

use crate::Model;

const QUOTES_KEY: &str = "rassegna-bench-quotes";

/// The synthetic model the bench asked for, or the bundled one when it asked for none.
pub fn model() -> &'static Model {
    let window = web_sys::window().expect("the bench runs in a browser window");
    let asked = window.local_storage().ok().flatten().and_then(|s| s.get_item(QUOTES_KEY).ok().flatten());
    let Some(quotes) = asked.and_then(|n| n.parse::<usize>().ok()) else { return Model::bundled() };
    let (sources, gazetteer) = Model::bundled_sources();
    let synthetic = Synthetic::with_quotes(&sources, gazetteer, quotes);
    let start = js_sys::Date::now();
    let story = Meta { title: Some(format!("Bench: {quotes} quotations")), ..Meta::default() };
    let model = Model::with_gazetteer(synthetic.documents(), story, &synthetic.gazetteer);
    let seconds = (js_sys::Date::now() - start) / 1000.0;
    let report = js_sys::Object::new();
    let set = |key: &str, value: f64| js_sys::Reflect::set(&report, &key.into(), &value.into());
    let _ = set("bytes", synthetic.bytes() as f64);
    let _ = set("articles", synthetic.articles.len() as f64);
    let _ = set("quotes", model.corpus.quotes.len() as f64);
    let _ = set("timeline", model.corpus.timeline.len() as f64);
    let _ = set("seconds", seconds);
    let _ = js_sys::Reflect::set(&window, &JsValue::from_str("rassegnaBench"), &report);
    model
}
