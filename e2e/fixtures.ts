import { test as base, expect } from '@playwright/test';
import { Rassegna } from './pages/rassegna';

/**
 * Every test gets the page object, and fails on any console error or warning, page error, failed
 * request or breach of the Content-Security-Policy.
 */
export const test = base.extend<{ app: Rassegna }>({
  app: async ({ page }, use) => {
    const problems: string[] = [];
    await page.exposeFunction('reportPolicyViolation', (violation: string) =>
      problems.push(`content policy violation: ${violation}`),
    );
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as any).reportPolicyViolation(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`),
      ),
    );
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      // A reload or navigation cancels what is still loading (the favicon): not a failure.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await use(new Rassegna(page));
    expect(problems, 'the page ran cleanly').toEqual([]);
  },
});

export { expect };

export const CNN = '004_5e1b73382cb6678f';
export const OTHER = '000_def9c4dbf8ca3602';
