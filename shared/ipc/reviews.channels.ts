// Channel names of case reviews. Names only (no zod), so the preload can list them.
export const REVIEWS_CHANNELS = ['reviews.forClient', 'reviews.get', 'reviews.complete', 'reviews.due'] as const;
