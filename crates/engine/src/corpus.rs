use crate::Document;

/// The documents of one story and everything extracted from them.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// The articles, in the order they were given.
    pub documents: Vec<Document>,
}

impl Corpus {
    /// A corpus of `documents`.
    pub fn new(documents: Vec<Document>) -> Corpus {
        Corpus { documents }
    }

    /// The document called `id`, if there is one.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }
}
