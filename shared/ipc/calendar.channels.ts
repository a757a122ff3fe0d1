// Channel names of the calendar (follow-ups, instalments, court dates, offer expiries and reviews by day). Names only (no zod), so the preload can list them.
export const CALENDAR_CHANNELS = ['calendar.range', 'calendar.move', 'calendar.exportIcs'] as const;
