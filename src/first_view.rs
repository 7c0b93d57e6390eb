//! The static first view: the app's own frame (header, the Quotes view's heading, search box,
//! count and filters) and its first cards, as HTML that `index.html` carries until the wasm mounts.
//!
//! It is drawn natively at build time (`src/bin/first-view.rs`, run by `scripts/first-view.mjs`)
//! from what the app itself draws from: the bundled [`Model`], the Quotes view's filter counts
//! ([`QuoteIndex::filter`]) and the interface strings, so it cannot drift from the app. Its markup
//! repeats the components' classes and nesting, so the one stylesheet lays both out the same and
//! mounting moves nothing (`e2e/first-view.spec.ts` holds the two equal, texts and positions).
//!
//! The frame is Italian, the page's language: a browser in another language sees the app's
//! English replace it in place. It is `inert` and its links have no address: until the app mounts
//! nothing in it works, and with JavaScript off a line in the notice slot says what needs it.

use std::fmt::Write;

use rassegna_engine::{Quote, QuoteKind};

use crate::components::copy_link::COPY_LINK_ICON;
use crate::components::quote_card::{country_name, speaker_details, speaker_name};
use crate::components::unfold::{folded, folds};
use crate::i18n::{FacetTitles, Strings, fill};
use crate::lang::Lang;
use crate::model::Model;
use crate::quote_filter::{FacetCount, Facets};
use crate::view_state::{View, ViewState};

/// A few screens of cards: what a reader sees before the app mounts, and a small `index.html`.
pub const FIRST_CARDS: usize = 40;

/// Said, with JavaScript off, in the notice slot under the header: in both languages, since no
/// script can tell which one the reader prefers.
const NEEDS_JAVASCRIPT: [(&str, &str); 2] = [
    ("it", "Ricerca, filtri e altre viste hanno bisogno di JavaScript."),
    ("en", "Search, filters and other views need JavaScript."),
];

/// The inputs of the filter options: a speaker, country or kind; a source; the source chosen.
const CHECKBOX: &str = "type=\"checkbox\"";
const SOURCE: &str = "type=\"radio\" name=\"source\"";
const CHOSEN_SOURCE: &str = "type=\"radio\" name=\"source\" checked";

/// The language the frame is drawn in: the page's own (`<html lang="it">`).
const LANG: Lang = Lang::It;

/// `text` safe as HTML text and as a double-quoted attribute value: markup in an article is text.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// The whole first view of `model`: the frame with its first `cards` cards, in a
/// `<div class="first-view" inert>` that the app removes when it mounts (src/main.rs).
pub fn first_view(model: &Model, cards: usize) -> String {
    let mut noscript = String::from("<noscript><div class=\"notice\"><p class=\"notice__text\">");
    for (at, (lang, text)) in NEEDS_JAVASCRIPT.iter().enumerate() {
        let space = if at == 0 { "" } else { " " };
        let _ = write!(noscript, "{space}<span lang=\"{lang}\">{}</span>", escape(text));
    }
    noscript.push_str("</p></div></noscript>");
    frame(model, cards, LANG, "first-view", &noscript, true)
}

/// The first view of a reader's review in `lang`, drawn while the rest of a long review is read
/// (src/opening.rs): `model` is its first articles, so it has their cards but no count and no
/// filters, which would count those articles only. Marked `first-view--review`, it shows on the
/// review's own address, where the bundled story's first view stays hidden.
#[cfg(feature = "reviews")]
pub fn review_preview(model: &Model, cards: usize, lang: Lang) -> String {
    frame(model, cards, lang, "first-view first-view--review", "", false)
}

