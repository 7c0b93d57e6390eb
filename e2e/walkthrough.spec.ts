import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { QuotesView, StancesView, TimelineView } from './pages/rassegna';

// Issue 15's "done when", as a new reader does it, on a desktop and on a phone: on a fresh
// profile, start a review, paste an Italian article and drop a saved HTML page, see their cards
// with speakers, their dates on the timeline and their stance cells; reload and find them; share
// the link and open it in another browser profile to the same view; download the file and run
// the CLI on it. Every other test covers one step; this one walks them in a row.

// Invented articles: one pasted in an agency's style, one saved from a news site.
const PASTED = `Sanzioni, Budapest frena sul nuovo pacchetto
(NORDPRESS) - BRUXELLES, 14 ottobre 2025 - «Non sosterremo nuove sanzioni senza garanzie sull'energia», ha detto il ministro degli Esteri ungherese, Gábor Kertész.
Il presidente francese Luc Armand ha invece ribadito ieri il sostegno alle sanzioni, definendole «uno strumento indispensabile».
Il vertice dei leader europei è stato convocato per il 23 ottobre.`;

const SAVED_PAGE = `<!doctype html><html lang="it"><head>
<title>Vertice Ue, Roma chiede unità sulle sanzioni - Cronache d'Europa</title>
<meta property="og:title" content="Vertice Ue, Roma chiede unità sulle sanzioni">
<meta property="og:site_name" content="Cronache d'Europa">
<meta property="article:published_time" content="2025-10-15T09:30:00+02:00">
<link rel="canonical" href="https://cronache.example/vertice-sanzioni">
</head><body><nav><a href="/">Home</a> Esteri Economia</nav>
<article><h1>Vertice Ue, Roma chiede unità sulle sanzioni</h1>
<p>«Le sanzioni restano necessarie e vanno mantenute», ha dichiarato la ministra degli Esteri italiana, Livia Moretti, martedì a Lussemburgo.</p>
<p>Il cancelliere tedesco Jonas Albrecht ha detto che la Germania «sosterrà il nuovo pacchetto di sanzioni».</p>
</article><footer>© Cronache d'Europa — Privacy</footer></body></html>`;

/** The CLI as `make test-e2e` builds it before the browser tests. */
const CLI = 'target/debug/rassegna';

const menu = (page: Page) => page.getByRole('button', { name: /^(Rassegne|Reviews)$/ });
const reviewsPanel = (page: Page) => page.getByRole('region', { name: /^(Rassegne stampa|Press reviews)$/ });
const bar = (page: Page) => page.locator('.review-bar');
const addPanel = (page: Page) => page.locator('#add-articles');

