// Getting PDFs out of the app: complete-or-nothing file writes, and the batch of packets
// written into a folder. PDFs render in the core's pool (ctx.pdf, worker threads off the main
// event loop), created and closed with the core.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import type { PdfPool } from '../pdf/pool';
import type { DocDefinition } from '../pdf/types';

/** A file-system error as the counsellor should read it (unwritable folder, full disk), else the error itself. */
export function fileError(err: unknown, target: string): unknown {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('STORAGE', 'documents.errors.diskFull', { path: target });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'EBUSY') {
    return new AppError('STORAGE', 'documents.errors.unwritable', { path: target });
  }
  return err;
}

/** Writes a document atomically (the target is the whole new file or untouched); disk errors become translated ones. */
export function writeFileComplete(target: string, bytes: Uint8Array): void {
  try {
    writeFileAtomic(target, bytes);
  } catch (err) {
    throw fileError(err, target);
  }
}

/** A name not yet taken in the folder: "a.pdf", else "a (2).pdf", "a (3).pdf", … */
export function freeName(folder: string, name: string, taken: Set<string>): string {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()) || fs.existsSync(path.join(folder, candidate)); n++) candidate = `${stem} (${n})${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

// -- the batch ---------------------------------------------------------------------------------

export interface BatchItem {
  /** File name inside the folder (already safe). */
  fileName: string;
  /** What the progress shows while this one is made. */
  label: string;
  /** Builds the document (reads the database); called just before rendering. */
  doc: () => DocDefinition;
}

export interface BatchProgress {
  done: number;
  total: number;
  current: string | null;
  files: string[];
  errors: { name: string; error: unknown }[];
}

export interface BatchOptions {
  folder: string;
  items: BatchItem[];
  pool: PdfPool;
  signal?: AbortSignal;
  /** Called after every change of progress. */
  onProgress?: (progress: BatchProgress) => void;
  /** Fixed creation date (tests, benchmarks). */
  creationDate?: string;
}

/**
 * Renders every item through the pool (as many at once as the pool has workers, plus one
 * queued so no worker waits) and writes each file complete-or-nothing. A failed item is
 * recorded and the rest go on; a storage error (unwritable folder, full disk) stops the
 * batch. Cancelling stops at once: files already finished stay, nothing half-written does.
 */
export async function runPacketBatch(options: BatchOptions): Promise<BatchProgress> {
  const { folder, items, pool, signal } = options;
  const progress: BatchProgress = { done: 0, total: items.length, current: null, files: [], errors: [] };
  const report = (): void => options.onProgress?.({ ...progress, files: [...progress.files], errors: [...progress.errors] });
  const taken = new Set<string>();
  const names = items.map((item) => freeName(folder, item.fileName, taken));
  let next = 0;
  let fatal: unknown = null;
  const lanes = Math.max(1, pool.stats().size + 1);

  const lane = async (): Promise<void> => {
    while (next < items.length && !signal?.aborted && fatal === null) {
      // A turn of the event loop before each item: a cancel (or any other request) waiting
      // in the queue is answered between two packets, not after the whole batch.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (signal?.aborted || fatal !== null || next >= items.length) break;
      const index = next++;
      const item = items[index]!;
      progress.current = item.label;
      report();
      try {
        const pdf = await pool.render(item.doc(), { ...(signal ? { signal } : {}), ...(options.creationDate ? { creationDate: options.creationDate } : {}) });
        if (signal?.aborted) return;
        writeFileComplete(path.join(folder, names[index]!), pdf);
        progress.files.push(names[index]!);
      } catch (err) {
        if (signal?.aborted) return;
        if (err instanceof AppError && err.code === 'STORAGE') fatal = err;
        else progress.errors.push({ name: item.label, error: err });
      }
      progress.done++;
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
  progress.current = null;
  report();
  if (fatal !== null) throw fatal;
  return progress;
}
