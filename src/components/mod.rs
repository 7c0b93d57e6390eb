pub mod copy_link;
pub mod export_buttons;
pub mod ignored_notice;
pub mod quote_card;
pub mod quote_filters;
pub mod site_header;
pub mod state_link;
pub mod timeline_event;
