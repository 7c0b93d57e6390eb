pub mod quotes;
pub mod sources;
pub mod stances;
pub mod timeline;
