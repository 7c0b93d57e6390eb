// What the first view downloads, brotli-compressed as a static host would serve it: the files of a
// build at its top (index.html, the loader, the wasm, the stylesheet, the icon) and the loader's
// snippets; and apart, what loads later: the full app in full/, which a reader's first use of
// their own reviews brings (src/handoff.rs). With `--check`, fails when a figure is over its
// ceiling in bench/budget.json, printing the figure: part of `make test`.
// Usage: node bench/bytes.mjs [DIR] [--check]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** Raw and brotli (quality 11) size of the file `path`, named from `root`. */
function size(path, root) {
  const body = readFileSync(path);
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { name: relative(root, path), raw: body.length, brotli };
}

/** The sizes of every file under `dir`, named from `root`; none when there is no `dir`. */
function sizes(dir, root) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sizes(join(dir, entry.name), root) : [size(join(dir, entry.name), root)],
  );
}

const sum = (files) => files.reduce((total, f) => total + f.brotli, 0);

/** The first view's files and totals, and the later module's (`later`: 0 when a build has none). */
export function firstViewBytes(dir) {
  const files = [
    ...readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map(({ name }) => size(join(dir, name), dir)),
    ...sizes(join(dir, 'snippets'), dir),
  ];
  const wasm = files.filter((f) => f.name.endsWith('.wasm'));
  if (wasm.length !== 1) throw new Error(`${dir} holds ${wasm.length} .wasm files at its top; build it with \`make build\` first`);
  const later = sizes(join(dir, 'full'), dir);
  return { files, wasm: wasm[0].brotli, total: sum(files), laterFiles: later, later: sum(later) };
}

export const budget = JSON.parse(readFileSync(new URL('budget.json', import.meta.url), 'utf8'));

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const { files, wasm, total, laterFiles, later } = firstViewBytes(dir);
  const line = (f) => console.log(`${f.name.padEnd(44)} ${String(f.raw).padStart(9)} B  ${String(f.brotli).padStart(8)} B brotli`);
  files.forEach(line);
  console.log(`first view: ${total} B brotli (ceiling ${budget.ceiling.total}), wasm ${wasm} B (ceiling ${budget.ceiling.wasm})`);
  laterFiles.forEach(line);
  console.log(`later, on a reader's first use of their reviews (full/): ${later} B brotli (ceiling ${budget.ceiling.later})`);
  if (args.includes('--check')) {
    const over = [
      ['first view', total, budget.ceiling.total],
      ['wasm', wasm, budget.ceiling.wasm],
      ['later (full/)', later, budget.ceiling.later],
    ].filter(([, figure, ceiling]) => figure > ceiling);
    for (const [what, figure, ceiling] of over) {
      console.error(`byte budget exceeded: ${what} is ${figure} B brotli, over its ceiling of ${ceiling} B by ${figure - ceiling} B. ` +
        'Find what grew (README, Performance: `twiggy top` on the wasm) and cut it; raise the ceiling in bench/budget.json only with a reason in the commit.');
    }
    if (later === 0) console.error('no full/ module: the full app (scripts/full-app.sh) did not build');
    process.exit(over.length || later === 0 ? 1 : 0);
  }
}
