import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { misfits } from './fit';

// A counsellor on a 1280×720 laptop, the smallest screen Parley is made for: with the demo
// cases, an offer, a contact and letters in place, every page in Simplified Chinese and
// English (the longest words) shows every figure, field and button without sideways
// scrolling and with nothing under a fixed column.

test.use({ viewport: { width: 1280, height: 720 } });

async function invoke<T>(page: Page, channel: string, input?: unknown): Promise<T> {
  return page.evaluate(
    async ([c, i]) => {
      const res = await window.parley.invoke(c as never, i as never);
      if (!res.ok) throw new Error(`${c}: ${JSON.stringify(res.error)}`);
      return res.data as unknown;
    },
    [channel, input] as const,
  ) as Promise<T>;
}

test('every page fits a 1280×720 laptop in Chinese and English', async ({ page, harness }) => {
  test.setTimeout(300_000);
  await page.goto(harness.url);
  await invoke(page, 'demo.load');
  const clients = await invoke<{ items: { id: number }[] }>(page, 'clients.list', { sort: 'caseRef', order: 'asc' });
  const clientId = clients.items[0]!.id;
  const debts = await invoke<{ items: { id: number; lenderId: number }[] }>(page, 'debts.list', { clientId });
  const offer = await invoke<{ id: number; rev: number }>(page, 'offers.create', { debtId: debts.items[0]!.id, params: { remedy: 'instalments', months: 24, withInterest: false } });
  await invoke(page, 'contacts.create', { clientId, debtId: debts.items[0]!.id, occurredAt: new Date().toISOString(), channel: 'phone', direction: 'in', summary: '催收员来电，要求本周内还清全部欠款', person: '李经理' });
  const today = new Date().toISOString().slice(0, 10);
  const sent = await invoke<{ offer: { id: number; rev: number } }>(page, 'offers.transition', { id: offer.id, rev: offer.rev, to: 'sent', onDate: today });
  await invoke(page, 'offers.transition', { id: sent.offer.id, rev: sent.offer.rev, to: 'accepted', onDate: today });
  const letters = await invoke<{ created: { id: number }[] }>(page, 'letters.draftAll', { clientId, type: 'hardship', locale: 'zh-CN' });
  const lenderId = debts.items[0]!.lenderId;

  const routes = [
    '/dashboard',
    '/clients',
    `/clients/${clientId}/overview`,
    `/clients/${clientId}/finances`,
    `/clients/${clientId}/debts`,
    `/clients/${clientId}/proposals`,
    `/clients/${clientId}/agreements`,
    `/clients/${clientId}/timeline`,
    `/clients/${clientId}/letters`,
    `/clients/${clientId}/evidence`,
    `/clients/${clientId}/edit`,
    '/clients/new',
    '/lenders',
    `/lenders/${lenderId}`,
    '/followups',
    '/letters',
    `/letters/${letters.created[0]!.id}`,
    '/templates',
    '/settings',
  ];
  for (const language of ['zh-CN', 'en'] as const) {
    await invoke(page, 'settings.update', { language });
    await page.reload();
    for (const route of routes) {
      await page.goto(`${harness.url}#${route}`);
      await expect(page.getByRole('main')).toBeVisible();
      // The page has its data when nothing is loading any more.
      await expect(page.getByRole('main').locator('[aria-busy=true]')).toHaveCount(0);
      await page.waitForLoadState('networkidle');
      expect.soft(await misfits(page), `${language} ${route}`).toEqual([]);
    }
  }
});
