// Runs a long job (backup, verify, restore inspection …) in a worker thread with its own
// database connection, so the main thread keeps answering IPC while it runs.
//
// - The workers are the core's (ctx.jobs, jobs/workers.ts): one job per worker at a time,
//   a finished worker kept idle a while for the next, all ended when the core closes. Each
//   job opens its own database connection and closes it when it settles.
// - The worker gets the data folder and the database key (in memory, never logged) and
//   opens the database itself; what it returns must be structured-cloneable.
// - Progress comes back as messages; cancel is a shared flag the job checks between steps
//   (SQLite statements cannot be interrupted, so a cancel lands after the running one).
// - Errors arrive typed: an AppError keeps its code and message key, so the dispatcher
//   translates it into the counsellor's language like any other.
//
// Worker entry, as for the PDF pool (pdf/pool.ts): from TypeScript source (tests, tsx) this
// module's URL ends in .ts and the worker starts from worker-dev.mjs; in the built app it
// is the separate bundle out/main/jobs-worker.js (a main entry in electron.vite.config.ts).
import type { Worker } from 'node:worker_threads';
import type { HandlerContext } from '../context';
import { AppError } from '../errors';
import { fromJobError, type JobInit, type JobMessage, type JobRequest } from './protocol';
import type { JobInput, JobKind, JobOutput } from './kinds';

export interface JobOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Override the worker entry (tests). */
  workerUrl?: URL;
}

export function defaultJobWorkerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('./worker-dev.mjs', here) : new URL('./jobs-worker.js', here);
}

/** The error a cancelled job settles with. */
export const jobCancelled = (): AppError => new AppError('CONFLICT', 'backup.errors.cancelled');

function tempDirOf(ctx: HandlerContext): string | null {
  try {
    return ctx.platform.tempDir();
  } catch {
    return null;
  }
}

export function runJob<K extends JobKind>(ctx: HandlerContext, kind: K, input: JobInput<K>, options: JobOptions = {}): Promise<JobOutput<K>> {
  const cancel = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancel);
  const init: JobInit = {
    kind,
    input,
    dataDir: ctx.dataDir,
    key: new Uint8Array(ctx.databaseKey()),
    appVersion: ctx.appVersion,
    startedAt: ctx.now().toISOString(),
    locale: ctx.locale(),
    timeZone: ctx.timeZone(),
    actor: ctx.actor(),
    settings: ctx.settings(),
    tempDir: tempDirOf(ctx),
    cancel,
  };
  if (options.signal?.aborted) return Promise.reject(jobCancelled());
  const url = options.workerUrl ?? defaultJobWorkerUrl();
  return new Promise<JobOutput<K>>((resolve, reject) => {
    let settled = false;
    let worker: Worker;
    try {
      worker = ctx.jobs.acquire(url);
    } catch (err) {
      init.key.fill(0);
      return reject(err as Error);
    }
    const onAbort = () => {
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const finish = (err: Error | null, result?: unknown, reusable = false) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      // Only this job's listeners: Worker keeps listeners of its own on itself.
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reusable) ctx.jobs.release(worker, url);
      else ctx.jobs.discard(worker);
      init.key.fill(0);
      if (err) reject(err);
      else resolve(result as JobOutput<K>);
    };
    const onMessage = (message: JobMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.fraction);
      else if (message.type === 'done') finish(null, message.result, true);
      else finish(fromJobError(message.error), undefined, true);
    };
    const onError = (err: Error) => finish(err);
    const onExit = (code: number) =>
      finish(new Error(ctx.jobs.closed ? `the ${kind} job was ended: its core closed` : `the ${kind} job's worker stopped (exit code ${code}) before it finished`));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage({ type: 'run', init } satisfies JobRequest);
  });
}
