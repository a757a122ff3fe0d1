// The schedule of all the client's debts, the addressed lender's marked (a case document part).
import type { Content, TableCell } from '../../pdf/types';
import { inCurrency, paperWords } from './format';
import { amountCell, cell, emptyRow, headerCell, sep, totalRow, type CaseDocBase, type DocPart } from './case-part';
import { formatInteger, formatRate } from '../../../../shared/format/numbers';

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
  const w = paperWords(data.language).case;
  const small = { fontSize: 8.5 };
  const head = (text: string, align: 'left' | 'right' | 'center' = 'left'): TableCell => headerCell(text, align, small);
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
      cell(paperWords(data.language).frame.total, 'left', small),
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
