//! A saved HTML page to an article: a tolerant scanner, not a browser.
//!
//! It reads tags, attributes, text and character references in one pass and never fails: a
//! tag left open, an attribute without quotes, a stray `<` are read as browsers would read them
//! or kept as text. Comments, `CDATA`, doctypes and processing instructions are dropped, and so is
//! the content of `script`, `style`, `noscript`, `template`, `iframe`, `svg`, `math` and forms;
//! nothing is run, and no address it names is loaded. The text is that of the article's
//! paragraphs: the `<p>` (and subheads, list items and block quotations) inside `<article>`,
//! `<main>` or an `articleBody`, else every `<p>`, else every block of text; never what is inside
//! `nav`, `header`, `footer`, `aside` or an element marked `hidden`.

use super::encoding::WINDOWS_1252_HIGH;
use crate::header::is_language_tag;
use crate::{Meta, PartialDate};

/// What a page says about its article, and the article's text.
pub(crate) struct Page {
    pub meta: Meta,
    pub text: String,
}

/// Elements whose content is dropped whole: never text, never an article's.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "object", "svg", "math", "canvas", "video", "audio", "form",
    "button", "select", "textarea", "nav", "header", "footer", "aside", "menu", "dialog", "figure",
];

/// Elements whose content is raw text up to their end tag, markup included.
const RAW: &[&str] = &["script", "style", "noscript", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

/// Elements without content.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param"];

/// Elements that start a new block of text; any other element is inline.
const BLOCKS: &[&str] = &[
    "p", "div", "section", "article", "main", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td",
    "th", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "address", "hr", "body", "center",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Paragraph,
    Subhead,
    Other,
}

struct Block {
    text: String,
    kind: Kind,
    in_article: bool,
}

#[derive(Default)]
struct Reader {
    /// Whether `nav`, `header`, `footer`, `aside` and the like are dropped too (not only scripts,
    /// styles and forms): a page that leaves one of them open is read again without.
    drop_layout: bool,
    /// Open elements whose content is dropped, innermost last.
    dropped: Vec<String>,
    /// Open blocks: their names and kinds, innermost last.
    open: Vec<(String, Kind)>,
    /// Open article containers, by name.
    articles: Vec<String>,
    text: String,
    blocks: Vec<Block>,
    /// The text of the `<title>` or `<h1>` being read.
    title_text: Option<String>,
    headline_text: Option<String>,
    /// The first `<h1>`, or the first inside an article, and whether it is.
    headline: Option<(String, bool)>,
    title: Option<String>,
    og_title: Option<String>,
    site_name: Option<String>,
    published: Option<String>,
    time: Option<(String, bool)>,
    canonical: Option<String>,
    og_url: Option<String>,
    lang: Option<String>,
    locale: Option<String>,
}

/// Elements dropped even from a page read again without its layout dropped.
const NEVER_TEXT: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "object", "svg", "math", "canvas", "video", "audio", "button",
    "select", "textarea", "title",
];

/// Reads `html`, a page as a browser saves it.
pub(crate) fn read(html: &str) -> Page {
    let mut reader = Reader { drop_layout: true, ..Reader::default() };
    scan(html, &mut reader);
    reader.flush();
    if reader.blocks.is_empty() && !reader.dropped.is_empty() {
        reader = Reader::default();
        scan(html, &mut reader);
        reader.flush();
    }
    reader.page()
}

/// The charset a page declares in its first kilobyte (`<meta charset>` or `http-equiv`).
pub(crate) fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let value: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    (!value.is_empty()).then_some(value)
}

enum Token<'a> {
    Text(&'a str),
    Start { name: String, attributes: Vec<(String, String)> },
    End { name: String },
}

