import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

// The reader's own press reviews: start one, find it again after a reload, switch back to the
// bundled example, rename, delete and undo; links to reviews this browser lacks; reviews kept in
// storage shown with their cards; two tabs; a full storage.

const menu = (page: Page) => page.getByRole('button', { name: /^(Rassegne|Reviews)$/ });
const panel = (page: Page) => page.getByRole('region', { name: /^(Rassegne stampa|Press reviews)$/ });
const story = (page: Page) => page.locator('.story');

async function createReview(page: Page, title: string, date = '') {
  await menu(page).click();
  await panel(page).getByLabel('Title', { exact: true }).fill(title);
  await panel(page).getByLabel('Date of the story (optional)').fill(date);
  await panel(page).getByRole('button', { name: 'Create' }).click();
}

/** A review as src/review_store.rs keeps it: a summary line, the title, the review file. */
function stored(revision: number, title: string, articles: { id: string; outlet?: string; date?: string; text: string }[]) {
  const review = { format: 'rassegna-review', version: 1, title, articles };
  return `${revision} ${Date.now()} ${articles.length}\n${title}\n${JSON.stringify(review)}`;
}

test('create a review, find it after a reload, switch back to the example, rename, delete and undo', async ({ app, page }) => {
  await app.open('lang=en');
  await expect(menu(page)).toHaveAttribute('aria-expanded', 'false');
  await createReview(page, 'Il vertice <b>di</b> Pyongyang', '2024-06');
  await expect(panel(page).getByRole('status')).toContainText('Created and opened the review “Il vertice <b>di</b> Pyongyang”');
  expect(app.query()).toMatch(/^review=[a-z0-9-]+&lang=en$/);
  const id = app.query().match(/review=([a-z0-9-]+)/)![1];
  await expect(story(page)).toHaveText('Il vertice <b>di</b> Pyongyang · June 2024');
  await expect(page.locator('.story b')).toHaveCount(0);
  await expect(page.locator('.quote-card')).toHaveCount(0);

  await page.reload();
  await app.ready();
  expect(app.query()).toBe(`review=${id}&lang=en`);
  await expect(story(page)).toHaveText('Il vertice <b>di</b> Pyongyang · June 2024');
  await menu(page).click();
  const mine = panel(page).getByRole('listitem').filter({ hasText: 'Il vertice' });
  await expect(mine).toContainText('0 articles · changed');
  await expect(mine.getByRole('link')).toHaveAttribute('aria-current', 'true');

  // Back to the bundled story: its cards, and the panel out of the way.
  await panel(page).getByRole('link', { name: /Putin/ }).click();
  await expect(panel(page)).toBeHidden();
  expect(app.query()).toBe('lang=en');
  await expect(page.locator('.quote-card').first()).toBeVisible();
  await expect(story(page)).toContainText('Putin');
  // Back and forward switch reviews too.
  await page.goBack();
  await expect(story(page)).toHaveText('Il vertice <b>di</b> Pyongyang · June 2024');
  expect(app.query()).toBe(`review=${id}&lang=en`);
  await page.goForward();
  await expect(story(page)).toContainText('Putin');
  expect(app.query()).toBe('lang=en');

  // Rename from the keyboard.
  await menu(page).focus();
  await page.keyboard.press('Enter');
  await mine.getByRole('button', { name: 'Rename “Il vertice <b>di</b> Pyongyang”' }).click();
  const box = panel(page).getByLabel('New title for “Il vertice <b>di</b> Pyongyang”');
  await expect(box).toBeFocused();
  await box.fill('Vertice coreano');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('status')).toContainText('Renamed the review “Vertice coreano”.');
  const renamed = panel(page).getByRole('listitem').filter({ hasText: 'Vertice coreano' });
  await expect(renamed).toHaveCount(1);

  // Delete, undo, delete again.
  await renamed.getByRole('button', { name: 'Delete “Vertice coreano”' }).click();
  await expect(panel(page).getByRole('status')).toContainText('Deleted the review “Vertice coreano”.');
  await expect(renamed).toHaveCount(0);
  const undo = panel(page).getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(panel(page).getByRole('status')).toContainText('Restored the review “Vertice coreano”.');
  await expect(renamed).toHaveCount(1);
  await page.reload();
  await app.ready();
  await menu(page).click();
  await expect(renamed).toHaveCount(1);
  await renamed.getByRole('link').click();
  expect(app.query()).toBe(`review=${id}&lang=en`);
  // Deleting the review on screen opens the example.
  await menu(page).click();
  await renamed.getByRole('button', { name: /^Delete/ }).click();
  expect(app.query()).toBe('lang=en');
  await expect(story(page)).toContainText('Putin');
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(menu(page)).toBeFocused();
  await page.reload();
  await app.ready();
  await menu(page).click();
  await expect(panel(page).getByRole('listitem')).toHaveCount(1);
});

