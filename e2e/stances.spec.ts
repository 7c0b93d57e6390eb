import { test, expect, OTHER } from './fixtures';
import { StancesView, QuotesView } from './pages/rassegna';

const PARTNERSHIP = 0;
const WAR = 1;
const SANCTIONS = 2;

test('the matrix shows each stance with a mark and a word, and silence as silence', async ({ app, page }) => {
  await app.open('view=stances');
  const stances = new StancesView(page);
  const expected: [string, number, string][] = [
    ['Russia', PARTNERSHIP, 'favorevole'],
    ['Russia', WAR, 'favorevole'],
    ['Russia', SANCTIONS, 'contrario'],
    ['Corea del Nord', PARTNERSHIP, 'favorevole'],
    ['Corea del Nord', WAR, 'favorevole'],
    ['Corea del Nord', SANCTIONS, 'contrario'],
    ['Stati Uniti', PARTNERSHIP, 'preoccupato'],
    ['Stati Uniti', WAR, 'preoccupato'],
    ['Stati Uniti', SANCTIONS, 'favorevole'],
    ['Corea del Sud', PARTNERSHIP, 'preoccupato'],
    ['Corea del Sud', SANCTIONS, 'favorevole'],
  ];
  for (const [actor, column, word] of expected) {
    const cell = stances.cell(actor, column);
    await expect(cell.locator('.stance__word'), `${actor} × ${column}`).toHaveText(word);
    await expect(cell.locator('.stance__icon')).not.toBeEmpty();
  }
  await expect(stances.cell('Corea del Sud', WAR)).toHaveText(/nessuna dichiarazione/);
  await expect(stances.cell('Russia', PARTNERSHIP).getByRole('button')).toHaveAccessibleName(
    /^Russia — Il nuovo partenariato e la difesa reciproca: favorevole, \d+ dichiarazioni$/,
  );
});

test('choosing a cell shows the sentences behind it, which lead to the source and the quote', async ({ app, page }) => {
  await app.open('view=stances');
  const stances = new StancesView(page);
  await stances.cell('Stati Uniti', PARTNERSHIP).getByRole('button').click();
  expect(app.query()).toBe('view=stances&cell=US.partnership');
  await expect(stances.detail()).toContainText('Stati Uniti · Il nuovo partenariato');
  await expect(stances.detail()).toContainText('ad inquietare Washington');
  await expect(stances.cell('Stati Uniti', PARTNERSHIP).getByRole('button')).toHaveAttribute('aria-pressed', 'true');

  const kirby = stances.detail().locator('.evidence', { hasText: 'ad inquietare Washington' });
  await kirby.getByRole('link', { name: 'Apri nella fonte' }).click();
  expect(app.query()).toMatch(new RegExp(`^view=sources&doc=${OTHER}&s=\\d+$`));
  await expect(app.selectedSentences()).toContainText('ad inquietare Washington');
  await page.goBack();
  await expect(stances.detail()).toContainText('ad inquietare Washington');
  await kirby.getByRole('link', { name: 'Vedi la citazione' }).click();
  expect(app.query()).toMatch(/^quote=/);
  await expect(new QuotesView(page).cards().filter({ hasText: 'ad inquietare Washington' })).toHaveClass(/quote-card--selected/);
});

test('a curated cell says so and shows its verbatim evidence', async ({ app, page }) => {
  await app.open('view=stances&cell=US.sanctions');
  const stances = new StancesView(page);
  await expect(stances.detail()).toContainText('Correzione curata');
  await expect(stances.detail()).toContainText('i tentativi statunitensi di imporre nuove sanzioni ONU');
  await expect(stances.cell('Stati Uniti', SANCTIONS)).toContainText('*');
});

test('compare mode puts two to four countries side by side and lives in the address', async ({ app, page }) => {
  await app.open('view=stances');
  const stances = new StancesView(page);
  await expect(stances.compareTable()).toHaveCount(0);
  await stances.compareOption('Russia').check();
  await stances.compareOption('Stati Uniti').check();
  expect(app.query()).toBe('view=stances&cmp=RU,US');
  await expect(stances.compareTable().locator('thead th')).toHaveText(['Temi', 'Russia', 'Stati Uniti']);
  const sanctions = stances.compareTable().locator('tbody tr').nth(SANCTIONS);
  await expect(sanctions.locator('td').nth(0)).toContainText('contrario');
  await expect(sanctions.locator('td').nth(1)).toContainText('favorevole');
  await expect(sanctions.locator('td').nth(1)).toContainText('tentativi statunitensi');

  await stances.compareOption('Corea del Nord').check();
  await stances.compareOption('Corea del Sud').check();
  await expect(stances.compareOption('Nazioni Unite')).toBeDisabled();
  await page.reload();
  await app.ready();
  await expect(stances.compareTable().locator('thead th')).toHaveCount(5);
  await page.goBack();
  expect(app.query()).toBe('view=stances&cmp=KP,RU,US');
});

test('the topic filter keeps only the chosen columns, in the address', async ({ app, page }) => {
  await app.open('view=stances');
  const stances = new StancesView(page);
  await page.locator('.stances-view__topics').getByRole('button', { name: 'Le sanzioni e il regime dell’ONU' }).click();
  expect(app.query()).toBe('view=stances&t=sanctions');
  await expect(stances.matrix().locator('thead th')).toHaveText(['Paese o ente', 'Le sanzioni e il regime dell’ONU']);
  await expect(stances.cell('Russia', 0)).toContainText('contrario');
});

test('a stale cell or an unknown country opens the matrix and says what was ignored', async ({ app, page }) => {
  await app.open('view=stances&cell=XX.nope&cmp=RU,ZZ');
  await expect(app.notice()).toContainText('cell');
  await expect(app.notice()).toContainText('cmp');
  expect(app.query()).toBe('view=stances&cmp=RU');
  await expect(new StancesView(page).matrix()).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  test('the matrix scrolls sideways with the countries in view, the page does not', async ({ app, page }) => {
    await app.open('view=stances&cell=RU.sanctions&cmp=RU,US');
    const stances = new StancesView(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const scroller = page.locator('.matrix-scroll').first();
    await scroller.evaluate((el) => (el.scrollLeft = 400));
    const actor = stances.row('Russia').locator('th');
    const box = await actor.boundingBox();
    expect(box!.x, 'the country column stays in view').toBeGreaterThanOrEqual(0);
    expect(box!.x).toBeLessThan(40);
    await expect(stances.detail()).toContainText('Russia · Le sanzioni');
  });
});

test('at 1280 px the matrix says more columns follow until its last one is in view', async ({ app, page }) => {
  await app.open('view=stances');
  const scroller = page.locator('.matrix-scroll').first();
  const cue = () => scroller.evaluate((el) => Number(getComputedStyle(el, '::after').opacity));
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth), 'seven topics overflow 1280 px').toBe(true);
  await expect.poll(cue, { message: 'the cue shows at the start' }).toBe(1);
  const actor = await page.locator('.matrix tbody th').first().boundingBox();
  await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await expect.poll(cue, { message: 'the cue is gone at the last column' }).toBe(0);
  expect((await page.locator('.matrix tbody th').first().boundingBox())!.x, 'the first column stays').toBe(actor!.x);
});
