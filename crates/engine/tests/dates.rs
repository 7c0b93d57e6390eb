//! Temporal expressions, case by case: a sentence in the style of Italian news written on a given
//! day, and the expressions expected in it as (expression as written, value). Values are ISO dates
//! at the precision the text gives, `194X` for a decade, `P…` for a duration, `?` for a point in
//! time that cannot be resolved. Then every expression of the bundled articles, against the
//! golden file `expect/dates.txt`.

use rassegna_engine::{Document, When, time_expressions};
use rassegna_testdata::{articles, assert_golden};

fn found(document: &Document) -> Vec<(String, String)> {
    time_expressions(document)
        .iter()
        .map(|t| {
            let value = match t.when {
                When::Point(Some(value)) => value.to_string(),
                When::Point(None) => "?".to_owned(),
                When::Duration(duration) => duration.to_string(),
            };
            (t.span.of(&document.text).to_owned(), value)
        })
        .collect()
}

#[track_caller]
fn check(written: &str, text: &str, expected: &[(&str, &str)]) {
    let header = if written.is_empty() { String::new() } else { format!("date: {written}\n\n") };
    let document = Document::parse("t", format!("{header}{text}"));
    let expected: Vec<_> = expected.iter().map(|(e, v)| (e.to_string(), v.to_string())).collect();
    assert_eq!(found(&document), expected, "in {text:?} written {written:?}");
}

const JUNE_19: &str = "2024-06-19";

#[test]
fn years_after_a_preposition_or_in_a_list() {
    check(JUNE_19, "Il vertice si era tenuto nel 2019 a Vladivostok.", &[("nel 2019", "2019")]);
    check(
        JUNE_19,
        "Il patto sostituisce gli accordi siglati nel 1961, 2000 e 2001.",
        &[("nel 1961", "1961"), ("2000", "2000"), ("2001", "2001")],
    );
    check(JUNE_19, "L’ultima visita risale al 2000.", &[("al 2000", "2000")]);
    check(JUNE_19, "Dal 2006 il Paese è sotto sanzioni.", &[("Dal 2006", "2006")]);
}

#[test]
fn numbers_that_are_not_years() {
    check(JUNE_19, "Sono arrivati 2000 soldati e 10.000 container.", &[]);
    check(JUNE_19, "La Russia ha ricevuto 1.500 tonnellate nel 2023.", &[("nel 2023", "2023")]);
}

#[test]
fn full_dates() {
    check(
        JUNE_19,
        "Il trattato è stato firmato il 19 giugno 2024 a Pyongyang.",
        &[("il 19 giugno 2024", "2024-06-19")],
    );
    check(JUNE_19, "Il 12 giugno Kim aveva parlato ai militari.", &[("Il 12 giugno", "2024-06-12")]);
    check(JUNE_19, "Il 3 settembre scorso si era parlato di armi.", &[("Il 3 settembre", "2023-09-03")]);
    check(JUNE_19, "L’incontro si terrà il 3 settembre.", &[("il 3 settembre", "2024-09-03")]);
    check(JUNE_19, "Mercoledì 19 giugno i due leader hanno firmato.", &[("Mercoledì 19 giugno", "2024-06-19")]);
    // A deadline or an appointment lies ahead even when the verb that set it is past.
    check("2025-10-14", "Il vertice è stato convocato per il 23 ottobre.", &[("il 23 ottobre", "2025-10-23")]);
    check("2025-10-14", "Il governo ha promesso una risposta entro il 3 novembre.", &[("il 3 novembre", "2025-11-03")]);
    check("2025-10-14", "La seduta era stata fissata per il 20 febbraio.", &[("il 20 febbraio", "2026-02-20")]);
    check("2025-10-14", "Il sindaco ha firmato il 23 settembre.", &[("il 23 settembre", "2025-09-23")]);
}

#[test]
fn months_resolve_to_the_most_recent_unless_the_verb_is_future() {
    check(JUNE_19, "A marzo, la Russia ha usato il veto.", &[("A marzo", "2024-03")]);
    check(JUNE_19, "Lo ha detto a febbraio.", &[("a febbraio", "2024-02")]);
    check(JUNE_19, "Le consegne sono arrivate da settembre.", &[("da settembre", "2023-09")]);
    check(JUNE_19, "Missili lanciati dallo scorso settembre.", &[("dallo scorso settembre", "2023-09")]);
    check(JUNE_19, "Kim visiterà Mosca a ottobre.", &[("a ottobre", "2024-10")]);
    check(JUNE_19, "Il vertice di marzo 2023 era fallito.", &[("marzo 2023", "2023-03")]);
    check(JUNE_19, "A giugno la Russia ha firmato.", &[("A giugno", "2024-06")]);
    check("2024-10-02", "Lo scorso settembre Kim ha parlato.", &[("Lo scorso settembre", "2024-09")]);
}