/// Calls `reader` with each text, start tag and end tag of `html`, in order.
fn scan(html: &str, reader: &mut Reader) {
    let bytes = html.as_bytes();
    let mut at = 0;
    while at < html.len() {
        let Some(open) = html[at..].find('<').map(|i| at + i) else {
            reader.token(Token::Text(&html[at..]));
            break;
        };
        if open > at {
            reader.token(Token::Text(&html[at..open]));
        }
        let rest = &html[open..];
        let after =
            |marker: &str, from: usize| html[from..].find(marker).map_or(html.len(), |i| from + i + marker.len());
        let next = bytes.get(open + 1).copied().unwrap_or(b' ');
        at = if rest.starts_with("<!--") {
            after("-->", open + 4)
        } else if rest.starts_with("<![CDATA[") {
            after("]]>", open + 9)
        } else if next == b'!' || next == b'?' {
            after(">", open + 2)
        } else if next == b'/' && bytes.get(open + 2).is_some_and(u8::is_ascii_alphabetic) {
            let (name, end) = tag_name(html, open + 2);
            reader.token(Token::End { name });
            after(">", end)
        } else if next.is_ascii_alphabetic() {
            let (name, end) = tag_name(html, open + 1);
            let (attributes, end) = attributes(html, end);
            let raw = RAW.contains(&name.as_str());
            reader.token(Token::Start { name: name.clone(), attributes });
            if raw {
                let close = find_end_tag(html, end, &name);
                if name == "title" || name == "textarea" {
                    reader.token(Token::Text(&html[end..close]));
                }
                reader.token(Token::End { name: name.clone() });
                if close < html.len() { after(">", close) } else { close }
            } else {
                end
            }
        } else {
            reader.token(Token::Text("<"));
            open + 1
        };
    }
}

/// The lowercased tag name starting at byte `from`, and where it ends.
fn tag_name(html: &str, from: usize) -> (String, usize) {
    let len = html[from..].find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>').unwrap_or(html.len() - from);
    (html[from..from + len].to_ascii_lowercase(), from + len)
}

/// The attributes of a start tag from byte `from`, and the byte after the tag's `>`.
fn attributes(html: &str, mut at: usize) -> (Vec<(String, String)>, usize) {
    let bytes = html.as_bytes();
    let mut found = Vec::new();
    loop {
        while at < bytes.len() && (bytes[at].is_ascii_whitespace() || bytes[at] == b'/') {
            at += 1;
        }
        if at >= bytes.len() {
            return (found, at);
        }
        if bytes[at] == b'>' {
            return (found, at + 1);
        }
        let len = html[at..]
            .find(|c: char| c.is_ascii_whitespace() || matches!(c, '=' | '>' | '/'))
            .unwrap_or(html.len() - at)
            .max(1);
        let name = html[at..at + len].to_ascii_lowercase();
        at += len;
        while at < bytes.len() && bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let mut value = String::new();
        if bytes.get(at) == Some(&b'=') {
            at += 1;
            while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            let raw = match bytes.get(at) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let end = html[at + 1..].find(char::from(quote)).map_or(html.len(), |i| at + 1 + i);
                    let raw = &html[at + 1..end];
                    at = (end + 1).min(html.len());
                    raw
                }
                _ => {
                    let end =
                        html[at..].find(|c: char| c.is_ascii_whitespace() || c == '>').map_or(html.len(), |i| at + i);
                    let raw = &html[at..end];
                    at = end;
                    raw
                }
            };
            decode_references(raw, &mut |c| value.push(c));
        }
        found.push((name, value));
    }
}

/// Where the end tag `</name` of a raw text element starts, from byte `from` (or the end).
fn find_end_tag(html: &str, from: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    let mut at = from;
    while let Some(i) = html[at..].find("</") {
        let start = at + i;
        let candidate = bytes.get(start + 2..start + 2 + name.len());
        let ends =
            bytes.get(start + 2 + name.len()).is_none_or(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'));
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) && ends {
            return start;
        }
        at = start + 2;
    }
    html.len()
}

impl Reader {
    fn token(&mut self, token: Token) {
        match token {
            Token::Text(text) => self.on_text(text),
            Token::Start { name, attributes } => self.on_start(name, &attributes),
            Token::End { name } => self.on_end(&name),
        }
    }

