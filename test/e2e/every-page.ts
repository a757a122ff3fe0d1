import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { daysAgo, invoke } from './steps';

// A case with something on every page (the demo cases, an accepted offer, a collector's call,
// hardship letters to every lender), and the route of every page a counsellor opens: the
// set-up the whole-app passes share (the 1280×720 fit, accessibility).

export async function caseOnEveryPage(page: Page): Promise<string[]> {
  await invoke(page, 'demo.load', undefined as never);
  const clients = await invoke(page, 'clients.list', { sort: 'caseRef', order: 'asc' });
  const clientId = clients.items[0]!.id;
  const debts = await invoke(page, 'debts.list', { clientId });
  const offer = await invoke(page, 'offers.create', { debtId: debts.items[0]!.id, params: { remedy: 'instalments', months: 24, withInterest: false } });
  await invoke(page, 'contacts.create', { clientId, debtId: debts.items[0]!.id, occurredAt: new Date().toISOString(), channel: 'phone', direction: 'in', summary: '催收员来电，要求本周内还清全部欠款', person: '李经理' });
  // The counsellor's today (Shanghai, the harness's zone), not UTC's: from 16:00 UTC they differ,
  // and an offer drafted 'today' could not be sent on the day before.
  const today = daysAgo(0);
  const sent = await invoke(page, 'offers.transition', { id: offer.id, rev: offer.rev, to: 'sent', onDate: today });
  await invoke(page, 'offers.transition', { id: sent.offer.id, rev: sent.offer.rev, to: 'accepted', onDate: today });
  const letters = await invoke(page, 'letters.draftAll', { clientId, type: 'hardship', locale: 'zh-CN' });
  const lenderId = debts.items[0]!.lenderId;
  return [
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
    '/calendar',
    '/letters',
    `/letters/${letters.created[0]!.id}`,
    '/templates',
    '/settings',
  ];
}

/**
 * Sets the case up, then opens every page in Simplified Chinese and in English and runs
 * `check` on it once it has its data; `where` names the page ("en /clients").
 */
export async function onEveryPage(page: Page, url: string, check: (where: string) => Promise<void>): Promise<void> {
  await page.goto(url);
  const routes = await caseOnEveryPage(page);
  for (const language of ['zh-CN', 'en'] as const) {
    await invoke(page, 'settings.update', { language });
    await page.reload();
    for (const route of routes) {
      await openPage(page, url, route);
      await check(`${language} ${route}`);
    }
  }
}

/** Opens a route and waits until the page has its data (nothing loading, the network quiet). */
export async function openPage(page: Page, url: string, route: string): Promise<void> {
  await page.goto(`${url}#${route}`);
  await expect(page.getByRole('main')).toBeVisible();
  // A page still loading shows a spinner (aria-busy); on a loaded machine it can take a while.
  await expect(page.getByRole('main').locator('[aria-busy=true]')).toHaveCount(0, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
}
