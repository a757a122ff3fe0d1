// The household's income and expenditure as a lender reads it (a case document part).
import type { Content, TableCell, TableNode } from '../../pdf/types';
import { inCurrency, paperWords, type DocLanguage } from './format';
import { amountCell, cell, emptyRow, factsTable, formatTableDate, headerCell, sep, totalRow, type CaseDocBase, type DocPart } from './case-part';

export interface BudgetLineDoc {
  /** The category, translated. */
  category: string;
  /** The counsellor's own label, if any. */
  label?: string | null;
  monthlyFen: number;
}

export interface StatementDocData extends CaseDocBase {
  statementDate: string;
  household: { adults: number | null; dependants: number | null; employment: string | null; occupation: string | null };
  income: BudgetLineDoc[];
  fixed: BudgetLineDoc[];
  variable: BudgetLineDoc[];
  totals: { incomeFen: number; fixedFen: number; variableFen: number; disposableFen: number };
  notes?: string | null;
}

function budgetTable(language: DocLanguage, title: string, lines: BudgetLineDoc[], totalLabel: string, totalFen: number): TableNode {
  const w = paperWords(language).case;
  const body: TableCell[][] = [[headerCell(title), headerCell(w.detail), headerCell(w.monthly, 'right')]];
  if (lines.length === 0) body.push(emptyRow(w.noLines, 3));
  for (const line of lines) body.push([cell(line.category), cell(line.label ?? ''), amountCell(line.monthlyFen)]);
  body.push(totalRow([cell(totalLabel), cell(''), amountCell(totalFen)]));
  return { table: { headerRows: 1, dontBreakRows: true, widths: [150, '*', 100], body }, layout: 'parleyGrid', margin: [0, 0, 0, 10], role: 'budgetTable' };
}

export function statementPart(data: StatementDocData): DocPart {
  return inCurrency(data.currency, () => statementPartIn(data));
}

function statementPartIn(data: StatementDocData): DocPart {
  const w = paperWords(data.language).case;
  const h = data.household;
  const persons = (n: number | null): string => (n === null ? '—' : `${n}${w.personsUnit ? ` ${w.personsUnit}` : ''}`.replace(/ (人)$/, '$1'));
  const facts: [string, string][] = [
    [w.client, data.clientName],
    [w.statementDate, formatTableDate(data.statementDate, data.language)],
    [w.adults, persons(h.adults)],
    [w.dependants, persons(h.dependants)],
    [w.employment, h.employment ?? '—'],
    [w.occupation, h.occupation ?? '—'],
  ];
  const t = data.totals;
  const summary: TableCell[][] = [
    [headerCell(w.summary), headerCell(w.monthly, 'right')],
    [cell(w.totalIncome), amountCell(t.incomeFen)],
    [cell(w.totalFixed), amountCell(t.fixedFen)],
    [cell(w.totalVariable), amountCell(t.variableFen)],
    [cell(w.totalExpenses), amountCell(t.fixedFen + t.variableFen)],
    totalRow([cell(w.disposable), amountCell(t.disposableFen)]),
  ];
  const content: Content[] = [
    factsTable(data.language, facts),
    budgetTable(data.language, w.income, data.income, w.totalIncome, t.incomeFen),
    budgetTable(data.language, w.fixedExpenses, data.fixed, w.totalFixed, t.fixedFen),
    budgetTable(data.language, w.variableExpenses, data.variable, w.totalVariable, t.variableFen),
    { table: { headerRows: 1, dontBreakRows: true, widths: ['*', 100], body: summary }, layout: 'parleyGrid', margin: [0, 4, 0, 6], unbreakable: true, role: 'statementSummary' },
    { text: w.statementNote, fontSize: 9, color: '#555555' },
  ];
  if (data.notes) content.push({ text: `${w.notes}${sep(data.language)}${data.notes}`, fontSize: 10, margin: [0, 6, 0, 0] });
  return { title: w.statementTitle, content };
}
