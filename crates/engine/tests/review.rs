//! The review file: what it reads, what it refuses and why, and the documents it gives.

use rassegna_engine::review::{MAX_ARTICLES, MAX_TEXT_BYTES};
use rassegna_engine::{Corpus, Gazetteer, Meta, PartialDate, Review, ReviewError, Stance, StanceData, TopicEdit};

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
        ReviewError::BadTopic { index: 2, message: "has no \"name\"; name it".into() },
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
        "topic 2 of the file has no \"name\"; name it",
    ]) {
        let message = error.to_string();
        assert!(message.contains(expected), "{message:?} should say {expected:?}");
    }
}

#[test]
fn reads_its_fields_and_round_trips() {
    let json = file(
        r#""format": "rassegna-review", "version": 1, "date": "2024-06", "unknown": ["ignored: a later version's field"]"#,
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

/// The bundled topics and stance words, as the app and the CLI read them.
fn bundled_stance_data() -> StanceData {
    StanceData::parse(
        include_str!("../../../data/topics.txt"),
        include_str!("../../../data/stance-lexicon.txt"),
        include_str!("../../../data/stance-overrides.txt"),
    )
    .0
}

fn edit(name: &str, claim: &str, words: &[&str]) -> TopicEdit {
    TopicEdit { name: name.into(), claim: claim.into(), words: words.iter().map(|w| w.to_string()).collect() }
}

#[test]
fn a_review_starts_from_the_bundled_topics_and_keeps_its_own() {
    let bundled = bundled_stance_data().topics;
    let mut review = Review::new("Vertice", None);
    assert_eq!(review.topics, None, "a new review has no topics of its own");
    let ids = |review: &Review| review.topics_or(&bundled).iter().map(|t| t.id.clone()).collect::<Vec<_>>();
    let bundled_ids = ids(&review);
    assert_eq!(bundled_ids, bundled.iter().map(|t| t.id.clone()).collect::<Vec<_>>());

    // Adding makes the list the review's own: the bundled topics, then the new one.
    let id = review
        .put_topic(
            &bundled,
            None,
            edit("Sanzioni all'Iran", "Le sanzioni all'Iran vanno tolte", &["embargo", " Programma  Nucleare "]),
        )
        .unwrap();
    assert_eq!(id, "sanzioni-all-iran");
    let added = review.topics.as_ref().unwrap().last().unwrap().clone();
    assert_eq!((added.name_it.as_str(), added.name_en.as_str()), ("Sanzioni all'Iran", "Sanzioni all'Iran"));
    assert_eq!(added.terms, ["embargo", "programma nucleare"], "words are lower case, spaces folded");
    // A second topic of the same name gets an id of its own.
    assert_eq!(
        review.put_topic(&bundled, None, edit("Sanzioni all’Iran!", "", &["x"])).unwrap(),
        "sanzioni-all-iran-2"
    );
    assert_eq!(review.put_topic(&bundled, None, edit("«»", "", &["x"])).unwrap(), "topic");

    // Renaming a bundled topic keeps its place; an unchanged name keeps both languages.
    let first = bundled[0].clone();
    review.put_topic(&bundled, Some(&first.id), edit(&first.name_en, &first.claim_it, &["patto"])).unwrap();
    let kept = &review.topics.as_ref().unwrap()[0];
    assert_eq!(
        (&kept.name_it, &kept.name_en, &kept.terms),
        (&first.name_it, &first.name_en, &vec!["patto".to_owned()])
    );
    review.put_topic(&bundled, Some(&first.id), edit("Il patto", "", &["patto"])).unwrap();
    let renamed = &review.topics.as_ref().unwrap()[0];
    assert_eq!(
        (renamed.id.as_str(), renamed.name_it.as_str(), renamed.name_en.as_str()),
        (first.id.as_str(), "Il patto", "Il patto")
    );

    // Refused edits change nothing.
    let before = review.clone();
    for (what, id, refused) in [
        ("no name", Some(first.id.as_str()), edit("  ", "", &["x"])),
        ("no words", None, edit("Nuovo", "", &[" ", ""])),
        ("a topic removed meanwhile", Some("gone"), edit("Nuovo", "", &["x"])),
    ] {
        assert!(matches!(review.put_topic(&bundled, id, refused), Err(ReviewError::BadTopic { .. })), "{what}");
        assert_eq!(review, before, "{what}");
    }

    assert!(review.remove_topic(&bundled, "sanzioni-all-iran-2"));
    assert!(!review.remove_topic(&bundled, "sanzioni-all-iran-2"));
    let mut fresh = Review::new("Altro", None);
    assert!(fresh.remove_topic(&bundled, &bundled[1].id), "removing a bundled topic makes the list the review's own");
    assert_eq!(fresh.topics.as_ref().map(Vec::len), Some(bundled.len() - 1));

    // The file keeps them, as written: a turned bundled topic goes back to its written words.
    let again = Review::from_json(&review.to_json()).unwrap();
    assert_eq!(again, review);
    assert!(review.to_json().contains(r#""words":["embargo","programma nucleare"]"#), "{}", review.to_json());
}

#[test]
fn topics_of_a_file_are_checked() {
    let with_topics = |topics: &str| format!(r#"{{{HEAD}, "title": "T", "articles": [], "topics": [{topics}]}}"#);
    let read = Review::from_json(&with_topics(
        r#"{"id": "dazi", "name": "I dazi", "claim": "I dazi vanno tolti", "words": ["dazi", "tariff"]}"#,
    ))
    .unwrap();
    let topic = &read.topics.unwrap()[0];
    assert_eq!(
        (topic.name_it.as_str(), topic.name_en.as_str(), topic.claim_en.as_str()),
        ("I dazi", "I dazi", "I dazi vanno tolti")
    );
    assert_eq!(
        Review::from_json(&with_topics("")).unwrap().topics,
        Some(Vec::new()),
        "an empty list is a review with no topics"
    );
    for (what, topics) in [
        ("an id with a space", r#"{"id": "a b", "name": "A", "words": ["a"]}"#),
        (
            "two topics with one id",
            r#"{"id": "a", "name": "A", "words": ["a"]}, {"id": "a", "name": "B", "words": ["b"]}"#,
        ),
        ("a blank name", r#"{"id": "a", "name": " ", "words": ["a"]}"#),
    ] {
        assert!(matches!(Review::from_json(&with_topics(topics)), Err(ReviewError::BadTopic { .. })), "{what}");
    }
    assert!(
        matches!(Review::from_json(&with_topics(r#"{"id": "a"}"#)), Err(ReviewError::BadShape(_))),
        "no name at all"
    );
    let many: Vec<String> = (0..=rassegna_engine::review::MAX_TOPICS)
        .map(|i| format!(r#"{{"id": "t{i}", "name": "T", "words": ["t"]}}"#))
        .collect();
    let refused = Review::from_json(&with_topics(&many.join(",")));
    assert!(
        matches!(refused, Err(ReviewError::BadTopic { index, .. }) if index == rassegna_engine::review::MAX_TOPICS + 1),
        "one topic too many: {refused:?}"
    );
}

#[test]
fn a_reviews_own_topic_gets_cells() {
    let data = bundled_stance_data();
    let mut review = Review::new("Commercio", None);
    review
        .add_articles(vec![(
            Meta::default(),
            "Il ministro degli Esteri francese ha condannato i nuovi dazi, definendoli «un errore».".to_owned(),
        )])
        .unwrap();
    review
        .put_topic(&data.topics, None, edit("I dazi", "I dazi sui prodotti europei vanno mantenuti", &["dazi"]))
        .unwrap();
    let topics = review.topics_or(&data.topics);
    let gazetteer = Gazetteer::parse(concat!(
        include_str!("../../../data/gazetteer.txt"),
        "\n",
        include_str!("../../../data/world.txt")
    ))
    .0;
    let corpus = Corpus::with_stances(review.documents(), gazetteer.clone(), data.clone().with_topics(topics));
    let cell = corpus.stances.iter().find(|c| c.topic == "i-dazi").expect("a cell on the review's own topic");
    assert_eq!((cell.actor.as_str(), cell.stance), ("FR", Stance::Opposes));

    // A proposition that condemns what its words name turns them, for a reader's topic as for a
    // bundled one: condemning the duties is then supporting it.
    review.put_topic(&data.topics, Some("i-dazi"), edit("I dazi", "I nuovi dazi vanno respinti", &["dazi"])).unwrap();
    let corpus = Corpus::with_stances(review.documents(), gazetteer, data.with_topics(review.topics_or(&[])));
    let cell = corpus.stances.iter().find(|c| c.topic == "i-dazi").expect("a cell on the turned topic");
    assert_eq!((cell.actor.as_str(), cell.stance), ("FR", Stance::Supports));
}

/// Runs `future` to its end on this thread: the pauses under test are ready at once.
fn block_on<F: std::future::Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
    }
}

#[test]
fn reading_with_pauses_finds_what_reading_at_once_finds_and_pauses_after_each_document() {
    let data = rassegna_testdata::stance_data(rassegna_testdata::STANCE_OVERRIDES);
    let gazetteer = rassegna_testdata::gazetteer();
    let documents = rassegna_testdata::articles();
    assert!(documents.len() > 1, "the bundled story has several articles to pause between");
    let at_once = Corpus::with_stances(documents.clone(), gazetteer.clone(), data.clone());
    let mut pauses = Vec::new();
    let paused = block_on(Corpus::with_stances_pausing(documents.clone(), gazetteer, data, |read| {
        pauses.push(read);
        std::future::ready(())
    }));
    assert_eq!(pauses, (1..=documents.len()).collect::<Vec<_>>());
    // Everything the views read, compared as printed (the corpus holds maps without an order).
    let printed = |corpus: &Corpus| {
        format!(
            "{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}",
            corpus.quotes,
            corpus.dates,
            corpus.events,
            corpus.timeline,
            corpus.statements,
            corpus.stances,
            corpus.diagnostics
        )
    };
    assert!(!at_once.quotes.is_empty() && !at_once.timeline.is_empty() && !at_once.stances.is_empty());
    assert_eq!(printed(&paused), printed(&at_once));
    let first = &at_once.quotes[0].id;
    assert_eq!(paused.quote(first).map(|q| &q.id), Some(first), "the index by id is built too");
    assert_eq!(paused.entry_of_quote(first).map(|e| &e.id), at_once.entry_of_quote(first).map(|e| &e.id));
}
