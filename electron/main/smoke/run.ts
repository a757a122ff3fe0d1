import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Envelope } from '../../../shared/errors';
import { DATABASE_FILE, openCore, type Core } from '../core';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { createSmokePlatform } from './platform';

// The smoke run: what the packaged app does on a counsellor's first day, end to end and
// without a window, so CI can launch what ships (asar, unpacked native module, fuses,
// signature, the PDF worker bundle, the fonts) and learn in seconds whether it works.
// It runs the same code as the app: openCore, the dispatcher, the shared PDF pool (whose
// worker and fonts are found exactly as the app finds them), the backup writer and reader.
// Plain Node: index.ts only wires the command-line switch; a unit test runs this very path.

export const SMOKE_SWITCH = '--smoke-test';

export interface SmokeStep {
  name: string;
  ms: number;
  detail: string;
}

export type SmokeResult =
  | { ok: true; steps: SmokeStep[] }
  | { ok: false; steps: SmokeStep[]; failedStep: string; reason: string };

export interface SmokeOptions {
  /** An empty folder the caller made for this run; everything is written under it. */
  root: string;
  appVersion: string;
  /** One line per step as it finishes (stdout in the app). */
  log?: (line: string) => void;
}

const CLIENT_NAME = '王堃喆';
const PASSPHRASE = 'smoke-test passphrase 烟雾测试';

class StepFailure extends Error {}

function check(condition: unknown, reason: string): asserts condition {
  if (!condition) throw new StepFailure(reason);
}

export const SMOKE_REPORT_SWITCH = '--smoke-report=';

/** True when the command line asks for the smoke run. */
export function isSmokeRequest(argv: readonly string[]): boolean {
  return argv.includes(SMOKE_SWITCH);
}

/**
 * Where to copy the smoke run's lines besides stdout (`--smoke-report=<file>`): a Windows GUI
 * program's stdout may reach nobody, a file always can be read.
 */
export function smokeReportFile(argv: readonly string[]): string | null {
  const arg = argv.find((a) => a.startsWith(SMOKE_REPORT_SWITCH));
  const file = arg?.slice(SMOKE_REPORT_SWITCH.length);
  return file ? path.resolve(file) : null;
}

/** A new, empty folder for one smoke run: the smoke run never touches a real data folder. */
export function makeSmokeRoot(parent = os.tmpdir()): string {
  return fs.mkdtempSync(path.join(parent, 'parley-smoke-'));
}

