//! Markdown to plain text: the words stay, the syntax goes.
//!
//! Headings lose their `#` (or their `===` underline), emphasis its `*` and `_`, links and
//! images their targets (`[testo](url)` is "testo", an image is dropped), code its backticks,
//! quotations and lists their markers; rules, fences and link definitions are dropped. YAML front
//! matter (`---` lines around `title:`, `date:`…) gives metadata. Each remaining line is a
//! paragraph; a paragraph wrapped over several lines is joined into one.

use crate::Meta;

pub(crate) struct Stripped {
    /// The first heading as the title, and what front matter says.
    pub meta: Meta,
    pub text: String,
}

/// `markdown` as plain text.
pub(crate) fn strip(markdown: &str) -> Stripped {
    let mut lines: Vec<&str> = markdown.lines().collect();
    let mut meta = Meta::default();
    if lines.first().is_some_and(|l| l.trim_end() == "---")
        && let Some(end) = lines.iter().skip(1).position(|l| matches!(l.trim_end(), "---" | "..."))
    {
        meta = front_matter(&lines[1..=end]);
        lines.drain(..end + 2);
    }

    let mut paragraphs: Vec<String> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    let mut fenced = false;
    let mut title: Option<String> = None;
    let end_paragraph = |current: &mut Vec<String>, paragraphs: &mut Vec<String>| {
        if !current.is_empty() {
            paragraphs.push(current.join(" "));
            current.clear();
        }
    };
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index].trim();
        index += 1;
        if line.starts_with("```") || line.starts_with("~~~") {
            fenced = !fenced;
            end_paragraph(&mut current, &mut paragraphs);
            continue;
        }
        if fenced {
            continue;
        }
        let underline = lines.get(index).map(|l| l.trim()).filter(|u| {
            !u.is_empty() && !line.is_empty() && (u.chars().all(|c| c == '=') || u.chars().all(|c| c == '-'))
        });
        let heading = if let Some(rest) = atx_heading(line) {
            Some(rest)
        } else if underline.is_some() && current.is_empty() {
            index += 1;
            Some(line)
        } else {
            None
        };
        if let Some(heading) = heading {
            end_paragraph(&mut current, &mut paragraphs);
            let heading = inline(heading);
            if title.is_none() && !heading.is_empty() {
                title = Some(heading);
            } else if !heading.is_empty() {
                paragraphs.push(heading);
            }
            continue;
        }
        if line.is_empty() || is_rule(line) || is_link_definition(line) {
            end_paragraph(&mut current, &mut paragraphs);
            continue;
        }
        let (content, starts_item) = block_markers(line);
        if starts_item {
            end_paragraph(&mut current, &mut paragraphs);
        }
        let content = inline(content);
        if !content.is_empty() {
            current.push(content);
        }
    }
    end_paragraph(&mut current, &mut paragraphs);
    meta.title = meta.title.or(title);
    Stripped { meta, text: paragraphs.join("\n\n") }
}

/// `# Titolo #` → `Titolo`.
fn atx_heading(line: &str) -> Option<&str> {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    let rest = &line[hashes..];
    ((1..=6).contains(&hashes) && (rest.is_empty() || rest.starts_with(' ')))
        .then(|| rest.trim().trim_end_matches('#').trim_end())
}

/// `---`, `***`, `___`, `- - -`.
fn is_rule(line: &str) -> bool {
    let marks: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3 && ["-", "*", "_"].iter().any(|m| marks.chars().all(|c| c.to_string() == *m))
}

/// `[1]: https://…`, a reference link's target.
fn is_link_definition(line: &str) -> bool {
    line.starts_with('[') && line.find("]:").is_some_and(|at| !line[1..at].contains(']'))
}

/// A line without its quotation and list markers, and whether a list item starts there.
fn block_markers(mut line: &str) -> (&str, bool) {
    while let Some(rest) = line.strip_prefix('>') {
        line = rest.trim_start();
    }
    for bullet in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return (rest.trim_start(), true);
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=9).contains(&digits)
        && let Some(rest) = line[digits..].strip_prefix(". ").or_else(|| line[digits..].strip_prefix(") "))
    {
        return (rest.trim_start(), true);
    }
    (line, false)
}

