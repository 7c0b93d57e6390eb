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

/// Waits until `selector` is on the page, a tick at a time, for at most two seconds: reading an
/// article runs the engine, whose time in a debug build on a busy machine no fixed tick bounds.
async fn until_present(selector: &str) {
    for _ in 0..40 {
        if query(selector).is_some() {
            return;
        }
        settle().await;
    }
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
    let handle = leptos::mount::mount_to(host.clone(), move || view! { <App model=Some(model) /> });
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
    let handle = leptos::mount::mount_to(host.clone(), move || view! { <App model=Some(model) /> });
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

/// Sets a text box's value and tells the page, as typing or pasting does.
fn type_into(selector: &str, value: &str) {
    let element = query(selector).unwrap_or_else(|| panic!("no {selector}"));
    match element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        Some(area) => area.set_value(value),
        None => element.unchecked_ref::<web_sys::HtmlInputElement>().set_value(value),
    }
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    element.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

fn value_of(selector: &str) -> String {
    query(selector).unwrap_or_else(|| panic!("no {selector}")).unchecked_into::<web_sys::HtmlInputElement>().value()
}

fn text_of(selector: &str) -> String {
    query(selector).unwrap_or_else(|| panic!("no {selector}")).text_content().unwrap_or_default()
}

/// The button whose text is `label`.
fn button(host: &web_sys::Element, label: &str) -> web_sys::HtmlElement {
    let buttons = host.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .find(|b| b.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no button {label:?}"))
        .unchecked_into()
}

/// Drops files of these names and contents on `target`, as a reader dragging them from a folder.
fn drop_files(target: &web_sys::Element, files: &[(&str, &str)]) {
    let transfer = web_sys::DataTransfer::new().unwrap();
    for (name, content) in files {
        let parts = js_sys::Array::of1(&JsValue::from_str(content));
        let file = web_sys::File::new_with_str_sequence(&parts, name).unwrap();
        transfer.items().add_with_file(&file).unwrap();
    }
    let init = web_sys::DragEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_data_transfer(Some(&transfer));
    target.dispatch_event(&web_sys::DragEvent::new_with_event_init_dict("drop", &init).unwrap()).unwrap();
}

const PASTED: &str = "Ponte sul Tavella, <img src=x onerror=\"window.pwned='title'\"> via ai lavori
(ANSA) - BORGO TAVELLA, 12 marzo 2024 - Il sindaco Carlo Renzetti ha detto ieri: «Il ponte riaprirà a maggio».

L’assessora Chiara Montieri ha spiegato che i lavori saranno «rapidi» <script>window.pwned='text'</script>.
";

const SAVED_PAGE: &str = r#"<html lang="it"><head><title>Sciopero | Notizie Lampo</title>
<meta property="og:site_name" content="Notizie Lampo"><meta property="article:published_time" content="2024-03-08T07:00:00Z">
<link rel="canonical" href="https://notizielampo.example/sciopero"><script>window.pwned = 'page';</script></head>
<body><nav><p>Home · Cronaca</p></nav><article><h1>Treni fermi per lo sciopero</h1>
<p>«Adesione al 70%», ha detto Marta Bellini della Filt.</p><p>Il servizio riprende domani.</p></article></body></html>"#;

#[wasm_bindgen_test]
async fn the_add_articles_panel_reads_a_paste_and_dropped_files_previews_them_and_hands_them_over() {
    use rassegna_app::AddArticles;
    use rassegna_app::lang::{Lang, UiLang};
    use rassegna_engine::{Meta, PartialDate};

    let received = RwSignal::new(Vec::<Vec<(Meta, String)>>::new());
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), move || {
        provide_context(UiLang(Memo::new(|_| Lang::En)));
        let on_add = Callback::new(move |articles| {
            received.update(|all| all.push(articles));
            Ok(())
        });
        view! { <AddArticles gazetteer=&Model::bundled().corpus.gazetteer on_add=on_add /> }
    });
    settle().await;
    assert_eq!(query("label[for=add-articles-paste]").unwrap().text_content().as_deref(), Some("Article text"));

    // A pasted text: its first line is the title, its dateline gives the agency and the date.
    type_into("#add-articles-paste", PASTED);
    button(&host, "Read the text").click();
    settle().await;
    until_present("#add-0-title").await;
    assert_eq!(
        value_of("#add-0-title"),
        "Ponte sul Tavella, <img src=x onerror=\"window.pwned='title'\"> via ai lavori"
    );
    assert_eq!(value_of("#add-0-outlet"), "ANSA");
    assert_eq!(value_of("#add-0-date"), "2024-03-12");
    assert_eq!(value_of("#add-articles-paste"), "", "the box is ready for the next text");
    assert_eq!(document().active_element().map(|e| e.id()).as_deref(), Some("add-0-title"), "focus is on the form");
    assert!(text_of("#add-0-date-hint").contains("counted from this one"), "the form says what the date is for");
    let entry = query(".add-entry").unwrap();
    let said = entry.text_content().unwrap();
    assert!(said.contains("2 paragraphs · 3 quotes"), "the title line is the title, not a paragraph: {said}");
    assert_eq!(text_of(".add-entry__speakers"), "Carlo Renzetti, Chiara Montieri");
    // "ieri" and "a maggio" resolve against the article's date.
    assert_eq!(text_of(".add-entry__dates"), "11 March 2024, 12 March 2024, May 2024");

    // A wrong date is said, and changing it changes what the relative dates mean.
    type_into("#add-0-date", "12 marzo");
    settle().await;
    assert_eq!(query("#add-0-date").unwrap().get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(text_of("#add-0-date-error").starts_with("Write the date as 2024-03-12"));
    assert!(
        text_of(".add-entry")
            .contains("2 relative dates (“ieri”, “lunedì”…) cannot be placed without the article’s date")
    );
    type_into("#add-0-date", "2024-06-01");
    settle().await;
    assert_eq!(query("#add-0-date").unwrap().get_attribute("aria-invalid"), None);
    // "riaprirà a maggio", said on 1 June, is next May.
    assert_eq!(text_of(".add-entry__dates"), "12 March 2024, 31 May 2024, May 2025");

    // Dropped files: a saved page, and a PDF that is refused with a reason.
    drop_files(&query(".add-articles").unwrap(), &[("sciopero.html", SAVED_PAGE), ("scansione.pdf", "%PDF-1.7")]);
    settle().await;
    settle().await;
    until_present("#add-1-title").await;
    assert_eq!(value_of("#add-1-title"), "Treni fermi per lo sciopero");
    assert_eq!(value_of("#add-1-outlet"), "Notizie Lampo");
    assert_eq!(value_of("#add-1-date"), "2024-03-08");
    assert_eq!(value_of("#add-1-url"), "https://notizielampo.example/sciopero");
    assert_eq!(value_of("#add-1-lang"), "it");
    let pdf = host.query_selector_all(".add-entry").unwrap().item(2).unwrap().text_content().unwrap();
    assert!(
        pdf.contains("scansione.pdf") && pdf.contains(".pdf files cannot be read: save the article as .txt"),
        "{pdf}"
    );

    // Nothing from the text or the page became markup, and nothing ran.
    assert_eq!(host.query_selector_all("img, script, [onerror]").unwrap().length(), 0, "{}", host.inner_html());
    let pwned = js_sys::Reflect::get(&window(), &JsValue::from_str("pwned")).unwrap();
    assert!(pwned.is_undefined(), "no script ran (window.pwned = {pwned:?})");

    // An address that is not http(s) stops adding, and says where.
    type_into("#add-1-url", "javascript:alert(1)");
    settle().await;
    button(&host, "Add 2 articles").click();
    settle().await;
    assert!(received.get_untracked().is_empty(), "nothing is added with a field to fix");
    assert_eq!(text_of(".add-articles__status"), "Fix the marked fields before adding.");
    assert_eq!(document().active_element().map(|e| e.id()).as_deref(), Some("add-1-url"));
    type_into("#add-1-url", "https://notizielampo.example/sciopero");
    settle().await;
    button(&host, "Add 2 articles").click();
    settle().await;

    let received = received.get_untracked();
    assert_eq!(received.len(), 1, "one call");
    let [(pasted, pasted_text), (page, page_text)] = &received[0][..] else {
        panic!("two articles: {:?}", received[0])
    };
    assert_eq!(pasted.outlet.as_deref(), Some("ANSA"));
    assert_eq!(pasted.date, PartialDate::parse_iso("2024-06-01"), "the date as the reader corrected it");
    assert!(
        pasted_text.starts_with("(ANSA) - BORGO TAVELLA") && pasted_text.contains("<script>"),
        "the text as pasted"
    );
    assert!(pasted.title.as_deref().is_some_and(|t| t.contains("<img src=x")), "the title as text");
    assert_eq!(page.title.as_deref(), Some("Treni fermi per lo sciopero"));
    assert_eq!(page.url.as_deref(), Some("https://notizielampo.example/sciopero"));
    assert_eq!(page_text, "«Adesione al 70%», ha detto Marta Bellini della Filt.\n\nIl servizio riprende domani.");
    assert_eq!(text_of(".add-articles__status"), "2 articles added.");
    assert_eq!(document().active_element().map(|e| e.id()).as_deref(), Some("add-articles-paste"));
    assert_eq!(host.query_selector_all(".add-entry").unwrap().length(), 1, "the refused file stays, with its reason");

    drop(handle);
    host.remove();
}
