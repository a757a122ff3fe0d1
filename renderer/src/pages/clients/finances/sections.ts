import {
  ASSET_CATEGORIES,
  FIXED_EXPENSE_CATEGORIES,
  INCOME_CATEGORIES,
  VARIABLE_EXPENSE_CATEGORIES,
  expenseGroup,
  kindOfCategory,
  type BudgetCategory,
  type LineKind,
} from '../../../../../shared/domain/budget-categories';
import type { Frequency } from '../../../../../shared/domain/money';
import { monthlyAmount, rangeMark, totalsOf, type ExpenseRanges, type RangeFen } from '../../../../../shared/domain/statement-totals';
import type { StatementTotals } from '../../../../../shared/schemas/statements';

// The statement's four sections, in the order a lender reads them (income, fixed costs,
// flexible costs, assets), and the arithmetic the editor shows while the counsellor types.
// The arithmetic is the main process's own (shared/domain/statement-totals); it recomputes
// everything on save, so these figures are only a preview.

export type SectionKey = 'income' | 'fixed' | 'variable' | 'asset';
export const SECTIONS: readonly SectionKey[] = ['income', 'fixed', 'variable', 'asset'];

export const SECTION_CATEGORIES: Record<SectionKey, readonly BudgetCategory[]> = {
  income: INCOME_CATEGORIES,
  fixed: FIXED_EXPENSE_CATEGORIES,
  variable: VARIABLE_EXPENSE_CATEGORIES,
  asset: ASSET_CATEGORIES,
};

export const SECTION_KIND: Record<SectionKey, LineKind> = { income: 'income', fixed: 'expense', variable: 'expense', asset: 'asset' };

export function sectionOf(category: BudgetCategory): SectionKey {
  const kind = kindOfCategory(category);
  if (kind === 'expense') return expenseGroup(category) ?? 'variable';
  return kind;
}

/** A line as the editor holds it: the amount may still be empty. */
export interface DraftLine {
  key: string;
  kind: LineKind;
  category: BudgetCategory;
  label: string;
  amountFen: number | null;
  frequency: Frequency;
  note: string;
}

/** The monthly figure of a line as typed, by the same arithmetic the main process stores; null while empty or beyond exact integers. */
export function draftMonthly(line: Pick<DraftLine, 'kind' | 'amountFen' | 'frequency'>): number | null {
  if (line.amountFen === null) return null;
  try {
    return monthlyAmount({ kind: line.kind, amountFen: line.amountFen, frequency: line.frequency });
  } catch {
    // Beyond exact integers: nothing sensible to show; the main process refuses it on save.
    return null;
  }
}

/** The totals of the lines as typed so far (empty amounts count as nothing); null if a figure leaves exact integers. */
export function draftTotals(lines: readonly DraftLine[]): StatementTotals | null {
  if (lines.some((l) => l.amountFen !== null && draftMonthly(l) === null)) return null;
  try {
    return totalsOf(lines.map((l) => ({ kind: l.kind, category: l.category, monthlyFen: draftMonthly(l) ?? 0 })));
  } catch {
    return null;
  }
}

export type { RangeFen };

/** Where a monthly expense stands against its category's reference range (the main process decides for saved lines). */
export function draftRangeMark(line: Pick<DraftLine, 'kind' | 'category'>, monthlyFen: number | null, ranges: ExpenseRanges): 'below' | 'above' | null {
  return monthlyFen === null ? null : rangeMark(line, monthlyFen, ranges);
}
