import { readFileSync } from 'node:fs';
import { test, expect, CNN } from './fixtures';
import { QuotesView } from './pages/rassegna';

test('every quotation of both articles is a card with its speaker', async ({ app, page }) => {
  await app.open();
  const quotes = new QuotesView(page);
  await expect(quotes.cards()).toHaveCount(46);
  await expect(quotes.count()).toHaveText('46 citazioni');
  const kim = quotes.card('Non ho dubbi che diventerà una forza trainante');
  await expect(kim.locator('.quote-card__name')).toHaveText('Kim Jong Un');
  await expect(kim.locator('.quote-card__kind')).toHaveText('Citazione diretta');
  await expect(kim).toContainText('leader della Corea del Nord');
  const relayed = quotes.card('il suo costante e incrollabile sostegno');
  await expect(relayed.locator('.quote-card__name')).toHaveText('Vladimir Putin');
  await expect(relayed).toContainText('tramite RIA Novosti');
  const reported = quotes.card('ad inquietare Washington');
  await expect(reported.locator('.quote-card__kind')).toHaveText('Discorso indiretto');
  await expect(reported.locator('.quote-card__name')).toHaveText('John Kirby');
  await expect(quotes.card('Ciao Putin').locator('.quote-card__name')).toHaveText('Non attribuita');
});

test('speaker filters combine with OR and keep counts truthful', async ({ app, page }) => {
  await app.open();
  const quotes = new QuotesView(page);
  await quotes.option('Chi parla', 'Vladimir Putin').getByRole('checkbox').check();
  expect(app.query()).toBe('sp=vladimir-putin');
  await expect(quotes.cards()).toHaveCount(21);
  await expect(quotes.option('Chi parla', 'Kim Jong Un').locator('.facet__count')).toHaveText('12');
  await expect(quotes.option('Paese', 'Russia').locator('.facet__count')).toHaveText('21');
  await expect(quotes.option('Paese', 'Corea del Nord').locator('.facet__count')).toHaveText('0');

  await quotes.option('Chi parla', 'Kim Jong Un').getByRole('checkbox').check();
  expect(app.query()).toBe('sp=kim-jong-un,vladimir-putin');
  await expect(quotes.cards()).toHaveCount(33);

  await quotes.option('Fonte', 'CNN').getByRole('radio').check();
  expect(app.query()).toBe(`doc=${CNN}&sp=kim-jong-un,vladimir-putin`);
  await expect(quotes.cards()).toHaveCount(22);
  await expect(quotes.option('Chi parla', 'Vladimir Putin').locator('.facet__count')).toHaveText('14');

  await quotes.option('Tipo', 'Citazione diretta').getByRole('checkbox').check();
  await expect(quotes.cards()).toHaveCount(2);

  await page.goBack();
  await expect(quotes.cards()).toHaveCount(22);
  await page.goBack();
  await expect(quotes.cards()).toHaveCount(33);
  await page.goForward();
  await page.reload();
  await app.ready();
  await expect(quotes.cards()).toHaveCount(22);
  await expect(quotes.option('Fonte', 'CNN').getByRole('radio')).toBeChecked();
});

test('search ignores case and accents, highlights, and adds no history entry per key', async ({ app, page }) => {
  await app.open('view=sources');
  await app.tab('Citazioni').click();
  const quotes = new QuotesView(page);
  await quotes.search().pressSequentially('SOLIDARIETA');
  await expect(quotes.cards()).toHaveCount(1);
  await expect(quotes.cards().locator('.quote-card__text mark')).toHaveText('solidarietà');
  expect(app.query()).toBe('q=SOLIDARIETA');
  await expect(page.getByRole('status').filter({ hasText: '1 citazione' })).toHaveCount(1);

  await page.goBack();
  await app.expectView('Fonti');
});

test('an empty result says so and offers a way back', async ({ app, page }) => {
  await app.open('q=nessuna%20parola%20cos%C3%AC');
  const quotes = new QuotesView(page);
  await expect(quotes.cards()).toHaveCount(0);
  await expect(page.getByText('Nessuna citazione corrisponde a questi filtri.')).toBeVisible();
  await page.locator('.empty').getByRole('link', { name: 'Azzera i filtri' }).click();
  await expect(quotes.cards()).toHaveCount(46);
  expect(app.query()).toBe('');
});

