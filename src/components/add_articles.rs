//! The panel that adds articles to a review: a pasted text or files (`.txt`, `.md`, `.html`),
//! each an entry with a short form the text itself fills in and a preview of what the engine
//! finds in it, so a wrong date or a garbled paste can be fixed before the articles are added.
//!
//! It keeps nothing: "Add" hands the articles to `on_add` as metadata and text, and whoever
//! mounts the panel stores them. Files are read in the page (the browser's File API through
//! gloo-file) and parsed by the engine's importers; nothing is sent or loaded, and everything from
//! a text or a file is shown as text.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use rassegna_engine::import::{self, Article, Encoding, ImportError};
use rassegna_engine::{Corpus, Document, Gazetteer, Meta, PartialDate, TimeValue, When, time_expressions};
use wasm_bindgen::JsCast;

use crate::components::meta_fields::{MetaFields, MetaFieldsView, field_meta};
use crate::i18n::{AddStrings, fill, use_add_strings, use_strings};

/// The files the chooser offers; others can still be dropped, and are refused with a reason.
const ACCEPT: &str = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

/// How many speakers and dates a preview names before saying how many more there are.
const PREVIEW_ITEMS: usize = 6;

/// How much of the text a preview shows, in characters.
const BEGINNING: usize = 280;

/// Paste a text or choose files, check each article's metadata and what the engine finds in it,
/// and add them.
#[component]
pub fn AddArticles(
    /// The people, bodies and countries the previews are read with: those of the review the
    /// articles go to.
    gazetteer: &'static Gazetteer,
    /// Receives the articles to add, each as its metadata and its text, when the reader adds them;
    /// says why it could not keep them (then the panel keeps them too, for another try).
    on_add: Callback<Vec<(Meta, String)>, Result<(), String>>,
    /// Called by the Cancel button; without it the panel has none.
    #[prop(optional)]
    on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let a = use_add_strings();
    // Entries are made in event handlers, which run outside any owner: their signals belong to
    // the panel's.
    let owner = StoredValue::new(Owner::current().expect("a component has an owner"));
    let entries = RwSignal::new(Vec::<Entry>::new());
    let next_key = StoredValue::new(0usize);
    let paste = RwSignal::new(String::new());
    let paste_error = RwSignal::new(None::<ImportError>);
    let status = RwSignal::new(String::new());
    // While articles are being added.
    let busy = RwSignal::new(false);
    let dragging = RwSignal::new(false);

    let push = move |name: String, outcome: Outcome| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        let outcome = owner.with_value(|owner| owner.with(|| RwSignal::new(outcome)));
        entries.update(|list| list.push(Entry { key, name, outcome }));
        key
    };
    let draft = move |article: Article, encoding: Option<Encoding>| {
        owner.with_value(|owner| {
            owner.with(|| Draft { text: Arc::from(article.text), fields: MetaFields::new(&article.meta), encoding })
        })
    };

    let read_paste = move |_| {
        let article = import::suggest(&paste.get_untracked());
        if let Err(error) = import::check_text(&article.text) {
            paste_error.set(Some(error));
            return;
        }
        paste_error.set(None);
        status.set(String::new());
        // The engine reads the text when its preview is drawn, which takes a while for a long
        // one: "Reading…" is painted first.
        let key = push(String::new(), Outcome::Reading);
        paste.set(String::new());
        after_paint(move || {
            if let Some(entry) = entries.with_untracked(|list| list.iter().find(|e| e.key == key).cloned()) {
                entry.outcome.set(Outcome::Ready(draft(article, None)));
                focus_later(format!("add-{key}-title"));
            }
        });
    };

    let read_files = move |files: web_sys::FileList| {
        status.set(String::new());
        for file in gloo_file::FileList::from(files).iter() {
            let name = file.name();
            let size = usize::try_from(file.size()).unwrap_or(usize::MAX);
            if let Err(error) = import::check_file(&name, size) {
                push(name, Outcome::Failed(Some(error)));
                continue;
            }
            let key = push(name.clone(), Outcome::Reading);
            let file = file.clone();
            spawn_local(async move {
                let outcome = match gloo_file::futures::read_as_bytes(&file).await {
                    Ok(bytes) => match import::read_file(&name, &bytes) {
                        Ok(read) => Outcome::Ready(draft(read.article, Some(read.encoding))),
                        Err(error) => Outcome::Failed(Some(error)),
                    },
                    Err(_) => Outcome::Failed(None),
                };
                // The entry may have been removed while its file was read.
                if let Some(entry) = entries.with_untracked(|list| list.iter().find(|e| e.key == key).cloned()) {
                    entry.outcome.set(outcome);
                }
            });
        }
    };

    let ready_count = Memo::new(move |_| {
        entries.with(|list| list.iter().filter(|e| e.outcome.with(|o| matches!(o, Outcome::Ready(_)))).count())
    });
    let add = move |_| {
        let ready: Vec<(usize, Draft)> = entries.with_untracked(|list| {
            list.iter()
                .filter_map(|e| match e.outcome.get_untracked() {
                    Outcome::Ready(draft) => Some((e.key, draft)),
                    _ => None,
                })
                .collect()
        });
        let mut articles = Vec::with_capacity(ready.len());
        for (key, draft) in &ready {
            match draft.fields.meta_untracked() {
                Ok(meta) => articles.push((meta, draft.text.to_string())),
                Err(field) => {
                    status.set(a.get_untracked().fix_first.into());
                    focus_later(format!("add-{key}-{field}"));
                    return;
                }
            }
        }
        let added = articles.len();
        // The review is read again with the new articles, which takes a while for long ones:
        // the panel says so, painted first.
        status.set(a.get_untracked().adding.to_owned());
        busy.set(true);
        after_paint(move || {
            busy.set(false);
            if let Err(why) = on_add.run(articles) {
                status.set(why);
                return;
            }
            entries.update(|list| list.retain(|e| !ready.iter().any(|(key, _)| *key == e.key)));
            status.set(a.get_untracked().added_count(added));
            // The Add button goes with the articles it added: focus returns to the paste box.
            focus_later("add-articles-paste".to_owned());
        });
    };
    let remove = move |key: usize| {
        entries.update(|list| list.retain(|e| e.key != key));
        // Its Remove button went with it.
        focus_later("add-articles-paste".to_owned());
    };

    let on_drop = move |event: web_sys::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        if let Some(files) = event.data_transfer().and_then(|data| data.files()) {
            read_files(files);
        }
    };
    let on_choose = move |event: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&event);
        if let Some(files) = input.files() {
            read_files(files);
        }
        // Choosing the same file again is a new choice.
        input.set_value("");
    };

    view! {
        <section
            class="add-articles"
            class:add-articles--dragging=move || dragging.get()
            aria-labelledby="add-articles-heading"
            aria-busy=move || busy.get().then_some("true")
            on:dragover=move |event: web_sys::DragEvent| {
                event.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <h2 id="add-articles-heading" class="add-articles__heading">{move || a.get().heading}</h2>
            <p class="add-articles__intro">{move || a.get().intro}</p>
            <div class="add-articles__paste">
                <label for="add-articles-paste" class="add-articles__label">{move || a.get().paste_label}</label>
                <textarea
                    id="add-articles-paste"
                    class="add-articles__textarea"
                    rows="6"
                    placeholder=move || a.get().paste_placeholder
                    aria-describedby="add-articles-paste-error"
                    aria-invalid=move || paste_error.with(Option::is_some).then_some("true")
                    prop:value=move || paste.get()
                    on:input=move |event| paste.set(event_target_value(&event))
                ></textarea>
                <p id="add-articles-paste-error" class="add-articles__error" role="alert">
                    {move || paste_error.get().map(|error| a.get().errors.of(&error))}
                </p>
                <button type="button" class="button" on:click=read_paste>{move || a.get().read_text}</button>
            </div>
            <div class="add-articles__files">
                <input
                    id="add-articles-files"
                    class="add-articles__file-input visually-hidden"
                    type="file"
                    multiple
                    accept=ACCEPT
                    on:change=on_choose
                />
                <label for="add-articles-files" class="button add-articles__choose">{move || a.get().choose_files}</label>
                <span class="add-articles__drop-hint">{move || a.get().drop_hint}</span>
            </div>
            <ol class="add-articles__entries">
                <For each=move || entries.get() key=|entry| entry.key let:entry>
                    <EntryView entry=entry gazetteer=gazetteer on_remove=remove />
                </For>
            </ol>
            <p class="add-articles__status" role="status">{move || status.get()}</p>
            <div class="add-articles__actions">
                {move || (ready_count.get() > 0).then(|| view! {
                    <button type="button" class="button button--primary add-articles__add" on:click=add>
                        {move || a.get().add_count(ready_count.get())}
                    </button>
                })}
                {on_cancel.map(|cancel| view! {
                    <button type="button" class="button button--quiet" on:click=move |_| cancel.run(())>
                        {move || a.get().cancel}
                    </button>
                })}
            </div>
        </section>
    }
}

