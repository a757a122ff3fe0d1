// A small pool of worker threads that render PDFs off the main event loop.
//
// - worker_threads, not child processes: the packaged app has the RunAsNode fuse off, and
//   threads share the process's memory, so the font files are read once into
//   SharedArrayBuffers and every worker parses them from that one copy.
// - One job per worker at a time; the queue lives here, so a queued job can be cancelled
//   (AbortSignal) without touching a worker. Cancelling a running job settles its promise
//   at once and discards the result when the worker finishes (pdfmake cannot be interrupted).
// - Results come back as transferred ArrayBuffers (no copy).
// - Idle workers are unref'd so an idle pool never keeps the process alive; close() drains
//   or (force) terminates.
//
// Worker entry: from TypeScript source (tests, tsx) this module's URL ends in .ts and the
// worker starts from worker-dev.mjs, which registers tsx and imports worker.ts. In the built
// app this module is bundled into out/main/index.js and the worker is the separate bundle
// out/main/pdf-worker.js; electron.vite.config.ts needs it as a second main entry:
//   rollupOptions.input: { index: …/electron/main/index.ts, 'pdf-worker': …/electron/main/pdf/worker.ts }
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { loadFontSet, type FontSet, type LocateOptions } from './fonts';
import { deserializeError, type WorkerInit, type WorkerRequest, type WorkerResponse } from './protocol';
import type { RenderOptions } from './render';
import type { DocDefinition } from './types';

export interface PdfPoolOptions {
  /** Number of worker threads; default 1 on machines with ≤ 2 cores, else 2. */
  size?: number;
  /** Font bytes to share with the workers (default: read once via loadFontSet). */
  fontSet?: FontSet | Promise<FontSet>;
  locate?: LocateOptions;
  /** Override the worker entry (tests, or a packaged layout that differs). */
  workerUrl?: URL;
}

export interface PoolRenderOptions extends RenderOptions {
  signal?: AbortSignal;
}

export interface PdfPoolStats {
  size: number;
  workers: number;
  ready: number;
  running: number;
  queued: number;
  rendered: number;
}

export interface PdfPool {
  render(doc: DocDefinition, options?: PoolRenderOptions): Promise<Buffer>;
  stats(): PdfPoolStats;
  /** Starts the workers now (otherwise the first render does). */
  warmUp(): Promise<void>;
  /** Runs gc in every idle worker (needs --expose-gc; benchmarks). */
  gc(): Promise<void>;
  /** Stops accepting work and rejects queued jobs; waits for running ones unless force. */
  close(options?: { force?: boolean }): Promise<void>;
}

export function defaultPoolSize(cpus = os.availableParallelism()): number {
  return cpus <= 2 ? 1 : 2;
}

export function defaultWorkerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('./worker-dev.mjs', here) : new URL('./pdf-worker.js', here);
}

interface Job {
  id: number;
  doc: DocDefinition;
  creationDate?: string | Date;
  signal?: AbortSignal;
  onAbort?: () => void;
  settled: boolean;
  resolve(pdf: Buffer): void;
  reject(err: unknown): void;
}

interface Slot {
  worker: Worker | null;
  ready: boolean;
  job: Job | null;
  exited: Promise<void>;
  markExited(): void;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The PDF job was cancelled', 'AbortError');
}

const MAX_START_FAILURES = 3;

class WorkerPool implements PdfPool {
  private readonly size: number;
  private readonly workerUrl: URL;
  private readonly queue: Job[] = [];
  private readonly slots: Slot[] = [];
  private readonly controlWaiters = new Map<number, () => void>();
  private fontSet: Promise<FontSet> | undefined;
  private nextId = 1;
  private closed = false;
  private startFailures = 0;
  private rendered = 0;
  private readyWaiters: (() => void)[] = [];

  constructor(private readonly options: PdfPoolOptions) {
    this.size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
    this.workerUrl = options.workerUrl ?? defaultWorkerUrl();
  }

