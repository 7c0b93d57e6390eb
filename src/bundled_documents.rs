// Included by build.rs, which reads the bundled story when the app is built, and by src/model.rs,
// which shows what build.rs found: both make the same documents of the same files.

/// The bundled articles, each `(id, text, metadata sidecar)`, as the engine reads them.
pub(crate) fn bundled_documents(files: &[(&str, &str, Option<&str>)]) -> Vec<rassegna_engine::Document> {
    files
        .iter()
        .map(|&(id, text, sidecar)| {
            let document = rassegna_engine::Document::parse(id, text);
            match sidecar {
                Some(sidecar) => document.with_sidecar(sidecar),
                None => document,
            }
        })
        .collect()
}
