import type { Locator } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';
import { addLender, choose, daysAgo, invoke, newClient, shot } from './steps';

// A counsellor builds repayment proposals for a client with four lenders: the budget from
// the latest statement shared pro rata over 36 months, one lender switched to a lump-sum
// settlement, saved; then a 24-month scenario, saved; then the two side by side.

// Eight people share two cores while this runs: re-rendering the builder can take seconds.
const expect = baseExpect.configure({ timeout: 30_000 });

test.describe('repayment proposals', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a client without a statement is told so, with a way to the finances tab', async ({ page, harness }) => {
    await page.goto(harness.url);
    const lender = await addLender(page, '好借App', 'online_platform');
    await newClient(page, '林小雨');
    const clientId = Number(/#\/clients\/(\d+)/.exec(page.url())![1]);
    await invoke(page, 'debts.create', { clientId, lenderId: lender, principalFen: 300_000 });
    await page.reload();
    await page.getByRole('tab', { name: '还款方案' }).click();
    await expect(page.getByTestId('notice-noStatement')).toBeVisible();
    await expect(page.getByTestId('notice-noBudget')).toBeVisible();
    // No instalments are offered: the only line is a hardship request.
    await expect(page.getByTestId('proposal-lines').getByText('暂缓催收', { exact: true })).toBeVisible();
    await shot(page, 'proposals-no-statement');
    await page.getByRole('button', { name: '去填写收支表' }).click();
    await expect(page).toHaveURL(new RegExp(`#/clients/${clientId}/finances$`));
  });

  test('builds a 36-month pro-rata proposal for four lenders, settles one, saves, builds a 24-month one and compares them', async ({ page, harness }) => {
    await page.setViewportSize({ width: 1500, height: 1000 });
    await page.goto(harness.url);
    const card = await addLender(page, '招商信用卡中心', 'bank');
    const app = await addLender(page, '好借App', 'online_platform');
    const consumer = await addLender(page, '平安普惠', 'consumer_finance');
    const friend = await addLender(page, '张伟（朋友）', 'private');
    await newClient(page, '陈思远');
    const clientId = Number(/#\/clients\/(\d+)/.exec(page.url())![1]);
    // Income 7,000 and outgoings 5,000 a month: 2,000.00 disposable.
    await invoke(page, 'statements.create', {
      clientId,
      statementDate: daysAgo(2),
      lines: [
        { kind: 'income', category: 'salary', amountFen: 700_000 },
        { kind: 'expense', category: 'rent_mortgage', amountFen: 300_000 },
        { kind: 'expense', category: 'food', amountFen: 200_000 },
      ],
    });
    await invoke(page, 'debts.create', { clientId, lenderId: card, productType: 'credit_card', principalFen: 4_000_000, interestFen: 300_000 });
    await invoke(page, 'debts.create', { clientId, lenderId: app, principalFen: 1_500_000, interestFen: 200_000, penaltyFen: 50_000, rate: { value: 0.0005, unit: 'daily' } });
    // A court is already enforcing this one: it is provided for before the others.
    await invoke(page, 'debts.create', { clientId, lenderId: consumer, productType: 'consumer_loan', principalFen: 2_000_000, priority: true, legalStage: 'enforcement' });
    await invoke(page, 'debts.create', { clientId, lenderId: friend, productType: 'private_loan', principalFen: 300_000 });

    await page.reload();
    await page.getByRole('tab', { name: '还款方案' }).click();
    const builder = page.getByTestId('proposal-builder');

    // The budget: 2,000.00 − 200.00 contingency − 555.56 for the enforced debt (20,000.00 over
    // 36 months, the regular payment rounded up) = 1,244.44 shared among the other three.
    await expect(builder.getByTestId('budget-disposable')).toHaveText('¥2,000.00');
    // The contingency box is found by its label.
    await expect(builder.getByLabel('应急储备')).toHaveValue(/^200(\.00)?$/);
    await expect(builder.getByTestId('budget-priority')).toHaveText('− ¥555.56');
    await expect(builder.getByTestId('budget-shared')).toHaveText('¥1,244.44');
    await expect(builder.getByTestId('proposal-months')).toHaveValue('36');
    const lines = builder.getByTestId('proposal-lines');
    await expect(lines.getByTestId(/^proposal-line-/)).toHaveCount(4);
    // Pro rata by balance (63,500.00 in all): the card's 43,000.00 gets 842.69 of the 1,244.44.
    const cardRow = lines.getByTestId(/^proposal-line-/).filter({ hasText: '招商信用卡中心' });
    await expect(cardRow).toContainText('¥842.69');
    await expect(lines.getByTestId(/^proposal-line-/).filter({ hasText: '平安普惠' })).toContainText('优先');
    // 842.69 × 36 cannot clear even the principal: the share for the whole term, the rest asked to be waived, openly.
    await expect(cardRow).toContainText('减免息费');
    await expect(cardRow).toContainText('其余欠款');
    await shot(page, 'proposals-36-suggested');

    // A card issuer's personalised instalments are offered for the card, not for the online loan.
    const appRow = lines.getByTestId(/^proposal-line-/).filter({ hasText: '好借App' });
    const offered = async (combobox: Locator) => {
      await combobox.click();
      await expect(combobox).toHaveAttribute('aria-expanded', 'true');
      const list = page.locator(`[id="${await combobox.getAttribute('aria-controls')}"]`).locator('..');
      await expect(list.getByTitle('一次性结清', { exact: true })).toBeVisible();
      const card = await list.getByTitle('信用卡个性化分期', { exact: true }).count();
      await combobox.press('Escape');
      await expect(combobox).toHaveAttribute('aria-expanded', 'false');
      return card;
    };
    expect(await offered(cardRow.getByTestId('line-招商信用卡中心-remedy').getByRole('combobox'))).toBe(1);
    expect(await offered(appRow.getByTestId('line-好借App-remedy').getByRole('combobox'))).toBe(0);

    // The online lender is offered a lump sum of 9,000.00 in two months instead.
    await choose(page, appRow.getByTestId('line-好借App-remedy').getByRole('combobox'), '一次性结清');
    const amount = appRow.getByTestId('line-好借App-amount');
    await amount.fill('9000');
    await amount.blur();
    await expect(appRow).toContainText('已手动调整');
    await expect(appRow.locator('td').filter({ hasText: '¥9,000.00' })).toHaveCount(1);
    // The schedule: one payment.
    await appRow.getByRole('button', { name: /展开|Expand/ }).click();
    await expect(lines.getByText('这项请求不含还款')).toHaveCount(0);
    await expect(lines.getByTestId('line-schedule').getByText('¥9,000.00')).toBeVisible();
    await shot(page, 'proposals-36-settlement');

    await builder.getByTestId('proposal-name').fill('36 期按比例');
    // A contingency typed with a decimal comma is refused at the box, and the plan cannot be saved until it is put right.
    const contingency = builder.getByTestId('budget-contingency');
    await contingency.fill('200,5');
    await expect(builder.getByText('逗号只用作千位分隔，小数点请用“.”：如 1,234.56 或 1234.56')).toBeVisible();
    await expect(builder.getByTestId('proposal-save')).toBeDisabled();
    await contingency.fill('200.00');
    await expect(builder.getByTestId('proposal-save')).toBeEnabled();
    await builder.getByTestId('proposal-save').click();
    const saved = page.getByTestId('proposal-saved');
    await expect(saved.getByText('36 期按比例')).toBeVisible();
    await expect(page.getByRole('heading', { name: '正在编辑：36 期按比例' })).toBeVisible();

    // A second scenario over 24 months, all suggestions.
    await page.getByRole('button', { name: '新建方案' }).click();
    await builder.getByText('24', { exact: true }).click();
    await expect(builder.getByTestId('proposal-months')).toHaveValue('24');
    // Clearing the enforced debt in 24 months leaves less for the others.
    await expect(builder.getByTestId('budget-shared')).toHaveText('¥966.66');
    await expect(cardRow).toContainText('¥654.59');
    // The term is honoured: no line runs past 24 months, so nothing is over budget.
    await expect(builder.getByTestId('notice-overBudget')).toHaveCount(0);
    await builder.getByTestId('proposal-name').fill('24 期');
    await builder.getByTestId('proposal-save').click();
    await expect(saved.getByText('24 期', { exact: true })).toBeVisible();

    // Side by side.
    await saved.getByTestId('compare-36 期按比例').check();
    await saved.getByTestId('compare-24 期').check();
    const compare = page.getByTestId('proposal-compare');
    await expect(compare).toBeVisible();
    await expect(compare.getByRole('columnheader', { name: '36 期按比例' })).toBeVisible();
    await expect(compare.getByRole('columnheader', { name: '24 期' })).toBeVisible();
    const monthsRow = compare.locator('tr').filter({ hasText: '期数' }).first();
    await expect(monthsRow).toContainText('36');
    await expect(monthsRow).toContainText('24');
    await expect(compare.locator('tr').filter({ hasText: '好借App' })).toContainText('¥9,000.00');
    const budgetRow = compare.locator('tr').filter({ hasText: '每月预算' });
    await expect(budgetRow).toContainText('¥1,244.44');
    await expect(budgetRow).toContainText('¥966.66');
    await shot(page, 'proposals-compare');

    // What was saved is what the main process computed, and D can read it.
    const list = await invoke(page, 'proposals.list', { clientId });
    const first = list.find((p) => p.name === '36 期按比例')!;
    expect(first.lines.find((l) => l.lenderName === '好借App')!.terms).toMatchObject({ params: { remedy: 'settlement' }, totalFen: 900_000 });
  });

  test('saving again keeps the earlier version; a name already used asks first; an old version is read and made current again', async ({ page, harness }) => {
    await page.setViewportSize({ width: 1500, height: 1000 });
    await page.goto(harness.url);
    const card = await addLender(page, '招商信用卡中心', 'bank');
    const app = await addLender(page, '好借App', 'online_platform');
    await newClient(page, '周明');
    const clientId = Number(/#\/clients\/(\d+)/.exec(page.url())![1]);
    await invoke(page, 'statements.create', {
      clientId,
      statementDate: daysAgo(2),
      lines: [
        { kind: 'income', category: 'salary', amountFen: 600_000 },
        { kind: 'expense', category: 'rent_mortgage', amountFen: 450_000 },
      ],
    });
    await invoke(page, 'debts.create', { clientId, lenderId: card, productType: 'credit_card', principalFen: 3_000_000, interestFen: 200_000 });
    await invoke(page, 'debts.create', { clientId, lenderId: app, principalFen: 900_000, interestFen: 150_000 });
    await page.reload();
    await page.getByRole('tab', { name: '还款方案' }).click();
    const builder = page.getByTestId('proposal-builder');
    const saved = page.getByTestId('proposal-saved');

    // 方案A over 24 months, saved; the morning's figures.
    await builder.getByText('24', { exact: true }).click();
    await builder.getByTestId('proposal-name').fill('方案A');
    await builder.getByTestId('proposal-save').click();
    await expect(page.getByRole('heading', { name: '正在编辑：方案A' })).toBeVisible();
    const monthly24 = await builder.getByTestId('total-monthly').innerText();

    // Reworked over 60 months and saved again: a second version, the first kept.
    await builder.getByText('60', { exact: true }).click();
    await expect(builder.getByTestId('total-monthly')).not.toHaveText(monthly24);
    const monthly60 = await builder.getByTestId('total-monthly').innerText();
    await builder.getByTestId('proposal-save').click();
    await expect(page.getByText('方案已保存为第 2 版，之前的版本保留在历史中')).toBeVisible();

    // A new scenario typed under the same name is not saved over it: Parley asks.
    await page.getByRole('button', { name: '新建方案' }).click();
    await builder.getByText('36', { exact: true }).click();
    await builder.getByTestId('proposal-name').fill('方案A');
    await builder.getByTestId('proposal-save').click();
    const clash = page.getByRole('dialog', { name: '已有名为“方案A”的方案' });
    await expect(clash).toBeVisible();
    await shot(page, 'proposals-name-clash');
    await clash.getByRole('button', { name: '改名为“方案A（2）”保存' }).click();
    await expect(saved.getByText('方案A（2）', { exact: true })).toBeVisible();
    await expect(saved.getByText('方案A', { exact: true })).toBeVisible();

    // The history of 方案A: version 2 current (60 months), version 1 (24 months) kept with its figures.
    await saved.getByRole('button', { name: /^历史版本（2） 方案A$/ }).click();
    const history = page.getByTestId('proposal-history');
    await expect(history.getByTestId('version-2')).toContainText('当前');
    await expect(history.getByTestId('version-2')).toContainText(monthly60);
    await expect(history.getByTestId('version-1')).toContainText(monthly24);
    await expect(history.getByTestId('version-1')).toContainText('24');
    // Read-only: the lines of version 1 as they were saved.
    await history.getByTestId('version-1').getByRole('button', { name: /展开|Expand/ }).click();
    await expect(history.getByTestId('version-lines-1')).toContainText('好借App');
    await expect(history.getByTestId('version-lines-1').getByRole('textbox')).toHaveCount(0);
    await shot(page, 'proposals-history');

    // Version 1 made current again: the builder opens it at 24 months, and version 2 is kept.
    await history.getByTestId('version-1').getByRole('button', { name: '恢复为当前版本' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(page.getByText('已恢复第 1 版')).toBeVisible();
    await expect(builder.getByTestId('proposal-months')).toHaveValue('24');
    await expect(builder.getByTestId('total-monthly')).toHaveText(monthly24);
    const versions = await invoke(page, 'proposals.versions', { id: (await invoke(page, 'proposals.list', { clientId })).find((p) => p.name === '方案A')!.id });
    expect(versions.map((v) => [v.version, v.months])).toEqual([
      [3, 24],
      [2, 60],
      [1, 24],
    ]);
  });
});
