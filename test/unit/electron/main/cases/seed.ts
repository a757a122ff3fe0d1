// A complete case for hand-over and purge tests: a row in every table that belongs to a
// client. Lenders, clients and debts go through their channels (so the search index and
// the audit log are filled as the app fills them); the tables of capabilities built in
// parallel are written directly, the way migration 004/005 define them.
import { idNumberCheckChar } from '../../../../../shared/domain/prc-id';
import { storeFile } from '../../../../../electron/main/attachments/store';
import { writeAudit } from '../../../../../electron/main/db/audit';
import type { TestCore } from '../../../helpers/core';
import type { ChannelInput } from '../../../../../shared/contract';

type LenderType = NonNullable<ChannelInput<'lenders.create'>['type']>;

export interface Person {
  name: string;
  phone: string;
  idNumber: string;
  attachmentText: string;
}

/** A valid resident ID number from 17 digits. */
export function idNumber(first17: string): string {
  return first17 + idNumberCheckChar(first17);
}

export const PERSON_A: Person = {
  name: '龚燚堃',
  phone: '13912345678',
  idNumber: idNumber('11010519850612347'),
  attachmentText: 'PAYSLIP-龚燚堃-收入证明-ZQX9',
};

export const PERSON_B: Person = {
  name: '买买提·艾力',
  phone: '13800138000',
  idNumber: idNumber('65010219900101123'),
  attachmentText: 'RECEIPT-买买提-支出明细-WVK3',
};

export async function ensureLender(core: TestCore, name: string, aliases: string[], type: LenderType = 'bank'): Promise<number> {
  const row = core.db.prepare('SELECT lender_id AS id FROM lender_names WHERE name = ?').get(name) as { id: number } | undefined;
  if (row) return row.id;
  return (await core.call('lenders.create', { name, aliases, type, phones: ['95555'] })).id;
}

export interface SeededCase {
  clientId: number;
  caseRef: string;
  debtIds: number[];
  fileIds: number[];
}

