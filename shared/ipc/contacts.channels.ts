// Channel names of the contact log, conduct incidents, follow-ups and the client timeline. Names only (no zod), so the preload can list them.
export const CONTACTS_CHANNELS = [
  'contacts.create',
  'contacts.update',
  'contacts.delete',
  'contacts.get',
  'incidents.byLender',
  'followups.list',
  'followups.forClient',
  'followups.create',
  'followups.done',
  'followups.snooze',
  'followups.cancel',
  'followups.dueCount',
  'timeline.list',
] as const;
