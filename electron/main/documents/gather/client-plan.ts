// The data of the client's own plan (build/client-plan.ts): the latest saved
// proposal as gatherProposal reads it for the packets – every line's figures from
// lenderFigures() – with every line's schedule, the counsellor, and the income and costs of
// the financial statement when that statement is still the one the plan was made from.
import type { Locale } from '../../../../shared/schemas/common';
import type { HandlerContext } from '../../context';
import { getProposalRow } from '../../db/proposals';
import { getStatementRow } from '../../db/statements-queries';
import type { ClientPlanDocData } from '../build/client-plan';
import { gatherBase } from './base';
import { gatherProposal, latestProposalId } from './case-docs';

export function gatherClientPlan(ctx: HandlerContext, clientId: number, language: Locale): ClientPlanDocData | null {
  const base = gatherBase(ctx, clientId, language);
  const proposal = gatherProposal(ctx, clientId, language, undefined, { allSchedules: true });
  if (!proposal) return null;
  const statementId = getProposalRow(ctx.db, latestProposalId(ctx, clientId)!)?.statement_id ?? null;
  const statement = statementId === null ? undefined : getStatementRow(ctx.db, statementId);
  // A statement edited since the plan was saved has another disposable income: printing its
  // income and costs beside the plan's figures would show the client sums that do not add up.
  const matches = statement !== undefined && statement.disposable_monthly_fen === proposal.disposableFen;
  const { client, ...rest } = base;
  return {
    ...rest,
    counsellorName: ctx.settings().counsellorName ?? client.assigned_counsellor ?? null,
    startDate: proposal.startDate,
    months: proposal.months,
    budget: {
      incomeFen: matches ? statement.income_monthly_fen : null,
      costsFen: matches ? statement.fixed_monthly_fen + statement.variable_monthly_fen : null,
      disposableFen: proposal.disposableFen,
      contingencyFen: proposal.contingencyFen,
      priorityFen: proposal.priorityFen,
      budgetFen: proposal.budgetFen,
    },
    lines: proposal.lines.map((l) => ({ lender: l.lender, remedy: l.figures.remedy, priority: l.priority, figures: l.figures, schedule: l.schedule })),
  };
}
