use leptos::prelude::*;

use crate::app::use_strings;
use crate::components::state_link::StateLink;
use crate::location::Location;
use crate::view_state::View;

/// A view whose extraction is still being built: what it will show, and a way on.
#[component]
pub fn ComingView(view: View) -> impl IntoView {
    let t = use_strings();
    let location: Location = expect_context();
    let state = location.state();
    let sources = Signal::derive(move || state.with(|s| s.with_view(View::Sources)));
    view! {
        <section class="coming" aria-labelledby="coming-title">
            <p class="eyebrow">{move || t.get().coming}</p>
            <h1 id="coming-title" class="coming__title">{move || t.get().view_name(view)}</h1>
            <p class="coming__text">{move || t.get().view_description(view)}</p>
            <StateLink to=sources attr:class="button button--primary">
                {move || t.get().read_the_sources}
                <span aria-hidden="true">" →"</span>
            </StateLink>
        </section>
    }
}
