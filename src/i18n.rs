//! The interface in Italian and English: one table of strings per language.
//!
//! Two languages of short labels do not need an i18n framework and its locale data; a struct of
//! `&'static str` costs a few hundred bytes and the compiler checks that both tables are complete:
//! every string is a named field (the names of views, kinds, stances… in structs of their own, read
//! through a `match`), so a missing or misplaced one does not compile.

use leptos::prelude::*;
#[cfg(feature = "reviews")]
use rassegna_engine::ReviewError;
use rassegna_engine::import::ImportError;
#[cfg(feature = "reviews")]
use rassegna_engine::review::MAX_ARTICLES;
use rassegna_engine::{DecadePart, PartialDate, QuoteKind, Stance, StatementKind, TimeValue};

use crate::lang::{Lang, use_lang};
#[cfg(feature = "reviews")]
use crate::review_store::StoreError;
#[cfg(feature = "reviews")]
use crate::reviews::OpenError;
use crate::view_state::{Reason, View};

/// Every string of the interface, in one language.
pub struct Strings {
    /// The language's own name.
    pub name: &'static str,
    /// Under the product name.
    pub tagline: &'static str,
    /// Label of the view navigation.
    pub views_label: &'static str,
    /// Label of the language switch.
    pub language_label: &'static str,
    /// Link that skips to the main content.
    pub skip_to_content: &'static str,
    /// The copy-link button.
    pub copy_link: &'static str,
    /// Said when the link was copied.
    pub link_copied: &'static str,
    /// Said when the browser refused to copy.
    pub copy_failed: &'static str,
    /// Names of the views.
    pub view_names: ViewNames,
    /// Heading of the list of articles.
    pub articles: &'static str,
    /// Shown where an article's outlet is not known.
    pub unknown_outlet: &'static str,
    /// Shown where an article's date is not known.
    pub unknown_date: &'static str,
    /// `{}` paragraphs.
    pub paragraphs: &'static str,
    /// `{}` sentences.
    pub sentences: &'static str,
    /// Asks the reader to pick an article.
    pub choose_article: &'static str,
    /// Link back from the reader to the list.
    pub all_articles: &'static str,
    /// Sentence `{}`: the label of a sentence's link.
    pub sentence_n: &'static str,
    /// Read before the highlighted sentence by screen readers.
    pub highlighted_sentence: &'static str,
    /// Closes the highlighted sentence's bar.
    pub close: &'static str,
    /// Says that the article is in Italian (the interface may not be).
    pub article_language: &'static str,
    /// Opens the notice about a link's ignored parts.
    pub ignored_intro: &'static str,
    /// Why a part of a link was ignored.
    pub reasons: Reasons,
    /// The press reviews menu.
    pub reviews: ReviewStrings,
    /// The footer.
    pub footer: &'static str,
    /// Heading of the panel shown when the app has crashed.
    pub failure_title: &'static str,
    /// What the crash means for the reader, and what to do.
    pub failure_text: &'static str,
    /// The link that reloads the page on the same view.
    pub reload: &'static str,
    /// Month names, January first: an ordinal table, read by month number (1 to 12), which is
    /// what dates carry; its length is checked like any field's type.
    pub months: [&'static str; 12],
    /// Heading of the Quotes view.
    pub quotes_title: &'static str,
    /// Label of the search box.
    pub search_label: &'static str,
    /// Placeholder of the search box.
    pub search_placeholder: &'static str,
    /// The filters' toggle and heading.
    pub filters: &'static str,
    /// One filter set.
    pub one_filter_active: &'static str,
    /// `{}` filters set.
    pub filters_active: &'static str,
    /// Titles of the Quotes view's facets.
    pub facet_titles: FacetTitles,
    /// Names of the kinds of quotation.
    pub kind_names: KindNames,
    /// The source facet's "any" option.
    pub all_sources: &'static str,
    /// One quotation.
    pub one_quote: &'static str,
    /// `{}` quotations.
    pub n_quotes: &'static str,
    /// Clears every filter.
    pub clear_filters: &'static str,
    /// Unfolds a long list of filter options; `{}` is how many there are.
    pub show_all_options: &'static str,
    /// Folds it again.
    pub show_fewer_options: &'static str,
    /// Said when no quotation matches.
    pub no_quotes: &'static str,
    /// Shown for a quotation with no speaker.
    pub unattributed: &'static str,
    /// Beside a speaker the text names only through a description, a pronoun or an omitted
    /// subject: a reader should check the sentence.
    pub inferred_speaker: &'static str,
    /// The same, with the description or pronoun `{}` that stands for the speaker.
    pub inferred_speaker_from: &'static str,
    /// `via {}`: who relayed a quotation.
    pub via: &'static str,
    /// Shows the sentence around a quotation.
    pub in_context: &'static str,
    /// Opens the reader on a quotation's sentence.
    pub open_in_source: &'static str,
    /// A quotation's own link.
    pub permalink: &'static str,
    /// Download the cards as CSV.
    pub export_csv: &'static str,
    /// Download the cards as JSON.
    pub export_json: &'static str,
    /// Shows a quotation's happening on the timeline.
    pub on_the_timeline: &'static str,
    /// `Said {}`: the time filter of the Quotes view ("Said in June 2024").
    pub said_at: &'static str,
    /// Removes the time filter.
    pub any_time: &'static str,
    /// Heading of the Timeline view.
    pub timeline_title: &'static str,
    /// Under it: how the dates were found and how to move.
    pub timeline_intro: &'static str,
    /// The period filter.
    pub period: &'static str,
    /// Period start and end labels.
    pub period_from: &'static str,
    /// Period end label.
    pub period_to: &'static str,
    /// No bound on the period.
    pub any_year: &'static str,
    /// The people and countries filter.
    pub involving: &'static str,
    /// One event.
    pub one_event: &'static str,
    /// `{}` events.
    pub n_events: &'static str,
    /// Said when no event matches.
    pub no_events: &'static str,
    /// `{}` sources: an event told by several articles.
    pub n_sources: &'static str,
    /// Heading of an event's tellings.
    pub told_by: &'static str,
    /// Heading of the quotations said at an event.
    pub said_then: &'static str,
    /// Opens the quotations said at an event's time.
    pub quotes_of_the_time: &'static str,
    /// Gaps between events.
    pub later: Later,
    /// Decades and their parts.
    pub decades: Decades,
    /// Whether decades are written by their last two digits (’40) rather than in full (1940).
    pub short_decades: bool,
    /// Heading of the Stances view.
    pub stances_title: &'static str,
    /// Under it: how stances are found and checked.
    pub stances_intro: &'static str,
    /// Names of the stances.
    pub stance_names: StanceNames,
    /// A cell with no statement.
    pub no_statement: &'static str,
    /// One statement.
    pub one_statement: &'static str,
    /// `{}` statements.
    pub n_statements: &'static str,
    /// Label of the actors column.
    pub actor: &'static str,
    /// The topic filter.
    pub topics_label: &'static str,
    /// The compare mode's heading.
    pub compare: &'static str,
    /// How to use it.
    pub compare_hint: &'static str,
    /// Heading of a cell's evidence.
    pub evidence: &'static str,
    /// Says a curated override set the stance.
    pub curated: &'static str,
    /// Opens a statement's quotation card.
    pub see_quote: &'static str,
    /// The legend's heading.
    pub legend: &'static str,
    /// Heading of the list of the topics' propositions.
    pub claims: &'static str,
    /// What a cell says of its topic's proposition, before the proposition.
    pub claim_is: &'static str,
    /// How a statement is the actor's, before whose it is.
    pub statement_kinds: StatementKinds,
}

static IT: Strings = Strings {
    name: "Italiano",
    tagline: "La stampa su una notizia, frase per frase",
    views_label: "Viste",
    language_label: "Lingua dell’interfaccia",
    skip_to_content: "Vai al contenuto",
    copy_link: "Copia link",
    link_copied: "Link copiato",
    copy_failed: "Copia non riuscita: copia l’indirizzo dalla barra del browser",
    view_names: ViewNames { quotes: "Citazioni", timeline: "Cronologia", stances: "Posizioni", sources: "Fonti" },
    articles: "Articoli",
    unknown_outlet: "Testata sconosciuta",
    unknown_date: "Data sconosciuta",
    paragraphs: "{} paragrafi",
    sentences: "{} frasi",
    choose_article: "Scegli un articolo da leggere. Ogni frase ha un suo link da condividere.",
    all_articles: "Tutti gli articoli",
    sentence_n: "Frase {}",
    highlighted_sentence: "Frase evidenziata:",
    close: "Chiudi",
    article_language: "Articolo in italiano",
    ignored_intro: "Parte del link è stata ignorata:",
    reviews: ReviewStrings {
        menu: "Rassegne",
        opening: "Lettura della rassegna: {} articoli su {}…",
        heading: "Rassegne stampa",
        example: "Esempio, sola lettura",
        one_article: "1 articolo",
        n_articles: "{} articoli",
        changed: "modificata il {}",
        current: "(aperta)",
        rename: "Rinomina",
        rename_label: "Nuovo titolo per «{}»",
        rename_button_label: "Rinomina «{}»",
        save: "Salva",
        cancel: "Annulla",
        delete: "Elimina",
        delete_label: "Elimina «{}»",
        deleted: "Rassegna «{}» eliminata.",
        undo: "Annulla eliminazione",
        restored: "Rassegna «{}» ripristinata.",
        renamed: "Rassegna rinominata «{}».",
        new_review: "Nuova rassegna stampa",
        title_label: "Titolo",
        date_label: "Data della notizia (facoltativa)",
        date_hint: "AAAA, AAAA-MM o AAAA-MM-GG: compare accanto al titolo della rassegna",
        create: "Crea",
        created: "Rassegna «{}» creata e aperta: ora aggiungi i suoi articoli.",
        title_required: "Dai un titolo alla rassegna.",
        bad_date: "«{}» non è una data: scrivi AAAA, AAAA-MM o AAAA-MM-GG (per esempio 2024-06-19), oppure lascia vuoto.",
        storage_full: "La memoria del browser per questo sito è piena: la modifica non è stata salvata e ciò che era già salvato è intatto. Elimina una rassegna che non ti serve più, poi riprova.",
        storage_unavailable: "Questo browser non permette di salvare (dati dei siti disattivati o navigazione privata): consenti i dati per questo sito e ricarica la pagina.",
        missing: "Questa rassegna non c’è più: forse è stata eliminata in un’altra scheda. L’elenco è aggiornato.",
        damaged: "Questa rassegna salvata non si può leggere (è stata modificata fuori da Rassegna): eliminala e creane una nuova.",
        too_many_articles: "Una rassegna può avere al massimo {} articoli: crea una seconda rassegna per gli altri.",
        text_too_large: "Un articolo può avere al massimo 2 MB di testo: dividilo in più articoli.",
        refused: "Gli articoli non sono stati aggiunti: {}",
        download: "Scarica",
        download_label: "Scarica «{}» come file",
        open_file: "Apri un file di rassegna (.json)",
        opened: "Rassegna «{}» aperta dal file e salvata in questo browser.",
        file_too_large: "Questo file ha {} byte, troppi per una rassegna (al massimo 50 MB): scegli un file di rassegna scaricato da Rassegna.",
        file_untouched: "Nulla di ciò che è salvato è stato toccato.",
        bar_label: "Rassegna stampa",
        add_articles: "Aggiungi articoli",
        empty: "Questa rassegna non ha ancora articoli: incollane uno o scegli dei file.",
        share: "Condividi con un link",
        share_label: "Link a questa rassegna e a questa vista",
        share_copy: "Copia il link",
        share_copied: "Link copiato.",
        share_too_long: "Questo link è lungo {} caratteri, troppi da incollare comodamente: manda piuttosto il file della rassegna.",
        share_unsupported: "Questo browser non sa comprimere la rassegna in un link: manda piuttosto il file della rassegna.",
        opened_shared: "Aperta da un link condiviso e salvata in questo browser come copia: le tue rassegne non sono state toccate.",
        articles: "Articoli della rassegna",
        remove_article: "Togli",
        remove_article_label: "Togli «{}» dalla rassegna",
        removed_article: "«{}» tolto dalla rassegna.",
        edit_article: "Modifica",
        edit_article_label: "Modifica i dati di «{}»",
        edit_empty_hint: "Un campo lasciato vuoto resta sconosciuto, a meno che non lo dica l’intestazione del testo stesso.",
        fix_fields: "Correggi i campi segnati: nulla è stato salvato.",
        edited_article: "Dati di «{}» salvati.",
        article_missing: "Questo articolo non è più nella rassegna: forse è stato tolto in un’altra scheda. Nulla è stato salvato.",
        topics: TopicStrings {
            heading: "Temi del confronto ({})",
            intro: "Ogni tema è una colonna del confronto delle posizioni: un paese è a favore o contro la sua tesi, e le parole dicono quando un testo ne parla. Le modifiche valgono subito.",
            none: "Nessun tema: aggiungine uno per confrontare le posizioni dei paesi.",
            words_shown: "Parole: {}",
            add: "Aggiungi un tema",
            edit: "Modifica",
            edit_label: "Modifica il tema «{}»",
            edit_heading: "Modifica il tema",
            remove: "Togli",
            remove_label: "Togli il tema «{}»",
            name_label: "Nome",
            claim_label: "Tesi (facoltativa)",
            claim_hint: "Ciò per cui un paese può essere a favore o contro, in una frase: «Le sanzioni all’Iran vanno mantenute».",
            words_label: "Parole che segnalano il tema",
            words_hint: "Separate da virgole. Una parola vale per tutte le sue forme: «sanzion» trova sanzione e sanzioni; più parole insieme sono una frase esatta.",
            name_required: "Dai un nome al tema.",
            words_required: "Scrivi almeno una parola che segnali il tema.",
            added: "Tema «{}» aggiunto: è l’ultima colonna del confronto.",
            saved: "Tema «{}» salvato.",
            removed: "Tema «{}» tolto dal confronto.",
            refused: "Il tema non è stato salvato: {}",
        },
        file_errors: FileErrors {
            truncated: "Il file finisce troppo presto: è stato troncato durante la copia o lo scaricamento. Procuratelo di nuovo.",
            not_json: "Questo non è un file di rassegna (non è JSON valido, riga {}): apri un file .json scaricato da Rassegna.",
            not_a_review: "Questo file non è una rassegna di Rassegna: apri un file .json scaricato da Rassegna.",
            newer_version: "Questa rassegna è in una versione più recente del formato ({}): aprila con una versione aggiornata di Rassegna.",
            damaged: "Questo file di rassegna è danneggiato: scaricalo di nuovo da dove è stato creato.",
            missing_text: "L’articolo {} del file non ha testo: aggiungilo o toglilo dal file.",
            bad_id: "L’articolo {} del file ha un identificativo non valido: correggi il suo \"id\".",
            duplicate_id: "Due articoli del file hanno lo stesso identificativo «{}»: dai a ciascuno il suo \"id\".",
            bad_field: "Un campo del file non è valido ({}): correggilo.",
            bad_topic: "Il tema {} del file non è valido: correggilo o toglilo dal file.",
        },
    },
    reasons: Reasons {
        unknown_key: "parametro sconosciuto",
        bad_value: "valore non valido",
        repeated: "ripetuto",
        not_found: "non trovato",
        orphan: "non pertinente qui",
        not_stored: "rassegna non salvata in questo browser: si apre la rassegna di esempio",
        broken_share: "rassegna condivisa danneggiata o incompleta nel link: chiedi di nuovo il link, o il file della rassegna",
    },
    footer: "Rassegna funziona interamente nel browser: nessun dato lascia questa pagina.",
    failure_title: "Qualcosa si è rotto",
    failure_text: "Rassegna ha incontrato un errore e si è fermata. Ricaricare la pagina riapre la stessa vista.",
    reload: "Ricarica la pagina",
    months: [
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre",
    ],
    quotes_title: "Chi ha detto cosa",
    search_label: "Cerca nelle citazioni",
    search_placeholder: "Parole o nomi, per esempio solidarietà",
    filters: "Filtri",
    one_filter_active: "1 attivo",
    filters_active: "{} attivi",
    facet_titles: FacetTitles { speaker: "Chi parla", country: "Paese", source: "Fonte", kind: "Tipo" },
    kind_names: KindNames { full: "Citazione diretta", partial: "Citazione parziale", reported: "Discorso indiretto" },
    all_sources: "Tutte le fonti",
    one_quote: "1 citazione",
    n_quotes: "{} citazioni",
    clear_filters: "Azzera i filtri",
    show_all_options: "Mostra tutte le {} voci",
    show_fewer_options: "Mostra meno voci",
    no_quotes: "Nessuna citazione corrisponde a questi filtri.",
    unattributed: "Non attribuita",
    inferred_speaker: "attribuzione dedotta dal contesto",
    inferred_speaker_from: "attribuzione dedotta da «{}»",
    via: "tramite {}",
    in_context: "Nel contesto",
    open_in_source: "Apri nella fonte",
    permalink: "Link alla citazione",
    export_csv: "Esporta CSV",
    export_json: "Esporta JSON",
    on_the_timeline: "Nella cronologia",
    said_at: "Dette: {}",
    any_time: "Qualsiasi data",
    timeline_title: "Come è andata",
    timeline_intro: "Ogni data degli articoli, dal giorno citato o ricavata dalla data di pubblicazione. \
        Con le frecce ↑ ↓ ci si sposta tra gli eventi, con Invio si aprono.",
    period: "Periodo",
    period_from: "Dal",
    period_to: "al",
    any_year: "qualsiasi anno",
    involving: "Chi è coinvolto",
    one_event: "1 evento",
    n_events: "{} eventi",
    no_events: "Nessun evento corrisponde a questi filtri.",
    n_sources: "{} fonti",
    told_by: "Come lo raccontano le fonti",
    said_then: "Dichiarazioni di quel momento",
    quotes_of_the_time: "Tutte le citazioni di quel periodo",
    later: Later {
        years: "{} anni dopo",
        one_year: "un anno dopo",
        months: "{} mesi dopo",
        one_month: "un mese dopo",
        days: "{} giorni dopo",
        one_day: "il giorno dopo",
    },
    decades: Decades { whole: "anni {}", early: "inizio anni {}", middle: "metà anni {}", late: "fine anni {}" },
    short_decades: true,
    stances_title: "Dove sta ogni paese",
    stances_intro: "Ogni casella riassume le dichiarazioni di un paese su un tema, trovate nel testo da regole \
        trasparenti; sceglila per leggere le frasi che la sostengono.",
    stance_names: StanceNames {
        supports: "favorevole",
        opposes: "contrario",
        concerned: "preoccupato",
        mixed: "ambivalente",
        neutral: "neutrale",
    },
    no_statement: "nessuna dichiarazione",
    one_statement: "1 dichiarazione",
    n_statements: "{} dichiarazioni",
    actor: "Paese o ente",
    topics_label: "Temi",
    compare: "Confronta",
    compare_hint: "Scegli da 2 a 4 paesi per vederli fianco a fianco, tema per tema.",
    evidence: "Le frasi che lo mostrano",
    curated: "Correzione curata",
    see_quote: "Vedi la citazione",
    legend: "Legenda",
    claims: "Ogni tema è una tesi: favorevole o contrario vuol dire a questa tesi",
    claim_is: "La tesi:",
    statement_kinds: StatementKinds { said: "detto da", act: "atto di", reported: "posizione riferita di" },
};

static EN: Strings = Strings {
    name: "English",
    tagline: "The press on one story, sentence by sentence",
    views_label: "Views",
    language_label: "Interface language",
    skip_to_content: "Skip to content",
    copy_link: "Copy link",
    link_copied: "Link copied",
    copy_failed: "Could not copy: copy the address from the browser bar",
    view_names: ViewNames { quotes: "Quotes", timeline: "Timeline", stances: "Stances", sources: "Sources" },
    articles: "Articles",
    unknown_outlet: "Unknown outlet",
    unknown_date: "Unknown date",
    paragraphs: "{} paragraphs",
    sentences: "{} sentences",
    choose_article: "Choose an article to read. Every sentence has a link of its own to share.",
    all_articles: "All articles",
    sentence_n: "Sentence {}",
    highlighted_sentence: "Highlighted sentence:",
    close: "Close",
    article_language: "Article in Italian",
    ignored_intro: "Part of the link was ignored:",
    reviews: ReviewStrings {
        menu: "Reviews",
        opening: "Reading the review: {} of {} articles…",
        heading: "Press reviews",
        example: "Example, read-only",
        one_article: "1 article",
        n_articles: "{} articles",
        changed: "changed {}",
        current: "(open)",
        rename: "Rename",
        rename_label: "New title for “{}”",
        rename_button_label: "Rename “{}”",
        save: "Save",
        cancel: "Cancel",
        delete: "Delete",
        delete_label: "Delete “{}”",
        deleted: "Deleted the review “{}”.",
        undo: "Undo",
        restored: "Restored the review “{}”.",
        renamed: "Renamed the review “{}”.",
        new_review: "New press review",
        title_label: "Title",
        date_label: "Date of the story (optional)",
        date_hint: "YYYY, YYYY-MM or YYYY-MM-DD: shown beside the review’s title",
        create: "Create",
        created: "Created and opened the review “{}”: now add its articles.",
        title_required: "Give the review a title.",
        bad_date: "“{}” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (for example 2024-06-19), or leave it empty.",
        storage_full: "This browser’s storage for this site is full: the change was not saved, and what was saved before is intact. Delete a review you no longer need, then try again.",
        storage_unavailable: "This browser does not let the page save (site data turned off, or private browsing): allow site data for this site and reload the page.",
        missing: "This review is no longer here: it may have been deleted in another tab. The list is up to date.",
        damaged: "This saved review cannot be read (it was changed outside Rassegna): delete it and start a new one.",
        too_many_articles: "A review can hold at most {} articles: start a second review for the others.",
        text_too_large: "An article can have at most 2 MB of text: split it into several articles.",
        refused: "The articles were not added: {}",
        download: "Download",
        download_label: "Download “{}” as a file",
        open_file: "Open a review file (.json)",
        opened: "Opened “{}” from the file and saved it in this browser.",
        file_too_large: "This file has {} bytes, too many for a review (50 MB at most): choose a review file downloaded from Rassegna.",
        file_untouched: "Nothing saved was touched.",
        bar_label: "Press review",
        add_articles: "Add articles",
        empty: "This press review has no articles yet: paste one or choose files.",
        share: "Share as a link",
        share_label: "Link to this review and this view",
        share_copy: "Copy the link",
        share_copied: "Link copied.",
        share_too_long: "This link is {} characters long, too long to paste comfortably: send the review's file instead.",
        share_unsupported: "This browser cannot compress the review into a link: send the review's file instead.",
        opened_shared: "Opened from a shared link and kept in this browser as a copy: your own reviews were not touched.",
        articles: "Articles in this review",
        remove_article: "Remove",
        remove_article_label: "Remove “{}” from this review",
        removed_article: "Removed “{}” from this review.",
        edit_article: "Edit",
        edit_article_label: "Edit the details of “{}”",
        edit_empty_hint: "A field left empty is unknown, unless the text’s own header says it.",
        fix_fields: "Fix the marked fields: nothing was saved.",
        edited_article: "Saved the details of “{}”.",
        article_missing: "This article is no longer in the review: it may have been removed in another tab. Nothing was saved.",
        topics: TopicStrings {
            heading: "Stance topics ({})",
            intro: "Each topic is a column of the stance comparison: a country is for or against its proposition, and the words tell when a text is about it. Changes apply at once.",
            none: "No topics: add one to compare where countries stand.",
            words_shown: "Words: {}",
            add: "Add a topic",
            edit: "Edit",
            edit_label: "Edit the topic “{}”",
            edit_heading: "Edit the topic",
            remove: "Remove",
            remove_label: "Remove the topic “{}”",
            name_label: "Name",
            claim_label: "Proposition (optional)",
            claim_hint: "What a country can be for or against, in one sentence: “Sanctions on Iran must be kept”.",
            words_label: "Words that signal the topic",
            words_hint: "Separated by commas. A word counts for all its forms: “sanzion” finds sanzione and sanzioni; several words together are an exact phrase.",
            name_required: "Give the topic a name.",
            words_required: "Write at least one word that signals the topic.",
            added: "Topic “{}” added: it is the last column of the comparison.",
            saved: "Topic “{}” saved.",
            removed: "Topic “{}” removed from the comparison.",
            refused: "The topic was not saved: {}",
        },
        file_errors: FileErrors {
            truncated: "The file ends too early: it was cut short while copying or downloading. Get it again.",
            not_json: "This is not a review file (it is not valid JSON, line {}): open a .json file downloaded from Rassegna.",
            not_a_review: "This file is not a Rassegna review: open a .json file downloaded from Rassegna.",
            newer_version: "This review is in a newer version of the format ({}): open it with an up-to-date Rassegna.",
            damaged: "This review file is damaged: download it again from where it was made.",
            missing_text: "Article {} of the file has no text: add it, or remove the article from the file.",
            bad_id: "Article {} of the file has an unusable id: fix its \"id\".",
            duplicate_id: "Two articles of the file have the id “{}”: give each its own \"id\".",
            bad_field: "A field of the file is not usable ({}): fix it.",
            bad_topic: "Topic {} of the file is not usable: fix it or remove it from the file.",
        },
    },
    reasons: Reasons {
        unknown_key: "unknown parameter",
        bad_value: "invalid value",
        repeated: "repeated",
        not_found: "not found",
        orphan: "not applicable here",
        not_stored: "a press review this browser does not keep: the example review is shown instead",
        broken_share: "a shared review damaged or cut short in the link: ask for the link again, or for the review's file",
    },
    footer: "Rassegna runs entirely in your browser: no data leaves this page.",
    failure_title: "Something broke",
    failure_text: "Rassegna ran into an error and stopped. Reloading the page reopens the same view.",
    reload: "Reload the page",
    months: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ],
    quotes_title: "Who said what",
    search_label: "Search the quotes",
    search_placeholder: "Words or names, for example solidarietà",
    filters: "Filters",
    one_filter_active: "1 set",
    filters_active: "{} set",
    facet_titles: FacetTitles { speaker: "Speaker", country: "Country", source: "Source", kind: "Kind" },
    kind_names: KindNames { full: "Direct quote", partial: "Partial quote", reported: "Reported speech" },
    all_sources: "All sources",
    one_quote: "1 quote",
    n_quotes: "{} quotes",
    clear_filters: "Clear filters",
    show_all_options: "Show all {} options",
    show_fewer_options: "Show fewer options",
    no_quotes: "No quote matches these filters.",
    unattributed: "Unattributed",
    inferred_speaker: "speaker inferred from context",
    inferred_speaker_from: "speaker inferred from “{}”",
    via: "via {}",
    in_context: "In context",
    open_in_source: "Open in source",
    permalink: "Link to this quote",
    export_csv: "Export CSV",
    export_json: "Export JSON",
    on_the_timeline: "On the timeline",
    said_at: "Said: {}",
    any_time: "Any date",
    timeline_title: "How it unfolded",
    timeline_intro: "Every date in the articles, as written or worked out from the day of publication. \
        Arrow keys ↑ ↓ move between events, Enter opens one.",
    period: "Period",
    period_from: "From",
    period_to: "to",
    any_year: "any year",
    involving: "Who is involved",
    one_event: "1 event",
    n_events: "{} events",
    no_events: "No event matches these filters.",
    n_sources: "{} sources",
    told_by: "How the sources tell it",
    said_then: "Said at the time",
    quotes_of_the_time: "All quotes from that time",
    later: Later {
        years: "{} years later",
        one_year: "a year later",
        months: "{} months later",
        one_month: "a month later",
        days: "{} days later",
        one_day: "the next day",
    },
    decades: Decades { whole: "the {}s", early: "the early {}s", middle: "the mid-{}s", late: "the late {}s" },
    short_decades: false,
    stances_title: "Where each country stands",
    stances_intro: "Each cell sums up what a country said or did on a topic, found in the text by transparent \
        rules; choose it to read the sentences behind it.",
    stance_names: StanceNames {
        supports: "supports",
        opposes: "opposes",
        concerned: "concerned",
        mixed: "mixed",
        neutral: "neutral",
    },
    no_statement: "no statement",
    one_statement: "1 statement",
    n_statements: "{} statements",
    actor: "Country or body",
    topics_label: "Topics",
    compare: "Compare",
    compare_hint: "Choose 2 to 4 countries to see them side by side, topic by topic.",
    evidence: "The sentences that show it",
    curated: "Curated correction",
    see_quote: "See the quote",
    legend: "Legend",
    claims: "Each topic is a proposition: supports or opposes means for or against it",
    claim_is: "The proposition:",
    statement_kinds: StatementKinds { said: "said by", act: "act of", reported: "position reported of" },
};

