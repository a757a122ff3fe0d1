import fs from 'node:fs';
import path from 'node:path';
import { inkedPixels, pageCount, rasterize, renderPng } from '../unit/electron/main/pdf/poppler';
import { expect, spaced, test } from './fixtures';
import { addLender, choose, daysAgo, invoke, newClient } from './steps';

// A counsellor writes to every lender of a client: drafts one letter per lender in one go,
// opens one, edits it (bold text, a field from the picker, a mistyped field caught inline),
// finalises it, saves the PDF and marks it as sent. The saved PDF is rendered to PNG and
// no page may be blank.

const SHOTS = process.env['PARLEY_SHOTS_DIR'] ?? path.join('test-results', 'letters');

test.describe('letters to every lender', () => {
  test.describe.configure({ timeout: 180_000 });

  test('drafts for all lenders, edits one, finalises it, saves a PDF with no blank page, marks it sent', async ({ page, harness }) => {
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width: 1500, height: 1000 });
    await page.goto(harness.url);
    await invoke(page, 'settings.update', { counsellorName: '李燚' });
    const bank = await addLender(page, '鼎盛银行信用卡中心', 'bank');
    const online = await addLender(page, '闪电贷', 'online_platform');
    const finance = await addLender(page, '䶮融消费金融', 'consumer_finance');

    await newClient(page, '王堃喆');
    const clientId = Number(/#\/clients\/(\d+)/.exec(page.url())![1]);
    for (const [lenderId, accountRef, principalFen] of [
      [bank, '6225-0000-3391', 4_850_000],
      [online, 'SD-2023-118', 1_230_050],
      [finance, 'XF-77-2024', 123_456_700],
    ] as const) {
      await invoke(page, 'debts.create', { clientId, lenderId, accountRef, principalFen, interestFen: 35_000, penaltyFen: 12_000, firstMissedDate: daysAgo(90), productType: 'credit_card' });
    }
    await page.reload();

    // One draft per lender, in one action, with progress.
    await page.getByRole('tab', { name: '信函' }).click();
    await page.getByRole('button', { name: '为全部债权人起草' }).click();
    const batch = page.getByRole('dialog', { name: '为全部债权人起草信函' });
    await batch.getByRole('button', { name: spaced('起草') }).click();
    await expect(batch.getByTestId('draft-all-progress')).toContainText('3 / 3');
    await expect(batch.getByText('已起草 3 封，跳过 0 封')).toBeVisible();
    // It cannot be started twice: once done, the only way on is 完成 (nothing is left to cancel).
    await expect(batch.getByRole('button', { name: spaced('起草') })).toHaveCount(0);
    await expect(batch.getByRole('button', { name: spaced('取消') })).toHaveCount(0);
    await batch.getByRole('button', { name: spaced('完成') }).click();
    await expect(batch).toBeHidden();
    const tab = page.getByRole('tabpanel', { name: '信函' });
    await expect(tab.getByRole('row')).toHaveCount(4);
    await page.screenshot({ path: path.join(SHOTS, 'client-letters-tab.png') });

    // Open the letter to the consumer-finance company and edit it.
    await tab.getByRole('row', { name: /䶮融消费金融/ }).getByRole('link').click();
    await expect(page.getByRole('heading', { name: '协商还款申请书', level: 4 })).toBeVisible();
    const preview = page.getByTestId('letter-preview');
    await expect(preview).toContainText('王堃喆');
    await expect(preview).toContainText('1,234,567.00');

    const first = page.getByLabel('正文 1', { exact: true });
    await first.fill('本人{{client.nmae}}补充说明：');
    await expect(page.getByTestId('issues-blocks.0')).toContainText('未知字段 “client.nmae”');
    await expect(page.getByRole('button', { name: /保\s*存$/ })).toBeDisabled();
    await first.fill('本人**特别说明**：自首次逾期至今，本人一直与贵司保持联系。案件编号：');
    await first.press('End');
    await choose(page, page.getByRole('combobox', { name: '插入字段' }), /client\.caseRef/);
    await expect(first).toHaveValue(/案件编号：\{\{client\.caseRef\}\}$/);
    await expect(page.getByTestId('issues-blocks.0')).toHaveCount(0);
    // Letter text is data, not markup: the asterisks print as typed, nothing turns bold.
    await expect(preview).toContainText('本人**特别说明**：');
    await expect(preview.locator('strong', { hasText: '特别说明' })).toHaveCount(0);
    await page.getByRole('button', { name: /保\s*存$/ }).click();
    await expect(page.getByText('有未保存的修改')).toBeHidden();
    await page.screenshot({ path: path.join(SHOTS, 'letter-editor.png'), fullPage: true });

    // Final: the text freezes and the PDF is archived.
    await page.getByRole('button', { name: spaced('定稿') }).click();
    await page.getByRole('tooltip').getByRole('button', { name: spaced('定稿') }).click();
    await expect(page.getByText('此信函已定稿，正文不能修改。')).toBeVisible();
    await expect(first).toHaveAttribute('readonly', '');

    // Save the PDF (the harness's save dialog answers with its outbox).
    await page.getByRole('button', { name: '保存 PDF' }).click();
    await expect(page.getByText(/已保存到/)).toBeVisible();
    const saved = fs.readdirSync(harness.platform.outbox).filter((f) => f.endsWith('.pdf'));
    expect(saved).toHaveLength(1);
    const pdf = fs.readFileSync(path.join(harness.platform.outbox, saved[0]!));
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    for (let p = 1; p <= pages; p++) {
      expect(inkedPixels(rasterize(pdf, p)), `page ${p} is blank`).toBeGreaterThan(500);
      renderPng(pdf, p, path.join(SHOTS, `letter-page-${p}`), 80);
    }

    // Sent: recorded and logged as a contact.
    await page.getByRole('button', { name: '标记为已寄出' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '标记为已寄出' }).click();
    await expect(page.getByText('已记录寄出，并写入联系记录')).toBeVisible();
    await expect(page.getByText('已寄出', { exact: true }).first()).toBeVisible();
    const contacts = await invoke(page, 'letters.list', { clientId, status: 'sent' });
    expect(contacts).toHaveLength(1);

    // All letters across cases, and the template library linked from there.
    await page.goto(`${harness.url}#/letters`);
    await expect(page.getByRole('row')).toHaveCount(4);
    await page.screenshot({ path: path.join(SHOTS, 'letters-list.png') });
    await page.getByRole('link', { name: /模板库/ }).click();
    await expect(page.getByRole('heading', { name: '信函模板' })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, 'templates.png'), fullPage: true });
  });

  test.describe('on a laptop whose own clock is set to another zone', () => {
    // The counsellor works in Shanghai time (Settings); the laptop says New York, 13 hours
    // behind. Every list shows the counsellor's clock, one way: 2026-12-07 13:21.
    test.use({ timezoneId: 'America/New_York' });
    const shanghai = (iso: string) =>
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

    test('the letters list, the client list and a lender’s page date things the same way in every language', async ({ page, harness }) => {
      await page.goto(harness.url);
      const lenderId = await addLender(page, '闪电贷', 'online_platform');
      const { id: clientId } = await invoke(page, 'clients.create', { name: '周明' });
      await invoke(page, 'debts.create', { clientId, lenderId, accountRef: 'SD-1', principalFen: 500_000 });
      const letter = (await invoke(page, 'letters.draftAll', { clientId, type: 'hardship', locale: 'zh-CN' })).created[0]!;
      const client = await invoke(page, 'clients.get', { id: clientId });
      const lender = await invoke(page, 'lenders.get', { id: lenderId });
      for (const language of ['zh-CN', 'zh-TW', 'en'] as const) {
        await invoke(page, 'settings.update', { language });
        await page.goto(`${harness.url}#/letters`);
        await page.reload();
        const row = page.getByRole('row').filter({ hasText: '闪电贷' });
        // The page reloaded in another language: on a busy machine that can take a while.
        await expect(row, language).toBeVisible({ timeout: 30_000 });
        await expect(row, language).toContainText(shanghai(letter.updatedAt));
        // Not 2026/12/7 13:21:57, nor 12/7/2026, 1:24 PM.
        await expect(row, language).not.toContainText(/\d\/\d/);

        await page.goto(`${harness.url}#/clients`);
        await expect(page.getByRole('row').filter({ hasText: '周明' }), language).toContainText(shanghai(client.updatedAt), { timeout: 30_000 });
        await page.goto(`${harness.url}#/lenders/${lenderId}`);
        await expect(page.getByRole('main'), language).toContainText(shanghai(lender.updatedAt), { timeout: 30_000 });
      }
    });
  });

  test('edits a template: unknown field shown inline, a new version, restore default', async ({ page, harness }) => {
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width: 1500, height: 1000 });
    await page.goto(`${harness.url}#/templates`);
    await page.getByRole('link', { name: '编辑 暂缓催收函 简体中文' }).click();
    await expect(page.getByText('第 1 版').first()).toBeVisible();
    const para = page.getByLabel('正文 1', { exact: true });
    await para.fill('本人{{client.name}}（{{client.idNumber}}）的情况正在评估。');
    await expect(page.getByTestId('issues-blocks.0')).toContainText('第 1 行第 19 列：未知字段 “client.idNumber”');
    await expect(page.getByRole('button', { name: /保\s*存$/ })).toBeDisabled();
    await page.screenshot({ path: path.join(SHOTS, 'template-editor-error.png'), fullPage: true });
    await para.fill('本人{{client.name}}（{{client.idMasked}}）的情况正在**评估**。');
    await expect(page.getByTestId('issues-blocks.0')).toHaveCount(0);
    await page.getByRole('button', { name: /保\s*存$/ }).click();
    await expect(page.getByText('已修改')).toBeVisible();
    await expect(page.getByText('第 2 版').first()).toBeVisible();

    // Back to default: a third version holding the built-in text.
    await page.getByRole('button', { name: '恢复默认' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '恢复默认' }).click();
    await expect(page.getByText('已恢复默认')).toBeVisible();
    await expect(page.getByText('第 3 版').first()).toBeVisible();
    await expect(para).toHaveValue(/已委托债务咨询顾问/);
    await page.screenshot({ path: path.join(SHOTS, 'template-editor.png'), fullPage: true });
  });
});
