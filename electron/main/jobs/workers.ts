// The job worker threads of one core: the ones running a job and the idle ones kept a while
// for the next. Created with the core and closed with it (core.ts), so two cores in one
// process never hand each other a worker and a closed core leaves no thread behind.
//
// - One job per worker at a time. A worker that finished stays idle for `idleMs` for the next
//   job (starting one costs 50–100 ms built, seconds from TypeScript source), unref'd, then
//   ends. An idle worker holds no database connection (each job opens and closes its own).
// - close() ends every worker at once, running ones included (the core is going: the window
//   closed, or a test ended); their jobs settle with an error, and new jobs are refused.
import { Worker } from 'node:worker_threads';

/** How long an idle worker waits for the next job before it ends (starting one costs more than keeping it a while). */
const IDLE_MS = 30_000;

export interface JobWorkers {
  /** An idle worker for this entry, or a new one; throws once closed. */
  acquire(url: URL): Worker;
  /** The job on `worker` settled and the worker can take another. */
  release(worker: Worker, url: URL): void;
  /** The job on `worker` failed in a way that leaves the worker unusable: it ends. */
  discard(worker: Worker): void;
  /** Every worker this core holds, running a job or idle (checks and tests). */
  list(): { busy: readonly Worker[]; idle: readonly Worker[] };
  readonly closed: boolean;
  /** Ends every worker; settles when all have exited. */
  close(): Promise<void>;
}

interface IdleWorker {
  worker: Worker;
  url: string;
  timer: NodeJS.Timeout;
  onExit: () => void;
}

export function createJobWorkers(idleMs = IDLE_MS): JobWorkers {
  const idle: IdleWorker[] = [];
  const busy = new Set<Worker>();
  const ending = new Set<Promise<unknown>>();
  let closed = false;

  const end = (worker: Worker) => {
    const ended = worker.terminate().catch(() => {});
    ending.add(ended);
    void ended.finally(() => ending.delete(ended));
  };
  const retire = (entry: IdleWorker) => {
    const i = idle.indexOf(entry);
    if (i >= 0) idle.splice(i, 1);
    clearTimeout(entry.timer);
    end(entry.worker);
  };

  return {
    acquire(url) {
      if (closed) throw new Error('The job workers are closed');
      const i = idle.findIndex((w) => w.url === url.href);
      let worker: Worker;
      if (i < 0) worker = new Worker(url, { name: 'parley-job' });
      else {
        const [found] = idle.splice(i, 1);
        clearTimeout(found!.timer);
        found!.worker.off('exit', found!.onExit);
        found!.worker.ref();
        worker = found!.worker;
      }
      busy.add(worker);
      return worker;
    },
    release(worker, url) {
      busy.delete(worker);
      if (closed) return end(worker);
      // An idle worker never keeps the process alive, and ends after a while.
      worker.unref();
      const entry: IdleWorker = { worker, url: url.href, timer: setTimeout(() => retire(entry), idleMs), onExit: () => retire(entry) };
      entry.timer.unref();
      worker.once('exit', entry.onExit);
      idle.push(entry);
    },
    discard(worker) {
      busy.delete(worker);
      end(worker);
    },
    list: () => ({ busy: [...busy], idle: idle.map((e) => e.worker) }),
    get closed() {
      return closed;
    },
    async close() {
      closed = true;
      for (const entry of idle.splice(0)) {
        clearTimeout(entry.timer);
        entry.worker.off('exit', entry.onExit);
        end(entry.worker);
      }
      for (const worker of busy) end(worker);
      busy.clear();
      await Promise.all([...ending]);
    },
  };
}
