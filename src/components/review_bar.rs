//! The bar over a reader's own press review: its title, how many articles it has, its articles
//! (each with a form for its details, and a way out), and the "Add articles" panel that brings
//! more. The bundled story is read-only and has no bar.

use leptos::prelude::*;
use leptos::task::spawn_local;
use rassegna_engine::Meta;

use crate::components::add_articles::{AddArticles, focus_later};
use crate::components::export_buttons::download;
use crate::components::meta_fields::{MetaFields, MetaFieldsView};
use crate::components::review_topics::ReviewTopics;
use crate::components::reviews_menu::file_name;
use crate::i18n::{fill, use_strings};
use crate::location::use_location;
use crate::reviews::use_reviews;
use crate::share::{self, ShareError};
use crate::view_state::ViewState;

/// The bar of the review on screen, when it is one of the reader's.
#[component]
pub fn ReviewBar() -> impl IntoView {
    let t = use_strings();
    let reviews = use_reviews();
    let location = use_location();
    let review = Memo::new(move |_| location.state().with(|s| s.review.clone()));
    let summary = Memo::new(move |_| {
        let id = review.get()?;
        reviews.list().with(|list| list.iter().find(|s| s.id == id).cloned())
    });
    // A review with no article opens on the panel: there is nothing else to do with it.
    let open = RwSignal::new(false);
    Effect::new(move |_| {
        if summary.with(|s| s.as_ref().is_some_and(|s| s.articles == 0)) {
            open.set(true);
        }
    });
    // The panel says what was added, and keeps what could not be stored for another try.
    let add = Callback::new(move |articles: Vec<(Meta, String)>| {
        let id = review.get_untracked().ok_or_else(|| t.get_untracked().reviews.missing.to_owned())?;
        reviews.add_articles(&id, articles).map(|_| ()).map_err(|error| t.get_untracked().reviews.error(&error))
    });
    let cancel = Callback::new(move |()| open.set(false));

    // "Share as a link": the review's file, compressed into the fragment of this view's address.
    let link = RwSignal::new(None::<Result<String, ShareError>>);
    let copied = RwSignal::new(false);
    let make_link = move |_| {
        let Some(id) = review.get_untracked() else { return };
        let Ok((_, json)) = reviews.file(&id) else { return };
        let view = location.state().with_untracked(|state| ViewState { review: None, ..state.clone() });
        let address = location.absolute(&view);
        copied.set(false);
        spawn_local(async move {
            link.set(Some(share::encode(&json).await.map(|data| format!("{address}#{}{data}", share::FRAGMENT_KEY))));
        });
    };
    let copy = move |_| {
        if let Some(Ok(url)) = link.get_untracked() {
            let _ = window().navigator().clipboard().write_text(&url);
            copied.set(true);
        }
    };
    let save_file = move |_| {
        let Some(id) = review.get_untracked() else { return };
        if let Ok((title, json)) = reviews.file(&id) {
            download(&json, "application/json", &file_name(&title));
        }
    };
    // The review's articles, each with its details to edit and a way out.
    let article_status = RwSignal::new(String::new());
    // The article whose details are being edited, and the one set of fields the form shows,
    // filled anew for each article it opens on: the list made again (in another language, after
    // another tab's change) keeps what was typed.
    let editing = RwSignal::new(None::<Editing>);
    let fields = MetaFields::new(&Meta::default());
    let edit_error = RwSignal::new(String::new());
    let close_edit = move || {
        if let Some(Editing { article, .. }) = editing.get_untracked() {
            focus_later(format!("edit-{article}"));
        }
        editing.set(None);
    };
    let save_edit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (Some(review), Some(Editing { article, title })) = (review.get_untracked(), editing.get_untracked()) else {
            return;
        };
        let t = t.get_untracked();
        let meta = match fields.meta_untracked() {
            Ok(meta) => meta,
            Err(key) => {
                edit_error.set(t.reviews.fix_fields.into());
                focus_later(format!("edit-{article}-{key}"));
                return;
            }
        };
        let title = meta.title.clone().unwrap_or(title);
        match reviews.edit_article(&review, &article, meta) {
            Ok(_) => {
                article_status.set(fill(t.reviews.edited_article, title));
                close_edit();
            }
            Err(error) => edit_error.set(t.reviews.error(&error)),
        }
    };
    let articles = move || {
        let t = t.get();
        location
            .model()
            .get()
            .corpus
            .documents
            .iter()
            .map(|doc| {
                let (id, title) = (doc.id.clone(), doc.meta.title.clone().unwrap_or_else(|| doc.id.clone()));
                let edit_label = fill(t.reviews.edit_article_label, &title);
                // Open, the form takes the place of the buttons, under the article's title.
                let controls = if editing.with(|e| e.as_ref().is_some_and(|e| e.article == id)) {
                    view! {
                        <form
                            class="review-bar__edit"
                            aria-label=edit_label
                            on:submit=save_edit
                            on:keydown=move |event| {
                                if event.key() == "Escape" {
                                    close_edit();
                                }
                            }
                        >
                            <p class="meta-fields__hint">{t.reviews.edit_empty_hint}</p>
                            <MetaFieldsView fields=fields id_prefix=format!("edit-{id}") />
                            <p class="meta-fields__error" role="alert">{move || edit_error.get()}</p>
                            <button type="submit" class="button button--primary">{t.reviews.save}</button>
                            <button type="button" class="button button--quiet" on:click=move |_| close_edit()>
                                {t.reviews.cancel}
                            </button>
                        </form>
                    }
                    .into_any()
                } else {
                    let remove_label = fill(t.reviews.remove_article_label, &title);
                    let edit = {
                        let (id, title, meta) = (id.clone(), title.clone(), doc.meta.clone());
                        move |_| {
                            fields.fill(&meta);
                            edit_error.set(String::new());
                            editing.set(Some(Editing { article: id.clone(), title: title.clone() }));
                            focus_later(format!("edit-{id}-title"));
                        }
                    };
                    let button_id = format!("edit-{id}");
                    let (id, title) = (id.clone(), title.clone());
                    let remove = move |_| {
                        let Some(review) = review.get_untracked() else { return };
                        match reviews.remove_article(&review, &id) {
                            Ok(_) => article_status.set(fill(t.reviews.removed_article, &title)),
                            Err(error) => article_status.set(t.reviews.error(&error)),
                        }
                    };
                    view! {
                        <span class="review-bar__article-actions">
                            <button type="button" id=button_id class="button button--quiet" aria-label=edit_label on:click=edit>
                                {t.reviews.edit_article}
                            </button>
                            <button type="button" class="button button--quiet" aria-label=remove_label on:click=remove>
                                {t.reviews.remove_article}
                            </button>
                        </span>
                    }
                    .into_any()
                };
                view! {
                    <li class="review-bar__article">
                        <span class="review-bar__article-title">{title}</span>
                        {doc.meta.outlet.clone().map(|outlet| view! { <span class="review-bar__article-outlet">{outlet}</span> })}
                        {controls}
                    </li>
                }
            })
            .collect_view()
    };
    let share_view = move || {
        let t = t.get();
        let offer_file = |why: String| {
            view! {
                <p class="review-bar__share-note">{why}</p>
                <button type="button" class="button" on:click=save_file>{t.reviews.download}</button>
            }
        };
        match link.get()? {
            Ok(url) => {
                let length = url.chars().count();
                let too_long =
                    (length > share::COMFORTABLE_LINK).then(|| offer_file(fill(t.reviews.share_too_long, length)));
                Some(
                    view! {
                        <div class="review-bar__share">
                            <label class="review-bar__share-label" for="share-link">{t.reviews.share_label}</label>
                            <input id="share-link" class="review-bar__share-link" type="text" readonly value=url />
                            <button type="button" class="button" on:click=copy>{t.reviews.share_copy}</button>
                            <p class="review-bar__share-note" role="status">{move || copied.get().then_some(t.reviews.share_copied)}</p>
                            {too_long}
                        </div>
                    }
                    .into_any(),
                )
            }
            Err(_) => Some(
                view! { <div class="review-bar__share">{offer_file(t.reviews.share_unsupported.into())}</div> }
                    .into_any(),
            ),
        }
    };

    // Made anew only when another review comes on screen: adding articles changes the count
    // and the model, not the panel, which says what it added.
    let shown = Memo::new(move |_| summary.with(|s| s.as_ref().map(|s| s.id.clone())));
    let title = move || summary.with(|s| s.as_ref().map(|s| s.title.clone()).unwrap_or_default());
    let count = move || summary.with(|s| s.as_ref().map_or(0, |s| s.articles));
    move || {
        shown.get()?;
        let gazetteer = &location.model().get_untracked().corpus.gazetteer;
        Some(view! {
            <section class="review-bar" aria-labelledby="review-bar-title">
                <div class="review-bar__head">
                    <p class="review-bar__what">{move || t.get().reviews.bar_label}</p>
                    <h2 id="review-bar-title" class="review-bar__title">{title}</h2>
                    <p class="review-bar__count">{move || t.get().reviews.article_count(count())}</p>
                    <button
                        type="button"
                        class="button button--primary review-bar__add"
                        aria-expanded=move || open.get().to_string()
                        aria-controls="add-articles"
                        on:click=move |_| open.update(|o| *o = !*o)
                    >
                        {move || t.get().reviews.add_articles}
                    </button>
                </div>
                <button type="button" class="button review-bar__share-button" on:click=make_link>
                    {move || t.get().reviews.share}
                </button>
                {share_view}
                <p class="review-bar__shared" role="status">
                    {move || (reviews.shared().get() == shown.get()).then(|| t.get().reviews.opened_shared)}
                </p>
                <p class="review-bar__empty" hidden=move || count() != 0>{move || t.get().reviews.empty}</p>
                <details class="review-bar__articles" hidden=move || count() == 0>
                    <summary>{move || t.get().reviews.articles}</summary>
                    <ul class="review-bar__article-list">{articles}</ul>
                </details>
                <p class="review-bar__article-status" role="status">{move || article_status.get()}</p>
                <ReviewTopics review=shown />
                <div id="add-articles" hidden=move || !open.get()>
                    {move || open.get().then(|| view! { <AddArticles gazetteer=gazetteer on_add=add on_cancel=cancel /> })}
                </div>
            </section>
        })
    }
}

/// The article whose details are being edited.
#[derive(Clone)]
struct Editing {
    /// Its id.
    article: String,
    /// What the list called it when the form opened.
    title: String,
}
