// The load race's opponent: a plain static page holding the app's static first view (the frame
// and the first quotation cards that scripts/first-view.mjs puts in index.html, drawn by the app's
// own code), with the app's stylesheet and no script at all.
import { firstView } from '../scripts/first-view.mjs';

export function plainPage(stylesheet) {
  return `<!doctype html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rassegna · pagina statica</title><link rel="stylesheet" href="${encodeURI(stylesheet)}"></head>
<body>
${firstView()}
</body></html>
`;
}
