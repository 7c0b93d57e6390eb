import { test as base } from '@playwright/test';
import { test, expect } from './fixtures';

/** The text of each card: kind, quotation, speaker, in order. */
const cardTexts = (page: import('@playwright/test').Page, scope: string) =>
  page.locator(`${scope} .quote-card`).evaluateAll((cards) =>
    cards.map((card) => ['.quote-card__kind', '.quote-card__text', '.quote-card__name']
      .map((part) => card.querySelector(part)?.textContent?.trim()).join(' | ')));

base('without JavaScript, the page still shows the first quotation cards, the same as the app', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'it-IT' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('.first-view .quote-card').first()).toBeVisible();
  const stat = await cardTexts(page, '.first-view');
  expect(stat).toHaveLength(40);
  await context.close();

  const live = await browser.newPage({ locale: 'it-IT' });
  await live.goto('./?lang=it');
  await live.locator('.app').waitFor();
  await expect(live.locator('.first-view'), 'the app removes the static view when it mounts').toHaveCount(0);
  expect((await cardTexts(live, '.quotes__list')).slice(0, 40)).toEqual(stat);
  await live.close();
});

test('a link to another view never shows the first view of quotations', async ({ app, page }) => {
  await page.route('**/*.wasm', async (route) => {
    // Hold the wasm back, so the page stays as its HTML made it.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('./?view=timeline');
  await expect(page.locator('.first-view')).toBeHidden();
  await expect(page.locator('.loading')).toBeVisible();
  await page.goto('./');
  await expect(page.locator('.first-view .quote-card').first()).toBeVisible();
  await expect(page.locator('.loading')).toBeHidden();
  await app.ready();
  await expect(page.locator('.first-view')).toHaveCount(0);
});