export async function runSmoke(options: SmokeOptions): Promise<SmokeResult> {
  const { root } = options;
  const log = options.log ?? (() => undefined);
  const steps: SmokeStep[] = [];
  const logged: string[] = [];
  let core: Core | null = null;
  let current = 'start';

  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const res = (await core!.dispatch(channel, input)) as Envelope<T>;
    if (!res.ok) throw new StepFailure(`${channel} answered ${res.error.code}: ${res.error.message}${logged.length ? ` (${logged.join('; ')})` : ''}`);
    return res.data;
  };
  const step = async (name: string, run: () => Promise<string> | string) => {
    current = name;
    const started = performance.now();
    const detail = await run();
    const ms = Math.round(performance.now() - started);
    steps.push({ name, ms, detail });
    log(`[smoke] ok   ${name} (${ms} ms): ${detail}`);
  };

  try {
    await step('fresh folder', () => {
      check(fs.readdirSync(root).length === 0, `${root} is not empty: the smoke run only uses a folder of its own`);
      return root;
    });

    const dataDir = path.join(root, 'data');
    const platform = createSmokePlatform(root);
    await step('open and migrate', () => {
      core = openCore({
        dataDir,
        key: crypto.randomBytes(32),
        platform,
        appVersion: options.appVersion,
        validateOutput: true,
        logError: (channel, err) => logged.push(`${channel}: ${err instanceof Error ? err.message : String(err)}`),
      });
      check(core.migration.to === LATEST_SCHEMA_VERSION, `migrated to ${core.migration.to}, expected ${LATEST_SCHEMA_VERSION}`);
      const head = Buffer.alloc(16);
      const fd = fs.openSync(path.join(dataDir, DATABASE_FILE), 'r');
      try {
        fs.readSync(fd, head, 0, 16, 0);
      } finally {
        fs.closeSync(fd);
      }
      check(!head.toString('latin1').startsWith('SQLite format 3'), 'the database file is not encrypted');
      return `schema ${core.migration.from} -> ${core.migration.to}, encrypted`;
    });

    let clientId = 0;
    await step('client through the dispatcher', async () => {
      await call('settings.update', { counsellorName: '李燚', language: 'zh-CN' });
      const made = await call<{ id: number }>('clients.create', { name: CLIENT_NAME, phone: '13800138000', idNumber: '11010519491231002X' });
      const read = await call<{ id: number; name: string }>('clients.get', { id: made.id });
      check(read.name === CLIENT_NAME, `read back "${read.name}", wrote "${CLIENT_NAME}"`);
      clientId = made.id;
      return `client ${clientId} written and read back`;
    });

    await step('Chinese letter PDF in the worker', async () => {
      const lender = await call<{ id: number }>('lenders.create', { name: '招商银行信用卡中心', type: 'bank' });
      const debt = await call<{ id: number }>('debts.create', {
        clientId,
        lenderId: lender.id,
        productType: 'credit_card',
        accountRef: '6225-8801-1234',
        principalFen: 1_234_567,
        firstMissedDate: '2024-11-05',
      });
      const letter = await call<{ id: number }>('letters.draft', { clientId, debtId: debt.id, type: 'hardship', locale: 'zh-CN' });
      const saved = await call<{ done: boolean; path: string | null }>('letters.savePdf', { id: letter.id });
      check(saved.done && saved.path, 'letters.savePdf saved nothing');
      const pdf = fs.readFileSync(saved.path);
      check(pdf.subarray(0, 5).toString('latin1') === '%PDF-', 'the letter is not a PDF');
      check(pdf.subarray(-16).toString('latin1').includes('%%EOF'), 'the letter PDF is cut short');
      // pdfkit names an embedded subset "ABCDEF+PostScriptName": the CJK font really went in.
      check(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-/.test(pdf.toString('latin1')), 'the Chinese font is not embedded in the letter');
      return `${pdf.length} bytes, Noto Sans Hans embedded`;
    });

    await step('backup and verify', async () => {
      await call('backup.setPassphrase', { passphrase: PASSPHRASE });
      await call('backup.pickFolder');
      const made = await call<{ file: string; bytes: number }>('backup.run');
      const status = await call<{ lastGood: { file: string } | null; history: { file: string | null; ok: boolean; verified: boolean }[] }>('backup.status');
      const entry = status.history.find((h) => h.file === made.file);
      check(status.lastGood?.file === made.file && entry?.ok && entry.verified, 'the backup is not recorded as written and verified');
      // Restore reads only a file picked in the main process's dialog: the smoke platform answers with the backup.
      platform.nextFiles([made.file]);
      const picked = await call<{ pick: string | null }>('backup.restorePick');
      check(picked.pick, 'backup.restorePick picked nothing');
      const inspected = await call<{ token: string; summary: { counts: { clients: number; letters: number } } }>('backup.restoreInspect', {
        pick: picked.pick,
        passphrase: PASSPHRASE,
      });
      const { counts } = inspected.summary;
      check(counts.clients === 1 && counts.letters === 1, `the backup holds ${counts.clients} clients and ${counts.letters} letters, expected 1 and 1`);
      await call('backup.restoreCancel', { token: inspected.token });
      return `${made.bytes} bytes, decrypted and checked (1 client, 1 letter)`;
    });

    await step('close', async () => {
      const closing = core!.close();
      core = null;
      await closing;
      check(logged.length === 0, `unexpected errors were logged: ${logged.join('; ')}`);
      return 'database and PDF workers closed';
    });
    log('[smoke] PASS');
    return { ok: true, steps };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    log(`[smoke] FAIL at "${current}": ${reason}`);
    if (!(err instanceof StepFailure) && err instanceof Error && err.stack) log(err.stack);
    try {
      await (core as Core | null)?.close();
    } catch {
      // the failure above is the one to report
    }
    return { ok: false, steps, failedStep: current, reason };
  }
}

export interface SmokeCommandOptions {
  /** The smoke run's own folder from makeSmokeRoot(); Electron's profile may live in it too. It is removed at the end. */
  parent: string;
  argv: readonly string[];
  appVersion: string;
  /** stdout by default. */
  print?: (line: string) => void;
}

/** `Parley --smoke-test [--smoke-report=<file>]`: runs the smoke test and answers the exit code (0 passed, 1 failed). */
export async function smokeCommand(options: SmokeCommandOptions): Promise<number> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const report = smokeReportFile(options.argv);
  const lines: string[] = [];
  const log = (line: string) => {
    lines.push(line);
    print(line);
  };
  let code = 1;
  try {
    const root = path.join(options.parent, 'run');
    fs.mkdirSync(root);
    log(`[smoke] Parley ${options.appVersion}, ${process.platform}-${process.arch}, Node ${process.versions.node}${process.versions['electron'] ? `, Electron ${process.versions['electron']}` : ''}`);
    const result = await runSmoke({ root, appVersion: options.appVersion, log });
    code = result.ok ? 0 : 1;
  } catch (err) {
    log(`[smoke] FAIL: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
  try {
    fs.rmSync(options.parent, { recursive: true, force: true });
  } catch (err) {
    // Electron's own profile files may still be open (Windows): only throwaway data is left.
    log(`[smoke] note: ${options.parent} could not be removed fully (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (report) fs.writeFileSync(report, `${lines.join('\n')}\n`);
  return code;
}
