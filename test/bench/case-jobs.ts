// The long jobs of one case, as the app runs them (through the handlers, scripted dialogs), on
// the largest case of the fixture, each with the longest stall of the main thread's event loop
// while it runs (node:perf_hooks monitorEventLoopDelay):
//   mainLoop.caseExport.maxStallMs   hand-over export (a worker seals the case)
//   mainLoop.purge.maxStallMs        purge of the closed case (a worker, its own connection)
//   mainLoop.casePreview.maxStallMs  preview of the file (a worker decrypts, checks and screens it)
//   mainLoop.caseImport.maxStallMs   import of the previewed file (a worker, its own connection)
//   mainLoop.spreadsheetImport.maxStallMs  a 5,000-row sheet picked, previewed and committed (each step a worker job)
//   caseJobs.<job>Ms                 how long each took
// The fixture copy is changed: the case is purged and comes back as an imported case.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '../../electron/main/core';
import type { ScriptedPlatform } from '../harness/platform';
import { importSheet } from './spreadsheets';
import { ms, withStallMonitor } from './timing';

const PASSPHRASE = 'bench hand-over 2026';

export interface CaseJobFigures {
  caseJobs: { clientId: number; contacts: number; exportMs: number; purgeMs: number; previewMs: number; importMs: number; fileBytes: number; spreadsheetImportMs: number; spreadsheetClients: number };
  mainLoop: { caseExport: { maxStallMs: number }; purge: { maxStallMs: number }; casePreview: { maxStallMs: number }; caseImport: { maxStallMs: number }; spreadsheetImport: { maxStallMs: number } };
}

async function ok<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel} failed during the benchmark: ${JSON.stringify(r.error)}`);
  return r.data as T;
}

export async function benchCaseJobs(core: Core): Promise<CaseJobFigures> {
  const platform = core.ctx.platform as ScriptedPlatform;
  const big = core.ctx.db
    .prepare('SELECT client_id AS clientId, count(*) AS contacts FROM contacts GROUP BY client_id ORDER BY contacts DESC LIMIT 1')
    .get() as { clientId: number; contacts: number };
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-case-'));
  try {
    // The sheet is written first: making it takes seconds on this thread, which would keep the worker idle past its time.
    const sheet = path.join(work, 'caseload.xlsx');
    await importSheet(sheet);
    // A first export, not measured, starts the job worker (from TypeScript source under tsx this
    // compiles the worker's modules, which the built app never does).
    platform.nextSavePath(path.join(work, 'warm-up.parleycase'));
    await ok(core, 'cases.export', { clientId: big.clientId, passphrase: PASSPHRASE });
    const file = path.join(work, 'case.parleycase');
    platform.nextSavePath(file);
    const exported = await withStallMonitor(() => ok(core, 'cases.export', { clientId: big.clientId, passphrase: PASSPHRASE }));

    const { case_ref: caseRef } = core.ctx.db.prepare('SELECT case_ref FROM clients WHERE id = ?').get(big.clientId) as { case_ref: string };
    // Set-up, not measured: a purge takes closed cases only.
    core.ctx.db.prepare(`UPDATE clients SET status = 'closed' WHERE id = ?`).run(big.clientId);
    const purged = await withStallMonitor(() => ok(core, 'cases.purge', { clientId: big.clientId, confirmCaseRef: caseRef }));

    let token = '';
    platform.nextFiles([file]);
    const previewed = await withStallMonitor(async () => ({ token } = await ok<{ token: string }>(core, 'cases.importPreview', { passphrase: PASSPHRASE })));
    const imported = await withStallMonitor(() => ok(core, 'cases.import', { token, passphrase: PASSPHRASE, onConflict: 'newCase' }));

    // A caseload from a spreadsheet into this database: clients already here (same ID number) are skipped.
    let clients = 0;
    const sheetImported = await withStallMonitor(async () => {
      platform.nextFiles([sheet]);
      const picked = await ok<{ token: string; mapping: unknown }>(core, 'imports.pick', {});
      const preview = await ok<{ duplicates: { key: string }[] }>(core, 'imports.preview', { token: picked.token, mapping: picked.mapping });
      const duplicates = Object.fromEntries(preview.duplicates.map((d) => [d.key, 'skip']));
      ({ clients } = await ok<{ clients: number }>(core, 'imports.commit', { token: picked.token, mapping: picked.mapping, duplicates }));
    });
    return {
      caseJobs: { clientId: big.clientId, contacts: big.contacts, exportMs: ms(exported.ms), purgeMs: ms(purged.ms), previewMs: ms(previewed.ms), importMs: ms(imported.ms), fileBytes: fs.statSync(file).size, spreadsheetImportMs: ms(sheetImported.ms), spreadsheetClients: clients },
      mainLoop: { caseExport: { maxStallMs: ms(exported.maxStallMs) }, purge: { maxStallMs: ms(purged.maxStallMs) }, casePreview: { maxStallMs: ms(previewed.maxStallMs) }, caseImport: { maxStallMs: ms(imported.maxStallMs) }, spreadsheetImport: { maxStallMs: ms(sheetImported.maxStallMs) } },
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
