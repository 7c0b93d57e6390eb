use leptos::prelude::*;

use crate::components::quote_card::country_name;
use crate::components::unfold::{Unfold, folded};
use crate::i18n::use_strings;
use crate::lang::use_lang;
use crate::location::use_location;
use crate::model::{use_corpus, use_model};
use crate::quote_filter::{FacetCount, Facets};
use crate::view_state::ViewState;

/// The facets of the Quotes view: speakers, countries (several at once), source, kind, each
/// option with the number of cards it would show.
#[component]
pub fn QuoteFilters(#[prop(into)] facets: Signal<Facets>) -> impl IntoView {
    let t = use_strings();
    let lang = use_lang();
    let location = use_location();
    let state = location.state();
    let corpus = use_corpus();
    let index = use_model().quote_index();

    let (speakers_unfolded, countries_unfolded, sources_unfolded) =
        (RwSignal::new(false), RwSignal::new(false), RwSignal::new(false));
    let speakers = move || {
        let options =
            facets.with(|f| folded(&f.speakers, speakers_unfolded.get(), |id| state.with(|s| s.speakers.contains(id))));
        options
            .into_iter()
            .map(|FacetCount { value, count }| {
                let name = index.speaker_name(&value).map_or_else(|| value.clone(), str::to_owned);
                let checked = state.with(|s| s.speakers.contains(&value));
                let on_change = move || location.push(state.with_untracked(|s| s.toggled_speaker(&value)));
                view! { <Option label=name count=count checked=checked on_change=on_change /> }
            })
            .collect_view()
    };
    let countries = move || {
        let options = facets
            .with(|f| folded(&f.countries, countries_unfolded.get(), |id| state.with(|s| s.countries.contains(id))));
        options
            .into_iter()
            .map(|FacetCount { value, count }| {
                let name =
                    corpus.gazetteer.entity(&value).map_or_else(|| value.clone(), |c| country_name(c, lang.get()));
                let checked = state.with(|s| s.countries.contains(&value));
                let on_change = move || location.push(state.with_untracked(|s| s.toggled_country(&value)));
                view! { <Option label=name count=count checked=checked on_change=on_change /> }
            })
            .collect_view()
    };
    let kinds = move || {
        facets.with(|f| f.kinds.clone()).into_iter().map(|FacetCount { value, count }| {
            let checked = state.with(|s| s.kinds.contains(&value));
            let on_change = move || location.push(state.with_untracked(|s| s.toggled_kind(value)));
            view! { <Option label=t.get().kind_names.of(value).to_owned() count=count checked=checked on_change=on_change /> }
        }).collect_view()
    };
    let sources = move || {
        let choose = move |doc: Option<String>| location.push(ViewState { doc, quote: None, ..state.get_untracked() });
        let total: usize = facets.with(|f| f.sources.iter().map(|s| s.count).sum());
        let any = view! {
            <li>
                <label class="facet__option">
                    <input type="radio" name="source" checked=state.with(|s| s.doc.is_none()) on:change=move |_| choose(None) />
                    <span class="facet__label">{t.get().all_sources}</span>
                    <span class="facet__count">{total}</span>
                </label>
            </li>
        };
        let chosen = |&doc: &usize| state.with(|s| s.doc.as_deref() == Some(corpus.documents[doc].id.as_str()));
        let options = facets.with(|f| folded(&f.sources, sources_unfolded.get(), chosen));
        let docs = options.into_iter().map(|FacetCount { value, count }| {
            let doc = &corpus.documents[value];
            let label = doc.meta.outlet.clone().unwrap_or_else(|| t.get().unknown_outlet.into());
            let checked = state.with(|s| s.doc.as_deref() == Some(doc.id.as_str()));
            view! {
                <li>
                    <label class="facet__option" title=doc.meta.title.clone()>
                        <input type="radio" name="source" checked=checked on:change=move |_| choose(Some(doc.id.clone())) />
                        <span class="facet__label">{label}</span>
                        <span class="facet__count">{count}</span>
                    </label>
                </li>
            }
        }).collect_view();
        (any, docs)
    };

    view! {
        <div class="facets">
            <Facet
                title=move || t.get().facet_titles.speaker
                unfold=(speakers_unfolded, Signal::derive(move || facets.with(|f| f.speakers.len())))
            >
                {speakers}
            </Facet>
            <Facet
                title=move || t.get().facet_titles.country
                unfold=(countries_unfolded, Signal::derive(move || facets.with(|f| f.countries.len())))
            >
                {countries}
            </Facet>
            <Facet
                title=move || t.get().facet_titles.source
                unfold=(sources_unfolded, Signal::derive(move || facets.with(|f| f.sources.len())))
            >
                {sources}
            </Facet>
            <Facet title=move || t.get().facet_titles.kind>{kinds}</Facet>
        </div>
    }
}

/// A group of options with its title.
#[component]
fn Facet(
    title: impl Fn() -> &'static str + Send + Sync + 'static,
    /// Whether the facet is unfolded, and how many options it has, for a facet that can fold.
    #[prop(optional)]
    unfold: Option<(RwSignal<bool>, Signal<usize>)>,
    children: ChildrenFn,
) -> impl IntoView {
    view! {
        <fieldset class="facet">
            <legend class="facet__title">{title}</legend>
            <ul class="facet__options">{children()}</ul>
            {unfold.map(|(unfolded, options)| view! { <Unfold unfolded=unfolded options=options /> })}
        </fieldset>
    }
}

/// A checkbox option with its count; an option that would show nothing is dimmed, not hidden.
#[component]
fn Option(label: String, count: usize, checked: bool, on_change: impl Fn() + 'static) -> impl IntoView {
    view! {
        <li>
            <label class="facet__option" class:facet__option--empty=count == 0 && !checked>
                <input type="checkbox" checked=checked on:change=move |_| on_change() />
                <span class="facet__label">{label}</span>
                <span class="facet__count">{count}</span>
            </label>
        </li>
    }
}