test('a link to a review this browser lacks opens the example and says so; other keys still work', async ({ app, page }) => {
  await app.open('review=zz-404&view=timeline&lang=en');
  await expect(app.notice()).toContainText('«review» (a press review this browser does not keep: the example review is shown instead)');
  await app.expectView('Timeline');
  expect(app.query()).toBe('view=timeline&lang=en');
  await expect(story(page)).toContainText('Putin');
  await app.open('review=NOT%20AN%20ID&lang=en');
  await expect(app.notice()).toContainText('«review» (invalid value)');
});

test('a stored review shows its articles as cards, markup as text, and its ids in links', async ({ app, page }) => {
  await app.open();
  await page.evaluate((value) => localStorage.setItem('rassegna.review.mq3-a1', value), stored(4, 'Borgo Tavella', [
    {
      id: 'ponte',
      outlet: 'Gazzetta <i>di</i> Borgo',
      date: '2024-06-19',
      text: '«Il ponte riaprirà entro l’estate <img src=x onerror=alert(1)>», ha dichiarato l’assessora Chiara Montieri.',
    },
  ]));
  await app.open('review=mq3-a1&lang=en');
  await expect(story(page)).toHaveText('Borgo Tavella');
  const card = page.locator('.quote-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Il ponte riaprirà entro l’estate <img src=x onerror=alert(1)>');
  await expect(card).toContainText('Chiara Montieri');
  await expect(page.locator('.quote-card img')).toHaveCount(0);
  await app.tab('Sources').click();
  await expect(page.locator('.doc-card')).toContainText('Gazzetta <i>di</i> Borgo');
  expect(app.query()).toBe('review=mq3-a1&view=sources&lang=en');
  await menu(page).click();
  await expect(panel(page).getByRole('listitem').filter({ hasText: 'Borgo Tavella' })).toContainText('1 article · changed');
});

test('two tabs on one review: a change in one shows in the other, a delete sends it to the example', async ({ app, page, context }) => {
  await app.open();
  await page.evaluate((value) => localStorage.setItem('rassegna.review.tab-1', value), stored(1, 'Prima', [
    { id: 'a', text: '«Siamo amici», ha detto Putin.' },
  ]));
  await app.open('review=tab-1&lang=en');
  const other = await context.newPage();
  await other.goto('./?review=tab-1&lang=en');
  await other.locator('.app').waitFor();
  await expect(story(other)).toHaveText('Prima');

  await createReview(page, 'Seconda');
  await menu(other).click();
  await expect(panel(other).getByRole('listitem').filter({ hasText: 'Seconda' })).toHaveCount(1);
  await page.goto('./?review=tab-1&lang=en');
  await app.ready();
  await menu(page).click();
  await panel(page).getByRole('listitem').filter({ hasText: 'Prima' }).getByRole('button', { name: /^Rename/ }).click();
  await panel(page).getByLabel('New title for “Prima”').fill('Prima, rinominata');
  await panel(page).getByRole('button', { name: 'Save' }).click();
  await expect(story(other)).toHaveText('Prima, rinominata');
  await expect(other.locator('.quote-card')).toHaveCount(1);

  await panel(page).getByRole('listitem').filter({ hasText: 'Prima, rinominata' }).getByRole('button', { name: /^Delete/ }).click();
  await expect(other.locator('.notice')).toContainText('«review»');
  await expect(story(other)).toContainText('Putin');
  expect(new URL(other.url()).search).toBe('?lang=en');
  await other.close();
});