/// One pasted text or file in the list.
#[derive(Clone)]
struct Entry {
    key: usize,
    /// The file's name; empty for a pasted text.
    name: String,
    outcome: RwSignal<Outcome>,
}

#[derive(Clone)]
enum Outcome {
    Reading,
    /// Why it cannot be added; `None` when the browser could not read the file.
    Failed(Option<ImportError>),
    Ready(Draft),
}

/// An article read and waiting to be added.
#[derive(Clone)]
struct Draft {
    text: Arc<str>,
    fields: MetaFields,
    /// How the file was read; `None` for a pasted text.
    encoding: Option<Encoding>,
}

#[component]
fn EntryView(entry: Entry, gazetteer: &'static Gazetteer, on_remove: impl Fn(usize) + Copy + 'static) -> impl IntoView {
    let a = use_add_strings();
    let key = entry.key;
    let heading_id = format!("add-{key}-heading");
    let labelled_by = heading_id.clone();
    let name = entry.name.clone();
    let label = move || if name.is_empty() { a.get().pasted.to_owned() } else { name.clone() };
    let remove_label = {
        let label = label.clone();
        move || fill(a.get().remove_entry, label())
    };
    let outcome = entry.outcome;
    view! {
        <li class="add-entry" aria-labelledby=labelled_by>
            <div class="add-entry__head">
                <h3 id=heading_id class="add-entry__name">{label}</h3>
                <button type="button" class="button button--quiet" aria-label=remove_label on:click=move |_| on_remove(key)>
                    {move || a.get().remove}
                </button>
            </div>
            {move || match outcome.get() {
                Outcome::Reading => {
                    let name = entry.name.clone();
                    let reading = move || match name.as_str() {
                        "" => a.get().reading_pasted.to_owned(),
                        name => fill(a.get().reading, name),
                    };
                    view! { <p class="add-entry__reading">{reading}</p> }.into_any()
                }
                Outcome::Failed(error) => view! {
                    <p class="add-entry__error" role="alert">
                        {move || match &error {
                            Some(error) => a.get().errors.of(error),
                            None => a.get().errors.read_failed.to_owned(),
                        }}
                    </p>
                }
                .into_any(),
                Outcome::Ready(draft) => view! { <DraftView key=key draft=draft gazetteer=gazetteer /> }.into_any(),
            }}
        </li>
    }
}

