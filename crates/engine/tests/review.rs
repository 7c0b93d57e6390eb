//! The review file: what it reads, what it refuses and why, and the documents it gives.

use rassegna_engine::review::{MAX_ARTICLES, MAX_TEXT_BYTES};
use rassegna_engine::{Meta, PartialDate, Review, ReviewError};

/// A review file with `articles` (each a JSON object's inside) and the given head.
fn file(head: &str, articles: &[&str]) -> String {
    let articles: Vec<String> = articles.iter().map(|a| format!("{{{a}}}")).collect();
    format!(r#"{{{head}, "title": "Vertice", "articles": [{}]}}"#, articles.join(","))
}

const HEAD: &str = r#""format": "rassegna-review", "version": 1"#;

#[test]
fn refuses_what_is_not_a_readable_review_saying_why() {
    let valid = file(HEAD, &[r#""id": "a", "text": "Testo.""#]);
    let too_many: Vec<String> = (0..=MAX_ARTICLES).map(|i| format!(r#""id": "a{i}", "text": "x""#)).collect();
    let too_many: Vec<&str> = too_many.iter().map(String::as_str).collect();
    let huge = format!(r#""id": "big", "text": "{}""#, "a".repeat(MAX_TEXT_BYTES + 1));
    let cases: Vec<(&str, String, ReviewError)> = vec![
        ("truncated", valid[..valid.len() / 2].to_owned(), ReviewError::Truncated),
        ("empty file", String::new(), ReviewError::Truncated),
        ("not JSON", "title: Vertice\n".to_owned(), ReviewError::NotJson { line: 1, column: 2 }),
        ("an array", "[1, 2]".to_owned(), ReviewError::NotAReview),
        ("another format", file(r#""format": "other", "version": 1"#, &[]), ReviewError::NotAReview),
        ("no format", file(r#""version": 1"#, &[]), ReviewError::NotAReview),
        (
            "a newer version",
            file(r#""format": "rassegna-review", "version": 2"#, &[]),
            ReviewError::UnsupportedVersion(2),
        ),
        ("too many articles", file(HEAD, &too_many), ReviewError::TooManyArticles(MAX_ARTICLES + 1)),
        (
            "text too large",
            file(HEAD, &[&huge]),
            ReviewError::TextTooLarge { id: "big".into(), bytes: MAX_TEXT_BYTES + 1 },
        ),
        (
            "missing text",
            file(HEAD, &[r#""id": "a", "text": "Testo.""#, r#""id": "b""#]),
            ReviewError::MissingText { index: 2 },
        ),
        ("blank text", file(HEAD, &[r#""id": "a", "text": "  \n""#]), ReviewError::MissingText { index: 1 }),
        ("an id with a space", file(HEAD, &[r#""id": "a b", "text": "x""#]), ReviewError::BadId { index: 1 }),
        ("an empty id", file(HEAD, &[r#""id": "", "text": "x""#]), ReviewError::BadId { index: 1 }),
        (
            "a repeated id",
            file(HEAD, &[r#""id": "a", "text": "x""#, r#""id": "a", "text": "y""#]),
            ReviewError::DuplicateId("a".into()),
        ),
        (
            "a date that does not exist",
            file(HEAD, &[r#""id": "a", "date": "2024-02-30", "text": "x""#]),
            ReviewError::BadField {
                id: "a".into(),
                message: "`date: 2024-02-30` is not a date; write YYYY, YYYY-MM or YYYY-MM-DD".into(),
            },
        ),
        (
            "a javascript: address",
            file(HEAD, &[r#""id": "a", "url": "javascript:alert(1)", "text": "x""#]),
            ReviewError::BadField {
                id: "a".into(),
                message: "`url: javascript:alert(1)` is not an http(s) address; it was ignored".into(),
            },
        ),
    ];
    for (what, json, expected) in cases {
        assert_eq!(Review::from_json(&json), Err(expected), "{what}");
    }
    // Wrong types are "damaged", with serde's words for where.
    let shape = Review::from_json(&file(HEAD, &[r#""id": 3, "text": "x""#])).unwrap_err();
    assert!(matches!(&shape, ReviewError::BadShape(m) if m.contains("invalid type")), "{shape:?}");
}

#[test]
fn every_error_says_what_to_do() {
    let errors = [
        ReviewError::Truncated,
        ReviewError::NotJson { line: 3, column: 7 },
        ReviewError::NotAReview,
        ReviewError::UnsupportedVersion(2),
        ReviewError::BadShape("invalid type".into()),
        ReviewError::TooManyArticles(201),
        ReviewError::TextTooLarge { id: "big".into(), bytes: 3_000_000 },
        ReviewError::MissingText { index: 2 },
        ReviewError::BadId { index: 1 },
        ReviewError::DuplicateId("a".into()),
        ReviewError::BadField { id: "a".into(), message: "`lang: x` is not a language tag".into() },
    ];
    for (error, expected) in errors.iter().zip([
        "get it again",
        "line 3, column 7",
        "open a .json file downloaded from Rassegna",
        "open it with a newer Rassegna",
        "download it again",
        "split it into several reviews",
        "2 MB",
        "add its text",
        "fix its \"id\"",
        "its own \"id\"",
        "article a: `lang: x`",
    ]) {
        let message = error.to_string();
        assert!(message.contains(expected), "{message:?} should say {expected:?}");
    }
}

#[test]
fn reads_its_fields_and_round_trips() {
    let json = file(
        r#""format": "rassegna-review", "version": 1, "date": "2024-06", "topics": ["ignored in version 1"]"#,
        &[
            r#""id": "a", "title": "Il vertice", "outlet": "ANSA", "date": "2024-06-19", "lang": "it", "url": "https://example.org/a", "text": "Putin a Pyongyang.""#,
            r#""id": "b.2", "text": "Solo testo.""#,
        ],
    );
    let review = Review::from_json(&json).unwrap();
    assert_eq!(review.title, "Vertice");
    assert_eq!(review.date, PartialDate::parse_iso("2024-06"));
    assert_eq!(review.articles.len(), 2);
    let a = &review.articles[0].meta;
    assert_eq!(
        (a.title.as_deref(), a.outlet.as_deref(), a.lang.as_deref(), a.url.as_deref()),
        (Some("Il vertice"), Some("ANSA"), Some("it"), Some("https://example.org/a"))
    );
    assert_eq!(review.articles[1].meta, Meta::default());
    assert_eq!(Review::from_json(&review.to_json()), Ok(review.clone()));
    assert!(review.to_json().starts_with(r#"{"format":"rassegna-review","version":1,"title":"Vertice""#));
}

#[test]
fn markup_in_a_text_is_kept_as_text() {
    let text = "<script>alert(1)</script>\n\n<b>Putin</b> ha detto: «<i>Siamo amici</i>».";
    let mut review = Review::new("Markup", None);
    review.add_articles(vec![(Meta::default(), text.to_owned())]).unwrap();
    let back = Review::from_json(&review.to_json()).unwrap();
    assert_eq!(back.articles[0].text, text);
    assert_eq!(back.documents()[0].text, text);
}

#[test]
fn fields_win_over_the_text_header_which_fills_the_gaps() {
    let text = "title: Dal testo\noutlet: Testata del testo\ndate: 2023-01-02\n\nCorpo dell'articolo.";
    let json = file(HEAD, &[&format!(r#""id": "a", "outlet": "Dal campo", "date": "2024-06-19", "text": {text:?}"#)]);
    let documents = Review::from_json(&json).unwrap().documents();
    let meta = &documents[0].meta;
    assert_eq!(meta.outlet.as_deref(), Some("Dal campo"));
    assert_eq!(meta.date, PartialDate::parse_iso("2024-06-19"));
    assert_eq!(meta.title.as_deref(), Some("Dal testo"));
    assert_eq!(documents[0].id, "a");
    assert_eq!(documents[0].sentence_text(0), "Corpo dell'articolo.");
}

#[test]
fn editing_an_article_replaces_its_metadata_and_an_emptied_field_shows_the_text_header_again() {
    let with_header = "title: Dal testo\noutlet: Testata del testo\n\n«Siamo pronti», ha detto il sindaco.";
    let mut review = Review::new("Modifiche", None);
    let given = Meta { title: Some("Dal campo".into()), outlet: Some("Agenzia".into()), ..Meta::default() };
    review.add_articles(vec![(given.clone(), with_header.into()), (given, "Senza intestazione.".into())]).unwrap();
    let ids: Vec<String> = review.articles.iter().map(|a| a.id.clone()).collect();

    let edited =
        Meta { title: Some("Nuovo titolo".into()), date: PartialDate::parse_iso("2024-06-19"), ..Meta::default() };
    assert!(review.edit_article(&ids[0], edited.clone()));
    assert!(!review.edit_article("nope", edited.clone()), "no such article: nothing changes");
    assert_eq!(review.articles[0].meta, edited, "the metadata is replaced whole");
    assert_eq!(review.articles[0].text, with_header, "the text is untouched");
    let documents = review.documents();
    assert_eq!(documents[0].meta.title.as_deref(), Some("Nuovo titolo"));
    assert_eq!(documents[0].meta.date, PartialDate::parse_iso("2024-06-19"));
    // The emptied outlet: the text's header says one, and it shows again.
    assert_eq!(documents[0].meta.outlet.as_deref(), Some("Testata del testo"));

    // Without a header, an emptied field is unknown.
    assert!(review.edit_article(&ids[1], Meta::default()));
    assert_eq!(review.documents()[1].meta, Meta::default());
    // And the edit survives the file.
    assert_eq!(Review::from_json(&review.to_json()).unwrap(), review);
}

#[test]
fn adding_articles_gives_new_ids_and_is_all_or_nothing() {
    let mut review = Review::new("Nuova", None);
    review.add_articles(vec![(Meta::default(), "Uno.".into()), (Meta::default(), "Uno.".into())]).unwrap();
    let ids: Vec<String> = review.articles.iter().map(|a| a.id.clone()).collect();
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1]);
    assert!(ids[0].starts_with("001_") && ids[1].starts_with("002_"), "{ids:?}");
    assert!(review.remove_article(&ids[0]) && !review.remove_article("nope"));
    review.add_articles(vec![(Meta::default(), "Tre.".into())]).unwrap();
    let ids: Vec<&str> = review.articles.iter().map(|a| a.id.as_str()).collect();
    assert_ne!(ids[0], ids[1], "a new id never takes one in use");

    let before = review.clone();
    let too_big = "a".repeat(MAX_TEXT_BYTES + 1);
    assert!(matches!(
        review.add_articles(vec![(Meta::default(), "Va bene.".into()), (Meta::default(), too_big)]),
        Err(ReviewError::TextTooLarge { .. })
    ));
    assert_eq!(review, before);
    let many = vec![(Meta::default(), "x".to_owned()); MAX_ARTICLES];
    assert_eq!(review.add_articles(many), Err(ReviewError::TooManyArticles(MAX_ARTICLES + 2)));
    assert_eq!(review, before);
    // A whole megabyte of text is fine.
    review.add_articles(vec![(Meta::default(), "parola ".repeat(1_000_000 / 7 + 1))]).unwrap();
}
