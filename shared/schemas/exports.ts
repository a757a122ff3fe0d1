import { z } from 'zod';
import { ClientListInput } from './clients';
import { Id } from './common';

// Spreadsheet exports: which list, in which format. The headers are written in the UI language.

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS, { error: 'validation.choice' }).default('xlsx');
export type ExportFormat = z.output<typeof ExportFormat>;

/** The client list as the counsellor has it filtered and sorted (every page, not just the one on screen). */
export const ExportClientsInput = ClientListInput.omit({ page: true, pageSize: true }).extend({ format: ExportFormat }).strict();
export const ExportDebtsInput = z.object({ clientId: Id, format: ExportFormat }).strict();
/** The open follow-ups across all cases (overdue, today, the next days and later). */
export const ExportFollowupsInput = z.object({ format: ExportFormat }).strict().optional();
/** The agency summary: .xlsx with a summary sheet and one of months; CSV holds the months. */
export const ExportAgencySummaryInput = z.object({ format: ExportFormat }).strict().optional();
export const ExportPaymentsInput = z.object({ agreementId: Id, format: ExportFormat }).strict();

/** Where the file went (null when the counsellor cancelled the dialog) and how many rows it holds. */
export const ExportResult = z.object({ path: z.string().nullable(), rows: z.number().int() });
export type ExportResult = z.infer<typeof ExportResult>;