/** Writes one client with a row in every case table; `closed` closes the case. */
export async function seedCase(core: TestCore, p: Person, options: { closed?: boolean; sharedText?: string } = {}): Promise<SeededCase> {
  const db = core.db;
  const bank = await ensureLender(core, '招商银行', ['招行', '招商银行信用卡中心']);
  const platform = await ensureLender(core, '蚂蚁借呗', ['借呗'], 'online_platform');
  const client = await core.call('clients.create', {
    name: p.name,
    phone: p.phone,
    idNumber: p.idNumber,
    email: 'client@example.com',
    notes: `${p.name} 的备注`,
    hardshipDetails: '2023 年失业',
  });
  const id = client.id;
  const d1 = await core.call('debts.create', { clientId: id, lenderId: bank, productType: 'credit_card', accountRef: '6225880011112222', principalFen: 1_250_000, interestFen: 30_000 });
  const d2 = await core.call('debts.create', { clientId: id, lenderId: platform, collectorId: bank, accountRef: 'JB-2023-777', principalFen: 800_000, notes: '借呗欠款' });
  // A judgment on its date, with the appeal-deadline follow-up it makes (points at the event).
  await core.call('legal.create', { debtId: d2.id, kind: 'judgment', eventDate: '2025-03-10', serviceDate: '2025-03-12', court: '杭州互联网法院', caseNumber: '(2025)浙0192民初88号', amountFen: 800_000 });
  const at = '2025-03-15T09:00:00.000Z';
  const run = (sql: string, ...args: unknown[]) => Number(db.prepare(sql).run(...args).lastInsertRowid);

  const st = run(
    `INSERT INTO statements (client_id, statement_date, notes, income_monthly_fen, fixed_monthly_fen, variable_monthly_fen, disposable_monthly_fen, assets_fen, created_at, updated_at)
     VALUES (?, '2025-03-01', 'first', 800000, 400000, 200000, 200000, 0, ?, ?)`,
    id, at, at,
  );
  run(`INSERT INTO statement_lines (statement_id, position, kind, category, label, amount_fen, frequency, monthly_fen) VALUES (?, 0, 'income', 'earnings', '工资', 800000, 'monthly', 800000)`, st);
  run(`INSERT INTO statement_lines (statement_id, position, kind, category, label, amount_fen, frequency, monthly_fen) VALUES (?, 1, 'expense', 'rent', '房租', 400000, 'monthly', 400000)`, st);
  const contact = run(
    `INSERT INTO contacts (client_id, debt_id, lender_id, occurred_at, channel, direction, person, summary, is_incident, incident_details, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'phone', 'in', '催收员', ?, 1, '晚上十一点来电', ?, ?)`,
    id, d1.id, bank, at, `催收员打电话找${p.name}的单位`, at, at,
  );
  run(`INSERT INTO contact_incident_types (contact_id, type) VALUES (?, 'contacting_employer')`, contact);
  run(`INSERT INTO contact_incident_types (contact_id, type) VALUES (?, 'unreasonable_hours')`, contact);
  const proposal = run(
    `INSERT INTO proposals (client_id, name, statement_id, disposable_fen, budget_fen, months, start_date, created_at, updated_at)
     VALUES (?, '方案一', ?, 200000, 180000, 36, '2025-04-01', ?, ?)`,
    id, st, at, at,
  );
  const line = run(
    `INSERT INTO proposal_lines (proposal_id, debt_id, lender_id, position, outstanding_fen, share_fen, remedy, params_json, total_fen, saving_fen)
     VALUES (?, ?, ?, 0, 1280000, 100000, 'instalments', '{"months":36}', 1280000, 30000)`,
    proposal, d1.id, bank,
  );
  // An earlier version of the scenario, kept when it was saved again.
  const version = run(
    `INSERT INTO proposal_versions (proposal_id, client_id, version, name, statement_id, disposable_fen, priority_fen, contingency_fen, budget_fen, months, start_date, saved_at, replaced_at)
     VALUES (?, ?, 1, '方案一', ?, 200000, 0, 0, 180000, 24, '2025-04-01', ?, ?)`,
    proposal, id, st, at, at,
  );
  run(
    `INSERT INTO proposal_version_lines (version_id, debt_id, lender_id, position, priority, outstanding_fen, share_fen, remedy, params_json, schedule_json, total_fen, saving_fen)
     VALUES (?, ?, ?, 0, 0, 1280000, 100000, 'instalments', '{"months":24}', '[]', 1280000, 20000)`,
    version, d1.id, bank,
  );
  const offer = run(
    `INSERT INTO offers (client_id, debt_id, lender_id, proposal_line_id, remedy, terms_json, total_fen, monthly_fen, months, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'instalments', '{"months":36}', 1280000, 35556, 36, 'accepted', ?, ?)`,
    id, d1.id, bank, line, at, at,
  );
  // The figures the proposal was built on (replan/): kept with the case.
  run(
    `INSERT INTO plan_bases (client_id, proposal_id, taken_at, basis_json) VALUES (?, ?, ?, ?)`,
    id, proposal, at, JSON.stringify({ statementId: st, disposableFen: 200000, debts: [{ debtId: d1.id, lenderId: bank, balanceFen: 1280000 }], chosen: [], contingencyFen: null }),
  );
  run(`INSERT INTO offer_events (offer_id, client_id, at, on_date, status, note, contact_id) VALUES (?, ?, ?, '2025-03-15', 'sent', '寄出', ?)`, offer, id, at, contact);
  const agreement = run(
    `INSERT INTO agreements (client_id, debt_id, lender_id, offer_id, agreed_date, remedy, terms_json, total_fen, created_at, updated_at)
     VALUES (?, ?, ?, ?, '2025-03-20', 'instalments', '{"months":36}', 1280000, ?, ?)`,
    id, d1.id, bank, offer, at, at,
  );
  run(
    `INSERT INTO agreement_events (agreement_id, client_id, from_status, to_status, on_date, at, created_at)
     VALUES (?, ?, 'active', 'broken', '2025-03-25', ?, ?), (?, ?, 'broken', 'active', '2025-03-26', ?, ?)`,
    agreement, id, at, at, agreement, id, at, at,
  );
  const inst1 = run(`INSERT INTO instalments (agreement_id, client_id, seq, due_date, amount_fen) VALUES (?, ?, 1, '2025-04-20', 35556)`, agreement, id);
  const inst2 = run(`INSERT INTO instalments (agreement_id, client_id, seq, due_date, amount_fen, missed_at) VALUES (?, ?, 2, '2025-05-20', 35556, ?)`, agreement, id, at);
  run(`INSERT INTO payments (agreement_id, client_id, instalment_id, paid_date, amount_fen, created_at, updated_at) VALUES (?, ?, ?, '2025-04-19', 35556, ?, ?)`, agreement, id, inst1, at, at);
  run(
    `INSERT INTO followups (client_id, debt_id, lender_id, due_date, reason, note, contact_id, instalment_id, offer_id, created_at, updated_at)
     VALUES (?, ?, ?, '2025-05-25', 'missed_payment', '追问', ?, ?, ?, ?, ?)`,
    id, d1.id, bank, contact, inst2, offer, at, at,
  );
  run(`INSERT INTO case_reviews (client_id, due_date, reason, since_date, notes, created_at, updated_at) VALUES (?, '2025-10-01', 'scheduled', '2025-04-01', ?, ?, ?)`, id, `${p.name}的复查`, at, at);
  const f1 = storeFile(core.ctx, { bytes: Buffer.from(p.attachmentText, 'utf8') }, 'text/plain');
  run(
    `INSERT INTO attachments (file_id, client_id, debt_id, contact_id, kind, file_name, description, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'income_proof', ?, '工资单', ?, ?)`,
    f1.fileId, id, d1.id, contact, `${p.name}-payslip.txt`, at, at,
  );
  const fileIds = [f1.fileId];
  if (options.sharedText) {
    const shared = storeFile(core.ctx, { bytes: Buffer.from(options.sharedText, 'utf8') }, 'text/plain');
    run(`INSERT INTO attachments (file_id, client_id, kind, file_name, created_at, updated_at) VALUES (?, ?, 'other', 'shared.txt', ?, ?)`, shared.fileId, id, at, at);
    fileIds.push(shared.fileId);
  }
  const pdf = storeFile(core.ctx, { bytes: Buffer.from(`%PDF-1.4\n% letter for ${p.name} ${p.idNumber}\n%%EOF\n`, 'utf8') }, 'application/pdf');
  fileIds.push(pdf.fileId);
  run(
    `INSERT INTO letters (client_id, debt_id, lender_id, offer_id, proposal_id, type, locale, title, body_json, status, pdf_file_id, pdf_sha256, finalised_at, sent_contact_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'negotiation', 'zh-CN', '协商还款申请书', ?, 'final', ?, ?, ?, ?, ?, ?)`,
    id, d1.id, bank, offer, proposal, JSON.stringify({ text: `申请人：${p.name}` }), pdf.fileId, pdf.sha256, at, contact, at, at,
  );
  run(`INSERT INTO client_status_changes (client_id, at, from_status, to_status) VALUES (?, ?, 'intake', 'assessment')`, id, at);
  db.transaction(() =>
    writeAudit(db, { actor: 'tester', at: new Date(at), entity: 'contact', entityId: contact, action: 'create', after: { summary: `催收员打电话找${p.name}`, clientId: id } }),
  )();
  let caseRef = client.caseRef;
  if (options.closed) {
    const updated = await core.call('clients.update', { id, rev: client.rev, patch: { status: 'closed', closureReason: 'settled' } });
    caseRef = updated.caseRef;
  }
  return { clientId: id, caseRef, debtIds: [d1.id, d2.id], fileIds };
}
