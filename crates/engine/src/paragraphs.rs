//! Paragraphs: where a body's lines group into units of text.
//!
//! Articles copied from the web put one paragraph on a line, with or without blank lines between
//! them; texts wrapped for e-mail or print put a paragraph on several short lines and separate
//! paragraphs with a blank line. The second kind is recognised by its shape (no line longer than a
//! print width, and some block of three or more lines); anything else is read one paragraph a line.
//! Lines with no letter or digit (`—`, `* * *`) are decoration, not paragraphs.

use crate::Span;
use crate::header::lines;

/// Lines no longer than this, in characters, may be a wrapped paragraph's lines.
const WRAP_WIDTH: usize = 100;

/// Characters no headline is longer than.
const HEADLINE_CHARS: usize = 200;

/// Words no sentence or headline ends on: a line ending on one breaks a sentence.
const DANGLING: &[&str] = &[
    "che", "cui", "e", "ed", "o", "ma", "di", "a", "da", "in", "con", "su", "per", "tra", "fra", "del", "della", "dei",
    "delle", "degli", "al", "alla", "ai", "alle", "agli", "dal", "dalla", "nel", "nella", "sul", "sulla", "il", "lo",
    "la", "i", "gli", "le", "un", "uno", "una", "non",
];

/// The paragraphs of `text` from byte `from`, trimmed of surrounding white space.
pub fn split(text: &str, from: usize) -> Vec<Span> {
    let lines: Vec<Span> = lines(text, from).collect();
    let mut blocks: Vec<&[Span]> = Vec::new();
    for group in lines.split(|line| line.of(text).trim().is_empty()) {
        if !group.is_empty() {
            blocks.push(group);
        }
    }
    let wrapped = lines.iter().all(|line| line.of(text).chars().count() <= WRAP_WIDTH)
        && blocks.iter().any(|block| block.len() >= 3);
    let spans: Vec<Span> = if wrapped {
        blocks.iter().flat_map(|block| dispatches(text, block)).collect()
    } else {
        joined_broken_lines(text, lines)
    };
    spans
        .into_iter()
        .map(|span| span.trimmed(text))
        .filter(|span| span.of(text).chars().any(char::is_alphanumeric))
        .collect()
}

/// A block of wrapped lines, split where wire copy starts something of its own: a slug in
/// capitals ("ARGENTINA: CANCELLERIA, "PRONTI AL DIALOGO"") is a paragraph by itself, as is the
/// sign-off ("RED/MB 03-FEB-26 14:12"), and a new dispatch ("(ANSA) - ROMA, 3 FEB - …") opens
/// one: the dispatch's headline is not the first sentence of its body.
fn dispatches(text: &str, block: &[Span]) -> Vec<Span> {
    let capitals = |line: &Span| {
        let line = line.of(text);
        line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase)
    };
    let opens_dispatch = |line: &Span| {
        let line = line.of(text).trim_start();
        line.starts_with('(') && line.char_indices().take(60).any(|(at, _)| line[at..].starts_with(") - "))
    };
    // "BOLOGNA, 12 MAR - …" opens a dispatch, and a line after an agency's sign-off ("(AMN).")
    // or a sentence's end, right before such a dateline, is that dispatch's headline.
    let dated = |i: usize| block.get(i).is_some_and(|line| dateline(text, *line).is_some());
    let ends_sentence = |line: &Span| line.of(text).trim_end().ends_with(['.', '!', '?', '…', '»', '”', '"', ')']);
    let indented = |line: &Span| {
        let line = line.of(text);
        line.starts_with('\t') || line.starts_with("  ") && line.trim_start().starts_with(char::is_uppercase)
    };
    let mut spans: Vec<Span> = Vec::new();
    for (i, line) in block.iter().enumerate() {
        let own = i > 0
            && (capitals(line)
                || capitals(&block[i - 1])
                || opens_dispatch(line)
                || dated(i)
                || sign_off(text, block[i - 1]).is_some()
                || dated(i + 1) && ends_sentence(&block[i - 1])
                // "   Tra i Paesi che si sono astenuti…": wire copy indents a paragraph's first line.
                || indented(line) && ends_sentence(&block[i - 1]));
        match spans.last_mut() {
            Some(last) if !own => last.end = line.end,
            _ => spans.push(*line),
        }
    }
    spans
}