// The panel that adds articles has tables of its own: only a build that shows it links them.
static ADD_IT: AddStrings = AddStrings {
    heading: "Aggiungi articoli",
    intro: "Incolla il testo di un articolo, oppure scegli dei file: .txt, .md o pagine .html salvate dal \
        browser. Tutto resta in questa pagina.",
    paste_label: "Testo dell’articolo",
    paste_placeholder: "Incolla qui il testo, con il titolo in prima riga se c’è",
    read_text: "Leggi il testo",
    choose_files: "Scegli file",
    drop_hint: "oppure trascinali qui: .txt, .md, .html, fino a 10 MB ciascuno",
    pasted: "Testo incollato",
    reading: "Lettura di {}…",
    reading_pasted: "Lettura del testo incollato…",
    adding: "Aggiunta in corso: la rassegna si rilegge con i nuovi articoli…",
    title: "Titolo",
    outlet: "Testata",
    date: "Data",
    date_hint: "AAAA-MM-GG (o AAAA-MM, AAAA). Le date relative del testo, come «ieri» o «lunedì scorso», \
        si contano da questa.",
    lang: "Lingua",
    lang_hint: "Codice della lingua: it, en, fr…",
    url: "Indirizzo",
    bad_date: "Scrivi la data come 2024-03-12 (o 2024-03, o 2024), oppure lasciala vuota.",
    bad_lang: "Scrivi un codice di lingua come it o en, oppure lascialo vuoto.",
    bad_url: "Serve un indirizzo che inizi con https:// o http://, oppure lascialo vuoto.",
    preview: "Anteprima: cosa trova Rassegna",
    beginning: "Inizio del testo",
    speakers: "Chi parla",
    dates: "Date",
    none: "nessuna",
    more: "e altri {}",
    unplaced_date: "1 data relativa («ieri», «lunedì»…) non si può collocare senza la data dell’articolo.",
    unplaced_dates: "{} date relative («ieri», «lunedì»…) non si possono collocare senza la data dell’articolo.",
    one_paragraph: "1 paragrafo",
    windows_1252: "Letto come Windows-1252: controlla le lettere accentate nell’anteprima.",
    remove: "Togli",
    remove_entry: "Togli «{}»",
    add_one: "Aggiungi 1 articolo",
    add_n: "Aggiungi {} articoli",
    fix_first: "Correggi i campi segnati prima di aggiungere.",
    cancel: "Annulla",
    added_one: "1 articolo aggiunto.",
    added_n: "{} articoli aggiunti.",
    errors: ImportErrors {
        unknown_extension: "I file .{} non si possono leggere: salva l’articolo come .txt, .md o .html, oppure \
            incollane il testo.",
        no_extension: "Il file non ha estensione: salvalo come .txt, .md o .html e riprova.",
        too_large: "{} MB supera il limite di {} MB: dividi l’articolo, oppure incollane solo il testo.",
        binary: "Non è un file di testo (un’immagine, un PDF, un archivio?): salva prima l’articolo come testo.",
        unreadable: "Il testo è in una codifica che Rassegna non sa leggere ({}): salvalo come UTF-8 e riprova.",
        unreadable_unknown: "Il testo è in una codifica che Rassegna non sa leggere: salvalo come UTF-8 e riprova.",
        no_text: "Non c’è testo di un articolo: apri l’articolo, selezionane il testo e incollalo qui.",
        read_failed: "Il browser non ha potuto leggere il file: riprova, oppure incollane il testo.",
    },
};

