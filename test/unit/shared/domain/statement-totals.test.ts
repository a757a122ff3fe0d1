import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_CATEGORIES, expenseGroup, kindOfCategory, type BudgetCategory } from '../../../../shared/domain/budget-categories';
import { FREQUENCIES } from '../../../../shared/schemas/statements';
import { computeStatement, monthlyAmount, rangeMark, totalsOf, type TotalsLine } from '../../../../shared/domain/statement-totals';

type Frequency = (typeof FREQUENCIES)[number];

const line = (category: BudgetCategory, amountFen: number, frequency: Frequency = 'monthly'): TotalsLine => ({
  kind: kindOfCategory(category),
  category,
  amountFen,
  frequency,
});

/** Per year, exactly, in fen × 12 (so every frequency is a whole number): the reference the monthly figure must be within half a fen of. */
const PER_YEAR: Record<Frequency, bigint> = { weekly: 52n, fortnightly: 26n, four_weekly: 13n, monthly: 12n, quarterly: 4n, yearly: 1n };

describe('monthly amounts', () => {
  it.each([
    // weekly × 52 ÷ 12
    ['weekly', 120_000, 520_000],
    ['weekly', 100, 433], // 433.33…
    ['weekly', 3, 13],
    ['weekly', 50_000, 216_667], // 216,666.67
    // fortnightly × 26 ÷ 12
    ['fortnightly', 30_000, 65_000],
    ['fortnightly', 100, 217], // 216.67
    // four-weekly × 13 ÷ 12
    ['four_weekly', 120_000, 130_000],
    ['four_weekly', 100, 108], // 108.33
    ['monthly', 123_456, 123_456],
    // quarterly ÷ 3
    ['quarterly', 30_000, 10_000],
    ['quarterly', 100, 33],
    ['quarterly', 200, 67],
    // yearly ÷ 12
    ['yearly', 1_200_000, 100_000],
    ['yearly', 600_000, 50_000],
    ['yearly', 100, 8], // 8.33
    ['yearly', 1, 0],
  ] as const)('%s %i fen is %i fen a month', (frequency, amountFen, expected) => {
    expect(monthlyAmount({ kind: 'income', amountFen, frequency })).toBe(expected);
    expect(monthlyAmount({ kind: 'expense', amountFen, frequency })).toBe(expected);
  });

  it('takes an asset as a value: its frequency changes nothing', () => {
    for (const frequency of FREQUENCIES) expect(monthlyAmount({ kind: 'asset', amountFen: 5_000_000, frequency })).toBe(5_000_000);
  });

  it('is within half a fen of the exact figure, for any amount and frequency', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), fc.constantFrom(...FREQUENCIES), (amountFen, frequency) => {
        const monthly = monthlyAmount({ kind: 'expense', amountFen, frequency });
        expect(Number.isSafeInteger(monthly)).toBe(true);
        // |monthly − amount × perYear ÷ 12| ≤ ½  ⇔  |24 × monthly − 2 × amount × perYear| ≤ 12, in exact integers.
        const diff = 24n * BigInt(monthly) - 2n * BigInt(amountFen) * PER_YEAR[frequency];
        expect(diff <= 12n && diff >= -12n).toBe(true);
      }),
    );
  });

  it('refuses a figure beyond exact integers instead of rounding it', () => {
    expect(() => monthlyAmount({ kind: 'expense', amountFen: Number.MAX_SAFE_INTEGER, frequency: 'weekly' })).toThrow(RangeError);
  });
});