test('a full storage says so and keeps what was saved', async ({ app, page }) => {
  await app.open('lang=en');
  await createReview(page, 'Salvata');
  await expect(panel(page).getByRole('status')).toContainText('Created');
  // Fill the storage to the brim.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; chunk.length > 0; ) {
      try {
        localStorage.setItem(`filler.${i++}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  });
  await panel(page).getByLabel('Title', { exact: true }).fill('Una di troppo');
  await panel(page).getByRole('button', { name: 'Create' }).click();
  await expect(panel(page).getByRole('status')).toContainText('This browser’s storage for this site is full: the change was not saved');
  await expect(panel(page).getByRole('listitem').filter({ hasText: 'Una di troppo' })).toHaveCount(0);
  await panel(page).getByRole('listitem').filter({ hasText: 'Salvata' }).getByRole('button', { name: /^Rename/ }).click();
  await panel(page).getByLabel('New title for “Salvata”').fill('Salvata '.repeat(20));
  await panel(page).getByRole('button', { name: 'Save' }).click();
  await expect(panel(page).getByRole('status')).toContainText('is full');
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler.')).forEach((k) => localStorage.removeItem(k)));
  await page.reload();
  await app.ready();
  await expect(story(page)).toHaveText('Salvata');
});

test('download a review as a file, open it again as a copy; broken files say why and touch nothing', async ({ app, page }) => {
  await app.open();
  await page.evaluate((value) => localStorage.setItem('rassegna.review.file-1', value), stored(3, 'Da scaricare', [
    { id: 'a', outlet: 'ANSA', date: '2024-06-19', text: '«Siamo amici», ha detto Putin. <script>alert(1)</script>' },
  ]));
  await app.open('review=file-1&lang=en');
  await menu(page).click();
  const item = panel(page).getByRole('listitem').filter({ hasText: 'Da scaricare' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    item.getByRole('button', { name: 'Download “Da scaricare” as a file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('da-scaricare.json');
  const path = await download.path();
  const json = JSON.parse(require('node:fs').readFileSync(path, 'utf8'));
  expect(json).toMatchObject({ format: 'rassegna-review', version: 1, title: 'Da scaricare' });
  expect(json.articles).toEqual([
    { id: 'a', outlet: 'ANSA', date: '2024-06-19', text: '«Siamo amici», ha detto Putin. <script>alert(1)</script>' },
  ]);

  const keys = () => page.evaluate(() => Object.keys(localStorage).sort().map((k) => `${k}=${localStorage.getItem(k)!.length}`));
  const before = await keys();
  const file = page.locator('#reviews-panel input[type=file]');
  const text = JSON.stringify(json);
  for (const [name, content, said] of [
    ['cut.json', text.slice(0, 60), 'The file ends too early'],
    ['photo.json', '\u0089PNG\r\n\u001a\n\u0000\u0000binary', 'This is not a review file (it is not valid JSON, line 1)'],
    ['other.json', '{"name": "package", "version": "1.0.0"}', 'This file is not a Rassegna review'],
    ['newer.json', text.replace('"version":1', '"version":7'), 'a newer version of the format (7)'],
    ['empty.json', text.replace('"text":"«Siamo', '"notes":"«Siamo'), 'Article 1 of the file has no text'],
  ]) {
    await file.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(panel(page).getByRole('status'), name).toContainText(said);
    await expect(panel(page).getByRole('status'), name).toContainText('Nothing saved was touched.');
  }
  expect(await keys(), 'nothing stored was touched').toEqual(before);
  expect(app.query()).toBe('review=file-1&lang=en');

  await file.setInputFiles({ name: 'da-scaricare.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(panel(page).getByRole('status')).toContainText('Opened “Da scaricare” from the file and saved it in this browser.');
  expect(app.query()).not.toContain('file-1');
  expect(app.query()).toMatch(/^review=[a-z0-9-]+&lang=en$/);
  await expect(panel(page).getByRole('listitem').filter({ hasText: 'Da scaricare' })).toHaveCount(2);
  await expect(page.locator('.quote-card')).toHaveCount(1);
  await expect(page.locator('.quote-card')).toContainText('Vladimir Putin');
});

test('a review of 50 articles of 20 KB opens from storage, first cards shown, within a second', async ({ app, page }) => {
  await app.open();
  const paragraph = '«Siamo amici e lo resteremo», ha detto Vladimir Putin ai giornalisti a Pyongyang. Il vertice è durato tre ore.\n\n';
  const articles = Array.from({ length: 50 }, (_, i) => ({
    id: `a${i}`,
    outlet: `Testata ${i}`,
    date: '2024-06-19',
    text: paragraph.repeat(Math.ceil(20_000 / paragraph.length)),
  }));
  await page.evaluate((value) => localStorage.setItem('rassegna.review.big-50', value), stored(1, 'Cinquanta articoli', articles));
  // The page's own clock, from navigation start to the first card in the DOM (through the first
  // module and the full app it loads), as `make bench` measures it: the review's first cards,
  // drawn while the rest of it is read (src/opening.rs), or the app's.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('.app .quote-card, .first-view--review .quote-card')) {
        (window as any).firstCardAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./?review=big-50&lang=en');
  await page.locator('.app .quote-card').first().waitFor();
  const elapsed = await page.evaluate(() => (window as any).firstCardAt as number);
  console.log(`50 articles of 20 KB: first card ${Math.round(elapsed)} ms after navigation`);
  expect(elapsed).toBeLessThan(1_000);
  await expect(story(page)).toHaveText('Cinquanta articoli');
});

test('a long review is read article by article: progress and its first cards at once, the same cards when the app mounts; a filtered link waits', async ({ app, page }) => {
  await app.open();
  // Invented: 30 articles of about 10 KB, the first with markup in a quotation.
  const paragraph = (i: number) =>
    `«Il ponte riaprirà entro l'estate», ha dichiarato l'assessora Chiara Montieri ai cronisti di Borgo Tavella (${i}). ` +
    `Il sindaco Carlo Renzetti ha detto che il cantiere è «una priorità».\n\n`;
  const articles = Array.from({ length: 30 }, (_, i) => ({
    id: `a${i}`,
    outlet: `Gazzetta ${i}`,
    date: '2025-03-12',
    text: (i === 0 ? 'Il consigliere Piero Valsecchi ha scritto: «<img src=x onerror="document.title=1">».\n\n' : '') +
      Array.from({ length: 45 }, (_, k) => paragraph(k)).join(''),
  }));
  await page.evaluate((value) => localStorage.setItem('rassegna.review.long-30', value), stored(1, 'Trenta articoli', articles));
  // What the page showed before the app mounted, as it showed it.
  await page.addInitScript(() => {
    const seen: any = ((window as any).seen = { progress: [], previewCards: 0, previewFirst: null, previewImages: 0, appBeforePreview: false });
    new MutationObserver(() => {
      const progress = document.querySelector('.opening[role=status] .opening__text')?.textContent;
      if (progress && !seen.progress.includes(progress)) seen.progress.push(progress);
      const preview = document.querySelector('.first-view--review');
      if (preview && !seen.previewCards) {
        seen.appBeforePreview = !!document.querySelector('.app');
        seen.previewCards = preview.querySelectorAll('.quote-card').length;
        seen.previewFirst = preview.querySelector('.quote-card__text')?.textContent;
        seen.previewImages = preview.querySelectorAll('img').length;
        seen.previewInert = preview.hasAttribute('inert');
        seen.previewCount = preview.querySelector('.quotes__count')?.textContent;
        seen.previewFacets = preview.querySelectorAll('.facet').length;
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto('./?review=long-30&lang=en');
  await app.ready();
  const seen = await page.evaluate(() => (window as any).seen);
  expect(seen.progress[0]).toBe('Reading the review: 0 of 30 articles…');
  expect(seen.appBeforePreview).toBe(false);
  expect(seen.previewInert).toBe(true);
  expect(seen.previewCards).toBeGreaterThan(10);
  expect(seen.previewImages, 'markup in an article stays text').toBe(0);
  // The first articles' count and filters would not be the review's: none until it is all read.
  expect([seen.previewCount, seen.previewFacets]).toEqual(['…', 0]);
  expect(seen.previewFirst).toBe('“<img src=x onerror="document.title=1">”');
  // The app in its place: the same first card, nothing of the reading left.
  await expect(page.locator('.app .quote-card__text').first()).toHaveText(seen.previewFirst);
  await expect(page.locator('.first-view, .opening')).toHaveCount(0);
  await expect(page.locator('.quote-card').first()).toContainText('Piero Valsecchi');
  expect(await page.title()).not.toBe('1');

  // A link that filters by a speaker shows no cards until the whole review is read.
  await page.locator('.facet').first().getByRole('checkbox', { name: /Carlo Renzetti/ }).check();
  const filtered = app.query();
  expect(filtered).toMatch(/sp=/);
  await page.goto(`./?${filtered}`);
  await app.ready();
  const waited = await page.evaluate(() => (window as any).seen);
  expect(waited.progress.length).toBeGreaterThan(0);
  expect(waited.previewCards, 'no unfiltered cards stand for a filtered view').toBe(0);
  await expect(page.locator('.quote-card').first()).toContainText('Carlo Renzetti');
  await expect(page.locator('.quote-card').filter({ hasNotText: 'Carlo Renzetti' })).toHaveCount(0);
  expect(app.query()).toBe(filtered);
});

for (const [width, height] of [[1280, 800], [390, 844]]) {
  test(`the reviews menu at ${width}×${height}`, async ({ app, page }) => {
    await page.setViewportSize({ width, height });
    await app.open();
    await page.evaluate((value) => localStorage.setItem('rassegna.review.shot-1', value), stored(2, 'Vertice di Pyongyang: la stampa italiana', [
      { id: 'a', text: '«Siamo amici», ha detto Putin.' },
      { id: 'b', text: 'Testo.' },
    ]));
    await app.open('lang=it');
    await menu(page).click();
    await expect(panel(page)).toBeVisible();
    const box = await panel(page).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `e2e/artifacts/screenshots/reviews-${width}x${height}.png` });
  });
}
