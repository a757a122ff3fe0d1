// Stable error codes that cross the IPC boundary. The renderer may branch on them;
// their messages are already translated into the UI language by the main process.

export const ERROR_CODES = [
  'VALIDATION', // input did not match the channel's schema
  'NOT_FOUND', // the row asked for does not exist
  'CONFLICT', // the row changed since it was read, or a unique value is taken
  'UNKNOWN_CHANNEL', // no such channel in the contract
  'FORBIDDEN', // the caller may not use this channel (wrong sender, missing token)
  'STORAGE', // the database or disk refused (full, read-only, locked)
  'LOCKED', // the app is locked: unlock with the passcode first
  'INTERNAL', // a bug: details are logged in the main process, never sent
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface IpcError {
  code: ErrorCode;
  message: string;
  /** Field path (dot-joined) -> translated message, for forms. */
  fields?: Record<string, string>;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: IpcError };
