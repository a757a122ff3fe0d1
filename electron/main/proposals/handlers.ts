import type { Channel, ParsedInput } from '../../../shared/contract';
import { todayIn } from '../../../shared/domain/dates';
import { buildProposal, overBudgetBy, type ProposalDebt, type ProposalNotice, type ProposalPlan } from '../../../shared/domain/proposal';
import type { PROPOSALS_CHANNELS } from '../../../shared/ipc/proposals.channels';
import type { ProposalLineInput, ProposalView } from '../../../shared/schemas/proposals';
import type { Instalment, RemedyParams } from '../../../shared/schemas/remedies';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import type { Db } from '../db/connection';
import { clientExists } from '../db/clients';
import { listDebtRows } from '../db/debts';
import { stmt } from '../db/statements';
import { AppError, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';

type ProposalChannel = (typeof PROPOSALS_CHANNELS)[number];

interface ProposalRow {
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

interface LineRow {
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
  params_json: string;
  schedule_json: string;
  monthly_fen: number | null;
  total_fen: number;
  saving_fen: number;
}

/** The figures the builder works from: the latest statement's disposable income and the client's debts. */
function caseFigures(db: Db, clientId: number) {
  const statement = stmt(db, 'SELECT id, statement_date, disposable_monthly_fen FROM statements WHERE client_id = ? ORDER BY statement_date DESC, id DESC LIMIT 1').get(clientId) as
    | { id: number; statement_date: string; disposable_monthly_fen: number }
    | undefined;
  const debts: ProposalDebt[] = listDebtRows(db, clientId).map((r) => ({
    debtId: r.id,
    lenderId: r.lender_id,
    lenderName: r.lender_name,
    productType: r.product_type,
    priority: r.priority === 1,
    principalFen: r.principal_fen,
    interestFen: r.interest_fen,
    penaltyFen: r.penalty_fen,
    lateFeesFen: r.late_fees_fen,
    otherFen: r.other_fen,
    rate: r.rate_value !== null && r.rate_unit !== null ? { value: r.rate_value, unit: r.rate_unit } : null,
  }));
  return {
    statementId: statement?.id ?? null,
    statementDate: statement?.statement_date ?? null,
    disposableFen: statement ? statement.disposable_monthly_fen : null,
    debts,
  };
}

/** What a saved proposal says about itself, derived from its stored figures (as buildProposal says it). */
function noticesOf(p: ProposalRow, lines: LineRow[]): ProposalNotice[] {
  const out: ProposalNotice[] = [];
  if (p.statement_id === null) out.push('noStatement');
  if (lines.length === 0) out.push('noDebts');
  const available = p.disposable_fen - p.contingency_fen;
  if (available > 0 && p.budget_fen < 0) out.push('priorityExceeds');
  if (p.budget_fen <= 0 && lines.some((l) => l.priority === 0)) out.push('noBudget');
  if (p.budget_fen > 0 && overBudgetBy(lines.map((l) => ({ priority: l.priority === 1, terms: { monthlyFen: l.monthly_fen } })), p.budget_fen) > 0) out.push('overBudget');
  return out;
}

function toView(p: ProposalRow, rows: LineRow[]): ProposalView {
  const lines = rows.map((r) => {
    const schedule = JSON.parse(r.schedule_json) as Instalment[];
    return {
      debtId: r.debt_id,
      lenderId: r.lender_id,
      lenderName: r.lender_name,
      productType: r.product_type,
      priority: r.priority === 1,
      outstandingFen: r.outstanding_fen,
      shareFen: r.share_fen,
      shareOfBudget: r.priority === 0 && p.budget_fen > 0 ? r.share_fen / p.budget_fen : null,
      reason: null,
      terms: {
        params: JSON.parse(r.params_json) as RemedyParams,
        schedule,
        totalFen: r.total_fen,
        monthlyFen: r.monthly_fen,
        months: r.monthly_fen === null ? null : schedule.length,
        savingFen: r.saving_fen,
      },
      problems: {},
    };
  });
  const dates = lines.flatMap((l) => l.terms.schedule.map((s) => s.dueDate)).sort();
  return {
    id: p.id,
    clientId: p.client_id,
    name: p.name,
    statementId: p.statement_id,
    notes: p.notes,
    rev: p.rev,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    disposableFen: p.disposable_fen,
    contingencyFen: p.contingency_fen,
    priorityFen: p.priority_fen,
    budgetFen: p.budget_fen,
    months: p.months,
    startDate: p.start_date,
    notices: noticesOf(p, rows),
    lines,
    totals: {
      monthlyFen: lines.reduce((s, l) => s + (l.terms.monthlyFen ?? 0), 0),
      totalFen: lines.reduce((s, l) => s + l.terms.totalFen, 0),
      savingFen: lines.reduce((s, l) => s + l.terms.savingFen, 0),
      outstandingFen: lines.reduce((s, l) => s + l.outstandingFen, 0),
      lastDueDate: dates.length ? dates[dates.length - 1]! : null,
    },
  };
}

const LINES_SQL = `SELECT pl.*, l.name AS lender_name, d.product_type AS product_type
  FROM proposal_lines pl JOIN lenders l ON l.id = pl.lender_id JOIN debts d ON d.id = pl.debt_id
  WHERE pl.proposal_id = ? ORDER BY pl.position`;

export function proposalsHandlers(ctx: HandlerContext): HandlerPart<Extract<Channel, ProposalChannel>> {
  const { db } = ctx;
  const today = () => todayIn(ctx.timeZone(), ctx.now());

  function getRow(id: number): ProposalRow {
    const row = stmt(db, 'SELECT * FROM proposals WHERE id = ?').get(id) as ProposalRow | undefined;
    if (!row) throw notFound();
    return row;
  }

  function viewOf(id: number): ProposalView {
    const row = getRow(id);
    return toView(row, stmt(db, LINES_SQL).all(id) as LineRow[]);
  }

  function requireClient(clientId: number): void {
    if (!clientExists(db, clientId)) throw new AppError('NOT_FOUND', 'proposals.errors.clientNotFound', {}, { clientId: 'proposals.errors.clientNotFound' });
  }

  /**
   * Recomputes the plan from the database's figures and the chosen remedies. Refuses
   * remedies for debts that are not this client's (or have nothing outstanding), a debt
   * named twice, and remedies whose parameters do not fit the debt (dates before the
   * start, a settlement above the balance, a waiver above its charge…), field by field.
   */
  function compute(clientId: number, input: { months: number; startDate?: string; contingencyFen?: number; lines: ProposalLineInput[] }) {
    const figures = caseFigures(db, clientId);
    const startDate = input.startDate ?? today();
    const fields: Record<string, string> = {};
    const known = new Map(figures.debts.map((d) => [d.debtId, d]));
    const overrides: Record<number, RemedyParams> = {};
    input.lines.forEach((l, i) => {
      const d = known.get(l.debtId);
      if (!d || d.principalFen + d.interestFen + d.penaltyFen + d.lateFeesFen + d.otherFen === 0) fields[`lines.${i}.debtId`] = 'proposals.errors.debtNotInCase';
      else if (overrides[l.debtId]) fields[`lines.${i}.debtId`] = 'proposals.errors.debtTwice';
      else overrides[l.debtId] = l.params;
    });
    if (Object.keys(fields).length) throw new AppError('VALIDATION', 'errors.VALIDATION', {}, fields);
    const plan = buildProposal(figures, { months: input.months, startDate, contingencyFen: input.contingencyFen, overrides });
    plan.lines.forEach((line) => {
      const i = input.lines.findIndex((l) => l.debtId === line.debtId);
      for (const [field, key] of Object.entries(line.problems)) fields[i >= 0 ? `lines.${i}.params.${field}` : `debt.${line.debtId}.${field}`] = key;
    });
    if (Object.keys(fields).length) throw new AppError('VALIDATION', 'errors.VALIDATION', {}, fields);
    return { figures, plan };
  }

  /**
   * Writes the plan's lines. A line for a debt already in the proposal is updated in place,
   * so an offer made from it (offers.proposal_line_id) keeps pointing at it; lines of debts
   * no longer in the plan are removed.
   */
  function writeLines(proposalId: number, plan: ProposalPlan): void {
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

  const auditShape = (v: ProposalView) => ({
    clientId: v.clientId,
    name: v.name,
    months: v.months,
    startDate: v.startDate,
    budgetFen: v.budgetFen,
    contingencyFen: v.contingencyFen,
    lines: v.lines.map((l) => ({ debtId: l.debtId, params: l.terms.params, totalFen: l.terms.totalFen })),
  });

  return {
    'proposals.draft': ({ clientId, months, startDate, contingencyFen }) => {
      requireClient(clientId);
      const { figures, plan } = compute(clientId, { months, startDate, contingencyFen, lines: [] });
      return { clientId, ...figures, debts: figures.debts.map((d) => ({ ...d, rate: d.rate ?? null })), today: today(), plan };
    },

    'proposals.create': (input: ParsedInput<'proposals.create'>) =>
      db.transaction(() => {
        requireClient(input.clientId);
        const { figures, plan } = compute(input.clientId, input);
        const at = ctx.now().toISOString();
        const info = stmt(
          db,
          `INSERT INTO proposals (client_id, name, statement_id, disposable_fen, priority_fen, contingency_fen, budget_fen, months, start_date, notes, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(input.clientId, input.name, figures.statementId, plan.disposableFen, plan.priorityFen, plan.contingencyFen, plan.budgetFen, plan.months, plan.startDate, input.notes ?? null, at, at);
        const id = Number(info.lastInsertRowid);
        writeLines(id, plan);
        const view = viewOf(id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'proposal', entityId: id, action: 'create', after: auditShape(view) });
        return view;
      })(),

    'proposals.update': (input: ParsedInput<'proposals.update'>) =>
      db.transaction(() => {
        const row = getRow(input.id);
        if (row.rev !== input.rev) throw new AppError('CONFLICT', 'proposals.conflict');
        const before = viewOf(input.id);
        const { figures, plan } = compute(row.client_id, input);
        stmt(
          db,
          `UPDATE proposals SET name = ?, statement_id = ?, disposable_fen = ?, priority_fen = ?, contingency_fen = ?, budget_fen = ?, months = ?, start_date = ?, notes = ?,
             rev = rev + 1, updated_at = ? WHERE id = ?`,
        ).run(input.name, figures.statementId, plan.disposableFen, plan.priorityFen, plan.contingencyFen, plan.budgetFen, plan.months, plan.startDate, input.notes ?? null, ctx.now().toISOString(), input.id);
        writeLines(input.id, plan);
        const view = viewOf(input.id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'proposal', entityId: input.id, action: 'update', before: auditShape(before), after: auditShape(view) });
        return view;
      })(),

    'proposals.get': ({ id }) => viewOf(id),

    'proposals.list': ({ clientId }) => {
      requireClient(clientId);
      const rows = stmt(db, 'SELECT * FROM proposals WHERE client_id = ? ORDER BY id DESC').all(clientId) as ProposalRow[];
      return rows.map((r) => toView(r, stmt(db, LINES_SQL).all(r.id) as LineRow[]));
    },

    'proposals.delete': ({ id }) =>
      db.transaction(() => {
        const before = viewOf(id);
        stmt(db, 'DELETE FROM proposals WHERE id = ?').run(id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'proposal', entityId: id, action: 'delete', before: auditShape(before) });
        return { deleted: true as const };
      })(),
  };
}
