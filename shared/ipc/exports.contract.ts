import { ExportAgencySummaryInput, ExportClientsInput, ExportDebtsInput, ExportFollowupsInput, ExportPaymentsInput, ExportResult } from '../schemas/exports';
import type { ChannelDef } from './channel-def';
import type { EXPORTS_CHANNELS } from './exports.channels';

// Inputs and outputs of spreadsheet exports.
export const exportsContract = {
  'exports.clients': { input: ExportClientsInput, output: ExportResult },
  'exports.debts': { input: ExportDebtsInput, output: ExportResult },
  'exports.followups': { input: ExportFollowupsInput, output: ExportResult },
  'exports.payments': { input: ExportPaymentsInput, output: ExportResult },
  'exports.agencySummary': { input: ExportAgencySummaryInput, output: ExportResult },
} satisfies Record<(typeof EXPORTS_CHANNELS)[number], ChannelDef>;
