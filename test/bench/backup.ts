// Backup, restore and crash-safety figures on the benchmark fixture:
//   backup.createMs            median time to write a backup file (snapshot + blobs + seal, no read-back),
//                              as the job worker makes it: the held database file sealed, no copy
//   backup.vacuumIntoMs        median of a plain VACUUM INTO of the same database, same run
//   backup.vsVacuumIntoRatio   createMs ÷ vacuumIntoMs (target ≤ 1.3)
//   backup.verifyMs            median read-back check of the written file (what the app adds after writing)
//   backup.restoreMs           median full restore into another data folder (decrypt, checksums,
//                              quick_check, swap, reopen), through the handlers as the app does it
//   backup.restoreVsVacuumIntoRatio  restoreMs ÷ vacuumIntoMs (target ≤ 2)
//   backup.restoreApplyMs      median of restoreApply alone: what a restore still does on the main
//                              thread (close the database, swap the files, reopen) – all of it a stall
//   backup.jobMs               median backup as the app runs it: in a worker (own connection), with
//                              the read-back check, worker start included
//   mainLoop.<job>.maxStallMs  longest event-loop stall of this (the main) thread while the job runs
//                              (node:perf_hooks monitorEventLoopDelay), max over the samples; jobs:
//                              backup (backup.create in a worker), restore (pick + inspect + apply)
//   mainLoop.maxStallMs        the largest of those (target ≤ 50)
//   crash.killsTried / killsSurvived / killsFailed / lostAcknowledgedWrites / acknowledged
// Run alone: npx tsx test/bench/backup.ts [--size S|M|L] [--kills N]
import type { ScriptedPlatform } from '../harness/platform';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { openSealed } from '../../electron/main/backup/container';
import { createBackup } from '../../electron/main/backup/create';
import type { Core } from '../../electron/main/core';
import { runJob } from '../../electron/main/jobs/runner';
import { DEFAULT_SEED, FIXTURE_KEY, isFixtureSize, type FixtureSize } from '../fixtures';
import { Rng } from '../fixtures/prng';
import { openBenchCore, samplesFor, type BenchContext } from './context';
import { runCrashKills } from './crash';
import { prepareFixture } from './fixture';
import { ms, summarize, time, timeAsync, withStallMonitor } from './timing';

const PASSPHRASE = 'bench passphrase 2026';

function median(values: number[]): number {
  return summarize(values).p50Ms;
}

export interface BackupFigures {
  backup: {
    createMs: number;
    vacuumIntoMs: number;
    vsVacuumIntoRatio: number;
    verifyMs: number;
    jobMs: number;
    restoreMs: number;
    restoreVsVacuumIntoRatio: number;
    restoreApplyMs: number;
    fileBytes: number;
    databaseBytes: number;
    samples: number;
  };
  mainLoop: { backup: { maxStallMs: number }; restore: { maxStallMs: number }; maxStallMs: number };
  crash: { killsTried: number; killsSurvived: number; killsFailed: number; lostAcknowledgedWrites: number; acknowledged: number };
}

