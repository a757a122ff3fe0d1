import type { Locator } from '@playwright/test';
import { expect, spaced, test } from './fixtures';
import { daysAgo, invoke } from './steps';

// A counsellor working from the keyboard opens a dialog, decides against it and presses
// Escape (or its Cancel): the focus must come back to the button she opened it with, so the
// next Tab goes on from there – not from the top of the page. Modals that are removed when
// they close (most of Parley's) used to drop it on the page itself.

/** Focuses the button from the keyboard and presses Enter on it, as a keyboard user opens a dialog. */
async function openWithKeyboard(button: Locator): Promise<void> {
  await button.focus();
  await expect(button).toBeFocused();
  await button.press('Enter');
}

async function expectFocusBackOn(button: Locator, dialog: Locator): Promise<void> {
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
}

test('closing a dialog gives the focus back to the button that opened it', async ({ page, harness }) => {
  test.setTimeout(120_000);
  await page.goto(harness.url);
  const client = await invoke(page, 'clients.create', { name: '郭静怡' });
  const lender = await invoke(page, 'lenders.create', { name: '好借App', type: 'online_platform' });
  await invoke(page, 'debts.create', { clientId: client.id, lenderId: lender.id, principalFen: 800_000, firstMissedDate: daysAgo(60) });

  // The new letter dialog, closed with Escape.
  await page.goto(`${harness.url}#/clients/${client.id}/letters`);
  const newLetter = page.getByRole('button', { name: '新建信函' });
  await openWithKeyboard(newLetter);
  const letterDialog = page.getByRole('dialog', { name: '新建信函' });
  await expect(letterDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expectFocusBackOn(newLetter, letterDialog);

  // Drafting for every lender, closed with its Cancel button.
  const draftAll = page.getByRole('button', { name: '为全部债权人起草' });
  await openWithKeyboard(draftAll);
  const allDialog = page.getByRole('dialog', { name: '为全部债权人起草信函' });
  await expect(allDialog).toBeVisible();
  await allDialog.getByRole('button', { name: spaced('取消') }).press('Enter');
  await expectFocusBackOn(draftAll, allDialog);

  // An offer typed by hand, on the negotiation tab.
  await page.goto(`${harness.url}#/clients/${client.id}/agreements`);
  const create = page.getByTestId('offers-create');
  await openWithKeyboard(create);
  const offerDialog = page.getByRole('dialog', { name: '手动创建报价' });
  await expect(offerDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expectFocusBackOn(create, offerDialog);
});