  render(doc: DocDefinition, options: PoolRenderOptions = {}): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('The PDF pool is closed'));
    const { signal, creationDate } = options;
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    return new Promise<Buffer>((resolve, reject) => {
      const job: Job = { id: this.nextId++, doc, creationDate, signal, settled: false, resolve, reject };
      if (signal) {
        job.onAbort = () => this.cancel(job);
        signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.queue.push(job);
      this.pump();
    });
  }

  stats(): PdfPoolStats {
    return {
      size: this.size,
      workers: this.slots.length,
      ready: this.slots.filter((s) => s.ready).length,
      running: this.slots.filter((s) => s.job).length,
      queued: this.queue.length,
      rendered: this.rendered,
    };
  }

  async warmUp(): Promise<void> {
    if (this.closed) throw new Error('The PDF pool is closed');
    while (this.slots.length < this.size) this.spawn();
    while (this.slots.some((s) => !s.ready)) {
      await new Promise<void>((resolve) => this.readyWaiters.push(resolve));
      if (this.closed) throw new Error('The PDF pool is closed');
      if (this.slots.length === 0) throw new Error('The PDF workers failed to start');
    }
  }

  async gc(): Promise<void> {
    const idle = this.slots.filter((s) => s.ready && !s.job && s.worker);
    await Promise.all(
      idle.map(
        (slot) =>
          new Promise<void>((resolve) => {
            const id = this.nextId++;
            const worker = slot.worker!;
            worker.ref(); // an idle worker is unref'd: keep the process alive for the reply
            this.controlWaiters.set(id, () => {
              if (!slot.job) worker.unref();
              resolve();
            });
            worker.postMessage({ type: 'gc', id } satisfies WorkerRequest);
          }),
      ),
    );
  }

  async close(options: { force?: boolean } = {}): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      for (const job of this.queue.splice(0)) this.settle(job, new Error('The PDF pool was closed before this job started'));
      for (const wake of this.readyWaiters.splice(0)) wake();
    }
    if (!options.force) {
      // Let running jobs finish (their promises settle), then stop the workers.
      await Promise.all(this.slots.filter((s) => s.job).map((s) => new Promise<void>((resolve) => this.afterJob(s, resolve))));
    }
    const exits = this.slots.map((slot) => slot.exited);
    for (const slot of this.slots) void slot.worker?.terminate();
    await Promise.all(exits);
  }

  // -- internals ------------------------------------------------------------------------------

  private waitersAfterJob = new Map<Slot, (() => void)[]>();

  private afterJob(slot: Slot, resolve: () => void): void {
    const list = this.waitersAfterJob.get(slot) ?? [];
    list.push(resolve);
    this.waitersAfterJob.set(slot, list);
  }

  private jobDone(slot: Slot): void {
    slot.job = null;
    const waiters = this.waitersAfterJob.get(slot);
    this.waitersAfterJob.delete(slot);
    for (const wake of waiters ?? []) wake();
    slot.worker?.unref();
  }

  private fonts(): Promise<FontSet> {
    if (!this.fontSet) this.fontSet = Promise.resolve(this.options.fontSet ?? loadFontSet(this.options.locate));
    return this.fontSet;
  }

  private settle(job: Job, result: Buffer | Error | unknown): void {
    if (job.settled) return;
    job.settled = true;
    if (job.signal && job.onAbort) job.signal.removeEventListener('abort', job.onAbort);
    if (Buffer.isBuffer(result)) job.resolve(result);
    else job.reject(result);
  }

  private cancel(job: Job): void {
    const index = this.queue.indexOf(job);
    if (index >= 0) this.queue.splice(index, 1);
    this.settle(job, abortReason(job.signal!));
  }

  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) break;
      if (slot.ready && !slot.job && slot.worker) this.dispatch(slot, this.queue.shift()!);
    }
    const starting = this.slots.filter((s) => !s.ready).length;
    let toSpawn = Math.min(this.size - this.slots.length, this.queue.length - starting);
    while (toSpawn-- > 0) this.spawn();
  }

  private dispatch(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker!.ref();
    const request: WorkerRequest = { type: 'render', id: job.id, doc: job.doc, creationDate: job.creationDate };
    try {
      slot.worker!.postMessage(request);
    } catch (err) {
      // e.g. a document that cannot be cloned (functions in it)
      this.jobDone(slot);
      this.settle(job, err);
      queueMicrotask(() => this.pump());
    }
  }

  private spawn(): void {
    let markExited!: () => void;
    const exited = new Promise<void>((resolve) => (markExited = resolve));
    const slot: Slot = { worker: null, ready: false, job: null, exited, markExited };
    this.slots.push(slot);
    this.fonts().then(
      (fontSet) => {
        if (this.closed) return this.removeSlot(slot);
        const workerData: WorkerInit = { fontSet };
        const worker = new Worker(this.workerUrl, { workerData, name: 'parley-pdf' });
        slot.worker = worker;
        worker.on('message', (message: WorkerResponse) => this.onMessage(slot, message));
        worker.on('error', (err) => this.onWorkerError(slot, err));
        worker.on('exit', () => this.onExit(slot));
      },
      (err: unknown) => {
        this.removeSlot(slot);
        this.fontSet = undefined;
        this.failAll(err);
      },
    );
  }

  private removeSlot(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    slot.markExited();
    for (const wake of this.readyWaiters.splice(0)) wake();
  }

  private failAll(err: unknown): void {
    for (const job of this.queue.splice(0)) this.settle(job, err);
  }

  private onMessage(slot: Slot, message: WorkerResponse): void {
    switch (message.type) {
      case 'ready':
        slot.ready = true;
        this.startFailures = 0;
        slot.worker?.unref();
        for (const wake of this.readyWaiters.splice(0)) wake();
        this.pump();
        return;
      case 'fatal':
        this.startFailures++;
        this.failAll(deserializeError(message.error));
        void slot.worker?.terminate();
        return;
      case 'rendered': {
        const job = slot.job;
        this.jobDone(slot);
        this.rendered++;
        if (job) this.settle(job, Buffer.from(message.pdf));
        this.pump();
        return;
      }
      case 'failed': {
        const job = slot.job;
        this.jobDone(slot);
        if (job) this.settle(job, deserializeError(message.error));
        this.pump();
        return;
      }
      case 'gc-done': {
        const wake = this.controlWaiters.get(message.id);
        this.controlWaiters.delete(message.id);
        wake?.();
        return;
      }
    }
  }

  private onWorkerError(slot: Slot, err: Error): void {
    if (!slot.ready) this.startFailures++;
    const job = slot.job;
    if (job) {
      this.jobDone(slot);
      this.settle(job, err);
    }
  }

  private onExit(slot: Slot): void {
    const job = slot.job;
    if (job) {
      this.jobDone(slot);
      this.settle(job, new Error('The PDF worker stopped before finishing this job'));
    }
    this.removeSlot(slot);
    if (this.closed || this.queue.length === 0) return;
    if (this.startFailures >= MAX_START_FAILURES) {
      this.failAll(new Error(`The PDF worker failed to start ${this.startFailures} times`));
      return;
    }
    this.pump();
  }
}

export function createPdfPool(options: PdfPoolOptions = {}): PdfPool {
  return new WorkerPool(options);
}
