import { monitorEventLoopDelay } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

// Timing helpers for the benchmarks.

/** Nearest-rank percentile of already sorted samples (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Summary {
  samples: number;
  p50Ms: number;
  p95Ms: number;
  meanMs: number;
  minMs: number;
  maxMs: number;
}

/** Milliseconds rounded to the microsecond, so the JSON stays readable. */
export function ms(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1);
  return {
    samples: sorted.length,
    p50Ms: ms(percentile(sorted, 50)),
    p95Ms: ms(percentile(sorted, 95)),
    meanMs: ms(mean),
    minMs: ms(sorted[0] ?? NaN),
    maxMs: ms(sorted[sorted.length - 1] ?? NaN),
  };
}

/** Runs fn once and returns how long it took, in milliseconds. */
export function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Collects samples under labels, for per-kind breakdowns next to the overall figure. */
export class Samples {
  readonly all: number[] = [];
  private readonly byLabel = new Map<string, number[]>();

  add(label: string, value: number): void {
    this.all.push(value);
    let list = this.byLabel.get(label);
    if (!list) this.byLabel.set(label, (list = []));
    list.push(value);
  }

  breakdown(): Record<string, Summary> {
    return Object.fromEntries([...this.byLabel].sort(([a], [b]) => a.localeCompare(b)).map(([label, list]) => [label, summarize(list)]));
  }
}

const STALL_RESOLUTION_MS = 5;

/** gc() for this thread (--expose-gc, or enabled at run time; isolates made after that get it too), or null. */
export function getGc(): { gc: () => void; forced: boolean } | null {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === 'function') return { gc: existing, forced: false };
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    return typeof gc === 'function' ? { gc, forced: true } : null;
  } catch {
    return null;
  }
}

/**
 * Runs `fn` and returns how long it took and the longest stall of this thread's event loop
 * meanwhile. The monitor's timer records a stall only when it fires late, and only from its
 * second tick: so the loop gets timer turns before `fn` (a synchronous block at its very start)
 * and after it (one at its very end – a restore's swap and reopen – would otherwise settle the
 * promise and end the watch before it was seen).
 */
export async function withStallMonitor(fn: () => Promise<unknown>): Promise<{ ms: number; maxStallMs: number }> {
  // The garbage earlier benchmark sections left in this process is collected first: a full
  // collection of it (130 ms with a 650 MB heap) would otherwise land inside whichever job
  // runs next and be counted as that job's stall. What the job itself allocates still counts.
  getGc()?.gc();
  const histogram = monitorEventLoopDelay({ resolution: STALL_RESOLUTION_MS });
  histogram.enable();
  try {
    // The monitor's first tick only starts its clock: a block before it would go unseen.
    await new Promise((resolve) => setTimeout(resolve, 2 * STALL_RESOLUTION_MS));
    const took = await timeAsync(fn);
    await new Promise((resolve) => setTimeout(resolve, 3 * STALL_RESOLUTION_MS));
    return { ms: took, maxStallMs: histogram.max / 1e6 };
  } finally {
    histogram.disable();
  }
}
