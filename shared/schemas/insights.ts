import { z } from 'zod';
import { CLIENT_STATUSES, CLOSURE_REASONS } from './clients';
import { Id } from './common';
import { ATTACHMENT_KINDS } from './evidence';
import { CurrencyTotals } from './money';
import { REMEDIES } from './remedies';

// Lender insights (what the cases in this database say about a lender) and the outcomes
// dashboard. Every figure travels with the count it stands on, so the window can say
// "3 of 4 – too few to judge" instead of a percentage (shared/domain/insights.ts).

const Count = z.number().int().min(0);

/** A median over `n` values (null when n is 0). */
export const Median = z.object({ value: z.number().nullable(), n: Count });
export type Median = z.infer<typeof Median>;

/** How one lender answered the offers of one remedy (or of all remedies: remedy null). */
export const RemedyOutcomes = z.object({
  remedy: z.enum(REMEDIES).nullable(),
  /** Offers that left the counsellor (drafts are not counted). */
  sent: Count,
  /** The lender replied (countered, accepted or refused) at least once. */
  answered: Count,
  accepted: Count,
  /** Open with the lender's counter-offer on the table. */
  countered: Count,
  refused: Count,
  /** Sent, no reply yet. */
  pending: Count,
  /** Ran past its validity without an answer. */
  expired: Count,
  /** Offers the lender countered at some point, however they ended. */
  counteredEver: Count,
  /** The waiver granted on acceptance as a percentage of the balance then owed (0–100). */
  waiverPct: Median,
  /** Days from sending to the lender's first reply. */
  replyDays: Median,
  /** Days from sending to acceptance. */
  agreeDays: Median,
});
export type RemedyOutcomes = z.infer<typeof RemedyOutcomes>;

export const EvidenceKindCount = z.object({ kind: z.enum(ATTACHMENT_KINDS), offers: Count });
/** Per remedy: the accepted offers, and how many of them had each kind of evidence on file. */
export const AcceptedEvidence = z.object({ remedy: z.enum(REMEDIES), accepted: Count, kinds: z.array(EvidenceKindCount) });
export type AcceptedEvidence = z.infer<typeof AcceptedEvidence>;

export const InsightsLenderInput = z.object({ lenderId: Id }).strict();
export const LenderInsights = z.object({
  lenderId: Id,
  /** Per remedy the lender was offered, in the order of REMEDIES. */
  remedies: z.array(RemedyOutcomes),
  /** All remedies together. */
  all: RemedyOutcomes,
  evidence: z.array(AcceptedEvidence),
  /** Conduct incidents recorded against the lender (the incidents card lists them). */
  incidents: z.object({ total: Count, clients: Count }),
});
export type LenderInsights = z.infer<typeof LenderInsights>;

/** The proposal builder's lines: the lenders on screen (a case has at most a few dozen). */
export const InsightsHintsInput = z
  .object({ lenderIds: z.array(Id, { error: 'validation.type' }).max(200, 'insights.errors.tooManyLenders') })
  .strict();
export const LenderHint = z.object({ lenderId: Id, remedies: z.array(RemedyOutcomes), incidents: Count });
export type LenderHint = z.infer<typeof LenderHint>;
export const InsightsHints = z.object({ lenders: z.array(LenderHint) });
export type InsightsHints = z.infer<typeof InsightsHints>;

/** The outcomes dashboard, over every case in this database (archived ones too: outcomes are history). */
export const Outcomes = z.object({
  cases: Count,
  byStatus: z.record(z.enum(CLIENT_STATUSES), Count),
  /** Closed cases by closure reason; `unknown` when none was recorded. */
  byOutcome: z.record(z.enum([...CLOSURE_REASONS, 'unknown']), Count),
  agreements: Count,
  /** Debts whose ledger balance came to zero (paid, settled or written off), and what they came to per currency. */
  resolved: z.object({ debts: Count, amounts: CurrencyTotals }),
  /** Net waivers in the ledgers (granted less revoked), and the part still conditional on an active plan, per currency. */
  waived: CurrencyTotals,
  conditionalWaived: CurrencyTotals,
  /** Months from opening the case to each agreement. */
  monthsToAgreement: Median,
});
export type Outcomes = z.infer<typeof Outcomes>;
