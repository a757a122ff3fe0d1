import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, spaced, test } from './fixtures';
import { addLender, daysAgo, invoke, newClient } from './steps';

// A counsellor prepares negotiation packets: the case (three lenders, a statement) is on
// file; from the client's overview she saves the packet for one lender, then makes
// "packets for all lenders" into a folder, checks one file per lender, looks at one (every
// page rendered, none blank), and cancels a second batch.

/** Pages of a PDF rendered with pdftoppm; the count of non-white pixels on each. */
function inkPerPage(pdf: string): number[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-e2e-png-'));
  try {
    execFileSync('pdftoppm', ['-r', '30', '-gray', pdf, path.join(dir, 'p')]);
    const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.pgm')).sort();
    return pages.map((name) => {
      const data = fs.readFileSync(path.join(dir, name));
      // P5\n<w> <h>\n255\n<bytes>: skip three header lines
      let pos = 0;
      for (let lines = 0; lines < 3; pos++) if (data[pos] === 0x0a) lines++;
      let ink = 0;
      for (let i = pos; i < data.length; i++) if (data[i]! < 200) ink++;
      return ink;
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test.describe('a counsellor makes negotiation packets', () => {
  test.describe.configure({ timeout: 240_000 });

  test('saves one lender’s packet, makes packets for all lenders into a folder, and cancels a batch', async ({ page, harness }) => {
    await page.goto(harness.url);
    const lenderNames = ['喆华示例银行', '燚达消费金融', '堃元网络小贷'];
    const lenderIds: number[] = [];
    for (const name of lenderNames) lenderIds.push(await addLender(page, name, 'bank'));
    await newClient(page, '王堃');
    const client = await invoke(page, 'clients.list', {});
    const { id: clientId, caseRef } = client.items[0]!;
    for (const [i, lenderId] of lenderIds.entries()) {
      await invoke(page, 'debts.create', { clientId, lenderId, principalFen: 1_234_567 * (i + 1), interestFen: 45_600, firstMissedDate: daysAgo(60 + i) });
    }
    await invoke(page, 'statements.create', {
      clientId,
      statementDate: daysAgo(3),
      lines: [
        { kind: 'income', category: 'salary', amountFen: 650_000 },
        { kind: 'expense', category: 'rent_mortgage', amountFen: 180_000 },
        { kind: 'expense', category: 'food', amountFen: 120_000 },
      ],
    });

    // The letterhead, once, in Settings.
    await page.getByRole('menuitem', { name: '设置' }).click();
    const card = page.getByTestId('letterhead-card');
    await card.getByLabel('机构名称').fill('港湾街债务咨询中心');
    await card.getByLabel('电话').fill('021-5555 0188');
    await card.getByRole('button', { name: '保存信头' }).click();
    await expect(page.getByText('信头已保存')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('letterhead-card.png'), fullPage: true });

    await page.goBack();
    await page.reload();
    await page.getByRole('tab', { name: '概况' }).click();

    const panel = page.getByTestId('packets-panel');
    await expect(panel.getByRole('row', { name: /喆华示例银行/ })).toBeVisible();
    await expect(panel.getByRole('row')).toHaveCount(4);

    // One lender's packet, through the save dialog.
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-e2e-packets-'));
    try {
      const single = path.join(out, 'single.pdf');
      harness.platform.nextSavePath(single);
      await panel.getByRole('button', { name: spaced('保存 PDF') }).first().click();
      await expect(page.getByText(`已保存：${single}`)).toBeVisible();
      expect(fs.readFileSync(single).subarray(0, 5).toString()).toBe('%PDF-');

      // Packets for all lenders into a folder.
      const folder = path.join(out, 'all');
      fs.mkdirSync(folder);
      harness.platform.nextFolder(folder);
      await panel.getByRole('button', { name: '为全部债权人生成材料包' }).click();
      await expect(panel.getByRole('status')).toContainText('已生成 3 份材料包', { timeout: 60_000 });
      const files = fs.readdirSync(folder).sort();
      expect(files).toEqual(lenderNames.map((n) => `${caseRef} ${n}.pdf`).sort());
      await panel.screenshot({ path: test.info().outputPath('packets-panel.png') });
      const first = path.join(folder, `${caseRef} 喆华示例银行.pdf`);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', first, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(text).toContain('港湾街债务咨询中心');
      expect(text).toContain('致：喆华示例银行');
      const ink = inkPerPage(first);
      expect(ink.length).toBeGreaterThanOrEqual(4);
      for (const [i, count] of ink.entries()) expect(count, `page ${i + 1}`).toBeGreaterThan(150);

      // A second batch, big enough that the cancel lands while it runs: 200 lenders in all.
      // On a loaded machine a click took longer than 37 packets (CI once saw a 60-lender batch
      // finish first), so the batch is made long against the click, not the click fast.
      for (let i = 1; i <= 197; i++) {
        const lenderId = await addLender(page, `示例小额贷款${i}号`, 'consumer_finance');
        await invoke(page, 'debts.create', { clientId, lenderId, principalFen: 100_000 * i });
      }
      await page.reload();
      const second = path.join(out, 'cancelled');
      fs.mkdirSync(second);
      harness.platform.nextFolder(second);
      // The counsellor presses Cancel as soon as it shows. Playwright's own click waits for the
      // button to hold still over several round trips, and on a loaded machine all 200 packets
      // were made before it landed (the button was gone, the test timed out). So the press is
      // made in the page the moment the button appears, and the test checks it was there to press.
      const startAll = panel.getByRole('button', { name: '为全部债权人生成材料包' });
      await expect(startAll).toBeEnabled();
      await page.evaluate(() => {
        const panel = document.querySelector('[data-testid="packets-panel"]')!;
        (window as unknown as { cancelPressed: Promise<unknown> }).cancelPressed = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            const button = [...panel.querySelectorAll('button')].find((b) => /^取\s*消$/.test(b.textContent?.trim() ?? ''));
            if (!button) return;
            observer.disconnect();
            const box = button.getBoundingClientRect();
            resolve({ shown: box.width > 0 && box.height > 0, enabled: !button.disabled });
            button.click();
          });
          observer.observe(panel, { childList: true, subtree: true });
        });
      });
      await startAll.click();
      expect(await page.evaluate(() => (window as unknown as { cancelPressed: Promise<unknown> }).cancelPressed)).toEqual({ shown: true, enabled: true });
      const status = panel.getByRole('status');
      await expect(status).toContainText(/已取消：已完成 \d+\/200 份/, { timeout: 60_000 });
      const done = Number(/已完成 (\d+)\/200/.exec((await status.textContent()) ?? '')![1]);
      // Fewer files than lenders, exactly the ones reported finished, each a whole PDF; nothing half written.
      const left = fs.readdirSync(second);
      expect(done).toBeLessThan(200);
      expect(left).toHaveLength(done);
      for (const name of left) {
        expect(name).toMatch(new RegExp(`^${caseRef} .+\\.pdf$`));
        const bytes = fs.readFileSync(path.join(second, name));
        expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
        expect(bytes.subarray(-8).toString()).toContain('%%EOF');
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
