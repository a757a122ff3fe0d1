import { expect, test } from './fixtures';
import { onEveryPage } from './every-page';
import { misfits } from './fit';

// A counsellor on a 1280×720 laptop, the smallest screen Parley is made for: with the demo
// cases, an offer, a contact and letters in place, every page in Simplified Chinese and
// English (the longest words) shows every figure, field and button without sideways
// scrolling and with nothing under a fixed column.

test.use({ viewport: { width: 1280, height: 720 } });

test('every page fits a 1280×720 laptop in Chinese and English', async ({ page, harness }) => {
  test.setTimeout(300_000);
  await onEveryPage(page, harness.url, async (where) => {
    expect.soft(await misfits(page), where).toEqual([]);
  });
});
