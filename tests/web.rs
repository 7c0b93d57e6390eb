//! The app in a real browser (headless Chromium through wasm-bindgen-test-runner): mounted on
//! a link, it shows that state, and a click on a view link changes the address and the view.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use rassegna_app::{App, Model};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets effects, animation frames and history events run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50).unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

fn query(selector: &str) -> Option<web_sys::Element> {
    document().query_selector(selector).unwrap()
}

#[wasm_bindgen_test]
async fn opens_the_reader_on_a_sentence_link_and_follows_view_links() {
    let model = Model::bundled();
    let cnn = model.corpus.documents.iter().find(|d| d.meta.outlet.as_deref() == Some("CNN")).unwrap();
    let history = window().history().unwrap();
    let link = format!("?view=sources&doc={}&s=12&lang=en&junk=1", cnn.id);
    history.replace_state_with_url(&JsValue::NULL, "", Some(&link)).unwrap();

    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), move || view! { <App model=model /> });
    settle().await;

    let sentences = host.query_selector_all(".reader .sentence").unwrap();
    assert_eq!(sentences.length() as usize, cnn.sentences.len(), "every sentence is rendered");
    let selected = query("#s12").expect("sentence 12 has its id");
    assert!(selected.class_list().contains("sentence--selected"));
    assert!(selected.text_content().unwrap().contains(cnn.sentence_text(11)));
    assert_eq!(document().active_element(), Some(selected), "focus moves to the highlighted sentence");
    assert_eq!(host.query_selector_all(".sentence--selected").unwrap().length(), 1);
    assert_eq!(document().title(), "Sources · Rassegna");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
    let search = window().location().search().unwrap();
    assert_eq!(search, format!("?view=sources&doc={}&s=12&lang=en", cnn.id), "the address is normalised");
    assert!(host.text_content().unwrap().contains("«junk» (unknown parameter)"), "the ignored key is said");

    let quotes: web_sys::HtmlElement = query(".tabs__link").unwrap().unchecked_into();
    assert_eq!(quotes.text_content().as_deref(), Some("Quotes"));
    quotes.click();
    settle().await;
    assert_eq!(window().location().search().unwrap(), "?lang=en");
    assert!(query(".reader").is_none());
    assert_eq!(query(".tabs__link[aria-current=page]").unwrap().text_content().as_deref(), Some("Quotes"));

    history.back().unwrap();
    settle().await;
    assert!(query("#s12").is_some_and(|s| s.class_list().contains("sentence--selected")), "back restores the reader");

    drop(handle);
    host.remove();
}

/// Mounts the app on `link` over `model`, lets it render, and gives back its host element.
async fn mount_on(link: &str, model: &'static Model) -> (web_sys::HtmlElement, impl Drop) {
    let mounted = mount(link, model);
    settle().await;
    mounted
}

/// Mounts the app on `link` over `model`; its effects have yet to run.
fn mount(link: &str, model: &'static Model) -> (web_sys::HtmlElement, impl Drop) {
    window().history().unwrap().replace_state_with_url(&JsValue::NULL, "", Some(link)).unwrap();
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), move || view! { <App model=model /> });
    (host, handle)
}

/// Markup and script that a forged article might carry, in its metadata, quotations and prose.
const HOSTILE_ARTICLE: &str = "title: <img src=x onerror=\"window.pwned='title'\">Titolo
date: 2024-06-19
lang: it

Il 19 giugno 2024 Vladimir Putin ha detto: «<img src=x onerror=\"window.pwned='quote'\"> non è un'immagine </script><script>window.pwned='script'</script>».

La Russia sostiene la <b onmouseover=\"window.pwned='prose'\">cooperazione</b> militare con Pyongyang, ha dichiarato Putin il 20 giugno 2024.
";

#[wasm_bindgen_test]
async fn text_from_articles_is_shown_as_text_never_as_markup() {
    let story = rassegna_engine::Meta::parse_sidecar("title: <script>window.pwned='story'</script>").0;
    let model = Model::new(vec![rassegna_engine::Document::parse("hostile", HOSTILE_ARTICLE)], story);
    assert!(!model.corpus.quotes.is_empty(), "the hostile quotation is extracted, so its card is rendered");

    for link in ["?q=img", "?view=sources&doc=hostile&s=1", "?view=timeline", "?view=stances", "?view=sources"] {
        let (host, handle) = mount_on(link, model).await;
        let html = host.inner_html();
        let injected = host.query_selector_all("img, script, b, [onerror], [onmouseover]").unwrap();
        assert_eq!(injected.length(), 0, "{link}: no element comes from the article's text: {html}");
        let pwned = js_sys::Reflect::get(&window(), &JsValue::from_str("pwned")).unwrap();
        assert!(pwned.is_undefined(), "{link}: no script from the article ran (window.pwned = {pwned:?})");
        let text = host.text_content().unwrap_or_default();
        if link != "?view=stances" {
            assert!(text.contains("<img src=x onerror="), "{link}: the markup is shown as the text it is: {text}");
        }
        drop(handle);
        host.remove();
    }
}

