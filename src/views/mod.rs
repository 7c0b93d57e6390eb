pub mod coming;
pub mod sources;
