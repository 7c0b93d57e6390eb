import { test, expect, CNN, OTHER } from './fixtures';
import { QuotesView, TimelineView } from './pages/rassegna';

test('every dated happening is on the timeline, in order, with both sources where both tell it', async ({ app, page }) => {
  await app.open('view=timeline');
  const timeline = new TimelineView(page);
  await expect(timeline.events()).toHaveCount(22);
  await expect(timeline.count()).toHaveText('22 eventi');
  const dates = await timeline.events().locator('.event__date').allTextContents();
  expect(dates[0]).toBe('fine anni ’40');
  expect(dates.at(-1)).toBe('19 giugno 2024');
  expect(dates).toContain('17 giugno 2024');
  expect(dates).toContain('settembre 2023');

  const veto = timeline.event('A marzo, la Russia ha usato il proprio potere veto');
  await expect(veto.locator('.event__date')).toHaveText('marzo 2024');
  await expect(veto.locator('.event__sources')).toHaveText('Testata sconosciuta · CNN');
  await expect(veto.locator('.badge--shared')).toHaveText('2 fonti');
  const signing = timeline.event('sottoscritto nelle scorse ore');
  await expect(signing.locator('.badge--shared')).toHaveText('2 fonti');
  await expect(signing.locator('.event__summary .event__when')).toHaveText('nelle scorse ore');
  await expect(timeline.events().locator('.badge--shared')).toHaveCount(2);
  // The gap between 1961 and 2000 is said, and drawn larger than a gap of days.
  await expect(page.locator('.timeline__gap', { hasText: '39 anni dopo' })).toHaveCount(1);
});

test('filters by person, country and period live in the address and survive back, forward and reload', async ({ app, page }) => {
  await app.open('view=timeline');
  const timeline = new TimelineView(page);
  await timeline.chip(/John Kirby/).click();
  expect(app.query()).toBe('view=timeline&who=john-kirby');
  await expect(timeline.chip(/John Kirby/)).toHaveAttribute('aria-pressed', 'true');
  await expect(timeline.events()).toHaveCount(1);
  await expect(timeline.events().first()).toContainText('ha dichiarato lunedì');

  // A country involves its people: Russia's events include what Putin did.
  await timeline.chip(/John Kirby/).click();
  await timeline.chip(/^Russia \d+$/).click();
  expect(app.query()).toBe('view=timeline&who=RU');
  await expect(timeline.event('Putin è arrivato in Corea del Nord')).toHaveCount(1);

  await timeline.periodFrom().selectOption('2024');
  expect(app.query()).toBe('view=timeline&from=2024&who=RU');
  const inPeriod = await timeline.events().count();
  expect(inPeriod).toBeGreaterThan(3);
  await expect(timeline.chip(/^Russia \d+$/)).toContainText(String(inPeriod));
  for (const date of await timeline.events().locator('.event__date').allTextContents()) {
    expect(date).toMatch(/2024$/);
  }

  await page.goBack();
  expect(app.query()).toBe('view=timeline&who=RU');
  await page.goForward();
  await page.reload();
  await app.ready();
  await expect(timeline.periodFrom()).toHaveValue('2024');
  await expect(timeline.events()).toHaveCount(inPeriod);

  await page.getByRole('link', { name: 'Azzera i filtri' }).click();
  expect(app.query()).toBe('view=timeline');
  await expect(timeline.events()).toHaveCount(22);
});

test('a link opens the timeline on an event, which leads to its sources and its quotes', async ({ app, page }) => {
  await app.open(`view=timeline&ev=${OTHER}-e2`);
  const timeline = new TimelineView(page);
  const kirby = timeline.event('John Kirby, portavoce');
  await expect(timeline.toggle(kirby)).toHaveAttribute('aria-expanded', 'true');
  await expect(timeline.toggle(kirby)).toBeFocused();
  await expect(timeline.details(kirby)).toBeVisible();
  await expect(timeline.details(kirby).locator('.said-then')).toContainText('ad inquietare Washington');

  await timeline.details(kirby).getByRole('link', { name: 'Apri nella fonte' }).click();
  expect(app.query()).toMatch(new RegExp(`^view=sources&doc=${OTHER}&s=\\d+$`));
  await expect(app.selectedSentences()).toContainText('John Kirby');
  await page.goBack();
  await expect(timeline.details(kirby)).toBeVisible();

  await timeline.details(kirby).getByRole('link', { name: 'Tutte le citazioni di quel periodo' }).click();
  expect(app.query()).toBe('when=2024-06-17');
  const quotes = new QuotesView(page);
  await expect(quotes.cards()).toHaveCount(1);
  await expect(quotes.cards().first().locator('.quote-card__name')).toHaveText('John Kirby');
  await page.getByRole('link', { name: /Dette: 17 giugno 2024/ }).click();
  expect(app.query()).toBe('');
  await expect(quotes.cards()).toHaveCount(46);

  // And back from a card to its moment on the timeline.
  await quotes.card('ad inquietare Washington').getByRole('link', { name: 'Nella cronologia' }).click();
  expect(app.query()).toBe(`view=timeline&ev=${OTHER}-e2`);
  await expect(timeline.details(kirby)).toBeVisible();
});

