// The repayment proposal with each lender's figures and the addressed lender's schedule (a case document part).
import type { Content, TableCell, TableNode } from '../../pdf/types';
import { formatAmount, inCurrency, paperWords, type DocLanguage } from './format';
import { amountCell, cell, emptyRow, factsTable, formatTableDate, headerCell, sectionHeading, totalRow, type CaseDocBase, type DocPart } from './case-part';
import type { LenderFigures } from '../../../../shared/domain/plan-figures';

/**
 * One line of the plan as a lender reads it. Every figure comes from lenderFigures() of the
 * saved line (shared/domain/plan-figures.ts), the same object the letters and the proposals
 * tab use; the internal saving against the contract is not part of it.
 */
export interface ProposalLineDoc {
  lender: string;
  product?: string | null;
  outstandingFen: number;
  /** What this debt receives each month from the shared budget (0 for priority debts). */
  shareFen: number;
  figures: LenderFigures;
  remedy: string;
  priority: boolean;
  addressed?: boolean;
  schedule: { date: string; amountFen: number }[];
}

/** A plan for lenders to read: no scenario name, no internal notes (they never reach a lender). */
export interface ProposalDocData extends CaseDocBase {
  startDate: string;
  months: number;
  disposableFen: number;
  priorityFen: number;
  contingencyFen: number;
  budgetFen: number;
  lines: ProposalLineDoc[];
}

/** Share of the monthly budget, as "12.3%" (the proposals tab's figure); priority debts take no share. */
function sharePercent(line: ProposalLineDoc, budgetFen: number): string {
  if (line.priority || budgetFen <= 0) return '—';
  return `${((line.shareFen / budgetFen) * 100).toFixed(1)}%`;
}

function scheduleTable(language: DocLanguage, schedule: { date: string; amountFen: number }[]): Content {
  const w = paperWords(language).case;
  if (schedule.length === 0) return { text: w.noSchedule, fontSize: 10, color: '#555555' };
  let cumulative = 0;
  const rows = schedule.map((item, i) => {
    cumulative += item.amountFen;
    return [cell(String(i + 1), 'center'), cell(formatTableDate(item.date, language), 'left', { noWrap: true }), amountCell(item.amountFen), amountCell(cumulative)];
  });
  const table = (part: TableCell[][]): TableNode => ({
    table: { headerRows: 1, dontBreakRows: true, widths: [20, 'auto', '*', '*'], body: [[headerCell(w.instalmentNo, 'center'), headerCell(w.dueDate), headerCell(w.amount, 'right'), headerCell(w.cumulative, 'right')], ...part] },
    layout: 'parleyGrid',
    fontSize: 9,
    lineHeight: 1.1,
  });
  if (rows.length <= 12) return { ...table(rows), role: 'scheduleTable' };
  // Longer schedules read down the left column, then the right, in blocks that are never
  // split across a page, so the order stays 1–10 | 11–20, then 21–38 | 39–56, … The first
  // block is small so it fits under the terms; the others fill half a page each.
  const blocks: Content[] = [];
  for (let start = 0, size = SCHEDULE_FIRST_BLOCK; start < rows.length; start += 2 * size, size = SCHEDULE_BLOCK) {
    const left = rows.slice(start, start + size);
    const right = rows.slice(start + size, start + 2 * size);
    blocks.push({ columns: [table(left), right.length ? table(right) : { text: '' }], columnGap: 12, unbreakable: true, margin: [0, 0, 0, 8] });
  }
  return { stack: blocks, role: 'scheduleTable' };
}

const SCHEDULE_FIRST_BLOCK = 10;
const SCHEDULE_BLOCK = 18;

export function proposalPart(data: ProposalDocData): DocPart {
  return inCurrency(data.currency, () => proposalPartIn(data));
}

