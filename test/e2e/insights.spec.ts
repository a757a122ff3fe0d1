import type { Page } from '@playwright/test';
import type { RemedyParams } from '../../shared/schemas/remedies';
import { expect as baseExpect, test } from './fixtures';
import { addLender, choose, daysAgo, invoke, shot } from './steps';

// A counsellor's morning: before calling 好借App about a new client, she looks at what the
// agency's earlier cases say about this lender – on its page, then beside its line of the new
// client's proposal – and at the outcomes on the overview. The earlier cases are recorded
// through the app's own channels, each offer sent and answered on its real (past) day:
//   instalments: accepted after 60, 30 and 70 days (one of them countered first), one counter
//                still open, one refused: 3 of 5 answered accepted, median 60 days to agree;
//   interest waivers: one accepted after 30 days, one refused: 1 of 2 – too few to judge.

const expect = baseExpect.configure({ timeout: 30_000 });

const instalments: RemedyParams = { remedy: 'instalments', months: 12, withInterest: false };
const waiver: RemedyParams = { remedy: 'waiver', waivers: { interest: { mode: 'percent', value: 100 } }, months: 6 };

type Reply = ['accepted' | 'rejected', number] | ['countered', number, RemedyParams];

async function earlierCase(page: Page, lenderId: number, name: string, params: RemedyParams, sentDaysAgo: number, replies: Reply[], payslip = false) {
  const client = await invoke(page, 'clients.create', { name, status: 'negotiating' });
  const debt = await invoke(page, 'debts.create', { clientId: client.id, lenderId, principalFen: 800_000, interestFen: 200_000 });
  if (payslip) {
    await invoke(page, 'attachments.upload', { clientId: client.id, kind: 'income_proof', fileName: '工资条.txt', dataBase64: Buffer.from('2024 年 10-12 月工资条').toString('base64') });
  }
  let offer = await invoke(page, 'offers.create', { debtId: debt.id, params, sentOn: daysAgo(sentDaysAgo) });
  for (const [to, days, counterParams] of replies) {
    offer = (await invoke(page, 'offers.transition', { id: offer.id, rev: offer.rev, to, onDate: daysAgo(days), ...(counterParams ? { counterParams } : {}) })).offer;
  }
  return client.id;
}

test.describe('lender insights', () => {
  test.describe.configure({ timeout: 240_000 });

  test('a lender with recorded outcomes shows its insights on its page and in the proposal builder', async ({ page, harness }) => {
    await page.setViewportSize({ width: 1500, height: 1000 });
    await page.goto(harness.url);
    const lender = await addLender(page, '好借App', 'online_platform');
    const first = await earlierCase(page, lender, '客户甲', instalments, 100, [['accepted', 40]], true);
    await earlierCase(page, lender, '客户乙', instalments, 100, [['accepted', 70]]);
    await earlierCase(page, lender, '客户丙', instalments, 90, [['countered', 80, { ...instalments, months: 6 }], ['accepted', 20]]);
    await earlierCase(page, lender, '客户丁', instalments, 60, [['countered', 50, { ...instalments, months: 6 }]]);
    await earlierCase(page, lender, '客户戊', instalments, 60, [['rejected', 55]]);
    await earlierCase(page, lender, '客户己', waiver, 80, [['accepted', 50]]);
    await earlierCase(page, lender, '客户庚', waiver, 80, [['rejected', 75]]);
    await invoke(page, 'contacts.create', {
      clientId: first,
      lenderId: lender,
      occurredAt: `${daysAgo(30)}T02:00:00.000Z`,
      channel: 'phone',
      direction: 'in',
      summary: '催收员威胁上门',
      isIncident: true,
      incidentTypes: ['threats'],
    });

    // The lender's page: how its offers ended, per remedy, with the counts behind every figure.
    await page.getByRole('menuitem', { name: '债权人' }).click();
    await page.getByRole('link', { name: '好借App', exact: true }).click();
    const card = page.getByTestId('lender-insights');
    await expect(card).toBeVisible();
    const inst = card.getByTestId('insights-row-instalments');
    await expect(inst.getByTestId('ended')).toHaveText('接受 3 · 还价中 1 · 拒绝 1 · 待答复 0 · 已过期 0');
    await expect(inst.getByTestId('acceptance')).toHaveText('3/5（60%）');
    await expect(inst).toContainText('其中 2 个曾被还价');
    await expect(inst.getByTestId('agree')).toHaveText('60 天（仅 3 例，不足以判断）');
    await expect(inst.getByTestId('reply')).toHaveText('10 天（5 例）'); // first replies after 60, 30, 10, 10 and 5 days
    const waivers = card.getByTestId('insights-row-waiver');
    await expect(waivers.getByTestId('acceptance')).toHaveText('1/2，案例太少，不足以判断');
    await expect(card.getByTestId('insights-row-all').getByTestId('acceptance')).toHaveText('4/7（57%）');
    // The payslip on file when 客户甲's instalments were accepted: 1 of the 3 accepted.
    await expect(card.getByTestId('insights-evidence-instalments')).toContainText('收入证明 1/3，案例太少，不足以判断');
    await expect(card.getByTestId('insights-evidence-waiver')).toContainText('当时未附证据');
    await expect(card.getByTestId('insights-incidents')).toContainText('不当催收记录：1 起');
    await shot(page, 'lender-insights');

    // Today's client owes 好借App too; the proposal suggests instalments and says what this lender did with them.
    const client = await invoke(page, 'clients.create', { name: '陈思远', status: 'assessment' });
    await invoke(page, 'statements.create', {
      clientId: client.id,
      statementDate: daysAgo(1),
      lines: [
        { kind: 'income', category: 'salary', amountFen: 800_000 },
        { kind: 'expense', category: 'rent_mortgage', amountFen: 300_000 },
      ],
    });
    await invoke(page, 'debts.create', { clientId: client.id, lenderId: lender, principalFen: 1_200_000, interestFen: 150_000 });
    await page.goto(`${harness.url}#/clients/${client.id}/proposals`);
    const line = page.getByTestId('proposal-lines').getByTestId(/^proposal-line-/).filter({ hasText: '好借App' });
    await expect(line.getByTestId('line-好借App-remedy')).toContainText('分期还款');
    const hint = line.getByTestId('insight-hint-好借App');
    await expect(hint).toContainText('该机构答复的「分期还款」报价中接受了 3/5 个（60%），同意用时中位数 60 天（3 例）');
    await expect(hint).toContainText('不当催收 1 起');
    await shot(page, 'proposal-insight-hint');

    // Asking for an interest waiver instead: too few answers to judge this lender by.
    await choose(page, line.getByTestId('line-好借App-remedy').getByRole('combobox'), '减免息费');
    await expect(hint).toContainText('该机构答复的「减免息费」报价中接受了 1/2 个，同意用时中位数 30 天（1 例）——案例太少，不足以判断');
    await expect(hint).not.toContainText('%');

    // The overview: what the agency's cases came to.
    await page.getByRole('menuitem', { name: '概览' }).click();
    const outcomes = page.getByTestId('outcomes');
    await expect(outcomes.getByTestId('outcomes-agreements')).toContainText('已达成协议4');
    await expect(outcomes.getByTestId('outcome-in-progress')).toHaveText('8');
  });
});
