// `make bench`: every performance figure of Rassegna, measured in one run and printed as one
// table (figure, target, ratio, pass/fail). Expects what `make bench` builds first: dist/ (the
// release app), dist-bench/ (the release app over synthetic corpora, src/bench.rs), and the
// native extraction bench and CLI in target/native/. Timings are medians; machines are noisy.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { firstViewBytes, budget } from './bytes.mjs';
import { plainPage } from './plain-page.mjs';

const LOAD_RUNS = 15;
const SITE = 'target/bench-site';
const [SITE_PORT, BENCH_PORT] = [8096, 8097];
const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const rows = [];
/** A row of the table: `better` says whether a figure passes when 'lower' or 'higher' than the target. */
function row(what, figure, unit, target, better = 'lower') {
  const ratio = figure / target;
  const pass = better === 'lower' ? figure <= target : figure >= target;
  rows.push({ what, figure, unit, target, ratio, pass, better });
}
const info = [];
const progress = (what) => process.stderr.write(`bench: ${what}\n`);
// `BENCH=interaction node bench/run.mjs` runs some measures only (bytes, extraction, load, interaction, reviews),
// `BENCH_QUOTES=10000` one corpus size.
const only = process.env.BENCH?.split(',');
const runs = (measure) => !only || only.includes(measure);

if (runs('bytes')) {
  progress('bytes');
  const bytes = firstViewBytes('dist');
  row('first view, brotli (dist/ but full/)', bytes.total / 1000, 'KB', budget.target.total / 1000);
  row('wasm, brotli', bytes.wasm / 1000, 'KB', budget.target.wasm / 1000);
  row('later: the full app on a reader\'s first use (full/), brotli', bytes.later / 1000, 'KB', budget.target.later / 1000);
}

if (runs('extraction')) {
  progress('extraction, native');
  // Extraction, native: one core, the whole pipeline, over 1, 10 and 20 MB.
  const native = execFileSync('target/native/extraction-bench', ['1', '10', '20'], { encoding: 'utf8' })
    .trim().split('\n').map((line) => JSON.parse(line));
  for (const run of native) {
    row(`extraction, native, ${Math.round(run.bytes / 2 ** 20)} MB (${run.quotes} quotations)`, run.mb_per_s, 'MB/s', 50, 'higher');
  }
  const [first, last] = [native[0], native.at(-1)];
  info.push(`extraction cost from ${(first.bytes / 2 ** 20).toFixed(1)} MB to ${(last.bytes / 2 ** 20).toFixed(1)} MB: ` +
    `×${(last.seconds / first.seconds).toFixed(1)} for ×${(last.bytes / first.bytes).toFixed(1)} the input (linear is the same)`);
}

// The site of the load race: the app and the plain page of the same first cards, one server.
rmSync(SITE, { recursive: true, force: true });
mkdirSync(`${SITE}/plain`, { recursive: true });
cpSync('dist', `${SITE}/app`, { recursive: true });
const stylesheet = readdirSync('dist').find((f) => f.endsWith('.css'));
cpSync(`dist/${stylesheet}`, `${SITE}/plain/${stylesheet}`);
writeFileSync(`${SITE}/plain/index.html`, plainPage(stylesheet));

const servers = [spawn('node', ['e2e/serve.mjs', String(SITE_PORT), '/', SITE], { stdio: 'ignore' }),
  spawn('node', ['e2e/serve.mjs', String(BENCH_PORT), '/', 'dist-bench'], { stdio: 'ignore' })];
process.on('exit', () => servers.forEach((s) => s.kill()));
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

