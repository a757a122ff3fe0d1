// npm run bench -- [--size S|M|L] [--seed N] [--json out.json] [--quick]
// Prints the figures as JSON at the end. Benchmarks never fail the build: exit code 0
// whether or not a target is met (only a crash of the benchmark itself exits non-zero).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, FIXTURE_NOW, FIXTURE_VERSION, isFixtureSize, type FixtureSize } from '../fixtures';
import { Rng } from '../fixtures/prng';
import { LATEST_SCHEMA_VERSION } from '../../electron/main/db/migrations';
import { benchClientDetail, benchQuickSearch } from './case-file';
import { benchPdf } from './pdf';
import { benchClientList, benchClientSearch, benchHandlerOverhead } from './clients';
import { benchNegotiation } from './negotiation';
import { benchBackup } from './backup';
import { openBenchCore, type BenchContext } from './context';
import { prepareFixture } from './fixture';
import { benchStartup } from './startup';
import { checkTargets } from './targets';
import { ms } from './timing';

function log(message: string): void {
  // Progress goes to stderr so stdout carries the JSON alone.
  process.stderr.write(`[bench] ${message}\n`);
}

/** {'pdf.letterWarm.p50Ms': 12} -> { pdf: { letterWarm: { p50Ms: 12 } } }, the shape of every other figure. */
function nest(flat: Record<string, number>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(flat)) {
    const parts = name.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]!] = value;
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'L' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      json: { type: 'string' },
      quick: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const size = values.size.toUpperCase();
  const seed = Number(values.seed);
  if (!isFixtureSize(size) || !Number.isSafeInteger(seed)) {
    throw new Error('usage: npm run bench -- [--size S|M|L] [--seed N] [--json out.json] [--quick]');
  }

  const started = Date.now();
  log(`preparing the ${size} fixture (seed ${seed})…`);
  const fixture = prepareFixture(size as FixtureSize, seed);
  log(`${fixture.fromCache ? 'reused' : 'generated'} ${fixture.cacheFile} (${JSON.stringify(fixture.rows)}; generated in ${(fixture.generateMs / 1000).toFixed(2)} s)`);

  const ctx: BenchContext = {
    size: size as FixtureSize,
    seed,
    dataDir: fixture.dataDir,
    rows: fixture.rows,
    rng: new Rng(seed, 'bench'),
    scale: values.quick ? 0.2 : 1,
  };

  try {
    log('startup…');
    const startup = await benchStartup(ctx);
    const core = openBenchCore(ctx.dataDir);
    let figures;
    try {
      log('client list…');
      const clientList = await benchClientList(ctx, core);
      log('client search…');
      const clientSearch = await benchClientSearch(ctx, core);
      log('handler overhead…');
      const ipc = await benchHandlerOverhead(ctx, core);
      log('client page…');
      const clientDetail = await benchClientDetail(ctx, core);
      log('quick search…');
      const quickSearch = await benchQuickSearch(ctx, core);
      log('pdf (letters and packets, against headless Chromium)…');
      const pdf = nest(await benchPdf({ log, scale: ctx.scale }));
      log('negotiation (timeline, follow-ups, attaching a 20 MB file)…');
      const negotiation = await benchNegotiation(ctx, log);
      log('backup, restore and crash safety (200 SIGKILLs: several minutes)…');
      const backupFigures = await benchBackup(ctx, core, log);
      figures = { startup, db: { clientList, clientSearch, clientDetail, quickSearch, timeline: negotiation.timeline, followups: negotiation.followups }, ipc, ...pdf, files: negotiation.files, ...backupFigures };
    } finally {
      core.close();
    }

    const report = {
      meta: {
        size,
        seed,
        date: new Date().toISOString(),
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cpus: os.cpus().length,
        schemaVersion: LATEST_SCHEMA_VERSION,
        fixture: {
          version: FIXTURE_VERSION,
          now: FIXTURE_NOW.toISOString(),
          rows: fixture.rows,
          fileBytes: fixture.fileBytes,
          fromCache: fixture.fromCache,
          generateMs: ms(fixture.generateMs),
        },
        samples: {
          'startup.mainReadyMs': startup.samples,
          'db.clientList': figures.db.clientList.samples,
          'db.clientSearch': figures.db.clientSearch.samples,
          'ipc.handlerOverheadRatio': figures.ipc.samples,
          'db.clientDetail': figures.db.clientDetail.samples,
          'db.quickSearch': figures.db.quickSearch.samples,
          'db.timeline': figures.db.timeline.samples,
          'db.followups': figures.db.followups.samples,
          'files.attach20Mb': figures.files.attach20Mb.samples,
        },
        durationMs: Date.now() - started,
        targets: checkTargets(figures),
      },
      ...figures,
    };
    const json = JSON.stringify(report, null, 2);
    if (values.json) {
      fs.writeFileSync(path.resolve(values.json), `${json}\n`);
      log(`wrote ${path.resolve(values.json)}`);
    }
    for (const [figure, t] of Object.entries(report.meta.targets)) {
      log(`${t.met ? 'met   ' : 'MISSED'} ${figure} = ${t.value} (target ≤ ${t.max}${t.unit === 'ms' ? ' ms' : ''})`);
    }
    console.log(json);
  } finally {
    fixture.remove();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
