//! The stance topics of a reader's review: each a column of the stance comparison, which a
//! reader adds, renames, rewrites or removes here. Every change is stored as one revision of the
//! review, so the matrix shows the new columns at once (its model is read again), a reload
//! keeps them, and a share link or a review file carries them.

use leptos::prelude::*;
use rassegna_engine::{Topic, TopicEdit};

use crate::components::add_articles::focus_later;
use crate::i18n::{fill, use_strings};
use crate::lang::use_lang;
use crate::location::use_location;
use crate::reviews::use_reviews;

/// What the form is doing: adding a topic, or changing topic `id`.
#[derive(Clone, PartialEq)]
enum Editing {
    Adding,
    Changing(String),
}

/// The topics' disclosure in the bar of review `review` (a reader's review).
#[component]
pub fn ReviewTopics(review: Memo<Option<String>>) -> impl IntoView {
    let t = use_strings();
    let lang = use_lang();
    let location = use_location();
    let reviews = use_reviews();
    // The model on screen has the review's topics as stored now; the form edits them as written.
    let topics = Memo::new(move |_| {
        location.model().get().corpus.stance_data.topics.iter().map(Topic::as_written).collect::<Vec<Topic>>()
    });
    let editing = RwSignal::new(None::<Editing>);
    let name = RwSignal::new(String::new());
    let claim = RwSignal::new(String::new());
    let words = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());

    let open = move |what: Editing| {
        let topic = match &what {
            Editing::Changing(id) => topics.with_untracked(|all| all.iter().find(|t| t.id == *id).cloned()),
            Editing::Adding => None,
        };
        let topic = topic.unwrap_or_default();
        let lang = lang.get_untracked();
        name.set(lang.pick(&topic.name_it, &topic.name_en).to_owned());
        claim.set(lang.pick(&topic.claim_it, &topic.claim_en).to_owned());
        words.set(topic.terms.join(", "));
        error.set(None);
        status.set(String::new());
        editing.set(Some(what));
        focus_later("topic-form-name".into());
    };
    // Back to the control that opened the form, or to its topic's row once saved.
    let close = move |focus: String| {
        editing.set(None);
        error.set(None);
        focus_later(focus);
    };
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (Some(id), Some(what)) = (review.get_untracked(), editing.get_untracked()) else { return };
        let strings = t.get_untracked();
        let edit = TopicEdit {
            name: name.get_untracked(),
            claim: claim.get_untracked(),
            words: split_words(&words.get_untracked()),
        };
        if edit.name.trim().is_empty() {
            error.set(Some(strings.reviews.topics.name_required.into()));
            focus_later("topic-form-name".into());
            return;
        }
        if edit.words.is_empty() {
            error.set(Some(strings.reviews.topics.words_required.into()));
            focus_later("topic-form-words".into());
            return;
        }
        let shown = edit.name.trim().to_owned();
        let changing = match &what {
            Editing::Changing(topic) => Some(topic.as_str()),
            Editing::Adding => None,
        };
        match reviews.put_topic(&id, changing, edit) {
            Ok(_) => {
                let said = if changing.is_some() { strings.reviews.topics.saved } else { strings.reviews.topics.added };
                status.set(fill(said, &shown));
                close(match what {
                    Editing::Changing(topic) => edit_button_id(&topic),
                    Editing::Adding => "topic-add".into(),
                });
            }
            Err(failure) => error.set(Some(strings.reviews.error(&failure))),
        }
    };
    let remove = move |topic: &Topic| {
        let Some(id) = review.get_untracked() else { return };
        let strings = t.get_untracked();
        let shown = lang.get_untracked().pick(&topic.name_it, &topic.name_en).to_owned();
        match reviews.remove_topic(&id, &topic.id) {
            Ok(_) => status.set(fill(strings.reviews.topics.removed, &shown)),
            Err(failure) => status.set(strings.reviews.error(&failure)),
        }
        editing.set(None);
        focus_later("topic-add".into());
    };

    let rows = move || {
        let lang = lang.get();
        let strings = t.get();
        let s = &strings.reviews.topics;
        topics
            .get()
            .into_iter()
            .map(|topic| {
                let shown = lang.pick(&topic.name_it, &topic.name_en).to_owned();
                let claim = lang.pick(&topic.claim_it, &topic.claim_en).to_owned();
                let (id, removed) = (topic.id.clone(), topic.clone());
                view! {
                    <li class="review-topics__topic">
                        <p class="review-topics__name">{shown.clone()}</p>
                        {(!claim.is_empty()).then(|| view! { <p class="review-topics__claim">{claim}</p> })}
                        <p class="review-topics__words">{fill(s.words_shown, topic.terms.join(", "))}</p>
                        <div class="review-topics__actions">
                            <button
                                type="button"
                                id=edit_button_id(&topic.id)
                                class="button button--quiet"
                                aria-label=fill(s.edit_label, &shown)
                                on:click=move |_| open(Editing::Changing(id.clone()))
                            >
                                {s.edit}
                            </button>
                            <button
                                type="button"
                                class="button button--quiet"
                                aria-label=fill(s.remove_label, &shown)
                                on:click=move |_| remove(&removed)
                            >
                                {s.remove}
                            </button>
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    // Made anew when the form opens, closes or the language changes: its strings are plain text.
    let form = move || {
        let what = editing.get()?;
        let strings = t.get();
        let s = &strings.reviews.topics;
        let cancel_focus = match &what {
            Editing::Changing(topic) => edit_button_id(topic),
            Editing::Adding => "topic-add".into(),
        };
        let heading = if what == Editing::Adding { s.add } else { s.edit_heading };
        let escape_focus = cancel_focus.clone();
        Some(view! {
            <form
                class="review-topics__form"
                aria-labelledby="topic-form-heading"
                on:submit=save
                on:keydown=move |event: leptos::ev::KeyboardEvent| {
                    if event.key() == "Escape" {
                        close(escape_focus.clone());
                    }
                }
            >
                <h4 id="topic-form-heading" class="review-topics__form-heading">{heading}</h4>
                {field("topic-form-name", s.name_label, None, name, false)}
                {field("topic-form-claim", s.claim_label, Some(s.claim_hint), claim, false)}
                {field("topic-form-words", s.words_label, Some(s.words_hint), words, true)}
                <p class="meta-fields__error" role="alert">{move || error.get()}</p>
                <div class="review-topics__actions">
                    <button type="submit" class="button button--primary">{strings.reviews.save}</button>
                    <button type="button" class="button" on:click=move |_| close(cancel_focus.clone())>
                        {strings.reviews.cancel}
                    </button>
                </div>
            </form>
        })
    };

    view! {
        <details class="review-topics">
            <summary>{move || fill(t.get().reviews.topics.heading, topics.with(Vec::len))}</summary>
            <p class="review-topics__intro">{move || t.get().reviews.topics.intro}</p>
            <p class="review-topics__none" hidden=move || topics.with(|all| !all.is_empty())>
                {move || t.get().reviews.topics.none}
            </p>
            <ul class="review-topics__list">{rows}</ul>
            {form}
            <button
                type="button"
                id="topic-add"
                class="button"
                hidden=move || editing.get().is_some()
                on:click=move |_| open(Editing::Adding)
            >
                {move || t.get().reviews.topics.add}
            </button>
            <p class="review-topics__status" role="status">{move || status.get()}</p>
        </details>
    }
}

/// One field of the form: a label, the input (a text area for `long` ones) and an optional hint.
fn field(
    id: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    value: RwSignal<String>,
    long: bool,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.map(|_| hint_id.clone());
    let input = move |event| value.set(event_target_value(&event));
    view! {
        <div class="meta-fields__field">
            <label for=id>{label}</label>
            {if long {
                view! {
                    <textarea id=id class="review-topics__words-input" rows="3" spellcheck="false" aria-describedby=described prop:value=move || value.get() on:input=input></textarea>
                }
                .into_any()
            } else {
                view! { <input id=id type="text" aria-describedby=described prop:value=move || value.get() on:input=input /> }.into_any()
            }}
            {hint.map(|hint| view! { <p id=hint_id class="meta-fields__hint">{hint}</p> })}
        </div>
    }
}

fn edit_button_id(topic: &str) -> String {
    format!("topic-edit-{topic}")
}

/// The words a reader typed, one per comma, semicolon or line: "sanzion, lista nera".
fn split_words(text: &str) -> Vec<String> {
    text.split([',', ';', '\n']).map(str::trim).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::split_words;

    #[test]
    fn words_are_split_at_commas_semicolons_and_lines() {
        assert_eq!(
            split_words("sanzion, lista nera;embargo\n\n  dazi  ,"),
            ["sanzion", "lista nera", "embargo", "dazi"]
        );
        assert!(split_words(" , ;\n").is_empty());
    }
}
