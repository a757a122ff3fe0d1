import { expect, spaced, test } from './fixtures';
import { addLender, daysAgo, invoke, newClient, shot } from './steps';

// A counsellor's month with 李秀英's two lenders. 花易借 agreed to waive the interest and the
// penalty interest if she pays the principal in two instalments; she pays both, and the debt
// is settled at zero with the waiver shown as her saving. 招商银行 accepted a lump-sum
// settlement for part of the card debt on condition it is paid; she pays a part, then cannot
// pay the rest, the plan is marked broken, and the card debt shows what is owed again. A
// payment she made to the bank outside any agreement is recorded on the debt itself.

test.describe('a debt ledger over a month', () => {
  test.describe.configure({ timeout: 180_000 });

  test('an agreement paid off settles its debt at zero; a broken conditional settlement restores the waived amount', async ({ page, harness }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(harness.url);
    const app = await addLender(page, '花易借', 'online_platform');
    const bank = await addLender(page, '招商银行', 'bank');
    await newClient(page, '李秀英');
    const clientId = Number(/#\/clients\/(\d+)/.exec(page.url())![1]);
    const appDebt = await invoke(page, 'debts.create', { clientId, lenderId: app, accountRef: 'HYJ-2291', principalFen: 800_000, interestFen: 120_000, penaltyFen: 30_000 });
    const bankDebt = await invoke(page, 'debts.create', { clientId, lenderId: bank, accountRef: '6225 **** **** 8841', principalFen: 2_000_000 });

    // Early in the month both lenders agreed (the offers went out and came back by phone).
    const waiver = await invoke(page, 'offers.create', {
      debtId: appDebt.id,
      params: { remedy: 'waiver', waivers: { interest: { mode: 'percent', value: 100 }, penalty: { mode: 'percent', value: 100 } }, months: 2 },
      startDate: daysAgo(-5),
      sentOn: daysAgo(20),
    });
    const settlement = await invoke(page, 'offers.create', { debtId: bankDebt.id, params: { remedy: 'settlement', amountFen: 1_200_000, payBy: daysAgo(-20) }, sentOn: daysAgo(20) });
    for (const offer of [waiver, settlement]) {
      await invoke(page, 'offers.transition', { id: offer.id, rev: offer.rev, to: 'accepted', onDate: daysAgo(14), note: '电话确认' });
    }

    // The debts table: each debt now owes what its agreement asks (the waivers are conditional).
    await page.reload();
    await page.getByRole('tab', { name: '债务' }).click();
    const table = page.getByTestId('debts-table');
    const appRow = table.getByRole('row').filter({ hasText: '花易借' });
    const bankRow = table.getByRole('row').filter({ hasText: '招商银行' });
    await expect(appRow).toContainText('¥8,000.00');
    await expect(bankRow).toContainText('¥12,000.00');
    await expect(page.getByTestId('debts-total-row')).toHaveText('¥20,000.00');

    // She pays 花易借 both instalments, recorded against the plan.
    await page.getByRole('tab', { name: '协商与协议' }).click();
    const tab = page.getByTestId('agreements-tab');
    const appPlan = tab.locator('[data-testid^="agreement-"]').filter({ hasText: '花易借' }).first();
    for (let i = 0; i < 2; i++) {
      await appPlan.getByTestId('record-payment').click();
      const pay = page.getByRole('dialog', { name: /记录还款/ });
      await expect(pay.getByTestId('payment-amount')).toHaveValue(/^4,000(\.00)?$/);
      await pay.getByRole('button', { name: spaced('保存') }).click();
      await expect(pay).toBeHidden();
    }
    await expect(appPlan.getByTestId('agreement-status')).toHaveText('已完成');

    // And ¥3,000 of the bank's lump sum, then nothing more: the plan is marked broken.
    const bankPlan = tab.locator('[data-testid^="agreement-"]').filter({ hasText: '招商银行' }).first();
    await bankPlan.getByTestId('record-payment').click();
    const pay = page.getByRole('dialog', { name: /记录还款/ });
    await pay.getByTestId('payment-amount').fill('3,000');
    await pay.getByRole('button', { name: spaced('保存') }).click();
    await expect(pay).toBeHidden();
    // The plan's menu opens on hover; its item is clicked where it is (the menu may still be
    // sliding in, which a pointer click at fixed coordinates would miss).
    await bankPlan.getByRole('button', { name: '操作' }).hover();
    const broken = page.getByRole('menuitem', { name: '标记为违约' });
    await expect(broken).toBeVisible();
    await broken.dispatchEvent('click');
    // The day it happened: today, as she leaves it.
    const marking = page.getByRole('dialog', { name: /标记为违约/ });
    await shot(page, 'agreement-status-dialog');
    await marking.getByRole('button', { name: spaced('保存') }).click();
    await expect(marking).toBeHidden();
    await expect(bankPlan.getByTestId('agreement-status')).toHaveText('已违约');
    await expect(bankPlan.getByTestId('agreement-status-date')).toContainText(daysAgo(0));
    await shot(page, 'agreement-broken-dated');

    // The debts: 花易借 settled at zero; the card owes its full balance less what was paid.
    await page.getByRole('tab', { name: '债务' }).click();
    await expect(appRow).toContainText('¥0.00');
    await expect(appRow).toContainText('已结清');
    await expect(bankRow).toContainText('¥17,000.00');
    await expect(page.getByTestId('debts-total-row')).toHaveText('¥17,000.00');

    // 花易借's ledger: the opening, the conditional waiver, both payments, the settlement; her saving.
    await page.getByRole('button', { name: '账目 花易借' }).click();
    const drawer = page.getByRole('dialog', { name: /账目明细 · 花易借/ });
    await expect(drawer.getByTestId('ledger-balance')).toHaveText('¥0.00');
    await expect(drawer.getByTestId('ledger-status')).toHaveText('已结清');
    await expect(drawer.getByTestId('ledger-saved')).toContainText('¥1,500.00');
    const entries = drawer.getByTestId('ledger-entries');
    await expect(entries.getByRole('row')).toHaveCount(6); // header + 5 entries
    await expect(entries).toContainText('附条件');
    await expect(entries).toContainText('协议履行完毕，余额结清');
    await shot(page, 'ledger-settled');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();

    // 招商银行's ledger shows the waiver revoked; a ¥500 payment she made at the bank's counter is recorded here.
    await page.getByRole('button', { name: '账目 招商银行' }).click();
    const bankDrawer = page.getByRole('dialog', { name: /账目明细 · 招商银行/ });
    await expect(bankDrawer.getByTestId('ledger-entries')).toContainText('撤销减免');
    await expect(bankDrawer.getByTestId('ledger-balance')).toHaveText('¥17,000.00');
    await bankDrawer.getByRole('button', { name: '记录还款' }).click();
    const direct = page.getByRole('dialog', { name: /记录还款 · 招商银行/ });
    await direct.getByRole('textbox', { name: '金额' }).fill('500');
    await direct.getByRole('textbox', { name: '备注' }).fill('客户在柜台自行还款');
    await direct.getByRole('button', { name: spaced('保存') }).click();
    await expect(direct).toBeHidden();
    await expect(bankDrawer.getByTestId('ledger-balance')).toHaveText('¥16,500.00');
    await expect(bankDrawer.getByTestId('ledger-entries')).toContainText('客户在柜台自行还款');
    await shot(page, 'ledger-broken');
    await page.keyboard.press('Escape');
    await expect(bankDrawer).toBeHidden();
    await expect(page.getByTestId('debts-total-row')).toHaveText('¥16,500.00');

    // The overview of the case and the dashboard read the same balances.
    const dash = await invoke(page, 'dashboard.get', undefined);
    expect(dash.totalOutstanding).toEqual([{ currency: 'CNY', amountMinor: 1_650_000 }]);
  });
});