// Load: navigation start to the first quotation card in the DOM, cold cache, alternating pages.
async function firstCard(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('.quote-card')) {
        window.firstCardAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
    addEventListener('TrunkApplicationStarted', () => { window.appStartedAt = performance.now(); });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.firstCardAt !== undefined, null, { timeout: 30000 });
  if (url.includes('/app/')) await page.waitForFunction(() => window.appStartedAt !== undefined, null, { timeout: 30000 });
  const at = await page.evaluate(() => [window.firstCardAt, window.appStartedAt]);
  await context.close();
  return at;
}
if (runs('load')) {
  progress('load race');
  const load = { app: [], plain: [] };
  const started = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    const [card, mounted] = await firstCard(`http://127.0.0.1:${SITE_PORT}/app/`);
    load.app.push(card);
    started.push(mounted);
    load.plain.push((await firstCard(`http://127.0.0.1:${SITE_PORT}/plain/`))[0]);
  }
  const [appLoad, plainLoad] = [median(load.app), median(load.plain)];
  info.push(`the app mounted (interactive) at a median of ${median(started).toFixed(1)} ms after navigation start`);
  row(`load to first card, app (plain page ${plainLoad.toFixed(1)} ms)`, appLoad / plainLoad, '× plain', 1.5);
  info.push(`load medians of ${LOAD_RUNS}: app ${appLoad.toFixed(1)} ms, plain page ${plainLoad.toFixed(1)} ms`);
}

