import { z } from 'zod';
import type { ProposalPlan } from '../../../shared/domain/proposal';
import { RemedyParams, type Instalment } from '../../../shared/schemas/remedies';
import type { Db } from './connection';
import { checkStored, readJson } from './json';
import { archiveProposal } from './proposal-versions';
import { stmt } from './statements';

// The proposals aggregate: a saved scenario and its lines, one per debt. A line's remedy
// parameters and schedule are JSON columns, checked against the remedy schemas when read.

export interface ProposalRow {
  id: number;
  client_id: number;
  name: string;
  statement_id: number | null;
  disposable_fen: number;
  priority_fen: number;
  contingency_fen: number;
  budget_fen: number;
  months: number;
  start_date: string;
  notes: string | null;
  rev: number;
  created_at: string;
  updated_at: string;
}

export interface ProposalLineRow {
  id: number;
  proposal_id: number;
  debt_id: number;
  lender_id: number;
  lender_name: string;
  product_type: string;
  position: number;
  priority: 0 | 1;
  outstanding_fen: number;
  share_fen: number;
  remedy: string;
  params_json: string;
  schedule_json: string;
  monthly_fen: number | null;
  total_fen: number;
  saving_fen: number;
}

/** A line's remedy parameters (stored without the remedy by early versions). */
export function lineParams(r: Pick<ProposalLineRow, 'remedy' | 'params_json'>): RemedyParams {
  const stored = readJson(z.record(z.string(), z.unknown()), r.params_json, 'proposal_lines.params_json');
  return checkStored(RemedyParams, { remedy: r.remedy, ...stored }, 'proposal_lines.params_json');
}

/** Stored instalments; early versions wrote `date` for the due date and no sequence number. */
const StoredSchedule = z.array(
  z.union([
    z.object({ seq: z.number().int().optional(), dueDate: z.string(), amountFen: z.number().int() }),
    z.object({ seq: z.number().int().optional(), date: z.string(), amountFen: z.number().int() }),
  ]),
);

/** A line's schedule, numbered 1.. where the stored one had no numbers. */
export function lineSchedule(r: Pick<ProposalLineRow, 'schedule_json'>): Instalment[] {
  return readJson(StoredSchedule, r.schedule_json, 'proposal_lines.schedule_json').map((s, i) => ({ seq: s.seq ?? i + 1, dueDate: 'dueDate' in s ? s.dueDate : s.date, amountFen: s.amountFen }));
}

const LINES_SQL = `SELECT pl.*, l.name AS lender_name, d.product_type AS product_type
  FROM proposal_lines pl JOIN lenders l ON l.id = pl.lender_id JOIN debts d ON d.id = pl.debt_id
  WHERE pl.proposal_id = ? ORDER BY pl.position`;

export function getProposalRow(db: Db, id: number): ProposalRow | undefined {
  return stmt(db, 'SELECT * FROM proposals WHERE id = ?').get(id) as ProposalRow | undefined;
}

/** The id of the client's other proposal of this name, if there is one. */
export function proposalNamed(db: Db, clientId: number, name: string, exceptId: number | null): number | null {
  const row = stmt(db, 'SELECT id FROM proposals WHERE client_id = ? AND name = ? AND id IS NOT ? LIMIT 1').get(clientId, name, exceptId) as { id: number } | undefined;
  return row?.id ?? null;
}

/** A client's proposals, newest first. */
export function listProposalRows(db: Db, clientId: number): ProposalRow[] {
  return stmt(db, 'SELECT * FROM proposals WHERE client_id = ? ORDER BY id DESC').all(clientId) as ProposalRow[];
}

/** A proposal's lines in their order, with the lender's name and the debt's product. */
export function listLineRows(db: Db, proposalId: number): ProposalLineRow[] {
  return stmt(db, LINES_SQL).all(proposalId) as ProposalLineRow[];
}

