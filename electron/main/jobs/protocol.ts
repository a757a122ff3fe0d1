// Messages between the job runner (main thread) and a job's worker thread.
import type { ErrorCode } from '../../../shared/errors';
import type { Locale } from '../../../shared/schemas/common';
import type { Settings } from '../../../shared/schemas/settings';
import { AppError } from '../errors';

/** What a worker needs to stand in for the main process's context (all of it cloneable). */
export interface JobInit {
  kind: string;
  input: unknown;
  dataDir: string;
  /** The database key: the worker opens its own connection with it. Never logged or written. */
  key: Uint8Array;
  appVersion: string;
  /** The main process's clock when the job started; the worker's clock runs on from it. */
  startedAt: string;
  locale: Locale;
  timeZone: string;
  actor: string;
  settings: Settings;
  /** The platform's temp folder (where the viewer's decrypted copies lie), or null where there is none. */
  tempDir: string | null;
  /** Int32 [0]: set to 1 by the main thread to ask the job to stop. */
  cancel: SharedArrayBuffer;
}

/** An error as it crosses the thread boundary: an AppError keeps its code and message key. */
export interface JobError {
  name: string;
  message: string;
  /** errno-style code of a file-system error (ENOSPC …), when there was one. */
  code?: string;
  app?: { code: ErrorCode; messageKey: string; params: Record<string, string | number>; fields: Record<string, string> };
}

/** Main thread → worker: run one job (a worker runs one at a time). */
export type JobRequest = { type: 'run'; init: JobInit };

export type JobMessage = { type: 'progress'; fraction: number } | { type: 'done'; result: unknown } | { type: 'failed'; error: JobError };

export function toJobError(err: unknown): JobError {
  if (err instanceof AppError) return { name: err.name, message: err.message, app: { code: err.code, messageKey: err.messageKey, params: err.params, fields: err.fields } };
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return { name: err.name, message: err.message, ...(typeof code === 'string' ? { code } : {}) };
  }
  return { name: 'Error', message: String(err) };
}

export function fromJobError(error: JobError): Error {
  if (error.app) {
    const app = new AppError(error.app.code, error.app.messageKey, error.app.params, error.app.fields);
    // The worker's message stays (a DamagedDataError's names what could not be read, for the log).
    app.message = error.message;
    return app;
  }
  const err = new Error(error.message);
  err.name = error.name;
  if (error.code) (err as Error & { code?: string }).code = error.code;
  return err;
}
