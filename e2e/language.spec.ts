import { test, expect } from './fixtures';

test('the language switch changes the interface and is kept in the address', async ({ app, page }) => {
  await app.open('view=sources');
  await expect(app.tab('Fonti')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');

  await app.languageSwitch().getByRole('link', { name: 'English' }).click();
  expect(app.query()).toBe('view=sources&lang=en');
  await expect(app.tab('Sources')).toBeVisible();
  await expect(app.currentTab()).toHaveText('Sources');
  await expect(app.docCard('CNN')).toContainText('19 June 2024');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Sources · Rassegna');
  await expect(app.languageSwitch().locator('[aria-current="true"]')).toHaveText('EN');

  await page.reload();
  await app.ready();
  await expect(app.currentTab()).toHaveText('Sources');

  await app.tab('Timeline').click();
  expect(app.query(), 'the language survives a change of view').toBe('view=timeline&lang=en');
});

test.describe('with an English browser', () => {
  test.use({ locale: 'en-US' });
  test('the interface defaults to English', async ({ app, page }) => {
    await app.open();
    await app.expectView('Quotes');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(app.query()).toBe('');
  });
});
