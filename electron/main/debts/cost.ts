import { costMarks } from '../../../shared/domain/cost';
import { irrMethodCost } from '../../../shared/domain/irr-method';
import { toAnnualCompound, toAnnualSimple } from '../../../shared/domain/rates';
import type { DebtView } from '../../../shared/schemas/debts';
import type { Settings } from '../../../shared/schemas/settings';
import type { DebtValues } from '../db/debts';

type CostInput = Pick<DebtValues, 'rate' | 'loanDate' | 'borrowedFen' | 'receivedFen' | 'feesFen' | 'schedule'>;
export type CostLine = DebtView['cost']['aboveLines'][number];

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
 * The IRR-method figures of the real cash flows: the money in hand on the loan date against
 * each scheduled payment. Null without a loan date, a schedule or a positive amount in
 * hand, or when the flows have no rate (a payment before the loan, nothing repaid).
 */
export function irrMethodOf(d: Pick<DebtValues, 'loanDate' | 'borrowedFen' | 'receivedFen' | 'feesFen' | 'schedule'>): DebtView['cost']['irrMethod'] {
  const inHand = amountInHand(d);
  if (d.loanDate === null || d.schedule.length === 0 || inHand === null || inHand <= 0) return null;
  return irrMethodCost({ receivedFen: inHand, receivedDate: d.loanDate, payments: d.schedule });
}

/** The reference lines from the settings: the fixed ones, and 4 × the one-year LPR when the counsellor has entered it. */
export function referenceLines(settings: Pick<Settings, 'costThresholds' | 'lpr'>): CostLine[] {
  const lines: CostLine[] = settings.costThresholds.map((rate) => ({ rate, kind: 'line' }));
  if (settings.lpr) lines.push({ rate: 4 * settings.lpr.rate, kind: 'lpr4' });
  return lines;
}

/**
 * A debt's cost as DebtView shows it. The primary figure - the one every reference line is
 * marked against - is the IRR-method annual rate when the schedule is known; without one it
 * is the quoted rate × periods a year (the same method for a loan charging that rate on the
 * remaining principal, with no fees). Compounded figures are shown beside it, never marked.
 */
export function debtCost(d: CostInput, lines: readonly CostLine[]): DebtView['cost'] {
  const quotedAnnualSimple = d.rate ? toAnnualSimple(d.rate) : null;
  const quotedAnnualCompound = d.rate ? toAnnualCompound(d.rate) : null;
  const irrMethod = irrMethodOf(d);
  const basis = irrMethod ? 'irrMethod' : quotedAnnualSimple !== null ? 'quoted' : null;
  const primary = irrMethod ? irrMethod.annualRate : quotedAnnualSimple;
  const above = primary === null ? [] : costMarks(primary, lines.map((l) => l.rate));
  // Lowest first; a fixed line and 4 × LPR at the same rate are both named.
  const aboveLines = lines.filter((l) => above.includes(l.rate)).sort((a, b) => a.rate - b.rate || (a.kind === 'line' ? -1 : 1));
  return { quotedAnnualSimple, quotedAnnualCompound, irrMethod, primary, basis, aboveLines: dedupe(aboveLines) };
}

function dedupe(lines: CostLine[]): CostLine[] {
  return lines.filter((l, i) => lines.findIndex((o) => o.rate === l.rate && o.kind === l.kind) === i);
}
