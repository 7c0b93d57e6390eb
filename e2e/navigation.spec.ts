import { test, expect, CNN } from './fixtures';

test('switching views changes the address; back, forward and reload restore', async ({ app, page }) => {
  await app.open();
  await app.expectView('Citazioni');
  expect(app.query()).toBe('');

  await app.tab('Fonti').click();
  await app.expectView('Fonti');
  expect(app.query()).toBe('view=sources');
  await expect(page).toHaveTitle('Fonti · Rassegna');

  await app.tab('Cronologia').click();
  expect(app.query()).toBe('view=timeline');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Come è andata');

  await page.goBack();
  await app.expectView('Fonti');
  await expect(app.docCards()).toHaveCount(2);
  await page.goBack();
  await app.expectView('Citazioni');
  await page.goForward();
  await app.expectView('Fonti');

  await app.docCard('CNN').getByRole('link').click();
  await app.sentence(7).click();
  await page.reload();
  await app.ready();
  expect(app.query()).toBe(`view=sources&doc=${CNN}&s=7`);
  await expect(app.sentence(7)).toHaveClass(/sentence--selected/);
});

test('view links are real links that carry the state', async ({ app }) => {
  await app.open('lang=en');
  await expect(app.tab('Sources')).toHaveAttribute('href', '/news/rassegna/?view=sources&lang=en');
  await expect(app.tab('Quotes')).toHaveAttribute('href', '/news/rassegna/?lang=en');
});

test('a bad or stale link opens a valid view, says what it ignored and normalises the address', async ({ app, page }) => {
  await app.open('view=nowhere&doc=missing&s=-3&utm_source=x&lang=en');
  await app.expectView('Quotes');
  await expect(app.notice()).toContainText('Part of the link was ignored:');
  await expect(app.notice()).toContainText('«view» (invalid value)');
  await expect(app.notice()).toContainText('«utm_source» (unknown parameter)');
  expect(app.query()).toBe('lang=en');
  await app.notice().getByRole('button', { name: 'Close' }).click();
  await expect(app.notice()).toHaveCount(0);
  await page.goBack();
  expect(page.url(), 'normalising the address added no history entry').toBe('about:blank');

  await app.open(`view=sources&doc=${CNN}&s=999`);
  await expect(app.reader()).toBeVisible();
  await expect(app.selectedSentences()).toHaveCount(0);
  await expect(app.notice()).toContainText('«s» (non trovato)');
  expect(app.query()).toBe(`view=sources&doc=${CNN}`);
});

test('the page has a loading state and a noscript message before the app runs', async ({ page }) => {
  const html = await (await page.request.get('./')).text();
  expect(html).toContain('class="loading"');
  expect(html).toMatch(/<noscript>[\s\S]*JavaScript[\s\S]*<\/noscript>/);
  expect(html, 'assets are linked relatively').not.toMatch(/(href|src)="\/(?!\/)/);
});
