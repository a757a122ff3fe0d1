// The financial statement's shape, after the UK Standard Financial Statement's idea:
// fixed costs and flexible (variable) costs apart, so lenders read every adviser's
// statement the same way. Labels live in the i18n catalogs (finances.categories.*).

export const INCOME_CATEGORIES = ['salary', 'self_employment', 'benefits', 'pension', 'family_support', 'other_income'] as const;

export const FIXED_EXPENSE_CATEGORIES = [
  'rent_mortgage',
  'utilities',
  'property_fees',
  'transport',
  'insurance',
  'childcare_education',
  'medical',
  'elder_support',
  'other_fixed',
] as const;

export const VARIABLE_EXPENSE_CATEGORIES = [
  'food',
  'communications',
  'clothing',
  'personal_care',
  'household_goods',
  'leisure',
  'other_variable',
] as const;

export const ASSET_CATEGORIES = ['savings', 'vehicle', 'property', 'other_asset'] as const;

export const EXPENSE_CATEGORIES = [...FIXED_EXPENSE_CATEGORIES, ...VARIABLE_EXPENSE_CATEGORIES] as const;
export const ALL_CATEGORIES = [...INCOME_CATEGORIES, ...EXPENSE_CATEGORIES, ...ASSET_CATEGORIES] as const;

export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];
export type BudgetCategory = (typeof ALL_CATEGORIES)[number];
export type LineKind = 'income' | 'expense' | 'asset';

export function kindOfCategory(category: BudgetCategory): LineKind {
  if ((INCOME_CATEGORIES as readonly string[]).includes(category)) return 'income';
  if ((ASSET_CATEGORIES as readonly string[]).includes(category)) return 'asset';
  return 'expense';
}

export function expenseGroup(category: BudgetCategory): 'fixed' | 'variable' | null {
  if ((FIXED_EXPENSE_CATEGORIES as readonly string[]).includes(category)) return 'fixed';
  if ((VARIABLE_EXPENSE_CATEGORIES as readonly string[]).includes(category)) return 'variable';
  return null;
}
