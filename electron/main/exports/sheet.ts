// One table (headers, typed columns, rows) written as a real .xlsx or as CSV. The xlsx has
// typed cells – amounts as numbers in the column's currency with its format, dates as dates – a frozen
// header row and column widths. The CSV is UTF-8 with a BOM, so Excel opens Chinese text,
// with plain numbers and ISO dates.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { currencySymbolOf, formatMoney, type Currency } from '../../../shared/domain/money';

export type ColumnKind = 'text' | 'money' | 'date' | 'integer' | 'decimal' | 'percent';

export interface SheetColumn {
  /** Already in the UI language. */
  header: string;
  kind: ColumnKind;
  /** In characters, as Excel counts them (a Chinese character is about two). */
  width: number;
  /** A money column's currency (renminbi when left out): its cells' number format shows its symbol. */
  currency?: Currency;
}

/** A cell as the builders give it: text, money in fen, an ISO date, an integer or a fraction (0.24 = 24 %). */
export type SheetValue = string | number | null;

export interface SheetTable {
  /** The worksheet's name (Excel allows 31 characters, no []:*?/\). */
  name: string;
  columns: SheetColumn[];
  rows: SheetValue[][];
}

const NUMBER_FORMATS: Record<ColumnKind, string | undefined> = {
  text: '@',
  money: moneyFormat('CNY'),
  date: 'yyyy-mm-dd',
  integer: '0',
  decimal: '0.0',
  percent: '0.00%',
};

/**
 * A currency's number format: its symbol as the screens write it ('¥', 'NT$', 'HK$', 'MOP$')
 * and two decimals; `whole` leaves them out (a whole New Taiwan dollar amount, as on screen).
 */
function moneyFormat(currency: Currency, whole = false): string {
  const n = `"${currencySymbolOf(currency)}"#,##0${whole ? '' : '.00'}`;
  return `${n};-${n}`;
}

function columnFormat(c: SheetColumn): string {
  return c.kind === 'money' ? moneyFormat(c.currency ?? 'CNY') : (NUMBER_FORMATS[c.kind] ?? 'General');
}

function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}

function isoToDate(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  // Midnight UTC: exceljs turns it into the whole-day serial number Excel expects.
  return new Date(Date.UTC(y, m - 1, d));
}

function xlsxValue(kind: ColumnKind, value: SheetValue): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  switch (kind) {
    case 'money':
      return Number(value) / 100;
    case 'date':
      return isoToDate(String(value));
    case 'integer':
    case 'decimal':
    case 'percent':
      return Number(value);
    case 'text':
      // Always a string cell: a name beginning with "=" stays text and is never a formula.
      return String(value);
  }
}

export function writeXlsx(table: SheetTable): Promise<Buffer> {
  return writeXlsxBook([table]);
}

/** Several tables, one worksheet each, in one workbook. */
export async function writeXlsxBook(tables: readonly SheetTable[]): Promise<Buffer> {
  // The streaming writer: rows go out as they are added instead of building a model of
  // every cell first (several times faster for a whole caseload, and far less memory).
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Parley';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name), { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    sheet.columns = table.columns.map((c, i) => ({ key: `c${i}`, width: c.width, style: { numFmt: columnFormat(c) } }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
    const header = sheet.addRow(table.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    const wholeDollars = table.columns.flatMap((c, i) => (c.kind === 'money' && c.currency === 'TWD' ? [i] : []));
    for (const row of table.rows) {
      const added = sheet.addRow(table.columns.map((c, i) => xlsxValue(c.kind, row[i] ?? null)));
      // New Taiwan dollars: a whole amount without decimals, one with cents keeps them (as on screen).
      for (const i of wholeDollars) if (typeof row[i] === 'number' && (row[i] as number) % 100 === 0) added.getCell(i + 1).numFmt = moneyFormat('TWD', true);
      added.commit();
    }
    sheet.commit();
  }
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

// A text cell that Excel would read as a formula (=, +, -, @ at the start) gets a leading
// apostrophe in CSV; phone numbers like +852 … stay as they are.
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_LIKE = /^[+-]?[\d\s()-]+$/;

function csvText(kind: ColumnKind, value: SheetValue): string {
  if (value === null) return '';
  switch (kind) {
    case 'money':
      return formatMoney(Number(value), { symbol: false }).replace(/,/g, '');
    case 'date':
      return String(value).slice(0, 10);
    case 'integer':
    case 'decimal':
      return String(value);
    case 'percent':
      return String(Math.round(Number(value) * 1_000_000) / 1_000_000);
    case 'text': {
      const s = String(value);
      return FORMULA_START.test(s) && !NUMBER_LIKE.test(s) ? `'${s}` : s;
    }
  }
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeCsv(table: SheetTable): Buffer {
  const lines = [table.columns.map((c) => csvField(c.header)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c, i) => csvField(csvText(c.kind, row[i] ?? null))).join(','));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}
