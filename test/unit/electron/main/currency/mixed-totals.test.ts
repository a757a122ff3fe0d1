// Figures across cases of several regions, on a real encrypted database: a mainland, a Taiwan
// and a Hong Kong client owing some of the same lenders. Every figure over more than one case
// comes per currency – the overview, its legal stages and attention list, a lender's page and
// the directory sorted by amount, a lender's plans, the outcomes and the agency summary read back
// with exceljs – and no amount of one currency is ever added to another's.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RemedyParams } from '../../../../../shared/schemas/remedies';
import { addLender, core, open, setShanghai, transition } from '../agreements/world';

const waiveInterest: RemedyParams = { remedy: 'waiver', waivers: { interest: { mode: 'percent', value: 100 } }, payBy: '2025-06-01' };

async function client(name: string, region: 'cn' | 'tw' | 'hk') {
  return (await core.call('clients.create', { name, region })).id;
}

/** An offer waiving all interest, sent and accepted today: its agreement. */
async function waiverAgreed(debtId: number) {
  const o = await core.call('offers.create', { debtId, params: waiveInterest, startDate: '2025-06-01' });
  const s = await transition(o, 'sent');
  return (await transition(s.offer, 'accepted')).agreement!;
}

async function mixedCaseload() {
  open();
  setShanghai('2025-03-15');
  const bank = addLender('甲银行');
  const card = addLender('乙卡中心');
  const pawnshop = addLender('丙當鋪');
  const cn = await client('张三', 'cn');
  const tw = await client('陳美玲', 'tw');
  const hk = await client('陳大文', 'hk');
  const debt = (clientId: number, lenderId: number, principalFen: number, extra: Record<string, unknown> = {}) =>
    core.call('debts.create', { clientId, lenderId, principalFen, ...extra });
  // Mainland: ¥1,000.00 to the bank (in enforcement), ¥500.00 + ¥100.00 interest to the card centre.
  const cnBank = await debt(cn, bank, 1_000_00, { legalStage: 'enforcement' });
  const cnCard = await debt(cn, card, 500_00, { interestFen: 100_00 });
  // Taiwan: NT$30,000 to the same bank (in enforcement), NT$50,000 to the pawnshop.
  const twBank = await debt(tw, bank, 30_000_00, { legalStage: 'enforcement' });
  await debt(tw, pawnshop, 50_000_00);
  // Hong Kong: HK$2,000 + HK$500 interest to the card centre.
  const hkCard = await debt(hk, card, 2_000_00, { interestFen: 500_00 });
  // The Taiwan client spends more than she earns: NT$40,000 against NT$45,000 rent.
  await core.call('statements.create', {
    clientId: tw,
    statementDate: '2025-03-10',
    lines: [
      { kind: 'income', category: 'salary', amountFen: 40_000_00 },
      { kind: 'expense', category: 'rent_mortgage', amountFen: 45_000_00 },
    ],
  });
  return { bank, card, pawnshop, cn, tw, hk, cnBank, cnCard, twBank, hkCard };
}

/** Settles things: the mainland bank debt paid, the mainland card plan paid off, the Hong Kong waiver still conditional. */
async function someOutcomes(w: Awaited<ReturnType<typeof mixedCaseload>>) {
  await core.call('ledger.recordPayment', { debtId: w.cnBank.id, entryDate: '2025-03-15', amountFen: 1_000_00 });
  await core.call('ledger.recordPayment', { debtId: w.twBank.id, entryDate: '2025-03-15', amountFen: 30_000_00 });
  const cnPlan = await waiverAgreed(w.cnCard.id);
  const paid = await core.call('payments.record', { agreementId: cnPlan.id, paidDate: '2025-03-15', amountFen: 500_00 });
  expect(paid.status).toBe('completed');
  await waiverAgreed(w.hkCard.id);
}

const CNY = (amountMinor: number) => ({ currency: 'CNY', amountMinor });
const TWD = (amountMinor: number) => ({ currency: 'TWD', amountMinor });
const HKD = (amountMinor: number) => ({ currency: 'HKD', amountMinor });

