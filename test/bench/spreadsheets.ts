// Spreadsheets: the whole client list exported as .xlsx (every client of the fixture, through
// the channel the renderer calls, file written), and – once the importer exists – a 5,000-row
// sheet imported.
import fs from 'node:fs';
import type { Core } from '../../electron/main/core';
import { samplesFor, type BenchContext } from './context';
import { ms, summarize, timeAsync } from './timing';

async function call(core: Core, channel: string, input: unknown): Promise<unknown> {
  const res = await core.dispatch(channel, input);
  if (!res.ok) throw new Error(`${channel} failed: ${JSON.stringify(res.error)}`);
  return res.data;
}

export interface ExportFigures {
  /** The median, as the figure `export.clientsL.xlsxMs` (named for the L fixture; the run's size is in meta). */
  xlsxMs: number;
  rows: number;
  bytes: number;
  runs: ReturnType<typeof summarize>;
  csv: ReturnType<typeof summarize>;
}

export async function benchExportClients(ctx: BenchContext, core: Core): Promise<ExportFigures> {
  const runs: number[] = [];
  const csv: number[] = [];
  let rows = 0;
  let bytes = 0;
  const n = samplesFor(ctx, 5);
  for (let i = 0; i < n; i++) {
    let out: { path: string | null; rows: number } | undefined;
    runs.push(await timeAsync(async () => (out = (await call(core, 'exports.clients', { format: 'xlsx', archived: false })) as typeof out)));
    rows = out!.rows;
    bytes = fs.statSync(out!.path!).size;
    fs.rmSync(out!.path!);
    csv.push(await timeAsync(async () => (out = (await call(core, 'exports.clients', { format: 'csv', archived: false })) as typeof out)));
    fs.rmSync(out!.path!);
  }
  const summary = summarize(runs);
  return { xlsxMs: ms(summary.p50Ms), rows, bytes, runs: summary, csv: summarize(csv) };
}