test('a card shows its sentence, opens its source and has a permalink', async ({ app, page, context }) => {
  await app.open();
  const quotes = new QuotesView(page);
  const card = quotes.card('La situazione rimane complessa');
  await card.getByRole('button', { name: 'Nel contesto' }).click();
  await expect(card.locator('.quote-card__context')).toBeVisible();
  await expect(card.locator('.quote-card__context mark')).toContainText('“La situazione rimane complessa');
  await expect(card.locator('.quote-card__context')).toContainText('Kim ha aggiunto:');

  await card.getByRole('link', { name: 'Link alla citazione' }).click();
  const permalink = page.url();
  expect(app.query()).toMatch(/^quote=004_5e1b73382cb6678f-q\d+$/);
  await expect(card).toHaveClass(/quote-card--selected/);

  const other = await context.newPage();
  await other.goto(permalink);
  const shared = new QuotesView(other).card('La situazione rimane complessa');
  await expect(shared).toHaveClass(/quote-card--selected/);
  await expect(shared).toBeInViewport();
  await expect(shared).toBeFocused();
  await other.close();

  await card.getByRole('link', { name: 'Apri nella fonte' }).click();
  await app.expectView('Fonti');
  expect(app.query()).toMatch(new RegExp(`^view=sources&doc=${CNN}&s=\\d+$`));
  await expect(app.selectedSentences()).toContainText('La situazione rimane complessa');
});

test('copy link copies the filtered view', async ({ app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open('sp=john-kirby');
  await page.locator('.masthead').getByRole('button', { name: 'Copia link' }).click();
  await expect(page.locator('.masthead').getByRole('status')).toHaveText('Link copiato');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(new QuotesView(other).cards()).toHaveCount(1);
  await other.close();
});

test('the cards of the view export as CSV and JSON', async ({ app, page }) => {
  await app.open('sp=yuri-ushakov');
  const quotes = new QuotesView(page);
  await expect(quotes.cards()).toHaveCount(3);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Esporta CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe('rassegna-citazioni.csv');
  const lines = readFileSync(await csv.path(), 'utf8').trim().split('\r\n');
  expect(lines[0]).toBe('id,kind,text,speaker,speaker_id,country,cue,via,outlet,date,document,sentence,link');
  expect(lines).toHaveLength(4);
  expect(lines[1]).toContain('Yuri Ushakov,yuri-ushakov,RU');

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Esporta JSON' }).click()]);
  const rows = JSON.parse(readFileSync(await json.path(), 'utf8'));
  expect(rows).toHaveLength(3);
  expect(rows[0].speaker).toBe('Yuri Ushakov');
  expect(rows[0].link).toMatch(/\/news\/rassegna\/\?quote=004_5e1b73382cb6678f-q\d+$/);
  const opened = await page.goto(rows[0].link);
  expect(opened?.ok()).toBe(true);
  await app.ready();
  await expect(quotes.cards().locator('.quote-card--selected, .quote-card.quote-card--selected')).toHaveCount(0);
  await expect(page.locator('.quote-card--selected')).toContainText('Yuri Ushakov');
});

test('a stale filter link opens a valid view and says what it ignored', async ({ app, page }) => {
  await app.open('sp=vladimir-putin,someone-gone&kind=loud&lang=en');
  const quotes = new QuotesView(page);
  await expect(quotes.cards()).toHaveCount(21);
  await expect(app.notice()).toContainText('«sp» (not found)');
  await expect(app.notice()).toContainText('«kind» (invalid value)');
  expect(app.query()).toBe('sp=vladimir-putin&lang=en');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('filters fold behind a button that says how many are set', async ({ app, page }) => {
    await app.open('c=US');
    const quotes = new QuotesView(page);
    await expect(quotes.facet('Chi parla')).toBeHidden();
    const toggle = page.getByRole('button', { name: /^Filtri/ });
    await expect(toggle).toHaveText('Filtri · 1 attivo');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await quotes.option('Paese', 'Stati Uniti').getByRole('checkbox').uncheck();
    await expect(quotes.cards()).toHaveCount(46);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('leaving the view before the result count is announced is harmless', async ({ app, page }) => {
  await app.open();
  const quotes = new QuotesView(page);
  await quotes.search().fill('Putin');
  await app.tab('Fonti').click();
  // The count is announced 700 ms after the last change; by then the Quotes view is gone.
  await page.waitForTimeout(1000);
  await app.expectView('Fonti');
});
