// npm run bench -- [--size S|M|L] [--seed N] [--json out.json] [--quick] [--only section,…]
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
import { benchDebtBalance, benchLedgerMigration } from './ledger';
import { benchPdf } from './pdf';
import { benchClientList, benchClientSearch, benchHandlerOverhead } from './clients';
import { benchNegotiation } from './negotiation';
import { benchInsights } from './insights';
import { benchBackup } from './backup';
import { openBenchCore, type BenchContext } from './context';
import { prepareFixture } from './fixture';
import { benchStartup } from './startup';
import { benchUi } from './ui';
import { benchCaseJobs } from './case-jobs';
import { benchCalendarMonth } from './calendar';
import { benchExportClients, benchImport } from './spreadsheets';
import { benchNativeLoad } from './native';
import { measurePackage } from './package';
import { checkTargets } from './targets';
import { ms } from './timing';

/** What --only can pick; the full run does them all, in this order. */
const SECTIONS = ['startup', 'install', 'clients', 'caseFile', 'ledger', 'pdf', 'negotiation', 'calendar', 'insights', 'spreadsheets', 'ui', 'caseJobs', 'backup'] as const;
type Section = (typeof SECTIONS)[number];

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
      only: { type: 'string' },
    },
    strict: true,
  });
  const size = values.size.toUpperCase();
  const seed = Number(values.seed);
  if (!isFixtureSize(size) || !Number.isSafeInteger(seed)) {
    throw new Error(`usage: npm run bench -- [--size S|M|L] [--seed N] [--json out.json] [--quick] [--only ${SECTIONS.join('|')}[,…]]`);
  }

  const started = Date.now();
  const loadAtStart = os.loadavg().map((x) => Number(x.toFixed(2)));
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

  const only = values.only ? new Set(values.only.split(',').map((x) => x.trim())) : null;
  for (const name of only ?? []) if (!SECTIONS.includes(name as Section)) throw new Error(`--only: unknown section "${name}" (sections: ${SECTIONS.join(', ')})`);
  const wanted = (section: Section): boolean => only === null || only.has(section);

  try {
    const figures: Record<string, unknown> = {};
    const samples: Record<string, number> = {};
    const db: Record<string, unknown> = {};
    if (wanted('startup')) {
      log('startup…');
      const startup = await benchStartup(ctx);
      figures.startup = startup;
      samples['startup.mainReadyMs'] = startup.samples;
    }
    if (wanted('install')) {
      log(`database module load + open (fresh processes, ${size} fixture)…`);
      figures.native = { ...benchNativeLoad(ctx.dataDir, Math.max(3, Math.round(9 * ctx.scale))), fixtureSize: size };
      log('package size (out/ + production dependencies after the files filters)…');
      figures.package = measurePackage();
    }
    if (wanted('ledger')) {
      // On its own copy of the fixture, before the core opens this one.
      log('migrating the fixture to the debt ledger (its migration, once)…');
      figures.migration = { [`ledger${size}`]: benchLedgerMigration(ctx) };
    }
    const core = openBenchCore(ctx.dataDir);
    try {
      if (wanted('clients')) {
        log('client list…');
        db.clientList = await benchClientList(ctx, core);
        log('client search…');
        db.clientSearch = await benchClientSearch(ctx, core);
        log('handler overhead…');
        const ipc = await benchHandlerOverhead(ctx, core);
        figures.ipc = ipc;
        samples['ipc.handlerOverheadRatio'] = ipc.samples;
      }
      if (wanted('caseFile')) {
        log('client page…');
        db.clientDetail = await benchClientDetail(ctx, core);
        log('quick search…');
        db.quickSearch = await benchQuickSearch(ctx, core);
      }
      if (wanted('ledger')) {
        log('debt balances from the ledger…');
        db.debtBalance = benchDebtBalance(ctx, core);
      }
      if (wanted('pdf')) {
        log('pdf (letters and packets, against headless Chromium)…');
        Object.assign(figures, nest(await benchPdf({ log, scale: ctx.scale })));
      }
      if (wanted('negotiation')) {
        log('negotiation (timeline, follow-ups, attaching a 20 MB file)…');
        const negotiation = await benchNegotiation(ctx, log);
        db.timeline = negotiation.timeline;
        db.followups = negotiation.followups;
        figures.files = negotiation.files;
        samples['files.attach20Mb'] = negotiation.files.attach20Mb.samples;
      }
      if (wanted('calendar')) {
        log('calendar (a month view across all cases)…');
        db.calendarMonth = await benchCalendarMonth(ctx, core);
      }
      if (wanted('insights')) {
        log('lender insights (the lender page, the proposal builder\'s hints)…');
        const insights = await benchInsights(ctx, core);
        figures.insights = insights;
        samples['insights.lenderPageMs'] = insights.lenderPage.samples;
        samples['insights.proposalHintsMs'] = insights.proposalHints.samples;
      }
      if (wanted('spreadsheets')) {
        log('spreadsheets (the whole client list as .xlsx and CSV)…');
        const clients = await benchExportClients(ctx, core);
        figures.export = { clientsL: clients };
        log('spreadsheets (a 5,000-row sheet imported)…');
        figures.import = await benchImport(ctx);
      }
      if (wanted('ui')) {
        log('what the counsellor feels (the renderer in Chromium on this fixture)…');
        figures.ui = await benchUi(ctx, log);
      }
      let caseStalls: Record<string, { maxStallMs: number }> = {};
      if (wanted('caseJobs')) {
        log('a case handed over, purged and imported back (largest case of the fixture)…');
        const jobs = await benchCaseJobs(core);
        figures.caseJobs = jobs.caseJobs;
        caseStalls = jobs.mainLoop;
      }
      if (wanted('backup')) {
        log('backup, restore and crash safety (200 SIGKILLs: several minutes)…');
        Object.assign(figures, await benchBackup(ctx, core, log));
      }
      // Every job's longest main-loop stall side by side, and the largest of them.
      const stalls = { ...((figures.mainLoop as Record<string, { maxStallMs: number }> | undefined) ?? {}), ...caseStalls };
      delete (stalls as Record<string, unknown>).maxStallMs;
      if (Object.keys(stalls).length) figures.mainLoop = { ...stalls, maxStallMs: Math.max(...Object.values(stalls).map((s) => s.maxStallMs)) };
    } finally {
      core.close();
    }
    if (Object.keys(db).length) figures.db = db;
    for (const [name, summary] of Object.entries(db)) samples[`db.${name}`] = (summary as { samples: number }).samples;

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
          generatePhasesMs: fixture.generatePhasesMs && Object.fromEntries(Object.entries(fixture.generatePhasesMs).map(([k, v]) => [k, ms(v)])),
        },
        samples,
        sections: only === null ? [...SECTIONS] : [...only],
        durationMs: Date.now() - started,
        // The machine may be shared: figures are only comparable with the load they ran under.
        loadAverage: { start: loadAtStart, end: os.loadavg().map((x) => Number(x.toFixed(2))) },
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
      if (t.value === null && only !== null) continue; // a section not run
      log(`${t.met ? 'met   ' : 'MISSED'} ${figure} = ${t.value} (target ≤ ${t.max}${t.unit === 'ms' ? ' ms' : ''})`);
    }
    log(`finished in ${(report.meta.durationMs / 1000).toFixed(1)} s; load average ${report.meta.loadAverage.start.join(' ')} at the start, ${report.meta.loadAverage.end.join(' ')} at the end`);
    console.log(json);
  } finally {
    fixture.remove();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
