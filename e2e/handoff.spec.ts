import { test, expect } from './fixtures';

// The page's first module shows the bundled story only; the full app (the reader's own reviews,
// dist/full/) loads on a reader's first use, and takes over the same address.

test('the example never loads the full app; the Reviews button brings it, menu open, focus kept', async ({ app, page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await app.open('view=stances&lang=en');
  await page.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(requests.filter((path) => path.includes('/full/')), 'the example loads nothing of the full app').toEqual([]);

  const toggle = page.getByRole('button', { name: 'Reviews' });
  await toggle.click();
  await expect(page.getByRole('region', { name: 'Press reviews' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reviews' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: 'Reviews' })).toBeFocused();
  expect(requests.filter((path) => path.includes('/full/')).sort()).toEqual([
    '/news/rassegna/full/rassegna-full.js',
    '/news/rassegna/full/rassegna-full_bg.wasm',
  ]);
  // The same view, in the same history: back goes to the stances as before.
  expect(page.url()).toMatch(/view=timeline/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where each country stands');
});
