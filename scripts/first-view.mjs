// Trunk post-build hook: writes the Quotes view's first cards into the staged index.html, so
// the page shows who said what as soon as its HTML arrives (and without JavaScript at all), while
// the wasm loads. The app removes it when it mounts (src/main.rs). A link to any other view (a
// query string other than `lang`) hides it before the body is parsed, by a script that the
// content policy allows by hash (content-policy.mjs runs after this hook).
//
// The cards come from the engine's own output (`rassegna extract`, the native CLI) and their words
// from src/i18n.rs, so nothing here is typed in twice. bench/plain-page.mjs draws the same cards
// as the load race's script-free page.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A few screens of cards: what a reader sees before the app mounts, and a small index.html. */
const FIRST_VIEW_CARDS = 40;

export const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The Italian words the cards use, read from the app's own strings. */
export function italianWords(i18n = readFileSync(new URL('../src/i18n.rs', import.meta.url), 'utf8')) {
  const italian = i18n.slice(i18n.indexOf('static IT: Strings'), i18n.indexOf('static EN: Strings'));
  const field = (name) => {
    const match = italian.match(new RegExp(`\\n\\s*${name}: ([^\\n]*),\\n`));
    if (!match) throw new Error(`first-view.mjs: no \`${name}\` in the Italian strings of src/i18n.rs; update this script`);
    return JSON.parse(match[1]);
  };
  // A struct of named strings, such as `kind_names: KindNames { full: "…", … }`, as an object.
  const record = (name) => {
    const match = italian.match(new RegExp(`\\n\\s*${name}: \\w+ \\{([^}]*)\\}`));
    if (!match) throw new Error(`first-view.mjs: no \`${name}\` in the Italian strings of src/i18n.rs; update this script`);
    return Object.fromEntries([...match[1].matchAll(/(\w+): ("(?:[^"\\]|\\.)*")/g)].map(([, key, value]) => [key, JSON.parse(value)]));
  };
  return { title: field('quotes_title'), kinds: record('kind_names'), unattributed: field('unattributed') };
}

function date(value) {
  if (!value) return '';
  const [year, month, day] = value.split('-').map(Number);
  const options = { year: 'numeric', timeZone: 'UTC', ...(month && { month: 'long' }), ...(day && { day: 'numeric' }) };
  return new Intl.DateTimeFormat('it', options).format(new Date(Date.UTC(year, (month || 1) - 1, day || 1)));
}

/** The first cards of the Quotes view, as the app draws them (without their buttons). */
export function firstCards(extract, words) {
  return extract.documents
    .flatMap((doc) => doc.quotes.map((quote) => ({ doc, quote })))
    .slice(0, FIRST_VIEW_CARDS)
    .map(({ doc, quote }) => {
      const marks = quote.kind === 'reported' ? ['', ''] : ['“', '”'];
      const name = quote.speaker ? quote.speaker.name.charAt(0).toUpperCase() + quote.speaker.name.slice(1) : words.unattributed;
      const source = [doc.meta.outlet, date(doc.meta.date), quote.cue].filter(Boolean).map(escape).join(' · ');
      const reported = quote.kind === 'reported' ? ' quote-card--reported' : '';
      return `<li><article class="quote-card${reported}">` +
        `<p class="quote-card__kind quote-card__kind--${quote.kind}">${escape(words.kinds[quote.kind])}</p>` +
        `<blockquote class="quote-card__text" lang="${escape(doc.meta.lang ?? 'it')}"><p>${marks[0]}${escape(quote.text)}${marks[1]}</p></blockquote>` +
        `<p class="quote-card__speaker"><strong class="quote-card__name">${escape(name)}</strong></p>` +
        `<p class="quote-card__source">${source}</p></article></li>`;
    })
    .join('\n');
}

/** The engine's output for the bundled articles, from the native CLI (built if it is not). */
export function extractBundled() {
  const documents = readdirSync('documents').filter((f) => f.endsWith('.txt')).sort().map((f) => join('documents', f));
  const cli = ['run', '--profile', 'native', '--locked', '--quiet', '--package', 'rassegna-cli', '--', 'extract', ...documents];
  return JSON.parse(execFileSync('cargo', cli, { encoding: 'utf8', maxBuffer: 64 << 20 }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) {
    console.error('first-view.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set): run `trunk build`.');
    process.exit(1);
  }
  const file = join(staging, 'index.html');
  const words = italianWords();
  const view = `<div class="first-view"><main class="main"><div class="quotes"><div class="quotes__head">` +
    `<h1 class="view-title">${escape(words.title)}</h1></div><section class="quotes__results">` +
    `<ol class="quotes__list">\n${firstCards(extractBundled(), words)}\n</ol></section></div></main></div>`;
  // Any view but the first, or a language of its own, waits for the app instead.
  const linked = `<script id="linked-view-switch">if ([...new URLSearchParams(location.search).keys()].length) document.documentElement.classList.add('linked-view');</script>`;
  const html = readFileSync(file, 'utf8');
  if (!html.includes('<body>') || !html.includes('</head>')) {
    console.error('first-view.mjs found no <body> in index.html: has its shape changed?');
    process.exit(1);
  }
  writeFileSync(file, html.replace('</head>', `${linked}\n</head>`).replace('<body>', `<body>\n${view}`));
}
