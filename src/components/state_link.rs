use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::location::use_location;
use crate::view_state::ViewState;

/// A real link to another view state: it opens in a new tab, copies and shares like any link,
/// and a plain click changes the view without reloading the page.
#[component]
pub fn StateLink(
    /// The state the link leads to.
    #[prop(into)]
    to: Signal<ViewState>,
    children: Children,
) -> impl IntoView {
    let location = use_location();
    let follow = move |event: MouseEvent| {
        let plain =
            event.button() == 0 && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key());
        if plain && !event.default_prevented() {
            event.prevent_default();
            location.push(to.get_untracked());
        }
    };
    view! {
        <a href=move || location.href(&to.get()) on:click=follow>
            {children()}
        </a>
    }
}