/// Agency copy breaks lines inside sentences ("Lo ha detto il\nministro"): a line that ends
/// without a sentence's closing punctuation, followed at once by a line that goes on in lower
/// case, is one paragraph with it. A headline ends without punctuation too, but the line after
/// it starts a sentence of its own, in upper case; no headline ends on a word that needs one
/// after it ("avrebbe avvertito i colleghi che\nBerlino…") or on a comma, nor runs longer than a
/// headline, and a paragraph broken once is copy wrapped by width ("ghanese Kwame\nOfori-Mensah"),
/// so such a line goes on whatever case the next one starts with, unless the next is a dispatch
/// of its own ("(ANSA) - ROMA…") or a slug in capitals; so does, in copy that broke a sentence
/// before, a line ending on a capitalised word before one that a name and its comma open.
fn joined_broken_lines(text: &str, lines: Vec<Span>) -> Vec<Span> {
    let mut joined: Vec<Span> = Vec::with_capacity(lines.len());
    // Whether the last paragraph is already made of several lines.
    let mut wrapped = false;
    // Whether the copy has broken a sentence across lines before: then a paragraph's first line
    // that ends on a capitalised word goes on into a line that a name and its comma open ("della
    // vicesindaca Loredana\nPautasso, che…").
    let mut broken_copy = false;
    for line in lines {
        let content = line.of(text).trim();
        // A new dispatch ("(ANSA) - ROMA…") or a slug in capitals starts a paragraph of its own.
        let opens_own = content.starts_with('(') || !content.chars().any(char::is_lowercase);
        // "Pautasso, che…", "Bellandi: «…»": a capitalised word and a comma or a colon open the
        // line, a name's end in apposition.
        let name_goes_on = content
            .split_once([',', ':'])
            .is_some_and(|(first, _)| first.chars().all(char::is_alphabetic) && first.starts_with(char::is_uppercase));
        // A line ending on a word that needs another or on a comma, too long for a headline (see
        // `quotes::is_headline`), or in a paragraph already broken once, is a sentence broken too.
        let dangling = joined.last().is_some_and(|previous: &Span| {
            let line = previous.of(text).trim_end();
            let last_word = line.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            let on_word = line.ends_with(|c: char| c.is_alphabetic() || c == ',');
            DANGLING.contains(&last_word)
                || line.ends_with(',')
                || on_word && (wrapped || line.chars().count() > HEADLINE_CHARS)
                || broken_copy && last_word.starts_with(char::is_uppercase) && name_goes_on
                // "…alla Sanità della Liguria, Paolo\nCastagneto, intervenendo…": a given name
                // after a comma, its surname and a comma opening the next line, is one name in
                // apposition broken across lines; no headline ends on ", Paolo".
                || last_word.starts_with(char::is_uppercase)
                    && line[..line.len() - last_word.len()].ends_with(", ")
                    && line.split_whitespace().any(|word| word.starts_with(char::is_lowercase))
                    && name_goes_on
        });
        let continues = (dangling && !opens_own) || content.chars().next().is_some_and(char::is_lowercase);
        match joined.last_mut() {
            Some(previous)
                if continues
                    && !previous.of(text).trim_end().ends_with(['.', '!', '?', '…', ':', ';', '»', '”', '"', ')'])
                    && !previous.of(text).trim().is_empty() =>
            {
                previous.end = line.end;
                wrapped = true;
                broken_copy = true;
            }
            _ => {
                joined.push(line);
                wrapped = false;
            }
        }
    }
    joined
}

