import { expect as baseExpect, spaced, test } from './fixtures';
import { addLender, daysAgo, invoke, newClient, shot } from './steps';

// A counsellor's day when a client's circumstances change. 陈思远 has four lenders and a saved
// 36-month plan: a court-enforced debt provided for first, a lump-sum settlement the counsellor
// chose for one lender, and two lenders sharing the rest pro rata. He brings a new payslip:
// his income has dropped. The counsellor records the new statement, sees the plan marked as
// built on old figures (and why), revises it, compares old and new payments lender by lender,
// confirms, and finds revised-offer letters drafted only for the two lenders whose payment changed.

const expect = baseExpect.configure({ timeout: 30_000 });

test.describe('re-planning when things change', () => {
  test.describe.configure({ timeout: 240_000 });

  test('a revised plan after a new statement drafts letters only for the lenders whose payment changed', async ({ page, harness }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(harness.url);
    const card = await addLender(page, '招商信用卡中心', 'bank');
    const app = await addLender(page, '好借App', 'online_platform');
    const consumer = await addLender(page, '平安普惠', 'consumer_finance');
    const friend = await addLender(page, '速贷通', 'online_platform');
    await newClient(page, '陈思远');
    const clientId = Number(/#\/clients\/(\d+)/.exec(page.url())![1]);
    // Income 7,000 and outgoings 5,000 a month: 2,000.00 disposable.
    await invoke(page, 'statements.create', {
      clientId,
      statementDate: daysAgo(30),
      lines: [
        { kind: 'income', category: 'salary', amountFen: 700_000 },
        { kind: 'expense', category: 'rent_mortgage', amountFen: 300_000 },
        { kind: 'expense', category: 'food', amountFen: 200_000 },
      ],
    });
    await invoke(page, 'debts.create', { clientId, lenderId: card, productType: 'credit_card', principalFen: 4_000_000, interestFen: 300_000 });
    const appDebt = await invoke(page, 'debts.create', { clientId, lenderId: app, principalFen: 1_500_000, interestFen: 200_000 });
    await invoke(page, 'debts.create', { clientId, lenderId: consumer, productType: 'consumer_loan', principalFen: 2_000_000, priority: true, legalStage: 'enforcement' });
    await invoke(page, 'debts.create', { clientId, lenderId: friend, principalFen: 600_000 });
    // Last month's plan: 好借App settles for 9,000.00; the others as the builder shares them.
    await invoke(page, 'proposals.create', {
      clientId,
      name: '方案A：36期',
      months: 36,
      startDate: daysAgo(-20),
      lines: [{ debtId: appDebt.id, params: { remedy: 'settlement', amountFen: 900_000, payBy: daysAgo(-60) } }],
    });
    await page.reload();

    // The new payslip: income 6,000.00 now. A new statement, starting from the old one's lines.
    await page.getByRole('tab', { name: '财务状况' }).click();
    await page.getByRole('button', { name: '新建收支表' }).click();
    await page.getByLabel('收入 第 1 行 金额').fill('6000');
    await page.getByRole('button', { name: spaced('保存') }).click();
    await expect(page.getByRole('button', { name: '新建收支表' })).toBeVisible();

    // The case overview says the saved plan rests on figures that changed, and what changed.
    await page.getByRole('tab', { name: '概况' }).click();
    const summary = page.getByTestId('stale-summary');
    await expect(summary).toContainText('1 个已保存方案依据已变化');
    await expect(summary).toContainText('可支配收入 ¥2,000.00 → ¥1,000.00');
    await summary.getByRole('button', { name: '查看还款方案' }).click();

    // On the proposals tab: the mark on 方案A, with the change, and "revise the plan".
    await expect(page).toHaveURL(new RegExp(`#/clients/${clientId}/proposals$`));
    const stale = page.getByTestId('stale-proposals');
    await expect(stale).toContainText('方案A：36期');
    await expect(stale).toContainText('可支配收入 ¥2,000.00 → ¥1,000.00');
    await shot(page, 'replan-stale');
    await stale.getByRole('button', { name: '重新计算方案' }).click();
    // The revision has its own address (case reviews link to it).
    await expect(page).toHaveURL(new RegExp(`#/clients/${clientId}/proposals\\?revise=\\d+$`));

    // Old and new side by side: the two lenders on the pro-rata share pay less; the enforced
    // debt and the chosen settlement are unchanged.
    const dialog = page.getByRole('dialog', { name: /重新计算方案：方案A：36期/ });
    const preview = dialog.getByTestId('revise-preview');
    await expect(preview.getByTestId('revise-changes')).toContainText('可支配收入 ¥2,000.00 → ¥1,000.00');
    const row = (name: string) => dialog.getByTestId('revise-lines').getByRole('row').filter({ hasText: name });
    for (const name of ['招商信用卡中心', '速贷通']) {
      await expect(row(name)).toContainText('有变化');
      await expect(row(name)).toContainText('−¥');
    }
    for (const name of ['平安普惠', '好借App']) await expect(row(name)).toContainText('不变');
    await expect(row('好借App')).toContainText('¥9,000.00');
    const letters = dialog.getByTestId('revise-letters');
    await expect(letters).toContainText('将为 2 家债权人起草');
    await expect(letters).toContainText('招商信用卡中心');
    await expect(letters).toContainText('速贷通');
    await expect(letters).not.toContainText('好借App');
    await shot(page, 'replan-side-by-side');
    await dialog.getByRole('button', { name: '保存新方案并起草信函' }).click();
    await expect(page.getByText('方案已更新，已起草 2 封信函')).toBeVisible();
    await expect(dialog).toBeHidden();

    // The plan now rests on today's figures: no mark.
    await expect(page.getByTestId('stale-proposals')).toHaveCount(0);

    // The letters tab: two drafts, one per lender whose payment changed, none for the others.
    await page.getByRole('tab', { name: '信函' }).click();
    const panel = page.getByRole('tabpanel', { name: '信函' });
    const rows = panel.getByRole('row').filter({ hasText: '调整后的还款方案' });
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: '招商信用卡中心' })).toHaveCount(1);
    await expect(rows.filter({ hasText: '速贷通' })).toHaveCount(1);
    await expect(panel.getByRole('row').filter({ hasText: '好借App' })).toHaveCount(0);
    await expect(panel.getByRole('row').filter({ hasText: '平安普惠' })).toHaveCount(0);
    await shot(page, 'replan-letters');
  });
});
