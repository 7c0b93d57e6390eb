import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { TimelineView } from './pages/rassegna';

// Adding articles to a reader's own press review: pasted text read on the spot, its cards in
// the views, kept after a reload; hostile text shown as text; a file that is not text refused
// with nothing stored touched; no request leaves the page.

const menu = (page: Page) => page.getByRole('button', { name: /^(Rassegne|Reviews)$/ });
const reviewsPanel = (page: Page) => page.getByRole('region', { name: /^(Rassegne stampa|Press reviews)$/ });
const bar = (page: Page) => page.locator('.review-bar');
const addPanel = (page: Page) => page.locator('#add-articles');

// Invented, in the style of an agency's copy: a dateline, a speaker with a role, markup.
const ARTICLE = `Ponte sul Tavella, lavori entro l'estate
(NORDPRESS) - BORGO TAVELLA, 12 marzo 2024 - «Il ponte riaprirà entro l'estate», ha dichiarato l'assessora ai Lavori pubblici, Chiara Montieri. <img src=x onerror="document.title='pwned'">
Il sindaco Carlo Renzetti ha detto ieri che il cantiere è «una priorità».`;

async function newReview(page: Page, title: string) {
  await menu(page).click();
  await reviewsPanel(page).getByLabel('Title', { exact: true }).fill(title);
  await reviewsPanel(page).getByRole('button', { name: 'Create' }).click();
  await page.keyboard.press('Escape');
}

test('paste an article into a new review: read on the spot, its cards shown, kept after a reload', async ({ app, page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await app.open('lang=en');
  await newReview(page, 'Ponte sul Tavella');

  // An empty review opens on the panel.
  await expect(bar(page).getByRole('heading', { name: 'Ponte sul Tavella' })).toBeVisible();
  await expect(bar(page)).toContainText('0 articles');
  await expect(bar(page).getByRole('button', { name: 'Add articles' })).toHaveAttribute('aria-expanded', 'true');
  await expect(addPanel(page)).toBeVisible();

  const before = requests.length;
  await addPanel(page).getByLabel('Article text').fill(ARTICLE);
  await addPanel(page).getByRole('button', { name: 'Read the text' }).click();
  // The form is filled from what the text says: its first line, the agency, the dateline's date.
  await expect(addPanel(page).getByLabel('Title', { exact: true })).toHaveValue("Ponte sul Tavella, lavori entro l'estate");
  await expect(addPanel(page).getByLabel('Outlet')).toHaveValue('NORDPRESS');
  await expect(addPanel(page).getByLabel('Date', { exact: true })).toHaveValue('2024-03-12');
  await expect(addPanel(page)).toContainText('Chiara Montieri');

  const started = Date.now();
  await addPanel(page).getByRole('button', { name: 'Add 1 article' }).click();
  await expect(addPanel(page)).toContainText('1 article added.');
  await expect(bar(page)).toContainText('1 article');
  const card = page.locator('.quote-card').filter({ hasText: 'Il ponte riaprirà entro l’estate' }).or(
    page.locator('.quote-card').filter({ hasText: "Il ponte riaprirà entro l'estate" }),
  );
  await expect(card.first()).toContainText('Chiara Montieri');
  const shownAfter = Date.now() - started;
  console.log(`cards of a pasted article shown ${shownAfter} ms after Add`);
  // The markup in the text stays text.
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
  expect(requests.slice(before), 'no request while reading and adding').toEqual([]);

  await page.reload();
  await app.ready();
  await expect(bar(page)).toContainText('1 article');
  await expect(page.locator('.quote-card').first()).toBeVisible();
  await expect(page.locator('.quote-card').filter({ hasText: 'Chiara Montieri' }).first()).toBeVisible();

  // An article can be taken out again, for good.
  await bar(page).getByText('Articles in this review').click();
  await bar(page).getByRole('button', { name: "Remove “Ponte sul Tavella, lavori entro l'estate” from this review" }).click();
  await expect(bar(page)).toContainText("Removed “Ponte sul Tavella, lavori entro l'estate” from this review.");
  await expect(bar(page)).toContainText('0 articles');
  await expect(page.locator('.quote-card')).toHaveCount(0);
  await page.reload();
  await app.ready();
  await expect(bar(page)).toContainText('0 articles');
});

test('edit an article’s details: a wrong date saves nothing; the views follow the change, kept after a reload', async ({ app, page }) => {
  await app.open('lang=en');
  await newReview(page, 'Ponte sul Tavella');
  await addPanel(page).getByLabel('Article text').fill(ARTICLE);
  await addPanel(page).getByRole('button', { name: 'Read the text' }).click();
  await addPanel(page).getByRole('button', { name: 'Add 1 article' }).click();
  await expect(bar(page)).toContainText('1 article');
  await expect(page.locator('.quote-card__source').first()).toContainText('NORDPRESS · 12 March 2024');

  await bar(page).getByText('Articles in this review').click();
  const name = "“Ponte sul Tavella, lavori entro l'estate”";
  await bar(page).getByRole('button', { name: `Edit the details of ${name}` }).click();
  // The form holds what the views show, and takes the focus.
  const form = bar(page).getByRole('form', { name: `Edit the details of ${name}` });
  const title = form.getByLabel('Title', { exact: true });
  const date = form.getByLabel('Date', { exact: true });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue("Ponte sul Tavella, lavori entro l'estate");
  await expect(form.getByLabel('Outlet')).toHaveValue('NORDPRESS');
  await expect(date).toHaveValue('2024-03-12');

  // A date that is not one is said next to it, and nothing is stored.
  const stored = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
  await date.fill('12 marzo');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toContainText('Write the date as 2024-03-12 (or 2024-03, or 2024), or leave it empty.');
  await expect(form.getByRole('alert').last()).toHaveText('Fix the marked fields: nothing was saved.');
  await expect(date).toBeFocused();
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage)))).toBe(stored);

  await title.fill('Il ponte <b>riapre</b> in estate');
  await date.fill('2024-04-02');
  await page.keyboard.press('Enter');
  await expect(bar(page).locator('.review-bar__article-status')).toHaveText('Saved the details of “Il ponte <b>riapre</b> in estate”.');
  const edit = bar(page).getByRole('button', { name: 'Edit the details of “Il ponte <b>riapre</b> in estate”' });
  await expect(edit).toBeFocused();
  await expect(page.locator('main b')).toHaveCount(0);
  // The views follow: the cards' date, and "ieri" counted from the new one.
  await expect(page.locator('.quote-card__source').first()).toContainText('NORDPRESS · 2 April 2024');
  await app.tab('Timeline').click();
  await expect(new TimelineView(page).event('ha detto ieri')).toContainText('1 April 2024');
  await app.tab('Sources').click();
  await expect(app.docCards()).toHaveCount(1);
  await expect(app.docCards().first()).toContainText('Il ponte <b>riapre</b> in estate');

  await page.reload();
  await app.ready();
  await expect(app.docCards().first()).toContainText('Il ponte <b>riapre</b> in estate');
  await expect(app.docCards().first()).toContainText('2 April 2024');
  // Escape leaves the form as Cancel does, the details unchanged.
  await bar(page).getByText('Articles in this review').click();
  await edit.click();
  await expect(bar(page).getByRole('form')).toHaveCount(1);
  await page.keyboard.type(' ancora');
  await page.keyboard.press('Escape');
  await expect(bar(page).getByRole('form')).toHaveCount(0);
  await expect(edit).toBeFocused();
  await expect(app.docCards().first()).toContainText('Il ponte <b>riapre</b> in estate');
});

