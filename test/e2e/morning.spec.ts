import type { Page } from '@playwright/test';
import { expect, spaced, test } from './fixtures';
import { addLender, choose, chooseByLabel, chooseLender, daysAgo, pickDate } from './steps';

// A counsellor's morning: a new client walks in. She opens the case with the hardship
// story, enters what the client earns and spends (a weekly wage, a yearly premium), lists
// four debts with three lenders (one she creates on the spot, one she finds by its pinyin
// initials), reads the totals, the disposable income and the cost marks, and later finds
// the client again with the quick search.

interface DebtEntry {
  lender: { byName: string } | { initials: string; name: string } | { create: string };
  principal: string;
  interest?: string;
  missedDaysAgo: number;
  dailyRatePercent?: string;
}

async function addDebt(page: Page, entry: DebtEntry) {
  await page.getByRole('button', { name: '添加债务' }).click();
  const drawer = page.getByRole('dialog', { name: '添加债务' });
  const picker = drawer.getByRole('combobox', { name: '债权人' });
  if ('create' in entry.lender) {
    await picker.fill(entry.lender.create);
    await choose(page, picker, new RegExp(`新建债权人“${entry.lender.create}”`));
    const modal = page.getByRole('dialog', { name: '新建债权人' });
    await modal.getByRole('button', { name: spaced('保存') }).click();
    await expect(modal).toBeHidden();
  } else {
    const [typed, name] = 'initials' in entry.lender ? [entry.lender.initials, entry.lender.name] : [entry.lender.byName, entry.lender.byName];
    await chooseLender(page, drawer, typed, name);
  }
  if (entry.dailyRatePercent) await drawer.getByLabel('利率数值（%）').fill(entry.dailyRatePercent);
  await drawer.getByLabel('剩余本金').fill(entry.principal);
  if (entry.interest) await drawer.getByLabel('利息').fill(entry.interest);
  await pickDate(page, '首次逾期日期', daysAgo(entry.missedDaysAgo));
  await page.getByRole('button', { name: spaced('保存') }).click();
  await expect(drawer).toBeHidden();
}

test.describe("a counsellor's morning", () => {
  test.describe.configure({ timeout: 180_000 });

  test('opens a case, enters the statement and four debts from three lenders, and finds the client again', async ({ page, harness }) => {
    await page.goto(harness.url);
    // Lenders earlier cases left in the shared directory.
    await addLender(page, '鼎盛银行信用卡中心', 'bank');
    await addLender(page, '星河消费金融', 'consumer_finance');

    // The new case, with the hardship story.
    await page.getByRole('menuitem', { name: '客户' }).click();
    await page.getByRole('button', { name: '新建客户' }).click();
    await page.getByRole('textbox', { name: '姓名' }).fill('吴晓梅');
    await page.getByLabel('手机/电话').fill('13611112222');
    await chooseByLabel(page, '困难原因', '失业');
    await page.getByLabel('困难说明').fill('公司裁员后失业三个月，靠网贷维持房租。');
    await page.getByRole('button', { name: spaced('保存') }).click();
    await expect(page.getByRole('heading', { name: '吴晓梅' })).toBeVisible();
    await expect(page.getByText('尚未记录个人信息处理同意')).toBeVisible();

    // What she earns and spends: ¥900 a week from a part-time job, rent, a yearly premium.
    await page.getByRole('tab', { name: '财务状况' }).click();
    await page.getByRole('button', { name: '录入收支表' }).click();
    const editor = page.getByTestId('statement-editor');
    await page.getByLabel('收入 第 1 行 金额').fill('900');
    await chooseByLabel(page, '收入 第 1 行 频率', '每周');
    await expect(editor.getByTestId('editor-section-income').getByTestId('line-monthly')).toHaveText('¥3,900.00');
    await page.getByRole('button', { name: '添加一行（固定支出）' }).click();
    await chooseByLabel(page, '固定支出 第 1 行 类别', '房租/房贷');
    await page.getByLabel('固定支出 第 1 行 金额').fill('1800');
    await page.getByRole('button', { name: '添加一行（固定支出）' }).click();
    await chooseByLabel(page, '固定支出 第 2 行 类别', '保险（社保、医保等）');
    await page.getByLabel('固定支出 第 2 行 金额').fill('1200');
    await chooseByLabel(page, '固定支出 第 2 行 频率', '每年');
    await expect(editor.getByTestId('editor-section-fixed').getByTestId('line-monthly').nth(1)).toHaveText('¥100.00');
    await page.getByRole('button', { name: '添加一行（日常（可变）支出）' }).click();
    await page.getByLabel('日常（可变）支出 第 1 行 金额').fill('1000');
    // 900 × 52 ÷ 12 = 3,900; less 1,800 + 100 + 1,000 leaves 1,000 a month.
    await page.getByRole('button', { name: spaced('保存') }).click();
    await expect(page.getByTestId('disposable')).toContainText('¥1,000.00');

    // Four debts, three lenders.
    await page.getByRole('tab', { name: '债务' }).click();
    await addDebt(page, { lender: { create: '闪电贷' }, principal: '3000', interest: '450', missedDaysAgo: 60, dailyRatePercent: '0.1' });
    await addDebt(page, { lender: { initials: 'dsyh', name: '鼎盛银行信用卡中心' }, principal: '12000', missedDaysAgo: 90, dailyRatePercent: '0.05' });
    await addDebt(page, { lender: { byName: '星河消费金融' }, principal: '8000', interest: '640.25', missedDaysAgo: 30 });
    await addDebt(page, { lender: { byName: '星河消费金融' }, principal: '2500', missedDaysAgo: 15 });

    // 3,450 + 12,000 + 8,640.25 + 2,500 = 26,590.25
    await expect(page.getByTestId('debts-total-outstanding')).toContainText('¥26,590.25');
    await expect(page.getByTestId('debts-total-outstanding')).toContainText('4 笔债务');
    await expect(page.getByTestId('debts-total-maxOverdue')).toContainText('90 天');
    const byLender = page.getByTestId('debts-by-lender');
    await expect(byLender.getByRole('row', { name: /星河消费金融/ })).toContainText('¥11,140.25');
    // 0.1% a day is 36.5% a year: above both reference lines, and said as such.
    await expect(page.getByRole('row', { name: /闪电贷/ }).first().getByTestId('cost-mark')).toHaveText(['高于24%参考线', '高于36%参考线']);

    // The overview says it all on one screen.
    await page.getByRole('tab', { name: '概况' }).click();
    const overview = page.getByRole('tabpanel', { name: '概况' });
    await expect(overview.getByText('¥26,590.25')).toBeVisible();
    await expect(overview.getByText('¥1,000.00')).toBeVisible();
    await expect(overview.getByText('90 天')).toBeVisible();

    // Later, from anywhere: Ctrl+K and her initials.
    await page.getByRole('menuitem', { name: '概览' }).click();
    await page.keyboard.press('Control+k');
    await page.getByRole('textbox', { name: '快速搜索' }).fill('wxm');
    await expect(page.getByRole('option', { name: /吴晓梅/ })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: '吴晓梅' })).toBeVisible();
  });
});
