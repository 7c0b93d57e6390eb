//! The press reviews menu: the bundled example and the reader's reviews (title, article count,
//! last change), switch, rename, delete with undo, and a new review.

use leptos::html;
use leptos::prelude::*;
use rassegna_engine::PartialDate;
use wasm_bindgen::JsCast;

use crate::components::export_buttons::download;
use crate::components::state_link::StateLink;
use crate::i18n::{Strings, fill, use_strings};
use crate::location::use_location;
use crate::review_store::{StoreError, Summary};
use crate::reviews::{MAX_FILE_BYTES, OpenError, use_reviews};

/// What the menu last has to say.
#[derive(Clone, PartialEq)]
enum Message {
    Created(String),
    Renamed(String),
    Deleted(String),
    Restored(String),
    Opened(String),
    OpenFailed(OpenError),
    TitleRequired,
    BadDate(String),
    Failed(StoreError),
}

impl Message {
    fn text(&self, t: &Strings) -> String {
        let r = &t.reviews;
        match self {
            Message::Created(title) => fill(r.created, title),
            Message::Renamed(title) => fill(r.renamed, title),
            Message::Deleted(title) => fill(r.deleted, title),
            Message::Restored(title) => fill(r.restored, title),
            Message::Opened(title) => fill(r.opened, title),
            Message::OpenFailed(error) => r.open_error(error),
            Message::TitleRequired => r.title_required.into(),
            Message::BadDate(date) => fill(r.bad_date, date),
            Message::Failed(error) => r.error(error),
        }
    }

    fn is_problem(&self) -> bool {
        matches!(self, Message::TitleRequired | Message::BadDate(_) | Message::Failed(_) | Message::OpenFailed(_))
    }
}

