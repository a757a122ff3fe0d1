// A job worker thread: for each job it is sent, opens its own connection to the database,
// stands in a context like the main process's (same data folder, key, clock, language),
// runs the job from kinds.ts, reports progress and the result, and closes the connection.
// Started and reused by runner.ts.
import crypto from 'node:crypto';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { HandlerContext, PlatformPort } from '../context';
import { BackupRuns } from '../backup/runs';
import { DATABASE_FILE, openDatabase } from '../db/connection';
import type { PdfPool } from '../pdf/pool';
import type { JobWorkers } from './workers';
import { JOBS, type JobKind } from './kinds';
import { toJobError, type JobInit, type JobMessage, type JobRequest } from './protocol';
import { jobCancelled } from './runner';

const port = parentPort;
if (!port) throw new Error('electron/main/jobs/worker.ts must run in a worker thread');
const send = (message: JobMessage) => port.postMessage(message);

// Dialogs, printing and notifications belong to the main process; a job never asks. The temp
// folder is the main process's, passed along (a purge removes the case's copies from it).
const noPlatform = (): never => {
  throw new Error('the platform is not available inside a job worker');
};
const platformFor = (init: JobInit): PlatformPort => ({
  shell: 'harness',
  pickFiles: noPlatform,
  pickFolder: noPlatform,
  pickSavePath: noPlatform,
  openPath: noPlatform,
  printPdf: noPlatform,
  notify: noPlatform,
  markDownloaded: noPlatform,
  tempDir: () => init.tempDir ?? noPlatform(),
});
// PDFs are rendered by the main process's pool; no job renders one.
const noPdf: PdfPool = {
  render: () => Promise.reject(new Error('the PDF pool is not available inside a job worker')),
  stats: () => ({ size: 0, workers: 0, ready: 0, running: 0, queued: 0, rendered: 0 }),
  warmUp: noPlatform,
  gc: async () => {},
  close: async () => {},
};

// A job runs in this thread and starts none of its own.
const noJobs: JobWorkers = {
  acquire: () => {
    throw new Error('a job worker starts no jobs of its own');
  },
  release: () => {},
  discard: () => {},
  list: () => ({ busy: [], idle: [] }),
  closed: true,
  close: async () => {},
};

async function run(init: JobInit): Promise<void> {
  const key = Buffer.from(init.key);
  const db = openDatabase(path.join(init.dataDir, DATABASE_FILE), key);
  try {
    const offset = Date.parse(init.startedAt) - Date.now();
    const ctx: HandlerContext = {
      db,
      platform: platformFor(init),
      dataDir: init.dataDir,
      appVersion: init.appVersion,
      now: () => new Date(Date.now() + offset),
      actor: () => init.actor,
      locale: () => init.locale,
      timeZone: () => init.timeZone,
      settings: () => structuredClone(init.settings),
      deriveKey: (purpose) => Buffer.from(crypto.hkdfSync('sha256', key, Buffer.alloc(0), `parley:${purpose}`, 32)),
      databaseKey: () => key,
      pdf: noPdf,
      backups: new BackupRuns(),
      jobs: noJobs,
    };
    const flag = new Int32Array(init.cancel);
    let last = -1;
    const job = JOBS[init.kind as JobKind] as (ctx: HandlerContext, input: unknown, tools: import('./kinds').JobTools) => Promise<unknown>;
    if (!job) throw new Error(`no job named ${init.kind}`);
    const result = await job(ctx, init.input, {
      progress: (fraction) => {
        // Whole per-mille steps are enough for a progress bar, and keep the messages few.
        const step = Math.floor(fraction * 1000);
        if (step === last) return;
        last = step;
        send({ type: 'progress', fraction });
      },
      checkCancel: () => {
        if (Atomics.load(flag, 0) === 1) throw jobCancelled();
      },
    });
    send({ type: 'done', result });
  } finally {
    db.close();
    key.fill(0);
  }
}

port.on('message', (request: JobRequest) => {
  if (request.type === 'run') run(request.init).catch((err: unknown) => send({ type: 'failed', error: toJobError(err) }));
});