static ADD_EN: AddStrings = AddStrings {
    heading: "Add articles",
    intro: "Paste an article’s text, or choose files: .txt, .md or .html pages saved from the browser. \
        Everything stays in this page.",
    paste_label: "Article text",
    paste_placeholder: "Paste the text here, with its title on the first line if it has one",
    read_text: "Read the text",
    choose_files: "Choose files",
    drop_hint: "or drop them here: .txt, .md, .html, up to 10 MB each",
    pasted: "Pasted text",
    reading: "Reading {}…",
    reading_pasted: "Reading the pasted text…",
    adding: "Adding: the review is being read again with the new articles…",
    title: "Title",
    outlet: "Outlet",
    date: "Date",
    date_hint: "YYYY-MM-DD (or YYYY-MM, YYYY). Relative dates in the text, such as “ieri” (yesterday) or \
        “lunedì scorso” (last Monday), are counted from this one.",
    lang: "Language",
    lang_hint: "A language code: it, en, fr…",
    url: "Address",
    bad_date: "Write the date as 2024-03-12 (or 2024-03, or 2024), or leave it empty.",
    bad_lang: "Write a language code such as it or en, or leave it empty.",
    bad_url: "The address must start with https:// or http://; or leave it empty.",
    preview: "Preview: what Rassegna finds",
    beginning: "Beginning of the text",
    speakers: "Speakers",
    dates: "Dates",
    none: "none",
    more: "and {} more",
    unplaced_date: "1 relative date (“ieri”, “lunedì”…) cannot be placed without the article’s date.",
    unplaced_dates: "{} relative dates (“ieri”, “lunedì”…) cannot be placed without the article’s date.",
    one_paragraph: "1 paragraph",
    windows_1252: "Read as Windows-1252: check the accented letters in the preview.",
    remove: "Remove",
    remove_entry: "Remove “{}”",
    add_one: "Add 1 article",
    add_n: "Add {} articles",
    fix_first: "Fix the marked fields before adding.",
    cancel: "Cancel",
    added_one: "1 article added.",
    added_n: "{} articles added.",
    errors: ImportErrors {
        unknown_extension: ".{} files cannot be read: save the article as .txt, .md or .html, or paste its text.",
        no_extension: "The file has no extension: save it as .txt, .md or .html and try again.",
        too_large: "{} MB is over the limit of {} MB: split the article, or paste only its text.",
        binary: "This is not a text file (an image, a PDF, an archive?): save the article as text first.",
        unreadable: "The text is in an encoding Rassegna cannot read ({}): save it as UTF-8 and try again.",
        unreadable_unknown: "The text is in an encoding Rassegna cannot read: save it as UTF-8 and try again.",
        no_text: "There is no article text in it: open the article, select its text and paste it here.",
        read_failed: "The browser could not read the file: try again, or paste its text.",
    },
};

