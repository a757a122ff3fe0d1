import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { daysAgo, newClient } from './steps';

test.describe('a counsellor and backups', () => {
  test('sets a passphrase, backs up to a USB stick, and a restore brings back the file as it was at the backup', async ({ page, harness }) => {
    // Several scrypt runs, a PDF and a restore: slow on a busy two-core machine.
    test.setTimeout(180_000);
    const usb = `${harness.dataDir}-platform/usb`;
    fs.mkdirSync(usb, { recursive: true });
    await page.goto(harness.url);
    // No backup yet: the banner says so (if the Shell mounts it) and the card says so.
    await newClient(page, '张伟');
    await newClient(page, '李娜');

    await page.getByRole('menuitem', { name: '设置' }).click();
    const card = page.getByTestId('backup-card');
    await expect(card.getByText('还没有成功的备份。')).toBeVisible();

    // The passphrase: the warning, the confirmation that it cannot be recovered.
    await card.getByRole('button', { name: '设置备份密码' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('备份密码无法找回')).toBeVisible();
    await dialog.getByLabel('新的备份密码').fill('山高水长 2026 备份');
    await dialog.getByLabel('再次输入').fill('山高水长 2026 备份');
    await dialog.getByText('我明白：密码丢失后备份无法恢复').click();
    await dialog.getByRole('button', { name: /OK|确\s*定/ }).click();
    await expect(card.getByTestId('backup-passphrase-state')).toContainText('备份密码设置于');
    // Dated as everywhere in Parley (2026-12-07 13:21), not 2026年12月7日.
    await expect(card.getByTestId('backup-passphrase-state')).toContainText(new RegExp(`${daysAgo(0)} \\d{2}:\\d{2}`));

    // The recovery sheet is saved where the counsellor says.
    const sheet = `${harness.dataDir}-platform/sheet.pdf`;
    harness.platform.nextSavePath(sheet);
    await card.getByRole('button', { name: '保存恢复单（PDF）' }).click();
    await expect.poll(() => fs.existsSync(sheet)).toBe(true);

    harness.platform.nextFolder(usb);
    await card.getByRole('button', { name: '选择文件夹' }).click();
    await expect(card.getByTestId('backup-folder')).toHaveText(usb);

    await card.getByRole('button', { name: '立即备份' }).click();
    await expect(card.getByTestId('backup-last')).toContainText('上次成功备份', { timeout: 30_000 });
    const backups = fs.readdirSync(usb).filter((f) => f.endsWith('.parleybak'));
    expect(backups).toHaveLength(1);
    // The file is named by the counsellor's clock, the time the card shows (not UTC).
    const shown = /(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec((await card.getByTestId('backup-last').textContent()) ?? '');
    expect(shown).not.toBeNull();
    expect(backups[0]).toMatch(new RegExp(`^parley-backup-${shown!.slice(1, 4).join('')}-${shown!.slice(4, 6).join('')}\\d{2}`));

    // After the backup, another client.
    await newClient(page, '王芳');

    // Restore: pick the file, the passphrase, see what it holds, confirm.
    await page.getByRole('menuitem', { name: '设置' }).click();
    harness.platform.nextFiles([path.join(usb, backups[0]!)]);
    await card.getByRole('button', { name: '选择备份文件…' }).click();
    await card.getByLabel('该备份的备份密码').fill('写错的密码');
    await card.getByRole('button', { name: '检查备份' }).click();
    await expect(card.getByTestId('restore-error')).toHaveText('备份密码不正确。');
    await card.getByLabel('该备份的备份密码').fill('山高水长 2026 备份');
    await card.getByRole('button', { name: '检查备份' }).click();
    const summary = card.getByTestId('restore-summary');
    await expect(summary).toBeVisible({ timeout: 30_000 });
    await expect(summary.getByRole('row').filter({ hasText: '客户' })).toContainText('2');

    await card.getByRole('button', { name: '替换为备份数据' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '替换为备份数据' }).click();
    await expect(card.getByTestId('restore-done')).toContainText('pre-restore-');

    await page.getByRole('menuitem', { name: '客户' }).click();
    await expect(page.getByRole('row', { name: /张伟/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /李娜/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /王芳/ })).toHaveCount(0);

    // And after a restart of the app, still the restored data.
    await harness.restart();
    await page.goto(harness.url);
    await page.getByRole('menuitem', { name: '客户' }).click();
    await expect(page.getByRole('row', { name: /李娜/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /王芳/ })).toHaveCount(0);
  });
});