#[test]
fn weekdays_resolve_against_the_day_of_writing() {
    check(JUNE_19, "Kirby ha dichiarato lunedì ai giornalisti che la visita preoccupa.", &[("lunedì", "2024-06-17")]);
    check(JUNE_19, "Mercoledì, Putin ha regalato a Kim un’auto.", &[("Mercoledì", "2024-06-19")]);
    check(
        JUNE_19,
        "Putin è arrivato nelle prime ore di mercoledì ora locale.",
        &[("nelle prime ore di mercoledì", "2024-06-19")],
    );
    check(
        JUNE_19,
        "Kim lo ha accolto all’aeroporto nelle prime ore di mercoledì mattina.",
        &[("nelle prime ore di mercoledì mattina", "2024-06-19")],
    );
    check(JUNE_19, "Venerdì Putin sarà in Vietnam.", &[("Venerdì", "2024-06-21")]);
    check(JUNE_19, "Lo ha detto mercoledì scorso.", &[("mercoledì scorso", "2024-06-12")]);
    check("2024-06", "Lunedì Kirby ha parlato.", &[("Lunedì", "?")]);
}

#[test]
fn words_relative_to_the_day_of_writing() {
    check(JUNE_19, "L’accordo firmato oggi prevede assistenza.", &[("oggi", "2024-06-19")]);
    check(JUNE_19, "Ieri Kim ha parlato.", &[("Ieri", "2024-06-18")]);
    check(JUNE_19, "Il patto sottoscritto nelle scorse ore.", &[("nelle scorse ore", "2024-06-19")]);
    check(JUNE_19, "La visita di Kim in Russia lo scorso anno.", &[("lo scorso anno", "2023")]);
    check(JUNE_19, "Si voterà l’anno prossimo.", &[("l’anno prossimo", "2025")]);
    check(JUNE_19, "Il vertice di cinque anni fa.", &[("cinque anni fa", "2019")]);
    check(JUNE_19, "Tre mesi fa era cominciato tutto.", &[("Tre mesi fa", "2024-03")]);
    check("", "L’accordo firmato oggi, come nel 2000.", &[("oggi", "?"), ("nel 2000", "2000")]);
}

#[test]
fn decades() {
    check(
        JUNE_19,
        "Kim Il Sung salì al potere alla fine degli anni ’40 con i sovietici.",
        &[("alla fine degli anni ’40", "194X")],
    );
    check(JUNE_19, "Negli anni Novanta la carestia colpì il Paese.", &[("Negli anni Novanta", "199X")]);
    check(JUNE_19, "Dai primi anni 2000 il programma è cresciuto.", &[("primi anni 2000", "200X")]);
}

#[test]
fn durations_are_not_points_in_time() {
    check(JUNE_19, "È la prima visita a Pyongyang in oltre 24 anni.", &[("in oltre 24 anni", "P24Y")]);
    check(JUNE_19, "La guerra va avanti da oltre 2 anni.", &[("da oltre 2 anni", "P2Y")]);
    check(JUNE_19, "Il regime è da anni nella lista nera.", &[("da anni", "PXY")]);
    check(JUNE_19, "Kim negli ultimi mesi ha intensificato i toni.", &[("negli ultimi mesi", "PXM")]);
    check(JUNE_19, "Sarà la base per molti anni a venire.", &[("per molti anni a venire", "PXY")]);
    check(JUNE_19, "La relazione si è inasprita nei decenni successivi.", &[("nei decenni successivi", "PXDE")]);
    check(JUNE_19, "Un viaggio in treno di nove giorni.", &[("nove giorni", "P9D")]);
}

#[test]
fn offsets_from_undated_happenings_stay_unresolved() {
    check(
        JUNE_19,
        "Putin è arrivato mercoledì, esattamente 24 anni dopo la sua ultima visita.",
        &[("mercoledì", "2024-06-19"), ("esattamente 24 anni dopo", "?")],
    );
    check(
        JUNE_19,
        "Il vertice si tiene a cinque anni di distanza dal precedente.",
        &[("a cinque anni di distanza", "?")],
    );
}

/// Every temporal expression of the bundled articles, one a line as (expression as written,
/// value), checked by hand against the text and the calendar (19 June 2024 was a Wednesday) when
/// first blessed.
#[test]
fn every_expression_of_the_bundled_articles() {
    let mut out = String::new();
    for document in articles() {
        out += &format!("== {}\n", document.id);
        for (expression, value) in found(&document) {
            out += &format!("{expression} → {value}\n");
        }
    }
    assert_golden(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/expect/dates.txt"), &out);
}
