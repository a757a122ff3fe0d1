import { openCore, type Core } from '../../electron/main/core';
import type { FixtureSize } from '../fixtures';
import { createScriptedPlatform } from '../harness/platform';
import { FIXTURE_KEY, FIXTURE_NOW } from '../fixtures';
import type { Rng } from '../fixtures/prng';

export interface BenchContext {
  size: FixtureSize;
  seed: number;
  dataDir: string;
  rows: Record<string, number>;
  /** Draws the benchmark's inputs; seeded, so every run asks the same questions. */
  rng: Rng;
  /** Scales sample counts (--quick uses fewer). */
  scale: number;
}

// The fixture's rows are laid out around its "today"; the benchmark's clock runs from there,
// so what is overdue, due or missed is what the fixture meant (not what a year later makes it).
const clockOffsetMs = Date.now() - FIXTURE_NOW.getTime();
export const benchNow = (): Date => new Date(Date.now() - clockOffsetMs);

/** Opens the app core on the benchmark database the way the main process does. */
export function openBenchCore(dataDir: string): Core {
  return openCore({
    dataDir,
    key: FIXTURE_KEY,
    now: benchNow,
    platform: createScriptedPlatform(`${dataDir}-platform`),
    appVersion: 'bench',
    logError: (channel, err) => {
      throw new Error(`${channel} failed during the benchmark: ${String(err)}`);
    },
  });
}

export function samplesFor(ctx: BenchContext, n: number): number {
  return Math.max(1, Math.round(n * ctx.scale));
}
