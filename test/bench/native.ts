// native.loadMs: loading the database module (its Node-API prebuild) and opening the bench
// database (key, first read, the pragmas openDatabase sets, one count), each in a fresh
// process so the module really loads every time; median over the runs. Measured at the size
// the bench is run with (the figure names L; the meta says which size it was).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { DATABASE_FILE } from '../../electron/main/core';
import { FIXTURE_KEY } from '../fixtures';
import { ms, summarize } from './timing';

export interface NativeFigures {
  /** Median of module load + open, ms. */
  loadMs: number;
  moduleLoad: ReturnType<typeof summarize>;
  open: ReturnType<typeof summarize>;
  samples: number;
}

export function benchNativeLoad(dataDir: string, runs: number): NativeFigures {
  const child = path.join(import.meta.dirname, 'native-load-child.ts');
  const loads: number[] = [];
  const opens: number[] = [];
  const totals: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', child, path.join(dataDir, DATABASE_FILE), FIXTURE_KEY.toString('hex')], { encoding: 'utf8' });
    const { loadMs, openMs } = JSON.parse(out) as { loadMs: number; openMs: number };
    loads.push(loadMs);
    opens.push(openMs);
    totals.push(loadMs + openMs);
  }
  const total = summarize(totals);
  return { loadMs: ms(total.p50Ms), moduleLoad: summarize(loads), open: summarize(opens), samples: total.samples };
}
