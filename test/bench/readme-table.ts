// Prints the README's benchmark table from one run's JSON, so the table is that run and no
// other: npx tsx test/bench/readme-table.ts out.json
import fs from 'node:fs';

interface Report {
  meta: {
    date: string;
    size: string;
    node: string;
    cpus: number;
    durationMs: number;
    loadAverage: { start: number[]; end: number[] };
    fixture: { generateMs: number; fromCache: boolean; fileBytes: number };
    targets: Record<string, { max: number; unit: string; value: number | null; met: boolean | null }>;
  };
  [section: string]: unknown;
}

/** Figures reported beside the targets: what they are measured against, or what a counsellor waits for. */
const REPORTED = [
  'startup.firstOpenMs',
  'startup.afterReadyMs',
  'backup.createMs',
  'backup.vacuumIntoMs',
  'backup.restoreMs',
  'backup.restoreApplyMs',
  'backup.jobMs',
  'pdf.letterNaive.p50Ms',
  'pdf.naiveOverWarmRatio',
  'ui.clientPage.p95Ms',
  'ui.quickSearch.p95Ms',
  'caseJobs.purgeMs',
  'caseJobs.spreadsheetImportMs',
  'migration.ledgerL.ms',
  'db.calendarMonth.p95Ms',
  'package.appMb',
  'native.loadMs',
  'crash.killsSurvived',
  'crash.lostAcknowledgedWrites',
];

function at(report: Report, figure: string): unknown {
  return figure.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), report);
}

const show = (v: unknown): string => (typeof v === 'number' ? (Number.isInteger(v) ? v.toLocaleString('en') : v >= 100 ? Math.round(v).toLocaleString('en') : String(Number(v.toPrecision(3)))) : v === undefined ? '–' : String(v));

const file = process.argv[2];
if (!file) throw new Error('usage: npx tsx test/bench/readme-table.ts out.json');
const report = JSON.parse(fs.readFileSync(file, 'utf8')) as Report;
const m = report.meta;
const lines = [
  `One run of \`npm run bench -- --size ${m.size}\` on ${m.date.slice(0, 10)} (Node ${m.node}, ${m.cpus} cores): ${(m.durationMs / 60000).toFixed(1)} min, ` +
    `load average ${m.loadAverage.start.join(' / ')} at the start and ${m.loadAverage.end.join(' / ')} at the end; the fixture ` +
    `(${(m.fixture.fileBytes / 1e9).toFixed(2)} GB) ${m.fixture.fromCache ? 'came from the cache (built' : 'was built'} in ${(m.fixture.generateMs / 1000).toFixed(1)} s${m.fixture.fromCache ? ')' : ''}.`,
  '',
  '| figure | value | target | met |',
  '|---|---|---|---|',
  ...Object.entries(m.targets).map(([figure, t]) => `| \`${figure}\` | ${show(t.value)}${t.unit === "ratio" ? "" : ` ${t.unit}`} | ≤ ${show(t.max)} | ${t.met === null ? 'not measured' : t.met ? 'yes' : '**no**'} |`),
  '',
  '| reported beside them | value |',
  '|---|---|',
  ...REPORTED.filter((f) => at(report, f) !== undefined).map((f) => `| \`${f}\` | ${show(at(report, f))} |`),
];
console.log(lines.join('\n'));
