// The case documents a lender reads beside the letter: the household's income and
// expenditure, the schedule of all debts, the repayment proposal with its schedule and
// the record of contacts. Each is a pure builder: plain data with every label already in
// the document's language (the gatherer translates enumerations) -> a "part" (title and
// content) that the negotiation packet embeds, or a whole A4 document with letterhead,
// page numbers and the case reference in the footer.
import type { Content, DocDefinition, TableCell, TableNode } from '../../pdf/types';
import { formatAmount, formatInteger, formatLetterDate, formatRate, inCurrency, type DocLanguage } from './format';
import type { Currency } from '../../../../shared/domain/money';
import {
  buildLetterhead,
  buildPageFooter,
  defaultStyleFor,
  documentStyles,
  PAGE_MARGINS,
  type Letterhead,
} from './letter';
import type { LenderFigures } from '../../../../shared/domain/plan-figures';
import { caseWords } from './words';

/** What every case document carries. */
export interface CaseDocBase {
  language: DocLanguage;
  /** The case's currency (CNY when left out): amounts print with its symbol, headers name its unit. */
  currency?: Currency;
  letterhead?: Letterhead;
  caseReference: string;
  /** The date the document is issued, YYYY-MM-DD. */
  date: string;
  clientName: string;
}

/** A titled piece of a document; the packet puts each on its own page. */
export interface DocPart {
  title: string;
  content: Content[];
}

// -- small helpers -----------------------------------------------------------------------------

const SHADE = '#eeeeee';
const TOTAL_SHADE = '#f5f5f5';

/** A short date for tables: 2026年11月30日 / 30 Nov 2026. */
export function formatTableDate(iso: string, language: DocLanguage): string {
  if (language !== 'en') return formatLetterDate(iso, language);
  const long = formatLetterDate(iso, 'en');
  const [d, month, y] = long.split(' ');
  return `${d} ${month!.slice(0, 3)} ${y}`;
}

function sep(language: DocLanguage): string {
  return language === 'en' ? ': ' : '：';
}

function headerCell(text: string, align: 'left' | 'right' | 'center' = 'left'): TableCell {
  return { text, style: 'tableHeader', alignment: align, fillColor: SHADE };
}

function cell(text: string, align: 'left' | 'right' | 'center' = 'left', extra: Record<string, unknown> = {}): TableCell {
  return { text, style: 'tableCell', alignment: align, ...(align === 'right' ? { noWrap: true } : {}), ...extra } as TableCell;
}

function amountCell(fen: number, extra: Record<string, unknown> = {}): TableCell {
  return cell(formatAmount(fen), 'right', extra);
}

function sectionHeading(text: string, first = false): Content {
  return { text, style: 'subheading', margin: [0, first ? 0 : 12, 0, 5], role: 'subheading' };
}

/** Label/value facts in two columns of pairs. */
function factsTable(language: DocLanguage, facts: [string, string][]): Content {
  const rows: TableCell[][] = [];
  for (let i = 0; i < facts.length; i += 2) {
    const a = facts[i]!;
    const b = facts[i + 1];
    rows.push([
      { text: `${a[0]}${sep(language)}`, color: '#555555' },
      { text: a[1] },
      b ? { text: `${b[0]}${sep(language)}`, color: '#555555' } : '',
      b ? { text: b[1] } : '',
    ]);
  }
  return { table: { widths: ['auto', '*', 'auto', '*'], body: rows }, layout: 'parleyPlain', fontSize: 10.5, margin: [0, 0, 0, 10], role: 'facts' };
}

function totalRow(cells: TableCell[]): TableCell[] {
  return cells.map((c) => (typeof c === 'object' && c !== null && 'text' in c ? ({ ...c, bold: true, fillColor: TOTAL_SHADE } as TableCell) : c));
}

function emptyRow(text: string, span: number): TableCell[] {
  const first: TableCell = { text, style: 'tableCell', color: '#777777', colSpan: span };
  return [first, ...Array.from({ length: span - 1 }, () => ({}) as Record<string, never>)];
}

// -- the financial statement -------------------------------------------------------------------

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
  const w = caseWords(language);
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
  const w = caseWords(data.language);
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

// -- the schedule of all debts -----------------------------------------------------------------

