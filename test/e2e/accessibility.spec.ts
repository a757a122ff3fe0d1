import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { onEveryPage } from './every-page';

// Every page, with a case on it, checked by axe (WCAG 2.1 A and AA rules) in Simplified
// Chinese and English: no serious or critical violation. A screen-reader user or a
// counsellor who enlarges text meets labelled fields, named buttons and readable contrast.

test.use({ viewport: { width: 1280, height: 720 } });

test('every page passes axe with no serious or critical violation, in Chinese and English', async ({ page, harness }) => {
  test.setTimeout(300_000);
  await onEveryPage(page, harness.url, async (where) => {
    // Colours are judged at rest: a button caught mid-transition (its colour fading in) once
    // read as low contrast. Transitions and animations are stopped for the check.
    await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect.soft(serious, where).toEqual([]);
  });
});