/// An article's form and preview.
#[component]
fn DraftView(key: usize, draft: Draft, gazetteer: &'static Gazetteer) -> impl IntoView {
    let t = use_strings();
    let a = use_add_strings();
    let fields = draft.fields;
    let text = draft.text.clone();
    let date = Memo::new(move |_| fields.date.with(|d| PartialDate::parse_iso(d)));
    let preview = Memo::new(move |_| preview(&text, date.get(), gazetteer));
    let lang = move || fields.lang.with(|l| field_meta("lang", l).and_then(|m| m.lang));
    view! {
        {(draft.encoding == Some(Encoding::Windows1252)).then(|| view! {
            <p class="add-entry__note">{move || a.get().windows_1252}</p>
        })}
        <MetaFieldsView fields=fields id_prefix=format!("add-{key}") />
        <section class="add-entry__preview" aria-labelledby=format!("add-{key}-preview")>
            <h4 id=format!("add-{key}-preview") class="add-entry__preview-heading">{move || a.get().preview}</h4>
            <p class="add-entry__counts">
                {move || a.get().paragraph_count(preview.with(|p| p.paragraphs), t.get())}
                " · "
                {move || t.get().quote_count(preview.with(|p| p.quotes))}
            </p>
            <dl class="add-entry__found">
                <dt>{move || a.get().speakers}</dt>
                <dd class="add-entry__speakers">{move || listed(preview.with(|p| p.speakers.clone()), a.get())}</dd>
                <dt>{move || a.get().dates}</dt>
                <dd class="add-entry__dates">
                    {move || {
                        let t = t.get();
                        listed(preview.with(|p| p.dates.iter().map(|&d| t.time_value(d)).collect()), a.get())
                    }}
                </dd>
            </dl>
            {move || {
                let unplaced = preview.with(|p| p.unplaced);
                (unplaced > 0).then(|| view! { <p class="add-entry__note">{move || a.get().unplaced_count(unplaced)}</p> })
            }}
            <p class="add-entry__beginning-label">{move || a.get().beginning}</p>
            <blockquote class="add-entry__beginning" lang=lang>{beginning(&draft.text)}</blockquote>
        </section>
    }
}

/// "Putin, Kim and 3 more", or "none".
fn listed(items: Vec<String>, a: &AddStrings) -> String {
    if items.is_empty() {
        return a.none.to_owned();
    }
    let shown = items.iter().take(PREVIEW_ITEMS).cloned().collect::<Vec<_>>().join(", ");
    match items.len().saturating_sub(PREVIEW_ITEMS) {
        0 => shown,
        more => format!("{shown} {}", fill(a.more, more)),
    }
}

