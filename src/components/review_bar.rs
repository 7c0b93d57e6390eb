//! The bar over a reader's own press review: its title, how many articles it has, and the
//! "Add articles" panel that brings more. The bundled story is read-only and has no bar.

use leptos::prelude::*;
use rassegna_engine::Meta;

use crate::components::add_articles::AddArticles;
use crate::i18n::use_strings;
use crate::location::use_location;
use crate::reviews::use_reviews;

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
                <p class="review-bar__empty" hidden=move || count() != 0>{move || t.get().reviews.empty}</p>
                <div id="add-articles" hidden=move || !open.get()>
                    {move || open.get().then(|| view! { <AddArticles gazetteer=gazetteer on_add=add on_cancel=cancel /> })}
                </div>
            </section>
        })
    }
}