/** One line with the client its proposal belongs to. */
export function getLineRow(db: Db, lineId: number): (Omit<ProposalLineRow, 'lender_name' | 'product_type'> & { client_id: number }) | undefined {
  return stmt(db, `SELECT pl.*, p.client_id FROM proposal_lines pl JOIN proposals p ON p.id = pl.proposal_id WHERE pl.id = ?`).get(lineId) as
    | (Omit<ProposalLineRow, 'lender_name' | 'product_type'> & { client_id: number })
    | undefined;
}

/** A client's proposals with each line's figures and how many offers were made from it (offers' choices). */
export function listProposalChoices(db: Db, clientId: number) {
  const proposals = stmt(db, `SELECT id, name, months, start_date, created_at FROM proposals WHERE client_id = ? ORDER BY id DESC`).all(clientId) as Pick<
    ProposalRow,
    'id' | 'name' | 'months' | 'start_date' | 'created_at'
  >[];
  const lineStmt = stmt(
    db,
    `SELECT pl.id, pl.debt_id, pl.lender_id, l.name AS lender_name, pl.remedy, pl.total_fen, pl.monthly_fen,
            (SELECT COUNT(*) FROM offers o WHERE o.proposal_line_id = pl.id) AS offer_count
       FROM proposal_lines pl JOIN lenders l ON l.id = pl.lender_id WHERE pl.proposal_id = ? ORDER BY pl.position, pl.id`,
  );
  return proposals.map((p) => ({
    id: p.id,
    name: p.name,
    months: p.months,
    startDate: p.start_date,
    createdAt: p.created_at,
    lines: (
      lineStmt.all(p.id) as (Pick<ProposalLineRow, 'id' | 'debt_id' | 'lender_id' | 'lender_name' | 'remedy' | 'total_fen' | 'monthly_fen'> & { offer_count: number })[]
    ).map((l) => ({
      id: l.id,
      debtId: l.debt_id,
      lenderId: l.lender_id,
      lenderName: l.lender_name,
      remedy: l.remedy,
      totalFen: l.total_fen,
      monthlyFen: l.monthly_fen,
      offerCount: l.offer_count,
    })),
  }));
}

/** The proposal's own figures, as the plan computed them. */
export interface ProposalValues {
  name: string;
  statementId: number | null;
  notes: string | null;
  plan: Pick<ProposalPlan, 'disposableFen' | 'priorityFen' | 'contingencyFen' | 'budgetFen' | 'months' | 'startDate'>;
}

