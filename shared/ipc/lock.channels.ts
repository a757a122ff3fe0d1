// Channel names of the app lock (passcode, auto-lock). Names only, for the preload.
export const LOCK_CHANNELS = ['lock.status', 'lock.configure', 'lock.disable', 'lock.lock', 'lock.unlock'] as const;

/** What a locked app still answers: enough to show the lock screen in the right language. */
export const OPEN_WHILE_LOCKED: readonly string[] = ['lock.status', 'lock.unlock', 'app.info', 'settings.get'];