function proposalPartIn(data: ProposalDocData): DocPart {
  const w = paperWords(data.language).case;
  const lang = data.language;
  const count = (n: number, unit: string) => (lang === 'en' ? `${n} ${unit}` : `${n}${unit}`);
  const facts: [string, string][] = [
    [w.client, data.clientName],
    [w.startDate, formatTableDate(data.startDate, lang)],
    [w.months, count(data.months, w.termUnit)],
  ];
  const budget: TableCell[][] = [
    [headerCell(w.summary), headerCell(w.monthly, 'right')],
    [cell(w.disposableIncome), amountCell(data.disposableFen)],
    [cell(w.priorityPayments), amountCell(data.priorityFen)],
    [cell(w.contingency), amountCell(data.contingencyFen)],
    totalRow([cell(w.budget), amountCell(data.budgetFen)]),
  ];
  const base = data.lines.filter((l) => !l.priority).reduce((s, l) => s + l.outstandingFen, 0);
  const body: TableCell[][] = [
    [
      headerCell(w.lender),
      headerCell(w.outstanding, 'right'),
      headerCell(w.sharePct, 'right'),
      headerCell(w.monthlyPayment, 'right'),
      headerCell(w.instalments, 'right'),
      headerCell(w.totalRepaid, 'right'),
      headerCell(w.waiver, 'right'),
    ],
  ];
  const sum = { outstanding: 0, monthly: 0, total: 0, waiver: 0 };
  for (const line of data.lines) {
    const f = line.figures;
    sum.outstanding += line.outstandingFen;
    sum.monthly += f.monthlyFen ?? 0;
    sum.total += f.totalFen;
    sum.waiver += f.waiverFen;
    const name = `${line.addressed ? '★ ' : ''}${line.lender}${line.priority ? `（${w.priorityDebt}）` : ''}`.replace('（priority）', ' (priority)');
    body.push([
      { stack: [{ text: name, bold: line.addressed === true }, { text: line.remedy, fontSize: 8, color: '#555555' }], style: 'tableCell' },
      amountCell(line.outstandingFen),
      cell(sharePercent(line, data.budgetFen), 'right'),
      f.monthlyFen === null ? cell('—', 'right') : amountCell(f.monthlyFen),
      cell(f.instalments ? String(f.instalments) : '—', 'right'),
      amountCell(f.totalFen),
      amountCell(f.waiverFen),
    ]);
  }
  if (data.lines.length === 0) body.push(emptyRow(w.noLines, 7));
  const shared = data.lines.filter((l) => !l.priority).reduce((s, l) => s + l.shareFen, 0);
  body.push(
    totalRow([
      cell(paperWords(lang).frame.total),
      amountCell(sum.outstanding),
      cell(base > 0 && data.budgetFen > 0 ? `${((shared / data.budgetFen) * 100).toFixed(1)}%` : '—', 'right'),
      amountCell(sum.monthly),
      cell(''),
      amountCell(sum.total),
      amountCell(sum.waiver),
    ]),
  );

  const content: Content[] = [
    factsTable(lang, facts),
    { table: { headerRows: 1, widths: ['*', 110], body: budget }, layout: 'parleyGrid', margin: [0, 0, 0, 10], unbreakable: true, role: 'proposalBudget' },
    sectionHeading(w.proRataTitle),
    { text: w.proRataIntro, fontSize: 9.5, color: '#444444', margin: [0, 0, 0, 6] },
    { table: { headerRows: 1, dontBreakRows: true, widths: ['*', 'auto', 34, 'auto', 40, 'auto', 'auto'], body }, layout: 'parleyGrid', fontSize: 9, role: 'proRataTable' },
  ];
  for (const line of data.lines.filter((l) => l.addressed)) {
    const f = line.figures;
    const terms: [string, string][] = [
      [w.lender, line.lender],
      [w.remedy, line.remedy],
      [w.outstanding, formatAmount(line.outstandingFen)],
      [w.monthlyPayment, f.monthlyFen === null ? '—' : formatAmount(f.monthlyFen)],
      [w.instalments, f.instalments ? count(f.instalments, w.monthsUnit) : '—'],
      [w.lastDue, f.lastDueDate ? formatTableDate(f.lastDueDate, lang) : '—'],
      [w.totalRepaid, formatAmount(f.totalFen)],
      [w.waiver, formatAmount(f.waiverFen)],
    ];
    content.push(sectionHeading(`${w.yourTerms}${line.product ? ` – ${line.product}` : ''}`), factsTable(lang, terms));
    if (f.waivesPrincipal && f.waiverFen > 0) content.push({ text: w.remainderWaived, fontSize: 9.5, margin: [0, 0, 0, 6], role: 'remainderWaived' });
    if (f.beyondTerm) content.push({ text: w.beyondTerm, fontSize: 9.5, margin: [0, 0, 0, 6], role: 'beyondTerm' });
    content.push(scheduleTable(lang, line.schedule));
  }
  return { title: w.proposalTitle, content };
}
