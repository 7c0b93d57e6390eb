//! The Sources view: the bundled articles, and a reader in which every sentence has a link.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use rassegna_engine::Document;
use wasm_bindgen::JsCast;

use crate::components::copy_link::CopyLinkButton;
use crate::components::state_link::StateLink;
use crate::i18n::fill;
use crate::i18n::use_strings;
use crate::location::use_location;
use crate::model::use_corpus;
use crate::view_state::{View, ViewState};

/// The list of articles and, when one is chosen, the reader.
#[component]
pub fn SourcesView() -> impl IntoView {
    let location = use_location();
    let t = use_strings();
    let state = location.state();
    let corpus = use_corpus();
    let open = Memo::new(move |_| state.with(|s| s.doc.clone()));
    let selected = Signal::derive(move || state.with(|s| s.sentence));

    view! {
        <div class="sources" class:sources--reading=move || open.with(Option::is_some)>
            <h1 class="visually-hidden">{move || t.get().view_names.of(View::Sources)}</h1>
            <section class="doc-list" aria-labelledby="doc-list-title">
                <h2 id="doc-list-title" class="section-title">{move || t.get().articles}</h2>
                <Show when=move || open.with(Option::is_none)>
                    <p class="doc-list__hint">{move || t.get().choose_article}</p>
                </Show>
                <ul class="doc-list__items">
                    {corpus.documents.iter().map(|doc| view! { <DocCard doc=doc open=open /> }).collect_view()}
                </ul>
            </section>
            {move || {
                open.get()
                    .and_then(|id| corpus.document(&id))
                    .map(|doc| view! { <Reader doc=doc selected=selected /> })
            }}
        </div>
    }
}

/// An article in the list: outlet, title, date, size; a link that opens it in the reader.
#[component]
fn DocCard(doc: &'static Document, open: Memo<Option<String>>) -> impl IntoView {
    let location = use_location();
    let t = use_strings();
    let state = location.state();
    let to =
        Signal::derive(move || ViewState { doc: Some(doc.id.clone()), ..state.with(|s| s.with_view(View::Sources)) });
    let is_open = move || open.with(|id| id.as_deref() == Some(doc.id.as_str()));
    view! {
        <li class="doc-card" class:doc-card--open=is_open>
            <StateLink to=to attr:class="doc-card__link" attr:aria-current=move || is_open().then_some("true")>
                <span class="doc-card__outlet">
                    {move || doc.meta.outlet.clone().unwrap_or_else(|| t.get().unknown_outlet.into())}
                </span>
                <span class="doc-card__title" lang=doc.meta.lang.clone()>{title(doc)}</span>
                <span class="doc-card__meta">
                    <DocDate doc=doc />
                    " · "
                    {move || fill(t.get().paragraphs, doc.paragraphs.len())}
                    " · "
                    {move || fill(t.get().sentences, doc.sentences.len())}
                </span>
            </StateLink>
        </li>
    }
}

/// An article's date as a `<time>`, at its precision.
#[component]
fn DocDate(doc: &'static Document) -> impl IntoView {
    let t = use_strings();
    match doc.meta.date {
        Some(date) => view! { <time datetime=date.to_string()>{move || t.get().date(date)}</time> }.into_any(),
        None => view! { <span>{move || t.get().unknown_date}</span> }.into_any(),
    }
}

/// The article's title, or the start of its first sentence where it has none.
fn title(doc: &Document) -> String {
    if let Some(title) = &doc.meta.title {
        return title.clone();
    }
    let first = doc.sentences.first().map(|s| s.span.of(&doc.text)).unwrap_or(&doc.id);
    match first.char_indices().nth(80) {
        Some((cut, _)) => format!("{}…", &first[..cut]),
        None => first.to_owned(),
    }
}