// Interaction over synthetic corpora: DOM updated after a click or a keystroke, and view switches.
async function interaction(quotes) {
  // A browser of its own: a page of 100,000 quotations must not inherit another's memory.
  const own = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = await own.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.addInitScript((n) => {
    localStorage.setItem('rassegna-bench-quotes', String(n));
    addEventListener('TrunkApplicationStarted', (event) => { window.benchWasm = event.detail.wasm; });
    // The time from `act()` to the last change of the page it causes (live regions, which speak
    // 700 ms later on purpose, aside).
    window.settle = (act) => new Promise((resolve) => {
      const start = performance.now();
      let last = null;
      const observer = new MutationObserver((records) => {
        const counts = records.some((r) => !(r.target.nodeType === 1 ? r.target : r.target.parentElement)?.closest('[aria-live]'));
        if (counts) last = performance.now();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      act();
      const check = () => {
        const now = performance.now();
        if (last !== null && now - last > 300) { observer.disconnect(); resolve(last - start); }
        else if (now - start > 30000) { observer.disconnect(); resolve(Number.NaN); }
        else setTimeout(check, 50);
      };
      setTimeout(check, 50);
    });
  }, quotes);
  await page.goto(`http://127.0.0.1:${BENCH_PORT}/?lang=it`);
  await page.waitForSelector('.app .quote-card', { timeout: 600000 });
  const report = await page.evaluate(() => ({ ...window.rassegnaBench, memory: window.benchWasm.memory.buffer.byteLength }));
  const settle = (act) => page.evaluate(act);

  const speaker = [];
  for (let i = 0; i < 10; i++) {
    speaker.push(await settle(() => window.settle(() => document.querySelector('.facets input[type=checkbox]').click())));
  }
  const keystroke = [];
  for (const word of ['accordo', 'nucleare']) {
    for (let k = 1; k <= word.length; k++) {
      keystroke.push(await page.evaluate((text) => window.settle(() => {
        const input = document.querySelector('#quote-search');
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }), word.slice(0, k)));
    }
    await page.evaluate(() => window.settle(() => {
      const input = document.querySelector('#quote-search');
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }));
  }
  const cardsInDom = await page.locator('.quote-card').count();
  const switches = { timeline: [], stances: [], quotes: [] };
  // Nine rounds: a median of three swung by ±4 ms from run to run here.
  for (let i = 0; i < 9; i++) {
    for (const view of ['timeline', 'stances', 'quotes']) {
      switches[view].push(await page.evaluate((v) => window.settle(() => {
        const tabs = [...document.querySelectorAll('.tabs__link')];
        tabs[['quotes', 'timeline', 'stances', 'sources'].indexOf(v)].click();
      }), view));
    }
  }
  report.memoryAfter = await page.evaluate(() => window.benchWasm.memory.buffer.byteLength);
  await own.close();
  if (errors.length) throw new Error(`the bench page failed at ${quotes} quotations: ${errors.join('; ')}`);
  return { report, speaker: median(speaker), keystroke: median(keystroke), cardsInDom,
    timeline: median(switches.timeline), stances: median(switches.stances), quotes: median(switches.quotes) };
}
const sizes = [[10000, 16], [100000, 50]].filter(([n]) => !process.env.BENCH_QUOTES || process.env.BENCH_QUOTES.split(',').includes(String(n)));
for (const [quotes, target] of runs('interaction') ? sizes : []) {
  progress(`interaction, ${quotes} quotations`);
  // A crashed page can leave Playwright waiting for ever: give up loudly instead.
  const limit = new Promise((_, reject) => setTimeout(() => reject(new Error(
    `the bench page at ${quotes} quotations did not finish in 15 minutes; run \`BENCH=interaction BENCH_QUOTES=${quotes} node bench/run.mjs\` again`)), 15 * 60_000).unref());
  const r = await Promise.race([interaction(quotes), limit]);
  const n = r.report.quotes.toLocaleString('en');
  row(`speaker filter click, ${n} quotations`, r.speaker, 'ms', target);
  row(`search keystroke, ${n} quotations`, r.keystroke, 'ms', target);
  row(`switch to timeline, ${n} quotations (${r.report.timeline} entries)`, r.timeline, 'ms', target);
  row(`switch to stances, ${n} quotations`, r.stances, 'ms', target);
  row(`switch back to quotes, ${n} quotations`, r.quotes, 'ms', target);
  info.push(`${n} quotations: ${r.cardsInDom} cards in the DOM; wasm memory ${(r.report.memory / 2 ** 20).toFixed(1)} MiB after load, ` +
    `${(r.report.memoryAfter / 2 ** 20).toFixed(1)} MiB after the filters; extraction in wasm ` +
    `${(r.report.bytes / 2 ** 20).toFixed(1)} MB in ${r.report.seconds.toFixed(2)} s = ${(r.report.bytes / 2 ** 20 / r.report.seconds).toFixed(2)} MB/s`);
}
// A reader's own reviews (issue 15), in the release app as a reader meets it: the first module,
// then the full app it loads (src/handoff.rs). The articles are the bundled ones, repeated to size.
const bundledText = readdirSync('documents').filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(`documents/${f}`, 'utf8').split('\n\n').slice(1).join('\n\n')).join('\n\n');
const sized = (bytes) => {
  let text = '';
  while (Buffer.byteLength(text) < bytes) text += `${bundledText}\n\n`;
  return text;
};
async function reviewPage(context) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    // The longest task since `window.longest` was last set to 0, and the first card's time.
    window.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longest = Math.max(window.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver(() => {
      if (window.firstCardAt === undefined && document.querySelector('.app .quote-card')) window.firstCardAt = performance.now();
      // The stored or shared review's own cards (their outlets), not the example's on the way:
      // first as a long review's first cards, drawn while the rest is read (src/opening.rs),
      // then in the mounted app, which answers to the reader.
      const reviewCards = (selector) => [...document.querySelectorAll(selector)].some((card) => card.textContent.includes('Testata'));
      if (window.reviewCardAt === undefined && reviewCards('.app .quote-card, .first-view--review .quote-card')) {
        window.reviewCardAt = performance.now();
      }
      if (window.reviewAppAt === undefined && reviewCards('.app .quote-card')) window.reviewAppAt = performance.now();
      if (document.querySelector('[role=progressbar], .add-articles[aria-busy=true], .add-entry__reading')) window.progressShown = true;
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  return page;
}
async function newReview(page, title) {
  await page.goto(`http://127.0.0.1:${SITE_PORT}/app/?lang=en`);
  await page.getByRole('button', { name: 'Reviews' }).click();
  const panel = page.getByRole('region', { name: 'Press reviews' });
  await panel.getByLabel('Title', { exact: true }).fill(title);
  await panel.getByRole('button', { name: 'Create' }).click();
  await page.keyboard.press('Escape');
}
/** Pastes `text`, reads it, adds it: the ms from Add to the first card, and the longest task. */
async function addArticle(page, text) {
  const add = page.locator('#add-articles');
  // As a paste does: the whole text at once, one input event (typing 1 MB would take minutes).
  await add.getByLabel('Article text').evaluate((element, value) => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.evaluate(() => { window.longest = 0; window.progressShown = false; });
  // Reading: from the click to the form and preview of what was read.
  await add.getByRole('button', { name: 'Read the text' }).click();
  const button = add.getByRole('button', { name: 'Add 1 article' });
  await button.waitFor({ timeout: 120000 });
  const reading = await page.evaluate(() => window.longest);
  await page.evaluate(() => { window.firstCardAt = undefined; window.longest = 0; });
  await button.evaluate((element) => { window.addedAt = performance.now(); element.click(); });
  await page.waitForFunction(() => window.firstCardAt !== undefined, null, { timeout: 120000 });
  const [shown, adding, progress] = await page.evaluate(() => [window.firstCardAt - window.addedAt, window.longest, window.progressShown]);
  return { shown, longest: Math.max(reading, adding), progress };
}
if (runs('reviews')) {
  progress('reviews: add 20 KB, add 1 MB, open 50 articles');
  const added = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await reviewPage(context);
    await newReview(page, `Bench ${i}`);
    added.push((await addArticle(page, sized(20_000))).shown);
    await context.close();
  }
  row('reviews: a 20 KB article\'s first card after Add (median of 5)', median(added), 'ms', 200);

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await reviewPage(context);
  await newReview(page, 'Bench 1 MB');
  const big = await addArticle(page, sized(1_000_000));
  row('reviews: a 1 MB article, longest freeze while reading and adding', big.longest, 'ms', 500);
  info.push(`a 1 MB article: first card ${big.shown.toFixed(0)} ms after Add; progress ${big.progress ? 'shown' : 'not shown'} while it was read and added`);
  await context.close();

  // 50 articles of 20 KB, stored as the app stores them, opened by address; then shared as a link
  // and opened in a browser profile that has nothing stored.
  const articles = Array.from({ length: 50 }, (_, i) => ({ id: `a${i}`, outlet: `Testata ${i}`, date: '2024-06-19', text: sized(20_000) }));
  const review = { format: 'rassegna-review', version: 1, title: 'Cinquanta', articles };
  const stored = `1 ${Date.now()} 50\nCinquanta\n${JSON.stringify(review)}`;
  const opened = [];
  const shared = [];
  for (let i = 0; i < 3; i++) {
    const owner = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const ownPage = await reviewPage(owner);
    await ownPage.goto(`http://127.0.0.1:${SITE_PORT}/app/`);
    await ownPage.evaluate((value) => localStorage.setItem('rassegna.review.bench-50', value), stored);
    await ownPage.goto(`http://127.0.0.1:${SITE_PORT}/app/?review=bench-50&lang=en`);
    await ownPage.waitForFunction(() => window.reviewAppAt !== undefined, null, { timeout: 60000 });
    opened.push(await ownPage.evaluate(() => [window.reviewCardAt, window.reviewAppAt]));
    await ownPage.getByRole('button', { name: 'Share as a link' }).click();
    const link = await ownPage.getByLabel('Link to this review and this view').inputValue();
    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const reader = await reviewPage(other);
    await reader.goto(link);
    await reader.waitForFunction(() => window.reviewAppAt !== undefined, null, { timeout: 60000 });
    shared.push(await reader.evaluate(() => [window.reviewCardAt, window.reviewAppAt]));
    if (i === 0) info.push(`a share link of 50 articles of 20 KB: ${link.length.toLocaleString('en')} characters`);
    await Promise.all([owner.close(), other.close()]);
  }
  row('reviews: 50 articles of 20 KB from storage, first card (median of 3)', median(opened.map(([card]) => card)), 'ms', 1000);
  row('reviews: 50 articles of 20 KB from a share link, first card (median of 3)', median(shared.map(([card]) => card)), 'ms', 1000);
  info.push(`50 articles of 20 KB, the whole review read and the app answering (median of 3): from storage ${median(opened.map(([, app]) => app)).toFixed(0)} ms, ` +
    `from a share link ${median(shared.map(([, app]) => app)).toFixed(0)} ms`);
}

await browser.close();

const cell = (text, width) => String(text).padEnd(width);
const figures = rows.map((r) => ({ ...r, shown: `${r.figure.toFixed(r.figure < 10 ? 2 : 1)} ${r.unit}`, goal: `${r.better === 'higher' ? '≥' : '≤'} ${r.target} ${r.unit}` }));
console.log(`\n${cell('measure', 62)} ${cell('figure', 16)} ${cell('target', 14)} ${cell('ratio', 7)} result`);
for (const r of figures) {
  console.log(`${cell(r.what, 62)} ${cell(r.shown, 16)} ${cell(r.goal, 14)} ${cell(r.ratio.toFixed(2), 7)} ${r.pass ? 'pass' : 'FAIL'}`);
}
console.log('');
for (const line of info) console.log(`- ${line}`);
