//! Sentence splitting, case by case: a paragraph and the sentences expected from it.

use rassegna_engine::{Span, sentences};

#[track_caller]
fn check(paragraph: &str, expected: &[&str]) {
    let found: Vec<&str> =
        sentences::split(paragraph, Span::new(0, paragraph.len())).iter().map(|s| s.of(paragraph)).collect();
    assert_eq!(found, expected, "splitting {paragraph:?}");
}

#[test]
fn full_stops_question_and_exclamation_marks() {
    check("Primo. Secondo! Terzo? Quarto", &["Primo.", "Secondo!", "Terzo?", "Quarto"]);
}

#[test]
fn closing_quotes_and_brackets_stay_with_their_sentence() {
    check("Ha detto: “Va tutto bene.” Poi è partito.", &["Ha detto: “Va tutto bene.”", "Poi è partito."]);
    check("«Basta!» Così ha chiuso.", &["«Basta!»", "Così ha chiuso."]);
    check("(Lo ha confermato.) Il giorno dopo.", &["(Lo ha confermato.)", "Il giorno dopo."]);
}

#[test]
fn a_sentence_may_start_with_a_quotation_mark_or_a_digit() {
    check("Lo ha detto. “Non ho dubbi”, ha aggiunto.", &["Lo ha detto.", "“Non ho dubbi”, ha aggiunto."]);
    check("È finita così. 24 anni dopo è tornato.", &["È finita così.", "24 anni dopo è tornato."]);
}

#[test]
fn no_break_before_a_lower_case_word() {
    check("“Come va?” chiese lui.", &["“Come va?” chiese lui."]);
}

#[test]
fn initials_acronyms_and_abbreviations_do_not_end_a_sentence() {
    check("Lo ha detto J. Kirby ai giornalisti.", &["Lo ha detto J. Kirby ai giornalisti."]);
    check(
        "Il sig. Rossi e il dott. Bianchi. Poi gli U.S. Marines.",
        &["Il sig. Rossi e il dott. Bianchi.", "Poi gli U.S. Marines."],
    );
    check("Vedi pag. 12 e art. 5 del trattato.", &["Vedi pag. 12 e art. 5 del trattato."]);
}

#[test]
fn a_one_letter_word_with_an_accent_ends_a_sentence() {
    check("Non so com’è. Poi vedremo.", &["Non so com’è.", "Poi vedremo."]);
}

#[test]
fn numbers_with_separators_are_not_ends() {
    check(
        "Più di 10.000 container e 260.000 tonnellate. Fine.",
        &["Più di 10.000 container e 260.000 tonnellate.", "Fine."],
    );
}

#[test]
fn an_ellipsis_ends_a_sentence_only_before_a_capital() {
    check("l’equivalente di… 260.000 tonnellate Munizioni.", &["l’equivalente di… 260.000 tonnellate Munizioni."]);
    check("E poi… Niente.", &["E poi…", "Niente."]);
}

#[test]
fn stray_punctuation_stays_with_the_sentence_before() {
    check("della sua influenza nella dittatura. .", &["della sua influenza nella dittatura. ."]);
    check("stabilità territoriale”. .” ”", &["stabilità territoriale”. .” ”"]);
    check("Giappone. . Poi.", &["Giappone. .", "Poi."]);
}

#[test]
fn no_sentence_from_nothing() {
    check("", &[]);
    check("   ", &[]);
    check("Una frase senza punto", &["Una frase senza punto"]);
}

#[test]
fn a_runaway_sentence_is_cut_at_white_space() {
    use rassegna_engine::sentences::MAX_SENTENCE;
    let text = "parola ".repeat(3 * MAX_SENTENCE / 7);
    let doc = rassegna_engine::Document::parse("t", text.as_str());
    assert!(doc.sentences.len() >= 3, "{} sentences", doc.sentences.len());
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let length = sentence.span.end - sentence.span.start;
        assert!(length <= MAX_SENTENCE + "parola".len(), "sentence {index} is cut at the first space past the bound");
        assert!(doc.sentence_text(index).split(' ').all(|word| word == "parola"), "no word is cut");
    }
}
