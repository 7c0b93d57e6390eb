import { test as base, expect } from '@playwright/test';
import { test } from './fixtures';
import { debugPort } from '../playwright.config';

const debugApp = `http://127.0.0.1:${debugPort}/news/rassegna/`;

// Without the fixture's guard: the drill makes a panic, which the console reports on purpose.
base('a panic shows a readable panel whose reload brings back the same view', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${debugApp}?view=timeline&lang=en&debug-panic`);
  const panel = page.getByRole('alert');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Something broke' })).toBeVisible();
  await expect(panel).toContainText('Reloading the page reopens the same view.');
  const reload = panel.getByRole('link', { name: 'Reload the page' });
  await expect(reload, 'the reload action has the keyboard focus').toBeFocused();
  await expect(reload, 'the drill key is ignored by the state, so the reload does not panic again').toHaveAttribute(
    'href',
    `${debugApp}?view=timeline&lang=en`,
  );
  await expect(page.locator('.app'), 'the dead app is out of reach').toHaveAttribute('inert', '');
  expect(errors.join('\n'), 'the console still says what panicked and where').toContain('failure drill');

  await reload.click();
  await expect(page.locator('.timeline__item').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

base('the panel speaks the language the page was in', async ({ page }) => {
  await page.goto(`${debugApp}?view=stances&lang=it&debug-panic`);
  await expect(page.getByRole('alert').getByRole('heading', { name: 'Qualcosa si è rotto' })).toBeVisible();
  await expect(page.getByRole('alert').getByRole('link', { name: 'Ricarica la pagina' })).toBeVisible();
});

test('release builds have no failure drill', async ({ app, page }) => {
  await app.open('view=timeline&debug-panic');
  await expect(page.locator('.timeline__item').first()).toBeVisible();
  await expect(page.locator('.notice'), 'the key is an unknown parameter like any other').toContainText('debug-panic');
  await page.waitForTimeout(600);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(app.query()).toBe('view=timeline');
});
