import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RemedyParams } from '../../../../../shared/schemas/remedies';
import { addClient, addDebt, addLender, core, open, setShanghai, transition } from '../agreements/world';

// The outcomes dashboard on a hand-built agency: three agreements (one completed, one running
// with its waiver still conditional, one broken), cases closed for two reasons, one archived.

const waiveInterest: RemedyParams = { remedy: 'waiver', waivers: { interest: { mode: 'percent', value: 100 } }, payBy: '2025-06-01' };
const inst: RemedyParams = { remedy: 'instalments', months: 3, withInterest: false };

async function agreed(name: string, opened: string, debt: { principalFen: number; interestFen: number }, params: RemedyParams, sent: string, accepted: string) {
  setShanghai(opened);
  const clientId = await addClient(name);
  const lender = addLender(`${name}的债权人`);
  const d = await addDebt(clientId, lender, debt.principalFen, { interestFen: debt.interestFen });
  setShanghai(sent);
  const o = await core.call('offers.create', { debtId: d.id, params, startDate: '2025-06-01' });
  const s = await transition(o, 'sent', { onDate: sent });
  setShanghai(accepted);
  const a = await transition(s.offer, 'accepted', { onDate: accepted });
  return { clientId, agreement: a.agreement! };
}

async function close(clientId: number, reason: 'plan_completed' | 'dropped') {
  const c = await core.call('clients.get', { id: clientId });
  await core.call('clients.update', { id: clientId, rev: c.rev, patch: { status: 'closed', closureReason: reason } });
}

/** Five cases from January to May 2025: the figures below are worked out from these steps. */
async function agency() {
  open();
  // Opened 1 Jan, agreed 1 Mar (59 days: 1.9 months); 30,000 interest waived, 100,000 paid.
  const one = await agreed('客户一', '2025-01-01', { principalFen: 100_000, interestFen: 30_000 }, waiveInterest, '2025-01-05', '2025-03-01');
  setShanghai('2025-03-05');
  const paid = await core.call('payments.record', { agreementId: one.agreement.id, paidDate: '2025-03-05', amountFen: 100_000 });
  expect(paid.status).toBe('completed'); // paid in full: the plan completes itself
  await close(one.clientId, 'plan_completed');
  // Opened 1 Feb, agreed 2 May (90 days: 3.0 months); its 20,000 waiver waits on the plan.
  await agreed('客户二', '2025-02-01', { principalFen: 80_000, interestFen: 20_000 }, waiveInterest, '2025-02-10', '2025-05-02');
  // Opened 1 Mar, agreed 31 Mar (30 days: 1.0 month), then broken: nothing waived, nothing resolved.
  const three = await agreed('客户三', '2025-03-01', { principalFen: 60_000, interestFen: 0 }, inst, '2025-03-05', '2025-03-31');
  setShanghai('2025-05-10');
  await core.call('agreements.setStatus', { id: three.agreement.id, rev: three.agreement.rev, status: 'broken' });
  // A dropped case and an archived case still at intake.
  const four = await addClient('客户四');
  await close(four, 'dropped');
  const five = await addClient('客户五');
  await core.call('clients.archive', { id: five });
}

describe('insights.outcomes', () => {
  it('counts cases by status and outcome, debt resolved, waivers and the median months to agreement', async () => {
    await agency();
    const r = await core.call('insights.outcomes');
    expect(r.cases).toBe(5);
    expect(Object.values(r.byStatus).reduce((s, n) => s + n, 0)).toBe(5);
    expect(r.byStatus.closed).toBe(2);
    expect(r.byStatus.intake).toBe(3); // accepting an offer leaves the case status to the counsellor
    expect(r.byOutcome).toEqual({ settled: 0, plan_completed: 1, referred: 0, dropped: 1, unknown: 0 });
    expect(r.agreements).toBe(3);
    expect(r.resolved).toEqual({ debts: 1, amounts: [{ currency: 'CNY', amountMinor: 130_000 }] });
    expect(r.waived).toEqual([{ currency: 'CNY', amountMinor: 50_000 }]);
    expect(r.conditionalWaived).toEqual([{ currency: 'CNY', amountMinor: 20_000 }]);
    expect(r.monthsToAgreement).toEqual({ value: 1.9, n: 3 });
    expect((await core.failRaw('insights.outcomes', { all: true })).code).toBe('VALIDATION');
  });
});

describe('exports.agencySummary', () => {
  it('writes the summary and the months as typed sheets with frozen headers, and the months as CSV', async () => {
    await agency();
    const res = await core.call('exports.agencySummary', { format: 'xlsx' });
    expect(res.path).toMatch(/机构汇总 2025-05-10\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(res.path!) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['机构汇总', '按月统计']);
    const [summary, months] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const byFigure = new Map<string, ExcelJS.CellValue[]>();
    summary.eachRow((row, n) => n > 1 && byFigure.set(String(row.getCell(1).value), [row.getCell(2).value, row.getCell(3).value, row.getCell(4).value]));
    expect(byFigure.get('个案总数（含已归档）')).toEqual([5, null, null]);
    expect(byFigure.get('结案原因：还款计划完成')).toEqual([1, null, null]);
    expect(byFigure.get('已了结债务')).toEqual([1, 1300, null]);
    expect(byFigure.get('减免总额（净额）')).toEqual([null, 500, null]);
    expect(byFigure.get('其中以完成还款计划为条件')).toEqual([null, 200, null]);
    expect(byFigure.get('建档至达成协议的月数（中位数）')).toEqual([3, null, 1.9]);
    // Debt under management: the open cases' balances (客户二 100,000 less its 20,000 waiver, 客户三 60,000).
    expect(byFigure.get('在管债务（办理中个案的余额）')).toEqual([null, 1400, null]);
    expect(summary.getRow(1).getCell(3).value).toBe('金额（人民币）');
    expect(summary.getCell('C2').numFmt).toContain('¥');

    expect(months.getRow(1).values).toEqual([
      undefined, '月份', '新建个案', '结案个案', '已结清', '还款计划完成', '已转介（律师、法院等）', '客户终止', '达成协议', '了结债务笔数', '了结债务金额（人民币）', '减免金额（净额）（人民币）', '月末欠款余额（全部个案）（人民币）',
    ]);
    const row = (n: number) => (months.getRow(n).values as ExcelJS.CellValue[]).slice(1);
    expect(months.rowCount).toBe(6);
    expect(row(2)).toEqual(['2025-01', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1300]);
    expect(row(3)).toEqual(['2025-02', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2300]);
    expect(row(4)).toEqual(['2025-03', 1, 1, 0, 1, 0, 0, 2, 1, 1300, 300, 1600]);
    expect(row(5)).toEqual(['2025-04', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1600]);
    expect(row(6)).toEqual(['2025-05', 2, 1, 0, 0, 0, 1, 1, 0, 0, 200, 1400]);

    const csv = await core.call('exports.agencySummary', { format: 'csv' });
    const text = fs.readFileSync(csv.path!);
    expect([...text.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.toString('utf8').split('\r\n')[3]).toBe('2025-03,1,1,0,1,0,0,2,1,1300.00,300.00,1600.00');
    expect((await core.failRaw('exports.agencySummary', { format: 'pdf' })).code).toBe('VALIDATION');
  });
});
