use leptos::context::Provider;
use leptos::prelude::*;

use crate::components::ignored_notice::IgnoredNotice;
#[cfg(feature = "reviews")]
use crate::components::review_bar::ReviewBar;
use crate::components::site_header::SiteHeader;
use crate::i18n::use_strings;
use crate::lang::{Lang, UiLang};
use crate::location::Location;
use crate::model::Model;
use crate::reviews::{Opening, Reviews};
#[cfg(feature = "reviews")]
use crate::view_state::Reason;
use crate::view_state::View;
use crate::views::quotes::QuotesView;
use crate::views::sources::SourcesView;
use crate::views::stances::StancesView;
use crate::views::timeline::TimelineView;

/// The shell: header, the current view of the current review, footer.
#[component]
pub fn App(
    /// What the views show when the address names no review of the reader's; the bundled story
    /// when not given, made when first shown ([`Model::bundled`]).
    #[prop(default = None)]
    model: Option<&'static Model>,
    /// The review of the reader's that the address opens (stored, or carried by a shared link
    /// `#share=…`), read before the app mounts so that its first view is the review's.
    #[prop(default = None)]
    opening: Option<Opening>,
) -> impl IntoView {
    let reviews = Reviews::new(model);
    provide_context(reviews);
    // A shared link's review is kept as a copy and named in the address before the address is
    // read, so that the link's view is read against it.
    #[cfg(feature = "reviews")]
    let share_broken = match opening {
        Some(Opening::Shared(shared)) => {
            let opened = shared.and_then(|(review, model)| reviews.open_shared(review, model).ok());
            Location::settle_shared_link(opened.as_ref().map(|summary| summary.id.as_str()));
            opened.is_none()
        }
        Some(Opening::Stored { id, revision, model }) => {
            reviews.keep_model(&id, revision, model);
            false
        }
        None => false,
    };
    #[cfg(not(feature = "reviews"))]
    let _ = opening;
    let location = Location::new(reviews);
    provide_context(location);
    #[cfg(feature = "reviews")]
    if share_broken {
        location.report("share", Reason::BrokenShare);
    }
    let current = location.model();
    let browser = Lang::for_browser(&window().navigator().language().unwrap_or_default());
    let state = location.state();
    let lang = Memo::new(move |_| state.with(|s| s.lang).unwrap_or(browser));
    provide_context(UiLang(lang));
    let view = Memo::new(move |_| state.with(|s| s.view));
    let t = use_strings();

    Effect::new(move |_| {
        let document = document();
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", lang.get().code());
        }
        document.set_title(&format!("{} · Rassegna", t.get().view_names.of(view.get())));
    });

    let skip_to_main = |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(main).focus();
        }
    };

    view! {
        <div class="app">
            <a class="skip-link" href="#main" on:click=skip_to_main>{move || t.get().skip_to_content}</a>
            <SiteHeader view=view />
            <IgnoredNotice />
            <main id="main" class="main" tabindex="-1">
                {review_bar()}
                // Another review is another model: its views are made anew, under it.
                {move || {
                    view! {
                        <Provider value=current.get()>
                            {move || match view.get() {
                                View::Quotes => view! { <QuotesView /> }.into_any(),
                                View::Timeline => view! { <TimelineView /> }.into_any(),
                                View::Stances => view! { <StancesView /> }.into_any(),
                                View::Sources => view! { <SourcesView /> }.into_any(),
                            }}
                        </Provider>
                    }
                }}
            </main>
            <footer class="site-footer">
                <p>{move || t.get().footer}</p>
            </footer>
        </div>
    }
}

/// The bar over a reader's own review; the first module, which shows only the example, has none.
fn review_bar() -> impl IntoView {
    #[cfg(feature = "reviews")]
    return view! { <ReviewBar /> };
    #[cfg(not(feature = "reviews"))]
    ()
}