    fn on_text(&mut self, raw: &str) {
        let target = match (&mut self.title_text, &mut self.headline_text) {
            (Some(title), _) => title,
            (None, Some(headline)) => headline,
            (None, None) if self.dropped.is_empty() => &mut self.text,
            (None, None) => return,
        };
        decode_references(raw, &mut |c| {
            if !c.is_whitespace() {
                target.push(c);
            } else if !target.is_empty() && !target.ends_with([' ', '\n']) {
                target.push(' ');
            }
        });
    }

    fn on_start(&mut self, name: String, attributes: &[(String, String)]) {
        let attribute = |key: &str| attributes.iter().find(|(k, _)| k == key).map(|(_, v)| v.trim());
        let is_block = BLOCKS.contains(&name.as_str());
        if is_block || name == "h1" {
            self.end_headline();
        }
        match name.as_str() {
            "html" => self.lang = attribute("lang").filter(|l| is_language_tag(l)).map(str::to_ascii_lowercase),
            "meta" => {
                let key = attribute("property").or(attribute("name")).or(attribute("itemprop"));
                self.on_meta(key, attribute("content"));
            }
            "link"
                if attribute("rel")
                    .is_some_and(|r| r.split_ascii_whitespace().any(|t| t.eq_ignore_ascii_case("canonical"))) =>
            {
                set_once(&mut self.canonical, attribute("href"));
            }
            "time" => {
                let in_article = !self.articles.is_empty();
                let better = self.time.as_ref().is_none_or(|(_, was_in_article)| in_article && !was_in_article);
                if let Some(datetime) = attribute("datetime").filter(|_| better) {
                    self.time = Some((datetime.to_owned(), in_article));
                }
            }
            "title" if self.title.is_none() => self.title_text = Some(String::new()),
            "h1" => {
                if self.dropped.is_empty() {
                    self.flush();
                }
                self.headline_text = Some(String::new());
                return;
            }
            "br" if self.dropped.is_empty() => {
                let trimmed = self.text.trim_end_matches(' ').len();
                self.text.truncate(trimmed);
                self.text.push('\n');
            }
            _ => {}
        }
        if VOID.contains(&name.as_str()) {
            return;
        }
        let hidden = attribute("hidden").is_some() || attribute("aria-hidden") == Some("true");
        let drops = if self.drop_layout { DROPPED } else { NEVER_TEXT };
        if drops.contains(&name.as_str()) || name == "title" || hidden || !self.dropped.is_empty() {
            self.dropped.push(name);
            return;
        }
        if name == "article" || name == "main" || attribute("itemprop") == Some("articleBody") {
            self.articles.push(name.clone());
        }
        if is_block {
            self.flush();
            // A paragraph ends where another block starts.
            if self.open.last().is_some_and(|(open, _)| open == "p") {
                self.open.pop();
            }
            let kind = match name.as_str() {
                "p" | "li" | "blockquote" | "dd" => Kind::Paragraph,
                "h2" | "h3" | "h4" | "h5" | "h6" => Kind::Subhead,
                _ => Kind::Other,
            };
            self.open.push((name, kind));
        }
    }

    fn on_meta(&mut self, key: Option<&str>, content: Option<&str>) {
        let (Some(key), Some(content)) = (key, content) else { return };
        let slot = match key.to_ascii_lowercase().as_str() {
            "og:title" | "twitter:title" => &mut self.og_title,
            "og:site_name" => &mut self.site_name,
            "og:url" => &mut self.og_url,
            "og:locale" => &mut self.locale,
            "article:published_time" | "datepublished" | "date" | "dc.date" | "dc.date.issued" | "pubdate" => {
                &mut self.published
            }
            _ => return,
        };
        set_once(slot, Some(content));
    }

    fn on_end(&mut self, name: &str) {
        if name == "title"
            && let Some(title) = self.title_text.take()
        {
            set_once(&mut self.title, Some(title.trim()));
        }
        if name == "h1" {
            self.end_headline();
            return;
        }
        if let Some(at) = self.dropped.iter().rposition(|d| d == name) {
            self.dropped.truncate(at);
            return;
        }
        if !self.dropped.is_empty() {
            return;
        }
        if let Some(at) = self.open.iter().rposition(|(open, _)| open == name) {
            self.flush();
            self.open.truncate(at);
        }
        if let Some(at) = self.articles.iter().rposition(|open| open == name) {
            self.articles.truncate(at);
        }
    }