/// The frame of `model` in `lang` with its first `cards` cards and `notice` (HTML) under the
/// header, in an inert `<div class="{class}">`; with the count of quotations and the filters
/// when `whole` (`model` is the whole review).
fn frame(model: &Model, cards: usize, lang: Lang, class: &str, notice: &str, whole: bool) -> String {
    let t = Strings::of(lang);
    let filtered = model.quote_index().filter(&ViewState::default());
    let mut html = format!("<div class=\"{class}\" inert>");
    html.push_str(&masthead(model, t, lang));
    let _ = write!(html, "<div class=\"notice-slot\">{notice}</div>");
    html.push_str("\n<main class=\"main\"><div class=\"quotes\"><div class=\"quotes__head\">");
    let _ = write!(
        html,
        "<h1 class=\"view-title\">{}</h1><div class=\"quotes__search\"><label for=\"quote-search\" \
         class=\"quotes__search-label\">{}</label><input id=\"quote-search\" type=\"search\" class=\"search-input\" \
         placeholder=\"{}\"></div>",
        escape(t.quotes_title),
        escape(t.search_label),
        escape(t.search_placeholder),
    );
    let _ = writeln!(
        html,
        "<div class=\"quotes__bar\"><p class=\"quotes__count\">{}</p><button type=\"button\" \
         class=\"button quotes__filters-toggle\">{}</button><div class=\"export\"><button type=\"button\" \
         class=\"button button--quiet\">{}</button><button type=\"button\" class=\"button button--quiet\">{}</button>\
         </div></div></div>",
        if whole { escape(&t.quote_count(filtered.results.len())) } else { "…".to_owned() },
        escape(t.filters),
        escape(t.export_csv),
        escape(t.export_json),
    );
    html.push_str("<aside class=\"quotes__filters\">");
    if whole {
        html.push_str(&facets(model, &filtered.facets, t, lang));
    }
    html.push_str("</aside>\n<section class=\"quotes__results\"><ol class=\"quotes__list\">\n");
    html.push_str(&first_cards(model, &filtered.results[..cards.min(filtered.results.len())], lang));
    let _ = write!(
        html,
        "</ol></section></div></main>\n<footer class=\"site-footer\"><p>{}</p></footer></div>",
        escape(t.footer)
    );
    html
}

/// The header as `SiteHeader` draws it: brand, tagline, language switch, reviews menu, copy-link button, the
/// story, and the view tabs with Quotes current.
fn masthead(model: &Model, t: &Strings, lang: Lang) -> String {
    let mut html = String::from("<header class=\"masthead\"><div class=\"masthead__top\"><p class=\"brand\">");
    let _ = write!(
        html,
        "<a class=\"brand__name\">Rassegna</a><span class=\"brand__tagline\">{}</span></p>\
         <div class=\"masthead__tools\"><nav class=\"lang-switch\">",
        escape(t.tagline)
    );
    for option in Lang::ALL {
        let current = if option == lang { " aria-current=\"true\"" } else { "" };
        let code = option.code();
        let _ = write!(html, "<a class=\"lang-switch__option\" lang=\"{code}\"{current}>{}</a>", code.to_uppercase());
    }
    let _ = write!(
        html,
        "</nav><div class=\"reviews-menu\"><button type=\"button\" class=\"button reviews-menu__toggle\" \
         aria-expanded=\"false\">{}</button></div><span class=\"copy-link\"><button type=\"button\" class=\"button\"><svg class=\"icon\" \
         aria-hidden=\"true\" viewBox=\"0 0 24 24\" width=\"16\" height=\"16\"><path d=\"{COPY_LINK_ICON}\"></path>\
         </svg>{}</button><span class=\"copy-link__status\"></span></span></div></div>",
        escape(t.reviews.menu),
        escape(t.copy_link)
    );
    let story = &model.story;
    let story_line: Vec<String> =
        [story.title.clone(), story.date.map(|date| t.date(date))].into_iter().flatten().collect();
    let _ = write!(html, "<p class=\"story\" lang=\"it\">{}</p>", escape(&story_line.join(" · ")));
    html.push_str("<nav class=\"tabs\"><ul class=\"tabs__list\">");
    for view in View::ALL {
        let current = if view == View::Quotes { " aria-current=\"page\"" } else { "" };
        let _ = write!(html, "<li><a class=\"tabs__link\"{current}>{}</a></li>", escape(t.view_names.of(view)));
    }
    html.push_str("</ul></nav></header>");
    html
}

