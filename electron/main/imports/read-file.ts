// A spreadsheet from outside, read into a grid of cells with every cost bounded: the file's
// size, the bytes its ZIP may unpack to (a zip bomb stops at the cap), the rows and columns.
// Formulas give their cached result and are never evaluated; merged cells, the old binary
// .xls and unreadable text are refused with a translated error. The type comes from the
// content, not the name.
import ExcelJS from 'exceljs';
import type { ImportFileProblem } from '../../../shared/schemas/imports';
import { AppError } from '../errors';
import { decodeText, parseCsv } from './csv';
import { checkZipBounds, readZipFile, ZipError, zipEntries } from './zip';

export const IMPORT_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  /** What an .xlsx may unpack to, all parts together. */
  unzippedBytes: 64 * 1024 * 1024,
  /** Data rows (the header row not counted). */
  rows: 10_000,
  columns: 100,
};

/** A cell as read: text, a number, a date, a truth value, empty, or a problem to report. */
export type RawCell = string | number | boolean | Date | null | { problem: 'formulaWithoutValue' | 'errorValue'; text: string };

export interface Grid {
  sheetName: string | null;
  /** The header row first. */
  rows: RawCell[][];
}

const refuse = (key: ImportFileProblem, params: Record<string, string | number> = {}) => new AppError('VALIDATION', `imports.errors.${key}`, params);

export async function readSpreadsheet(bytes: Buffer): Promise<Grid> {
  if (bytes.length === 0) throw refuse('empty');
  if (bytes.length > IMPORT_LIMITS.fileBytes) throw refuse('fileTooLarge', { mb: IMPORT_LIMITS.fileBytes / 1024 / 1024 });
  if (bytes.readUInt32LE(0) === 0x04034b50) return readXlsx(bytes);
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0) throw refuse('xls');
  const rows = parseCsv(decodeText(bytes), { maxRows: IMPORT_LIMITS.rows + 1, maxColumns: IMPORT_LIMITS.columns });
  return trimmed({ sheetName: null, rows });
}

/** Drops empty rows at the end and empty columns at the right. */
function trimmed(grid: Grid): Grid {
  const empty = (c: RawCell) => c === null || (typeof c === 'string' && c.trim() === '');
  const rows = grid.rows.filter((r) => r.some((c) => !empty(c)));
  if (rows.length === 0) throw refuse('empty');
  let width = 0;
  for (const r of rows) for (let i = r.length - 1; i >= width; i--) if (!empty(r[i] ?? null)) width = i + 1;
  return { sheetName: grid.sheetName, rows: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)) };
}

async function readXlsx(bytes: Buffer): Promise<Grid> {
  let firstSheet: string | undefined;
  try {
    checkZipBounds(bytes, IMPORT_LIMITS.unzippedBytes);
    const names = zipEntries(bytes).map((e) => e.name);
    if (!names.includes('xl/workbook.xml')) throw refuse('unreadable');
    firstSheet = names.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))[0];
    // Counting the rows in the XML before building cells bounds what exceljs would make.
    if (firstSheet) {
      const xml = readZipFile(bytes, firstSheet, IMPORT_LIMITS.unzippedBytes)!.toString('utf8');
      const rowCount = xml.split('<row').length - 1;
      if (rowCount > IMPORT_LIMITS.rows + 1) throw refuse('tooManyRows', { max: IMPORT_LIMITS.rows });
    }
  } catch (err) {
    if (err instanceof ZipError) throw refuse(err.reason === 'tooLarge' ? 'unzipTooLarge' : 'unreadable', { mb: IMPORT_LIMITS.unzippedBytes / 1024 / 1024 });
    throw err;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw refuse('unreadable');
  }
  const sheet = workbook.worksheets.find((ws) => ws.rowCount > 0) ?? workbook.worksheets[0];
  if (!sheet) throw refuse('empty');
  if (sheet.hasMerges) {
    const merges = (sheet.model.merges ?? []).slice(0, 5).join(', ');
    throw refuse('merged', { ranges: merges });
  }
  // exceljs works columnCount out from every row on each call: read it once.
  const columns = sheet.columnCount;
  if (columns > IMPORT_LIMITS.columns) throw refuse('tooManyColumns', { max: IMPORT_LIMITS.columns });
  const rows: RawCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: RawCell[] = [];
    for (let c = 1; c <= columns; c++) cells.push(cellValue(row.getCell(c)));
    rows.push(cells);
  });
  return trimmed({ sheetName: sheet.name, rows });
}

/** A cell's value as read; a formula gives its cached result, never a computed one. */
function cellValue(cell: ExcelJS.Cell): RawCell {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return { problem: 'formulaWithoutValue', text: cell.address };
      if (typeof result === 'object' && !(result instanceof Date)) return { problem: 'errorValue', text: String((result as { error?: string }).error ?? '#?') };
      return result as string | number | boolean | Date;
    }
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v && typeof (v as { text: unknown }).text === 'string') return (v as { text: string }).text;
    if ('error' in v) return { problem: 'errorValue', text: String(v.error) };
  }
  return String(v as unknown as string);
}
