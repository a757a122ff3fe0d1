// What the case documents are made of: the base every one carries, the titled part the
// packet puts on its own page, and the table pieces their parts are built from.
import type { Currency } from '../../../../shared/domain/money';
import { formatLongDate } from '../../../../shared/format/dates';
import type { Content, TableCell } from '../../pdf/types';
import { formatAmount, type DocLanguage } from './format';
import type { Letterhead } from './letter';

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
  if (language !== 'en') return formatLongDate(iso, language);
  const long = formatLongDate(iso, 'en');
  const [d, month, y] = long.split(' ');
  return `${d} ${month!.slice(0, 3)} ${y}`;
}

export function sep(language: DocLanguage): string {
  return language === 'en' ? ': ' : '：';
}

/** A shaded header cell of a table (the packet's data tables and the case documents alike). */
export function headerCell(text: string, align: 'left' | 'right' | 'center' = 'left', extra: Record<string, unknown> = {}): TableCell {
  return { text, style: 'tableHeader', alignment: align, fillColor: SHADE, ...extra } as TableCell;
}

export function cell(text: string, align: 'left' | 'right' | 'center' = 'left', extra: Record<string, unknown> = {}): TableCell {
  return { text, style: 'tableCell', alignment: align, ...(align === 'right' ? { noWrap: true } : {}), ...extra } as TableCell;
}

export function amountCell(fen: number, extra: Record<string, unknown> = {}): TableCell {
  return cell(formatAmount(fen), 'right', extra);
}

export function sectionHeading(text: string, first = false): Content {
  return { text, style: 'subheading', margin: [0, first ? 0 : 12, 0, 5], role: 'subheading' };
}

/** Label/value facts in two columns of pairs. */
export function factsTable(language: DocLanguage, facts: [string, string][]): Content {
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

export function totalRow(cells: TableCell[]): TableCell[] {
  return cells.map((c) => (typeof c === 'object' && c !== null && 'text' in c ? ({ ...c, bold: true, fillColor: TOTAL_SHADE } as TableCell) : c));
}

export function emptyRow(text: string, span: number): TableCell[] {
  const first: TableCell = { text, style: 'tableCell', color: '#777777', colSpan: span };
  return [first, ...Array.from({ length: span - 1 }, () => ({}) as Record<string, never>)];
}
