import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../../shared/domain/dates';
import { annuityAmounts, checkRemedy, outstandingOf, remediesOffered, splitEvenly, termsFor, waivedAmounts, type DebtFigures } from '../../../../shared/domain/remedies';
import { REMEDIES, RemedyParams, Terms } from '../../../../shared/schemas/remedies';

const START = '2026-01-31';

const debt = (over: Partial<DebtFigures> = {}): DebtFigures => ({
  principalFen: 1_000_000,
  interestFen: 50_000,
  penaltyFen: 20_000,
  lateFeesFen: 3_000,
  otherFen: 2_000,
  rate: null,
  ...over,
});

// --- Arbitraries ----------------------------------------------------------------------
const fen = (max = 1e10) => fc.integer({ min: 0, max });
const arbDebt: fc.Arbitrary<DebtFigures> = fc.record({
  principalFen: fen(),
  interestFen: fen(1e8),
  penaltyFen: fen(1e8),
  lateFeesFen: fen(1e7),
  otherFen: fen(1e7),
  rate: fc.option(fc.record({ value: fc.double({ min: 0, max: 0.002, noNaN: true }), unit: fc.constant('daily' as const) }), { nil: null }),
});
const arbReduction = fc.oneof(
  fc.record({ mode: fc.constant('percent' as const), value: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })) }),
  fc.record({ mode: fc.constant('amount' as const), value: fen(2e8) }),
);
const arbWaivers = fc.record({ interest: arbReduction, penalty: arbReduction, fees: arbReduction }, { requiredKeys: [] });
const arbDate = fc.integer({ min: 0, max: 3650 }).map((d) => addDays('2025-01-01', d));
const arbParams: fc.Arbitrary<RemedyParams> = fc.oneof(
  fc.record({ remedy: fc.constant('extension' as const), extendTo: arbDate, waivers: arbWaivers }),
  fc.record({
    remedy: fc.constant('instalments' as const),
    months: fc.integer({ min: 1, max: 180 }),
    withInterest: fc.boolean(),
    annualRate: fc.double({ min: 0, max: 1, noNaN: true }),
    waivers: arbWaivers,
  }),
  fc.record({ remedy: fc.constant('waiver' as const), waivers: arbWaivers, payBy: arbDate, months: fc.integer({ min: 1, max: 180 }) }, { requiredKeys: ['remedy', 'waivers'] }),
  fc.record({ remedy: fc.constant('settlement' as const), amountFen: fen(2e10), payBy: arbDate }),
  fc.record({ remedy: fc.constant('card_instalments' as const), months: fc.integer({ min: 1, max: 60 }), monthlyFeeRate: fc.double({ min: 0, max: 0.05, noNaN: true }) }, { requiredKeys: ['remedy', 'months'] }),
  fc.record({ remedy: fc.constant('hardship' as const), holdUntil: arbDate }),
);

