import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createScriptedPlatform } from '../harness/platform';
import { startHarness, type Harness } from '../harness/server';
import { expect, spaced, test } from './fixtures';
import { dispatch, invoke } from './steps';

// A counsellor hands a case over to a colleague on another laptop: exports it encrypted
// from one installation, the colleague imports it into theirs (where the bank is already
// known under its long name), later closes it, and once its retention has run out purges it.

const PASS = '交接口令 2025 spring';
const SHOTS = process.env['PARLEY_SHOTS_DIR'] ?? path.join('test-results', 'handover');

test.describe('handing a case over', () => {
  let other: Harness | undefined;
  let otherDir = '';
  test.afterEach(async () => {
    await other?.close();
    other = undefined;
    if (otherDir) {
      fs.rmSync(otherDir, { recursive: true, force: true });
      fs.rmSync(`${otherDir}-platform`, { recursive: true, force: true });
    }
  });

  test('exports a case from one laptop, imports it on another, and purges it when its time is up', async ({ page, harness }) => {
    // A long story over two installations (with a key derivation at each export and import).
    test.slow();
    fs.mkdirSync(SHOTS, { recursive: true });
    // The first laptop: a case with a debt at 招商银行.
    await page.goto(harness.url);
    const bank = await invoke(page, 'lenders.create', { name: '招商银行', aliases: ['招行'], type: 'bank' });
    const platform = await invoke(page, 'lenders.create', { name: '蚂蚁借呗', type: 'online_platform' });
    const clientId = (await invoke(page, 'clients.create', { name: '龚燚堃', phone: '13912345678', notes: '客户从北京搬到杭州' })).id;
    await invoke(page, 'debts.create', { clientId, lenderId: bank.id, productType: 'credit_card', accountRef: '6225880011112222', principalFen: 1_250_000 });
    await invoke(page, 'debts.create', { clientId, lenderId: platform.id, principalFen: 800_000 });
    const file = path.join(harness.platform.outbox, 'handover.parleycase');
    fs.mkdirSync(harness.platform.outbox, { recursive: true });
    harness.platform.nextSavePath(file);

    await page.goto(`${harness.url}#/clients/${clientId}`);
    await expect(page.getByRole('heading', { name: '龚燚堃' })).toBeVisible();
    await page.getByRole('button', { name: '移交（导出）' }).click();
    const exportDialog = page.getByRole('dialog', { name: /移交案件/ });
    await exportDialog.getByLabel('移交口令').fill(PASS);
    await exportDialog.getByLabel('再次输入口令').fill('a different one');
    await exportDialog.getByRole('button', { name: spaced('导出') }).click();
    await expect(exportDialog.getByText('两次输入的口令不一致')).toBeVisible();
    await exportDialog.getByLabel('再次输入口令').fill(PASS);
    await page.screenshot({ path: path.join(SHOTS, 'export.png') });
    await exportDialog.getByRole('button', { name: spaced('导出') }).click();
    await expect(page.getByText('已导出 handover.parleycase')).toBeVisible();
    expect(fs.statSync(file).size).toBeGreaterThan(0);

    // The colleague's laptop: its own data folder, the bank known under its full name.
    otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-e2e-other-'));
    other = await startHarness({ dataDir: otherDir, quiet: true, platform: createScriptedPlatform(`${otherDir}-platform`) });
    await dispatch(other, 'lenders.create', { name: '招商银行股份有限公司', aliases: ['招商银行'], type: 'bank' });
    other.platform.nextFiles([file]);
    await page.goto(other.url);
    await page.getByRole('menuitem', { name: '客户' }).click();
    await page.getByRole('button', { name: '导入案件' }).click();
    const importDialog = page.getByRole('dialog', { name: '导入移交的案件' });
    await importDialog.getByLabel('移交口令').fill('wrong passphrase');
    await importDialog.getByRole('button', { name: '选择文件并检查' }).click();
    await expect(importDialog.getByText('口令不正确，无法打开这个文件')).toBeVisible();
    other.platform.nextFiles([file]);
    await importDialog.getByLabel('移交口令').fill(PASS);
    await importDialog.getByRole('button', { name: '选择文件并检查' }).click();
    await expect(importDialog.getByText('龚燚堃')).toBeVisible();
    await expect(importDialog.getByText('使用本机已有的 招商银行股份有限公司')).toBeVisible();
    await expect(importDialog.getByText('新建', { exact: true })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, 'import-preview.png') });
    await importDialog.getByRole('button', { name: spaced('导入') }).click();
    await expect(importDialog.getByText(/已导入为 P-\d{4}-00001/)).toBeVisible();
    await expect(importDialog.getByText('新建债权人：蚂蚁借呗')).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, 'import-report.png') });
    await importDialog.getByRole('button', { name: '打开案件' }).click();
    await expect(page.getByRole('heading', { name: '龚燚堃' })).toBeVisible();
    await page.getByRole('tab', { name: '债务' }).click();
    await expect(page.getByText('招商银行股份有限公司').first()).toBeVisible();

    // Years later: the case was closed long ago and its retention has run out.
    const imported = await dispatch(other, 'clients.list', {});
    const { id, caseRef } = imported.items[0]!;
    const detail = await dispatch(other, 'clients.get', { id });
    await dispatch(other, 'clients.update', { id, rev: detail.rev, patch: { status: 'closed', closureReason: 'plan_completed' } });
    other.core.db.prepare(`UPDATE client_status_changes SET at = '2019-05-01T08:00:00.000Z' WHERE client_id = ? AND to_status = 'closed'`).run(id);
    other.core.db.prepare(`UPDATE clients SET updated_at = '2019-05-01T08:00:00.000Z' WHERE id = ?`).run(id);

    // A backup of the colleague's laptop made while the case was there: the purge cannot reach into it.
    const backups = path.join(other.platform.outbox, 'backups');
    fs.mkdirSync(backups, { recursive: true });
    await dispatch(other, 'backup.setPassphrase', { passphrase: '备份口令 2025 autumn' });
    other.platform.nextFolder(backups);
    await dispatch(other, 'backup.pickFolder');
    const backup = await dispatch(other, 'backup.run');

    // The change came from elsewhere: reload, as the app would show it on its next start.
    await page.goto(`${other.url}#/clients/${id}`);
    await page.reload();
    await expect(page.getByText('已结案').first()).toBeVisible();
    await expect(page.getByRole('button', { name: '彻底删除' })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, 'client-closed.png') });

    await page.getByRole('menuitem', { name: '设置' }).click();
    const card = page.getByTestId('retention-card');
    await card.scrollIntoViewIfNeeded();
    const row = card.getByRole('row', { name: new RegExp(caseRef) });
    await expect(row).toContainText('龚燚堃');
    await expect(row).toContainText('2024-05-01');
    await card.screenshot({ path: path.join(SHOTS, 'retention.png') });
    await row.getByRole('button', { name: `彻底删除 ${caseRef}` }).click();
    const purgeDialog = page.getByRole('dialog', { name: /彻底删除案件/ });
    const confirm = purgeDialog.getByRole('button', { name: '彻底删除' });
    await expect(confirm).toBeDisabled();
    // Before confirming, the counsellor is told plainly which backups still hold the case.
    await expect(purgeDialog.getByText('仍含有这个案件的备份（1 份）')).toBeVisible();
    await expect(purgeDialog.getByTestId('purge-backups')).toContainText(path.basename(backup.file));
    await expect(purgeDialog.getByText(/彻底删除无法改动已加密封存的备份/)).toBeVisible();
    await expect(purgeDialog.getByText('数据文件夹中没有恢复前或升级前的副本。')).toBeVisible();
    await purgeDialog.getByLabel(`请输入案号 ${caseRef} 以确认`).fill(caseRef);
    await page.screenshot({ path: path.join(SHOTS, 'purge.png') });
    await confirm.click();
    await expect(page.getByText('案件已彻底删除')).toBeVisible();
    await expect(card.getByText('没有已过保存期的案件')).toBeVisible();
    expect((await dispatch(other, 'clients.list', {})).total).toBe(0);
    const purges = other.core.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'purge'`).get() as { n: number };
    expect(purges.n).toBe(1);
  });
});
