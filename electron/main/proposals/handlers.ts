import type { Channel, ParsedInput } from '../../../shared/contract';
import { defaultFirstPayment, todayIn } from '../../../shared/domain/dates';
import { buildProposal, type ProposalDebt } from '../../../shared/domain/proposal';
import type { PROPOSALS_CHANNELS } from '../../../shared/ipc/proposals.channels';
import type { ProposalLineInput, ProposalView } from '../../../shared/schemas/proposals';
import type { RemedyParams } from '../../../shared/schemas/remedies';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import type { Db } from '../db/connection';
import { clientExists } from '../db/clients';
import { figuresOf, listDebtRows } from '../db/debts';
import { latestStatementRow } from '../db/statements-queries';
import { deleteProposal, getProposalRow, insertProposal, listLineRows, listProposalRows, proposalNamed, updateProposal, writeLines, type ProposalRow } from '../db/proposals';
import { AppError, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { proposalVersionsHandlers } from './versions';
import { toView } from './view';
import { recordProposalBasis } from '../replan/basis';

type ProposalChannel = (typeof PROPOSALS_CHANNELS)[number];
export type ProposalAuditShape = Pick<ProposalView, 'clientId' | 'name' | 'months' | 'startDate' | 'budgetFen' | 'contingencyFen'> & {
  lines: { debtId: number; params: RemedyParams; totalFen: number }[];
};

/** The figures the builder works from: the latest statement's disposable income and the client's debts. */
export function caseFigures(db: Db, clientId: number) {
  const statement = latestStatementRow(db, clientId);
  // Balances are the ledger's as of today; a debt its ledger has closed (settled or written off) is left out.
  const open = listDebtRows(db, clientId).filter((r) => !(r.outstanding_fen <= 0 && (r.movements ?? 0) > 0));
  const debts: ProposalDebt[] = open.map((r) => ({
    debtId: r.id,
    lenderId: r.lender_id,
    lenderName: r.lender_name,
    productType: r.product_type,
    priority: r.priority === 1,
    ...figuresOf(r),
  }));
  return {
    statementId: statement?.id ?? null,
    statementDate: statement?.statement_date ?? null,
    disposableFen: statement ? statement.disposable_monthly_fen : null,
    debts,
  };
}

export function proposalsHandlers(ctx: HandlerContext): HandlerPart<Extract<Channel, ProposalChannel>> {
  const { db } = ctx;
  const today = () => todayIn(ctx.timeZone(), ctx.now());

  function getRow(id: number): ProposalRow {
    const row = getProposalRow(db, id);
    if (!row) throw notFound();
    return row;
  }

  function viewOf(id: number): ProposalView {
    const row = getRow(id);
    return toView(row, listLineRows(db, id));
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
    const startDate = input.startDate ?? defaultFirstPayment(today());
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

  /** A save never takes the name of another of the client's scenarios: the window asks first (a new version of that one, or a new name). */
  function requireFreeName(clientId: number, name: string, exceptId: number | null): void {
    if (proposalNamed(db, clientId, name, exceptId) !== null) throw new AppError('VALIDATION', 'errors.VALIDATION', {}, { name: 'proposals.errors.nameTaken' });
  }

  const auditShape = (v: ProposalView): ProposalAuditShape => ({
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
        requireFreeName(input.clientId, input.name, null);
        const { figures, plan } = compute(input.clientId, input);
        const id = insertProposal(db, input.clientId, { name: input.name, statementId: figures.statementId, notes: input.notes ?? null, plan }, ctx.now());
        writeLines(db, id, plan);
        recordProposalBasis(ctx, input.clientId, id, { figures, plan, input });
        const view = viewOf(id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'proposal', entityId: id, action: 'create', after: auditShape(view) });
        return view;
      })(),

    'proposals.update': (input: ParsedInput<'proposals.update'>) =>
      db.transaction(() => {
        const row = getRow(input.id);
        if (row.rev !== input.rev) throw new AppError('CONFLICT', 'proposals.conflict');
        requireFreeName(row.client_id, input.name, row.id);
        const before = viewOf(input.id);
        const { figures, plan } = compute(row.client_id, input);
        updateProposal(db, input.id, { name: input.name, statementId: figures.statementId, notes: input.notes ?? null, plan }, ctx.now());
        writeLines(db, input.id, plan);
        recordProposalBasis(ctx, row.client_id, input.id, { figures, plan, input });
        const view = viewOf(input.id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'proposal', entityId: input.id, action: 'update', before: auditShape(before), after: auditShape(view) });
        return view;
      })(),


    'proposals.list': ({ clientId }) => {
      requireClient(clientId);
      return listProposalRows(db, clientId).map((r) => toView(r, listLineRows(db, r.id)));
    },

    'proposals.delete': ({ id }) =>
      db.transaction(() => {
        const before = viewOf(id);
        deleteProposal(db, id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'proposal', entityId: id, action: 'delete', before: auditShape(before) });
        return { deleted: true as const };
      })(),

    ...proposalVersionsHandlers(ctx, auditShape),
  };
}