/// The button in the masthead and the panel it opens.
#[component]
pub fn ReviewsMenu() -> impl IntoView {
    let reviews = use_reviews();
    let location = use_location();
    let t = use_strings();
    let state = location.state();
    // Opened at once when the example's page brought the full app to open it (`crate::handoff`).
    let requested = document().document_element().is_some_and(|root| {
        let requested = root.has_attribute(crate::handoff::OPEN_REVIEWS);
        let _ = root.remove_attribute(crate::handoff::OPEN_REVIEWS);
        requested
    });
    let open = RwSignal::new(requested);
    let message = RwSignal::new(None::<Message>);
    let toggle_ref = NodeRef::<html::Button>::new();
    let undo_ref = NodeRef::<html::Button>::new();
    let title_ref = NodeRef::<html::Input>::new();
    let date_ref = NodeRef::<html::Input>::new();
    let file_ref = NodeRef::<html::Input>::new();
    // The reader pressed Reviews on the example's page, which is gone: focus is where it was.
    if requested {
        request_animation_frame(move || {
            if let Some(button) = toggle_ref.get_untracked() {
                let _ = button.focus();
            }
        });
    }

    let close = move || {
        open.set(false);
        if let Some(button) = toggle_ref.get_untracked() {
            let _ = button.focus();
        }
    };
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" {
            event.stop_propagation();
            close();
        }
    };
    // Following a review's link shows it: the panel gets out of the way.
    let on_list_click = move |event: leptos::ev::MouseEvent| {
        let on_link = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|element| element.closest("a").ok().flatten().is_some());
        if on_link {
            open.set(false);
        }
    };

    let create = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (Some(title_input), Some(date_input)) = (title_ref.get_untracked(), date_ref.get_untracked()) else {
            return;
        };
        let title = title_input.value().trim().to_owned();
        let date_text = date_input.value().trim().to_owned();
        if title.is_empty() {
            message.set(Some(Message::TitleRequired));
            let _ = title_input.focus();
            return;
        }
        let date = match date_text.as_str() {
            "" => None,
            text => match PartialDate::parse_iso(text) {
                Some(date) => Some(date),
                None => {
                    message.set(Some(Message::BadDate(date_text)));
                    let _ = date_input.focus();
                    return;
                }
            },
        };
        match reviews.create(&title, date) {
            Ok(summary) => {
                title_input.set_value("");
                date_input.set_value("");
                message.set(Some(Message::Created(summary.title)));
                location.push(state.with_untracked(|s| s.with_review(Some(summary.id))));
            }
            Err(error) => message.set(Some(Message::Failed(error))),
        }
    };

    let delete = move |summary: Summary| {
        match reviews.delete(&summary.id) {
            Ok(()) => {
                message.set(Some(Message::Deleted(summary.title)));
                if state.with_untracked(|s| s.review.as_deref() == Some(summary.id.as_str())) {
                    location.push(state.with_untracked(|s| s.with_review(None)));
                }
                // The button pressed is gone: the keyboard goes on from Undo.
                request_animation_frame(move || {
                    if let Some(undo) = undo_ref.get_untracked() {
                        let _ = undo.focus();
                    }
                });
            }
            Err(error) => message.set(Some(Message::Failed(error))),
        }
    };
    let undo = move |_| match reviews.undo_delete() {
        Ok(summary) => message.set(Some(Message::Restored(summary.title))),
        Err(error) => message.set(Some(Message::Failed(error))),
    };

    // A review file chosen: read as text (any bytes decode; what is not a review says why), then
    // stored as a new review and shown.
    let open_file = move |_| {
        let Some(input) = file_ref.get_untracked() else { return };
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        // Choosing the same file again is a new choice.
        input.set_value("");
        let size = file.size() as u64;
        if size > MAX_FILE_BYTES {
            message.set(Some(Message::OpenFailed(OpenError::TooLarge(size))));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|text| text.as_string());
            match reviews.open_file(&text.unwrap_or_default()) {
                Ok(summary) => {
                    message.set(Some(Message::Opened(summary.title)));
                    location.push(state.with_untracked(|s| s.with_review(Some(summary.id))));
                }
                Err(error) => message.set(Some(Message::OpenFailed(error))),
            }
        });
    };

    let bundled_link = Signal::derive(move || state.with(|s| s.with_review(None)));
    let (bundled_title, bundled_articles) = reviews.bundled_title_and_size();
    let bundled_title = bundled_title.unwrap_or_else(|| "Rassegna".into());

    view! {
        <div class="reviews-menu" on:keydown=on_keydown>
            <button
                type="button"
                class="button reviews-menu__toggle"
                node_ref=toggle_ref
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="reviews-panel"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || t.get().reviews.menu}
            </button>
            <section
                id="reviews-panel"
                class="reviews-panel"
                aria-labelledby="reviews-heading"
                hidden=move || !open.get()
            >
                <div class="reviews-panel__head">
                    <h2 id="reviews-heading" class="reviews-panel__title">{move || t.get().reviews.heading}</h2>
                    <button type="button" class="button button--quiet" on:click=move |_| close()>
                        {move || t.get().close}
                    </button>
                </div>
                <ul class="reviews-list" on:click=on_list_click>
                    <li class="reviews-list__item">
                        <StateLink
                            to=bundled_link
                            attr:class="reviews-list__link"
                            attr:aria-current=move || state.with(|s| s.review.is_none()).then_some("true")
                        >
                            {bundled_title}
                        </StateLink>
                        <span class="reviews-list__meta">
                            {move || {
                                let r = &t.get().reviews;
                                format!("{} · {}", r.example, r.article_count(bundled_articles))
                            }}
                        </span>
                    </li>
                    <For
                        each=move || reviews.list().get()
                        key=|summary| (summary.id.clone(), summary.revision)
                        let:summary
                    >
                        <ReviewItem summary=summary on_delete=delete on_renamed=move |title| message.set(Some(Message::Renamed(title))) on_failed=move |error| message.set(Some(Message::Failed(error))) />
                    </For>
                </ul>
                <p class="reviews-panel__open">
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            if let Some(input) = file_ref.get_untracked() {
                                input.click();
                            }
                        }
                    >
                        {move || t.get().reviews.open_file}
                    </button>
                    <input
                        type="file"
                        accept=".json,application/json"
                        hidden
                        tabindex="-1"
                        aria-hidden="true"
                        node_ref=file_ref
                        on:change=open_file
                    />
                </p>
                <div class="reviews-panel__status" role="status">
                    {move || {
                        message
                            .get()
                            .map(|m| {
                                let class = if m.is_problem() { "reviews-panel__message reviews-panel__message--problem" } else { "reviews-panel__message" };
                                view! { <p class=class>{move || m.text(t.get())}</p> }
                            })
                    }}
                    <Show when=move || reviews.deleted().with(Option::is_some)>
                        <button type="button" class="button" node_ref=undo_ref on:click=undo>
                            {move || t.get().reviews.undo}
                        </button>
                    </Show>
                </div>
                <form class="reviews-new" on:submit=create novalidate>
                    <h3 class="reviews-new__title">{move || t.get().reviews.new_review}</h3>
                    <div class="reviews-new__field">
                        <label for="reviews-new-title">{move || t.get().reviews.title_label}</label>
                        <input id="reviews-new-title" type="text" name="title" maxlength="200" autocomplete="off" node_ref=title_ref />
                    </div>
                    <div class="reviews-new__field">
                        <label for="reviews-new-date">{move || t.get().reviews.date_label}</label>
                        <input
                            id="reviews-new-date"
                            type="text"
                            name="date"
                            inputmode="numeric"
                            placeholder="2024-06-19"
                            maxlength="10"
                            autocomplete="off"
                            aria-describedby="reviews-new-date-hint"
                            node_ref=date_ref
                        />
                        <small id="reviews-new-date-hint" class="reviews-new__hint">{move || t.get().reviews.date_hint}</small>
                    </div>
                    <button type="submit" class="button button--primary">{move || t.get().reviews.create}</button>
                </form>
            </section>
        </div>
    }
}

