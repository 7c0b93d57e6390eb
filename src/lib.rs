//! Rassegna, the app: a thin Leptos layer over the engine's model of the bundled articles.
//!
//! All state is in the query string ([`view_state`]); [`location`] binds it to the browser's
//! history; views and components only read the model and that state.

mod app;
#[cfg(feature = "bench")]
pub mod bench;
mod components;
pub mod export;
pub mod failure;
pub mod first_view;
pub mod handoff;
pub mod i18n;
pub mod lang;
pub mod location;
pub mod model;
#[cfg(feature = "reviews")]
pub mod opening;
pub mod quote_filter;
#[cfg(feature = "reviews")]
pub mod review_store;
pub mod reviews;
pub mod search;
#[cfg(feature = "reviews")]
pub mod share;
pub mod timeline_filter;
pub mod view_state;
mod views;
pub mod windowing;

pub use app::App;
#[cfg(feature = "reviews")]
pub use components::add_articles::AddArticles;
pub use model::Model;
pub use views::sources::Reader;
