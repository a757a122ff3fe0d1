// The arithmetic of lender insights: medians, and the rule that a share of fewer than
// MIN_CASES_FOR_PERCENT cases is given as a count and never as a percentage.
import type { Median, RemedyOutcomes } from '../schemas/insights';
import type { Remedy } from '../schemas/remedies';

/** Below this many cases a share is shown as "n of m – too few to judge", never as a percentage. */
export const MIN_CASES_FOR_PERCENT = 5;

/** The median (the mean of the middle two for an even count), with how many values it stands on. */
export function median(values: readonly number[]): Median {
  if (values.length === 0) return { value: null, n: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const value = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { value, n: values.length };
}

/** `n of total`, with the percentage only when there are enough cases to judge by. */
export function share(n: number, total: number): { n: number; of: number; pct: number | null; tooFew: boolean } {
  const tooFew = total < MIN_CASES_FOR_PERCENT;
  return { n, of: total, pct: tooFew || total === 0 ? null : Math.round((n / total) * 100), tooFew };
}

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** One offer as the insights read it (see db/lender-insights.ts offerOutcomeRows). */
export interface OfferOutcome {
  lenderId: number;
  remedy: Remedy;
  status: 'sent' | 'countered' | 'accepted' | 'rejected' | 'expired';
  sentOn: string | null;
  repliedOn: string | null;
  acceptedOn: string | null;
  counteredEver: boolean;
  /** For an accepted offer: what the agreement pays, and the waiver its acceptance granted (0 when none). */
  agreedTotalFen: number | null;
  waivedFen: number | null;
}

/** The waiver as a percentage of the balance owed at acceptance (owed = agreed total + waiver). */
export function waiverPctOf(o: Pick<OfferOutcome, 'agreedTotalFen' | 'waivedFen'>): number | null {
  if (o.agreedTotalFen === null) return null;
  const waived = o.waivedFen ?? 0;
  const owed = o.agreedTotalFen + waived;
  return owed <= 0 ? null : Math.round((waived / owed) * 1000) / 10;
}

/** The figures of a set of offers (one lender's offers of one remedy, or of all: remedy null). */
export function outcomesOf(remedy: Remedy | null, offers: readonly OfferOutcome[]): RemedyOutcomes {
  const count = (s: OfferOutcome['status']) => offers.filter((o) => o.status === s).length;
  const waivers: number[] = [];
  const replies: number[] = [];
  const agreements: number[] = [];
  for (const o of offers) {
    if (o.status === 'accepted') {
      const pct = waiverPctOf(o);
      if (pct !== null) waivers.push(pct);
    }
    if (o.sentOn && o.repliedOn) replies.push(daysBetween(o.sentOn, o.repliedOn));
    if (o.sentOn && o.acceptedOn) agreements.push(daysBetween(o.sentOn, o.acceptedOn));
  }
  return {
    remedy,
    sent: offers.length,
    answered: offers.filter((o) => o.repliedOn !== null).length,
    accepted: count('accepted'),
    countered: count('countered'),
    refused: count('rejected'),
    pending: count('sent'),
    expired: count('expired'),
    counteredEver: offers.filter((o) => o.counteredEver).length,
    waiverPct: median(waivers),
    replyDays: median(replies),
    agreeDays: median(agreements),
  };
}

/** Per remedy offered (in the order given), each with its figures. */
export function outcomesByRemedy(order: readonly Remedy[], offers: readonly OfferOutcome[]): RemedyOutcomes[] {
  return order.filter((r) => offers.some((o) => o.remedy === r)).map((r) => outcomesOf(r, offers.filter((o) => o.remedy === r)));
}

/** An average month (365.25 / 12 days). */
const MONTH_DAYS = 30.4375;

/** Months from one date to another, to one decimal (an agreement dated before its case was entered counts as 0). */
export function monthsBetween(from: string, to: string): number {
  return Math.max(0, Math.round((daysBetween(from, to) / MONTH_DAYS) * 10) / 10);
}
