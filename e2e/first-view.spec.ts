import { test as base, type Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The cards the static first view holds (src/first_view.rs, FIRST_CARDS). */
const FIRST_CARDS = 40;

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/**
 * What the static frame and the mounted app both show, as text: the header, the Quotes view's
 * heading, search box, count and filters, and the first cards, whole.
 */
const frameTexts = (page: Page) =>
  page.evaluate((cards) => {
    const texts = (selector: string) =>
      [...document.querySelectorAll(selector)].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
    return {
      brand: texts('.brand'),
      story: texts('.story'),
      languages: texts('.lang-switch__option'),
      currentLanguage: texts('.lang-switch__option[aria-current="true"]'),
      copyLink: texts('.copy-link .button'),
      tabs: texts('.tabs__link'),
      currentTab: texts('.tabs__link[aria-current="page"]'),
      heading: texts('.view-title'),
      searchLabel: texts('.quotes__search-label'),
      placeholder: [...document.querySelectorAll<HTMLInputElement>('.search-input')].map((input) => input.placeholder),
      bar: texts('.quotes__count, .quotes__filters-toggle, .export .button'),
      facetTitles: texts('.facet__title'),
      options: texts('.facet__option'),
      cards: texts('.quote-card').slice(0, cards),
    };
  }, FIRST_CARDS);

/** Where the first card and the filter column start, from the top of the page. */
const tops = (page: Page) =>
  page.evaluate(() => {
    const top = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().top ?? NaN;
    return { card: top('.quote-card'), filters: top('.quotes__filters'), search: top('.search-input') };
  });

/** Opens the page with the wasm held back; `mount` lets it through and waits for the app. */
async function openHeld(page: Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.locator('.first-view .quote-card').first()).toBeVisible();
  return async () => {
    release();
    await page.locator('.app').waitFor();
    await expect(page.locator('.first-view'), 'the app removes the static view when it mounts').toHaveCount(0);
    // A frame for the app's first effects to lay out.
    await page.evaluate(() => new Promise(requestAnimationFrame));
  };
}

base('without JavaScript, the page shows the app’s frame and first cards, says what needs JavaScript, and matches the app', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'it-IT' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('.first-view .quote-card').first()).toBeVisible();
  await expect(page.locator('.first-view .masthead')).toBeVisible();
  await expect(page.locator('.first-view .notice')).toContainText('JavaScript');
  await expect(page.locator('.first-view .notice')).toBeVisible();
  const focusable = await page.locator('.first-view .search-input').evaluate((input) => (input.focus(), document.activeElement === input));
  expect(focusable, 'nothing in the frame works without the app (it is inert)').toBe(false);
  const stat = await frameTexts(page);
  expect(stat.cards).toHaveLength(FIRST_CARDS);
  expect(stat.facetTitles).toHaveLength(4);
  await context.close();

  const live = await browser.newPage({ locale: 'it-IT' });
  await live.goto('./');
  await live.locator('.app').waitFor();
  expect(await frameTexts(live)).toEqual(stat);
  await live.close();
});

for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
  test(`mounting the app moves nothing and changes no word of the first view (${name})`, async ({ app }) => {
    const page = app.page;
    await page.setViewportSize(viewport);
    const mount = await openHeld(page);
    const before = { texts: await frameTexts(page), tops: await tops(page) };
    expect(before.texts.cards).toHaveLength(FIRST_CARDS);
    await mount();
    const after = { texts: await frameTexts(page), tops: await tops(page) };
    expect(after.texts).toEqual(before.texts);
    for (const part of ['card', 'filters', 'search'] as const) {
      expect(Math.abs(after.tops[part] - before.tops[part]), `${part}: ${before.tops[part]} → ${after.tops[part]} px`).toBeLessThanOrEqual(2);
    }
  });
}

test.describe('in an English browser', () => {
  test.use({ locale: 'en-GB' });
  for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    test(`the app’s English takes the Italian frame’s place, the first card unmoved (${name})`, async ({ app }) => {
      const page = app.page;
      await page.setViewportSize(viewport);
      const mount = await openHeld(page);
      const before = await tops(page);
      await mount();
      await expect(page.locator('.view-title')).toHaveText('Who said what');
      const after = await tops(page);
      expect(Math.abs(after.card - before.card), `first card: ${before.card} → ${after.card} px`).toBeLessThanOrEqual(2);
    });
  }
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
