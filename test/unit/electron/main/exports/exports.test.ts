// Spreadsheet exports read back: the .xlsx with exceljs (typed cells, number formats, the
// frozen header, widths), the CSV as bytes (BOM, quoting, formula-looking text).
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TestCore } from '../../../helpers/core';
import { openCorePerTest } from '../../../helpers/case';

let core: TestCore;
openCorePerTest(
  (c) => (core = c),
  () => ({ now: () => new Date('2025-03-15T09:00:00.000Z') }),
);

async function readXlsx(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

async function seed() {
  const lender = await core.call('lenders.create', { name: '喆华示例银行', type: 'bank' });
  const a = await core.call('clients.create', { name: '王堃', phone: '13800138000', status: 'negotiating' });
  const b = await core.call('clients.create', { name: '李四', status: 'intake' });
  await core.call('debts.create', {
    clientId: a.id,
    lenderId: lender.id,
    productType: 'credit_card',
    principalFen: 1_234_567,
    interestFen: 100_01,
    firstMissedDate: '2025-01-15',
    loanDate: '2024-01-01',
    receivedFen: 1_000_000,
    rate: { value: 0.0005, unit: 'daily' },
    accountRef: '=HYPERLINK("http://x","点我")',
  });
  return { lender, a, b };
}

describe('exports', () => {
  it('the client list as filtered: typed cells, frozen header, widths, headers in the UI language', async () => {
    const { a } = await seed();
    const res = await core.call('exports.clients', { status: 'negotiating', format: 'xlsx' });
    expect(res.rows).toBe(1);
    expect(res.path).toMatch(/\.xlsx$/);
    const ws = await readXlsx(res.path!);
    expect(ws.getRow(1).values).toEqual([undefined, '案件编号', '姓名', '电话', '身份证号（已遮蔽）', '案件状态', '已归档', '建档日期', '更新日期']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(2).width).toBe(16);
    expect(ws.rowCount).toBe(2);
    expect(ws.getCell('A2').value).toBe(a.caseRef);
    expect(ws.getCell('B2').value).toBe('王堃');
    expect(ws.getCell('E2').value).toBe('协商中');
    const created = ws.getCell('G2');
    expect(created.value).toBeInstanceOf(Date);
    expect((created.value as Date).toISOString()).toBe('2025-03-15T00:00:00.000Z');
    expect(created.numFmt).toBe('yyyy-mm-dd');
  });

  it('a client’s debts: balances as numbers with the currency format, the true cost as a percentage', async () => {
    const { a } = await seed();
    const debts = await core.call('debts.list', { clientId: a.id });
    await core.call('settings.update', { language: 'en' });
    const res = await core.call('exports.debts', { clientId: a.id, format: 'xlsx' });
    const ws = await readXlsx(res.path!);
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => headers.indexOf(name) + 1;
    expect(headers).toContain('Total owed');
    const owed = ws.getRow(2).getCell(col('Total owed'));
    expect(owed.value).toBe(debts.items[0]!.outstandingFen / 100);
    expect(owed.value).toBe(12_445.68);
    expect(owed.numFmt).toContain('#,##0.00');
    expect(ws.getRow(2).getCell(col('Product type')).value).toBe('Credit card');
    expect(ws.getRow(2).getCell(col('Days overdue')).value).toBe(debts.items[0]!.daysOverdue);
    const simple = ws.getRow(2).getCell(col('Annual rate (simple)'));
    expect(simple.value).toBeCloseTo(0.1825, 10);
    expect(simple.numFmt).toBe('0.00%');
    expect(res.path!).toContain(a.caseRef);
  });

  it('CSV: UTF-8 with a BOM, quoted where needed, formula-looking text made inert, plain amounts', async () => {
    const { a } = await seed();
    const res = await core.call('exports.clients', { format: 'csv', sort: 'name', order: 'asc' });
    const bytes = fs.readFileSync(res.path!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('案件编号,姓名,电话,身份证号（已遮蔽）,案件状态,已归档,建档日期,更新日期');
    expect(lines.some((l) => l.startsWith(`${a.caseRef},王堃,13800138000,,协商中,否,2025-03-15,2025-03-15`))).toBe(true);
    const debts = await core.call('exports.debts', { clientId: a.id, format: 'csv' });
    const debtCsv = fs.readFileSync(debts.path!, 'utf8');
    expect(debtCsv).toContain(',12445.68,2025-01-15,');
    expect(debtCsv).toContain(`,"'=HYPERLINK(""http://x"",""点我"")",`);
  });

  it('a name that looks like a formula stays a text cell in the .xlsx', async () => {
    const { a } = await seed();
    const res = await core.call('exports.debts', { clientId: a.id, format: 'xlsx' });
    const ws = await readXlsx(res.path!);
    expect(ws.getCell('D2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('D2').value).toBe('=HYPERLINK("http://x","点我")');
    expect(ws.getCell('D2').formula).toBeUndefined();
  });

  it('cancelling the dialog writes nothing; bad input is refused in the UI language', async () => {
    await seed();
    core.platform.nextSavePath(null);
    expect(await core.call('exports.clients', { format: 'xlsx' })).toEqual({ path: null, rows: 2 });
    expect(fs.existsSync(core.platform.outbox) ? fs.readdirSync(core.platform.outbox) : []).toEqual([]);
    const err = await core.failRaw('exports.clients', { format: 'pdf' });
    expect(err.code).toBe('VALIDATION');
    expect((await core.failRaw('exports.debts', { clientId: 999, format: 'xlsx' })).code).toBe('NOT_FOUND');
  });

  it('the payments of a plan and the open follow-ups', async () => {
    const { a, lender } = await seed();
    const debt = (await core.call('debts.list', { clientId: a.id })).items[0]!;
    await core.call('followups.create', { clientId: a.id, lenderId: lender.id, dueDate: '2025-03-20', note: '回电确认' });
    const fu = await core.call('exports.followups', { format: 'xlsx' });
    const ws = await readXlsx(fu.path!);
    expect(fu.rows).toBe(1);
    expect((ws.getCell('A2').value as Date).toISOString().slice(0, 10)).toBe('2025-03-20');
    expect(ws.getCell('F2').value).toBe('回电确认');

    const offer = await core.call('offers.create', { debtId: debt.id, params: { remedy: 'instalments', months: 3, withInterest: false }, startDate: '2025-04-01' });
    const sent = await core.call('offers.transition', { id: offer.id, rev: offer.rev, to: 'sent', onDate: '2025-03-15' });
    const accepted = await core.call('offers.transition', { id: sent.offer.id, rev: sent.offer.rev, to: 'accepted', onDate: '2025-03-15' });
    const agreement = accepted.agreement!;
    const first = agreement.instalments[0]!;
    await core.call('payments.record', { agreementId: agreement.id, paidDate: '2025-03-15', amountFen: 1_000_05, instalmentId: first.id, note: '部分' });
    const pay = await core.call('exports.payments', { agreementId: agreement.id, format: 'xlsx' });
    const ps = await readXlsx(pay.path!);
    expect(pay.rows).toBe(1);
    expect((ps.getCell('A2').value as Date).toISOString().slice(0, 10)).toBe('2025-03-15');
    expect(ps.getCell('B2').value).toBe(1000.05);
    expect(ps.getCell('C2').value).toBe(1);
    expect((ps.getCell('D2').value as Date).toISOString().slice(0, 10)).toBe(first.dueDate);
    expect(ps.getCell('E2').value).toBe('部分');
  });
});