impl Strings {
    /// The interface strings in `lang`.
    pub fn of(lang: Lang) -> &'static Strings {
        match lang {
            Lang::It => &IT,
            Lang::En => &EN,
        }
    }

    /// "1 quote", "12 quotes".
    pub fn quote_count(&self, count: usize) -> String {
        if count == 1 { self.one_quote.into() } else { fill(self.n_quotes, count) }
    }

    /// "1 attivo", "3 attivi": how many filters are set.
    pub fn active_filters(&self, count: usize) -> String {
        if count == 1 { self.one_filter_active.into() } else { fill(self.filters_active, count) }
    }

    /// "1 event", "12 events".
    pub fn event_count(&self, count: usize) -> String {
        if count == 1 { self.one_event.into() } else { fill(self.n_events, count) }
    }

    /// A point in time at its precision: a date, or a decade ("fine anni ’40", "the late 1940s").
    pub fn time_value(&self, value: TimeValue) -> String {
        match value {
            TimeValue::Date(date) => self.date(date),
            TimeValue::Decade { start, part } => {
                let decade = if self.short_decades { format!("’{:02}", start % 100) } else { start.to_string() };
                fill(self.decades.of(part), decade)
            }
        }
    }

    /// How long after one point in time another comes, from their sort keys; `None` within a day.
    pub fn later(&self, before: (i32, u8, u8), after: (i32, u8, u8)) -> Option<String> {
        let months = (after.0 - before.0) * 12 + i32::from(after.1) - i32::from(before.1);
        let with_months = before.1 > 0 && after.1 > 0;
        if months >= 12 || (!with_months && after.0 > before.0) {
            let years = if with_months { months / 12 } else { after.0 - before.0 };
            return Some(if years == 1 { self.later.one_year.into() } else { fill(self.later.years, years) });
        }
        if with_months && months >= 1 {
            return Some(if months == 1 { self.later.one_month.into() } else { fill(self.later.months, months) });
        }
        let days = i32::from(after.2) - i32::from(before.2);
        (with_months && months == 0 && before.2 > 0 && days >= 1)
            .then(|| if days == 1 { self.later.one_day.into() } else { fill(self.later.days, days) })
    }

    /// "1 statement", "4 statements".
    pub fn statement_count(&self, count: usize) -> String {
        if count == 1 { self.one_statement.into() } else { fill(self.n_statements, count) }
    }

    /// `date` at its precision: "19 giugno 2024", "June 2024", "2024".
    pub fn date(&self, date: PartialDate) -> String {
        match (date.month, date.day) {
            (Some(month), Some(day)) => format!("{day} {} {}", self.months[usize::from(month) - 1], date.year),
            (Some(month), None) => format!("{} {}", self.months[usize::from(month) - 1], date.year),
            _ => date.year.to_string(),
        }
    }
}

