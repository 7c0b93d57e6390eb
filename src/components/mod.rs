pub mod copy_link;
pub mod ignored_notice;
pub mod site_header;
pub mod state_link;
