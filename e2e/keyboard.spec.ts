import { test, expect } from './fixtures';

/**
 * A keyboard-only walkthrough: from the top of each view, Tab reaches every control exactly once,
 * in document order (which is reading order: no positive tabindex, no reordering by CSS), each
 * with a visible focus ring, and then leaves the page.
 */
const views: [string, string][] = [
  ['quotes', 'sp=vladimir-putin'],
  ['timeline', 'view=timeline'],
  ['stances', 'view=stances'],
  ['reader', 'view=sources&doc=004_5e1b73382cb6678f'],
];

for (const [name, query] of views) {
  test(`the keyboard reaches every control of ${name} once, in reading order`, async ({ app, page }) => {
    await app.open(query);
    await page.locator('main h1').waitFor();
    // Every control a keyboard user should reach: tabbable, visible, not inert; of a radio
    // group only the checked radio (or the first), as browsers do.
    const expected: string[] = await page.evaluate(() => {
      const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
      const radiosSeen = new Set<string>();
      const reachable = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => {
        if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled) return false;
        if (element.closest('[inert], [hidden]') || element.getClientRects().length === 0) return false;
        if (getComputedStyle(element).visibility === 'hidden') return false;
        if (element instanceof HTMLInputElement && element.type === 'radio') {
          const group = element.name;
          const checked = document.querySelector<HTMLInputElement>(`input[type=radio][name="${group}"]:checked`);
          if (checked ? checked !== element : radiosSeen.has(group)) return false;
          radiosSeen.add(group);
        }
        return true;
      });
      return reachable.map((element, index) => {
        element.dataset.walk = String(index);
        return `${index}`;
      });
    });
    expect(expected.length).toBeGreaterThan(5);

    const reached: string[] = [];
    const unstyled: string[] = [];
    for (let press = 0; press < expected.length + 5; press++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        return { walk: element.dataset.walk ?? `unexpected ${element.outerHTML.slice(0, 80)}`, ring };
      });
      if (!focused) break;
      reached.push(focused.walk);
      if (!focused.ring) unstyled.push(focused.walk);
    }
    expect(reached, 'every control once, in document order, then out of the page').toEqual(expected);
    expect(unstyled, 'every focused control shows a focus ring').toEqual([]);
  });
}

test('the skip link comes first and takes the keyboard to the view', async ({ app, page }) => {
  await app.open('view=stances');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Vai al contenuto' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(inMain, 'the next Tab lands inside the view').toBe(true);
});
