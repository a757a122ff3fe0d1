import type { Region } from '../../../shared/domain/region';
import type { AgreementView, InstalmentState } from '../../../shared/schemas/agreements';
import type { Terms } from '../../../shared/schemas/remedies';
import type { Db } from './connection';
import { parseTerms } from './offers';
import { partiesOf, type CaseColumns } from './parties';
import { stmt } from './statements';

// The agreements aggregate: an agreement with a lender, its instalments and the payments
// made under it. How payments settle instalments is the ledger's business
// (agreements/ledger.ts); this module reads and writes the rows and maps them to the view.

export type AgreementStatus = AgreementView['status'];

export interface AgreementRow extends CaseColumns {
  id: number;
  debt_id: number;
  lender_id: number;
  offer_id: number | null;
  agreed_date: string;
  remedy: string;
  terms_json: string;
  total_fen: number;
  status: AgreementStatus;
  waiver_conditional: 0 | 1;
  notes: string | null;
  rev: number;
  created_at: string;
  updated_at: string;
  lender_name: string;
  account_ref: string | null;
  /** The case's region: the agreement's amounts are in its currency. */
  client_region: Region;
}

interface InstalmentRow {
  id: number;
  agreement_id: number;
  seq: number;
  due_date: string;
  amount_fen: number;
  missed_at: string | null;
}

interface PaymentRow {
  id: number;
  agreement_id: number;
  client_id: number;
  instalment_id: number | null;
  paid_date: string;
  amount_fen: number;
  note: string | null;
  created_at: string;
}

export interface Instalment {
  id: number;
  seq: number;
  dueDate: string;
  amountFen: number;
  missedAt: string | null;
}

export interface Payment {
  id: number;
  paidDate: string;
  amountFen: number;
  instalmentId: number | null;
  note: string | null;
  createdAt: string;
}

/** An instalment as the ledger settled it. */
export interface SettledInstalment extends Instalment {
  paidFen: number;
  paidOn: string | null;
  state: InstalmentState;
  daysLate: number;
}

const AGREEMENT_SELECT = `SELECT a.*, c.name AS client_name, c.case_ref, c.region AS client_region, l.name AS lender_name, d.account_ref
  FROM agreements a JOIN clients c ON c.id = a.client_id JOIN lenders l ON l.id = a.lender_id JOIN debts d ON d.id = a.debt_id`;

export function getAgreementRow(db: Db, id: number): AgreementRow | undefined {
  return stmt(db, `${AGREEMENT_SELECT} WHERE a.id = ?`).get(id) as AgreementRow | undefined;
}

/** A client's or a lender's agreements, by lender name. */
export function listAgreementRows(db: Db, where: 'client' | 'lender', id: number): AgreementRow[] {
  const col = where === 'client' ? 'a.client_id' : 'a.lender_id';
  return stmt(db, `${AGREEMENT_SELECT} WHERE ${col} = ? ORDER BY l.name, a.id`).all(id) as AgreementRow[];
}

/** What the ledger needs of an agreement: its instalments in order, its payments as made. */
export function ledgerInputs(db: Db, agreementId: number): { instalments: Instalment[]; payments: Payment[] } {
  const inst = stmt(db, `SELECT id, seq, due_date, amount_fen, missed_at FROM instalments WHERE agreement_id = ? ORDER BY seq`).all(agreementId) as InstalmentRow[];
  const pays = stmt(db, `SELECT id, paid_date, amount_fen, instalment_id, note, created_at FROM payments WHERE agreement_id = ? ORDER BY paid_date, id`).all(
    agreementId,
  ) as PaymentRow[];
  return {
    instalments: inst.map((i) => ({ id: i.id, seq: i.seq, dueDate: i.due_date, amountFen: i.amount_fen, missedAt: i.missed_at })),
    payments: pays.map((p) => ({ id: p.id, paidDate: p.paid_date, amountFen: p.amount_fen, instalmentId: p.instalment_id, note: p.note, createdAt: p.created_at })),
  };
}

