import { z } from 'zod';
import { Id, IsoDate, optionalText } from './common';
import { Fen } from './money';
import { RemedyParams, Terms } from './remedies';

// Proposals: named repayment scenarios for a client, computed from the case by
// shared/domain/proposal.ts. The main process recomputes every figure from the params it
// is given; the window only ever sends choices (months, start, contingency, remedies).

const Months = z.number({ error: 'validation.number' }).int('validation.number').min(1, 'validation.number').max(180, 'validation.number');

const ProposalName = z
  .string({ error: 'validation.required' })
  .max(200, 'validation.tooLong')
  .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, 'validation.required').max(100, 'validation.tooLong'));

/** The counsellor's choice of remedy for one debt. */
export const ProposalLineInput = z.object({ debtId: Id, params: RemedyParams }).strict();
export type ProposalLineInput = z.infer<typeof ProposalLineInput>;

const scenarioFields = {
  months: Months,
  /** First payment date; default today in the counsellor's time zone. */
  startDate: IsoDate.optional(),
  /** Monthly contingency; default 10 % of a positive disposable income, capped. */
  contingencyFen: Fen.optional(),
};

export const ProposalDraftInput = z.object({ clientId: Id, ...scenarioFields }).strict();

export const ProposalCreateInput = z
  .object({
    clientId: Id,
    name: ProposalName,
    ...scenarioFields,
    notes: optionalText(5000).optional(),
    /** Remedies chosen per debt; debts left out get the builder's suggestion. */
    lines: z.array(ProposalLineInput, { error: 'validation.type' }).max(500, 'validation.tooLong').default([]),
  })
  .strict();

export const ProposalUpdateInput = z
  .object({
    id: Id,
    rev: z.number().int().min(1),
    name: ProposalName,
    ...scenarioFields,
    notes: optionalText(5000).optional(),
    lines: z.array(ProposalLineInput, { error: 'validation.type' }).max(500, 'validation.tooLong').default([]),
  })
  .strict();

export const ProposalIdInput = z.object({ id: Id }).strict();
export const ProposalListInput = z.object({ clientId: Id }).strict();

/** A debt as the builder sees it (a snapshot of the debts table). */
export const ProposalDebt = z.object({
  debtId: z.number().int(),
  lenderId: z.number().int(),
  lenderName: z.string(),
  productType: z.string(),
  priority: z.boolean(),
  principalFen: z.number().int(),
  interestFen: z.number().int(),
  penaltyFen: z.number().int(),
  lateFeesFen: z.number().int(),
  otherFen: z.number().int(),
  rate: z.object({ value: z.number(), unit: z.enum(['annual', 'monthly', 'daily']) }).nullable(),
});

export const ProposalLineView = z.object({
  debtId: z.number().int(),
  lenderId: z.number().int(),
  lenderName: z.string(),
  productType: z.string(),
  priority: z.boolean(),
  outstandingFen: z.number().int(),
  shareFen: z.number().int(),
  shareOfBudget: z.number().nullable(),
  /** Why the builder chose this remedy; 'chosen' when the counsellor did; null for saved lines. */
  reason: z.enum(['priority', 'fits', 'card', 'waiverAtShare', 'remainderWaived', 'atShare', 'noShare', 'noBudget', 'chosen']).nullable(),
  terms: Terms,
  problems: z.record(z.string(), z.string()),
  /** The line runs past the plan's term: an exception the counsellor chose. */
  beyondTerm: z.boolean(),
});

export const ProposalTotals = z.object({
  monthlyFen: z.number().int(),
  totalFen: z.number().int(),
  savingFen: z.number().int(),
  /** Sum of what the lines ask the lenders to give up (each ≤ its balance). */
  waiverFen: z.number().int(),
  outstandingFen: z.number().int(),
  lastDueDate: z.string().nullable(),
});

export const ProposalPlan = z.object({
  disposableFen: z.number().int(),
  contingencyFen: z.number().int(),
  priorityFen: z.number().int(),
  budgetFen: z.number().int(),
  months: z.number().int(),
  startDate: z.string(),
  notices: z.array(z.enum(['noStatement', 'noBudget', 'priorityExceeds', 'noDebts', 'overBudget'])),
  lines: z.array(ProposalLineView),
  totals: ProposalTotals,
});

/** What the builder starts from: the case's figures (for live recomputation in the window) and the default plan. */
export const ProposalDraftOutput = z.object({
  clientId: z.number().int(),
  statementId: z.number().int().nullable(),
  statementDate: z.string().nullable(),
  /** Disposable income of the latest statement, null without one. */
  disposableFen: z.number().int().nullable(),
  debts: z.array(ProposalDebt),
  today: z.string(),
  plan: ProposalPlan,
});
export type ProposalDraftOutput = z.infer<typeof ProposalDraftOutput>;

export const ProposalView = ProposalPlan.extend({
  id: z.number().int(),
  clientId: z.number().int(),
  name: z.string(),
  statementId: z.number().int().nullable(),
  notes: z.string().nullable(),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProposalView = z.infer<typeof ProposalView>;

export const ProposalListOutput = z.array(ProposalView);

/** One version of a saved scenario: the current one (versionId null) or one a later save replaced. */
export const ProposalVersionView = ProposalPlan.extend({
  proposalId: z.number().int(),
  /** The kept version's own id (to open or restore it); null for the current version. */
  versionId: z.number().int().nullable(),
  /** 1, 2, 3 … in the order they were saved. */
  version: z.number().int(),
  current: z.boolean(),
  name: z.string(),
  notes: z.string().nullable(),
  savedAt: z.string(),
  /** When a later save replaced it; null for the current version. */
  replacedAt: z.string().nullable(),
});
export type ProposalVersionView = z.infer<typeof ProposalVersionView>;

export const ProposalVersionsOutput = z.array(ProposalVersionView);

export const ProposalRestoreInput = z.object({ id: Id, rev: z.number().int().min(1), versionId: Id }).strict();
