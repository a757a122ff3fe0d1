// Crash-safety harness: runs test/bench/crash-writer.ts in a child process, kills it with
// SIGKILL at a random moment while it writes, then opens the database, runs
// PRAGMA integrity_check and checks that every write the child acknowledged is there.
// Used by the unit test (20 kills) and the benchmark (≥ 200 kills).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { openDatabase } from '../../electron/main/db/connection';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WRITER = path.join(HERE, 'crash-writer.ts');
let bundled: string | undefined;

/** Inverse of crash-writer's crashName. */
export function crashNumber(name: string): number {
  return Number(name.slice(6).replace(/[a-j]/g, (c) => String(c.charCodeAt(0) - 97)));
}

/**
 * The writer bundled once into plain JavaScript (packages stay external), so each start is
 * node loading one file instead of tsx compiling the handler tree: kills come quicker.
 */
function writerBundle(): string {
  if (bundled) return bundled;
  const out = path.join(HERE, '..', '..', 'node_modules', '.cache', 'parley-crash', `writer-${process.pid}.mjs`);
  buildSync({ entryPoints: [WRITER], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: out, logLevel: 'error' });
  bundled = out;
  return out;
}

export interface CrashOptions {
  dataDir: string;
  key: Buffer;
  kills: number;
  /** Random source in [0, 1). */
  random: () => number;
  /** The kill comes this many ms after the writer is ready: uniform in [minMs, maxMs]. */
  minMs?: number;
  maxMs?: number;
  log?: (message: string) => void;
}

export interface CrashResult {
  killsTried: number;
  /** Kills after which the database opened and passed integrity_check. */
  killsSurvived: number;
  acknowledged: number;
  lostAcknowledgedWrites: number;
  integrityFailures: number;
}

/** Starts the writer; resolves with the acknowledged numbers once it has been killed. */
function killOnce(options: CrashOptions, first: number): Promise<{ acked: number[]; stderr: string; readyMs: number }> {
  const min = options.minMs ?? 0;
  const max = options.maxMs ?? 1000;
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [writerBundle(), options.dataDir, options.key.toString('hex'), String(first)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: number[] = [];
    let buffer = '';
    let stderr = '';
    let readyMs = 0;
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'ready' && timer === undefined) {
          readyMs = Date.now() - started;
          timer = setTimeout(() => child.kill('SIGKILL'), min + Math.floor(options.random() * (max - min + 1)));
        } else if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    // A line cut by the kill (no newline) was never a complete acknowledgement.
    child.on('close', () => {
      clearTimeout(timer);
      resolve({ acked, stderr, readyMs });
    });
  });
}

/** Starts a writer that keeps writing until stopped; `acked` grows as it acknowledges. */
export function startWriter(dataDir: string, key: Buffer, first = 0): { acked: number[]; ready: Promise<void>; kill(): Promise<void> } {
  const child = spawn(process.execPath, [writerBundle(), dataDir, key.toString('hex'), String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acked: number[] = [];
  let buffer = '';
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (line === 'ready') onReady();
      else if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
    }
  });
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return {
    acked,
    ready,
    kill: async () => {
      child.kill('SIGKILL');
      await closed;
    },
  };
}

export async function runCrashKills(options: CrashOptions): Promise<CrashResult> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const result: CrashResult = { killsTried: 0, killsSurvived: 0, acknowledged: 0, lostAcknowledgedWrites: 0, integrityFailures: 0 };
  const allAcked = new Set<number>();
  let next = 0;
  for (let i = 0; i < options.kills; i++) {
    const run = await killOnce(options, next);
    result.killsTried += 1;
    for (const n of run.acked) allAcked.add(n);
    if (run.acked.length) next = Math.max(next, run.acked[run.acked.length - 1]! + 1);
    // A write that was in flight may have committed without its ack; skip past it.
    next += 1;
    const db = openDatabase(path.join(options.dataDir, 'parley.db'), options.key);
    try {
      const check = db.pragma('integrity_check') as { integrity_check: string }[];
      const ok = check.length === 1 && check[0]!.integrity_check === 'ok';
      if (!ok) result.integrityFailures += 1;
      const present = new Set(
        (db.prepare(`SELECT name FROM clients WHERE name LIKE 'crash %'`).pluck().all() as string[]).map(crashNumber),
      );
      let lost = 0;
      for (const n of allAcked) if (!present.has(n)) lost += 1;
      result.lostAcknowledgedWrites = lost;
      if (ok) result.killsSurvived += 1;
      options.log?.(`kill ${i + 1}: ${run.acked.length} acked this run (ready after ${run.readyMs} ms), ${present.size} present, lost ${lost}, integrity ${ok ? 'ok' : 'FAILED'}`);
    } finally {
      db.close();
    }
  }
  result.acknowledged = allAcked.size;
  return result;
}
