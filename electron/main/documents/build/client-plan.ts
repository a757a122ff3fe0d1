// The client's own plan: a one- or two-page summary the client keeps and signs – their
// budget, who they pay and how much each month, when it ends, what they must do and what
// happens if they miss a payment – in plain words, in the client's language, with signature
// lines for the client and the counsellor.
//
// Every figure comes from the saved proposal's lines through lenderFigures()
// (shared/domain/plan-figures.ts), the same object the packets and letters print, so the
// client's copy and the lender's copy cannot disagree. Like the packet, it carries no
// scenario name and no internal note. A pure builder: plain data in, a DocDefinition out.
import { formatMoney, type Currency } from '../../../../shared/domain/money';
import type { LenderFigures } from '../../../../shared/domain/plan-figures';
import type { Remedy } from '../../../../shared/schemas/remedies';
import type { Content, DocDefinition, TableCell } from '../../pdf/types';
import { buildCaseDocument, formatTableDate, type CaseDocBase } from './case-docs';
import { cell, headerCell } from './case-part';
import { paperWords, type DocLanguage } from './format';

export interface ClientPlanLine {
  lender: string;
  remedy: Remedy;
  priority: boolean;
  figures: LenderFigures;
  /** Every payment of the line, in date order (the proposal's schedule). */
  schedule: { date: string; amountFen: number }[];
}

export interface ClientPlanDocData extends CaseDocBase {
  counsellorName: string | null;
  currency?: Currency;
  startDate: string;
  months: number;
  budget: {
    /** From the financial statement the plan was made from; null when it no longer matches the plan. */
    incomeFen: number | null;
    costsFen: number | null;
    disposableFen: number;
    contingencyFen: number;
    priorityFen: number;
    budgetFen: number;
  };
  lines: ClientPlanLine[];
}

/** What the client pays in each calendar month, merged into runs of months with the same total. */
export interface MonthRun {
  from: string; // YYYY-MM
  to: string;
  months: number;
  amountFen: number;
}

