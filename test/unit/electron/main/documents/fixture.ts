// A case with everything a packet can hold, written through the app's own channels where
// they exist and straight into the tables of migration 004/005 otherwise (proposals,
// contacts, evidence and letters are other capabilities' channels).
import type { TestCore } from '../../../helpers/core';

export interface CaseFixture {
  clientId: number;
  caseRef: string;
  lenders: { id: number; name: string }[];
  debtIds: number[];
}

export const LENDER_NAMES = ['喆华示例银行', '燚达消费金融', '堃元网络小贷'] as const;

export async function seedCase(core: TestCore, name = '王堃䶮', existingLenders?: { id: number; name: string }[]): Promise<CaseFixture> {
  const client = await core.call('clients.create', {
    name,
    householdAdults: 2,
    householdDependants: 1,
    employmentStatus: 'unemployed',
    occupation: '仓库管理员',
  });
  const lenders: { id: number; name: string }[] = existingLenders ?? [];
  if (!existingLenders) {
    for (const [i, lender] of LENDER_NAMES.entries()) {
      const created = await core.call('lenders.create', { name: lender, type: i === 0 ? 'bank' : 'consumer_finance' });
      lenders.push({ id: created.id, name: lender });
    }
  }
  const debtIds: number[] = [];
  const debt = async (lenderId: number, principalFen: number, extra: Record<string, unknown> = {}) => {
    const d = await core.call('debts.create', { clientId: client.id, lenderId, principalFen, interestFen: 123_456, penaltyFen: 7_890, lateFeesFen: 5_000, ...extra });
    debtIds.push(d.id);
    return d.id;
  };
  await debt(lenders[0]!.id, 123_456_789, { productType: 'credit_card', accountRef: '6225 **** 3391', firstMissedDate: '2024-12-15', legalStage: 'lawsuit_filed' });
  await debt(lenders[1]!.id, 2_345_600, { productType: 'consumer_loan', accountRef: 'YD-778812', firstMissedDate: '2025-01-14' });
  await debt(lenders[2]!.id, 987_654, { productType: 'online_loan', accountRef: 'KY2024-0001' });
  await core.call('statements.create', {
    clientId: client.id,
    statementDate: '2025-03-01',
    lines: [
      { kind: 'income', category: 'benefits', amountFen: 189_000, label: '失业保险金' },
      { kind: 'income', category: 'salary', amountFen: 1_452_050, label: '配偶陈喆' },
      { kind: 'expense', category: 'rent_mortgage', amountFen: 180_000 },
      { kind: 'expense', category: 'medical', amountFen: 26_000, label: '刘䶮用药' },
      { kind: 'expense', category: 'food', amountFen: 150_000 },
    ],
  });
  return { clientId: client.id, caseRef: client.caseRef, lenders, debtIds };
}

/** A saved proposal with one line per debt, the first lender's with a 3-month schedule. */
export function seedProposal(core: TestCore, f: CaseFixture): number {
  const now = '2025-03-15T09:00:00.000Z';
  const db = core.db;
  const id = Number(
    db
      .prepare(
        `INSERT INTO proposals (client_id, name, disposable_fen, priority_fen, contingency_fen, budget_fen, months, start_date, created_at, updated_at)
         VALUES (?, '三年期方案', 1335050, 0, 35050, 1300000, 36, '2025-04-15', ?, ?)`,
      )
      .run(f.clientId, now, now).lastInsertRowid,
  );
  // Parameters as the proposals tab stores them (without the remedy, which has its own column).
  const lines: [number, number, number, number, string, object, string][] = [
    [f.debtIds[0]!, f.lenders[0]!.id, 123_593_135, 1_270_000, 'instalments', { months: 36, withInterest: false }, JSON.stringify([
      { seq: 1, dueDate: '2025-04-15', amountFen: 1_270_000 },
      { seq: 2, dueDate: '2025-05-15', amountFen: 1_270_000 },
      { seq: 3, dueDate: '2025-06-15', amountFen: 1_270_000 },
    ])],
    [f.debtIds[1]!, f.lenders[1]!.id, 2_481_946, 25_000, 'waiver', { waivers: { penalty: { mode: 'percent', value: 100 } }, months: 36 }, '[]'],
    [f.debtIds[2]!, f.lenders[2]!.id, 1_124_000, 5_000, 'settlement', { amountFen: 180_000, payBy: '2025-04-15' }, '[]'],
  ];
  lines.forEach(([debtId, lenderId, outstanding, share, remedy, params, schedule], i) => {
    db.prepare(
      `INSERT INTO proposal_lines (proposal_id, debt_id, lender_id, position, outstanding_fen, share_fen, remedy, params_json, schedule_json, monthly_fen, total_fen, saving_fen)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, debtId, lenderId, i, outstanding, share, remedy, JSON.stringify(params), schedule, share, share * 36, Math.max(0, outstanding - share * 36));
  });
  return id;
}

export function seedContacts(core: TestCore, f: CaseFixture): void {
  const ins = core.db.prepare(
    `INSERT INTO contacts (client_id, lender_id, occurred_at, channel, direction, person, summary, outcome, is_incident, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const now = '2025-03-15T09:00:00.000Z';
  ins.run(f.clientId, f.lenders[0]!.id, '2025-02-10T02:30:00.000Z', 'phone', 'in', '催收员赵先生', '要求三日内还清，否则联系单位。', '告知正在准备方案', 1, now, now);
  ins.run(f.clientId, f.lenders[0]!.id, '2025-02-18T16:30:00.000Z', 'letter', 'out', null, '寄出协商还款申请书。', null, 0, now, now);
  ins.run(f.clientId, f.lenders[1]!.id, '2025-02-20T03:00:00.000Z', 'phone', 'out', '客服', '另一家的记录，不应出现。', null, 0, now, now);
}

export function seedAttachments(core: TestCore, f: CaseFixture): void {
  const db = core.db;
  const now = '2025-03-15T09:00:00.000Z';
  const file = (n: number) =>
    Number(db.prepare(`INSERT INTO files (sha256, size, mime, blob_name, created_at) VALUES (?, 10, 'application/pdf', ?, ?)`).run(`sha${n}`, `blob${n}`, now).lastInsertRowid);
  const att = db.prepare(`INSERT INTO attachments (file_id, client_id, debt_id, kind, file_name, doc_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  att.run(file(1), f.clientId, null, 'income_proof', '失业证明.pdf', '2025-02-01', now, now);
  att.run(file(2), f.clientId, f.debtIds[0]!, 'account_statement', '信用卡账单-2025年2月.pdf', '2025-02-28', now, now);
  att.run(file(3), f.clientId, f.debtIds[1]!, 'contract', '燚达借款合同.pdf', null, now, now);
}
