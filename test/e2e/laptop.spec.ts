import { expect, test } from './fixtures';
import { onEveryPage } from './every-page';
import { misfits } from './fit';

// A counsellor on a laptop: 1280×720, the smallest screen Parley is made for, and 1366×768, the
// commonest Windows laptop. With the demo cases, an offer, a contact and letters in place, every
// page in Simplified Chinese and English (the longest words) shows every figure, field and
// button without sideways scrolling and with nothing under a fixed column.

for (const { width, height } of [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
]) {
  test.describe(`${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test(`every page fits a ${width}×${height} laptop in Chinese and English`, async ({ page, harness }) => {
      // Forty pages, each scanned a screen at a time: some five minutes on a machine shared by eight.
      test.setTimeout(600_000);
      await onEveryPage(page, harness.url, async (where) => {
        expect.soft(await misfits(page), where).toEqual([]);
      });
    });
  });
}