function nextMonth(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Totals per calendar month over every line's schedule, consecutive equal months merged; months with nothing due in between are runs of 0. */
export function monthRuns(lines: readonly ClientPlanLine[]): MonthRun[] {
  const byMonth = new Map<string, number>();
  for (const line of lines) for (const p of line.schedule) byMonth.set(p.date.slice(0, 7), (byMonth.get(p.date.slice(0, 7)) ?? 0) + p.amountFen);
  if (byMonth.size === 0) return [];
  const keys = [...byMonth.keys()].sort();
  const last = keys[keys.length - 1]!;
  const runs: MonthRun[] = [];
  for (let ym = keys[0]!; ym <= last; ym = nextMonth(ym)) {
    const amount = byMonth.get(ym) ?? 0;
    const run = runs[runs.length - 1];
    if (run && run.amountFen === amount) {
      run.to = ym;
      run.months++;
    } else runs.push({ from: ym, to: ym, months: 1, amountFen: amount });
  }
  return runs;
}

function monthLabel(ym: string, language: DocLanguage): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  if (language !== 'en') return `${y}年${m}月`;
  return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`;
}

function heading(text: string): Content {
  return { text, style: 'subheading', margin: [0, 8, 0, 3], role: 'subheading' };
}

/** The last payment of the whole plan, or null when nothing is paid (hardship holds only). */
export function planEnd(lines: readonly ClientPlanLine[]): string | null {
  let end: string | null = null;
  for (const l of lines) if (l.figures.lastDueDate && (end === null || l.figures.lastDueDate > end)) end = l.figures.lastDueDate;
  return end;
}

export function buildClientPlanDocument(data: ClientPlanDocData): DocDefinition {
  const lang = data.language;
  const w = paperWords(lang).clientPlan;
  const money = (fen: number) => formatMoney(fen, { locale: lang, ...(data.currency ? { currency: data.currency } : {}) });
  const date = (iso: string | null) => (iso ? formatTableDate(iso, lang) : '—');
  const sep = lang === 'en' ? ': ' : '：';
  const count = (n: number, unit: string) => (lang === 'en' ? `${n} ${unit}` : `${n}${unit}`);
  const end = planEnd(data.lines);
  const grandTotal = data.lines.reduce((s, l) => s + l.figures.totalFen, 0);

  const facts: [string, string][] = [
    [w.client, data.clientName],
    [w.counsellor, data.counsellorName ?? '—'],
    [w.starts, date(data.lines.map((l) => l.figures.firstDueDate).filter((d): d is string => d !== null).sort()[0] ?? null)],
    [w.ends, date(end)],
    [w.term, count(data.months, w.monthsUnit)],
  ];
  const factRows: TableCell[][] = [];
  for (let i = 0; i < facts.length; i += 2) {
    const a = facts[i]!;
    const b = facts[i + 1];
    factRows.push([{ text: `${a[0]}${sep}`, color: '#555555' }, { text: a[1] }, b ? { text: `${b[0]}${sep}`, color: '#555555' } : '', b ? { text: b[1] } : '']);
  }

  // Your money each month: the plan's own budget; income and costs only when the statement still matches it.
  // Label/amount pairs two to a row, so the budget takes three lines, not six.
  const b = data.budget;
  const pairs: [string, number, boolean][] = [];
  if (b.incomeFen !== null && b.costsFen !== null) pairs.push([w.income, b.incomeFen, false], [w.livingCosts, b.costsFen, false]);
  pairs.push([w.left, b.disposableFen, false], [w.keptAside, b.contingencyFen, false]);
  if (b.priorityFen > 0) pairs.push([w.priority, b.priorityFen, false]);
  pairs.push([w.forLenders, b.budgetFen, true]);
  const budgetRows: TableCell[][] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const row: TableCell[] = [];
    for (const p of [pairs[i], pairs[i + 1]]) {
      if (p) row.push(cell(p[0], 'left', p[2] ? { bold: true } : {}), cell(money(p[1]), 'right', p[2] ? { bold: true } : {}));
      else row.push(cell(''), cell(''));
    }
    budgetRows.push(row);
  }

  // Who you pay and how much.
  const who: TableCell[][] = [[headerCell(w.lender), headerCell(w.eachMonth, 'right'), headerCell(w.payments, 'right'), headerCell(w.from), headerCell(w.to), headerCell(w.total, 'right')]];
  let monthlySum = 0;
  for (const line of data.lines) {
    const f = line.figures;
    monthlySum += f.monthlyFen ?? 0;
    const name: TableCell = { stack: [{ text: line.lender, bold: true }, { text: w.remedies[line.remedy], fontSize: 8, color: '#555555' }], style: 'tableCell' };
    if (line.remedy === 'hardship' || f.instalments === 0) {
      who.push([name, { text: w.noPayment, style: 'tableCell', colSpan: 5, color: '#555555' }, {}, {}, {}, {}]);
      continue;
    }
    who.push([
      name,
      f.monthlyFen === null ? cell(w.oneOff, 'right') : cell(money(f.monthlyFen), 'right'),
      cell(String(f.instalments), 'right'),
      cell(date(f.firstDueDate), 'left', { noWrap: true }),
      cell(date(f.lastDueDate), 'left', { noWrap: true }),
      cell(money(f.totalFen), 'right'),
    ]);
  }
  who.push([cell(w.sum, 'left', { bold: true }), cell(money(monthlySum), 'right', { bold: true }), cell(''), cell(''), cell(''), cell(money(grandTotal), 'right', { bold: true })]);

  // What you pay in total each month.
  const runs = monthRuns(data.lines);
  const runRows: TableCell[][] = [[headerCell(w.period), headerCell(w.perMonth, 'right')]];
  for (const r of runs) {
    const span = r.months === 1 ? monthLabel(r.from, lang) : `${monthLabel(r.from, lang)} – ${monthLabel(r.to, lang)}`;
    runRows.push([cell(`${span}${lang === 'en' ? ` (${count(r.months, r.months === 1 ? w.monthUnitOne : w.monthsUnit)})` : `（${count(r.months, w.monthsUnit)}）`}`), cell(money(r.amountFen), 'right')]);
  }

  const bullets = (items: string[]): Content => ({ ul: items.map((text) => ({ text, margin: [0, 0, 0, 1] })), fontSize: 9.5, lineHeight: 1.2, margin: [0, 0, 0, 2] });
  const signLine = (label: string, name: string | null): Content => ({
    stack: [
      { text: `${label}${sep}`, margin: [0, 0, 0, 16] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 190, y2: 0, lineWidth: 0.6 }] },
      { text: name ?? ' ', fontSize: 9, color: '#555555', margin: [0, 1, 0, 6] },
      { text: `${w.date}${sep}${w.dateBlank}` },
    ],
  });

  const content: Content[] = [
    { text: w.intro.replace('{{name}}', data.clientName), margin: [0, 0, 0, 6], role: 'intro' },
    { table: { widths: ['auto', '*', 'auto', '*'], body: factRows }, layout: 'parleyPlain', fontSize: 10.5, margin: [0, 0, 0, 4], role: 'facts' },
    { text: w.notYetAgreed, fontSize: 9.5, color: '#444444', margin: [0, 0, 0, 2], role: 'notYetAgreed' },
    heading(w.budgetTitle),
    { table: { widths: ['*', 'auto', '*', 'auto'], body: budgetRows }, layout: 'parleyGrid', unbreakable: true, role: 'clientBudget' },
    heading(w.whoTitle),
    { table: { headerRows: 1, dontBreakRows: true, widths: ['*', 'auto', 'auto', 'auto', 'auto', 'auto'], body: who }, layout: 'parleyGrid', fontSize: 9.5, role: 'clientLines' },
  ];
  // One run (the same total every month) needs no table: the sum row and one sentence say it.
  if (runs.length > 1) {
    content.push(heading(w.monthsTitle), { table: { headerRows: 1, dontBreakRows: true, widths: ['*', 120], body: runRows }, layout: 'parleyGrid', role: 'clientMonths' });
  } else if (runs.length === 1) {
    const r = runs[0]!;
    const span = r.months === 1 ? monthLabel(r.from, lang) : `${monthLabel(r.from, lang)} – ${monthLabel(r.to, lang)}`;
    content.push({ text: w.sameEachMonth.replace('{{amount}}', money(r.amountFen)).replace('{{months}}', span), margin: [0, 6, 0, 0], role: 'clientMonths' });
  }
  if (end) content.push({ text: w.endsLine.replace('{{amount}}', money(grandTotal)).replace('{{date}}', date(end)), bold: true, margin: [0, 6, 0, 0], role: 'endsLine' });
  content.push(
    { stack: [heading(w.mustTitle), bullets(Object.values(w.must))], unbreakable: true, role: 'must' },
    // What a missed payment means stays on the page the client signs.
    {
      stack: [
        { stack: [heading(w.missTitle), bullets(Object.values(w.miss))], role: 'miss' },
        { stack: [heading(w.signTitle), { columns: [signLine(w.clientSignature, data.clientName), signLine(w.counsellorSignature, data.counsellorName)], columnGap: 40, margin: [0, 2, 0, 0] }], role: 'signatures' },
      ],
      unbreakable: true,
    },
  );
  const doc = buildCaseDocument(data, { title: w.title, content });
  doc.info = { title: `${w.title} – ${data.clientName}`, subject: data.caseReference };
  return doc;
}
