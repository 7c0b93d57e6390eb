// The load race's opponent: a plain static page holding the same first quotation cards as the
// app's first view, with the app's stylesheet and no script at all, made from the engine's output
// (`rassegna extract` JSON on stdin). Usage: rassegna extract documents/*.txt | node bench/plain-page.mjs STYLESHEET
import { readFileSync } from 'node:fs';

const KINDS = { full: 'Citazione', partial: 'Citazione parziale', reported: 'Discorso riportato' };
/** The app renders every card up to this many, then a window (src/components/quote_list.rs). */
const FIRST_VIEW_CARDS = 60;

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export function plainPage(extract, stylesheet) {
  const cards = extract.documents
    .flatMap((doc) => doc.quotes.map((quote) => ({ doc, quote })))
    .slice(0, FIRST_VIEW_CARDS)
    .map(({ doc, quote }) => {
      const marks = quote.kind === 'reported' ? ['', ''] : ['“', '”'];
      const source = [doc.meta.outlet, doc.meta.date, quote.cue].filter(Boolean).map(escape).join(' · ');
      return `<li><article class="quote-card" id="card-${escape(quote.id)}">
<p class="quote-card__kind quote-card__kind--${quote.kind}">${KINDS[quote.kind]}</p>
<blockquote class="quote-card__text" lang="it"><p>${marks[0]}${escape(quote.text)}${marks[1]}</p></blockquote>
<p class="quote-card__speaker"><strong class="quote-card__name">${escape(quote.speaker?.name ?? 'Non attribuita')}</strong></p>
<p class="quote-card__source">${source}</p>
</article></li>`;
    });
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rassegna · pagina statica</title><link rel="stylesheet" href="${escape(stylesheet)}"></head>
<body><main class="main"><div class="quotes"><h1 class="view-title">Chi ha detto cosa</h1>
<section class="quotes__results"><ol class="quotes__list">
${cards.join('\n')}
</ol></section></div></main></body></html>
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(plainPage(JSON.parse(readFileSync(0, 'utf8')), process.argv[2] ?? 'main.css'));
}
