// The spreadsheet import's heavy parts, as jobs of the job worker (jobs/kinds.ts): reading the
// file (unzipping and parsing an .xlsx of up to 10,000 rows takes seconds), reading and
// checking every row against the database, and writing it all in one transaction. The main
// thread holds only what the worker handed back, serialized (node:v8), and passes it on.
// The import's modules (exceljs, pinyin) load with the first import job, not with every
// worker: a backup's worker has no use for them.
import fs from 'node:fs';
import v8 from 'node:v8';
import type { DuplicateChoice, ImportCommitOutput, ImportMapping, ImportPreviewOutput } from '../../../shared/schemas/imports';
import type { HandlerContext } from '../context';
import { AppError } from '../errors';
import type { JobTools } from '../jobs/kinds';
import type { SheetReading } from './plan';
import type { Grid } from './read-file';

/** A value the worker made, as bytes the main thread keeps without reading. */
export type Serialized = Uint8Array;

const pack = (value: unknown): Serialized => v8.serialize(value);
const unpack = <T>(bytes: Serialized): T => v8.deserialize(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as T;

export interface ReadSheetResult {
  grid: Serialized;
  sheetName: string | null;
  headers: string[];
  rowCount: number;
  mapping: ImportMapping;
  sample: string[][];
}

/** Reads the picked file into a grid, with every cost bounded (read-file.ts). */
async function readJob(input: { file: string }, tools: JobTools): Promise<ReadSheetResult> {
  const { IMPORT_LIMITS, readSpreadsheet } = await import('./read-file');
  const { cellText } = await import('./plan');
  const { proposeMapping } = await import('./fields');
  let bytes: Buffer;
  try {
    if (fs.statSync(input.file).size > IMPORT_LIMITS.fileBytes) throw new AppError('VALIDATION', 'imports.errors.fileTooLarge', { mb: IMPORT_LIMITS.fileBytes / 1024 / 1024 });
    bytes = fs.readFileSync(input.file);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('VALIDATION', 'imports.errors.unreadable');
  }
  tools.progress(0.1);
  tools.checkCancel();
  const grid = await readSpreadsheet(bytes);
  tools.checkCancel();
  tools.progress(0.9);
  const headers = grid.rows[0]!.map(cellText);
  return {
    grid: pack(grid),
    sheetName: grid.sheetName,
    headers,
    rowCount: grid.rows.length - 1,
    mapping: proposeMapping(headers),
    sample: grid.rows.slice(1, 6).map((r) => r.map(cellText)),
  };
}

/** The sheet read with a mapping: from an earlier reading (same mapping and language) or from the grid. */
type Source = { reading: Serialized } | { grid: Serialized; mapping: ImportMapping };

async function readingOf(ctx: HandlerContext, source: Source): Promise<{ reading: SheetReading; made: boolean }> {
  if ('reading' in source) return { reading: unpack<SheetReading>(source.reading), made: false };
  const { readSheet } = await import('./plan');
  return { reading: readSheet(unpack<Grid>(source.grid), source.mapping, ctx.locale()), made: true };
}

/** The preview against the database as it is now; hands back the reading when it was made here, for the commit. */
async function previewJob(ctx: HandlerContext, source: Source): Promise<{ preview: ImportPreviewOutput; reading: Serialized | null }> {
  const { planImport, previewOf } = await import('./plan');
  const { reading, made } = await readingOf(ctx, source);
  // Packed before planning: the plan marks the clients already here on the reading's objects.
  const packed = made ? pack(reading) : null;
  return { preview: previewOf(planImport(ctx.db, reading)), reading: packed };
}

async function commitJob(ctx: HandlerContext, input: Source & { duplicates: Record<string, DuplicateChoice> }, tools: JobTools): Promise<ImportCommitOutput> {
  const { planImport } = await import('./plan');
  const { commitImport } = await import('./commit');
  const { reading } = await readingOf(ctx, input);
  return commitImport(ctx, planImport(ctx.db, reading), input.duplicates, tools);
}

export const IMPORT_JOBS = {
  /** Reads a picked spreadsheet into a grid (imports/read-file.ts). */
  'imports.read': (_ctx: HandlerContext, input: { file: string }, tools: JobTools) => readJob(input, tools),
  /** Reads every row with a mapping and plans the import against the database (imports/plan.ts). */
  'imports.preview': (ctx: HandlerContext, input: Source) => previewJob(ctx, input),
  /** Writes the planned clients and debts in one transaction (imports/commit.ts). */
  'imports.commit': (ctx: HandlerContext, input: Source & { duplicates: Record<string, DuplicateChoice> }, tools: JobTools) => commitJob(ctx, input, tools),
};
