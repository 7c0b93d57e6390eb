import { test as base } from '@playwright/test';
import { test, expect } from './fixtures';

/** The directives of the page's Content-Security-Policy, by name. */
async function policy(page: import('@playwright/test').Page): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  return new Map(
    (content ?? '').split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name, values] as [string, string[]];
    }),
  );
}

test('the page carries a strict content policy and a referrer policy, and works under them', async ({ app, page }) => {
  // Every view, with its richest state: the fixture fails the test on any policy violation.
  await app.open('q=sanzioni');
  await expect(page.locator('.quote-card').first()).toBeVisible();
  await app.open('view=timeline');
  await expect(page.locator('.timeline__item').first()).toBeVisible();
  await app.open('view=stances');
  await page.locator('.matrix button, .matrix a').first().click();
  await app.open('view=sources&doc=004_5e1b73382cb6678f&s=3');
  await expect(page.locator('.sentence--selected')).toBeVisible();

  const directives = await policy(page);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  const scripts = directives.get('script-src') ?? [];
  expect(scripts).toContain("'self'");
  expect(scripts).toContain("'wasm-unsafe-eval'");
  expect(scripts, 'inline scripts are allowed by hash only').not.toContain("'unsafe-inline'");
  expect(scripts, 'no eval of strings').not.toContain("'unsafe-eval'");
  // Trunk's loader and the first view's switch for links to other views (scripts/first-view.mjs).
  expect(scripts.filter((source) => source.startsWith("'sha256-"))).toHaveLength(2);
  expect(directives.get('style-src'), 'no inline styles either').toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  expect(directives.get('form-action')).toEqual(["'none'"]);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');

  // The gaps of the timeline are custom properties set through the CSSOM, which the policy allows.
  await app.open('view=timeline');
  const gaps = await page.locator('.timeline__item').evaluateAll((items) =>
    items.map((item) => getComputedStyle(item).getPropertyValue('--gap')),
  );
  expect(gaps.filter((gap) => /^\d+px$/.test(gap.trim())).length).toBe(gaps.length);
});

// Without the fixture's guard, since this test makes violations on purpose.
base('the policy bites: an injected inline script or style is refused and reported', async ({ page }) => {
  await page.goto('./');
  await page.locator('.app').waitFor();
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    const styled = document.createElement('p');
    styled.setAttribute('style', 'color: red');
    document.body.append(styled);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { ran: (window as any).injected === true, color: getComputedStyle(styled).color, violations };
  });
  expect(outcome.ran, 'the injected script did not run').toBe(false);
  expect(outcome.color).not.toBe('rgb(255, 0, 0)');
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'style-src-attr']));
});
