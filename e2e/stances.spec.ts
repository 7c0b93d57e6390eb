import { test, expect } from './fixtures';
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
    ['Stati Uniti', PARTNERSHIP, 'preoccupato'],
    ['Corea del Sud', PARTNERSHIP, 'preoccupato'],
  ];
  for (const [actor, column, word] of expected) {
    const cell = stances.cell(actor, column);
    await expect(cell.locator('.stance__word'), `${actor} × ${column}`).toHaveText(word);
    await expect(cell.locator('.stance__icon')).not.toBeEmpty();
  }
  // Silence is not neutrality: no statement of South Korea's on the war, none of Washington's on
  // sanctions that the rules can tell from a mere mention.
  await expect(stances.cell('Corea del Sud', WAR)).toHaveText(/nessuna dichiarazione/);
  await expect(stances.cell('Stati Uniti', SANCTIONS)).toHaveText(/nessuna dichiarazione/);
  await expect(stances.cell('Russia', PARTNERSHIP).getByRole('button')).toHaveAccessibleName(
    /^Russia — Il nuovo partenariato e la difesa reciproca: favorevole, \d+ dichiarazioni$/,
  );
});

test('each topic is a proposition, said beside the matrix and in the chosen cell', async ({ app, page }) => {
  await app.open('view=stances&cell=RU.sanctions');
  const stances = new StancesView(page);
  await page.locator('.claims > summary').click();
  await expect(page.locator('.claims dl')).toContainText('Le sanzioni contro Russia e Corea del Nord vanno mantenute e fatte rispettare');
  await expect(stances.detail().locator('.stance-detail__claim')).toHaveText(
    'La tesi: Le sanzioni contro Russia e Corea del Nord vanno mantenute e fatte rispettare',
  );
  await app.open('view=stances&cell=RU.sanctions&lang=en');
  await expect(stances.detail().locator('.stance-detail__claim')).toHaveText(
    'The proposition: Sanctions on Russia and North Korea must be kept and enforced',
  );
});

test('choosing a cell shows the sentences behind it, whose they are, and leads to the source and the quote', async ({ app, page }) => {
  await app.open('view=stances');
  const stances = new StancesView(page);
  await stances.cell('Russia', PARTNERSHIP).getByRole('button').click();
  expect(app.query()).toBe('view=stances&cell=RU.partnership');
  await expect(stances.detail()).toContainText('Russia · Il nuovo partenariato');
  await expect(stances.cell('Russia', PARTNERSHIP).getByRole('button')).toHaveAttribute('aria-pressed', 'true');

  const putin = stances.detail().locator('.evidence', { hasText: 'hanno rafforzato i legami' });
  await expect(putin.locator('.evidence__by')).toHaveText('detto da Vladimir Putin');
  await putin.getByRole('link', { name: 'Apri nella fonte' }).click();
  expect(app.query()).toMatch(/^view=sources&doc=[^&]+&s=\d+$/);
  await expect(app.selectedSentences()).toContainText('hanno rafforzato i legami');
  await page.goBack();
  await expect(stances.detail()).toContainText('hanno rafforzato i legami');
  await putin.getByRole('link', { name: 'Vedi la citazione' }).click();
  expect(app.query()).toMatch(/^quote=/);
  await expect(new QuotesView(page).cards().filter({ hasText: 'hanno rafforzato i legami' })).toHaveClass(/quote-card--selected/);
});

test('an act is shown as the actor’s act, a concern placed in it as reported', async ({ app, page }) => {
  await app.open('view=stances&cell=RU.sanctions');
  const stances = new StancesView(page);
  await expect(stances.detail().locator('.evidence', { hasText: 'ha posto il veto' }).locator('.evidence__by')).toHaveText('atto di Russia');
  await app.open('view=stances&cell=US.partnership');
  await expect(stances.detail().locator('.evidence__by').first()).toHaveText('posizione riferita di Stati Uniti');
});

test('compare mode puts two to four countries side by side and lives in the address', async ({ app, page }) => {
  await app.open('view=stances');
  const stances = new StancesView(page);
  await expect(stances.compareTable()).toHaveCount(0);
  await stances.compareOption('Russia').check();
  await stances.compareOption('Stati Uniti').check();
  expect(app.query()).toBe('view=stances&cmp=RU,US');
  await expect(stances.compareTable().locator('thead th')).toHaveText(['Temi', 'Russia', 'Stati Uniti']);
  const partnership = stances.compareTable().locator('tbody tr').nth(PARTNERSHIP);
  await expect(partnership.locator('td').nth(0)).toContainText('favorevole');
  await expect(partnership.locator('td').nth(1)).toContainText('preoccupato');
  await expect(partnership.locator('td').nth(1)).toContainText('preoccupazione sia a Seul che a Washington');

  await stances.compareOption('Corea del Nord').check();
  await stances.compareOption('Corea del Sud').check();
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

test('at 1024 px the matrix says more columns follow until its last one is in view', async ({ app, page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  await app.open('view=stances');
  const scroller = page.locator('.matrix-scroll').first();
  const cue = () => scroller.evaluate((el) => Number(getComputedStyle(el, '::after').opacity));
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth), 'seven topics overflow 1024 px').toBe(true);
  await expect.poll(cue, { message: 'the cue shows at the start' }).toBe(1);
  const actor = await page.locator('.matrix tbody th').first().boundingBox();
  await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await expect.poll(cue, { message: 'the cue is gone at the last column' }).toBe(0);
  expect((await page.locator('.matrix tbody th').first().boundingBox())!.x, 'the first column stays').toBe(actor!.x);
});