/// The filter column as `QuoteFilters` draws it with nothing chosen: speakers, countries, sources
/// and kinds, each option with its count, long lists folded.
fn facets(model: &Model, facets: &Facets, t: &Strings, lang: Lang) -> String {
    let corpus = model.corpus;
    let index = model.quote_index();
    // The one place that reads the facets' titles, in the order the view shows them.
    let FacetTitles { speaker: speaker_title, country: country_title, source: source_title, kind: kind_title } =
        &t.facet_titles;
    // An option as `Option` draws it (a checkbox) or as the source facet does (a radio, never dimmed).
    let option = |input: &str, label: &str, count: usize, title: Option<&str>| {
        let empty = if count == 0 && input == CHECKBOX { " facet__option--empty" } else { "" };
        let title = title.map(|title| format!(" title=\"{}\"", escape(title))).unwrap_or_default();
        format!(
            "<li><label class=\"facet__option{empty}\"{title}><input {input}><span class=\"facet__label\">{}</span>\
             <span class=\"facet__count\">{count}</span></label></li>",
            escape(label)
        )
    };
    // A facet; one that can fold has its number of options.
    let facet = |title: &str, options: String, foldable: Option<usize>| {
        let unfold = if let Some(all) = foldable.filter(|&all| folds(all)) {
            let label = escape(&fill(t.show_all_options, all));
            format!("<button type=\"button\" class=\"button button--quiet facets__unfold\">{label}</button>")
        } else {
            String::new()
        };
        format!(
            "<fieldset class=\"facet\"><legend class=\"facet__title\">{}</legend><ul class=\"facet__options\">{options}\
             </ul>{unfold}</fieldset>",
            escape(title)
        )
    };
    let listed = |options: &[FacetCount<String>], label: &dyn Fn(&str) -> String| -> String {
        folded(options, false, |_| false).iter().map(|o| option(CHECKBOX, &label(&o.value), o.count, None)).collect()
    };
    let speakers = listed(&facets.speakers, &|id| index.speaker_name(id).unwrap_or(id).to_owned());
    let countries = listed(&facets.countries, &|id| {
        corpus.gazetteer.entity(id).map_or_else(|| id.to_owned(), |c| country_name(c, lang))
    });
    let total: usize = facets.sources.iter().map(|s| s.count).sum();
    let mut sources = option(CHOSEN_SOURCE, t.all_sources, total, None);
    for FacetCount { value, count } in folded(&facets.sources, false, |_| false) {
        let meta = &corpus.documents[value].meta;
        sources.push_str(&option(
            SOURCE,
            meta.outlet.as_deref().unwrap_or(t.unknown_outlet),
            count,
            meta.title.as_deref(),
        ));
    }
    let kinds: String =
        facets.kinds.iter().map(|k| option(CHECKBOX, t.kind_names.of(k.value), k.count, None)).collect();
    format!(
        "<div class=\"facets\">{}{}{}{}</div>",
        facet(speaker_title, speakers, Some(facets.speakers.len())),
        facet(country_title, countries, Some(facets.countries.len())),
        facet(source_title, sources, Some(facets.sources.len())),
        facet(kind_title, kinds, None),
    )
}

