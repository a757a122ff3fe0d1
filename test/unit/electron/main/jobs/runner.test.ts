// Long jobs run in a worker thread with their own database connection: the main thread
// keeps answering while they run, a cancel leaves nothing behind, and errors arrive typed
// and translated. Behaviour and ordering only; how long things take is the benchmark's job.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../../electron/main/errors';
import { writeSetting } from '../../../../../electron/main/db/settings';
import { runJob } from '../../../../../electron/main/jobs/runner';
import { dbContentHash, makeTempDir, openTestCore, removeDir, type TestCore } from '../../../helpers/core';

const PASS = 'correct horse battery';
const dirs: string[] = [];
const cores: TestCore[] = [];
afterEach(() => {
  cores.splice(0).forEach((c) => c.close());
  dirs.splice(0).forEach(removeDir);
});

function tmp(prefix: string): string {
  const d = makeTempDir(prefix);
  dirs.push(d, `${d}-platform`);
  return d;
}

/** A core with a backup passphrase and folder, and `megabytes` of incompressible rows so a backup takes many chunks. */
async function setUp(megabytes: number): Promise<{ c: TestCore; folder: string }> {
  const c = openTestCore(tmp('parley-job-'));
  cores.push(c);
  const folder = tmp('parley-job-usb-');
  await c.call('backup.setPassphrase', { passphrase: PASS });
  c.platform.nextFolder(folder);
  await c.call('backup.pickFolder');
  await c.call('clients.create', { name: '欧阳娜娜', phone: '13800138000' });
  c.db.transaction(() => {
    for (let i = 0; i < megabytes; i++) writeSetting(c.db, `test.padding.${i}`, crypto.randomBytes(512 * 1024).toString('hex'));
  })();
  c.db.pragma('wal_checkpoint(TRUNCATE)');
  return { c, folder };
}

/** Blocks this thread (no event-loop turn at all) until `done()` or the guard deadline. */
function blockUntil(done: () => boolean, guardMs = 60_000): boolean {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + guardMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    Atomics.wait(sleeper, 0, 0, 5);
  }
  return true;
}

const partials = (folder: string) => fs.readdirSync(folder).filter((n) => n.endsWith('.partial'));
const tmpLeft = (dir: string) => (fs.existsSync(path.join(dir, 'backup-tmp')) ? fs.readdirSync(path.join(dir, 'backup-tmp')) : []);

describe('long jobs in a worker thread', () => {
  it('a backup advances while the main thread is blocked, and the main loop answers calls while it runs', async () => {
    const { c, folder } = await setUp(24);
    const order: string[] = [];
    const backup = c.call('backup.run').then((made) => {
      order.push('backup done');
      return made;
    });
    // This thread does nothing – no event-loop turn – until the sealed file is being written in
    // the folder. Work on this thread could never get there; a worker does.
    expect(blockUntil(() => partials(folder).length > 0)).toBe(true);
    // Now the loop turns again: calls are answered while the backup is still running.
    const status = await c.call('backup.status');
    order.push('status answered');
    const list = await c.call('clients.list', {});
    order.push('list answered');
    expect(status.running).toBe(true);
    expect(list.items.map((i) => i.name)).toEqual(['欧阳娜娜']);
    const made = await backup;
    expect(order).toEqual(['status answered', 'list answered', 'backup done']);
    expect(fs.readdirSync(folder)).toEqual([path.basename(made.file)]);
    expect((await c.call('backup.status')).history[0]).toMatchObject({ ok: true, verified: true, file: made.file });
  });

  it('a cancelled backup leaves neither a file in the folder nor a snapshot in the data folder, and the data as it was', async () => {
    // 40 MB: sealing and reading back take long after the partial file appears, so the cancel lands first.
    const { c, folder } = await setUp(40);
    const before = dbContentHash(c.db);
    const backup = c.fail('backup.run');
    // Cancel while the container is being written (the partial file exists, the final one does not).
    expect(blockUntil(() => partials(folder).length > 0)).toBe(true);
    expect((await c.call('backup.cancel')).cancelled).toBe(true);
    const err = await backup;
    expect(err.message).toBe('备份已取消，未留下不完整的备份文件。');
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(tmpLeft(c.dir)).toEqual([]);
    const status = await c.call('backup.status');
    expect(status.running).toBe(false);
    expect(status.history[0]).toMatchObject({ ok: false, error: err.message });
    expect((await c.call('backup.cancel')).cancelled).toBe(false);
    // Only the history entry was written.
    c.db.prepare(`DELETE FROM settings WHERE key = 'backup.history'`).run();
    expect(dbContentHash(c.db)).toBe(before);
    // And the next backup works.
    await c.call('backup.run');
  });

  it('errors thrown in the worker arrive as typed AppErrors and reach the counsellor translated', async () => {
    const { c, folder } = await setUp(0);
    const gone = path.join(folder, 'no-such-stick');
    const err = await runJob(c.ctx, 'backup.create', { trigger: 'manual', folder: gone }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'STORAGE', messageKey: 'backup.errors.folderGone' });
    // Through the dispatcher: translated into the UI language, no stack.
    fs.writeFileSync(path.join(folder, 'x'), '');
    const made = await c.call('backup.run');
    await c.call('settings.update', { language: 'en' });
    c.platform.nextFiles([made.file]);
    const { pick } = await c.call('backup.restorePick');
    const wrong = await c.fail('backup.restoreInspect', { pick: pick!, passphrase: 'not the passphrase' });
    expect(wrong).toMatchObject({ code: 'VALIDATION', message: 'Wrong backup passphrase.' });
    expect(c.logged).toEqual([]);
  });
});
