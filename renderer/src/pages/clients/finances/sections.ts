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
import { normaliseToMonthly, sumFen, type Frequency } from '../../../../../shared/domain/money';
import type { StatementTotals } from '../../../../../shared/schemas/statements';

// The statement's four sections, in the order a lender reads them (income, fixed costs,
// flexible costs, assets), and the arithmetic the editor shows while the counsellor types.
// The main process recomputes everything on save; these figures are only a preview.

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

export function draftMonthly(line: Pick<DraftLine, 'kind' | 'amountFen' | 'frequency'>): number | null {
  if (line.amountFen === null) return null;
  if (line.kind === 'asset') return line.amountFen;
  try {
    return normaliseToMonthly(line.amountFen, line.frequency);
  } catch {
    // Beyond exact integers: nothing sensible to show; the main process refuses it on save.
    return null;
  }
}

/** The totals of the lines as typed so far (empty amounts count as nothing); null if a figure leaves exact integers. */
export function draftTotals(lines: readonly DraftLine[]): StatementTotals | null {
  if (lines.some((l) => l.amountFen !== null && draftMonthly(l) === null)) return null;
  try {
    const of = (section: SectionKey) => sumFen(lines.filter((l) => sectionOf(l.category) === section).map((l) => draftMonthly(l) ?? 0));
    const incomeMonthlyFen = of('income');
    const fixedMonthlyFen = of('fixed');
    const variableMonthlyFen = of('variable');
    const expenseMonthlyFen = sumFen([fixedMonthlyFen, variableMonthlyFen]);
    return {
      incomeMonthlyFen,
      fixedMonthlyFen,
      variableMonthlyFen,
      expenseMonthlyFen,
      disposableMonthlyFen: sumFen([incomeMonthlyFen, -expenseMonthlyFen]),
      assetsFen: of('asset'),
    };
  } catch {
    return null;
  }
}

export interface RangeFen {
  minFen: number | null;
  maxFen: number | null;
}

/** Where a monthly expense stands against its category's reference range (the main process decides for saved lines). */
export function draftRangeMark(line: Pick<DraftLine, 'kind' | 'category'>, monthlyFen: number | null, ranges: Partial<Record<string, RangeFen>>): 'below' | 'above' | null {
  if (line.kind !== 'expense' || monthlyFen === null) return null;
  const range = ranges[line.category];
  if (!range) return null;
  if (range.minFen !== null && monthlyFen < range.minFen) return 'below';
  if (range.maxFen !== null && monthlyFen > range.maxFen) return 'above';
  return null;
}
