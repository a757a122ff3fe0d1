import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startHarness } from '../harness/server';

// `npm run screenshots` (after `npm run build`): the README's pictures, taken from the
// real renderer over the harness with a few invented clients. Needs a CJK font
// (Debian: fonts-noto-cjk) for the Chinese to render.

const OUT = path.resolve('resources/screenshots');
const CLIENTS = [
  { name: '张伟', phone: '13812345678', idNumber: '11010519491231002X', status: 'negotiating' },
  { name: '李娜', phone: '13987654321', status: 'assessment' },
  { name: '王芳', phone: '15011112222', status: 'intake' },
  { name: '刘洋', phone: '18622223333', status: 'plan_active' },
  { name: '陈静', phone: '13733334444', status: 'negotiating' },
  { name: '欧阳燚', phone: '13544445555', status: 'intake' },
  { name: '买买提·艾力', phone: '13655556666', status: 'assessment' },
  { name: '赵堃', phone: '13966667777', status: 'closed' },
] as const;

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  console.log(`wrote resources/screenshots/${name}.png`);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-shots-'));
const harness = await startHarness({ dataDir, quiet: true });
for (const c of CLIENTS) {
  const result = await harness.core.dispatch('clients.create', c);
  if (!result.ok) throw new Error(`could not create ${c.name}: ${result.error.message}`);
}
fs.mkdirSync(OUT, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  for (const [locale, button, save, idLabel] of [
    ['zh-CN', '新建客户', /保\s*存/, '身份证号'],
    ['en', 'New client', /Save/, 'Resident ID number'],
  ] as const) {
    await harness.core.dispatch('settings.update', { language: locale });
    await page.goto(harness.url);
    await page.getByRole('button', { name: button }).waitFor();
    await shoot(page, `clients-list.${locale}`);
    await page.getByRole('button', { name: button }).click();
    await page.getByLabel(idLabel).waitFor();
    await page.locator('#name').fill('孙丽');
    await page.locator('#phone').fill('139 0000 1111');
    await page.getByLabel(idLabel).fill('110105194912310021');
    await page.getByRole('button', { name: save }).click();
    await page.locator('.ant-form-item-explain-error').first().waitFor();
    await shoot(page, `client-form.${locale}`);
  }
} finally {
  await browser.close();
  await harness.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
