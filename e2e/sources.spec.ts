import { test, expect, CNN, OTHER } from './fixtures';

test('both articles are listed with outlet and date', async ({ app }) => {
  await app.open('view=sources');
  await expect(app.docCards()).toHaveCount(2);
  const cnn = app.docCard('CNN');
  await expect(cnn).toContainText('19 giugno 2024');
  await expect(cnn).toContainText('46 frasi');
  const other = app.docCard('Testata sconosciuta');
  await expect(other, 'an unknown outlet is said, not invented').toContainText('19 giugno 2024');
  await expect(other.locator('time')).toHaveAttribute('datetime', '2024-06-19');
});

test('the reader shows an article in full', async ({ app, page }) => {
  await app.open('view=sources');
  await app.docCard('CNN').getByRole('link').click();
  expect(app.query()).toBe(`view=sources&doc=${CNN}`);
  const reader = app.reader();
  await expect(reader.getByRole('heading', { level: 2 })).toContainText('Putin a Pyongyang');
  await expect(reader.locator('.sentence')).toHaveCount(46);
  await expect(reader.locator('.reader__paragraph')).toHaveCount(32);
  await expect(reader).toContainText('Russia e Corea del Nord hanno rafforzato i legami a un “nuovo livello”');
  await expect(app.sentence(46)).toContainText('Questa storia è stata aggiornata.');
  await expect(reader.locator('.reader__body')).toHaveAttribute('lang', 'it');
  await expect(reader, 'the seed header line is metadata, not text').not.toContainText('date 2024-06');

  await app.docCard('Testata sconosciuta').getByRole('link').click();
  expect(app.query()).toBe(`view=sources&doc=${OTHER}`);
  await expect(reader.locator('.sentence')).toHaveCount(24);
  await expect(page.locator('.doc-card__link[aria-current="true"]')).toContainText('Russia e Corea del Nord firmano');
});

test('a sentence link opens the reader on that sentence, highlighted', async ({ app, page }) => {
  await app.open(`view=sources&doc=${CNN}&s=12`);
  const sentence = app.sentence(12);
  await expect(sentence).toHaveClass(/sentence--selected/);
  await expect(sentence).toContainText('Questa relazione è importante anche per la Russia.');
  await expect(app.selectedSentences()).toHaveCount(1);
  await expect(sentence).toBeInViewport();
  await expect(sentence).toBeFocused();
  await expect(page.getByRole('group', { name: 'Frase evidenziata:' })).toContainText('Frase 12');

  // Far down the article, the highlighted sentence is scrolled to.
  await app.open(`view=sources&doc=${CNN}&s=45`);
  await expect(app.sentence(45)).toBeInViewport();
  await expect(app.sentence(45)).toContainText('A marzo, Mosca ha posto il veto');
});

test('clicking a sentence selects it and its link reopens it', async ({ app, page }) => {
  await app.open(`view=sources&doc=${CNN}`);
  await expect(app.selectedSentences()).toHaveCount(0);
  await app.sentence(3).click();
  expect(app.query()).toBe(`view=sources&doc=${CNN}&s=3`);
  await expect(app.sentence(3)).toHaveClass(/sentence--selected/);

  const href = await app.sentence(3).getByRole('link', { name: 'Frase 3' }).getAttribute('href');
  expect(href).toBe(`/news/rassegna/?view=sources&doc=${CNN}&s=3`);

  await page.getByRole('group', { name: 'Frase evidenziata:' }).getByRole('link', { name: 'Chiudi' }).click();
  expect(app.query()).toBe(`view=sources&doc=${CNN}`);
  await expect(app.selectedSentences()).toHaveCount(0);

  await page.goBack();
  await expect(app.sentence(3)).toHaveClass(/sentence--selected/);
});

test('keyboard users reach sentence links and the skip link', async ({ app, page }) => {
  await app.open(`view=sources&doc=${OTHER}`);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Vai al contenuto' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
  // From the main content, tabbing goes through the article list, the back link, then sentences.
  const anchor = app.sentence(1).getByRole('link', { name: 'Frase 1' });
  for (let i = 0; i < 6 && !(await anchor.evaluate((a) => a === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(anchor).toBeFocused();
  await expect(anchor).toBeVisible();
  await page.keyboard.press('Enter');
  expect(app.query()).toBe(`view=sources&doc=${OTHER}&s=1`);
  await expect(app.sentence(1)).toHaveClass(/sentence--selected/);
});

test('copy link copies the address of the view and says so', async ({ app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open(`view=sources&doc=${CNN}&s=5`);
  await page.locator('.masthead').getByRole('button', { name: 'Copia link' }).click();
  await expect(page.locator('.masthead').getByRole('status')).toHaveText('Link copiato');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
});