/// The cards of quotations `results` (indices into the corpus) as `QuoteCard` draws them, one
/// `<li>` a line.
fn first_cards(model: &Model, results: &[usize], lang: Lang) -> String {
    let t = Strings::of(lang);
    let corpus = model.corpus;
    results
        .iter()
        .map(|&i| {
            let quote: &Quote = &corpus.quotes[i];
            let doc = &corpus.documents[quote.doc];
            let reported = quote.kind == QuoteKind::Reported;
            let (open_mark, close_mark) = if reported { ("", "") } else { ("“", "”") };
            let text_lang =
                doc.meta.lang.as_deref().map(|lang| format!(" lang=\"{}\"", escape(lang))).unwrap_or_default();
            let mut card = format!(
                "<li><article class=\"quote-card{}\"><p class=\"quote-card__kind quote-card__kind--{}\">{}</p>\
                 <blockquote class=\"quote-card__text\"{text_lang}><p>{open_mark}{}{close_mark}</p></blockquote>\
                 <p class=\"quote-card__speaker\"><strong class=\"quote-card__name\">{}</strong>",
                if reported { " quote-card--reported" } else { "" },
                quote.kind.as_str(),
                escape(t.kind_names.of(quote.kind)),
                escape(quote.text.of(&doc.text)),
                escape(&speaker_name(quote, t.unattributed)),
            );
            if let Some(details) = speaker_details(corpus, quote, lang) {
                let _ = write!(card, "<span class=\"quote-card__role\">{}</span>", escape(&details));
            }
            let outlet = doc.meta.outlet.as_deref().unwrap_or(t.unknown_outlet);
            let _ = write!(card, "</p><p class=\"quote-card__source\">{}", escape(outlet));
            if let Some(date) = doc.meta.date {
                let _ = write!(card, " · <time datetime=\"{date}\">{}</time>", escape(&t.date(date)));
            }
            if let Some(cue) = quote.cue {
                let _ = write!(card, " · <span class=\"quote-card__cue\" lang=\"it\">{}</span>", escape(cue.of(&doc.text)));
            }
            if let Some(via) = &quote.via {
                let _ = write!(card, " · <span class=\"quote-card__via\">{}</span>", escape(&fill(t.via, &via.name)));
            }
            let _ = write!(
                card,
                "</p><div class=\"quote-card__actions\"><button type=\"button\" class=\"button button--quiet\">{}</button>\
                 <a class=\"button button--quiet\">{}</a>",
                escape(t.in_context),
                escape(t.open_in_source),
            );
            if corpus.entry_of_quote(&quote.id).is_some() {
                let _ = write!(card, "<a class=\"button button--quiet\">{}</a>", escape(t.on_the_timeline));
            }
            let _ = writeln!(
                card,
                "<a class=\"button button--quiet quote-card__permalink\"><span aria-hidden=\"true\">#</span>\
                 <span class=\"visually-hidden\">{}</span></a></div></article></li>",
                escape(t.permalink)
            );
            card
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use rassegna_engine::{Document, Meta};

    use super::*;

    #[test]
    fn markup_in_an_article_is_text() {
        let article = "title: <script>alert(1)</script> & \"più\"\noutlet: <b>Il Foglio</b>\ndate: 2024-06-19\n\n\
                       “<img src=x onerror=alert(2)>”, ha detto Putin.";
        let story = Meta::parse_sidecar("title: <i>storia</i>\n").0;
        let model = Model::new(vec![Document::parse("a", article)], story);
        let html = first_view(model, FIRST_CARDS);
        for markup in ["<script", "<b>", "<img", "<i>"] {
            assert!(!html.contains(markup), "{markup} is escaped in {html}");
        }
        assert!(html.contains("title=\"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;più&quot;\""));
        assert!(html.contains("&lt;b&gt;Il Foglio&lt;/b&gt;"));
        assert!(html.contains("“&lt;img src=x onerror=alert(2)&gt;”"));
        assert!(html.contains("<p class=\"story\" lang=\"it\">&lt;i&gt;storia&lt;/i&gt;</p>"));
    }

    #[test]
    fn the_bundled_first_view_has_the_frame_and_the_first_cards() {
        let model = Model::bundled();
        let html = first_view(model, FIRST_CARDS);
        assert!(html.starts_with("<div class=\"first-view\" inert>") && html.ends_with("</div>"));
        assert_eq!(html.matches("<article class=\"quote-card").count(), FIRST_CARDS.min(model.corpus.quotes.len()));
        assert_eq!(html.matches("<fieldset class=\"facet\">").count(), 4);
        assert_eq!(html.matches("class=\"tabs__link\"").count(), View::ALL.len());
    }
}
