// Remedy arithmetic: what a remedy asked of a lender comes to, in fen.
//
//   termsFor(debt, params, startDate) -> Terms   (the one entry point; pure, no I/O)
//   checkRemedy(debt, params, startDate) -> { field: i18nKey }   (what makes params unusable)
//   waivedAmounts(debt, waivers) -> per-charge amounts waived (never more than the charge)
//   splitEvenly(totalFen, n) -> n amounts summing exactly to totalFen, the last absorbing the rest
//
// Used by the proposal builder (shared/domain/proposal.ts), the main process (which
// recomputes every saved line from its params and never trusts numbers from the window),
// and by offers / agreements for terms entered by hand.
//
// Rules, all exact in integer fen:
// - Instalment k (1-based) falls due on addMonths(startDate, k - 1): the first payment on
//   the start date, then the same day of each later month, clamped to the end of a short
//   month (31 Jan -> 28/29 Feb -> 31 Mar: each date counts from the start, not from the
//   previous clamped one).
// - A schedule always sums exactly to totalFen; every instalment but the last is the
//   regular payment and the last absorbs the rounding; no amount is ever negative.
// - Waivers reduce interest, penalty and fees (late fees + other charges) and, only when
//   asked for explicitly (a share that cannot clear the balance within the term), the
//   principal; never more than the charge itself.
// - savingFen = contractFen - totalFen, where contractFen is what the contract would claim
//   if nothing were agreed and the debt were paid on the plan's last due date: the
//   outstanding balance plus simple interest at the contractual rate (when known) on the
//   principal, for the days from the start date to that last date. Unknown rate: the
//   outstanding balance alone. A hardship hold is a request, not a plan: it pays nothing and
//   claims no saving (0). The saving may be negative (a plan rate above the contract's).

import type { Instalment, Reduction, RemedyParams, Terms, Waivers } from '../schemas/remedies';
import { addMonths, daysBetween } from './dates';
import { assertFen, mulRate, roundHalfAwayFromZero, sumFen } from './money';
import { toAnnualSimple, type QuotedRate } from './rates';

/** What the remedy arithmetic needs to know of a debt. */
export interface DebtFigures {
  principalFen: number;
  interestFen: number;
  penaltyFen: number;
  lateFeesFen: number;
  otherFen: number;
  /** The contractual rate as quoted, when known. */
  rate?: QuotedRate | null;
}

export function outstandingOf(d: DebtFigures): number {
  return sumFen([d.principalFen, d.interestFen, d.penaltyFen, d.lateFeesFen, d.otherFen]);
}

/** The contractual rate made annual (simple), or null when it is not known. */
export function contractAnnualRate(d: DebtFigures): number | null {
  if (!d.rate) return null;
  try {
    return toAnnualSimple(d.rate);
  } catch {
    return null;
  }
}

