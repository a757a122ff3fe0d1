// One PDF worker pool for the process, started on first use. Letters (and anything else in
// the main process that renders) share it, so the fonts are parsed once per worker.
import { createPdfPool, type PdfPool } from '../pdf/pool';

let pool: PdfPool | undefined;

export function sharedPdfPool(): PdfPool {
  pool ??= createPdfPool();
  return pool;
}

/** Stops the shared pool (app quit, tests); the next use starts a new one. */
export async function closeSharedPdfPool(): Promise<void> {
  const p = pool;
  pool = undefined;
  await p?.close({ force: true });
}