/// The first characters of `text`, cut at a word.
fn beginning(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(BEGINNING) {
        None => text.to_owned(),
        Some((cut, _)) => {
            let cut = text[..cut].rfind(char::is_whitespace).unwrap_or(cut);
            format!("{}…", text[..cut].trim_end())
        }
    }
}

/// What the engine finds in one article.
#[derive(Debug, Clone, PartialEq)]
struct Preview {
    paragraphs: usize,
    quotes: usize,
    /// Who speaks, in order of first quotation.
    speakers: Vec<String>,
    /// The points in time its dates resolve to, in time order.
    dates: Vec<TimeValue>,
    /// Dates relative to the day of writing that wait for the article's date.
    unplaced: usize,
}

/// Runs the engine on `text` written on `date`, alone, with `gazetteer`.
fn preview(text: &str, date: Option<PartialDate>, gazetteer: &Gazetteer) -> Preview {
    let mut document = Document::parse("preview", text);
    document.meta.date = date;
    let corpus = Corpus::new(vec![document], gazetteer.clone());
    let mut speakers: Vec<String> = Vec::new();
    for speaker in corpus.quotes.iter().filter_map(|q| q.speaker.as_ref()) {
        if !speakers.contains(&speaker.name) {
            speakers.push(speaker.name.clone());
        }
    }
    let found = &corpus.dates[0];
    // In time order, each once; inserted in place (a sort would link a sort of its own).
    let mut dates: Vec<TimeValue> = Vec::new();
    for value in found.iter().filter_map(|e| e.when.point()) {
        let at = dates.partition_point(|d| d.sort_key() < value.sort_key());
        if !dates[at..].iter().take_while(|d| d.sort_key() == value.sort_key()).any(|d| *d == value) {
            dates.insert(at, value);
        }
    }
    let unplaced = if date.is_some() {
        0
    } else {
        // Those that any date of writing would place.
        let mut dated = corpus.documents[0].clone();
        dated.meta.date = PartialDate::parse_iso("2000-01-01");
        let unresolved = |w: When| matches!(w, When::Point(None));
        let placed = time_expressions(&dated);
        found.iter().zip(&placed).filter(|(without, with)| unresolved(without.when) && !unresolved(with.when)).count()
    };
    Preview { paragraphs: corpus.documents[0].paragraphs.len(), quotes: corpus.quotes.len(), speakers, dates, unplaced }
}

/// Runs `work` once the page has painted what is on screen now: a status said before long work
/// is seen before the work holds the page.
fn after_paint(work: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(work, std::time::Duration::ZERO));
}

/// Moves focus to the element `id` once it is rendered.
pub(crate) fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(&id) {
            let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    const GAZETTEER: &str = include_str!("../../data/gazetteer.txt");

    #[test]
    fn a_preview_says_what_the_engine_finds_and_what_waits_for_a_date() {
        let gazetteer = Gazetteer::parse(GAZETTEER).0;
        let text = "Il sindaco di Borgo Tavella, Carlo Renzetti, ha detto ieri: «Il ponte riaprirà a maggio».\n\n\
                    Lunedì scorso l’assessora Chiara Montieri aveva spiegato che i lavori sono «quasi finiti». \
                    Il cantiere era stato aperto il 12 marzo 2023.";
        let undated = preview(text, None, &gazetteer);
        assert_eq!(undated.paragraphs, 2);
        assert_eq!(undated.quotes, 3, "two quotations and a reported statement");
        assert_eq!(undated.speakers, ["Carlo Renzetti", "Chiara Montieri"]);
        assert_eq!(undated.dates, [TimeValue::parse("2023-03-12").unwrap()], "only the absolute date");
        assert_eq!(undated.unplaced, 3, "ieri, a maggio, lunedì scorso");

        let dated = preview(text, PartialDate::parse_iso("2024-04-10"), &gazetteer);
        let dates: Vec<String> = dated.dates.iter().map(ToString::to_string).collect();
        assert_eq!(dates, ["2023-03-12", "2024-04-08", "2024-04-09", "2024-05"]);
        assert_eq!(dated.unplaced, 0);
    }

    #[test]
    fn the_beginning_is_cut_at_a_word() {
        assert_eq!(beginning("  Breve.  "), "Breve.");
        let long = "parola ".repeat(100);
        let cut = beginning(&long);
        assert!(cut.ends_with("parola…") && cut.chars().count() <= BEGINNING + 1, "{cut}");
    }
}