/// The interface strings in the language in force (tracked).
pub fn use_strings() -> Signal<&'static Strings> {
    let lang = use_lang();
    Signal::derive(move || Strings::of(lang.get()))
}

/// The strings of the panel that adds articles, in the language in force (tracked).
pub fn use_add_strings() -> Signal<&'static AddStrings> {
    let lang = use_lang();
    Signal::derive(move || AddStrings::of(lang.get()))
}

/// The name of each view, as its tab shows it.
pub struct ViewNames {
    /// [`View::Quotes`].
    pub quotes: &'static str,
    /// [`View::Timeline`].
    pub timeline: &'static str,
    /// [`View::Stances`].
    pub stances: &'static str,
    /// [`View::Sources`].
    pub sources: &'static str,
}

impl ViewNames {
    /// The name of `view`.
    pub fn of(&self, view: View) -> &'static str {
        match view {
            View::Quotes => self.quotes,
            View::Timeline => self.timeline,
            View::Stances => self.stances,
            View::Sources => self.sources,
        }
    }
}

/// The press reviews menu: the list, new, rename, delete and undo, and what storage says.
pub struct ReviewStrings {
    /// The button that opens the menu.
    pub menu: &'static str,
    /// While a long review is read before it is shown: `{}` articles read of `{}`.
    pub opening: &'static str,
    /// The menu's heading.
    pub heading: &'static str,
    /// Beside the bundled story.
    pub example: &'static str,
    /// One article.
    pub one_article: &'static str,
    /// `{}` articles.
    pub n_articles: &'static str,
    /// When a review last changed: `{}` is the date and time.
    pub changed: &'static str,
    /// Beside the review on screen.
    pub current: &'static str,
    /// The rename button.
    pub rename: &'static str,
    /// The label of the title box when renaming `{}`.
    pub rename_label: &'static str,
    /// The rename button's label for screen readers: rename `{}`.
    pub rename_button_label: &'static str,
    /// Saves a form: a new title, an article's details.
    pub save: &'static str,
    /// Leaves a form's values as they were.
    pub cancel: &'static str,
    /// The delete button.
    pub delete: &'static str,
    /// Its label for screen readers: delete `{}`.
    pub delete_label: &'static str,
    /// Said after deleting `{}`.
    pub deleted: &'static str,
    /// Puts it back.
    pub undo: &'static str,
    /// Said after putting `{}` back.
    pub restored: &'static str,
    /// Said after renaming to `{}`.
    pub renamed: &'static str,
    /// Heading and button of the new review form.
    pub new_review: &'static str,
    /// Label of its title box.
    pub title_label: &'static str,
    /// Label of its date box.
    pub date_label: &'static str,
    /// What the date box takes, and what the date is for.
    pub date_hint: &'static str,
    /// The form's submit button.
    pub create: &'static str,
    /// Said after creating `{}`.
    pub created: &'static str,
    /// Said for an empty title.
    pub title_required: &'static str,
    /// Said for a date `{}` that is not one.
    pub bad_date: &'static str,
    /// A full storage: nothing changed, what to do.
    pub storage_full: &'static str,
    /// No storage at all.
    pub storage_unavailable: &'static str,
    /// The review is gone (another tab deleted it).
    pub missing: &'static str,
    /// The stored review cannot be read.
    pub damaged: &'static str,
    /// More than `{}` articles.
    pub too_many_articles: &'static str,
    /// An article over the size limit.
    pub text_too_large: &'static str,
    /// Any other refusal of new articles: `{}` is the engine's reason, in English.
    pub refused: &'static str,
    /// The download button.
    pub download: &'static str,
    /// Its label for screen readers: download `{}`.
    pub download_label: &'static str,
    /// The button that opens a review file.
    pub open_file: &'static str,
    /// Said after opening the file of review `{}`.
    pub opened: &'static str,
    /// A file of `{}` bytes, too large to be a review.
    pub file_too_large: &'static str,
    /// After any refused file.
    pub file_untouched: &'static str,
    /// Why a review file was refused.
    pub file_errors: FileErrors,
    /// The review's stance topics.
    pub topics: TopicStrings,
    /// The bar over a reader's review: what it is.
    pub bar_label: &'static str,
    /// The button that opens the Add articles panel.
    pub add_articles: &'static str,
    /// Said over a review with no article yet.
    pub empty: &'static str,
    /// The button that makes a link carrying the review.
    pub share: &'static str,
    /// The label of the box with that link.
    pub share_label: &'static str,
    /// Copies it.
    pub share_copy: &'static str,
    /// Said once copied.
    pub share_copied: &'static str,
    /// A link of `{}` characters: too long to paste, the file instead.
    pub share_too_long: &'static str,
    /// The browser cannot compress: the file instead.
    pub share_unsupported: &'static str,
    /// Over a review opened from a shared link.
    pub opened_shared: &'static str,
    /// The heading of the review's list of articles.
    pub articles: &'static str,
    /// Takes an article out of the review.
    pub remove_article: &'static str,
    /// Its label for screen readers: remove `{}`.
    pub remove_article_label: &'static str,
    /// Said after removing `{}`.
    pub removed_article: &'static str,
    /// Opens the form of an article's details (title, outlet, date, language, address).
    pub edit_article: &'static str,
    /// Its label for screen readers, and the form's heading: edit the details of `{}`.
    pub edit_article_label: &'static str,
    /// In the form: what an empty field means.
    pub edit_empty_hint: &'static str,
    /// Said when a field that is not valid stops saving.
    pub fix_fields: &'static str,
    /// Said after saving the details of `{}`.
    pub edited_article: &'static str,
    /// The article was removed meanwhile: nothing saved.
    pub article_missing: &'static str,
}

