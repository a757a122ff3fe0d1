import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../../../electron/main/backup/create';
import { holdDatabaseFile } from '../../../../../electron/main/db/snapshot';
import { openDatabase, type Db } from '../../../../../electron/main/db/connection';
import type { HandlerContext } from '../../../../../electron/main/context';
import { makeTempDir, openTestCore, removeDir, TEST_KEY, type TestCore } from '../../../helpers/core';
import { inspectBackupFile } from '../../../helpers/restore';

// A backup on a connection of its own seals the database file as it lies, held still by a read
// transaction (snapshot.ts, holdDatabaseFile). These show the file really stays still while the
// app keeps writing, that the backup is the data as it stood when the hold began, and that a
// WAL that cannot be emptied falls back to a VACUUM INTO copy.

const PASS = 'correct horse battery';
const dirs: string[] = [];
const cores: TestCore[] = [];
const dbs: Db[] = [];
afterEach(() => {
  dbs.splice(0).forEach((d) => d.open && d.close());
  cores.splice(0).forEach((c) => c.close());
  dirs.splice(0).forEach(removeDir);
});
const tmp = (prefix: string) => {
  const d = makeTempDir(prefix);
  dirs.push(d, `${d}-platform`);
  return d;
};
function open(dir = tmp('parley-held-')): TestCore {
  const c = openTestCore(dir);
  cores.push(c);
  return c;
}
/** A second connection to the same database, as a job worker opens one. */
function ownConnection(c: TestCore): HandlerContext {
  const db = openDatabase(c.file, TEST_KEY);
  dbs.push(db);
  return { ...c.ctx, db };
}
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const names = (db: Db) => db.prepare('SELECT name FROM clients ORDER BY id').pluck().all() as string[];
const createClient = (c: TestCore, name: string) => (c.handlers['clients.create'] as (i: unknown) => { id: number })({ name, phone: '13800138000' });

describe('a backup from the held database file', () => {
  it('is the data as it stood when the hold began, while another connection writes and checkpoints meanwhile', async () => {
    const c = open();
    createClient(c, '张三');
    createClient(c, '李四');
    const folder = tmp('parley-usb-');
    const own = ownConnection(c);

    // createBackup takes the hold before its first await.
    const running = createBackup(own, { trigger: 'manual', folder, passphrase: PASS, ownConnection: true });
    const held = sha(c.file);
    createClient(c, '王五');
    const [passive] = c.db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    // The write is in the WAL and no frame of it could go into the database file.
    expect(passive!.log).toBeGreaterThan(0);
    expect(passive!.checkpointed).toBe(0);
    expect(sha(c.file)).toBe(held);
    const made = await running;
    expect(made.verified).toBe(true);
    expect(made.manifest.counts['clients']).toBe(2);

    // Released: the next checkpoint moves the write into the file.
    const [after] = c.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[];
    expect(after).toMatchObject({ busy: 0, log: 0 });
    expect(sha(c.file)).not.toBe(held);
    expect(own.db.inTransaction).toBe(false);

    // Restored elsewhere: the two clients of the moment the hold began, not the third.
    const other = open();
    const inspected = await inspectBackupFile(other, made.file, PASS);
    expect(inspected.summary.counts.clients).toBe(2);
    await other.call('backup.restoreApply', { token: inspected.token });
    expect(names(other.db)).toEqual(['张三', '李四']);
    expect((other.db.pragma('integrity_check') as { integrity_check: string }[])[0]!.integrity_check).toBe('ok');
  });

  it('is not taken when the WAL cannot be emptied; the backup then comes from a copy and is just as complete', async () => {
    const c = open();
    createClient(c, '张三');
    const own = ownConnection(c);
    own.db.pragma('busy_timeout = 50');
    // A reader elsewhere pins a WAL holding a write: the checkpoint cannot reset it.
    createClient(c, '李四');
    const reader = openDatabase(c.file, TEST_KEY);
    dbs.push(reader);
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM clients').get();
    expect(holdDatabaseFile(own.db, c.file)).toBeNull();
    expect(own.db.inTransaction).toBe(false);

    const made = await createBackup(own, { trigger: 'manual', folder: tmp('parley-usb-'), passphrase: PASS, ownConnection: true });
    reader.exec('ROLLBACK');
    expect(made.manifest.counts['clients']).toBe(2);
    const other = open();
    const inspected = await inspectBackupFile(other, made.file, PASS);
    await other.call('backup.restoreApply', { token: inspected.token });
    expect(names(other.db)).toEqual(['张三', '李四']);
  });
});
