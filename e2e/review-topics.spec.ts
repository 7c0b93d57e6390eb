import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

// A reader's review has its own stance topics: added, rewritten and removed in the review's bar,
// the matrix following at once, kept after a reload. The bundled story's topics are where a
// review starts.

const menu = (page: Page) => page.getByRole('button', { name: /^(Rassegne|Reviews)$/ });
const reviewsPanel = (page: Page) => page.getByRole('region', { name: /^(Rassegne stampa|Press reviews)$/ });
const bar = (page: Page) => page.locator('.review-bar');
const addPanel = (page: Page) => page.locator('#add-articles');
const topics = (page: Page) => page.locator('.review-topics');

// Invented: two governments on new duties, neither a topic of the bundled story.
const ARTICLE = `Dazi sull'acciaio, Parigi e Berlino divise
Il ministro degli Esteri francese ha condannato i nuovi dazi sull'acciaio, definendoli «un errore che pagheranno i consumatori».
Il governo tedesco ha invece detto di sostenere i dazi, a suo dire «necessari per difendere l'industria europea».`;

test('a review’s own topic becomes a column of the matrix at once, and stays after a reload', async ({ app, page }) => {
  await app.open('lang=en');
  await menu(page).click();
  await reviewsPanel(page).getByLabel('Title', { exact: true }).fill('Acciaio');
  await reviewsPanel(page).getByRole('button', { name: 'Create' }).click();
  await page.keyboard.press('Escape');
  await addPanel(page).getByLabel('Article text').fill(ARTICLE);
  await addPanel(page).getByRole('button', { name: 'Read the text' }).click();
  await addPanel(page).getByRole('button', { name: 'Add 1 article' }).click();
  await expect(bar(page)).toContainText('1 article');
  // A new review opens on its quotations; the stances of the bundled topics say nothing of duties.
  await page.getByRole('link', { name: 'Stances' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where each country stands');
  await expect(page.getByRole('button', { name: /^France — / })).toHaveCount(0);

  // The review starts from the bundled list.
  await topics(page).locator('summary').click();
  await expect(topics(page).locator('summary')).toHaveText('Stance topics (7)');
  await topics(page).getByRole('button', { name: 'Add a topic' }).click();
  await expect(topics(page).getByLabel('Name')).toBeFocused();
  // A topic needs words; refused, nothing stored.
  await topics(page).getByLabel('Name').fill('Steel duties');
  await topics(page).getByRole('button', { name: 'Save' }).click();
  await expect(topics(page).getByRole('alert')).toHaveText('Write at least one word that signals the topic.');
  await expect(topics(page).locator('summary')).toHaveText('Stance topics (7)');

  await topics(page).getByLabel('Proposition (optional)').fill('Le nuove tariffe sull’acciaio vanno mantenute');
  await topics(page).getByLabel('Words that signal the topic').fill('dazi, tariff');
  await topics(page).getByRole('button', { name: 'Save' }).click();
  await expect(topics(page).getByRole('status')).toHaveText('Topic “Steel duties” added: it is the last column of the comparison.');
  await expect(topics(page).locator('summary')).toHaveText('Stance topics (8)');
  await expect(page.getByRole('button', { name: 'Add a topic' })).toBeFocused();
  const matrix = page.locator('.matrix');
  await expect(matrix.locator('thead th').last()).toHaveText('Steel duties');
  await expect(matrix.getByRole('button', { name: /^France — Steel duties: opposes, 1 statement$/ })).toBeVisible();
  await expect(matrix.getByRole('button', { name: /^Germany — Steel duties: supports, 1 statement$/ })).toBeVisible();

  // A proposition that condemns what its words name turns the column: condemning the duties is
  // then supporting it.
  await topics(page).getByRole('button', { name: 'Edit the topic “Steel duties”' }).click();
  await expect(topics(page).getByLabel('Words that signal the topic')).toHaveValue('dazi, tariff');
  await topics(page).getByLabel('Name').fill('Duties on steel');
  await topics(page).getByLabel('Proposition (optional)').fill('Le nuove tariffe sull’acciaio vanno respinte');
  await topics(page).getByRole('button', { name: 'Save' }).click();
  await expect(topics(page).getByRole('status')).toHaveText('Topic “Duties on steel” saved.');
  await expect(page.getByRole('button', { name: 'Edit the topic “Duties on steel”' })).toBeFocused();
  await expect(matrix.locator('thead th').last()).toHaveText('Duties on steel');
  await expect(matrix.getByRole('button', { name: /^France — Duties on steel: supports, 1 statement$/ })).toBeVisible();

  // A bundled topic can go.
  await topics(page).getByRole('button', { name: 'Remove the topic “Sanctions and the UN regime”' }).click();
  await expect(topics(page).locator('summary')).toHaveText('Stance topics (7)');
  await expect(matrix.locator('thead')).not.toContainText('Sanctions and the UN regime');

  await page.reload();
  await app.ready();
  await expect(page.locator('.matrix thead th').last()).toHaveText('Duties on steel');
  await expect(page.locator('.matrix thead')).not.toContainText('Sanctions and the UN regime');
  await expect(page.locator('.matrix').getByRole('button', { name: /^France — Duties on steel: supports/ })).toBeVisible();

  // The editor with its form open meets WCAG 2.1 AA, as every view does (accessibility.spec.ts).
  await topics(page).locator('summary').click();
  await topics(page).getByRole('button', { name: 'Add a topic' }).click();
  await expect(topics(page).getByLabel('Name')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Add a topic' })).toBeFocused();
  await topics(page).getByRole('button', { name: 'Add a topic' }).click();
  await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run('.review-bar', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.map((v: { id: string }) => v.id);
  });
  expect(violations).toEqual([]);
});
