import { expect, spaced, test } from './fixtures';
import { addLender, choose, chooseLender, daysAgo, invoke, newClient, pickDate } from './steps';

// A counsellor enters a client's debts: one lender already in the directory (found by its
// pinyin initials), one created on the spot in the picker; sees the totals, the days
// overdue and the cost marks; edits a debt with a generated schedule, and deletes one.

test.describe('a counsellor and a client’s debts', () => {
  // Long flows (two debts, a dozen fields each) on machines that may be busy.
  test.describe.configure({ timeout: 120_000 });

  test('adds debts from two lenders, one created on the spot, and sees the totals and the cost marks', async ({ page, harness }) => {
    await page.goto(harness.url);
    await addLender(page, '鼎盛银行信用卡中心', 'bank');
    await newClient(page, '陈美玲');
    await page.getByRole('tab', { name: '债务' }).click();
    await expect(page.getByText('还没有债务')).toBeVisible();

    // First debt: a lender nobody has entered yet.
    await page.getByRole('button', { name: '添加债务' }).click();
    const drawer = page.getByRole('dialog', { name: '添加债务' });
    await drawer.getByRole('combobox', { name: '债权人' }).fill('闪电贷');
    await choose(page, drawer.getByRole('combobox', { name: '债权人' }), /新建债权人“闪电贷”/);
    const modal = page.getByRole('dialog', { name: '新建债权人' });
    await expect(modal.getByLabel('名称')).toHaveValue('闪电贷');
    await modal.getByRole('button', { name: spaced('保存') }).click();
    await expect(modal).toBeHidden();
    // The picker has the new lender and the focus back; its name is said twice while focused
    // (shown, and announced to screen readers), so it is found by the shown value's title.
    await expect(drawer.getByRole('combobox', { name: '债权人' })).toBeFocused();
    await expect(drawer.getByTitle('闪电贷', { exact: true })).toBeVisible();

    await pickDate(page, '借款日期', daysAgo(120));
    await drawer.getByLabel('借款金额（合同金额）').fill('5000');
    // A slip of the finger: more received than borrowed. The main process refuses it, under the field.
    await drawer.getByLabel('实际到手金额').fill('5500');
    await drawer.getByLabel('利率数值（%）').fill('0.1');
    await expect(drawer.getByTestId('rate-preview')).toHaveText('折合年化 36.50%（单利），44.03%（复利）');
    await drawer.getByLabel('剩余本金').fill('4800');
    await drawer.getByLabel('利息').fill('520');
    await drawer.getByLabel('罚息').fill('310.5');
    await expect(drawer.getByTestId('outstanding-preview')).toHaveText('¥5,630.50');
    await pickDate(page, '首次逾期日期', daysAgo(40));
    await expect(drawer.getByTestId('days-overdue-preview')).toHaveText('至今逾期 40 天');
    await page.getByRole('button', { name: spaced('保存') }).click();
    await expect(drawer.getByText('到手金额不能高于借款金额')).toBeVisible();
    await drawer.getByLabel('实际到手金额').fill('4500');
    await page.getByRole('button', { name: spaced('保存') }).click();
    await expect(drawer).toBeHidden();

    const first = page.getByRole('row', { name: /闪电贷/ }).first();
    await expect(first).toContainText('¥5,630.50');
    await expect(first).toContainText('40 天');
    await expect(first).toContainText('0.1%/日');
    await expect(first).toContainText('单利年化 36.50%');
    await expect(first.getByTestId('cost-mark')).toHaveText(['高于24%参考线', '高于36%参考线']);

    // Second debt: a lender from the directory, found by its pinyin initials.
    await page.getByRole('button', { name: '添加债务' }).click();
    await chooseLender(page, drawer, 'dsyh', '鼎盛银行信用卡中心');
    await choose(page, drawer.getByLabel('产品类型'), '信用卡');
    await drawer.getByLabel('合同/账户号').fill('6225 **** **** 3391');
    await drawer.getByLabel('利率数值（%）').fill('0.05');
    await expect(drawer.getByTestId('rate-preview')).toHaveText('折合年化 18.25%（单利），20.02%（复利）');
    await drawer.getByLabel('剩余本金').fill('20000.55');
    await drawer.getByLabel('罚息').fill('300');
    await pickDate(page, '首次逾期日期', daysAgo(200));
    await choose(page, drawer.getByLabel('法律阶段'), '强制执行');
    await expect(drawer.getByText('这笔债务已进入强制执行阶段，通常应列为优先债务')).toBeVisible();
    await drawer.getByLabel('优先债务').click();
    await page.getByRole('button', { name: spaced('保存') }).click();
    await expect(drawer).toBeHidden();

    const bank = page.getByRole('row', { name: /鼎盛银行信用卡中心/ }).first();
    await expect(bank).toContainText('¥20,300.55');
    await expect(bank).toContainText('200 天');
    await expect(bank).toContainText('强制执行');
    await expect(bank).toContainText('优先');
    await expect(bank.getByTestId('cost-mark')).toHaveCount(0);

    // The totals, exact to the fen.
    await expect(page.getByTestId('debts-total-outstanding')).toContainText('¥25,931.05');
    await expect(page.getByTestId('debts-total-outstanding')).toContainText('2 笔债务');
    await expect(page.getByTestId('debts-total-principal')).toContainText('¥24,800.55');
    await expect(page.getByTestId('debts-total-charges')).toContainText('¥1,130.50');
    await expect(page.getByTestId('debts-total-priority')).toContainText('¥20,300.55');
    await expect(page.getByTestId('debts-total-maxOverdue')).toContainText('200 天');
    await expect(page.getByTestId('debts-total-row')).toHaveText('¥25,931.05');
    const byLender = page.getByTestId('debts-by-lender');
    await expect(byLender.getByRole('row', { name: /鼎盛银行信用卡中心/ })).toContainText('¥20,300.55');
    await expect(byLender.getByRole('row', { name: /闪电贷/ })).toContainText('¥5,630.50');
    // The overview tab reads the same totals.
    await page.getByRole('tab', { name: '概况' }).click();
    await expect(page.getByText('¥25,931.05').first()).toBeVisible();
  });

  test('types amounts as they come: a decimal comma or a third decimal is refused at the field, full-width digits are read', async ({ page, harness }) => {
    await page.goto(harness.url);
    await addLender(page, '好借App', 'online_platform');
    await newClient(page, '周晓东');
    const clientId = Number(/clients\/(\d+)/.exec(page.url())![1]);
    await page.getByRole('tab', { name: '债务' }).click();
    await page.getByRole('button', { name: '添加债务' }).click();
    const drawer = page.getByRole('dialog', { name: '添加债务' });
    await chooseLender(page, drawer, '好借', '好借App');

    // Copied from a statement written the European way: 1234,56 is not 123,456.00.
    const principal = drawer.getByLabel('剩余本金');
    await principal.fill('1234,56');
    await expect(drawer.getByText('逗号只用作千位分隔，小数点请用“.”：如 1,234.56 或 1234.56')).toBeVisible();
    await expect(principal).toHaveAttribute('aria-invalid', 'true');
    await expect(drawer.getByTestId('outstanding-preview')).toHaveText('¥0.00');
    // Half a fen is not rounded up to a fen.
    await drawer.getByLabel('利息').fill('0.005');
    await expect(drawer.getByText('金额最多两位小数（到分），不会自动四舍五入')).toBeVisible();
    await page.getByRole('button', { name: spaced('保存') }).click();
    await expect(drawer).toBeVisible();
    await expect(drawer.getByText('逗号只用作千位分隔，小数点请用“.”：如 1,234.56 或 1234.56')).toBeVisible();
    expect((await invoke(page, 'debts.list', { clientId })).items).toHaveLength(0);

    // Typed with a Chinese input method: full-width digits, a half-width comma and point.
    await principal.fill('１,２３４.５６');
    await drawer.getByLabel('利息').fill('');
    await expect(drawer.getByText('逗号只用作千位分隔，小数点请用“.”：如 1,234.56 或 1234.56')).toBeHidden();
    await expect(drawer.getByText('金额最多两位小数（到分），不会自动四舍五入')).toBeHidden();
    await expect(drawer.getByTestId('outstanding-preview')).toHaveText('¥1,234.56');
    await principal.blur();
    await expect(principal).toHaveValue('1,234.56');
    await page.getByRole('button', { name: spaced('保存') }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('row', { name: /好借App/ }).first()).toContainText('¥1,234.56');
    const [saved] = (await invoke(page, 'debts.list', { clientId })).items;
    expect(saved?.principalFen).toBe(123456);
    expect(saved?.interestFen).toBe(0);
  });

  test('edits a debt with a generated schedule, sees its true cost, deletes it, in English', async ({ page, harness }) => {
    await page.goto(harness.url);
    const lenderId = await addLender(page, '速借', 'online_platform');
    await newClient(page, '林晓燕');
    const clientId = Number(/clients\/(\d+)/.exec(page.url())![1]);
    await invoke(page, 'debts.create', {
      clientId,
      lenderId,
      loanDate: daysAgo(400),
      borrowedFen: 10_000_00,
      receivedFen: 9_000_00,
      feesFen: 1_000_00,
      rate: { value: 0.0005, unit: 'daily' },
      principalFen: 7_420_00,
    });
    // Entered behind the page's back: load it afresh.
    await page.reload();
    await choose(page, page.getByLabel('语言', { exact: true }), 'English');
    await page.getByRole('tab', { name: 'Debts' }).click();

    const row = page.getByRole('row', { name: /速借/ }).first();
    await expect(row).toContainText('0.05%/day');
    await expect(row).toContainText('Simple annual 18.25%');
    await expect(row).not.toContainText('APR (IRR method)');
    await expect(row.getByTestId('cost-mark')).toHaveCount(0);

    await row.getByRole('button', { name: 'Edit debt 速借' }).click();
    const drawer = page.getByRole('dialog', { name: 'Edit debt · 速借' });
    // The stored decimal comes back as the percentage the counsellor typed.
    await expect(drawer.getByLabel('Rate (%)')).toHaveValue('0.05');
    await drawer.getByRole('button', { name: 'Equal monthly payments' }).click();
    const generator = page.getByRole('tooltip');
    await generator.getByLabel('Number of payments').fill('12');
    await generator.getByLabel('Each payment').fill('1050');
    await generator.getByRole('button', { name: 'Generate' }).click();
    await expect(drawer.getByTestId('schedule-row')).toHaveCount(12);
    await expect(drawer.getByTestId('schedule-total')).toHaveText('12 payments, ¥12,600.00 in all');
    await drawer.getByLabel('Interest', { exact: true }).fill('1130.50');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(drawer).toBeHidden();

    // 9,000 in hand against 12 × 1,050 a month: RATE(12, −1050, 9000) × 12 = 67.18%, far above the quoted 18.25%.
    await expect(row).toContainText('¥8,550.50');
    await expect(row.getByTestId('cost-primary')).toHaveText('APR (IRR method) 67.18%');
    await expect(row.getByTestId('cost-mark')).toHaveText(['above the 24% line', 'above the 36% line']);

    await row.getByRole('button', { name: 'How it is worked out 速借' }).click();
    const how = page.getByRole('dialog', { name: /How the APR \(IRR method\) is worked out/ });
    await expect(how).toContainText('Monthly');
    await expect(how.getByTestId('cost-flows').getByRole('row')).toHaveCount(14); // header, the money received, 12 payments
    await expect(how.getByTestId('explain-formula')).toContainText('× 12 = 67.18%');
    await how.getByRole('button', { name: 'Close' }).click();

    await row.getByRole('button', { name: 'Delete 速借' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('No debts yet')).toBeVisible();
  });

  test('a loan of 31 January: the APR by the IRR method is what the lines are marked against, and 4 × LPR is a line of its own', async ({ page, harness }) => {
    await page.goto(harness.url);
    const lenderId = await addLender(page, '好借花', 'online_platform');
    await newClient(page, '赵海燕');
    const clientId = Number(/clients\/(\d+)/.exec(page.url())![1]);
    // 10,000 in hand on 31 January, 12 × 993 on each month's last day: February's period is short.
    const monthEnds = ['02-28', '03-31', '04-30', '05-31', '06-30', '07-31', '08-31', '09-30', '10-31', '11-30', '12-31'].map((md) => `2025-${md}`);
    const schedule = [...monthEnds, '2026-01-31'].map((date) => ({ date, amountFen: 993_00 }));
    await invoke(page, 'debts.create', { clientId, lenderId, loanDate: '2025-01-31', borrowedFen: 10_000_00, receivedFen: 10_000_00, principalFen: 6_000_00, schedule });
    await page.reload();
    await page.getByRole('tab', { name: '债务' }).click();

    const row = page.getByRole('row', { name: /好借花/ }).first();
    // RATE(12, −993, 10000) × 12 = 33.67%: under the 36% line, though compounded (39.38%) and on
    // the real dates (39.74%) it would read above it.
    await expect(row.getByTestId('cost-primary')).toHaveText('年化利率（IRR法） 33.67%');
    await expect(row).toContainText('复利年化 39.38%');
    await expect(row).toContainText('按实际天数（XIRR） 39.74%');
    await expect(row.getByTestId('cost-mark')).toHaveText(['高于24%参考线']);

    await row.getByRole('button', { name: '计算过程 好借花' }).click();
    const how = page.getByRole('dialog', { name: /年化利率（IRR法）的计算过程/ });
    await expect(how).toContainText('每月一期');
    await expect(how.getByTestId('explain-formula')).toContainText('2.8056% × 12 = 33.67%');
    const flows = how.getByTestId('cost-flows').getByRole('row');
    await expect(flows).toHaveCount(14);
    await expect(flows.nth(1)).toContainText('2025-01-31');
    await expect(flows.nth(2)).toContainText('2025-02-28');
    await page.keyboard.press('Escape');
    await expect(how).toBeHidden();

    // The counsellor enters the one-year LPR: 4 × 3.45% = 13.8% becomes a line of its own.
    await page.getByRole('menuitem', { name: '设置' }).click();
    const lines = page.getByTestId('cost-lines');
    await lines.getByLabel('一年期 LPR（%）').fill('3.45');
    await lines.getByRole('button', { name: spaced('保存参考线') }).click();
    await expect(lines.getByText('请同时填写 LPR 和公布日期')).toBeVisible();
    await pickDate(page, 'LPR 公布日期', daysAgo(3));
    await lines.getByLabel('一年期 LPR（%）').fill('35');
    await lines.getByRole('button', { name: spaced('保存参考线') }).click();
    await expect(lines.getByText('LPR 应大于 0 且小于 20%')).toBeVisible();
    await lines.getByLabel('一年期 LPR（%）').fill('3.45');
    await lines.getByRole('button', { name: spaced('保存参考线') }).click();
    await expect(lines.getByTestId('lpr-line')).toContainText('4倍LPR参考线：13.8%');

    await page.goBack();
    await expect(row.getByTestId('cost-mark')).toHaveText(['高于4倍LPR（13.8%）', '高于24%参考线']);
  });
});