describe('totals', () => {
  it('adds income, fixed and flexible costs apart, and leaves assets out of the monthly figures', () => {
    const { lines, totals } = computeStatement([
      line('salary', 1_000_000), // ¥10,000 a month
      line('self_employment', 50_000, 'weekly'), // ¥500 a week → ¥2,166.67
      line('rent_mortgage', 300_000),
      line('property_fees', 120_000, 'yearly'), // ¥1,200 a year → ¥100
      line('food', 25_000, 'weekly'), // ¥250 a week → ¥1,083.33
      line('communications', 10_000),
      line('savings', 800_000, 'weekly'),
      line('vehicle', 3_000_000),
    ]);
    expect(lines.map((l) => [l.monthlyFen, l.group])).toEqual([
      [1_000_000, null],
      [216_667, null],
      [300_000, 'fixed'],
      [10_000, 'fixed'],
      [108_333, 'variable'],
      [10_000, 'variable'],
      [800_000, null],
      [3_000_000, null],
    ]);
    expect(totals).toEqual({
      incomeMonthlyFen: 1_216_667,
      fixedMonthlyFen: 310_000,
      variableMonthlyFen: 118_333,
      expenseMonthlyFen: 428_333,
      disposableMonthlyFen: 788_334,
      assetsFen: 3_800_000,
    });
  });

  it('goes negative when costs exceed income', () => {
    const { totals } = computeStatement([line('benefits', 150_000), line('rent_mortgage', 200_000), line('food', 10_000, 'weekly')]);
    expect(totals.disposableMonthlyFen).toBe(150_000 - 200_000 - 43_333);
    expect(totals.disposableMonthlyFen).toBeLessThan(0);
  });

  it('is all zero for an empty statement', () => {
    expect(computeStatement([]).totals).toEqual({
      incomeMonthlyFen: 0,
      fixedMonthlyFen: 0,
      variableMonthlyFen: 0,
      expenseMonthlyFen: 0,
      disposableMonthlyFen: 0,
      assetsFen: 0,
    });
  });

  it('equal the sums of the lines’ monthly amounts, exactly, for any statement', () => {
    const anyLine = fc.record({
      category: fc.constantFrom(...ALL_CATEGORIES),
      amountFen: fc.integer({ min: 0, max: 10 ** 11 }),
      frequency: fc.constantFrom(...FREQUENCIES),
    });
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 40 }), (raw) => {
        const input = raw.map((r) => line(r.category, r.amountFen, r.frequency));
        const { lines, totals } = computeStatement(input);
        // Independently, in BigInt, from each line's own monthly figure.
        const sum = (keep: (l: TotalsLine) => boolean) => lines.filter((c) => keep(c.line)).reduce((s, c) => s + BigInt(monthlyAmount(c.line)), 0n);
        const income = sum((l) => l.kind === 'income');
        const fixed = sum((l) => l.kind === 'expense' && expenseGroup(l.category) === 'fixed');
        const variable = sum((l) => l.kind === 'expense' && expenseGroup(l.category) === 'variable');
        const assets = sum((l) => l.kind === 'asset');
        expect(BigInt(totals.incomeMonthlyFen)).toBe(income);
        expect(BigInt(totals.fixedMonthlyFen)).toBe(fixed);
        expect(BigInt(totals.variableMonthlyFen)).toBe(variable);
        expect(BigInt(totals.expenseMonthlyFen)).toBe(fixed + variable);
        expect(BigInt(totals.disposableMonthlyFen)).toBe(income - fixed - variable);
        expect(BigInt(totals.assetsFen)).toBe(assets);
        expect(lines.map((c) => c.line)).toEqual(input);
      }),
    );
  });

  it('refuses totals beyond exact integers', () => {
    const big = Number.MAX_SAFE_INTEGER - 10;
    expect(() => totalsOf([{ kind: 'income', category: 'salary', monthlyFen: big }, { kind: 'income', category: 'pension', monthlyFen: big }])).toThrow();
  });
});

describe('reference ranges', () => {
  const ranges = { food: { minFen: 100_000, maxFen: 200_000 }, leisure: { minFen: null, maxFen: 50_000 }, rent_mortgage: { minFen: 80_000, maxFen: null } };
  const food = line('food', 0);

  it('marks an expense above or below its range, and not at the edges', () => {
    expect(rangeMark(food, 200_001, ranges)).toBe('above');
    expect(rangeMark(food, 99_999, ranges)).toBe('below');
    expect(rangeMark(food, 200_000, ranges)).toBeNull();
    expect(rangeMark(food, 100_000, ranges)).toBeNull();
    expect(rangeMark(food, 150_000, ranges)).toBeNull();
  });

  it('treats an empty end as open', () => {
    expect(rangeMark(line('leisure', 0), 0, ranges)).toBeNull();
    expect(rangeMark(line('leisure', 0), 50_001, ranges)).toBe('above');
    expect(rangeMark(line('rent_mortgage', 0), 10 ** 12, ranges)).toBeNull();
    expect(rangeMark(line('rent_mortgage', 0), 79_999, ranges)).toBe('below');
  });

  it('marks nothing without a range, and never income or assets', () => {
    expect(rangeMark(line('transport', 0), 10 ** 12, ranges)).toBeNull();
    expect(rangeMark(line('transport', 0), 10 ** 12, {})).toBeNull();
    const odd = { salary: { minFen: 0, maxFen: 1 }, savings: { minFen: 0, maxFen: 1 } };
    expect(rangeMark(line('salary', 0), 500, odd)).toBeNull();
    expect(rangeMark(line('savings', 0), 500, odd)).toBeNull();
  });

  it('judges the monthly figure, not the amount as entered', () => {
    // ¥300 a week is ¥1,300 a month: above a ¥1,200 ceiling although 300 < 1,200.
    const weekly = line('food', 30_000, 'weekly');
    expect(rangeMark(weekly, monthlyAmount(weekly), { food: { minFen: null, maxFen: 120_000 } })).toBe('above');
  });
});
