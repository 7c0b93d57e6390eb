// What the first view downloads, brotli-compressed as a static host would serve it: every file
// of a build (index.html, the loader, the wasm, the stylesheet, the icon). With `--check`, fails
// when a figure is over its ceiling in bench/budget.json, printing the figure: part of `make test`.
// Usage: node bench/bytes.mjs [DIR] [--check]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** Raw and brotli (quality 11) sizes of each file of `dir`, and the totals. */
export function firstViewBytes(dir) {
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map(({ name }) => {
      const body = readFileSync(join(dir, name));
      const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      return { name, raw: body.length, brotli };
    });
  const wasm = files.filter((f) => f.name.endsWith('.wasm'));
  if (wasm.length !== 1) throw new Error(`${dir} holds ${wasm.length} .wasm files; build it with \`make build\` first`);
  return { files, wasm: wasm[0].brotli, total: files.reduce((sum, f) => sum + f.brotli, 0) };
}

export const budget = JSON.parse(readFileSync(new URL('budget.json', import.meta.url), 'utf8'));

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const { files, wasm, total } = firstViewBytes(dir);
  for (const f of files) console.log(`${f.name.padEnd(44)} ${String(f.raw).padStart(9)} B  ${String(f.brotli).padStart(8)} B brotli`);
  console.log(`first view: ${total} B brotli (ceiling ${budget.ceiling.total}), wasm ${wasm} B (ceiling ${budget.ceiling.wasm})`);
  if (args.includes('--check')) {
    const over = [['first view', total, budget.ceiling.total], ['wasm', wasm, budget.ceiling.wasm]].filter(([, figure, ceiling]) => figure > ceiling);
    for (const [what, figure, ceiling] of over) {
      console.error(`byte budget exceeded: ${what} is ${figure} B brotli, over its ceiling of ${ceiling} B by ${figure - ceiling} B. ` +
        'Find what grew (README, Performance: `twiggy top` on the wasm) and cut it; raise the ceiling in bench/budget.json only with a reason in the commit.');
    }
    process.exit(over.length ? 1 : 0);
  }
}
