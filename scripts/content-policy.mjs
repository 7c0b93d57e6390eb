// Trunk post-build hook: writes a strict Content-Security-Policy into the staged index.html.
//
// Trunk emits its wasm loader as an inline <script type="module">, whose text (and so its hash)
// changes with every build's file names. Rather than allow 'unsafe-inline', the policy names each
// inline script by its SHA-256, computed here on the exact bytes the browser will hash.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('content-policy.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set): run `trunk build`.');
  process.exit(1);
}
const file = join(staging, 'index.html');
const html = readFileSync(file, 'utf8');

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
);
if (hashes.length === 0) {
  console.error('content-policy.mjs found no inline loader in index.html: has Trunk changed how it starts the app?');
  process.exit(1);
}

const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'self'",
].join('; ');

// The policy must come before anything it governs: right after the charset declaration.
const marker = '<meta charset="utf-8" />';
if (!html.includes(marker)) {
  console.error(`content-policy.mjs needs ${marker} in index.html to place the policy after it.`);
  process.exit(1);
}
writeFileSync(file, html.replace(marker, `${marker}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`));
console.log(`content-policy.mjs: ${hashes.length} inline script(s) hashed into the Content-Security-Policy`);
