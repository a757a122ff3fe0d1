// npx tsx test/bench/pdf-cli.ts [--quick] [--json out.json]
// Runs benchPdf() alone and prints its figures as JSON (progress on stderr). Never fails
// on a missed target; exits non-zero only if the benchmark itself crashes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchPdf } from './pdf';

const TARGETS: Record<string, number> = {
  'pdf.letterWarm.p50Ms': 25,
  'pdf.packet5Pages.p50Ms': 80,
  'pdf.batch20Packets.totalMs': 2000,
  'pdf.rssGrowthPct': 10,
  'pdf.vsChromiumRatio': 0.25,
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, json: { type: 'string' } }, strict: true });
  const started = Date.now();
  const figures = await benchPdf({ scale: values.quick ? 0.2 : 1 });
  const targets = Object.fromEntries(
    Object.entries(TARGETS).map(([figure, max]) => {
      const value = figures[figure];
      return [figure, { max, value: value ?? null, met: value !== undefined && value <= max }];
    }),
  );
  const report = {
    meta: { date: new Date().toISOString(), node: process.version, cpu: os.cpus()[0]?.model ?? 'unknown', cpus: os.availableParallelism(), durationMs: Date.now() - started, targets },
    figures,
  };
  for (const [figure, t] of Object.entries(targets)) process.stderr.write(`[bench:pdf] ${t.met ? 'met   ' : 'MISSED'} ${figure} = ${t.value} (target ≤ ${t.max})\n`);
  const json = JSON.stringify(report, null, 2);
  if (values.json) fs.writeFileSync(path.resolve(values.json), `${json}\n`);
  console.log(json);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
