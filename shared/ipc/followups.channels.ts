// Channel names of follow-ups (what the counsellor must chase, and when). Names only (no zod), so the preload can list them.
export const FOLLOWUPS_CHANNELS = [
  'followups.list',
  'followups.forClient',
  'followups.create',
  'followups.done',
  'followups.snooze',
  'followups.cancel',
] as const;
