//! What the reader sees when the app crashes: a panel that says so and offers a reload, in place
//! of a page that silently stops answering.
//!
//! A panic in WebAssembly aborts the module, and Leptos can no longer render anything, so the
//! panel is built with plain DOM calls from the panic hook. Its reload action is a link to the
//! current address, which works without any script: the view the reader was on comes back.

use wasm_bindgen::JsCast;

use crate::i18n::Strings;
use crate::lang::Lang;

/// Reports a panic on the console (with its message and place) and shows the failure panel.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panel();
    }));
}

/// Shows the panel once, in the language the page was showing.
fn show_panel() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let (Some(body), Ok(None)) = (document.body(), document.query_selector(".failure")) else {
        return;
    };
    let root = document.document_element();
    let lang = root.as_ref().and_then(|root| root.get_attribute("lang")).and_then(|code| Lang::from_code(&code));
    let t = Strings::of(lang.unwrap_or(Lang::It));
    let here = document.location().and_then(|location| location.href().ok()).unwrap_or_else(|| "./".into());

    let element = |tag: &str, class: &str, text: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_class_name(class);
        element.set_text_content(Some(text));
        Some(element)
    };
    let Some(panel) = element("section", "failure", "") else {
        return;
    };
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("aria-labelledby", "failure-title");
    let title = element("h2", "failure__title", t.failure_title);
    if let Some(title) = &title {
        title.set_id("failure-title");
    }
    let text = element("p", "failure__text", t.failure_text);
    let reload = element("a", "button button--primary failure__reload", t.reload);
    if let Some(reload) = &reload {
        let _ = reload.set_attribute("href", &here);
    }
    for child in [title, text, reload].into_iter().flatten() {
        let _ = panel.append_child(&child);
    }
    let _ = body.prepend_with_node_1(&panel);
    // The app behind no longer answers: out of reach of the keyboard and screen readers.
    if let Ok(Some(app)) = document.query_selector(".app") {
        let _ = app.set_attribute("inert", "");
    }
    if let Some(reload) = panel.query_selector("a").ok().flatten() {
        let _ = reload.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Debug builds only: `?debug-panic` in the address makes the running app panic, to see and test
/// the panel. Release builds have no such switch.
#[cfg(debug_assertions)]
pub fn drill() {
    let asked = web_sys::window()
        .and_then(|window| window.location().search().ok())
        .is_some_and(|search| search.split(['?', '&']).any(|part| part == "debug-panic"));
    if asked {
        leptos::prelude::set_timeout(
            || panic!("failure drill: ?debug-panic asked for a panic"),
            std::time::Duration::from_millis(300),
        );
    }
}