export function insertProposal(db: Db, clientId: number, v: ProposalValues, now: Date): number {
  const at = now.toISOString();
  const p = v.plan;
  const info = stmt(
    db,
    `INSERT INTO proposals (client_id, name, statement_id, disposable_fen, priority_fen, contingency_fen, budget_fen, months, start_date, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(clientId, v.name, v.statementId, p.disposableFen, p.priorityFen, p.contingencyFen, p.budgetFen, p.months, p.startDate, v.notes, at, at);
  return Number(info.lastInsertRowid);
}

/** Replaces the proposal's header; the version it replaces is kept first (its lines too, so call this before writeLines). */
export function updateProposal(db: Db, id: number, v: ProposalValues, now: Date): void {
  archiveProposal(db, id, now);
  const p = v.plan;
  stmt(
    db,
    `UPDATE proposals SET name = ?, statement_id = ?, disposable_fen = ?, priority_fen = ?, contingency_fen = ?, budget_fen = ?, months = ?, start_date = ?, notes = ?,
       rev = rev + 1, updated_at = ? WHERE id = ?`,
  ).run(v.name, v.statementId, p.disposableFen, p.priorityFen, p.contingencyFen, p.budgetFen, p.months, p.startDate, v.notes, now.toISOString(), id);
}

export function deleteProposal(db: Db, id: number): void {
  stmt(db, 'DELETE FROM proposals WHERE id = ?').run(id);
}

/**
 * Writes the plan's lines. A line for a debt already in the proposal is updated in place,
 * so an offer made from it (offers.proposal_line_id) keeps pointing at it; lines of debts
 * no longer in the plan are removed.
 */
export function writeLines(db: Db, proposalId: number, plan: { lines: readonly Pick<ProposalPlan['lines'][number], 'debtId' | 'lenderId' | 'priority' | 'outstandingFen' | 'shareFen' | 'terms'>[] }): void {
  const existing = new Map((stmt(db, 'SELECT id, debt_id FROM proposal_lines WHERE proposal_id = ?').all(proposalId) as { id: number; debt_id: number }[]).map((r) => [r.debt_id, r.id]));
  const insert = stmt(
    db,
    `INSERT INTO proposal_lines (proposal_id, debt_id, lender_id, position, priority, outstanding_fen, share_fen, remedy, params_json, schedule_json, monthly_fen, total_fen, saving_fen)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = stmt(
    db,
    `UPDATE proposal_lines SET lender_id = ?, position = ?, priority = ?, outstanding_fen = ?, share_fen = ?, remedy = ?, params_json = ?, schedule_json = ?,
       monthly_fen = ?, total_fen = ?, saving_fen = ? WHERE id = ?`,
  );
  plan.lines.forEach((l, i) => {
    const values = [
      l.priority ? 1 : 0,
      l.outstandingFen,
      l.shareFen,
      l.terms.params.remedy,
      JSON.stringify(l.terms.params),
      JSON.stringify(l.terms.schedule),
      l.terms.monthlyFen,
      l.terms.totalFen,
      l.terms.savingFen,
    ];
    const lineId = existing.get(l.debtId);
    if (lineId === undefined) insert.run(proposalId, l.debtId, l.lenderId, i, ...values);
    else {
      update.run(l.lenderId, i, ...values, lineId);
      existing.delete(l.debtId);
    }
  });
  for (const lineId of existing.values()) stmt(db, 'DELETE FROM proposal_lines WHERE id = ?').run(lineId);
}

/** The client's most recently changed proposal (the one documents print). */
export function latestProposalId(db: Db, clientId: number): number | null {
  const row = stmt(db, `SELECT id FROM proposals WHERE client_id = ? ORDER BY updated_at DESC, id DESC LIMIT 1`).get(clientId) as { id: number } | undefined;
  return row?.id ?? null;
}

/** A proposal's lines as documents print them: with the lender's name, and the debt's product while the debt exists. */
export function documentLineRows(db: Db, proposalId: number) {
  return stmt(
    db,
    `SELECT pl.lender_id, l.name AS lender_name, d.product_type, pl.priority, pl.outstanding_fen, pl.share_fen, pl.remedy, pl.params_json, pl.schedule_json,
            pl.monthly_fen, pl.total_fen, pl.saving_fen
     FROM proposal_lines pl JOIN lenders l ON l.id = pl.lender_id LEFT JOIN debts d ON d.id = pl.debt_id
     WHERE pl.proposal_id = ? ORDER BY pl.position, pl.id`,
  ).all(proposalId) as (Omit<ProposalLineRow, 'id' | 'proposal_id' | 'debt_id' | 'position' | 'product_type'> & { product_type: string | null })[];
}

/** The line of the case's latest proposal for a debt, or for a lender (what a letter quotes when no offer was made). */
export function latestLineFor(db: Db, clientId: number, by: { debtId: number } | { lenderId: number }) {
  const byDebt = 'debtId' in by;
  return stmt(
    db,
    `SELECT pl.remedy, pl.outstanding_fen, pl.params_json, pl.monthly_fen, p.months, pl.total_fen, pl.saving_fen, pl.schedule_json, p.start_date FROM proposal_lines pl
           JOIN proposals p ON p.id = pl.proposal_id
           WHERE p.client_id = ? AND ${byDebt ? 'pl.debt_id = ?' : 'pl.lender_id = ?'}
           ORDER BY p.updated_at DESC, p.id DESC LIMIT 1`,
  ).get(clientId, byDebt ? by.debtId : by.lenderId) as
    | (Pick<ProposalLineRow, 'remedy' | 'outstanding_fen' | 'params_json' | 'monthly_fen' | 'total_fen' | 'saving_fen' | 'schedule_json'> & Pick<ProposalRow, 'months' | 'start_date'>)
    | undefined;
}