    /// Keeps the `<h1>` being read if it is the first, or the first inside an article.
    fn end_headline(&mut self) {
        let Some(text) = self.headline_text.take() else { return };
        let text = text.trim();
        let in_article = !self.articles.is_empty();
        if !text.is_empty() && self.headline.as_ref().is_none_or(|(_, was_in_article)| in_article && !was_in_article) {
            self.headline = Some((text.to_owned(), in_article));
        }
    }

    /// Ends the block of text being read.
    fn flush(&mut self) {
        let text = std::mem::take(&mut self.text);
        let kind = self.open.last().map_or(Kind::Other, |(_, kind)| *kind);
        let in_article = !self.articles.is_empty();
        // Two line breaks in a row end a paragraph.
        for part in text.split("\n\n") {
            let part = part.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n");
            if part.chars().any(char::is_alphanumeric) {
                self.blocks.push(Block { text: part, kind, in_article });
            }
        }
    }

    fn page(self) -> Page {
        let blocks = &self.blocks;
        let chosen: Vec<&Block> = if blocks.iter().any(|b| b.in_article && b.kind == Kind::Paragraph) {
            blocks.iter().filter(|b| b.in_article && b.kind != Kind::Other).collect()
        } else if blocks.iter().any(|b| b.in_article) {
            blocks.iter().filter(|b| b.in_article).collect()
        } else if blocks.iter().any(|b| b.kind == Kind::Paragraph) {
            blocks.iter().filter(|b| b.kind == Kind::Paragraph).collect()
        } else {
            blocks.iter().collect()
        };
        let text = chosen.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n\n");

        let outlet = self.site_name.map(|s| collapse(&s));
        let title = self.og_title.map(|t| collapse(&t)).or(self.headline.map(|(h, _)| h)).or_else(|| {
            let title = collapse(self.title.as_deref()?);
            // "Il titolo - Gazzetta di Borgo": the site's name is not the headline's.
            let bare = outlet.as_deref().and_then(|o| {
                [" - ", " | ", " – ", " — "].iter().find_map(|sep| title.strip_suffix(o)?.strip_suffix(sep))
            });
            Some(bare.map_or_else(|| title.clone(), str::to_owned))
        });
        let date = self.published.or(self.time.map(|(t, _)| t)).as_deref().and_then(date_prefix);
        let url = [self.canonical, self.og_url].into_iter().flatten().find(|u| {
            let lower = u.to_ascii_lowercase();
            (lower.starts_with("https://") || lower.starts_with("http://")) && !u.contains(char::is_whitespace)
        });
        let lang = self.lang.or_else(|| {
            let tag = self.locale?.replace('_', "-");
            is_language_tag(&tag).then(|| tag.to_ascii_lowercase())
        });
        let meta =
            Meta { title: title.filter(|t| !t.is_empty()), outlet: outlet.filter(|o| !o.is_empty()), date, lang, url };
        Page { meta, text }
    }
}

fn set_once(slot: &mut Option<String>, value: Option<&str>) {
    if slot.is_none() {
        *slot = value.filter(|v| !v.is_empty()).map(str::to_owned);
    }
}

/// Runs of white space as one space, trimmed.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The date at the start of `2024-03-12T08:30:00+01:00`, `2024-03-12` or `2024-03`.
fn date_prefix(value: &str) -> Option<PartialDate> {
    let value = value.trim();
    value.get(..10).and_then(PartialDate::parse_iso).or_else(|| PartialDate::parse_iso(value))
}