/** The view of an agreement, given its instalments as the ledger settled them (the day its status began is agreement-events'). */
export function toAgreementView(r: AgreementRow, lines: SettledInstalment[], payments: Payment[], progress: AgreementView['progress']): Omit<AgreementView, 'statusDate'> {
  return {
    id: r.id,
    ...partiesOf(r),
    accountRef: r.account_ref,
    offerId: r.offer_id,
    agreedDate: r.agreed_date,
    remedy: r.remedy,
    terms: parseTerms(r.terms_json, 'agreements.terms_json'),
    status: r.status,
    waiverConditional: r.waiver_conditional === 1,
    notes: r.notes,
    progress,
    instalments: lines.map((l) => ({
      id: l.id,
      seq: l.seq,
      dueDate: l.dueDate,
      amountFen: l.amountFen,
      paidFen: l.paidFen,
      paidOn: l.paidOn,
      missedAt: l.missedAt,
      state: l.state,
      daysLate: l.daysLate,
    })),
    payments: payments.map((p) => ({ id: p.id, paidDate: p.paidDate, amountFen: p.amountFen, instalmentId: p.instalmentId, note: p.note, createdAt: p.createdAt })),
    rev: r.rev,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface NewAgreement {
  clientId: number;
  debtId: number;
  lenderId: number;
  offerId: number;
  agreedDate: string;
  terms: Terms;
  totalFen: number;
  notes: string | null;
  /** Default true: the waiver holds only if the plan is completed. */
  waiverConditional?: boolean;
}

/** An active agreement and its instalments, numbered 1.. in schedule order. */
export function insertAgreement(db: Db, v: NewAgreement, now: Date): number {
  const at = now.toISOString();
  const info = stmt(
    db,
    `INSERT INTO agreements (client_id, debt_id, lender_id, offer_id, agreed_date, remedy, terms_json, total_fen, status, waiver_conditional, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)`,
  ).run(v.clientId, v.debtId, v.lenderId, v.offerId, v.agreedDate, v.terms.params.remedy, JSON.stringify(v.terms), v.totalFen, v.waiverConditional === false ? 0 : 1, v.notes, at, at);
  const id = Number(info.lastInsertRowid);
  const ins = stmt(db, `INSERT INTO instalments (agreement_id, client_id, seq, due_date, amount_fen) VALUES (?, ?, ?, ?, ?)`);
  [...v.terms.schedule].sort((a, b) => a.seq - b.seq).forEach((i, k) => ins.run(id, v.clientId, k + 1, i.dueDate, i.amountFen));
  return id;
}

export function setAgreementStatus(db: Db, id: number, status: AgreementStatus, notes: string | null, now: Date): void {
  stmt(db, `UPDATE agreements SET status = ?, notes = ?, rev = rev + 1, updated_at = ? WHERE id = ?`).run(status, notes, now.toISOString(), id);
}

/** The day of the agreement's latest payment, if it has any. */
export function lastPaymentDate(db: Db, agreementId: number): string | null {
  const row = stmt(db, `SELECT max(paid_date) AS d FROM payments WHERE agreement_id = ?`).get(agreementId) as { d: string | null };
  return row.d;
}

// ---- instalments ----

export function getInstalmentRow(db: Db, id: number): InstalmentRow | undefined {
  return stmt(db, `SELECT id, agreement_id, seq, due_date, amount_fen, missed_at FROM instalments WHERE id = ?`).get(id) as InstalmentRow | undefined;
}

export function setInstalmentMissed(db: Db, id: number, missedAt: string | null): void {
  stmt(db, `UPDATE instalments SET missed_at = ? WHERE id = ?`).run(missedAt, id);
}

/** What a missed-instalment follow-up says: the instalment and whom it is owed. */
export function instalmentForFollowup(db: Db, id: number) {
  return stmt(
    db,
    `SELECT i.seq, i.amount_fen, i.due_date, a.client_id, a.debt_id, a.lender_id, l.name AS lender_name
       FROM instalments i JOIN agreements a ON a.id = i.agreement_id JOIN lenders l ON l.id = a.lender_id WHERE i.id = ?`,
  ).get(id) as { seq: number; amount_fen: number; due_date: string; client_id: number; debt_id: number; lender_id: number; lender_name: string } | undefined;
}

// ---- payments ----

export function getPaymentRow(db: Db, id: number): PaymentRow | undefined {
  return stmt(db, `SELECT * FROM payments WHERE id = ?`).get(id) as PaymentRow | undefined;
}

export function insertPayment(
  db: Db,
  v: { agreementId: number; clientId: number; instalmentId: number | null; paidDate: string; amountFen: number; note: string | null },
  now: Date,
): number {
  const at = now.toISOString();
  const info = stmt(
    db,
    `INSERT INTO payments (agreement_id, client_id, instalment_id, paid_date, amount_fen, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(v.agreementId, v.clientId, v.instalmentId, v.paidDate, v.amountFen, v.note, at, at);
  return Number(info.lastInsertRowid);
}

export function deletePayment(db: Db, id: number): void {
  stmt(db, `DELETE FROM payments WHERE id = ?`).run(id);
}

/** The debts of a client that have an active agreement. */
export function activeAgreementDebts(db: Db, clientId: number): Set<number> {
  return new Set(stmt(db, `SELECT debt_id FROM agreements WHERE client_id = ? AND status = 'active'`).pluck().all(clientId) as number[]);
}
