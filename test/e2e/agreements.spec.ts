import { addMonths } from '../../shared/domain/dates';
import { expect, spaced, test } from './fixtures';
import { addLender, choose, daysAgo, invoke, newClient, pickDate, shot } from './steps';

// Negotiating for one client: offers go out to two lenders (one typed by hand, one from
// the IPC as a finished draft), the bank accepts and the online lender counters with its
// own terms; the first instalment is paid, the second is recorded as missed, and the plan
// progress shows it, on the client and on the lender's page.

test.describe('offers and plans', () => {
  test.describe.configure({ timeout: 180_000 });

  test('sends offers to two lenders, records an acceptance and a counter-offer, a payment and a missed one', async ({ page, harness }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(harness.url);
    const bank = await addLender(page, '招商信用卡中心', 'bank');
    const app = await addLender(page, '好借App', 'online_platform');
    await newClient(page, '陈思远');
    const clientId = Number(/#\/clients\/(\d+)/.exec(page.url())![1]);
    await invoke(page, 'debts.create', { clientId, lenderId: bank, accountRef: 'CMB-6225', principalFen: 1_200_000 });
    const appDebt = await invoke(page, 'debts.create', { clientId, lenderId: app, accountRef: 'HJ-0815', principalFen: 600_000, interestFen: 90_000 });
    // A settlement offer drafted earlier for 好借App.
    await invoke(page, 'offers.create', { debtId: appDebt.id, params: { remedy: 'waiver', waivers: { interest: { mode: 'percent', value: 100 } }, months: 12 } });

    await page.reload();
    await page.getByRole('tab', { name: '协商与协议' }).click();
    const tab = page.getByTestId('agreements-tab');
    await expect(tab.getByTestId('offer-lender-group')).toHaveCount(1);

    // 1. An offer typed by hand for the card debt: 12 interest-free instalments.
    await tab.getByTestId('offers-create').click();
    const create = page.getByRole('dialog', { name: '手动创建报价' });
    await choose(page, create.getByRole('combobox', { name: '债务' }), /^招商信用卡中心 · CMB-6225/);
    await create.getByRole('spinbutton', { name: '期数' }).fill('12');
    await create.getByRole('button', { name: spaced('保存') }).click();
    await expect(create).toBeHidden();
    const bankGroup = tab.getByTestId('offer-lender-group').filter({ hasText: '招商信用卡中心' });
    const appGroup = tab.getByTestId('offer-lender-group').filter({ hasText: '好借App' });
    await expect(bankGroup.getByText('¥12,000.00')).toBeVisible();

    // 2. Both go out by letter; each logs a contact and a reply follow-up.
    for (const group of [bankGroup, appGroup]) {
      await group.getByTestId('offer-action-sent').click();
      const dlg = page.getByRole('dialog', { name: /标记为已发出/ });
      await dlg.getByTestId('transition-note').fill('挂号信寄出');
      await dlg.getByRole('button', { name: spaced('保存') }).click();
      await expect(dlg).toBeHidden();
      await expect(group.getByTestId('offer-status')).toHaveText('已发出');
    }

    // 3. The bank accepts: an agreement with its schedule appears.
    await bankGroup.getByTestId('offer-action-accepted').click();
    const accept = page.getByRole('dialog', { name: /接受/ });
    await accept.getByTestId('transition-note').fill('电话确认同意 12 期');
    await accept.getByRole('button', { name: spaced('保存') }).click();
    await expect(accept).toBeHidden();
    await expect(bankGroup.getByTestId('offer-status')).toHaveText('已接受');
    const agreement = tab.locator('[data-testid^="agreement-"]').filter({ hasText: '招商信用卡中心' }).first();
    await expect(agreement.getByTestId('agreement-status')).toHaveText('执行中');
    await expect(agreement.getByTestId('instalment-state')).toHaveCount(12);

    // 4. 好借App counters: 6 instalments instead of 12.
    await appGroup.getByTestId('offer-action-countered').click();
    const counter = page.getByRole('dialog', { name: /记录对方还价/ });
    await choose(page, counter.getByRole('combobox', { name: '还款安排' }), '分期还款');
    await counter.getByRole('spinbutton', { name: '期数' }).fill('6');
    await counter.getByTestId('transition-note').fill('对方只同意 6 期，不减免利息');
    await counter.getByRole('button', { name: spaced('保存') }).click();
    await expect(counter).toBeHidden();
    await expect(appGroup.getByTestId('offer-status')).toHaveText('对方还价');
    await expect(appGroup.getByText('对方条件', { exact: true })).toBeVisible();
    await expect(appGroup.getByText('¥6,900.00')).toBeVisible();
    await shot(page, 'agreements-offers');

    // 5. The first instalment is paid (the amount defaults to what is due next).
    await agreement.getByTestId('record-payment').click();
    const pay = page.getByRole('dialog', { name: /记录还款/ });
    await expect(pay.getByTestId('payment-amount')).toHaveValue(/^1,000(\.00)?$/);
    await pay.getByRole('button', { name: spaced('保存') }).click();
    await expect(pay).toBeHidden();
    await expect(agreement.getByTestId('instalment-state').first()).toHaveText('已还');

    // 6. The client says the second will not be paid: marked missed.
    await agreement.getByTestId('mark-missed-2').click();
    await expect(agreement.getByTestId('instalment-state').nth(1)).toHaveText('未还');
    // 标记未还 is offered on what is due and the next instalment only, not on every month to the end.
    await expect(agreement.getByRole('button', { name: '取消未还标记' })).toHaveCount(1);
    await expect(agreement.getByRole('button', { name: '标记未还' })).toHaveCount(1);
    await expect(agreement.getByTestId('mark-missed-3')).toBeVisible();
    await expect(agreement.getByTestId('agreement-progress')).toContainText('已还 ¥1,000.00 / ¥12,000.00');
    await expect(agreement.getByTestId('agreement-progress')).toContainText('未还 1 期');
    await expect(tab.getByTestId('client-plan-progress')).toContainText('1/12 期已还');
    await shot(page, 'agreements-plan');

    // 7. The lender's page shows the plan across cases.
    await page.goto(`${harness.url}#/lenders/${bank}`);
    const card = page.getByTestId('lender-agreements');
    await expect(card.getByTestId('lender-plan-progress')).toContainText('已还 ¥1,000.00 / ¥12,000.00');
    await expect(card.getByText('陈思远', { exact: false }).first()).toBeVisible();
    await shot(page, 'agreements-lender');
  });

  test('records a negotiation from weeks ago on its real dates: an offer already sent, the acceptance, a payment before today', async ({ page, harness }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(harness.url);
    const lender = await addLender(page, '星河消费金融', 'consumer_finance');
    await newClient(page, '黄丽华');
    const clientId = Number(/#\/clients\/(\d+)/.exec(page.url())![1]);
    await invoke(page, 'debts.create', { clientId, lenderId: lender, accountRef: 'XH-2291', principalFen: 600_000 });
    await page.reload();
    await page.getByRole('tab', { name: '协商与协议' }).click();
    const tab = page.getByTestId('agreements-tab');

    // The client came in with a letter her sister posted four weeks ago, drafted a few days before.
    await tab.getByTestId('offers-create').click();
    const create = page.getByRole('dialog', { name: '手动创建报价' });
    await choose(page, create.getByRole('combobox', { name: '债务' }), /^星河消费金融 · XH-2291/);
    await create.getByRole('spinbutton', { name: '期数' }).fill('6');
    await pickDate(page, '起草日期', daysAgo(31));
    await create.getByTestId('create-offer-already-sent').check();
    await pickDate(page, '发出日期', daysAgo(28));
    // The letter gave the lender until a date to answer (the label names its field).
    await pickDate(page, '有效期至', daysAgo(-10));
    await create.getByRole('button', { name: spaced('保存') }).click();
    await expect(create).toBeHidden();
    const group = tab.getByTestId('offer-lender-group').filter({ hasText: '星河消费金融' });
    await expect(group.getByTestId('offer-status')).toHaveText('已发出');
    await expect(group.getByText(`有效期至 ${daysAgo(-10)}`)).toBeVisible();
    await expect(group.getByText(daysAgo(28)).first()).toBeVisible();

    // The lender agreed by phone three weeks ago.
    await group.getByTestId('offer-action-accepted').click();
    const accept = page.getByRole('dialog', { name: /接受/ });
    const acceptDate = accept.getByTestId('transition-date');
    await acceptDate.click();
    await acceptDate.fill(daysAgo(21));
    await acceptDate.press('Enter');
    await expect(acceptDate).toHaveValue(daysAgo(21));
    await accept.getByTestId('transition-note').fill('电话确认同意 6 期');
    await accept.getByRole('button', { name: spaced('保存') }).click();
    await expect(accept).toBeHidden();
    await expect(group.getByTestId('offer-status')).toHaveText('已接受');
    const agreement = tab.locator('[data-testid^="agreement-"]').filter({ hasText: '星河消费金融' }).first();
    await expect(agreement.getByTestId('agreement-status')).toHaveText('执行中');

    // A payment slip dated before the agreement is refused at the field; the real one, ten days ago, is kept.
    await agreement.getByTestId('record-payment').click();
    const pay = page.getByRole('dialog', { name: /记录还款/ });
    await pickDate(page, '还款日期', daysAgo(25));
    await pay.getByRole('button', { name: spaced('保存') }).click();
    await expect(pay.getByText('还款日期不能早于这份协议的达成日期')).toBeVisible();
    await pickDate(page, '还款日期', daysAgo(10));
    await pay.getByRole('button', { name: spaced('保存') }).click();
    await expect(pay).toBeHidden();
    await expect(agreement.getByTestId('instalment-state').first()).toHaveText('已还');

    const [offer] = (await invoke(page, 'offers.list', { clientId })).items;
    expect(offer!.events.map((e) => [e.status, e.onDate])).toEqual([
      ['drafted', daysAgo(31)],
      ['sent', daysAgo(28)],
      ['accepted', daysAgo(21)],
    ]);
    const [made] = (await invoke(page, 'agreements.list', { clientId })).items;
    expect(made!.agreedDate).toBe(daysAgo(21));
    expect(made!.payments.map((p) => p.paidDate)).toEqual([daysAgo(10)]);
    // The schedule runs from a month after the letter went out.
    expect(made!.instalments.map((i) => i.dueDate)).toEqual([1, 2, 3, 4, 5, 6].map((k) => addMonths(daysAgo(28), k)));
  });
});
