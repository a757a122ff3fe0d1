// Start-up: opening the database (open, key, first read), the migration check and
// building the handler table: what stands between launching and the main process being ready.
// The work deferred until the window shows (core.afterReady) is timed on its own.
import type { Core } from '../../electron/main/core';
import { openBenchCore, samplesFor, type BenchContext } from './context';
import { ms, summarize, time, timeAsync } from './timing';

export interface StartupFigures {
  /** Median of openCore() over repeated reopens. */
  mainReadyMs: number;
  mainReadyP95Ms: number;
  samples: number;
  /** The very first open in this process (the file not yet in this process's caches). */
  firstOpenMs: number;
  /** openCore() and then the first page of the client list, as the app shows it at start. */
  readyWithFirstPage: ReturnType<typeof summarize>;
  open: ReturnType<typeof summarize>;
  /** core.afterReady() (the missed-instalment sweep and the due notice), run once the window shows. */
  afterReadyMs: number;
  afterReady: ReturnType<typeof summarize>;
}

export async function benchStartup(ctx: BenchContext): Promise<StartupFigures> {
  let core: Core | undefined;
  const firstOpenMs = time(() => (core = openBenchCore(ctx.dataDir)));
  core!.close();

  const n = samplesFor(ctx, 30);
  const opens: number[] = [];
  const withPage: number[] = [];
  const afterReady: number[] = [];
  for (let i = 0; i < n; i++) {
    let c: Core | undefined;
    const openMs = time(() => (c = openBenchCore(ctx.dataDir)));
    const pageMs = await timeAsync(() => c!.dispatch('clients.list', {}));
    afterReady.push(time(() => c!.afterReady()));
    c!.close();
    opens.push(openMs);
    withPage.push(openMs + pageMs);
  }
  const open = summarize(opens);
  return {
    mainReadyMs: open.p50Ms,
    mainReadyP95Ms: open.p95Ms,
    samples: open.samples,
    firstOpenMs: ms(firstOpenMs),
    readyWithFirstPage: summarize(withPage),
    open,
    afterReadyMs: summarize(afterReady).p50Ms,
    afterReady: summarize(afterReady),
  };
}