/// The named references decoded, as a table (data, not code): those of Italian and
/// typographic text; `&shy;` is dropped.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", ' '),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("sbquo", '‚'),
    ("bdquo", '„'),
    ("hellip", '…'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("euro", '€'),
    ("deg", '°'),
    ("middot", '·'),
    ("bull", '•'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("times", '×'),
    ("agrave", 'à'),
    ("aacute", 'á'),
    ("egrave", 'è'),
    ("eacute", 'é'),
    ("igrave", 'ì'),
    ("iacute", 'í'),
    ("ograve", 'ò'),
    ("oacute", 'ó'),
    ("ugrave", 'ù'),
    ("uacute", 'ú'),
    ("Agrave", 'À'),
    ("Egrave", 'È'),
    ("Eacute", 'É'),
    ("Igrave", 'Ì'),
    ("Ograve", 'Ò'),
    ("Ugrave", 'Ù'),
    ("ccedil", 'ç'),
    ("ntilde", 'ñ'),
    ("auml", 'ä'),
    ("ouml", 'ö'),
    ("uuml", 'ü'),
    ("szlig", 'ß'),
];

/// Calls `out` with each character of `raw`, its character references decoded: `&amp;`,
/// `&#8217;`, `&#x2019;`, the named references of Italian and typographic text. An unknown or
/// malformed reference stays as written.
pub(crate) fn decode_references(raw: &str, out: &mut impl FnMut(char)) {
    let mut rest = raw;
    while let Some(at) = rest.find('&') {
        rest[..at].chars().for_each(&mut *out);
        let after = &rest[at + 1..];
        match reference(after) {
            Some((c, len)) => {
                if let Some(c) = c {
                    out(c);
                }
                rest = &after[len..];
            }
            None => {
                out('&');
                rest = after;
            }
        }
    }
    rest.chars().for_each(out);
}

/// The character a reference at the start of `text` (after its `&`) stands for (none for a soft
/// hyphen), and its length.
fn reference(text: &str) -> Option<(Option<char>, usize)> {
    if let Some(number) = text.strip_prefix('#') {
        let (digits, radix, skip) = match number.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16, 2),
            None => (number, 10, 1),
        };
        let len = digits.find(|c: char| !c.is_digit(radix)).unwrap_or(digits.len());
        if len == 0 || len > 8 {
            return None;
        }
        let code = u32::from_str_radix(&digits[..len], radix).ok()?;
        let semicolon = usize::from(digits[len..].starts_with(';'));
        let c = match code {
            0x80..=0x9f => WINDOWS_1252_HIGH[(code - 0x80) as usize].unwrap_or('\u{fffd}'),
            0 => '\u{fffd}',
            _ => char::from_u32(code).unwrap_or('\u{fffd}'),
        };
        return Some((Some(c), skip + len + semicolon));
    }
    let len = text.find(';').filter(|&l| l <= 8)?;
    let name = &text[..len];
    if name == "shy" {
        return Some((None, len + 1));
    }
    let c = NAMED.iter().find(|(n, _)| *n == name)?.1;
    Some((Some(c), len + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<PartialDate> {
        PartialDate::parse_iso(text)
    }

    /// A national daily's page: OpenGraph tags, a site header with menus, the article with its
    /// header, paragraphs, a figure and an aside, a footer, scripts and styles.
    const DAILY: &str = r#"<!DOCTYPE html>
<html lang="it-IT">
<head>
  <meta charset="utf-8">
  <title>Ponte sul Tavella, la Regione stanzia i fondi | Gazzetta di Borgo</title>
  <meta property="og:title" content="Ponte sul Tavella, la Regione stanzia i fondi">
  <meta property="og:site_name" content="Gazzetta di Borgo">
  <meta property="article:published_time" content="2024-03-12T08:30:00+01:00">
  <meta property="og:url" content="https://www.gazzettadiborgo.it/cronaca/ponte-tavella">
  <link rel="canonical" href="https://www.gazzettadiborgo.it/cronaca/ponte-tavella-fondi">
  <style>p { color: red }</style>
  <script>window.tracker = "<p>non è testo</p>";</script>
</head>
<body>
  <header class="site"><nav><ul><li><a href="/">Home</a></li><li><a href="/cronaca">Cronaca</a></li></ul></nav></header>
  <main>
    <article>
      <header><h1>Ponte sul Tavella, arrivano i fondi</h1><p class="byline">di Marta Bellini</p></header>
      <p>La Regione ha stanziato 4 milioni per il ponte sul Tavella. «È una giornata importante&nbsp;per tutta la valle», ha detto il sindaco Carlo Renzetti.</p>
      <figure><img src="ponte.jpg" alt="Il ponte"><figcaption>Il ponte chiuso da marzo</figcaption></figure>
      <h2>I tempi</h2>
      <p>I lavori partiranno
         in autunno, secondo l&#8217;assessore.</p>
      <aside><p>Leggi anche: il bilancio del Comune</p></aside>
    </article>
  </main>
  <footer><p>© Gazzetta di Borgo — P. IVA 0123</p></footer>
  <script src="app.js"></script>
</body>
</html>"#;

    #[test]
    fn reads_a_dailys_page() {
        let page = read(DAILY);
        assert_eq!(page.meta.title.as_deref(), Some("Ponte sul Tavella, la Regione stanzia i fondi"));
        assert_eq!(page.meta.outlet.as_deref(), Some("Gazzetta di Borgo"));
        assert_eq!(page.meta.date, date("2024-03-12"));
        assert_eq!(page.meta.url.as_deref(), Some("https://www.gazzettadiborgo.it/cronaca/ponte-tavella-fondi"));
        assert_eq!(page.meta.lang.as_deref(), Some("it-it"));
        assert_eq!(
            page.text,
            "La Regione ha stanziato 4 milioni per il ponte sul Tavella. «È una giornata importante per tutta la \
             valle», ha detto il sindaco Carlo Renzetti.\n\nI tempi\n\nI lavori partiranno in autunno, secondo \
             l’assessore."
        );
    }

    /// (page, title, outlet, date, url, lang, text)
    #[test]
    fn reads_pages_in_the_styles_of_different_sites() {
        type Case = (
            &'static str,
            Option<&'static str>,
            Option<&'static str>,
            Option<&'static str>,
            Option<&'static str>,
            Option<&'static str>,
            &'static str,
        );
        let cases: &[Case] = &[
            // A local site without OpenGraph: the headline from <h1>, the date from <time>.
            (
                "<html lang=it><head><title>Cronaca - Eco di Pievemora</title></head><body>\
                 <div class=menu><a href=/>Home</a> <a href=/sport>Sport</a></div>\
                 <article><h1>Nuova rotonda in via Roma</h1><time datetime=\"2023-11-05\">5 novembre</time>\
                 <p>Il cantiere apre lunedì.</p><p>«Finalmente», dicono i residenti.</p></article></body></html>",
                Some("Nuova rotonda in via Roma"),
                None,
                Some("2023-11-05"),
                None,
                Some("it"),
                "Il cantiere apre lunedì.\n\n«Finalmente», dicono i residenti.",
            ),
            // Only <title>, its site name cut by og:site_name; og:url when there is no canonical;
            // og:locale when <html> has no lang; paragraphs outside any <article>.
            (
                "<head><title>Sciopero, adesione al 70% | Notizie Lampo</title>\
                 <meta property='og:site_name' content='Notizie Lampo'><meta property='og:locale' content='it_IT'>\
                 <meta property='og:url' content='http://notizielampo.example/sciopero'></head>\
                 <body><p>I sindacati confermano.</p><div class=share>Condividi</div><p>Treni fermi fino alle 21.</p></body>",
                Some("Sciopero, adesione al 70%"),
                Some("Notizie Lampo"),
                None,
                Some("http://notizielampo.example/sciopero"),
                Some("it-it"),
                "I sindacati confermano.\n\nTreni fermi fino alle 21.",
            ),
            // An address that is not http(s) is dropped; a relative canonical too.
            (
                "<link rel=canonical href=\"javascript:alert(1)\"><meta property=og:url content=/relativo>\
                 <p>Testo.</p>",
                None,
                None,
                None,
                None,
                None,
                "Testo.",
            ),
            // Text in <div>s with line breaks, no <p> at all: blocks, two breaks a paragraph.
            (
                "<body><div id=testo>Primo capoverso,<br>stessa frase.<br><br>Secondo capoverso.</div></body>",
                None,
                None,
                None,
                None,
                None,
                "Primo capoverso,\nstessa frase.\n\nSecondo capoverso.",
            ),
            // An element marked as the article's body is the article.
            ("<article itemprop=articleBody><p>Intro</p></article>", None, None, None, None, None, "Intro"),
            // A <header> left open: the page is read again with its layout kept, scripts still out.
            (
                "<body><header><h1>Titolo</h1><p>Il testo resta.</p><script>alert(1)</script></body>",
                Some("Titolo"),
                None,
                None,
                None,
                None,
                "Il testo resta.",
            ),
        ];
        for &(html, title, outlet, day, url, lang, text) in cases {
            let page = read(html);
            assert_eq!(page.meta.title.as_deref(), title, "title of {html}");
            assert_eq!(page.meta.outlet.as_deref(), outlet, "outlet of {html}");
            assert_eq!(page.meta.date, day.and_then(date), "date of {html}");
            assert_eq!(page.meta.url.as_deref(), url, "url of {html}");
            assert_eq!(page.meta.lang.as_deref(), lang, "lang of {html}");
            assert_eq!(page.text, text, "text of {html}");
        }
    }

    #[test]
    fn hostile_markup_ends_as_plain_text_or_is_dropped() {
        let cases = [
            ("<p>Prima<script>document.write('<p>iniettato</p>')</script> dopo</p>", "Prima dopo"),
            ("<p>Prima<SCRIPT type=text/javascript>alert('</scr'+'ipt>')</SCRIPT > dopo</p>", "Prima dopo"),
            ("<p>Foto <img src=x onerror=\"alert('x')\"> fine</p>", "Foto fine"),
            ("<p>Uno <!-- <p>commento</p> --> due</p>", "Uno due"),
            ("<p>Uno <![CDATA[ <b>dati</b> ]]> due</p>", "Uno due"),
            ("<p>Codice: &lt;script&gt;alert(1)&lt;/script&gt;</p>", "Codice: <script>alert(1)</script>"),
            ("<p>a<style>p{}</style>b<noscript><p>attiva JS</p></noscript>c<template><p>t</p></template>d</p>", "abcd"),
            ("<p>Modulo<form><input value=x><button>Invia</button></form> chiuso</p>", "Modulo chiuso"),
            ("<p>Svg<svg><title>icona</title><text>testo svg</text></svg> fine</p>", "Svg fine"),
            ("<p>Nascosto<span hidden>segreto</span><span aria-hidden=true>icona</span>.</p>", "Nascosto."),
            ("<p title='\"><script>alert(1)</script>'>Attributo</p>", "Attributo"),
            ("<p>Se a < b e c > d</p>", "Se a < b e c > d"),
            ("<p>Mai chiuso <script>alert(1)", "Mai chiuso"),
            ("<p>Tag rotto <a href=\"x", "Tag rotto"),
            (
                "<p>&amp;amp; &#0; &#xD800; &#99999999; &bogus; &#150; &shy;x</p>",
                "&amp; \u{fffd} \u{fffd} \u{fffd} &bogus; – x",
            ),
        ];
        for (html, text) in cases {
            assert_eq!(read(html).text, text, "{html}");
        }
    }

    #[test]
    fn references_decode_as_browsers_decode_them() {
        let mut out = String::new();
        decode_references(
            "l&#8217;Aia &egrave; a 3&nbsp;km &laquo;ok&raquo; &#x2014; caff&Egrave; &AMP; &",
            &mut |c| out.push(c),
        );
        assert_eq!(out, "l’Aia è a 3 km «ok» — caffÈ &AMP; &");
    }

    #[test]
    fn finds_a_declared_charset() {
        assert_eq!(declared_charset(b"<meta charset=\"ISO-8859-1\">").as_deref(), Some("iso-8859-1"));
        assert_eq!(
            declared_charset(b"<meta http-equiv=Content-Type content='text/html; charset=windows-1252'>").as_deref(),
            Some("windows-1252")
        );
        assert_eq!(declared_charset(b"<p>nessuno</p>"), None);
    }
}
