import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { scratchPerTest } from '../../../helpers/case';
import { TEST_KEY } from '../../../helpers/core';

// Nothing left by a crash: a child process is killed with SIGKILL at each point where it has
// a file on disk that only its normal end would remove; the next start removes it (and only
// what Parley's own naming matches).

const HERE = path.dirname(new URL(import.meta.url).pathname);
const bundle = path.join(HERE, '..', '..', '..', '..', '..', 'node_modules', '.cache', 'parley-leftovers', `child-${process.pid}.mjs`);
buildSync({ entryPoints: [path.join(HERE, 'leftover-child.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: bundle, logLevel: 'error' });

const scratch = scratchPerTest();
const tmp = (prefix: string) => scratch.folder(prefix);

/** Runs the child until it reports it is at the point, then kills it. */
function killAtPoint(dataDir: string, mode: string, folder = ''): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, dataDir, TEST_KEY.toString('hex'), mode, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      if (d.includes('at-point')) child.kill('SIGKILL');
    });
    child.on('close', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child ended without reaching the point: ${err}`))));
  });
}

const twoDaysAgo = () => new Date(Date.now() - 2 * 24 * 3600_000);
const age = (file: string) => fs.utimesSync(file, twoDaysAgo(), twoDaysAgo());

describe('leftovers of a crash are removed at the next start', () => {
  it('a decrypted copy opened in the viewer (Parley’s own temp folder)', async () => {
    const dir = tmp('parley-left-open-');
    await killAtPoint(dir, 'open');
    const temp = path.join(`${dir}-platform`, 'temp');
    const left = fs.readdirSync(temp);
    expect(left).toHaveLength(1);
    expect(fs.readFileSync(path.join(temp, left[0]!), 'utf8')).toContain('a bank statement');
    scratch.open(dir);
    expect(fs.readdirSync(temp)).toEqual([]);
  }, 60_000);

  it('a blob whose transaction never committed, once it is a day old', async () => {
    const dir = tmp('parley-left-blob-');
    await killAtPoint(dir, 'blob');
    const files = path.join(dir, 'files');
    const left = fs.readdirSync(files);
    expect(left).toHaveLength(1);
    // Fresh: may belong to a write under way, so it stays.
    scratch.open(dir).close();
    expect(fs.readdirSync(files)).toEqual(left);
    age(path.join(files, left[0]!));
    scratch.open(dir);
    expect(fs.readdirSync(files)).toEqual([]);
  }, 60_000);

  it('a backup cut short, and nothing in the folder that is not Parley’s own', async () => {
    const dir = tmp('parley-left-backup-');
    const folder = tmp('parley-left-usb-');
    await killAtPoint(dir, 'backup', folder);
    const partial = fs.readdirSync(folder).filter((n) => n.endsWith('.partial'));
    expect(partial).toHaveLength(1);
    expect(partial[0]).toMatch(/^parley-backup-\d{8}-\d{6}\.parleybak\.partial$/);
    fs.writeFileSync(path.join(folder, 'my-notes.parleybak.partial'), 'not Parley’s');
    for (const n of fs.readdirSync(folder)) age(path.join(folder, n));
    scratch.open(dir);
    expect(fs.readdirSync(folder)).toEqual(['my-notes.parleybak.partial']);
  }, 60_000);
});