/** Opens a view's filters where a narrow screen folds them away. */
async function openFilters(page: Page) {
  const toggle = page.locator('.quotes__filters-toggle');
  if (await toggle.isVisible() && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** The views a reader checks, the same after a reload and in another browser. */
async function expectTheReview(page: Page) {
  await expect(bar(page).getByRole('heading', { name: 'Sanzioni in Europa' })).toBeVisible();
  await expect(bar(page)).toContainText('2 articles');
}

for (const device of [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
]) {
  test.describe(device.name, () => {
    test.use({ viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.isMobile });

    test(`a new reader builds a review, finds it again, shares it and runs the CLI on its file (${device.name})`, async ({ app, page, browser }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await app.open('lang=en');
      const origin = new URL(page.url()).origin;

      // Start a review.
      await menu(page).click();
      await reviewsPanel(page).getByLabel('Title', { exact: true }).fill('Sanzioni in Europa');
      await reviewsPanel(page).getByRole('button', { name: 'Create' }).click();
      await page.keyboard.press('Escape');
      await expect(bar(page).getByRole('heading', { name: 'Sanzioni in Europa' })).toBeVisible();

      // Paste an article: the form is filled from what it says.
      await addPanel(page).getByLabel('Article text').fill(PASTED);
      await addPanel(page).getByRole('button', { name: 'Read the text' }).click();
      await expect(addPanel(page).getByLabel('Outlet')).toHaveValue('NORDPRESS');
      await expect(addPanel(page).getByLabel('Date', { exact: true })).toHaveValue('2025-10-14');

      // Drop a saved page on the panel, as a file manager would.
      await addPanel(page).locator('.add-articles__drop-hint').evaluate((hint, html) => {
        const data = new DataTransfer();
        data.items.add(new File([html], 'vertice-sanzioni.html', { type: 'text/html' }));
        for (const type of ['dragenter', 'dragover', 'drop']) {
          hint.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
        }
      }, SAVED_PAGE);
      await expect(addPanel(page).getByLabel('Title', { exact: true }).nth(1)).toHaveValue('Vertice Ue, Roma chiede unità sulle sanzioni');
      await expect(addPanel(page).getByLabel('Outlet').nth(1)).toHaveValue("Cronache d'Europa");
      await expect(addPanel(page).getByLabel('Date', { exact: true }).nth(1)).toHaveValue('2025-10-15');
      await addPanel(page).getByRole('button', { name: 'Add 2 articles' }).click();
      await expect(addPanel(page)).toContainText('2 articles added.');
      await expectTheReview(page);

      // Their cards, with speakers.
      const quotes = new QuotesView(page);
      await expect(quotes.card('Non sosterremo nuove sanzioni').locator('.quote-card__name')).toHaveText('Gábor Kertész');
      await expect(quotes.card('Le sanzioni restano necessarie').locator('.quote-card__name')).toHaveText('Livia Moretti');
      await expect(quotes.card('uno strumento indispensabile').locator('.quote-card__name')).toHaveText('Luc Armand');

      // Their dates on the timeline: the dateline's, "ieri" the day before it, "martedì" the
      // Tuesday before the saved page's Wednesday, and the summit still ahead.
      await app.tab('Timeline').click();
      const timeline = new TimelineView(page);
      await expect(timeline.event('Il presidente francese Luc Armand').locator('.event__date')).toHaveText('13 October 2025');
      await expect(timeline.event('Non sosterremo').locator('.event__date')).toHaveText('14 October 2025');
      await expect(timeline.event('Le sanzioni restano necessarie').locator('.event__date')).toHaveText('14 October 2025');
      await expect(timeline.event('convocato per il 23 ottobre').locator('.event__date')).toHaveText('23 October 2025');

      // Their stance cells.
      await app.tab('Stances').click();
      const matrix = new StancesView(page).matrix();
      await expect(matrix.getByRole('button', { name: /^Hungary — Sanctions and the UN regime: opposes, 1 statement$/ })).toBeVisible();
      await expect(matrix.getByRole('button', { name: /^France — Sanctions and the UN regime: supports/ })).toBeVisible();
      await expect(matrix.getByRole('button', { name: /^Italy — Sanctions and the UN regime: supports/ })).toBeVisible();
      await expect(matrix.getByRole('button', { name: /^Germany — Sanctions and the UN regime: supports/ })).toBeVisible();

      // Reload: all of it is still there, on the same view.
      await page.reload();
      await app.ready();
      await expectTheReview(page);
      await expect(new StancesView(page).matrix().getByRole('button', { name: /^Hungary — Sanctions and the UN regime: opposes/ })).toBeVisible();

      // A view worth sending: the quotations of one speaker.
      await app.tab('Quotes').click();
      await openFilters(page);
      await quotes.option('Speaker', 'Gábor Kertész').getByRole('checkbox').check();
      await expect(quotes.cards()).toHaveCount(1);
      const view = app.query();
      expect(new URLSearchParams(view).get('sp')).toBe('name:gábor-kertész');

      // Share it; another browser profile, with nothing stored, opens the same review and view.
      await bar(page).getByRole('button', { name: 'Share as a link' }).click();
      const link = await bar(page).getByLabel('Link to this review and this view').inputValue();
      expect(link).toMatch(/#share=[A-Za-z0-9_-]+$/);
      const other = await browser.newContext({ viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.isMobile, locale: 'it-IT' });
      const reader = await other.newPage();
      const readerRequests: string[] = [];
      reader.on('request', (request) => readerRequests.push(request.url()));
      await reader.goto(link);
      await expect(reader.locator('.review-bar')).toContainText('Opened from a shared link and kept in this browser as a copy');
      await expectTheReview(reader);
      await expect(reader.locator('.quote-card')).toHaveCount(1);
      await expect(reader.locator('.quote-card__name')).toHaveText('Gábor Kertész');
      const shared = new URL(reader.url()).searchParams;
      const sent = new URLSearchParams(view);
      for (const key of ['sp', 'lang', 'view']) expect(shared.get(key), key).toBe(sent.get(key));
      expect(readerRequests.every((url) => url.startsWith(origin)), 'no request leaves the page').toBe(true);
      await other.close();

      // Download the file and run the CLI on it.
      await menu(page).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        reviewsPanel(page).getByRole('button', { name: 'Download “Sanzioni in Europa” as a file' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('sanzioni-in-europa.json');
      const folder = mkdtempSync(join(tmpdir(), 'rassegna-walkthrough-'));
      try {
        const file = join(folder, download.suggestedFilename());
        await download.saveAs(file);
        expect(existsSync(CLI), `${CLI} is built by \`make test-e2e\` (cargo build -p rassegna-cli)`).toBe(true);
        const out = JSON.parse(execFileSync(CLI, ['extract', file], { encoding: 'utf8', maxBuffer: 64 << 20 }));
        expect(out.documents).toHaveLength(2);
        expect(out.documents.map((d: any) => d.meta.outlet)).toEqual(['NORDPRESS', "Cronache d'Europa"]);
        const speakers = out.documents.flatMap((d: any) => d.quotes.map((q: any) => q.speaker?.name ?? null));
        expect(speakers).toEqual(expect.arrayContaining(['Gábor Kertész', 'Luc Armand', 'Livia Moretti', 'Jonas Albrecht']));
        expect(out.timeline.map((e: any) => e.date)).toEqual(expect.arrayContaining(['2025-10-13', '2025-10-14', '2025-10-23']));
        const cell = (actor: string) => out.stances.find((s: any) => s.actor === actor && s.topic === 'sanctions')?.stance;
        expect([cell('HU'), cell('FR'), cell('IT'), cell('DE')]).toEqual(['opposes', 'supports', 'supports', 'supports']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
      expect(requests.every((url) => url.startsWith(origin)), 'no request leaves the page').toBe(true);
      await page.screenshot({ path: `e2e/artifacts/screenshots/walkthrough-${device.name}.png`, fullPage: false });
    });
  });
}