/// Why a review file could not be opened, and what to do (`ReviewError`'s cases).
pub struct FileErrors {
    /// The file is cut short.
    pub truncated: &'static str,
    /// Not JSON; `{}` is the line.
    pub not_json: &'static str,
    /// JSON, but not a review.
    pub not_a_review: &'static str,
    /// A newer version `{}` of the format.
    pub newer_version: &'static str,
    /// Fields of the wrong type.
    pub damaged: &'static str,
    /// Article `{}` (from 1) has no text.
    pub missing_text: &'static str,
    /// Article `{}` (from 1) has a bad id.
    pub bad_id: &'static str,
    /// Two articles share id `{}`.
    pub duplicate_id: &'static str,
    /// A field is not usable: `{}` is the engine's words.
    pub bad_field: &'static str,
    /// Topic `{}` (from 1) is not usable.
    pub bad_topic: &'static str,
}

/// The editor of a review's stance topics.
pub struct TopicStrings {
    /// Its disclosure: stance topics (`{}` of them).
    pub heading: &'static str,
    /// What a topic is, and that changes apply at once.
    pub intro: &'static str,
    /// When the review has no topic.
    pub none: &'static str,
    /// A topic's words: `{}`.
    pub words_shown: &'static str,
    /// The button that opens the form for a new topic, and that form's heading.
    pub add: &'static str,
    /// The button that opens the form for a topic.
    pub edit: &'static str,
    /// Its label for screen readers: edit topic `{}`.
    pub edit_label: &'static str,
    /// The heading of the form for a topic.
    pub edit_heading: &'static str,
    /// The button that removes a topic.
    pub remove: &'static str,
    /// Its label for screen readers: remove topic `{}`.
    pub remove_label: &'static str,
    /// The name field.
    pub name_label: &'static str,
    /// The proposition field.
    pub claim_label: &'static str,
    /// What a proposition is, with an example.
    pub claim_hint: &'static str,
    /// The words field.
    pub words_label: &'static str,
    /// How words are written and matched.
    pub words_hint: &'static str,
    /// A topic without a name.
    pub name_required: &'static str,
    /// A topic without words.
    pub words_required: &'static str,
    /// Said after adding topic `{}`.
    pub added: &'static str,
    /// Said after saving topic `{}`.
    pub saved: &'static str,
    /// Said after removing topic `{}`.
    pub removed: &'static str,
    /// A change the review refused: `{}` is the engine's words.
    pub refused: &'static str,
}

impl ReviewStrings {
    /// "1 article", "12 articles".
    pub fn article_count(&self, count: usize) -> String {
        if count == 1 { self.one_article.into() } else { fill(self.n_articles, count) }
    }

    /// What to tell the reader about `error`.
    #[cfg(feature = "reviews")]
    pub fn error(&self, error: &StoreError) -> String {
        match error {
            StoreError::Full => self.storage_full.into(),
            StoreError::Unavailable => self.storage_unavailable.into(),
            StoreError::Missing => self.missing.into(),
            StoreError::Damaged => self.damaged.into(),
            StoreError::ArticleMissing => self.article_missing.into(),
            StoreError::Refused(ReviewError::TooManyArticles(_)) => fill(self.too_many_articles, MAX_ARTICLES),
            StoreError::Refused(ReviewError::TextTooLarge { .. }) => self.text_too_large.into(),
            StoreError::Refused(error @ ReviewError::BadTopic { .. }) => fill(self.topics.refused, error),
            StoreError::Refused(other) => fill(self.refused, other),
        }
    }

