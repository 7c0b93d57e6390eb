import { readFileSync } from 'node:fs';
import { test, expect, CNN, OTHER } from './fixtures';

// axe-core, from npm, checks every view against WCAG 2.1 AA in both themes, both languages, at
// desktop and phone widths, with the richest state each view has (a chosen cell, an open event).
const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

const views = [
  ['quotes', `quote=${CNN}-q5`],
  ['timeline', `view=timeline&ev=${OTHER}-e4`],
  ['stances', 'view=stances&cell=US.partnership&cmp=KP,RU'],
  ['sources', 'view=sources'],
  ['reader', `view=sources&doc=${CNN}&s=12`],
] as const;

for (const lang of ['it', 'en'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [size, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
      test.describe(`${lang}, ${scheme}, ${size}`, () => {
        test.use({ viewport, colorScheme: scheme });
        for (const [name, query] of views) {
          test(`${name} has no WCAG 2.1 AA violation`, async ({ app, page }) => {
            await app.open(`${query}&lang=${lang}`);
            // Through the DevTools protocol: the page's content policy refuses inline scripts, as it should.
            await page.evaluate(axe);
            const violations = await page.evaluate(async () => {
              // @ts-expect-error axe is injected above
              const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
              return result.violations.map(
                (v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`,
              );
            });
            expect(violations).toEqual([]);
          });
        }
      });
    }
  }
}