/// A line's inline syntax removed: emphasis, code, links, images, autolinks, escapes.
fn inline(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if chars.get(i + 1).is_some_and(|n| n.is_ascii_punctuation()) => {
                out.push(chars[i + 1]);
                i += 2;
            }
            '!' if chars.get(i + 1) == Some(&'[') => match link(&chars, i + 1) {
                Some((_, end)) => i = end,
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '[' => match link(&chars, i) {
                Some((label, end)) => {
                    out.push_str(&inline(&label));
                    i = end;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '<' if autolink_end(&chars, i).is_some() => {
                let end = autolink_end(&chars, i).unwrap_or(i);
                out.extend(&chars[i + 1..end]);
                i = end + 1;
            }
            '`' => i += 1,
            '*' | '_' => {
                let run = chars[i..].iter().take_while(|&&r| r == c).count();
                let before = i.checked_sub(1).map(|b| chars[b]);
                let after = chars.get(i + run).copied();
                // As CommonMark's flanking runs: emphasis opens before text and closes after it;
                // `snake_case` and `2 * 3` are not emphasis.
                let punctuation = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
                let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
                let opens = !space(after) && (!punctuation(after) || punctuation(before));
                let closes = !space(before) && (!punctuation(before) || punctuation(after));
                let emphasis = run <= 3 && (opens != closes || (c == '*' && opens));
                if !emphasis {
                    out.extend(&chars[i..i + run]);
                }
                i += run;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `[label](target)` or `[label][ref]` or `[label][]` from `chars[open]`: the label and the
/// index after the link.
fn link(chars: &[char], open: usize) -> Option<(String, usize)> {
    // Bounded: a line of unclosed brackets must not take quadratic time.
    let limit = chars.len().min(open + 2_000);
    let mut depth = 0;
    let close = (open..limit).find(|&k| {
        match chars[k] {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ => {}
        }
        depth == 0
    })?;
    let label: String = chars[open + 1..close].iter().collect();
    let (opener, closer) = match chars.get(close + 1) {
        Some('(') => ('(', ')'),
        Some('[') => ('[', ']'),
        _ => return None,
    };
    let mut depth = 0;
    let end = (close + 1..chars.len().min(close + 2_000)).find(|&k| {
        if chars[k] == opener {
            depth += 1;
        } else if chars[k] == closer {
            depth -= 1;
        }
        depth == 0
    })?;
    Some((label, end + 1))
}

/// Where an autolink `<https://…>` that starts at `chars[open]` closes.
fn autolink_end(chars: &[char], open: usize) -> Option<usize> {
    let close = open + chars[open..].iter().take(2_000).position(|&c| c == '>')?;
    let inside: String = chars[open + 1..close].iter().collect();
    let is_link = (inside.starts_with("http://") || inside.starts_with("https://") || inside.starts_with("mailto:"))
        && !inside.contains(char::is_whitespace);
    is_link.then_some(close)
}

/// YAML front matter's `title`, `date`, `outlet`, `lang`, `url` as a sidecar reads them; quotes
/// around values and a time after a date are dropped.
fn front_matter(lines: &[&str]) -> Meta {
    let sidecar: String = lines
        .iter()
        .filter_map(|line| {
            let (key, value) = line.split_once(':')?;
            let key = key.trim().to_ascii_lowercase();
            let mut value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
            if key == "date" {
                value = value.get(..10).filter(|d| d.as_bytes().get(4) == Some(&b'-')).unwrap_or(value);
            }
            ["title", "outlet", "date", "lang", "url"].contains(&key.as_str()).then(|| format!("{key}: {value}\n"))
        })
        .collect();
    Meta::parse_sidecar(&sidecar).0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (markdown, title, text)
    #[test]
    fn strips_the_syntax_and_keeps_the_words() {
        let cases: &[(&str, Option<&str>, &str)] = &[
            (
                "# Il vertice di *Pievemora*\n\nIl sindaco ha detto: «**Non** ci fermeremo».\n\n## I numeri\n\n- 4 milioni\n- 12 mesi",
                Some("Il vertice di Pievemora"),
                "Il sindaco ha detto: «Non ci fermeremo».\n\nI numeri\n\n4 milioni\n\n12 mesi",
            ),
            (
                "Alluvione in Valdorcia\n======================\n\nLo ha scritto [la Regione](https://regione.example/nota \"nota\") in una _nota_.\n![foto](foto.jpg)\n",
                Some("Alluvione in Valdorcia"),
                "Lo ha scritto la Regione in una nota.",
            ),
            (
                "---\ntitle: \"Sciopero dei treni\"\ndate: 2024-03-12T10:00:00+01:00\noutlet: Notizie Lampo\n---\n\n> «Adesione al 70%», dicono i sindacati.\n> Fonte: [CGIL][1]\n\n[1]: https://cgil.example\n",
                Some("Sciopero dei treni"),
                "«Adesione al 70%», dicono i sindacati. Fonte: CGIL",
            ),
            (
                "Un testo\nandato a capo\n\n***\n\n```\ncodice()\n```\n\nvariabile_con_trattini e 2 * 3, \\*non enfasi\\* e `codice`. <https://esempio.it>",
                None,
                "Un testo andato a capo\n\nvariabile_con_trattini e 2 * 3, *non enfasi* e codice. https://esempio.it",
            ),
            ("1. primo\n2) secondo\n#hashtag", None, "primo\n\nsecondo #hashtag"),
            ("[link non chiuso](https://x", None, "[link non chiuso](https://x"),
        ];
        for &(markdown, title, text) in cases {
            let stripped = strip(markdown);
            assert_eq!(stripped.meta.title.as_deref(), title, "title of {markdown:?}");
            assert_eq!(stripped.text, text, "text of {markdown:?}");
        }
        let front = strip(
            "---\ntitle: \"Sciopero dei treni\"\ndate: 2024-03-12T10:00:00+01:00\noutlet: Notizie Lampo\n---\nTesto",
        );
        assert_eq!(front.meta.date, crate::PartialDate::parse_iso("2024-03-12"));
        assert_eq!(front.meta.outlet.as_deref(), Some("Notizie Lampo"));
    }
}