describe('termsFor – properties', () => {
  it('schedule sums exactly to the total; no negative amounts; the shape is valid Terms', () => {
    fc.assert(
      fc.property(arbDebt, arbParams, arbDate, (d, p, start) => {
        expect(RemedyParams.safeParse(p).success).toBe(true);
        const t = termsFor(d, p, start);
        expect(Terms.safeParse(t).success).toBe(true);
        expect(t.schedule.reduce((s, i) => s + i.amountFen, 0)).toBe(t.totalFen);
        for (const i of t.schedule) expect(i.amountFen).toBeGreaterThanOrEqual(0);
        expect(t.schedule.map((i) => i.seq)).toEqual(t.schedule.map((_, k) => k + 1));
      }),
      { numRuns: 500 },
    );
  });

  it('monthly plans: at most the months asked, no instalment of 0.00 or less, dates strictly increasing from the start, the regular payment rounded up so the last is the smallest', () => {
    const arbMonthly = arbParams.filter((p) => p.remedy === 'instalments' || p.remedy === 'card_instalments' || (p.remedy === 'waiver' && (p.months ?? 0) > 1));
    fc.assert(
      fc.property(arbDebt, arbMonthly, arbDate, (d, p, start) => {
        const t = termsFor(d, p, start);
        const months = (p as { months: number }).months;
        expect(t.schedule.length).toBeLessThanOrEqual(months);
        expect(t.months).toBe(t.schedule.length);
        if (t.totalFen === 0) {
          expect(t.schedule).toEqual([]);
          return;
        }
        expect(t.schedule[0]!.dueDate).toBe(start);
        for (let k = 1; k < t.schedule.length; k++) expect(t.schedule[k]!.dueDate > t.schedule[k - 1]!.dueDate).toBe(true);
        for (const s of t.schedule) expect(s.amountFen).toBeGreaterThan(0);
        for (let k = 0; k < t.schedule.length - 1; k++) expect(t.schedule[k]!.amountFen).toBe(t.monthlyFen);
        expect(t.schedule.at(-1)!.amountFen).toBeLessThanOrEqual(t.monthlyFen!);
      }),
      { numRuns: 300 },
    );
  });

  it('waivers never exceed the charge, and the rest is what the plan repays', () => {
    fc.assert(
      fc.property(arbDebt, arbWaivers, (d, w) => {
        const a = waivedAmounts(d, w);
        expect(a.interestFen).toBeGreaterThanOrEqual(0);
        expect(a.interestFen).toBeLessThanOrEqual(d.interestFen);
        expect(a.penaltyFen).toBeLessThanOrEqual(d.penaltyFen);
        expect(a.feesFen).toBeLessThanOrEqual(d.lateFeesFen + d.otherFen);
        const t = termsFor(d, { remedy: 'instalments', months: 12, withInterest: false, waivers: w }, START);
        expect(t.totalFen).toBe(outstandingOf(d) - a.totalFen);
        expect(t.totalFen).toBeGreaterThanOrEqual(d.principalFen);
      }),
      { numRuns: 300 },
    );
  });

  it('interest-free plans repay exactly what is owed (less waivers); with interest never less; never a zero or negative instalment, the last the smallest', () => {
    fc.assert(
      fc.property(fen(), fc.integer({ min: 1, max: 180 }), fc.double({ min: 0, max: 1, noNaN: true }), (p, n, rate) => {
        for (const amounts of [splitEvenly(p, n), annuityAmounts(p, n, rate)]) {
          expect(amounts.length).toBeLessThanOrEqual(n);
          expect(amounts.length === 0).toBe(p === 0);
          for (const x of amounts) expect(x).toBeGreaterThan(0);
          for (const x of amounts.slice(0, -1)) expect(x).toBe(amounts[0]);
          if (amounts.length) expect(amounts.at(-1)!).toBeLessThanOrEqual(amounts[0]!);
        }
        expect(splitEvenly(p, n).reduce((s, x) => s + x, 0)).toBe(p);
        expect(annuityAmounts(p, n, rate).reduce((s, x) => s + x, 0)).toBeGreaterThanOrEqual(p);
      }),
      { numRuns: 500 },
    );
  });

  it('the issue\'s absurd lines are gone: 0.05 over 12 months, 100.00 over 180 months', () => {
    expect(splitEvenly(5, 12)).toEqual([1, 1, 1, 1, 1]);
    const long = splitEvenly(10_000, 180);
    expect(long.slice(0, -1).every((x) => x === 56)).toBe(true);
    expect(long).toHaveLength(179);
    expect(long.at(-1)).toBe(10_000 - 56 * 178);
  });
});

