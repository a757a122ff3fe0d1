// Reads a client's case from the database into the plain data the case-document builders
// take: the latest financial statement, the schedule of all debts, the latest saved
// proposal and the contact log for one lender. Enumerations are translated here into the
// document's language; the builders only lay out what they are given.
import { FIXED_EXPENSE_CATEGORIES } from '../../../../shared/domain/budget-categories';
import { daysOverdue, isValidIsoDate, todayIn } from '../../../../shared/domain/dates';
import { lenderFigures } from '../../../../shared/domain/plan-figures';
import { shownText } from '../../../../shared/i18n/generated-text';
import type { Locale } from '../../../../shared/schemas/common';
import { parseGenerated } from '../../../../shared/schemas/generated-text';
import type { HandlerContext } from '../../context';
import { contactsWithLender } from '../../db/contacts';
import { debtsOfClient, type DebtRecord } from '../../db/debts';
import { documentLineRows, getProposalRow, latestProposalId as latestProposalIdOf, lineParams, lineSchedule } from '../../db/proposals';
import { latestStatementRow, listLineRows } from '../../db/statements-queries';
import { irrMethodOf } from '../../debts/cost';
import type { BudgetLineDoc, ContactLogDocData, DebtRowDoc, DebtScheduleDocData, ProposalDocData, StatementDocData } from '../build/case-docs';
import { gatherBase, label, lenderName, strip, today } from './base';
import { stageText } from './court-lines';

// -- statement ---------------------------------------------------------------------------------

export function gatherStatement(ctx: HandlerContext, clientId: number, language: Locale): StatementDocData | null {
  const base = gatherBase(ctx, clientId, language);
  const statement = latestStatementRow(ctx.db, clientId);
  if (!statement) return null;
  const lines = listLineRows(ctx.db, statement.id);
  const toLine = (l: (typeof lines)[number]): BudgetLineDoc => ({
    category: label(language, `finances.categories.${l.category}`, l.category),
    label: l.label,
    monthlyFen: l.monthly_fen,
  });
  const fixed = new Set<string>(FIXED_EXPENSE_CATEGORIES);
  const c = base.client;
  return {
    ...strip(base),
    statementDate: statement.statement_date,
    household: {
      adults: c.household_adults,
      dependants: c.household_dependants,
      employment: c.employment_status ? label(language, `profile.employment.${c.employment_status}`, c.employment_status) : null,
      occupation: c.occupation,
    },
    income: lines.filter((l) => l.kind === 'income').map(toLine),
    fixed: lines.filter((l) => l.kind === 'expense' && fixed.has(l.category)).map(toLine),
    variable: lines.filter((l) => l.kind === 'expense' && !fixed.has(l.category)).map(toLine),
    totals: {
      incomeFen: statement.income_monthly_fen,
      fixedFen: statement.fixed_monthly_fen,
      variableFen: statement.variable_monthly_fen,
      disposableFen: statement.disposable_monthly_fen,
    },
    notes: null,
  };
}

// -- debts ------------------------------------------------------------------------------------

/** The client's debts, the largest balance first, as the debt schedule lists them. */
function debtsByBalance(ctx: HandlerContext, clientId: number): DebtRecord[] {
  return debtsOfClient(ctx.db, clientId).sort((a, b) => b.outstandingFen - a.outstandingFen || a.id - b.id);
}

export function gatherDebtSchedule(ctx: HandlerContext, clientId: number, language: Locale, lenderId?: number): DebtScheduleDocData {
  const base = gatherBase(ctx, clientId, language);
  const now = today(ctx);
  const rows: DebtRowDoc[] = debtsByBalance(ctx, clientId).map((d) => ({
    lender: d.lenderName,
    product: label(language, `debts.productTypes.${d.productType}`, d.productType),
    accountRef: d.accountRef,
    principalFen: d.principalFen,
    interestFen: d.interestFen,
    feesFen: d.penaltyFen + d.lateFeesFen + d.otherFen,
    outstandingFen: d.outstandingFen,
    daysOverdue: d.firstMissedDate ? Math.max(0, daysOverdue(d.firstMissedDate, now)) : null,
    legalStage: d.legalStage === 'none' ? null : stageText(language, d, 'plain'),
    annualRate: irrMethodOf(d)?.annualRate ?? null,
    addressed: lenderId !== undefined && d.lenderId === lenderId,
  }));
  return { ...strip(base), rows };
}

// -- proposal ---------------------------------------------------------------------------------

export function latestProposalId(ctx: HandlerContext, clientId: number): number | null {
  return latestProposalIdOf(ctx.db, clientId);
}

/** The latest saved proposal; schedules only for the addressed lender unless `allSchedules` (the client's own plan shows them all). */
export function gatherProposal(ctx: HandlerContext, clientId: number, language: Locale, lenderId?: number, options: { allSchedules?: boolean } = {}): ProposalDocData | null {
  const base = gatherBase(ctx, clientId, language);
  const id = latestProposalId(ctx, clientId);
  if (id === null) return null;
  const p = getProposalRow(ctx.db, id)!;
  const lines = documentLineRows(ctx.db, id);
  return {
    ...strip(base),
    startDate: p.start_date,
    months: p.months,
    disposableFen: p.disposable_fen,
    priorityFen: p.priority_fen,
    contingencyFen: p.contingency_fen,
    budgetFen: p.budget_fen,
    lines: lines.map((l) => {
      // Read through the repository's checked mappers: a damaged line stops the document.
      const instalments = lineSchedule(l);
      const schedule = instalments.map((s) => ({ date: s.dueDate, amountFen: s.amountFen }));
      const figures = lenderFigures(
        {
          outstandingFen: l.outstanding_fen,
          terms: { params: lineParams(l), schedule: instalments, totalFen: l.total_fen, monthlyFen: l.monthly_fen },
        },
        { startDate: p.start_date, months: p.months },
      );
      const addressed = lenderId !== undefined && l.lender_id === lenderId;
      return {
        lender: l.lender_name,
        product: l.product_type ? label(language, `debts.productTypes.${l.product_type}`, l.product_type) : null,
        outstandingFen: l.outstanding_fen,
        shareFen: l.share_fen,
        figures,
        remedy: label(language, `agreements.remedies.${l.remedy}`, l.remedy),
        priority: l.priority === 1,
        addressed,
        schedule: addressed || options.allSchedules ? schedule : [],
      };
    }),
  };
}

// -- contact log ------------------------------------------------------------------------------

export function gatherContactLog(ctx: HandlerContext, clientId: number, lenderId: number, language: Locale): ContactLogDocData {
  const base = gatherBase(ctx, clientId, language);
  const name = lenderName(ctx, lenderId);
  const rows = contactsWithLender(ctx.db, clientId, lenderId);
  const tz = ctx.timeZone();
  return {
    ...strip(base),
    lenderName: name,
    rows: rows.map((r) => ({
      // occurred_at is a timestamp (or already a calendar date): the day in the counsellor's zone.
      date: isValidIsoDate(r.occurred_at) ? r.occurred_at : todayIn(tz, new Date(r.occurred_at)),
      channel: label(language, `contacts.channels.${r.channel}`, r.channel),
      direction: r.direction,
      person: r.person,
      summary: shownText(language, r.summary, parseGenerated(r.generated_json)),
      outcome: r.outcome,
      incident: r.is_incident === 1,
    })),
  };
}
