// Runs a long job (backup, verify, restore inspection …) in a worker thread with its own
// database connection, so the main thread keeps answering IPC while it runs.
//
// - One worker per job: jobs are rare and long, so a pool would only keep a thread and a
//   database connection open for nothing. The worker exits when its job settles.
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
import { Worker } from 'node:worker_threads';
import type { HandlerContext } from '../context';
import { databaseKeyOf } from '../backup/keys';
import { AppError } from '../errors';
import { fromJobError, type JobInit, type JobMessage } from './protocol';
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

export function runJob<K extends JobKind>(ctx: HandlerContext, kind: K, input: JobInput<K>, options: JobOptions = {}): Promise<JobOutput<K>> {
  const cancel = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancel);
  const init: JobInit = {
    kind,
    input,
    dataDir: ctx.dataDir,
    key: new Uint8Array(databaseKeyOf(ctx)),
    appVersion: ctx.appVersion,
    startedAt: ctx.now().toISOString(),
    locale: ctx.locale(),
    timeZone: ctx.timeZone(),
    actor: ctx.actor(),
    settings: ctx.settings(),
    cancel,
  };
  if (options.signal?.aborted) return Promise.reject(jobCancelled());
  return new Promise<JobOutput<K>>((resolve, reject) => {
    let settled = false;
    const worker = new Worker(options.workerUrl ?? defaultJobWorkerUrl(), { workerData: init, name: `parley-job-${kind}` });
    const onAbort = () => {
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const finish = (err: Error | null, result?: unknown) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve(result as JobOutput<K>);
    };
    worker.on('message', (message: JobMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.fraction);
      else if (message.type === 'done') finish(null, message.result);
      else finish(fromJobError(message.error));
    });
    worker.on('error', (err) => finish(err));
    // The worker ends itself after its last message; an exit before that is a crash.
    worker.on('exit', (code) => finish(new Error(`the ${kind} job's worker stopped (exit code ${code}) before it finished`)));
  });
}