describe('termsFor – examples', () => {
  it('instalments at 12 % a year on the declining balance: the textbook annuity', () => {
    const t = termsFor(debt({ interestFen: 0, penaltyFen: 0, lateFeesFen: 0, otherFen: 0 }), { remedy: 'instalments', months: 12, withInterest: true, annualRate: 0.12 }, START);
    // 10,000.00 at 1 % a month over 12 months: 888.49 a month (the formula gives 888.4879, rounded up).
    expect(t.monthlyFen).toBe(88_849);
    expect(t.totalFen - 1_000_000).toBeGreaterThan(66_000);
    expect(t.totalFen - 1_000_000).toBeLessThan(66_300);
    // End-of-month clamping, each date counted from the start.
    expect(t.schedule.slice(0, 4).map((s) => s.dueDate)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('with interest and no rate given, the contractual rate is used and written into the params', () => {
    const t = termsFor(debt({ rate: { value: 0.02, unit: 'monthly' } }), { remedy: 'instalments', months: 6, withInterest: true }, START);
    expect(t.params).toMatchObject({ annualRate: 0.24 });
  });

  it('interest-free instalments: 1,075.00 over 3 months is 358.34 / 358.34 / 358.32 (rounded up, the last the smallest)', () => {
    const d = debt({ principalFen: 100_000, interestFen: 7_500, penaltyFen: 0, lateFeesFen: 0, otherFen: 0 });
    const t = termsFor(d, { remedy: 'instalments', months: 3, withInterest: false }, START);
    expect(t.schedule.map((s) => s.amountFen)).toEqual([35_834, 35_834, 35_832]);
    expect(t.totalFen).toBe(107_500);
    expect(t.savingFen).toBe(0); // no contractual rate known: the saving is against the balance alone
  });

  it('waivers by percent and by amount, capped at the charge', () => {
    const d = debt();
    const a = waivedAmounts(d, { interest: { mode: 'percent', value: 33.3 }, penalty: { mode: 'amount', value: 999_999 }, fees: { mode: 'percent', value: 50 } });
    expect(a).toEqual({ interestFen: 16_650, penaltyFen: 20_000, feesFen: 2_500, principalFen: 0, totalFen: 39_150 });
  });

  it('a waiver paid by a date is one payment; over months, monthly', () => {
    const d = debt();
    const w = { interest: { mode: 'percent', value: 100 }, penalty: { mode: 'percent', value: 100 } } as const;
    const once = termsFor(d, { remedy: 'waiver', waivers: w, payBy: '2026-03-15' }, START);
    expect(once.schedule).toEqual([{ seq: 1, dueDate: '2026-03-15', amountFen: 1_005_000 }]);
    expect(once.monthlyFen).toBeNull();
    expect(once.savingFen).toBe(70_000);
    const monthly = termsFor(d, { remedy: 'waiver', waivers: w, months: 10 }, START);
    expect(monthly.monthlyFen).toBe(100_500);
    expect(monthly.totalFen).toBe(1_005_000);
  });

  it('settlement: one payment; the saving is the discount plus the contractual interest to that date', () => {
    const d = debt({ rate: { value: 0.1825, unit: 'annual' } });
    const t = termsFor(d, { remedy: 'settlement', amountFen: 600_000, payBy: '2026-03-02' }, START);
    expect(t.schedule).toEqual([{ seq: 1, dueDate: '2026-03-02', amountFen: 600_000 }]);
    // 30 days at 18.25 % on 10,000.00 = 150.00 of interest the contract would add.
    expect(t.savingFen).toBe(1_075_000 + 15_000 - 600_000);
  });

  it('extension: the whole (less waivers) on one later date', () => {
    const t = termsFor(debt(), { remedy: 'extension', extendTo: '2026-06-30', waivers: { fees: { mode: 'percent', value: 100 } } }, START);
    expect(t.schedule).toEqual([{ seq: 1, dueDate: '2026-06-30', amountFen: 1_070_000 }]);
  });

  it('card instalments: interest stopped, the balance split over ≤ 60 months plus a monthly fee on the principal', () => {
    const t = termsFor(debt(), { remedy: 'card_instalments', months: 60, monthlyFeeRate: 0.003 }, START);
    expect(t.schedule).toHaveLength(60);
    expect(t.monthlyFen).toBe(Math.ceil(1_075_000 / 60) + 3_000);
    expect(t.totalFen).toBe(1_075_000 + 60 * 3_000);
    expect(t.schedule.at(-1)!.dueDate).toBe(addMonths(START, 59));
  });

  it('hardship: a hold, not a plan – no payments, no saving claimed', () => {
    const t = termsFor(debt({ rate: { value: 0.24, unit: 'annual' } }), { remedy: 'hardship', holdUntil: '2026-04-30' }, START);
    expect(t).toMatchObject({ schedule: [], totalFen: 0, monthlyFen: null, months: null, savingFen: 0 });
  });
});

describe('checkRemedy', () => {
  it('refuses a settlement above the balance, dates before the start, a waiver above its charge and a waiver with no way to pay', () => {
    const d = { ...debt(), productType: 'online_loan' };
    expect(checkRemedy(d, { remedy: 'settlement', amountFen: 2_000_000, payBy: '2026-01-01' }, START)).toEqual({
      amountFen: 'proposals.errors.settlementAboveOutstanding',
      payBy: 'proposals.errors.dateBeforeStart',
    });
    expect(checkRemedy(d, { remedy: 'waiver', waivers: { interest: { mode: 'amount', value: 50_001 } } }, START)).toEqual({
      'waivers.interest': 'proposals.errors.waiverAboveCharge',
      payBy: 'proposals.errors.waiverNeedsDateOrMonths',
    });
    expect(checkRemedy(d, { remedy: 'instalments', months: 36, withInterest: false }, START)).toEqual({});
  });

  it("offers a card issuer's personalised instalments for credit-card debts only", () => {
    const plan = { remedy: 'card_instalments', months: 60 } as const;
    expect(checkRemedy({ ...debt(), productType: 'credit_card' }, plan, START)).toEqual({});
    for (const productType of ['online_loan', 'consumer_loan', 'bank_loan', 'private_loan', 'other']) {
      expect(checkRemedy({ ...debt(), productType }, plan, START)).toEqual({ remedy: 'proposals.errors.cardInstalmentsCardsOnly' });
    }
    // The pickers: every remedy for a card; the card's own left out for an online loan unless already chosen.
    expect(remediesOffered(REMEDIES, 'credit_card', 'instalments')).toEqual(REMEDIES);
    expect(remediesOffered(REMEDIES, 'online_loan', 'instalments')).toEqual(REMEDIES.filter((r) => r !== 'card_instalments'));
    expect(remediesOffered(REMEDIES, 'online_loan', 'card_instalments')).toEqual(REMEDIES);
    expect(remediesOffered(REMEDIES, undefined, undefined)).not.toContain('card_instalments');
  });
});
