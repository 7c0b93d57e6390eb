// The load race's opponent: a plain static page holding the same first quotation cards as the
// app's first view (scripts/first-view.mjs draws both from the engine's output), with the app's
// stylesheet and no script at all.
import { escape, firstCards, italianWords } from '../scripts/first-view.mjs';

export function plainPage(extract, stylesheet) {
  const words = italianWords();
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rassegna · pagina statica</title><link rel="stylesheet" href="${escape(stylesheet)}"></head>
<body><main class="main"><div class="quotes"><div class="quotes__head"><h1 class="view-title">${escape(words.title)}</h1></div>
<section class="quotes__results"><ol class="quotes__list">
${firstCards(extract, words)}
</ol></section></div></main></body></html>
`;
}
