// What a core owns – its database key, PDF pool, job workers, backup under way and restore
// request – is its own: two cores open in one process share none of it, and closing one leaves the other
// working. The recovery sheet renders in the core's pool like every other document.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../../shared/i18n';
import { requestRestore, STAGING_DIR } from '../../../../electron/main/backup/restore';
import { runJob } from '../../../../electron/main/jobs/runner';
import type { Worker } from 'node:worker_threads';
import { scratchPerTest } from '../../helpers/case';
import { OTHER_KEY, TEST_KEY, type TestCore } from '../../helpers/core';
import { compact, pdfText } from './pdf/poppler';

const scratch = scratchPerTest();
const open = (dir: string, key = TEST_KEY): TestCore => scratch.open(dir, { key });
const tmp = (): string => scratch.folder('parley-core-state-');
/** Whether `worker` has exited, asked later. */
function exits(worker: Worker): () => boolean {
  let exited = false;
  worker.once('exit', () => (exited = true));
  return () => exited;
}

describe('two cores in one process', () => {
  it('each has its own database key, and closing one zeroes its key only', async () => {
    const a = open(tmp(), TEST_KEY);
    const b = open(tmp(), OTHER_KEY);
    expect(a.ctx.databaseKey().equals(TEST_KEY)).toBe(true);
    expect(b.ctx.databaseKey().equals(OTHER_KEY)).toBe(true);
    const keyOfA = a.ctx.databaseKey();
    await a.close();
    expect(keyOfA.equals(Buffer.alloc(32))).toBe(true);
    expect(TEST_KEY.equals(Buffer.alloc(32, 0x5a))).toBe(true); // the caller's key is left alone
    expect(b.ctx.databaseKey().equals(OTHER_KEY)).toBe(true);
    const client = await b.call('clients.create', { name: '林喆', phone: '13800138000' });
    expect(client.id).toBeGreaterThan(0);
  });

  it('each renders in its own PDF pool; a closed core’s pool refuses work while the other’s goes on', async () => {
    const a = open(tmp());
    const b = open(tmp());
    expect(a.ctx.pdf).not.toBe(b.ctx.pdf);
    const doc = { content: [{ text: 'Parley' }] };
    await a.ctx.pdf.render(doc);
    expect(a.ctx.pdf.stats().rendered).toBe(1);
    expect(b.ctx.pdf.stats().rendered).toBe(0);
    await a.close();
    await expect(a.ctx.pdf.render(doc)).rejects.toThrow(/closed/);
    const pdf = await b.ctx.pdf.render(doc);
    expect(compact(pdfText(pdf))).toContain('Parley');
    expect(b.ctx.pdf.stats().rendered).toBe(1);
  });

  it('each runs its long jobs in workers of its own; closing one ends its workers while the other’s go on', async () => {
    const a = open(tmp());
    const b = open(tmp());
    await runJob(a.ctx, 'backup.checkpoint', {});
    const idleOfA = a.ctx.jobs.list().idle;
    expect(idleOfA).toHaveLength(1);
    expect(b.ctx.jobs.list().idle).toEqual([]);
    // B starts a worker of its own rather than taking A's idle one.
    await runJob(b.ctx, 'backup.checkpoint', {});
    const idleOfB = b.ctx.jobs.list().idle;
    expect(idleOfB).toHaveLength(1);
    expect(idleOfB[0]).not.toBe(idleOfA[0]);
    expect(a.ctx.jobs.list().idle).toEqual(idleOfA);
    const ended = exits(idleOfA[0]!);
    const endedB = exits(idleOfB[0]!);
    await a.close();
    expect(ended()).toBe(true);
    expect(a.ctx.jobs.list()).toEqual({ busy: [], idle: [] });
    await expect(runJob(a.ctx, 'backup.checkpoint', {})).rejects.toThrow(/closed/);
    // B's worker is alive and takes B's next job.
    expect(endedB()).toBe(false);
    await runJob(b.ctx, 'backup.checkpoint', {});
    expect(b.ctx.jobs.list().idle).toEqual(idleOfB);
  });

  it('a job still running when its core closes is ended with it', async () => {
    const a = open(tmp());
    const job = runJob(a.ctx, 'backup.checkpoint', {});
    const [running] = a.ctx.jobs.list().busy;
    expect(running).toBeDefined();
    const ended = exits(running!);
    await a.close();
    await expect(job).rejects.toThrow(/core closed/);
    expect(ended()).toBe(true);
  });

  it('a backup under way on one core is not one on the other', async () => {
    const a = open(tmp());
    const b = open(tmp());
    a.ctx.backups.current = { progress: 0.5, abort: new AbortController() };
    expect((await a.call('backup.status')).running).toBe(true);
    expect((await b.call('backup.status')).running).toBe(false);
    expect((await b.call('backup.cancel')).cancelled).toBe(false);
    expect(a.ctx.backups.current.abort.signal.aborted).toBe(false);
    a.ctx.backups.current = null;
  });

  it('a restore asked for on one core is not swapped in by another core on the same data folder', async () => {
    const dir = tmp();
    const a = open(dir);
    const b = open(dir);
    // A verified staging folder, as restoreInspect leaves it.
    const token = 'a'.repeat(32);
    fs.mkdirSync(path.join(dir, STAGING_DIR, token), { recursive: true });
    fs.writeFileSync(path.join(dir, STAGING_DIR, token, 'VERIFIED'), '{}');
    requestRestore(a.ctx, token);
    // Any answer of core B: with a request shared per folder, B would close, swap and reopen here.
    await b.call('settings.get');
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('pre-restore-'))).toEqual([]);
    expect(b.ctx.backups.takeRestoreRequest()).toBe(false);
    expect(a.ctx.backups.takeRestoreRequest()).toBe(true);
  });
});

describe('the recovery sheet', () => {
  it('renders in the core’s PDF pool, off the main thread', async () => {
    const core = open(tmp());
    await core.call('backup.setPassphrase', { passphrase: 'correct horse battery staple 7' });
    const target = path.join(`${core.dir}-platform`, 'sheet.pdf');
    core.platform.nextSavePath(target);
    const before = core.ctx.pdf.stats().rendered;
    const { file } = await core.call('backup.recoverySheet', { print: false });
    expect(file).toBe(target);
    expect(core.ctx.pdf.stats().rendered).toBe(before + 1);
    const text = compact(pdfText(fs.readFileSync(target)));
    expect(text).toContain(compact(translate(core.ctx.locale(), 'backup.sheet.title')));
  });
});