test('a file that is not text is refused, and nothing stored changes', async ({ app, page }) => {
  await app.open('lang=en');
  await newReview(page, 'Scuole chiuse');
  const stored = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
  await addPanel(page).locator('input[type=file]').setInputFiles({
    name: 'scansione.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x00, 0xff, 0x00, 0x10, 0x00]),
  });
  await expect(addPanel(page)).toContainText('This is not a text file');
  await expect(addPanel(page).getByRole('button', { name: /^Add \d+ articles?$/ })).toHaveCount(0);
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage)))).toBe(stored);
  await expect(bar(page)).toContainText('0 articles');
});

test('a saved page is read from its tags and paragraphs: scripts neither run nor load, markup stays text', async ({ app, page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await app.open('lang=en');
  await newReview(page, 'Treni');
  const before = requests.length;
  const html = `<!doctype html><html lang="it"><head>
<title>Treni fermi per lo sciopero - Notizie Lampo</title>
<meta property="og:title" content="Treni fermi per lo sciopero">
<meta property="og:site_name" content="Notizie Lampo">
<meta property="article:published_time" content="2025-05-06T08:00:00+02:00">
<link rel="canonical" href="https://notizielampo.example/treni">
<script>document.title = 'pwned'; fetch('https://tracker.example/beacon');</script>
<link rel="stylesheet" href="https://cdn.example/style.css">
</head><body><nav><a href="/">Home</a> Politica Sport</nav>
<article><h1>Treni fermi per lo sciopero</h1>
<p>«Adesione al 70 per cento», ha detto la segretaria della Filt, Marta Bellini. <img src="https://tracker.example/pixel.gif" onerror="document.title='pwned'"></p>
<p>Il servizio riprende domani &amp; i rimborsi arrivano &lt;entro&gt; un mese.</p></article>
<footer>© Notizie Lampo — Privacy</footer></body></html>`;
  await addPanel(page).locator('input[type=file]').setInputFiles({ name: 'sciopero.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect(addPanel(page).getByLabel('Title', { exact: true })).toHaveValue('Treni fermi per lo sciopero');
  await expect(addPanel(page).getByLabel('Outlet')).toHaveValue('Notizie Lampo');
  await expect(addPanel(page).getByLabel('Date', { exact: true })).toHaveValue('2025-05-06');
  await expect(addPanel(page).getByLabel('Address')).toHaveValue('https://notizielampo.example/treni');
  await expect(addPanel(page)).toContainText('Marta Bellini');
  await expect(addPanel(page)).toContainText('i rimborsi arrivano <entro> un mese');
  await expect(addPanel(page)).not.toContainText('Privacy');
  await addPanel(page).getByRole('button', { name: 'Add 1 article' }).click();
  await expect(page.locator('.quote-card').filter({ hasText: 'Marta Bellini' }).first()).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
  expect(requests.slice(before), 'nothing the page references is loaded').toEqual([]);
});

test('a file over the size limit and one in an unreadable encoding each say what to do', async ({ app, page }) => {
  await app.open('lang=en');
  await newReview(page, 'Limiti');
  const stored = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
  const input = addPanel(page).locator('input[type=file]');
  await input.setInputFiles({ name: 'enorme.txt', mimeType: 'text/plain', buffer: Buffer.alloc(10_000_001, 'a') });
  await expect(addPanel(page)).toContainText('is over the limit of 10.0 MB: split the article');
  // Shift_JIS bytes that are not UTF-8, in a page that declares them.
  const sjis = Buffer.concat([
    Buffer.from('<html><head><meta charset="shift_jis"></head><body><p>'),
    Buffer.from([0x82, 0xa0, 0x82, 0xa2, 0x82, 0xa4]),
    Buffer.from('</p></body></html>'),
  ]);
  await input.setInputFiles({ name: 'giornale.html', mimeType: 'text/html', buffer: sjis });
  await expect(addPanel(page)).toContainText('in an encoding Rassegna cannot read (shift_jis)');
  await expect(addPanel(page).getByRole('button', { name: /^Add \d+ articles?$/ })).toHaveCount(0);
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage)))).toBe(stored);
});