/// An article in full. Each sentence has an id (`s1`, `s2`, …) and a link of its own; the selected
/// one is highlighted, scrolled to and focused.
#[component]
pub fn Reader(
    /// The article.
    doc: &'static Document,
    /// The highlighted sentence, by index from 0.
    #[prop(into)]
    selected: Signal<Option<usize>>,
) -> impl IntoView {
    let location = use_location();
    let t = use_strings();
    let state = location.state();
    let lang = doc.meta.lang.clone();
    let back = Signal::derive(move || state.with(|s| s.with_view(View::Sources)));
    let unselect = Signal::derive(move || ViewState { sentence: None, ..state.get() });

    Effect::new(move |_| {
        if let Some(index) = selected.get() {
            request_animation_frame(move || show_sentence(index));
        }
    });

    let paragraphs = doc
        .paragraphs
        .iter()
        .map(|paragraph| {
            let sentences = (paragraph.first_sentence..paragraph.first_sentence + paragraph.sentence_count)
                .map(|index| view! { <SentenceText doc=doc index=index selected=selected /> " " })
                .collect_view();
            view! { <p class="reader__paragraph">{sentences}</p> }
        })
        .collect_view();

    view! {
        <article class="reader" aria-labelledby="reader-title">
            <header class="reader__header">
                <StateLink to=back attr:class="reader__back">
                    <span aria-hidden="true">"← "</span>
                    {move || t.get().all_articles}
                </StateLink>
                <p class="reader__outlet">
                    {move || doc.meta.outlet.clone().unwrap_or_else(|| t.get().unknown_outlet.into())}
                    " · "
                    <DocDate doc=doc />
                </p>
                <h2 id="reader-title" class="reader__title" lang=lang.clone()>{title(doc)}</h2>
                <p class="reader__facts">
                    {move || (doc.meta.lang.as_deref() == Some("it")).then(|| format!("{} · ", t.get().article_language))}
                    {move || fill(t.get().paragraphs, doc.paragraphs.len())}
                    " · "
                    {move || fill(t.get().sentences, doc.sentences.len())}
                </p>
            </header>
            <div class="reader__body" lang=lang>{paragraphs}</div>
            <Show when=move || selected.get().is_some()>
                <div class="reader__selection" role="group" aria-label=move || t.get().highlighted_sentence>
                    <span class="reader__selection-label">
                        {move || selected.get().map(|i| fill(t.get().sentence_n, i + 1))}
                    </span>
                    <CopyLinkButton />
                    <StateLink to=unselect attr:class="button button--quiet">
                        {move || t.get().close}
                    </StateLink>
                </div>
            </Show>
        </article>
    }
}

/// One sentence: its text, selectable by a click, and its link.
#[component]
fn SentenceText(doc: &'static Document, index: usize, selected: Signal<Option<usize>>) -> impl IntoView {
    let location = use_location();
    let t = use_strings();
    let state = location.state();
    let to = Signal::derive(move || ViewState { sentence: Some(index), ..state.get() });
    let is_selected = move || selected.get() == Some(index);
    // A click on the words selects the sentence, unless the reader was selecting text to copy.
    let select = move |event: MouseEvent| {
        let selecting_text = window().get_selection().ok().flatten().is_some_and(|s| !s.is_collapsed());
        if !event.default_prevented() && !selecting_text {
            location.push(to.get_untracked());
        }
    };
    view! {
        <span id=format!("s{}", index + 1) class="sentence" class:sentence--selected=is_selected tabindex="-1" on:click=select>
            <Show when=is_selected>
                <span class="visually-hidden">{move || t.get().highlighted_sentence} " "</span>
            </Show>
            {doc.sentence_text(index)}
            <StateLink to=to attr:class="sentence__anchor" attr:aria-label=move || fill(t.get().sentence_n, index + 1)>
                "#"
            </StateLink>
        </span>
    }
}

/// Brings the sentence into view, if it is not, and moves focus to it for screen readers.
fn show_sentence(index: usize) {
    let Some(element) = document().get_element_by_id(&format!("s{}", index + 1)) else {
        return;
    };
    let rect = element.get_bounding_client_rect();
    let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    if rect.top() < 0.0 || rect.bottom() > height {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.unchecked_into::<web_sys::HtmlElement>().focus_with_options(&options);
}
