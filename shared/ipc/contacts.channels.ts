// Channel names of the contact log, conduct incidents, follow-ups and the client timeline. Names only (no zod), so the preload can list them.
export const CONTACTS_CHANNELS = [] as const;
