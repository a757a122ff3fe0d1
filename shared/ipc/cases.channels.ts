// Channel names of case hand-over (export/import), retention and purge. Names only (no zod), so the preload can list them.
export const CASES_CHANNELS = [
  'cases.export',
  'cases.importPreview',
  'cases.import',
  'cases.info',
  'cases.retention',
  'cases.setRetention',
  'cases.purgeReach',
  'cases.purge',
] as const;