describe('figures across cases of several currencies', () => {
  it('the overview totals debt per currency, per legal stage too, and an attention list shows each case in its own', async () => {
    const w = await mixedCaseload();
    const d = await core.call('dashboard.get');
    // Never ¥1,600.00 + NT$80,000 + HK$2,500 = "83,100.00".
    expect(d.totalOutstanding).toEqual([CNY(1_600_00), TWD(80_000_00), HKD(2_500_00)]);
    expect(d.debtCount).toBe(5);
    expect(d.legalStages.enforcement).toEqual({ debts: 2, outstanding: [CNY(1_000_00), TWD(30_000_00)] });
    expect(d.legalStages.none.outstanding).toEqual([CNY(600_00), TWD(50_000_00), HKD(2_500_00)]);
    expect(d.attention.negativeDisposable.items).toEqual([{ clientId: w.tw, name: '陳美玲', caseRef: expect.any(String), currency: 'TWD', detail: -5_000_00 }]);
  });

  it('a lender’s page and the directory give what it is owed per currency, and sort by the installation’s currency first', async () => {
    const w = await mixedCaseload();
    const bank = await core.call('lenders.get', { id: w.bank });
    expect(bank).toMatchObject({ caseCount: 2, debtCount: 2, outstanding: [CNY(1_000_00), TWD(30_000_00)] });
    expect(bank.cases.map((c) => [c.clientName, c.currency, c.outstandingFen])).toEqual([
      ['陳美玲', 'TWD', 30_000_00],
      ['张三', 'CNY', 1_000_00],
    ]);
    const card = await core.call('lenders.get', { id: w.card });
    expect(card.outstanding).toEqual([CNY(600_00), HKD(2_500_00)]);

    const names = async () => (await core.call('lenders.list', { sort: 'outstanding', order: 'desc' })).items.map((l) => l.name);
    // A mainland installation: by the ¥ amount (the pawnshop has none), never by a sum across currencies
    // (which would put the pawnshop's NT$50,000 first).
    expect(await names()).toEqual(['甲银行', '乙卡中心', '丙當鋪']);
    const listed = await core.call('lenders.list', { sort: 'name' });
    expect(listed.items.find((l) => l.id === w.pawnshop)?.outstanding).toEqual([TWD(50_000_00)]);
    // A Taiwan installation: by the NT$ amount first; the card centre has none, so it comes last.
    await core.call('settings.update', { region: 'tw' });
    expect(await names()).toEqual(['丙當鋪', '甲银行', '乙卡中心']);
    expect((await core.call('lenders.list', { sort: 'outstanding', order: 'asc' })).items.map((l) => l.name)).toEqual(['乙卡中心', '甲银行', '丙當鋪']);
  });

  it('a lender’s plans show their progress per currency, each offer and agreement in its case’s', async () => {
    const w = await mixedCaseload();
    await someOutcomes(w);
    const r = await core.call('agreements.byLender', { lenderId: w.card });
    expect(r.agreements.map((a) => [a.clientName, a.currency])).toEqual(
      expect.arrayContaining([
        ['张三', 'CNY'],
        ['陳大文', 'HKD'],
      ]),
    );
    expect(r.offers.map((o) => o.currency).sort()).toEqual(['CNY', 'HKD']);
    expect(r.progress.map((p) => [p.currency, p.progress.totalFen, p.progress.paidFen])).toEqual([
      ['CNY', 500_00, 500_00],
      ['HKD', 2_000_00, 0],
    ]);
  });

  it('the outcomes give debt resolved and waivers per currency', async () => {
    const w = await mixedCaseload();
    await someOutcomes(w);
    const o = await core.call('insights.outcomes');
    // Resolved: the mainland bank debt (¥1,000.00) and card plan (¥500.00 paid, ¥100.00 waived), the Taiwan bank debt.
    expect(o.resolved).toEqual({ debts: 3, amounts: [CNY(1_600_00), TWD(30_000_00)] });
    expect(o.waived).toEqual([CNY(100_00), HKD(500_00)]);
    expect(o.conditionalWaived).toEqual([HKD(500_00)]);
    const d = await core.call('dashboard.get');
    expect(d.totalOutstanding).toEqual([TWD(50_000_00), HKD(2_000_00)]);
  });

  it('the agency summary has a money column per currency, each with its format, in the .xlsx and the CSV', async () => {
    const w = await mixedCaseload();
    await someOutcomes(w);
    const res = await core.call('exports.agencySummary', { format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(res.path!) as unknown as ArrayBuffer);
    const [summary, months] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect((summary.getRow(1).values as unknown[]).slice(1)).toEqual(['项目', '个案数', '金额（人民币）', '金额（新台币）', '金额（港币）', '数值']);
    const byFigure = new Map<string, ExcelJS.Row>();
    summary.eachRow((row, n) => n > 1 && byFigure.set(String(row.getCell(1).value), row));
    const cells = (figure: string) => [2, 3, 4, 5].map((i) => byFigure.get(figure)!.getCell(i).value);
    expect(cells('在管债务（办理中个案的余额）')).toEqual([null, 0, 50_000, 2_000]);
    expect(cells('已了结债务')).toEqual([3, 1_600, 30_000, 0]);
    expect(cells('减免总额（净额）')).toEqual([null, 100, 0, 500]);
    expect(cells('其中以完成还款计划为条件')).toEqual([null, 0, 0, 500]);
    const resolved = byFigure.get('已了结债务')!;
    expect(resolved.getCell(3).numFmt).toBe('"¥"#,##0.00;-"¥"#,##0.00');
    // A whole New Taiwan dollar amount without decimals, as on screen.
    expect(resolved.getCell(4).numFmt).toBe('"NT$"#,##0;-"NT$"#,##0');
    expect(resolved.getCell(5).numFmt).toBe('"HK$"#,##0.00;-"HK$"#,##0.00');

    const header = (months.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(-9)).toEqual([
      '了结债务金额（人民币）', '减免金额（净额）（人民币）', '月末欠款余额（全部个案）（人民币）',
      '了结债务金额（新台币）', '减免金额（净额）（新台币）', '月末欠款余额（全部个案）（新台币）',
      '了结债务金额（港币）', '减免金额（净额）（港币）', '月末欠款余额（全部个案）（港币）',
    ]);
    expect(months.rowCount).toBe(2);
    expect((months.getRow(2).values as unknown[]).slice(-9)).toEqual([1_600, 100, 0, 30_000, 0, 50_000, 0, 500, 2_000]);

    const csv = await core.call('exports.agencySummary', { format: 'csv' });
    const lines = fs.readFileSync(csv.path!, 'utf8').split('\r\n');
    expect(lines[1]!.split(',').slice(-9)).toEqual(['1600.00', '100.00', '0.00', '30000.00', '0.00', '50000.00', '0.00', '500.00', '2000.00']);
  });

  it('a Taiwan client’s debts export in New Taiwan dollars', async () => {
    const w = await mixedCaseload();
    const res = await core.call('exports.debts', { clientId: w.tw, format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(res.path!) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    const owed = [2, 3].map((n) => ws.getRow(n).getCell(headers.indexOf('欠款合计') + 1));
    expect(owed.map((c) => c.value).sort()).toEqual([30_000, 50_000]);
    expect(owed.map((c) => c.numFmt)).toEqual(['"NT$"#,##0;-"NT$"#,##0', '"NT$"#,##0;-"NT$"#,##0']);
  });
});
