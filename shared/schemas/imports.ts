import { z } from 'zod';

// Importing clients and their debts from a spreadsheet (.xlsx or CSV): the file is picked
// and read in the main process, held there under a token; the renderer sends only the
// column mapping and the answers about duplicates.

/** The fields a column can fill; a row is one debt, its client's columns repeated. */
export const IMPORT_FIELDS = [
  'name',
  'idNumber',
  'phone',
  'address',
  'notes',
  'lender',
  'productType',
  'accountRef',
  'loanDate',
  'borrowed',
  'principal',
  'interest',
  'penalty',
  'lateFees',
  'otherFees',
  'firstMissedDate',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Fields that belong to the client (the rest to the debt on the same row). */
export const CLIENT_FIELDS: readonly ImportField[] = ['name', 'idNumber', 'phone', 'address', 'notes'];

/** Why a whole file is refused (each has its message under imports.errors). */
export const IMPORT_FILE_PROBLEMS = ['empty', 'fileTooLarge', 'unzipTooLarge', 'unreadable', 'xls', 'encoding', 'merged', 'tooManyRows', 'tooManyColumns'] as const;
export type ImportFileProblem = (typeof IMPORT_FILE_PROBLEMS)[number];

const Token = z.string().regex(/^[0-9a-f-]{36}$/, 'imports.errors.expired');
const ColumnIndex = z.number({ error: 'validation.number' }).int('validation.number').min(0, 'validation.number').max(199, 'validation.number');

/** For each field, the column (0-based) it is read from, or null for none. */
export const ImportMapping = z.partialRecord(z.enum(IMPORT_FIELDS, { error: 'validation.choice' }), ColumnIndex.nullable());
export type ImportMapping = z.infer<typeof ImportMapping>;

export const ImportPickOutput = z
  .object({
    token: z.string(),
    fileName: z.string(),
    sheetName: z.string().nullable(),
    headers: z.array(z.string()),
    /** Data rows (the header row not counted). */
    rowCount: z.number().int(),
    mapping: ImportMapping,
    /** The first rows as read, for the mapping step. */
    sample: z.array(z.array(z.string())),
  })
  .nullable();
export type ImportPickOutput = z.infer<typeof ImportPickOutput>;

export const ImportPreviewInput = z.object({ token: Token, mapping: ImportMapping }).strict();

export const DUPLICATE_CHOICES = ['skip', 'addDebts', 'new'] as const;
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number];

export const ImportRowView = z.object({
  /** The row's number in the spreadsheet (1 = the header row). */
  line: z.number().int(),
  values: z.partialRecord(z.enum(IMPORT_FIELDS), z.string()),
  errors: z.array(z.object({ field: z.enum(IMPORT_FIELDS).nullable(), message: z.string() })),
});
export type ImportRowView = z.infer<typeof ImportRowView>;

export const ImportDuplicate = z.object({
  /** Identifies the client of the file (its first line). */
  key: z.string(),
  name: z.string(),
  lines: z.array(z.number().int()),
  reason: z.enum(['idNumber', 'namePhone']),
  existing: z.object({ id: z.number().int(), caseRef: z.string(), name: z.string() }),
  /** What may be done: an ID number can belong to one client only, so "new" is not offered then. */
  choices: z.array(z.enum(DUPLICATE_CHOICES)),
});
export type ImportDuplicate = z.infer<typeof ImportDuplicate>;

export const ImportPreviewOutput = z.object({
  totalRows: z.number().int(),
  clients: z.number().int(),
  debts: z.number().int(),
  errorRows: z.number().int(),
  /** Every row with an error (up to a limit), then the first rows. */
  rows: z.array(ImportRowView),
  duplicates: z.array(ImportDuplicate),
  lenders: z.array(z.object({ name: z.string(), matched: z.string().nullable(), matchedOn: z.enum(['name', 'alias', 'pinyin']).nullable() })),
  missingRequired: z.array(z.enum(IMPORT_FIELDS)),
});
export type ImportPreviewOutput = z.infer<typeof ImportPreviewOutput>;

export const ImportCommitInput = z
  .object({
    token: Token,
    mapping: ImportMapping,
    /** Per duplicate key, what to do; every duplicate must have an answer. */
    duplicates: z.record(z.string().max(200), z.enum(DUPLICATE_CHOICES, { error: 'validation.choice' })).default({}),
  })
  .strict();

export const ImportCommitOutput = z.object({
  clients: z.number().int(),
  debts: z.number().int(),
  skipped: z.number().int(),
  lendersCreated: z.array(z.string()),
  clientIds: z.array(z.number().int()),
});
export type ImportCommitOutput = z.infer<typeof ImportCommitOutput>;

/** The import step running in the job worker, if any, and how far it is (0–1). */
export const ImportProgress = z.object({
  step: z.enum(['read', 'preview', 'commit']).nullable(),
  fraction: z.number().min(0).max(1).nullable(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;
