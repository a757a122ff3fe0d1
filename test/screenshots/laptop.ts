import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startHarness } from '../harness/server';

// `npx tsx test/screenshots/laptop.ts` (after `npm run build`): the pages as a 1280×720
// laptop shows them, in zh-CN, zh-TW and en, with the demo cases, a collector's call with a
// follow-up in three days, and a hardship letter drafted in each language (each interface
// shows the letter written in it): resources/screenshots/<page>-1280.<locale>.png.

const OUT = path.resolve('resources/screenshots');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-laptop-shots-'));
const harness = await startHarness({ dataDir, quiet: true });
const call = async <T>(channel: string, input?: unknown): Promise<T> => {
  const res = await harness.core.dispatch(channel as never, input as never);
  if (!res.ok) throw new Error(`${channel}: ${res.error.message}`);
  return res.data as T;
};
await call('demo.load');
const clientId = (await call<{ items: { id: number }[] }>('clients.list', { sort: 'caseRef', order: 'asc', pageSize: 1 })).items[0]!.id;
const letterIds: Record<string, number> = {};
for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
  letterIds[locale] = (await call<{ created: { id: number }[] }>('letters.draftAll', { clientId, type: 'hardship', locale, includeExisting: true })).created[0]!.id;
}
// Something on the calendar this month: a follow-up three days after a collector's call.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const inThreeDays = new Date(Date.parse(`${today}T00:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10);
await call('contacts.create', {
  clientId,
  occurredAt: new Date().toISOString(),
  channel: 'phone',
  direction: 'in',
  person: '李经理',
  summary: '催收员来电，要求本周内还清全部欠款',
  followUpDate: inThreeDays,
  followUpNote: '回电说明还款方案',
});
const lenderId = (await call<{ items: { id: number }[] }>('lenders.list', {})).items[0]!.id;
const pages = (locale: string): [string, string][] => [
  ['dashboard', '/dashboard'],
  ['clients-list', '/clients'],
  ['client-debts', `/clients/${clientId}/debts`],
  ['client-proposals', `/clients/${clientId}/proposals`],
  ['letter', `/letters/${letterIds[locale]!}`],
  ['client-form', '/clients/new'],
  ['calendar', '/calendar'],
  ['lender', `/lenders/${lenderId}`],
];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
    await call('settings.update', { language: locale });
    await page.goto(harness.url);
    await page.reload();
    for (const [name, route] of pages(locale)) {
      await page.goto(`${harness.url}#${route}`);
      await page.locator('main').waitFor();
      // Loaded: no spinner left in the page (on a busy machine that can take a while), the
      // network quiet, and a moment for tables to finish fading in.
      await page.locator('main [aria-busy=true]').first().waitFor({ state: 'detached', timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1500);
      await page.screenshot({ path: path.join(OUT, `${name}-1280.${locale}.png`) });
      console.log(`wrote resources/screenshots/${name}-1280.${locale}.png`);
    }
  }
} finally {
  await browser.close();
  await harness.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
