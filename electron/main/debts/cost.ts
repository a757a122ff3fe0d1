import { costMarks, xirr } from '../../../shared/domain/cost';
import { toAnnualCompound, toAnnualSimple } from '../../../shared/domain/rates';
import type { DebtView } from '../../../shared/schemas/debts';
import type { DebtValues } from '../db/debts';

type CostInput = Pick<DebtValues, 'rate' | 'loanDate' | 'borrowedFen' | 'receivedFen' | 'feesFen' | 'schedule'>;

/**
 * What the client really got in hand at the start: the amount received when it is known,
 * otherwise the amount borrowed less the fees kept back. Null when neither can be said.
 */
export function amountInHand(d: Pick<DebtValues, 'borrowedFen' | 'receivedFen' | 'feesFen'>): number | null {
  if (d.receivedFen !== null) return d.receivedFen;
  if (d.borrowedFen !== null) return d.borrowedFen - d.feesFen;
  return null;
}

/**
 * The annual rate implied by the real cash flows (XIRR semantics): the money in hand on the
 * loan date out, each scheduled payment back on its date. Null without a loan date, a
 * schedule or a positive amount in hand, or when the flows have no rate (never repaid in full).
 */
export function irrOf(d: Pick<DebtValues, 'loanDate' | 'borrowedFen' | 'receivedFen' | 'feesFen' | 'schedule'>): number | null {
  const inHand = amountInHand(d);
  if (d.loanDate === null || d.schedule.length === 0 || inHand === null || inHand <= 0) return null;
  const rate = xirr([{ date: d.loanDate, amountFen: -inHand }, ...d.schedule]);
  return rate === null || !Number.isFinite(rate) ? null : rate;
}

/**
 * A debt's cost as DebtView shows it: the quoted rate made annual (simply and compounded),
 * the IRR when the flows are known, and every reference line the highest of these is above.
 */
export function debtCost(d: CostInput, thresholds: readonly number[]): DebtView['cost'] {
  const quotedAnnualSimple = d.rate ? toAnnualSimple(d.rate) : null;
  const quotedAnnualCompound = d.rate ? toAnnualCompound(d.rate) : null;
  const irrAnnual = irrOf(d);
  const known = [quotedAnnualSimple, quotedAnnualCompound, irrAnnual].filter((x): x is number => x !== null);
  const aboveLines = known.length ? costMarks(Math.max(...known), thresholds) : [];
  return { quotedAnnualSimple, quotedAnnualCompound, irrAnnual, aboveLines };
}
