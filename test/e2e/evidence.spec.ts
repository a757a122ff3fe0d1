import fs from 'node:fs';
import path from 'node:path';
import { expect, spaced, test } from './fixtures';
import { choose, newClient } from './steps';

// A counsellor collects a client's evidence: a pay slip picked from disk, a screenshot of
// an abusive message dropped onto the page; opens one, corrects its kind, deletes one.

test.describe('a counsellor and a client’s evidence', () => {
  test.describe.configure({ timeout: 120_000 });

  test('adds evidence by the file dialog and by drop, opens, edits and deletes it', async ({ page, harness }) => {
    const src = path.join(`${harness.dataDir}-platform`, 'desktop');
    fs.mkdirSync(src, { recursive: true });
    const slip = path.join(src, '2025年2月工资条.pdf');
    fs.writeFileSync(slip, '%PDF-1.4 pay slip of February');

    await page.goto(harness.url);
    await newClient(page, '赵丽华');
    await page.getByRole('tab', { name: '证据材料' }).click();
    await expect(page.getByText('还没有证据材料')).toBeVisible();

    // A pay slip through the file dialog, as income proof with its date and a note.
    const bar = page.getByTestId('evidence-add-bar');
    await choose(page, bar.getByTestId('evidence-kind').getByRole('combobox'), '收入证明');
    await bar.getByRole('textbox').last().fill('二月工资条');
    harness.platform.nextFiles([slip]);
    await page.getByTestId('evidence-pick').click();
    const slipRow = page.getByRole('row', { name: /2025年2月工资条\.pdf/ });
    await expect(slipRow).toBeVisible();
    await expect(slipRow).toContainText('收入证明');
    await expect(slipRow).toContainText('二月工资条');
    await expect(slipRow).toContainText('整个案件');

    // A screenshot dropped onto the page (the renderer reads it and sends its bytes).
    await choose(page, bar.getByTestId('evidence-kind').getByRole('combobox'), '催收证据');
    await bar.getByRole('textbox').last().fill('催收短信威胁上门');
    await page.getByTestId('evidence-list').locator('input[type=file]').setInputFiles({ name: '催收短信截图.png', mimeType: 'image/png', buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('png screenshot bytes')]) });
    const shotRow = page.getByRole('row', { name: /催收短信截图\.png/ });
    await expect(shotRow).toBeVisible();
    await expect(shotRow).toContainText('催收证据');
    await expect(page.getByText('2 个文件')).toBeVisible();

    // Opening writes a decrypted copy and hands it to the system viewer.
    await slipRow.getByRole('button', { name: '打开' }).click();
    await expect.poll(() => harness.platform.log.opened.length).toBe(1);
    expect(fs.readFileSync(harness.platform.log.opened[0]!, 'utf8')).toBe('%PDF-1.4 pay slip of February');
    // Under a generated name with the verified extension, marked as downloaded before it was opened.
    expect(path.basename(harness.platform.log.opened[0]!)).toMatch(/^[0-9a-f]{24}\.pdf$/);
    expect(harness.platform.log.marked).toEqual(harness.platform.log.opened);

    // The screenshot was really a bank statement photo: correct its kind and date.
    await shotRow.getByRole('button', { name: '编辑' }).click();
    const modal = page.getByRole('dialog', { name: /编辑证据/ });
    await choose(page, modal.getByLabel('类型'), '债权人账单');
    await modal.getByRole('button', { name: spaced('确定') }).click();
    await expect(modal).toBeHidden();
    await expect(shotRow).toContainText('债权人账单');

    await page.screenshot({ path: process.env['EVIDENCE_SCREENSHOT'] ?? 'test-results/evidence-tab.png', fullPage: true });

    // Delete the pay slip, confirming.
    await slipRow.getByTestId('evidence-delete').click();
    await page.getByRole('button', { name: spaced('确定') }).click();
    await expect(slipRow).toBeHidden();
    await expect(page.getByRole('row', { name: /催收短信截图\.png/ })).toBeVisible();
    // Nothing of the deleted file is left in the data folder: one blob remains.
    expect(fs.readdirSync(path.join(harness.dataDir, 'files'))).toHaveLength(1);
  });
});
