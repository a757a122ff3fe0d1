// Channel names of spreadsheet exports (.xlsx or .csv, saved where the counsellor picks). Names only (no zod), so the preload can list them.
export const EXPORTS_CHANNELS = ['exports.clients', 'exports.debts', 'exports.followups', 'exports.payments', 'exports.agencySummary'] as const;
