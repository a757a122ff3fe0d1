import { expenseGroup, type BudgetCategory, type LineKind } from './budget-categories';
import { normaliseToMonthly, sumFen, type Frequency } from './money';
import type { StatementTotals } from '../schemas/statements';

// The arithmetic of a financial statement, pure: each line's monthly equivalent, the
// totals, and where an expense stands against its reference range. Integer fen only.

export interface TotalsLine {
  kind: LineKind;
  category: BudgetCategory;
  amountFen: number;
  frequency: Frequency;
}

/** A monthly reference range for one expense category; either end may be open. */
export interface RangeFen {
  minFen: number | null;
  maxFen: number | null;
}
export type ExpenseRanges = Partial<Record<string, RangeFen>>;

export type RangeMark = 'below' | 'above' | null;

export interface ComputedLine<L extends TotalsLine = TotalsLine> {
  line: L;
  /** For assets a value, not a flow: their amount as it is. */
  monthlyFen: number;
  group: 'fixed' | 'variable' | null;
}

/**
 * The line's amount per month. Income and expenses are normalised by their frequency
 * (weekly × 52 ÷ 12, …); an asset is a value, so its frequency is ignored.
 */
export function monthlyAmount(line: Pick<TotalsLine, 'kind' | 'amountFen' | 'frequency'>): number {
  const monthly = line.kind === 'asset' ? line.amountFen : normaliseToMonthly(line.amountFen, line.frequency);
  if (!Number.isSafeInteger(monthly)) throw new RangeError('a monthly amount exceeds the exact integer range');
  return monthly;
}

/** Where a monthly expense stands against its category's range: only expenses with a range set can be marked. */
export function rangeMark(line: Pick<TotalsLine, 'kind' | 'category'>, monthlyFen: number, ranges: ExpenseRanges): RangeMark {
  if (line.kind !== 'expense') return null;
  const range = ranges[line.category];
  if (!range) return null;
  if (range.minFen !== null && monthlyFen < range.minFen) return 'below';
  if (range.maxFen !== null && monthlyFen > range.maxFen) return 'above';
  return null;
}

/** Totals from lines whose monthly amounts are known (computed now, or as stored). */
export function totalsOf(lines: readonly { kind: LineKind; category: BudgetCategory; monthlyFen: number }[]): StatementTotals {
  const of = (keep: (l: (typeof lines)[number]) => boolean) => sumFen(lines.filter(keep).map((l) => l.monthlyFen));
  const incomeMonthlyFen = of((l) => l.kind === 'income');
  const fixedMonthlyFen = of((l) => l.kind === 'expense' && expenseGroup(l.category) === 'fixed');
  const variableMonthlyFen = of((l) => l.kind === 'expense' && expenseGroup(l.category) === 'variable');
  const expenseMonthlyFen = sumFen([fixedMonthlyFen, variableMonthlyFen]);
  const totals: StatementTotals = {
    incomeMonthlyFen,
    fixedMonthlyFen,
    variableMonthlyFen,
    expenseMonthlyFen,
    disposableMonthlyFen: incomeMonthlyFen - expenseMonthlyFen,
    assetsFen: of((l) => l.kind === 'asset'),
  };
  if (!Object.values(totals).every(Number.isSafeInteger)) throw new RangeError('statement totals exceed the exact integer range');
  return totals;
}

/** Every line's monthly amount and group, and the statement's totals. */
export function computeStatement<L extends TotalsLine>(lines: readonly L[]): { lines: ComputedLine<L>[]; totals: StatementTotals } {
  const computed = lines.map((line) => ({ line, monthlyFen: monthlyAmount(line), group: line.kind === 'expense' ? expenseGroup(line.category) : null }));
  return { lines: computed, totals: totalsOf(computed.map((c) => ({ kind: c.line.kind, category: c.line.category, monthlyFen: c.monthlyFen }))) };
}