export async function benchBackup(ctx: BenchContext, core: Core, log: (m: string) => void, kills = Math.max(20, Math.round(200 * ctx.scale))): Promise<BackupFigures> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-backup-'));
  try {
    const folder = path.join(work, 'usb');
    fs.mkdirSync(folder);
    const n = samplesFor(ctx, 5);
    const vacuum: number[] = [];
    const create: number[] = [];
    const verify: number[] = [];
    let file = '';
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    // Interleaved, so both see the same cache and machine load.
    for (let i = 0; i < n + 1; i++) {
      const target = path.join(work, `vacuum-${i}.db`);
      const v = time(() => core.db.prepare('VACUUM INTO ?').run(target));
      fs.rmSync(target);
      if (file) fs.rmSync(file);
      let made!: Awaited<ReturnType<typeof createBackup>>;
      const c = await timeAsync(async () => {
        made = await createBackup(core.ctx, { trigger: 'manual', folder, verify: false, passphrase: PASSPHRASE, ownConnection: true });
      });
      file = made.file;
      const r = await timeAsync(() => openSealed(file, PASSPHRASE, { target: () => 'skip' }));
      // The first round warms caches and the PDF-free code paths; it is not counted.
      if (i === 0) continue;
      vacuum.push(v);
      create.push(c);
      verify.push(r);
    }
    log(`backup: create ${create.map((x) => x.toFixed(0)).join(', ')} ms; VACUUM INTO ${vacuum.map((x) => x.toFixed(0)).join(', ')} ms`);

    // The backup as the app runs it: a worker thread, its own connection, the read-back check.
    const jobs: number[] = [];
    let backupStall = 0;
    for (let i = 0; i < n; i++) {
      let jobFile = '';
      const made = await withStallMonitor(async () => {
        jobFile = (await runJob(core.ctx, 'backup.create', { trigger: 'manual', folder, passphrase: PASSPHRASE })).file;
      });
      fs.rmSync(jobFile);
      jobs.push(made.ms);
      backupStall = Math.max(backupStall, made.maxStallMs);
    }
    log(`backup: job in a worker ${jobs.map((x) => x.toFixed(0)).join(', ')} ms; longest main-loop stall ${backupStall.toFixed(1)} ms`);

    const restore: number[] = [];
    const apply: number[] = [];
    let restoreStall = 0;
    for (let i = 0; i < Math.max(1, samplesFor(ctx, 3)); i++) {
      const dir = path.join(work, `restore-${i}`);
      const target = openBenchCore(dir);
      try {
        const run = await withStallMonitor(async () => {
            // Restore reads only a file picked in the main process's dialog (scripted here).
            (target.ctx.platform as ScriptedPlatform).nextFiles([file]);
            const picked = await target.dispatch('backup.restorePick', {});
            if (!picked.ok) throw new Error(`restore pick failed: ${JSON.stringify(picked.error)}`);
            const inspected = await target.dispatch('backup.restoreInspect', { pick: (picked.data as { pick: string }).pick, passphrase: PASSPHRASE });
            if (!inspected.ok) throw new Error(`restore failed: ${JSON.stringify(inspected.error)}`);
            const started = performance.now();
            const applied = await target.dispatch('backup.restoreApply', { token: (inspected.data as { token: string }).token });
            apply.push(performance.now() - started);
            if (!applied.ok) throw new Error(`restore failed: ${JSON.stringify(applied.error)}`);
        });
        restore.push(run.ms);
        restoreStall = Math.max(restoreStall, run.maxStallMs);
      } finally {
        target.close();
        fs.rmSync(dir, { recursive: true, force: true });
        fs.rmSync(`${dir}-platform`, { recursive: true, force: true });
      }
    }
    log(`backup: restore ${restore.map((x) => x.toFixed(0)).join(', ')} ms (of it apply: swap and reopen on the main thread ${apply.map((x) => x.toFixed(0)).join(', ')} ms); longest main-loop stall ${restoreStall.toFixed(1)} ms`);

    log(`crash: ${kills} SIGKILLs of a writer…`);
    const rng = new Rng(ctx.seed, 'crash');
    const crash = await runCrashKills({
      dataDir: path.join(work, 'crash'),
      key: FIXTURE_KEY,
      kills,
      random: () => rng.next(),
      log: (m) => {
        if (/kill \d*0:/.test(m)) log(`crash: ${m}`);
      },
    });

    const createMs = median(create);
    const vacuumIntoMs = median(vacuum);
    return {
      backup: {
        createMs: ms(createMs),
        vacuumIntoMs: ms(vacuumIntoMs),
        vsVacuumIntoRatio: Math.round((createMs / vacuumIntoMs) * 100) / 100,
        verifyMs: ms(median(verify)),
        jobMs: ms(median(jobs)),
        restoreMs: ms(median(restore)),
        restoreVsVacuumIntoRatio: Math.round((median(restore) / vacuumIntoMs) * 100) / 100,
        restoreApplyMs: ms(median(apply)),
        fileBytes: fs.statSync(file).size,
        databaseBytes: fs.statSync(path.join(ctx.dataDir, 'parley.db')).size,
        samples: create.length,
      },
      mainLoop: {
        backup: { maxStallMs: ms(backupStall) },
        restore: { maxStallMs: ms(restoreStall) },
        maxStallMs: ms(Math.max(backupStall, restoreStall)),
      },
      crash: {
        killsTried: crash.killsTried,
        killsSurvived: crash.killsSurvived,
        killsFailed: crash.killsTried - crash.killsSurvived,
        lostAcknowledgedWrites: crash.lostAcknowledgedWrites,
        acknowledged: crash.acknowledged,
      },
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { size: { type: 'string', default: 'L' }, kills: { type: 'string', default: '200' }, quick: { type: 'boolean', default: false } } });
  const size = values.size.toUpperCase();
  if (!isFixtureSize(size)) throw new Error('usage: tsx test/bench/backup.ts [--size S|M|L] [--kills N]');
  const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);
  const fixture = prepareFixture(size as FixtureSize, DEFAULT_SEED);
  try {
    const ctx: BenchContext = { size: size as FixtureSize, seed: DEFAULT_SEED, dataDir: fixture.dataDir, rows: fixture.rows, rng: new Rng(DEFAULT_SEED, 'bench'), scale: values.quick ? 0.2 : 1 };
    const core = openBenchCore(ctx.dataDir);
    try {
      console.log(JSON.stringify(await benchBackup(ctx, core, log, Number(values.kills)), null, 2));
    } finally {
      core.close();
    }
  } finally {
    fixture.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