/// A wire dateline at the start of a paragraph: "(AGIPRESS) - BRUXELLES, 3 MAR -", "ROMA -":
/// where the copy was filed, never who speaks. Segments of capitals, digits and month names
/// ended by dashes.
pub(crate) fn dateline(text: &str, paragraph: Span) -> Option<Span> {
    let body = paragraph.of(text);
    let mut end = 0;
    let mut capitals = false;
    let mut rest = body;
    for _ in 0..3 {
        // A segment ends within 60 bytes: look no further, or a long paragraph is scanned whole
        // for each kind of dash.
        let mut near = rest.len().min(64);
        while !rest.is_char_boundary(near) {
            near -= 1;
        }
        let window = &rest[..near];
        let dash = window
            .find([' ', '\u{a0}'])
            .and_then(|_| ["- ", "– ", "— "].iter().filter_map(|d| window.find(d).map(|at| (at, d.len()))).min());
        let Some((at, len)) = dash.filter(|(at, _)| *at <= 60) else { break };
        let segment = &rest[..at];
        // "(Adi) - CAGLIARI, 14 OTT -", "(Agenzia Meridiana) - LA PAZ, 9 MAR -": the agency in
        // brackets may be written as a name, of up to three capitalised words.
        let agency = segment.trim().strip_prefix('(').and_then(|s| s.strip_suffix(')')).is_some_and(|name| {
            let words: Vec<&str> = name.split_whitespace().collect();
            name.len() <= 30
                && (1..=3).contains(&words.len())
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
        });
        let fits = agency
            || segment
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(|w| w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) || crate::timex::is_month_word(w));
        if !fits || segment.trim().is_empty() && end > 0 {
            break;
        }
        capitals |= segment
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w.chars().count() >= 3 && w.chars().all(char::is_uppercase));
        end += at + len;
        rest = &rest[at + len..];
    }
    (capitals && end > 0).then(|| Span::new(paragraph.start, paragraph.start + end))
}

/// An agency's sign-off at the end of a paragraph ("… per le feste. (AGIPRESS)."): who filed the
/// copy, never a speaker or a subject.
pub(crate) fn sign_off(text: &str, paragraph: Span) -> Option<Span> {
    let body = paragraph.of(text).trim_end().trim_end_matches('.');
    let inner = body.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let name = &inner[open + 1..];
    let capitals = name.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && name.chars().all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-');
    // "(Adi)": an agency written as a name signs off the copy it opened with.
    let opened_with = body.trim_start().starts_with(&body[open..]);
    (capitals || opened_with).then(|| Span::new(paragraph.start + open, paragraph.start + body.len()))
}

#[cfg(test)]
mod tests {
    use super::split;

    fn paragraphs(text: &str) -> Vec<&str> {
        split(text, 0).iter().map(|span| span.of(text)).collect()
    }

    #[test]
    fn one_paragraph_a_line_with_or_without_blank_lines() {
        assert_eq!(paragraphs("Uno due.\nTre quattro.\n\n\nCinque."), ["Uno due.", "Tre quattro.", "Cinque."]);
    }

    #[test]
    fn a_name_broken_across_lines_in_broken_copy_goes_on() {
        let copy = concat!(
            "Il sindaco di Borgo Lido, piccolo comune della costa, è stato arrestato stamattina dai carabinieri con l'accusa di\n",
            "corruzione.\n",
            "\"Siamo sconcertati\", è il commento della vicesindaca Loredana\n",
            "Pautasso, che guida la giunta.\n",
            "Titolo a Roma\n",
            "Testo."
        );
        assert_eq!(
            paragraphs(copy),
            [
                "Il sindaco di Borgo Lido, piccolo comune della costa, è stato arrestato stamattina dai carabinieri con l'accusa di\ncorruzione.",
                "\"Siamo sconcertati\", è il commento della vicesindaca Loredana\nPautasso, che guida la giunta.",
                "Titolo a Roma",
                "Testo."
            ]
        );
    }

    #[test]
    fn a_name_in_apposition_broken_across_lines_goes_on() {
        assert_eq!(
            paragraphs(concat!(
                "Genova, Roma\n",
                "Castagneto, il paese\n",
                "«Le Case di comunità apriranno entro l'anno, con o senza la collaborazione dei medici di famiglia del territorio ligure».\n",
                "Lo ha detto l'assessore regionale alla Sanità, Paolo\n",
                "Castagneto, intervenendo in commissione.\n",
            )),
            [
                "Genova, Roma",
                "Castagneto, il paese",
                "«Le Case di comunità apriranno entro l'anno, con o senza la collaborazione dei medici di famiglia del territorio ligure».",
                "Lo ha detto l'assessore regionale alla Sanità, Paolo\nCastagneto, intervenendo in commissione.",
            ]
        );
    }