    /// What to tell the reader about a review file that was not opened.
    #[cfg(feature = "reviews")]
    pub fn open_error(&self, error: &OpenError) -> String {
        let e = &self.file_errors;
        let why = match error {
            OpenError::Store(error) => return self.error(error),
            OpenError::File(ReviewError::Truncated) => e.truncated.into(),
            OpenError::File(ReviewError::NotJson { line, .. }) => fill(e.not_json, line),
            OpenError::File(ReviewError::NotAReview) => e.not_a_review.into(),
            OpenError::File(ReviewError::UnsupportedVersion(version)) => fill(e.newer_version, version),
            OpenError::File(ReviewError::BadShape(_)) => e.damaged.into(),
            OpenError::File(ReviewError::TooManyArticles(_)) => fill(self.too_many_articles, MAX_ARTICLES),
            OpenError::File(ReviewError::TextTooLarge { .. }) => self.text_too_large.into(),
            OpenError::File(ReviewError::MissingText { index }) => fill(e.missing_text, index),
            OpenError::File(ReviewError::BadId { index }) => fill(e.bad_id, index),
            OpenError::File(ReviewError::DuplicateId(id)) => fill(e.duplicate_id, id),
            OpenError::File(error @ ReviewError::BadField { .. }) => fill(e.bad_field, error),
            OpenError::File(ReviewError::BadTopic { index, .. }) => fill(e.bad_topic, index),
            OpenError::TooLarge(bytes) => fill(self.file_too_large, bytes),
        };
        format!("{why} {}", self.file_untouched)
    }
}

/// Why a part of a link was dropped, as the notice says it.
pub struct Reasons {
    /// [`Reason::UnknownKey`].
    pub unknown_key: &'static str,
    /// [`Reason::BadValue`].
    pub bad_value: &'static str,
    /// [`Reason::Repeated`].
    pub repeated: &'static str,
    /// [`Reason::NotFound`].
    pub not_found: &'static str,
    /// [`Reason::Orphan`].
    pub orphan: &'static str,
    /// [`Reason::NotStored`].
    pub not_stored: &'static str,
    /// [`Reason::BrokenShare`].
    pub broken_share: &'static str,
}

impl Reasons {
    /// What the notice says for `reason`.
    pub fn of(&self, reason: Reason) -> &'static str {
        match reason {
            Reason::UnknownKey => self.unknown_key,
            Reason::BadValue => self.bad_value,
            Reason::Repeated => self.repeated,
            Reason::NotFound => self.not_found,
            Reason::Orphan => self.orphan,
            Reason::NotStored => self.not_stored,
            Reason::BrokenShare => self.broken_share,
        }
    }
}

/// The titles of the Quotes view's facets.
pub struct FacetTitles {
    /// Who said it.
    pub speaker: &'static str,
    /// The speaker's country.
    pub country: &'static str,
    /// The article.
    pub source: &'static str,
    /// The kind of quotation.
    pub kind: &'static str,
}

/// The name of each kind of quotation, as cards and the kind facet show it.
pub struct KindNames {
    /// [`QuoteKind::Full`].
    pub full: &'static str,
    /// [`QuoteKind::Partial`].
    pub partial: &'static str,
    /// [`QuoteKind::Reported`].
    pub reported: &'static str,
}

impl KindNames {
    /// The name of `kind`.
    pub fn of(&self, kind: QuoteKind) -> &'static str {
        match kind {
            QuoteKind::Full => self.full,
            QuoteKind::Partial => self.partial,
            QuoteKind::Reported => self.reported,
        }
    }
}

/// The gap between two events on the timeline; `{}` is the number.
pub struct Later {
    /// `{}` years later.
    pub years: &'static str,
    /// One year later.
    pub one_year: &'static str,
    /// `{}` months later.
    pub months: &'static str,
    /// One month later.
    pub one_month: &'static str,
    /// `{}` days later.
    pub days: &'static str,
    /// The next day.
    pub one_day: &'static str,
}

/// A decade or part of one; `{}` is the decade (’40 or 1940).
pub struct Decades {
    /// [`DecadePart::Whole`]: the 1940s.
    pub whole: &'static str,
    /// [`DecadePart::Early`].
    pub early: &'static str,
    /// [`DecadePart::Middle`].
    pub middle: &'static str,
    /// [`DecadePart::Late`].
    pub late: &'static str,
}

impl Decades {
    /// The template of `part`.
    pub fn of(&self, part: DecadePart) -> &'static str {
        match part {
            DecadePart::Whole => self.whole,
            DecadePart::Early => self.early,
            DecadePart::Middle => self.middle,
            DecadePart::Late => self.late,
        }
    }
}

/// How a statement is its actor's, as the evidence says it ("said by", "act of").
pub struct StatementKinds {
    /// [`StatementKind::Said`]: the actor's own words, or its voice's.
    pub said: &'static str,
    /// [`StatementKind::Act`].
    pub act: &'static str,
    /// [`StatementKind::Reported`].
    pub reported: &'static str,
}

impl StatementKinds {
    /// The words before whose statement it is.
    pub fn of(&self, kind: StatementKind) -> &'static str {
        match kind {
            StatementKind::Said => self.said,
            StatementKind::Act => self.act,
            StatementKind::Reported => self.reported,
        }
    }

    /// How a statement is `name`'s, in words: "detto da Vladimir Putin"; an Italian preposition
    /// joins the article of a described speaker ("detto dai media statali russi", "atto del
    /// ministero").
    pub fn by(&self, kind: StatementKind, name: &str) -> String {
        let words = self.of(kind);
        let (lead, preposition) = words.rsplit_once(' ').unwrap_or(("", words));
        let (article, rest) = name.split_once([' ', '’', '\'']).unwrap_or(("", name));
        let joined = match (preposition, article.to_lowercase().as_str()) {
            ("da" | "di", "il" | "lo" | "la" | "i" | "gli" | "le") => {
                let stem = if preposition == "da" { "da" } else { "de" };
                let ending = match article.to_lowercase().as_str() {
                    "il" => "l",
                    "lo" => "llo",
                    "la" => "lla",
                    "i" => "i",
                    "gli" => "gli",
                    _ => "lle",
                };
                Some(format!("{stem}{ending} {rest}"))
            }
            ("da" | "di", "l") => Some(format!("{}ll’{rest}", if preposition == "da" { "da" } else { "de" })),
            _ => None,
        };
        match joined {
            Some(joined) if lead.is_empty() => joined,
            Some(joined) => format!("{lead} {joined}"),
            None => format!("{words} {name}"),
        }
    }
}

/// The name of each stance, as the matrix and the legend show it.
pub struct StanceNames {
    /// [`Stance::Supports`].
    pub supports: &'static str,
    /// [`Stance::Opposes`].
    pub opposes: &'static str,
    /// [`Stance::Concerned`].
    pub concerned: &'static str,
    /// [`Stance::Mixed`].
    pub mixed: &'static str,
    /// [`Stance::Neutral`].
    pub neutral: &'static str,
}

impl StanceNames {
    /// The name of `stance`.
    pub fn of(&self, stance: Stance) -> &'static str {
        match stance {
            Stance::Supports => self.supports,
            Stance::Opposes => self.opposes,
            Stance::Concerned => self.concerned,
            Stance::Mixed => self.mixed,
            Stance::Neutral => self.neutral,
        }
    }
}

/// The strings of the panel that adds articles.
pub struct AddStrings {
    /// Its heading.
    pub heading: &'static str,
    /// Under it: what can be added, and that nothing leaves the page.
    pub intro: &'static str,
    /// Label of the paste box.
    pub paste_label: &'static str,
    /// Placeholder of the paste box.
    pub paste_placeholder: &'static str,
    /// Reads the pasted text into an article to check.
    pub read_text: &'static str,
    /// The file chooser.
    pub choose_files: &'static str,
    /// Beside it: dropping works too, which files, how large.
    pub drop_hint: &'static str,
    /// Names an article that was pasted.
    pub pasted: &'static str,
    /// Reading `{}` (a file's name).
    pub reading: &'static str,
    /// Reading a pasted text.
    pub reading_pasted: &'static str,
    /// While articles are being added.
    pub adding: &'static str,
    /// The title field.
    pub title: &'static str,
    /// The outlet field.
    pub outlet: &'static str,
    /// The date field.
    pub date: &'static str,
    /// Its format, and that relative dates are counted from it.
    pub date_hint: &'static str,
    /// The language field.
    pub lang: &'static str,
    /// Its format.
    pub lang_hint: &'static str,
    /// The address field.
    pub url: &'static str,
    /// A date that is not one.
    pub bad_date: &'static str,
    /// A language that is not a code.
    pub bad_lang: &'static str,
    /// An address that is not http(s).
    pub bad_url: &'static str,
    /// Heading of an article's preview.
    pub preview: &'static str,
    /// Label of the text's first lines.
    pub beginning: &'static str,
    /// Label of the speakers found.
    pub speakers: &'static str,
    /// Label of the dates found.
    pub dates: &'static str,
    /// No speaker or no date found.
    pub none: &'static str,
    /// `and {} more`, after the first few.
    pub more: &'static str,
    /// One relative date waits for the article's date.
    pub unplaced_date: &'static str,
    /// `{}` relative dates wait for the article's date.
    pub unplaced_dates: &'static str,
    /// One paragraph.
    pub one_paragraph: &'static str,
    /// A file read as Windows-1252.
    pub windows_1252: &'static str,
    /// Removes an article from the list.
    pub remove: &'static str,
    /// The same, for screen readers: `Remove “{}”`.
    pub remove_entry: &'static str,
    /// Adds one article.
    pub add_one: &'static str,
    /// Adds `{}` articles.
    pub add_n: &'static str,
    /// Said when a field stops adding.
    pub fix_first: &'static str,
    /// Closes the panel.
    pub cancel: &'static str,
    /// One article added.
    pub added_one: &'static str,
    /// `{}` articles added.
    pub added_n: &'static str,
    /// Why a file or text cannot be added, and what to do.
    pub errors: ImportErrors,
}

