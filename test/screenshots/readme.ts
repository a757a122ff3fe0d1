import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startHarness } from '../harness/server';

// `npm run screenshots` (after `npm run build`): the README's pictures, taken from the
// real renderer over the harness, with the demo cases loaded. Needs a CJK font
// (Debian: fonts-noto-cjk) for the Chinese to render.

const OUT = path.resolve('resources/screenshots');

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  console.log(`wrote resources/screenshots/${name}.png`);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-shots-'));
const harness = await startHarness({ dataDir, quiet: true });
const loaded = await harness.core.dispatch('demo.load', undefined);
if (!loaded.ok) throw new Error(`demo data: ${loaded.error.message}`);
const first = (await harness.core.dispatch('clients.list', { sort: 'caseRef', order: 'asc', pageSize: 1 })) as { ok: true; data: { items: { id: number }[] } };
const clientId = first.data.items[0]!.id;
fs.mkdirSync(OUT, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  for (const locale of ['zh-CN', 'en'] as const) {
    await harness.core.dispatch('settings.update', { language: locale });
    // The renderer reads the language once, at start: load the page afresh.
    await page.goto(harness.url);
    await page.reload();
    const go = async (route: string) => {
      await page.goto(`${harness.url}#${route}`);
      await page.locator('main').waitFor();
    };
    await go('/dashboard');
    await shoot(page, `dashboard.${locale}`);
    await go('/clients');
    await shoot(page, `clients-list.${locale}`);
    await go(`/clients/${clientId}/overview`);
    await shoot(page, `client-overview.${locale}`);
    await go(`/clients/${clientId}/finances`);
    await shoot(page, `client-finances.${locale}`);
    await go(`/clients/${clientId}/debts`);
    await shoot(page, `client-debts.${locale}`);
    await go('/lenders');
    await shoot(page, `lenders.${locale}`);
    await go('/clients/new');
    await page.locator('#name').fill('孙丽');
    await page.locator('#phone').fill('139 0000 1111');
    await page.locator('#idNumber').fill('110105194912310021');
    await page.locator('button[type=submit]').click();
    await page.locator('.ant-form-item-explain-error').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, `client-form.${locale}`);
  }
} finally {
  await browser.close();
  await harness.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