/// A corpus of about 2,000 quotations by hundreds of speakers, made from the bundled articles.
fn large_model() -> &'static Model {
    let sources =
        [include_str!("../documents/000_def9c4dbf8ca3602.txt"), include_str!("../documents/004_5e1b73382cb6678f.txt")];
    let synthetic = rassegna_bench::Synthetic::with_quotes(&sources, include_str!("../data/gazetteer.txt"), 2_000);
    Model::with_gazetteer(synthetic.documents(), rassegna_engine::Meta::default(), &synthetic.gazetteer)
}

fn attribute(element: &web_sys::Element, name: &str) -> usize {
    element.get_attribute(name).and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("no numeric {name}"))
}

#[wasm_bindgen_test]
async fn long_lists_render_a_window_that_follows_scrolling_and_links() {
    let model = large_model();
    let total = model.corpus.quotes.len();
    assert!(total > 1_000, "{total} quotations");

    let (host, handle) = mount_on("?", model).await;
    let cards = || host.query_selector_all(".quote-card").unwrap().length() as usize;
    let items = || host.query_selector_all(".quotes__list > li").unwrap();
    assert!(cards() <= 30, "{} cards rendered of {total}", cards());
    let first = items().item(0).unwrap().unchecked_into::<web_sys::Element>();
    assert_eq!((attribute(&first, "aria-posinset"), attribute(&first, "aria-setsize")), (1, total));

    // Scrolling far down renders the cards there, and still only a window of them.
    window().scroll_to_with_x_and_y(0.0, 100_000.0);
    window().dispatch_event(&web_sys::Event::new("scroll").unwrap()).unwrap();
    settle().await;
    let first = items().item(0).unwrap().unchecked_into::<web_sys::Element>();
    assert!(attribute(&first, "aria-posinset") > 100, "the window followed the scroll");
    assert!(cards() <= 30, "{} cards after scrolling", cards());

    // Hundreds of speakers fold to the most quoted, and unfold on demand.
    let speaker_options = || host.query_selector_all(".facet:first-child .facet__option").unwrap().length() as usize;
    assert_eq!(speaker_options(), 12);
    host.query_selector(".facet:first-child .facets__unfold")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    settle().await;
    assert!(speaker_options() > 200, "{} speakers unfolded", speaker_options());

    // Far down the list, a filter (the most quoted speaker's: a list still windowed) shows its
    // first results, in view.
    window().scroll_to_with_x_and_y(0.0, 100_000.0);
    window().dispatch_event(&web_sys::Event::new("scroll").unwrap()).unwrap();
    settle().await;
    host.query_selector(".facet:first-child .facet__option input")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    settle().await;
    settle().await;
    let first = items().item(0).unwrap().unchecked_into::<web_sys::Element>();
    assert!(attribute(&first, "aria-setsize") > 60, "the filtered list is still windowed");
    assert_eq!(attribute(&first, "aria-posinset"), 1, "a new filter's results start at the first");
    let top = first.get_bounding_client_rect().top();
    let height = window().inner_height().unwrap().as_f64().unwrap();
    assert!((0.0..height).contains(&top), "the first result is in view (top {top}, viewport {height})");
    drop(handle);
    host.remove();

    // A link to a card far down the list (and far from its end, where the window stops) opens on it.
    let far = &model.corpus.quotes[total / 2].id;
    let link = format!("?quote={far}");
    window().scroll_to_with_x_and_y(0.0, 0.0);
    let (host, handle) = mount(&link, model);
    let linked = || host.query_selector(&format!("#card-{far}")).unwrap().is_some();
    for _ in 0..10 {
        JsFuture::from(js_sys::Promise::resolve(&JsValue::NULL)).await.unwrap();
    }
    assert!(linked(), "the linked card is rendered before the next frame");
    // A scroll event from before the card is scrolled to (the page was at the top) must not take
    // the window back there; nor one after, when the window measures real card heights, which
    // differ from the estimate its padding was drawn with.
    window().dispatch_event(&web_sys::Event::new("scroll").unwrap()).unwrap();
    settle().await;
    assert!(linked(), "the linked card is rendered once scrolled to");
    window().dispatch_event(&web_sys::Event::new("scroll").unwrap()).unwrap();
    settle().await;
    assert!(linked(), "the linked card stays rendered");
    drop(handle);
    host.remove();

    // The timeline is windowed too.
    let (host, handle) = mount_on("?view=timeline", model).await;
    let entries = host.query_selector_all(".timeline > li").unwrap().length() as usize;
    assert!(model.corpus.timeline.len() > 100 && entries <= 30, "{entries} of {} entries", model.corpus.timeline.len());
    drop(handle);
    host.remove();
    window().scroll_to_with_x_and_y(0.0, 0.0);
}