test('share a review as one link: whoever opens it gets a copy of the review and the same view', async ({ app, page, browser }) => {
  await app.open('lang=en');
  await newReview(page, 'Ponte sul Tavella');
  await addPanel(page).getByLabel('Article text').fill(ARTICLE);
  await addPanel(page).getByRole('button', { name: 'Read the text' }).click();
  await addPanel(page).getByRole('button', { name: 'Add 1 article' }).click();
  await expect(page.locator('.quote-card').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Sources' }).or(page.getByRole('link', { name: 'Sources' })).first().click();
  await bar(page).getByRole('button', { name: 'Share as a link' }).click();
  const box = bar(page).getByLabel('Link to this review and this view');
  await expect(box).toHaveValue(/#share=[A-Za-z0-9_-]+$/);
  const link = await box.inputValue();
  expect(link).not.toContain('review=');
  expect(link).toContain('view=sources');

  // Another browser: nothing stored, the link alone.
  const other = await browser.newContext();
  const reader = await other.newPage();
  const requests: string[] = [];
  reader.on('request', (request) => requests.push(request.url()));
  await reader.goto(link);
  await expect(reader.locator('.review-bar')).toContainText('Opened from a shared link and kept in this browser as a copy');
  await expect(reader.locator('.review-bar').getByRole('heading', { name: 'Ponte sul Tavella' })).toBeVisible();
  await expect(reader.locator('main')).toContainText('NORDPRESS');
  expect(reader.url()).toMatch(/view=sources/);
  expect(reader.url()).toMatch(/review=[a-z0-9-]+/);
  expect(reader.url()).not.toContain('#share=');
  expect(requests.every((url) => url.startsWith(new URL(link).origin)), 'no request leaves the page').toBe(true);
  await other.close();
});

test('a damaged shared link opens the example review and says what it ignored, storing nothing', async ({ app, page }) => {
  await app.open('lang=en');
  await page.goto(page.url().replace(/#.*$/, '') + '#share=AAAAbroken');
  await page.reload();
  await app.ready();
  await expect(page.getByText('a shared review damaged or cut short in the link')).toBeVisible();
  await expect(page.locator('.quote-card').first()).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('rassegna.review.')))).toEqual([]);
  expect(page.url()).not.toContain('#share=');
});

test('a review too large for a comfortable link offers its file instead', async ({ app, page }) => {
  await app.open('lang=en');
  await newReview(page, 'Molti articoli');
  // Text that compresses badly: many distinct invented words.
  let seed = 7;
  const word = () => Array.from({ length: 7 }, () => 'abcdefghilmnoprstuvz'[(seed = (seed * 48271) % 2147483647) % 20]).join('');
  const text = 'Titolo\n' + Array.from({ length: 2500 }, word).join(' ') + '.';
  await addPanel(page).getByLabel('Article text').fill(text);
  await addPanel(page).getByRole('button', { name: 'Read the text' }).click();
  await addPanel(page).getByRole('button', { name: 'Add 1 article' }).click();
  await expect(bar(page)).toContainText('1 article');
  await bar(page).getByRole('button', { name: 'Share as a link' }).click();
  await expect(bar(page)).toContainText(/This link is \d+ characters long, too long to paste comfortably/);
  const download = page.waitForEvent('download');
  await bar(page).locator('.review-bar__share').getByRole('button', { name: 'Download' }).click();
  expect((await download).suggestedFilename()).toBe('molti-articoli.json');
});
