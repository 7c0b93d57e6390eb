use leptos::prelude::*;

use crate::components::copy_link::CopyLinkButton;
#[cfg(feature = "reviews")]
use crate::components::reviews_menu::ReviewsMenu;
use crate::components::state_link::StateLink;
use crate::i18n::{Strings, use_strings};
use crate::lang::Lang;
use crate::lang::use_lang;
use crate::location::use_location;
use crate::view_state::{View, ViewState};

/// The masthead: product name, the story, the language switch, the copy-link button and the views.
#[component]
pub fn SiteHeader(view: Memo<View>) -> impl IntoView {
    let location = use_location();
    let lang = use_lang();
    let t = use_strings();
    let state = location.state();
    let model = location.model();
    let story_line = move || {
        let story = &model.get().story;
        let date = story.date.map(|date| t.get().date(date));
        [story.title.clone(), date].into_iter().flatten().collect::<Vec<_>>().join(" · ")
    };
    let home = Signal::derive(move || state.with(|s| s.with_view(View::default())));

    view! {
        <header class="masthead">
            <div class="masthead__top">
                <p class="brand">
                    <StateLink to=home attr:class="brand__name">"Rassegna"</StateLink>
                    <span class="brand__tagline">{move || t.get().tagline}</span>
                </p>
                <div class="masthead__tools">
                    <nav class="lang-switch" aria-label=move || t.get().language_label>
                        {Lang::ALL
                            .into_iter()
                            .map(|option| {
                                let to = Signal::derive(move || state.with(|s| ViewState { lang: Some(option), ..s.clone() }));
                                view! {
                                    <StateLink
                                        to=to
                                        attr:class="lang-switch__option"
                                        attr:lang=option.code()
                                        attr:hreflang=option.code()
                                        attr:title=Strings::of(option).name
                                        attr:aria-label=Strings::of(option).name
                                        attr:aria-current=move || (lang.get() == option).then_some("true")
                                    >
                                        {option.code().to_uppercase()}
                                    </StateLink>
                                }
                            })
                            .collect_view()}
                    </nav>
                    {reviews_menu()}
                    <CopyLinkButton />
                </div>
            </div>
            <p class="story" lang="it">{story_line}</p>
            <nav class="tabs" aria-label=move || t.get().views_label>
                <ul class="tabs__list">
                    {View::ALL
                        .into_iter()
                        .map(|target| {
                            let to = Signal::derive(move || state.with(|s| s.with_view(target)));
                            view! {
                                <li>
                                    <StateLink
                                        to=to
                                        attr:class="tabs__link"
                                        attr:aria-current=move || (view.get() == target).then_some("page")
                                    >
                                        {move || t.get().view_names.of(target)}
                                    </StateLink>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}

/// The Reviews menu; in the first module, its button, which brings the full app with the menu
/// open (`crate::handoff`).
fn reviews_menu() -> impl IntoView {
    #[cfg(feature = "reviews")]
    return view! { <ReviewsMenu /> };
    #[cfg(not(feature = "reviews"))]
    {
        let t = use_strings();
        let busy = RwSignal::new(false);
        let open = move |_| {
            busy.set(true);
            crate::handoff::to_full_app();
        };
        view! {
            <div class="reviews-menu">
                <button
                    type="button"
                    class="button reviews-menu__toggle"
                    aria-expanded="false"
                    aria-busy=move || busy.get().then_some("true")
                    on:click=open
                >
                    {move || t.get().reviews.menu}
                </button>
            </div>
        }
    }
}