export interface DebtRowDoc {
  lender: string;
  product: string;
  accountRef: string | null;
  principalFen: number;
  interestFen: number;
  /** Penalty interest, late fees and other charges together. */
  feesFen: number;
  outstandingFen: number;
  daysOverdue: number | null;
  /** The court stage with the day it began; null when the debt has none. */
  legalStage: string | null;
  /** The APR by the IRR method, as a decimal; null without a schedule. */
  annualRate: number | null;
  /** The lender the packet is addressed to: marked with ★. */
  addressed?: boolean;
}

export interface DebtScheduleDocData extends CaseDocBase {
  rows: DebtRowDoc[];
}

export function debtSchedulePart(data: DebtScheduleDocData): DocPart {
  return inCurrency(data.currency, () => debtSchedulePartIn(data));
}

function debtSchedulePartIn(data: DebtScheduleDocData): DocPart {
  const w = caseWords(data.language);
  const small = { fontSize: 8.5 };
  const head = (text: string, align: 'left' | 'right' | 'center' = 'left'): TableCell => ({ ...(headerCell(text, align) as object), ...small }) as TableCell;
  const body: TableCell[][] = [
    [
      head('#', 'center'),
      head(`${w.lender} / ${w.product} / ${w.accountRef}`),
      head(w.principal, 'right'),
      head(w.interest, 'right'),
      head(w.penaltyFees, 'right'),
      head(w.outstanding, 'right'),
      head(w.annualRate, 'right'),
      head(w.daysOverdue, 'right'),
    ],
  ];
  const totals = { principal: 0, interest: 0, fees: 0, outstanding: 0 };
  data.rows.forEach((row, i) => {
    totals.principal += row.principalFen;
    totals.interest += row.interestFen;
    totals.fees += row.feesFen;
    totals.outstanding += row.outstandingFen;
    const who: Content[] = [{ text: `${row.addressed ? '★ ' : ''}${row.lender}`, bold: row.addressed === true }];
    const detail = [row.product, row.accountRef].filter(Boolean).join(' · ');
    if (detail) who.push({ text: detail, fontSize: 7.5, color: '#555555' });
    // The court stage under the lender, only where there is one: a column of 无 would leave the
    // lender's name too little room beside the amounts and the annual rate.
    if (row.legalStage) who.push({ text: `${w.legalStage}${sep(data.language)}${row.legalStage}`, fontSize: 7.5, color: '#a8071a' });
    body.push([
      cell(String(i + 1), 'center', small),
      { stack: who, style: 'tableCell', ...small },
      amountCell(row.principalFen, small),
      amountCell(row.interestFen, small),
      amountCell(row.feesFen, small),
      amountCell(row.outstandingFen, { ...small, bold: true }),
      cell(row.annualRate === null ? '—' : formatRate(row.annualRate), 'right', small),
      cell(row.daysOverdue === null ? '—' : formatInteger(row.daysOverdue), 'right', small),
    ]);
  });
  if (data.rows.length === 0) body.push(emptyRow(w.noLines, 8));
  body.push(
    totalRow([
      cell('', 'center', small),
      cell(WORDS_TOTAL[data.language], 'left', small),
      amountCell(totals.principal, small),
      amountCell(totals.interest, small),
      amountCell(totals.fees, small),
      amountCell(totals.outstanding, small),
      cell('', 'right', small),
      cell('', 'right', small),
    ]),
  );
  const content: Content[] = [
    { text: w.debtScheduleIntro, fontSize: 10, margin: [0, 0, 0, 8] },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [14, '*', 'auto', 'auto', 'auto', 'auto', data.language === 'en' ? 40 : 36, data.language === 'en' ? 30 : 34], body },
      layout: 'parleyGrid',
      role: 'debtTable',
    },
  ];
  if (data.rows.some((r) => r.addressed)) content.push({ text: w.addressedMark, fontSize: 9, color: '#555555', margin: [0, 6, 0, 0] });
  content.push({ text: w.annualRateNote, fontSize: 8, color: '#555555', margin: [0, 4, 0, 0] });
  return { title: w.debtScheduleTitle, content };
}

const WORDS_TOTAL: Record<DocLanguage, string> = { 'zh-CN': '合计', 'zh-TW': '合計', en: 'Total' };

// -- the repayment proposal --------------------------------------------------------------------

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
  const w = caseWords(language);
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
  const w = caseWords(data.language);
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
      cell(WORDS_TOTAL[lang]),
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

