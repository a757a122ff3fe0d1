import type { Page } from '@playwright/test';
import { expect, spaced, test } from './fixtures';
import { chooseByLabel as choose } from './steps';

// A counsellor enters a client's financial statement: a weekly wage, monthly rent, a
// yearly insurance premium, and food, and reads off what the client can pay each month.

async function openNewClient(page: Page, name: string) {
  await page.getByRole('menuitem', { name: '客户' }).click();
  await page.getByRole('button', { name: '新建客户' }).click();
  await page.getByRole('textbox', { name: '姓名' }).fill(name);
  await page.getByRole('button', { name: spaced('保存') }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await page.getByRole('tab', { name: '财务状况' }).click();
}

test.describe('a counsellor and the financial statement', () => {
  test('enters a statement with a weekly wage and a yearly premium and sees the monthly disposable income', async ({ page, harness }) => {
    await page.goto(harness.url);
    await openNewClient(page, '赵敏');
    await expect(page.getByText('还没有收支表')).toBeVisible();
    await page.getByRole('button', { name: '录入收支表' }).click();

    const editor = page.getByTestId('statement-editor');
    // Dated today, in the counsellor's time zone (Asia/Shanghai by default).
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    await expect(page.getByLabel('收支表日期')).toHaveValue(today);
    // Income: ¥1,200 a week is ¥5,200 a month.
    await choose(page, '收入 第 1 行 类别', '工资薪金');
    await page.getByLabel('收入 第 1 行 金额').fill('1200');
    await choose(page, '收入 第 1 行 频率', '每周');
    await expect(editor.getByTestId('editor-section-income').getByTestId('line-monthly')).toHaveText('¥5,200.00');

    // Fixed costs: rent ¥1,500 a month, insurance ¥2,400 a year (¥200 a month).
    await page.getByRole('button', { name: '添加一行（固定支出）' }).click();
    await choose(page, '固定支出 第 1 行 类别', '房租/房贷');
    await page.getByLabel('固定支出 第 1 行 金额').fill('1500');
    await page.getByRole('button', { name: '添加一行（固定支出）' }).click();
    await choose(page, '固定支出 第 2 行 类别', '保险（社保、医保等）');
    await page.getByLabel('固定支出 第 2 行 金额').fill('2400');
    await choose(page, '固定支出 第 2 行 频率', '每年');
    await expect(editor.getByTestId('editor-section-fixed').getByTestId('line-monthly').nth(1)).toHaveText('¥200.00');

    // Flexible costs: food ¥1,000 a month.
    await page.getByRole('button', { name: '添加一行（日常（可变）支出）' }).click();
    await page.getByLabel('日常（可变）支出 第 1 行 金额').fill('1000');

    // The totals follow while typing: 5,200 − (1,500 + 200 + 1,000) = 2,500.
    await expect(page.getByTestId('live-disposable')).toContainText('¥2,500.00');

    await page.getByRole('button', { name: spaced('保存') }).click();
    await expect(page.getByTestId('statement-editor')).toHaveCount(0);
    await expect(page.getByTestId('disposable')).toContainText('¥2,500.00');
    await expect(page.getByTestId('disposable')).toContainText('每月可用于还款');
    const incomeRow = page.getByTestId('statement-section-income').getByRole('row', { name: /工资薪金/ });
    await expect(incomeRow).toContainText('¥1,200.00');
    await expect(incomeRow).toContainText('/周');
    await expect(incomeRow).toContainText('¥5,200.00');
    await expect(page.getByTestId('statement-section-fixed').getByRole('row', { name: /保险/ })).toContainText('¥200.00');
    await expect(page.getByTestId('subtotal-fixed')).toHaveText('¥1,700.00');

    // The client's overview uses the same figure.
    await page.getByRole('tab', { name: '概况' }).click();
    await expect(page.getByRole('tabpanel', { name: '概况' }).getByText('¥2,500.00')).toBeVisible();
  });

  test('a new statement keeps the old one in the history, and a negative result is shown as such', async ({ page, harness }) => {
    await page.goto(harness.url);
    await openNewClient(page, '周芷若');
    await page.getByRole('button', { name: '录入收支表' }).click();
    await page.getByLabel('收入 第 1 行 金额').fill('3000');
    await page.getByRole('button', { name: spaced('保存') }).click();
    await expect(page.getByTestId('disposable')).toContainText('¥3,000.00');

    // Circumstances change: a new statement, starting from the old one's lines.
    await page.getByRole('button', { name: '新建收支表' }).click();
    await page.getByLabel('收入 第 1 行 金额').fill('800');
    await page.getByRole('button', { name: '添加一行（固定支出）' }).click();
    await page.getByLabel('固定支出 第 1 行 金额').fill('1200');
    await expect(page.getByTestId('live-disposable')).toContainText('-¥400.00');
    await page.getByRole('button', { name: spaced('保存') }).click();

    await expect(page.getByTestId('disposable')).toContainText('-¥400.00');
    await expect(page.getByTestId('disposable-note')).toContainText('收入不足以覆盖必要支出');
    const history = page.getByTestId('statement-history');
    await expect(history.getByRole('row')).toHaveCount(3); // header + two statements
    await history.getByRole('button', { name: /查看/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('disposable')).toContainText('¥3,000.00');
    await expect(dialog.getByRole('button', { name: /保\s*存/ })).toHaveCount(0);
  });

  test('a cost above its reference range is marked, and an error from the main process lands on the right line', async ({ page, harness }) => {
    await page.goto(harness.url);
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByLabel('餐饮食品 每月上限').fill('1500');
    await page.getByTestId('expense-ranges').getByRole('button', { name: spaced('保存') }).click();
    await expect(page.getByText('参考范围已保存')).toBeVisible();

    await openNewClient(page, '张无忌');
    await page.getByRole('button', { name: '录入收支表' }).click();
    await page.getByLabel('收入 第 1 行 金额').fill('6000');
    await page.getByRole('button', { name: '添加一行（日常（可变）支出）' }).click();
    // ¥400 a week is ¥1,733.33 a month: above the ¥1,500 ceiling.
    await page.getByLabel('日常（可变）支出 第 1 行 金额').fill('400');
    await choose(page, '日常（可变）支出 第 1 行 频率', '每周');
    await expect(page.getByTestId('editor-section-variable').getByText('高于参考范围')).toBeVisible();
    await page.getByLabel('日常（可变）支出 第 1 行 备注/说明理由').fill('家中有三名学龄儿童');

    // An amount whose monthly figure is beyond what the app can count exactly is refused
    // by the main process, and the message appears at that line, not somewhere else.
    await page.getByRole('button', { name: '添加一行（日常（可变）支出）' }).click();
    await page.getByLabel('日常（可变）支出 第 2 行 金额').fill('90000000000000');
    await choose(page, '日常（可变）支出 第 2 行 频率', '每周');
    await page.getByRole('button', { name: spaced('保存') }).click();
    const variableRow = (n: number) => page.getByRole('row').filter({ has: page.getByLabel(`日常（可变）支出 第 ${n} 行 金额`) });
    await expect(variableRow(2).getByRole('alert')).toHaveText('金额过大');
    await expect(variableRow(1).getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('alert').filter({ hasText: '金额过大' })).toHaveCount(1);
    await page.getByRole('button', { name: '删除此行: 日常（可变）支出 第 2 行' }).click();
    await page.getByRole('button', { name: spaced('保存') }).click();

    // Saved: the mark stays on the statement with the counsellor's justification beside it.
    const food = page.getByTestId('statement-section-variable').getByRole('row', { name: /餐饮食品/ });
    await expect(food).toContainText('高于参考范围');
    await expect(food).toContainText('家中有三名学龄儿童');
    await expect(food).toContainText('¥1,733.33');
  });
});
