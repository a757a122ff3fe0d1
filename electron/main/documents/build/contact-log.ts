// The record of contacts with one lender (a case document part).
import type { Content, TableCell } from '../../pdf/types';
import { inCurrency, paperWords } from './format';
import { cell, emptyRow, factsTable, formatTableDate, headerCell, type CaseDocBase, type DocPart } from './case-part';

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
  const w = paperWords(data.language).case;
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
