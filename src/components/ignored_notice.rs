use leptos::prelude::*;

use crate::i18n::use_strings;
use crate::location::use_location;

/// Says, once and unobtrusively, which parts of the opened link could not be used.
#[component]
pub fn IgnoredNotice() -> impl IntoView {
    let location = use_location();
    let t = use_strings();
    let ignored = location.ignored();
    let summary = move || {
        let t = t.get();
        ignored.with(|items| {
            items
                .iter()
                .map(|item| format!("«{}» ({})", item.key, t.reasons.of(item.reason)))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    view! {
        <div class="notice-slot" role="status">
            <Show when=move || ignored.with(|items| !items.is_empty())>
                <div class="notice">
                    <p class="notice__text">{move || t.get().ignored_intro} " " {summary}</p>
                    <button type="button" class="button button--quiet" on:click=move |_| location.dismiss_ignored()>
                        {move || t.get().close}
                    </button>
                </div>
            </Show>
        </div>
    }
}