    #[test]
    fn a_name_broken_before_its_colon_goes_on() {
        assert_eq!(
            paragraphs(concat!(
                "Manovra, l'opposizione esce\n",
                "Bellandi, la replica\n",
                "«Torneremo in Aula solo quando il governo avrà rispetto delle Camere e del lavoro dei senatori», ha detto la capogruppo.\n",
                "Dura la replica del capogruppo della maggioranza, Mauro\n",
                "Bellandi: «Chi esce dall'Aula non ha proposte».\n",
            )),
            [
                "Manovra, l'opposizione esce",
                "Bellandi, la replica",
                "«Torneremo in Aula solo quando il governo avrà rispetto delle Camere e del lavoro dei senatori», ha detto la capogruppo.",
                "Dura la replica del capogruppo della maggioranza, Mauro\nBellandi: «Chi esce dall'Aula non ha proposte».",
            ]
        );
    }

    #[test]
    fn an_indented_line_after_a_sentence_opens_a_paragraph_of_wire_copy() {
        assert_eq!(
            paragraphs(concat!(
                "(AGENZIA) - LIMA, 3 GIU - Il Perù ha respinto la\n",
                "risoluzione.\n",
                "   Dura la reazione di Lima. Il ministro\n",
                "ha parlato di ingerenza.\n",
                "  ha poi aggiunto che\n",
            )),
            [
                "(AGENZIA) - LIMA, 3 GIU - Il Perù ha respinto la\nrisoluzione.",
                "Dura la reazione di Lima. Il ministro\nha parlato di ingerenza.\n  ha poi aggiunto che",
            ]
        );
    }

    #[test]
    fn a_line_ending_on_a_word_that_needs_another_goes_on() {
        assert_eq!(
            paragraphs(concat!(
                "Secondo un quotidiano economico tedesco, a fine seduta ieri sera Wendler avrebbe avvertito i colleghi che\n",
                "Berlino «non firmerà».\nTitolo senza punto\nTesto."
            )),
            [
                concat!(
                    "Secondo un quotidiano economico tedesco, a fine seduta ieri sera Wendler avrebbe avvertito i colleghi che\n",
                    "Berlino «non firmerà»."
                ),
                "Titolo senza punto",
                "Testo."
            ]
        );
    }

    #[test]
    fn decoration_is_not_a_paragraph() {
        assert_eq!(paragraphs("—\n\n* * *\nTesto.\n  \n"), ["Testo."]);
    }

    #[test]
    fn wrapped_text_joins_lines_until_a_blank_line() {
        let text = "La Russia e la Corea del Nord si\ndifenderanno reciprocamente in caso\ndi aggressione.\n\nSecondo paragrafo\nsu due righe.\n";
        assert_eq!(
            paragraphs(text),
            [
                "La Russia e la Corea del Nord si\ndifenderanno reciprocamente in caso\ndi aggressione.",
                "Secondo paragrafo\nsu due righe."
            ]
        );
    }

    #[test]
    fn a_line_broken_inside_a_sentence_goes_on_in_the_next() {
        // Lines as long as web copy's, so the text is read one paragraph a line.
        let text = "Pnrr, nessun ritardo\n(AGIPRESS) - ROMA, 3 MAR - \"La rata sarà incassata entro giugno, come \
                    previsto dal calendario concordato\". Lo ha detto il\nministro Nicola Trevisan.\nSeconda frase.";
        let found = paragraphs(text);
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found[0], "Pnrr, nessun ritardo");
        assert!(found[1].ends_with("Lo ha detto il\nministro Nicola Trevisan."), "{found:?}");
    }

    #[test]
    fn wrapped_dispatches_split_at_their_datelines_and_headlines() {
        let text = "Frana, strada chiusa\nPIEVE, 3 MAR - La strada resta chiusa\nfino a lunedì. (AMN).\n\
                    Frana, Rossi: «Riapriremo presto»\nPIEVE, 3 MAR - Lo ha detto\nil sindaco. (AMN).\n";
        assert_eq!(
            paragraphs(text),
            [
                "Frana, strada chiusa",
                "PIEVE, 3 MAR - La strada resta chiusa\nfino a lunedì. (AMN).",
                "Frana, Rossi: «Riapriremo presto»",
                "PIEVE, 3 MAR - Lo ha detto\nil sindaco. (AMN)."
            ]
        );
    }

    #[test]
    fn crlf_lines_keep_the_carriage_return_out() {
        assert_eq!(paragraphs("Uno.\r\nDue.\r\n"), ["Uno.", "Due."]);
    }
}