test('choosing an event toggles it and puts it in the address', async ({ app, page }) => {
  await app.open('view=timeline');
  const timeline = new TimelineView(page);
  const veto = timeline.event('A marzo, la Russia ha usato');
  await expect(timeline.details(veto)).toBeHidden();
  await timeline.toggle(veto).click();
  expect(app.query()).toBe(`view=timeline&ev=${OTHER}-e4`);
  await expect(timeline.details(veto)).toBeVisible();
  await expect(timeline.details(veto).locator('.telling')).toHaveCount(2);
  await expect(timeline.details(veto).locator('.telling').nth(1)).toContainText('Mosca ha posto il veto');
  await timeline.toggle(veto).click();
  expect(app.query()).toBe('view=timeline');
  await expect(timeline.details(veto)).toBeHidden();
});

test('arrow keys move between events with one tab stop; Enter opens one', async ({ app, page }) => {
  await app.open('view=timeline');
  const timeline = new TimelineView(page);
  await expect(timeline.list().locator('.event__toggle[tabindex="0"]')).toHaveCount(1);
  const toggles = timeline.list().locator('.event__toggle');
  await toggles.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(toggles.nth(1)).toBeFocused();
  await expect(toggles.nth(1)).toHaveAttribute('tabindex', '0');
  await expect(toggles.first()).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('End');
  await expect(toggles.last()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(toggles.nth(20)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(toggles.first()).toBeFocused();
  await page.keyboard.press('Enter');
  expect(app.query()).toBe(`view=timeline&ev=${CNN}-e19`);
  await expect(toggles.first()).toHaveAttribute('aria-expanded', 'true');
  // The button says the date and what happened, and nothing else.
  await expect(toggles.first()).toHaveAccessibleName(/^fine anni ’40 Il nonno di Kim, Kim Il Sung/);
  // Tab leaves the list from its one stop.
  await page.keyboard.press('Shift+Tab');
  await expect(toggles.first()).not.toBeFocused();
});

test('a stale event or a bad period opens the whole timeline and says what was ignored', async ({ app, page }) => {
  await app.open('view=timeline&ev=nope&from=abc&who=RU');
  const timeline = new TimelineView(page);
  await expect(app.notice()).toContainText('ev');
  await expect(app.notice()).toContainText('from');
  expect(app.query()).toBe('view=timeline&who=RU');
  await expect(timeline.events().first()).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  test('the timeline reads top to bottom and an opened event fits the screen', async ({ app, page }) => {
    await app.open(`view=timeline&ev=${OTHER}-e4`);
    const timeline = new TimelineView(page);
    const veto = timeline.event('A marzo, la Russia ha usato');
    await expect(timeline.details(veto)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await timeline.details(veto).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    const date = await veto.locator('.event__date').boundingBox();
    const summary = await veto.locator('.event__summary').boundingBox();
    expect(date!.y + date!.height, 'the date stands above the text').toBeLessThanOrEqual(summary!.y + 1);
  });

  test('the filters fold away behind a button so the events come first', async ({ app, page }) => {
    await app.open('view=timeline');
    const timeline = new TimelineView(page);
    const toggle = page.getByRole('button', { name: /^Filtri/ });
    await expect(timeline.chip(/John Kirby/)).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await timeline.chip(/John Kirby/).click();
    expect(app.query()).toBe('view=timeline&who=john-kirby');
    await expect(timeline.events()).toHaveCount(1);
    await expect(toggle).toHaveText('Filtri · 1 attivo');
  });
});