/** A percentage 0–100 as the decimal it is written as (33.3 -> 0.333, read exactly by mulRate). */
function percentAsRate(value: number): number {
  const [mantissa, exp = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exp) - 2}`);
}

function reduce(chargeFen: number, r: Reduction | undefined): number {
  if (!r || chargeFen <= 0) return 0;
  const wanted = r.mode === 'amount' ? r.value : mulRate(chargeFen, percentAsRate(r.value));
  return Math.max(0, Math.min(chargeFen, wanted));
}

export interface WaivedAmounts {
  interestFen: number;
  penaltyFen: number;
  feesFen: number;
  principalFen: number;
  totalFen: number;
}

/** The fen each waiver takes off: a share or an amount of the charge, never more than the charge. */
export function waivedAmounts(d: DebtFigures, waivers: Waivers | undefined): WaivedAmounts {
  const interestFen = reduce(d.interestFen, waivers?.interest);
  const penaltyFen = reduce(d.penaltyFen, waivers?.penalty);
  const feesFen = reduce(sumFen([d.lateFeesFen, d.otherFen]), waivers?.fees);
  const principalFen = reduce(d.principalFen, waivers?.principal);
  return { interestFen, penaltyFen, feesFen, principalFen, totalFen: interestFen + penaltyFen + feesFen + principalFen };
}

/**
 * At most `n` amounts summing exactly to `totalFen`: the regular payment is total / n rounded
 * up to the fen, so the last one is the smallest (never larger than the others) and none is
 * zero. A small total gets fewer instalments (5 fen over 12 months: five of 1 fen); nothing
 * to pay gives no instalments.
 */
export function splitEvenly(totalFen: number, n: number): number[] {
  assertFen(totalFen);
  if (totalFen < 0) throw new RangeError('cannot split a negative amount');
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`not a number of instalments: ${n}`);
  if (totalFen === 0) return [];
  const regular = Math.ceil(totalFen / n);
  const count = Math.ceil(totalFen / regular);
  const out = Array.from({ length: count }, () => regular);
  out[count - 1] = totalFen - regular * (count - 1);
  return out;
}

function dated(amounts: number[], startDate: string): Instalment[] {
  return amounts.map((amountFen, i) => ({ seq: i + 1, dueDate: addMonths(startDate, i), amountFen }));
}

/**
 * An annuity: at most `n` monthly payments repaying `principalFen` with interest at
 * `annualRate` (÷ 12 a month) on the declining balance. Every payment but the last is the
 * regular one, the annuity formula's payment rounded up to the fen; each month's interest is
 * the balance × monthly rate rounded half away from zero; the last payment clears the
 * balance with its interest, so it is the smallest and never zero. When rounding up clears
 * the balance early (tiny balances), the plan has fewer payments.
 */
export function annuityAmounts(principalFen: number, n: number, annualRate: number): number[] {
  assertFen(principalFen);
  if (!(annualRate > 0)) return splitEvenly(principalFen, n);
  if (principalFen === 0) return [];
  const r = annualRate / 12;
  const formula = (k: number) => (principalFen * r) / -Math.expm1(-k * Math.log1p(r));
  for (let count = n; count >= 1; count--) {
    let payment = Math.ceil(formula(count));
    // A rate too small to register (or a float overflow) leaves no usable payment: interest-free.
    if (!Number.isSafeInteger(payment) || payment <= 0) return splitEvenly(principalFen, n);
    for (;;) {
      const amounts: number[] = [];
      let balance = principalFen;
      for (let k = 1; k < count && balance > 0; k++) {
        amounts.push(payment);
        balance = balance + roundHalfAwayFromZero(balance * r) - payment;
      }
      const last = balance + roundHalfAwayFromZero(balance * r);
      // Floating-point error can leave the formula's payment a fen short: the last would be the largest.
      if (last > payment) {
        payment += Math.max(1, Math.floor((last - payment) / count));
        continue;
      }
      if (last > 0 && amounts.length === count - 1) return [...amounts, last];
      break; // paid off before the last month: try one payment fewer
    }
  }
  return [principalFen + roundHalfAwayFromZero(principalFen * r)];
}

/** Interest the contract would add on the principal from `from` to `to` (simple, days / 365). */
function contractInterest(d: DebtFigures, from: string, to: string): number {
  const rate = contractAnnualRate(d);
  if (rate === null || rate <= 0) return 0;
  const days = Math.max(0, daysBetween(from, to));
  return roundHalfAwayFromZero((d.principalFen * rate * days) / 365);
}

function finish(d: DebtFigures, params: RemedyParams, schedule: Instalment[], startDate: string, monthlyFen: number | null, months: number | null): Terms {
  const totalFen = sumFen(schedule.map((s) => s.amountFen));
  let savingFen = 0;
  if (params.remedy !== 'hardship') {
    const last = schedule.length ? schedule[schedule.length - 1]!.dueDate : startDate;
    savingFen = outstandingOf(d) + contractInterest(d, startDate, last) - totalFen;
  }
  return { params, schedule, totalFen, monthlyFen, months, savingFen };
}

/**
 * The Terms a remedy comes to for a debt, with payments starting on `startDate`
 * (ISO date). Params are taken as valid (see checkRemedy for what the UI and the main
 * process refuse); out-of-range figures are clamped rather than produce a negative amount.
 * For instalments with interest and no annualRate given, the contractual rate is used (and
 * written into the returned params, so the terms say what they were computed with).
 */
export function termsFor(debt: DebtFigures, params: RemedyParams, startDate: string): Terms {
  const outstanding = outstandingOf(debt);
  switch (params.remedy) {
    case 'extension': {
      const due = outstanding - waivedAmounts(debt, params.waivers).totalFen;
      return finish(debt, params, [{ seq: 1, dueDate: params.extendTo, amountFen: due }], startDate, null, null);
    }
    case 'settlement': {
      const amount = Math.min(params.amountFen, outstanding);
      const schedule = [{ seq: 1, dueDate: params.payBy, amountFen: amount }];
      return finish(debt, params, schedule, startDate, null, null);
    }
    case 'waiver': {
      const due = outstanding - waivedAmounts(debt, params.waivers).totalFen;
      if (params.months && params.months > 1) {
        const amounts = splitEvenly(due, params.months);
        return finish(debt, params, dated(amounts, startDate), startDate, amounts[0] ?? null, amounts.length);
      }
      const payBy = params.payBy ?? startDate;
      return finish(debt, params, [{ seq: 1, dueDate: payBy, amountFen: due }], startDate, null, null);
    }
    case 'instalments': {
      const due = outstanding - waivedAmounts(debt, params.waivers).totalFen;
      let resolved: RemedyParams = params;
      let rate = 0;
      if (params.withInterest) {
        rate = params.annualRate ?? contractAnnualRate(debt) ?? 0;
        rate = Math.min(1, Math.max(0, rate));
        resolved = { ...params, annualRate: rate };
      }
      const amounts = annuityAmounts(due, params.months, rate);
      return finish(debt, resolved, dated(amounts, startDate), startDate, amounts[0] ?? null, amounts.length);
    }
    case 'card_instalments': {
      // Interest stops; the balance as it stands is split, plus a monthly fee on the principal.
      const fee = params.monthlyFeeRate ? mulRate(debt.principalFen, params.monthlyFeeRate) : 0;
      const amounts = splitEvenly(outstanding, params.months).map((a) => a + fee);
      return finish(debt, params, dated(amounts, startDate), startDate, amounts[0] ?? null, amounts.length);
    }
    case 'hardship':
      return finish(debt, params, [], startDate, null, null);
  }
}

/**
 * Whether a remedy can be asked of the lender of a debt of this kind: a card issuer's personalised
 * instalments (up to 60 months) only of a card issuer; offered to any other lender, the packet
 * would ask for something that lender does not have. The pickers offer only what fits.
 */
export function remedyFitsProduct(remedy: RemedyParams['remedy'], productType: string | undefined): boolean {
  return remedy !== 'card_instalments' || productType === 'credit_card';
}

/** What a remedy picker lists, in `order`: what fits the debt, and the remedy already chosen (so an old line stays readable). */
export function remediesOffered<R extends RemedyParams['remedy']>(order: readonly R[], productType: string | undefined, chosen: RemedyParams['remedy'] | undefined): R[] {
  return order.filter((r) => r === chosen || remedyFitsProduct(r, productType));
}

/**
 * What makes `params` unusable for this debt, as form fields -> i18n keys (empty when
 * fine): dates before the start, a settlement above what is owed or of nothing, a waiver
 * that must be paid by a date or over months but has neither, a waiver larger than its
 * charge (by amount; percentages are 0–100 by the schema), a card issuer's personalised
 * instalments for a debt that is not a credit card.
 */
export function checkRemedy(debt: DebtFigures & { productType: string }, params: RemedyParams, startDate: string): Record<string, string> {
  const out: Record<string, string> = {};
  const outstanding = outstandingOf(debt);
  const checkWaivers = (w: Waivers | undefined) => {
    if (!w) return;
    const charges = { interest: debt.interestFen, penalty: debt.penaltyFen, fees: debt.lateFeesFen + debt.otherFen, principal: debt.principalFen } as const;
    for (const k of ['interest', 'penalty', 'fees', 'principal'] as const) {
      const r = w[k];
      if (r?.mode === 'amount' && r.value > charges[k]) out[`waivers.${k}`] = 'proposals.errors.waiverAboveCharge';
    }
  };
  switch (params.remedy) {
    case 'extension':
      if (params.extendTo < startDate) out.extendTo = 'proposals.errors.dateBeforeStart';
      checkWaivers(params.waivers);
      break;
    case 'settlement':
      if (params.payBy < startDate) out.payBy = 'proposals.errors.dateBeforeStart';
      if (params.amountFen > outstanding) out.amountFen = 'proposals.errors.settlementAboveOutstanding';
      if (params.amountFen === 0) out.amountFen = 'proposals.errors.settlementZero';
      break;
    case 'waiver':
      if (params.payBy === undefined && params.months === undefined) out.payBy = 'proposals.errors.waiverNeedsDateOrMonths';
      if (params.payBy !== undefined && params.payBy < startDate) out.payBy = 'proposals.errors.dateBeforeStart';
      checkWaivers(params.waivers);
      break;
    case 'instalments':
      checkWaivers(params.waivers);
      break;
    case 'hardship':
      if (params.holdUntil < startDate) out.holdUntil = 'proposals.errors.dateBeforeStart';
      break;
    case 'card_instalments':
      if (!remedyFitsProduct(params.remedy, debt.productType)) out.remedy = 'proposals.errors.cardInstalmentsCardsOnly';
      break;
  }
  return out;
}