impl AddStrings {
    /// The panel's strings in `lang`.
    pub fn of(lang: Lang) -> &'static AddStrings {
        match lang {
            Lang::It => &ADD_IT,
            Lang::En => &ADD_EN,
        }
    }

    /// "Add 1 article", "Add 3 articles".
    pub fn add_count(&self, count: usize) -> String {
        if count == 1 { self.add_one.into() } else { fill(self.add_n, count) }
    }

    /// "1 paragraph", "3 paragraphs".
    pub fn paragraph_count(&self, count: usize, t: &Strings) -> String {
        if count == 1 { self.one_paragraph.into() } else { fill(t.paragraphs, count) }
    }

    /// "1 relative date … cannot be placed", "3 relative dates … cannot be placed".
    pub fn unplaced_count(&self, count: usize) -> String {
        if count == 1 { self.unplaced_date.into() } else { fill(self.unplaced_dates, count) }
    }

    /// "1 article added.", "3 articles added."
    pub fn added_count(&self, count: usize) -> String {
        if count == 1 { self.added_one.into() } else { fill(self.added_n, count) }
    }
}

/// What each [`ImportError`] says; `{}` are its details.
pub struct ImportErrors {
    /// [`ImportError::UnknownExtension`]: `{}` is the extension.
    pub unknown_extension: &'static str,
    /// [`ImportError::UnknownExtension`] of a name with none.
    pub no_extension: &'static str,
    /// [`ImportError::TooLarge`]: the size and the limit, in MB.
    pub too_large: &'static str,
    /// [`ImportError::Binary`].
    pub binary: &'static str,
    /// [`ImportError::UnreadableEncoding`]: `{}` is the encoding.
    pub unreadable: &'static str,
    /// [`ImportError::UnreadableEncoding`] of an encoding not known.
    pub unreadable_unknown: &'static str,
    /// [`ImportError::NoText`].
    pub no_text: &'static str,
    /// The browser could not read a file.
    pub read_failed: &'static str,
}

impl ImportErrors {
    /// What `error` says.
    pub fn of(&self, error: &ImportError) -> String {
        let megabytes = |bytes: usize| {
            let tenths = bytes.div_ceil(100_000);
            format!("{}.{}", tenths / 10, tenths % 10)
        };
        match error {
            ImportError::UnknownExtension { extension } if extension.is_empty() => self.no_extension.into(),
            ImportError::UnknownExtension { extension } => fill(self.unknown_extension, extension),
            ImportError::TooLarge { size, limit } => fill(&fill(self.too_large, megabytes(*size)), megabytes(*limit)),
            ImportError::Binary => self.binary.into(),
            ImportError::UnreadableEncoding { encoding: Some(encoding) } => fill(self.unreadable, encoding),
            ImportError::UnreadableEncoding { encoding: None } => self.unreadable_unknown.into(),
            ImportError::NoText => self.no_text.into(),
        }
    }
}

/// `template` with its `{}` replaced by `value`.
pub fn fill(template: &str, value: impl std::fmt::Display) -> String {
    template.replacen("{}", &value.to_string(), 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_at_their_precision() {
        let date = |t| PartialDate::parse_iso(t).unwrap();
        assert_eq!(IT.date(date("2024-06-19")), "19 giugno 2024");
        assert_eq!(EN.date(date("2024-06-19")), "19 June 2024");
        assert_eq!(IT.date(date("2024-03")), "marzo 2024");
        assert_eq!(EN.date(date("1961")), "1961");
    }

    #[test]
    fn decades_and_gaps_read_naturally() {
        let late_forties = TimeValue::Decade { start: 1940, part: DecadePart::Late };
        assert_eq!(IT.time_value(late_forties), "fine anni ’40");
        assert_eq!(EN.time_value(late_forties), "the late 1940s");
        assert_eq!(IT.later((1961, 0, 0), (2000, 0, 0)).as_deref(), Some("39 anni dopo"));
        assert_eq!(EN.later((2023, 9, 0), (2024, 2, 0)).as_deref(), Some("5 months later"));
        assert_eq!(EN.later((2024, 6, 17), (2024, 6, 19)).as_deref(), Some("2 days later"));
        assert_eq!(IT.later((2024, 6, 19), (2024, 6, 19)), None);
        assert_eq!(IT.later((2024, 3, 0), (2024, 6, 17)).as_deref(), Some("3 mesi dopo"));
    }

    #[test]
    fn import_errors_say_what_to_do_in_both_languages() {
        let error = ImportError::TooLarge { size: 12_345_678, limit: 10_000_000 };
        assert_eq!(
            ADD_IT.errors.of(&error),
            "12.4 MB supera il limite di 10.0 MB: dividi l’articolo, oppure incollane solo il testo."
        );
        assert!(ADD_EN.errors.of(&error).starts_with("12.4 MB is over the limit of 10.0 MB"));
        let pdf = ImportError::UnknownExtension { extension: "pdf".into() };
        assert!(ADD_IT.errors.of(&pdf).starts_with("I file .pdf non si possono leggere"));
        let encoding = ImportError::UnreadableEncoding { encoding: Some("koi8-r".into()) };
        assert!(ADD_EN.errors.of(&encoding).contains("(koi8-r): save it as UTF-8"));
        assert_eq!(ADD_EN.add_count(1), "Add 1 article");
        assert_eq!(ADD_IT.added_count(3), "3 articoli aggiunti.");
        assert_eq!(ADD_EN.paragraph_count(1, &EN), "1 paragraph");
        assert_eq!(ADD_IT.paragraph_count(4, &IT), "4 paragrafi");
        assert!(ADD_IT.unplaced_count(1).starts_with("1 data relativa"));
    }

    #[test]
    fn whose_statement_joins_the_article_in_italian() {
        let (it, en) = (&IT.statement_kinds, &EN.statement_kinds);
        assert_eq!(it.by(StatementKind::Said, "Vladimir Putin"), "detto da Vladimir Putin");
        assert_eq!(it.by(StatementKind::Said, "i media statali russi"), "detto dai media statali russi");
        assert_eq!(it.by(StatementKind::Act, "Il ministero degli Esteri"), "atto del ministero degli Esteri");
        assert_eq!(it.by(StatementKind::Reported, "la Commissione"), "posizione riferita della Commissione");
        assert_eq!(
            it.by(StatementKind::Said, "l’ambasciata degli Stati Uniti"),
            "detto dall’ambasciata degli Stati Uniti"
        );
        assert_eq!(en.by(StatementKind::Said, "i media statali russi"), "said by i media statali russi");
        assert_eq!(en.by(StatementKind::Act, "Russia"), "act of Russia");
    }

    #[test]
    fn templates_fill() {
        assert_eq!(fill(IT.sentence_n, 12), "Frase 12");
    }
}