// -- the record of contacts --------------------------------------------------------------------

export interface ContactRowDoc {
  date: string;
  channel: string;
  direction: 'in' | 'out';
  person: string | null;
  summary: string;
  outcome: string | null;
  incident: boolean;
}

export interface ContactLogDocData extends CaseDocBase {
  lenderName: string;
  rows: ContactRowDoc[];
}

export function contactLogPart(data: ContactLogDocData): DocPart {
  return inCurrency(data.currency, () => contactLogPartIn(data));
}

function contactLogPartIn(data: ContactLogDocData): DocPart {
  const w = caseWords(data.language);
  const body: TableCell[][] = [[headerCell(w.date), headerCell(w.channel), headerCell(w.person), headerCell(w.contents), headerCell(w.outcome)]];
  for (const row of data.rows) {
    const summary: Content[] = [{ text: row.summary }];
    if (row.incident) summary.unshift({ text: `[${w.incident}]`, bold: true, color: '#a8071a' });
    body.push([
      cell(formatTableDate(row.date, data.language), 'left', { noWrap: true }),
      cell(`${row.channel}\n${row.direction === 'in' ? w.directionIn : w.directionOut}`),
      cell(row.person ?? ''),
      { stack: summary, style: 'tableCell' },
      cell(row.outcome ?? ''),
    ]);
  }
  if (data.rows.length === 0) body.push(emptyRow(w.noContacts, 5));
  const facts: [string, string][] = [
    [w.client, data.clientName],
    [w.lender, data.lenderName],
  ];
  return {
    title: w.contactLogTitle,
    content: [
      factsTable(data.language, facts),
      { table: { headerRows: 1, dontBreakRows: true, widths: ['auto', 62, 56, '*', 90], body }, layout: 'parleyGrid', fontSize: 9.5, role: 'contactTable' },
    ],
  };
}

// -- a whole document around one part ----------------------------------------------------------

/** A case document on its own: letterhead, title, a line with the case and date, the part. */
export function buildCaseDocument(base: CaseDocBase, part: DocPart): DocDefinition {
  return inCurrency(base.currency, () => caseDocument(base, part));
}

function caseDocument(base: CaseDocBase, part: DocPart): DocDefinition {
  const images: Record<string, string> = {};
  const content: Content[] = [];
  if (base.letterhead) content.push(...buildLetterhead(base.letterhead, images));
  const lang = base.language;
  content.push(
    { text: part.title, style: 'title', margin: [0, 0, 0, 4], role: 'title' },
    {
      text: `${caseWords(lang).issuedOn}${sep(lang)}${formatLetterDate(base.date, lang)}`,
      alignment: 'center',
      fontSize: 9.5,
      color: '#555555',
      margin: [0, 0, 0, 12],
      role: 'issued',
    },
    ...part.content,
  );
  const doc: DocDefinition = {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    language: lang,
    info: { title: `${part.title} – ${base.clientName}`, subject: base.caseReference },
    defaultStyle: { ...defaultStyleFor(lang), fontSize: 10.5, lineHeight: lang === 'en' ? 1.25 : 1.35 },
    styles: caseStyles(),
    content,
    footer: buildPageFooter(lang, base.caseReference),
  };
  if (Object.keys(images).length > 0) doc.images = images;
  return doc;
}

export function caseStyles(): NonNullable<DocDefinition['styles']> {
  return { ...documentStyles(), subheading: { fontSize: 11.5, bold: true, lineHeight: 1.3 }, tableHeader: { bold: true, fontSize: 9.5, lineHeight: 1.2 }, tableCell: { fontSize: 9.5, lineHeight: 1.25 } };
}

export const buildStatementDocument = (data: StatementDocData): DocDefinition => buildCaseDocument(data, statementPart(data));
export const buildDebtScheduleDocument = (data: DebtScheduleDocData): DocDefinition => buildCaseDocument(data, debtSchedulePart(data));
export const buildProposalDocument = (data: ProposalDocData): DocDefinition => buildCaseDocument(data, proposalPart(data));
export const buildContactLogDocument = (data: ContactLogDocData): DocDefinition => buildCaseDocument(data, contactLogPart(data));

/** Width available to content, for callers laying out their own tables. */
