// Channel names of the contact log (calls, letters, visits with lenders and collectors). Names only (no zod), so the preload can list them.
export const CONTACTS_CHANNELS = ['contacts.create', 'contacts.update', 'contacts.delete', 'contacts.get'] as const;
