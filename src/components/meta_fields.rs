//! An article's metadata as a form of five fields (title, outlet, date, language, address), each
//! checked as the metadata format checks it: the "Add articles" panel's drafts and the form that
//! edits an article already in a review both show it.

use leptos::prelude::*;
use rassegna_engine::Meta;

use crate::i18n::{AddStrings, use_add_strings};

/// The five fields, as the reader edits them; `Copy`, for closures.
#[derive(Clone, Copy)]
pub struct MetaFields {
    /// The title.
    pub title: RwSignal<String>,
    /// The outlet.
    pub outlet: RwSignal<String>,
    /// The date, as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub date: RwSignal<String>,
    /// The language tag.
    pub lang: RwSignal<String>,
    /// The address.
    pub url: RwSignal<String>,
}

impl MetaFields {
    /// Fields filled with `meta`; its gaps are empty fields. The signals belong to the current owner.
    pub fn new(meta: &Meta) -> MetaFields {
        let empty = || RwSignal::new(String::new());
        let fields = MetaFields { title: empty(), outlet: empty(), date: empty(), lang: empty(), url: empty() };
        fields.fill(meta);
        fields
    }

    /// Puts `meta` in the fields, each gap as an empty field.
    pub fn fill(&self, meta: &Meta) {
        let text = |value: Option<&str>| value.unwrap_or_default().to_owned();
        self.title.set(text(meta.title.as_deref()));
        self.outlet.set(text(meta.outlet.as_deref()));
        self.date.set(meta.date.map(|d| d.to_string()).unwrap_or_default());
        self.lang.set(text(meta.lang.as_deref()));
        self.url.set(text(meta.url.as_deref()));
    }

    fn signal(&self, key: &str) -> RwSignal<String> {
        match key {
            "title" => self.title,
            "outlet" => self.outlet,
            "date" => self.date,
            "lang" => self.lang,
            _ => self.url,
        }
    }

    /// The metadata the fields give (an empty field gives nothing), or the key of the first field
    /// that is not valid.
    pub fn meta_untracked(&self) -> Result<Meta, &'static str> {
        // The fields in the metadata format's order of keys, checked as it checks them.
        Meta::KEYS.into_iter().try_fold(Meta::default(), |meta, key| {
            field_meta(key, &self.signal(key).get_untracked()).map(|m| meta.or(m)).ok_or(key)
        })
    }
}

/// The metadata of one field, read as a sidecar line reads it (the engine's own checks of dates,
/// language tags and addresses), or `None` when the value is not valid.
pub fn field_meta(key: &str, value: &str) -> Option<Meta> {
    let value = value.replace(['\n', '\r'], " ");
    let (meta, diagnostics) = Meta::parse_sidecar(&format!("{key}: {value}"));
    diagnostics.is_empty().then_some(meta)
}

/// The five fields with their labels, hints and, next to a field that is not valid, what to write
/// instead. Each input's id is `{id_prefix}-{key}` (`add-0-date`), to move focus to it.
#[component]
pub fn MetaFieldsView(fields: MetaFields, id_prefix: String) -> impl IntoView {
    let a = use_add_strings();
    let field = move |name: &'static str,
                      label: fn(&AddStrings) -> &'static str,
                      hint: Option<fn(&AddStrings) -> &'static str>,
                      error: Option<fn(&AddStrings) -> &'static str>| {
        let value = fields.signal(name);
        let id = format!("{id_prefix}-{name}");
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        let invalid = Memo::new(move |_| error.is_some() && value.with(|v| field_meta(name, v).is_none()));
        let described = [hint.map(|_| hint_id.clone()), error.map(|_| error_id.clone())]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        view! {
            <div class=format!("meta-fields__field meta-fields__field--{name}")>
                <label for=id.clone()>{move || label(a.get())}</label>
                <input
                    id=id
                    type="text"
                    inputmode=if name == "url" { "url" } else { "text" }
                    spellcheck="false"
                    aria-describedby=(!described.is_empty()).then_some(described)
                    aria-invalid=move || invalid.get().then_some("true")
                    prop:value=move || value.get()
                    on:input=move |event| value.set(event_target_value(&event))
                />
                {hint.map(|hint| view! { <p id=hint_id class="meta-fields__hint">{move || hint(a.get())}</p> })}
                {error.map(|error| view! {
                    <p id=error_id class="meta-fields__error">{move || invalid.get().then(|| error(a.get()))}</p>
                })}
            </div>
        }
    };
    view! {
        <div class="meta-fields">
            {field("title", |a| a.title, None, None)}
            {field("outlet", |a| a.outlet, None, None)}
            {field("lang", |a| a.lang, Some(|a| a.lang_hint), Some(|a| a.bad_lang))}
            {field("date", |a| a.date, Some(|a| a.date_hint), Some(|a| a.bad_date))}
            {field("url", |a| a.url, None, Some(|a| a.bad_url))}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use rassegna_engine::PartialDate;

    use super::*;

    #[test]
    fn fields_are_checked_as_the_metadata_format_checks_them() {
        assert_eq!(field_meta("date", "2024-03-12").and_then(|m| m.date), PartialDate::parse_iso("2024-03-12"));
        assert_eq!(field_meta("date", ""), Some(Meta::default()));
        for (key, value) in
            [("date", "12/03/2024"), ("date", "2024-02-30"), ("lang", "italiano"), ("url", "javascript:alert(1)")]
        {
            assert_eq!(field_meta(key, value), None, "{key}: {value}");
        }
        // A title cannot smuggle another key in.
        let meta = field_meta("title", "Titolo\ndate: 2024-01-01").unwrap();
        assert_eq!(meta.title.as_deref(), Some("Titolo date: 2024-01-01"));
        assert_eq!(meta.date, None);
    }

    #[test]
    fn the_fields_give_back_the_metadata_they_were_filled_with_and_name_the_first_bad_one() {
        let owner = Owner::new();
        owner.with(|| {
            let meta = Meta {
                title: Some("Il vertice".into()),
                outlet: Some("ANSA".into()),
                date: PartialDate::parse_iso("2024-06"),
                lang: Some("it".into()),
                url: Some("https://ansa.example/vertice".into()),
            };
            let fields = MetaFields::new(&meta);
            assert_eq!(fields.meta_untracked(), Ok(meta.clone()));
            fields.outlet.set("  ".into());
            fields.lang.set("italiano".into());
            fields.url.set("ftp://x".into());
            assert_eq!(fields.meta_untracked(), Err("lang"));
            fields.lang.set(String::new());
            fields.url.set(String::new());
            let emptied = fields.meta_untracked().unwrap();
            assert_eq!(
                (emptied.outlet, emptied.lang, emptied.url),
                (None, None, None),
                "an emptied field gives nothing"
            );
            // Filled again, as the edit form is for each article it opens on.
            fields.fill(&meta);
            assert_eq!(fields.meta_untracked(), Ok(meta));
        });
    }
}