/// One of the reader's reviews: its link, what it holds, rename and delete.
#[component]
fn ReviewItem(
    summary: Summary,
    on_delete: impl Fn(Summary) + Copy + Send + Sync + 'static,
    on_renamed: impl Fn(String) + Copy + Send + Sync + 'static,
    on_failed: impl Fn(StoreError) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let reviews = use_reviews();
    let location = use_location();
    let t = use_strings();
    let state = location.state();
    let (articles, updated) = (summary.articles, summary.updated);
    // Copy handles, for the closures of the view.
    let summary = StoredValue::new(summary);
    let to = Signal::derive(move || state.with(|s| s.with_review(Some(summary.with_value(|r| r.id.clone())))));
    let is_current = move || state.with(|s| summary.with_value(|r| s.review.as_deref() == Some(r.id.as_str())));
    let editing = RwSignal::new(false);
    let title_ref = NodeRef::<html::Input>::new();
    let rename_button = NodeRef::<html::Button>::new();
    let title = move || summary.with_value(|r| r.title.clone());
    let rename_label = move || fill(t.get().reviews.rename_label, title());
    let rename_button_label = move || fill(t.get().reviews.rename_button_label, title());
    let delete_label = move || fill(t.get().reviews.delete_label, title());
    let download_label = move || fill(t.get().reviews.download_label, title());
    let save_file = move |_| match reviews.file(&summary.with_value(|r| r.id.clone())) {
        Ok((title, json)) => download(&json, "application/json", &file_name(&title)),
        Err(error) => on_failed(error),
    };

    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(input) = title_ref.get_untracked() else { return };
        let new_title = input.value();
        if new_title.trim().is_empty() {
            let _ = input.focus();
            return;
        }
        match reviews.rename(&summary.with_value(|r| r.id.clone()), &new_title) {
            Ok(renamed) => on_renamed(renamed.title),
            Err(error) => on_failed(error),
        }
    };
    let cancel = move |_| {
        editing.set(false);
        request_animation_frame(move || {
            if let Some(button) = rename_button.get_untracked() {
                let _ = button.focus();
            }
        });
    };
    let start_editing = move |_| {
        editing.set(true);
        request_animation_frame(move || {
            if let Some(input) = title_ref.get_untracked() {
                let _ = input.focus();
                input.select();
            }
        });
    };

    view! {
        <li class="reviews-list__item">
            <Show
                when=move || editing.get()
                fallback=move || {
                    view! {
                        <StateLink
                            to=to
                            attr:class="reviews-list__link"
                            attr:aria-current=move || is_current().then_some("true")
                        >
                            {title()}
                        </StateLink>
                        <span class="reviews-list__meta">
                            {move || {
                                let t = t.get();
                                format!(
                                    "{} · {}",
                                    t.reviews.article_count(articles),
                                    fill(t.reviews.changed, when(t, updated)),
                                )
                            }}
                        </span>
                        <span class="reviews-list__actions">
                            <button
                                type="button"
                                class="button button--quiet"
                                node_ref=rename_button
                                aria-label=rename_button_label
                                on:click=start_editing
                            >
                                {move || t.get().reviews.rename}
                            </button>
                            <button
                                type="button"
                                class="button button--quiet"
                                aria-label=download_label
                                on:click=save_file
                            >
                                {move || t.get().reviews.download}
                            </button>
                            <button
                                type="button"
                                class="button button--quiet"
                                aria-label=delete_label
                                on:click=move |_| on_delete(summary.get_value())
                            >
                                {move || t.get().reviews.delete}
                            </button>
                        </span>
                    }
                }
            >
                <form class="reviews-rename" on:submit=save>
                    <label class="reviews-new__field">
                        <span>{rename_label}</span>
                        <input type="text" maxlength="200" autocomplete="off" prop:value=title() node_ref=title_ref />
                    </label>
                    <span class="reviews-list__actions">
                        <button type="submit" class="button button--primary">{move || t.get().reviews.save}</button>
                        <button type="button" class="button button--quiet" on:click=cancel>{move || t.get().reviews.cancel}</button>
                    </span>
                </form>
            </Show>
        </li>
    }
}

/// A file name for review `title`: its letters and digits, words joined by `-`, `.json`.
pub(crate) fn file_name(title: &str) -> String {
    let words: Vec<String> =
        title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).take(8).collect();
    let stem = if words.is_empty() { "rassegna".to_owned() } else { words.join("-") };
    format!("{stem}.json")
}

/// A moment in milliseconds since 1970, as the reader's clock shows it: "30 novembre 2026, 10:02".
fn when(t: &Strings, ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let day = PartialDate {
        year: date.get_full_year() as i32,
        month: Some(date.get_month() as u8 + 1),
        day: Some(date.get_date() as u8),
    };
    format!("{}, {:02}:{:02}", t.date(day), date.get_hours(), date.get_minutes())
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn file_names_keep_the_title_s_words_and_nothing_else() {
        assert_eq!(file_name("Il vertice di Pyongyang: la stampa"), "il-vertice-di-pyongyang-la-stampa.json");
        assert_eq!(file_name("../../etc/passwd"), "etc-passwd.json");
        assert_eq!(file_name("<b>Città</b> & «Stato»"), "b-città-b-stato.json");
        assert_eq!(file_name("  ?!  "), "rassegna.json");
        assert_eq!(
            file_name("uno due tre quattro cinque sei sette otto nove dieci"),
            "uno-due-tre-quattro-cinque-sei-sette-otto.json"
        );
    }
}
