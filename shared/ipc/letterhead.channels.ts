// Channel names of the letterhead (agency name, address, logo on every document). Names only (no zod), so the preload can list them.
export const LETTERHEAD_CHANNELS = ['letterhead.get', 'letterhead.update', 'letterhead.pickLogo', 'letterhead.preview'] as const;
