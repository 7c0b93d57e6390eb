import { test, expect, CNN } from './fixtures';

// A screenshot of every view at desktop and phone sizes, in both themes, kept as test artifacts
// (e2e/artifacts/screenshots/), and a check that nothing overflows the phone's width.
const views = [
  ['quotes', ''],
  ['timeline', 'view=timeline'],
  ['stances', 'view=stances'],
  ['sources', 'view=sources'],
  ['reader', `view=sources&doc=${CNN}&s=12`],
] as const;
const sizes = [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const [size, viewport] of sizes) {
    test.describe(`${size}, ${scheme}`, () => {
      test.use({ viewport, colorScheme: scheme });
      for (const [name, query] of views) {
        test(`${name} view`, async ({ app, page }) => {
          await app.open(query);
          await expect(page.locator('.main')).not.toBeEmpty();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
          await page.screenshot({ path: `e2e/artifacts/screenshots/${name}-${size}-${scheme}.png` });
        });
      }
    });
  }
}

test('on a phone the reader leads back to the list', async ({ app, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await app.open(`view=sources&doc=${CNN}`);
  await expect(app.docCards().first()).toBeHidden();
  await page.getByRole('link', { name: 'Tutti gli articoli' }).click();
  expect(app.query()).toBe('view=sources');
  await expect(app.docCards()).toHaveCount(2);
});
