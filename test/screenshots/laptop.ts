import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startHarness } from '../harness/server';

// `npx tsx test/screenshots/laptop.ts` (after `npm run build`): the pages as a 1280×720
// laptop shows them, in zh-CN, zh-TW and en, with the demo cases, an accepted offer and
// drafted letters: resources/screenshots/<page>-1280.<locale>.png.

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
const letterId = (await call<{ created: { id: number }[] }>('letters.draftAll', { clientId, type: 'hardship', locale: 'zh-CN' })).created[0]!.id;
const lenderId = (await call<{ items: { id: number }[] }>('lenders.list', {})).items[0]!.id;
const pages: [string, string][] = [
  ['dashboard', '/dashboard'],
  ['clients-list', '/clients'],
  ['client-debts', `/clients/${clientId}/debts`],
  ['client-proposals', `/clients/${clientId}/proposals`],
  ['letter', `/letters/${letterId}`],
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
    for (const [name, route] of pages) {
      await page.goto(`${harness.url}#${route}`);
      await page.locator('main').waitFor();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(OUT, `${name}-1280.${locale}.png`) });
      console.log(`wrote resources/screenshots/${name}-1280.${locale}.png`);
    }
  }
} finally {
  await browser.close();
  await harness.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
