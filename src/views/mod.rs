pub mod coming;
pub mod quotes;
pub mod sources;
pub mod timeline;
