// Trunk post-build hook: writes the static first view into the staged index.html, so the page
// shows the app's own frame (header, the Quotes view's search, count and filters) and its first
// cards as soon as its HTML arrives (and without JavaScript at all), while the wasm loads. The
// app removes it when it mounts (src/main.rs), and nothing moves. A link to any other view (any
// query string) hides it before the body is parsed, by a script that the content policy allows
// by hash (content-policy.mjs runs after this hook).
//
// The HTML is drawn by the app's own code, natively (src/first_view.rs, `--bin first-view`), from
// the bundled model, the Quotes view's filters and the interface strings: nothing here is typed in
// twice. bench/plain-page.mjs puts the same first view in the load race's script-free page.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The first view's HTML, from the app's native `first-view` binary (dev profile: it shares its
 * build with `cargo test`, and the engine is optimised in every profile).
 */
export function firstView() {
  const args = ['run', '--quiet', '--locked', '--package', 'rassegna-app', '--bin', 'first-view'];
  return execFileSync('cargo', args, { encoding: 'utf8', maxBuffer: 16 << 20 }).trim();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) {
    console.error('first-view.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set): run `trunk build`.');
    process.exit(1);
  }
  const file = join(staging, 'index.html');
  // Any view but the first, or a language of its own, waits for the app instead.
  const linked = `<script id="linked-view-switch">if ([...new URLSearchParams(location.search).keys()].length) document.documentElement.classList.add('linked-view');</script>`;
  const html = readFileSync(file, 'utf8');
  if (!html.includes('<body>') || !html.includes('</head>')) {
    console.error('first-view.mjs found no <body> in index.html: has its shape changed?');
    process.exit(1);
  }
  writeFileSync(file, html.replace('</head>', `${linked}\n</head>`).replace('<body>', `<body>\n${firstView()}`));
}
