import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupsToKeep, runBackup } from '../../../../../electron/main/backup/auto';
import { sealFile, openSealed, type OpenSink } from '../../../../../electron/main/backup/container';
import { STAGING_DIR } from '../../../../../electron/main/backup/restore';
import { readFile, storeFile } from '../../../../../electron/main/attachments/store';
import { DamagedDataError } from '../../../../../electron/main/errors';
import { dbContentHash, dirHashes, makeTempDir, openTestCore, OTHER_KEY, removeDir, type TestCore } from '../../../helpers/core';
import { failInspect, inspectBackupFile } from '../../../helpers/restore';

const PASS = 'correct horse battery';
const dirs: string[] = [];
const cores: TestCore[] = [];
const tmp = (prefix: string) => {
  const d = makeTempDir(prefix);
  dirs.push(d, `${d}-platform`);
  return d;
};
const open = (dir: string, options = {}) => {
  const c = openTestCore(dir, options);
  cores.push(c);
  return c;
};
afterEach(() => {
  cores.splice(0).forEach((c) => c.close());
  dirs.splice(0).forEach(removeDir);
});

async function setUp(): Promise<{ c: TestCore; folder: string }> {
  const c = open(tmp('parley-bk-'));
  const folder = tmp('parley-usb-');
  await c.call('backup.setPassphrase', { passphrase: PASS });
  c.platform.nextFolder(folder);
  await c.call('backup.pickFolder');
  return { c, folder };
}

const addClient = (c: TestCore, name: string) => c.call('clients.create', { name, phone: '13800138000' });
const clientNames = (c: TestCore) => (c.db.prepare('SELECT name FROM clients ORDER BY id').pluck().all() as string[]);

/** The current data exactly: database content and every stored file, plus what lies in the data folder. */
function dataState(c: TestCore): string {
  const files = path.join(c.dir, 'files');
  return JSON.stringify({ db: dbContentHash(c.db), files: fs.existsSync(files) ? dirHashes(files) : {}, entries: fs.readdirSync(c.dir).sort() });
}

describe('backups', () => {
  it('writes one encrypted, verified file with the database and the attachments, and records it', async () => {
    const { c, folder } = await setUp();
    await addClient(c, '欧阳娜娜');
    const stored = storeFile(c.ctx, { bytes: Buffer.from('借条扫描件 ZHANGSAN-EVIDENCE') }, 'text/plain');
    const made = await c.call('backup.run');
    expect(path.dirname(made.file)).toBe(folder);
    expect(fs.readdirSync(folder)).toEqual([path.basename(made.file)]);
    const raw = fs.readFileSync(made.file);
    for (const needle of ['欧阳娜娜', '13800138000', 'ZHANGSAN-EVIDENCE', 'SQLite format 3']) expect(raw.includes(Buffer.from(needle))).toBe(false);

    const opened = await openSealed(made.file, PASS);
    const names = opened.parts.map((p) => p.name);
    expect(names[0]).toBe('db/parley.db');
    expect(names).toContain(`files/${stored.blobName}`);
    const manifest = JSON.parse(opened.parts.at(-1)!.data!.toString('utf8'));
    expect(manifest.counts.clients).toBe(1);
    expect(manifest.counts.files).toBe(1);
    expect(manifest.schemaVersion).toBeGreaterThanOrEqual(5);
    expect(manifest.parts.map((p: { name: string }) => p.name)).toEqual(names.slice(0, -1));
    // The snapshot inside is not plain SQLite either.
    expect(opened.parts[0]!.data!.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');

    const status = await c.call('backup.status');
    expect(status.lastGood?.file).toBe(made.file);
    expect(status.stale).toBe(false);
    expect(status.history[0]).toMatchObject({ ok: true, verified: true, trigger: 'manual' });
    // The passphrase is stored only wrapped, never in plain text.
    const settings = JSON.stringify(c.db.prepare('SELECT * FROM settings').all());
    expect(settings).not.toContain(PASS);
    expect(fs.existsSync(path.join(c.dir, 'backup-tmp')) ? fs.readdirSync(path.join(c.dir, 'backup-tmp')) : []).toEqual([]);
  });

  it('refuses to back up without a passphrase or a folder, and asks for the current passphrase to change it', async () => {
    const c = open(tmp('parley-bk-'));
    expect((await c.fail('backup.run')).message).toContain('备份密码');
    expect((await c.fail('backup.setPassphrase', { passphrase: 'short' })).code).toBe('VALIDATION');
    await c.call('backup.setPassphrase', { passphrase: PASS });
    expect((await c.fail('backup.run')).message).toContain('备份文件夹');
    const wrong = await c.fail('backup.setPassphrase', { passphrase: 'another long one', current: 'not it at all' });
    expect(wrong.fields?.['current']).toBeTruthy();
    await c.call('backup.setPassphrase', { passphrase: 'another long one', current: PASS });
  });

  it('restores: the client added after the backup is gone, the earlier ones and their files are back, the old data is kept aside', async () => {
    const { c, folder } = await setUp();
    await addClient(c, '张三');
    const stored = storeFile(c.ctx, { bytes: Buffer.from('evidence bytes') }, 'text/plain');
    const made = await c.call('backup.run');
    await addClient(c, '李四');
    expect(clientNames(c)).toEqual(['张三', '李四']);

    c.platform.nextFiles([made.file]);
    const picked = await c.call('backup.restorePick');
    expect(picked.file).toBe(made.file);
    // The renderer never names the file: a path instead of the pick's token is refused.
    expect((await c.failRaw('backup.restoreInspect', { file: made.file, passphrase: PASS })).code).toBe('VALIDATION');
    expect((await c.fail('backup.restoreInspect', { pick: 'f'.repeat(32), passphrase: PASS })).code).toBe('NOT_FOUND');
    const inspected = await c.call('backup.restoreInspect', { pick: picked.pick!, passphrase: PASS });
    expect(inspected.summary.counts).toEqual({ clients: 1, debts: 0, letters: 0, attachments: 0 });
    expect(inspected.summary.appVersion).toBe('0.0.0-test');
    // Nothing is replaced before the counsellor confirms.
    expect(clientNames(c)).toEqual(['张三', '李四']);

    // The swap yields to the event loop between its steps; calls made meanwhile wait for it
    // and are answered from one database or the other, never from a closed connection.
    const applying = c.call('backup.restoreApply', { token: inspected.token });
    let settled = false;
    void applying.finally(() => (settled = true));
    const seen = new Set<string>();
    while (!settled) {
      seen.add((await c.call('clients.list', {})).items.map((i) => i.name).join('、'));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const applied = await applying;
    expect(['李四、张三', '张三']).toEqual(expect.arrayContaining([...seen]));
    expect(fs.existsSync(path.join(applied.keptAside, 'parley.db'))).toBe(true);
    // The same core answers from the restored database.
    const list = await c.call('clients.list', {});
    expect(list.items.map((i) => i.name)).toEqual(['张三']);
    c.close();
    const again = open(c.dir);
    expect(clientNames(again)).toEqual(['张三']);
    expect(readFile(again.ctx, stored.fileId).toString()).toBe('evidence bytes');
    expect((again.db.pragma('integrity_check') as { integrity_check: string }[])[0]!.integrity_check).toBe('ok');
    // This installation's backup settings and history survive the restore.
    const status = await again.call('backup.status');
    expect(status.config.folder).toBe(folder);
    expect(status.passphraseSet).toBe(true);
    expect(fs.existsSync(path.join(c.dir, STAGING_DIR))).toBe(false);
  });

  it('restores on a new laptop with another database key: the database is re-keyed and the attachments re-encrypted', async () => {
    const { c } = await setUp();
    await addClient(c, '王五');
    const stored = storeFile(c.ctx, { bytes: Buffer.from('a scanned contract') }, 'application/pdf');
    const made = await c.call('backup.run');

    const fresh = open(tmp('parley-new-laptop-'), { key: OTHER_KEY });
    const inspected = await inspectBackupFile(fresh, made.file, PASS);
    await fresh.call('backup.restoreApply', { token: inspected.token });
    fresh.close();
    const reopened = open(fresh.dir, { key: OTHER_KEY });
    expect(clientNames(reopened)).toEqual(['王五']);
    expect(readFile(reopened.ctx, stored.fileId).toString()).toBe('a scanned contract');
    // The passphrase that opened the backup now drives this laptop's automatic backups.
    const status = await reopened.call('backup.status');
    expect(status.passphraseSet).toBe(true);
  });

  it('a failed restore at any step leaves the current data exactly as it was', async () => {
    const { c, folder } = await setUp();
    await addClient(c, '赵六');
    storeFile(c.ctx, { bytes: Buffer.from('file one') }, 'text/plain');
    const made = await c.call('backup.run');
    await addClient(c, '钱七');
    const before = dataState(c);
    const good = fs.readFileSync(made.file);
    const bad = path.join(folder, 'bad.parleybak');
    const attempt = async (bytes: Buffer, passphrase = PASS) => {
      fs.writeFileSync(bad, bytes);
      const err = await failInspect(c, bad, passphrase);
      expect(dataState(c)).toBe(before);
      return err.message;
    };
    expect(await attempt(good, 'wrong passphrase')).toBe('备份密码不正确。');
    expect(await attempt(good.subarray(0, good.length - 100))).toContain('不完整');
    expect(await attempt(good.subarray(0, 200))).toContain('不完整');
    const flipped = Buffer.from(good);
    flipped[Math.floor(good.length / 2)]! ^= 0x10;
    expect(await attempt(flipped)).toContain('损坏');
    expect(await attempt(Buffer.from('not a backup at all, just text'))).toContain('不是 Parley 备份');
    expect(await attempt(fs.readFileSync(c.file))).toContain('不是 Parley 备份');
    // A backup from a newer Parley is refused clearly.
    const opened = await openSealed(made.file, PASS);
    const manifest = JSON.parse(opened.parts.at(-1)!.data!.toString('utf8'));
    const newer = path.join(folder, 'newer.parleybak');
    await sealFile(newer, PASS, [
      ...opened.parts.slice(0, -1).map((p) => ({ name: p.name, data: p.data! })),
      { name: 'manifest.json', data: JSON.stringify({ ...manifest, schemaVersion: 999 }) },
    ]);
    expect(await attempt(fs.readFileSync(newer))).toContain('较新版本');
    // A manifest whose checksums do not match its parts.
    const lying = path.join(folder, 'lying.parleybak');
    await sealFile(lying, PASS, [
      ...opened.parts.slice(0, -1).map((p) => ({ name: p.name, data: p.data! })),
      { name: 'manifest.json', data: JSON.stringify({ ...manifest, parts: manifest.parts.map((p: { sha256: string }) => ({ ...p, sha256: '0'.repeat(64) })) }) },
    ]);
    expect(await attempt(fs.readFileSync(lying))).toContain('校验');
    // A manifest that does not fit its schema – no database key, parts as text – is a damaged
    // file (before, reading on crashed with an internal error); another program's is not ours.
    const resealed = async (name: string, manifestJson: string) => {
      const out = path.join(folder, name);
      await sealFile(out, PASS, [...opened.parts.slice(0, -1).map((p) => ({ name: p.name, data: p.data! })), { name: 'manifest.json', data: manifestJson }]);
      return fs.readFileSync(out);
    };
    const { databaseKey: _key, ...keyless } = manifest as Record<string, unknown>;
    expect(await attempt(await resealed('keyless.parleybak', JSON.stringify(keyless)))).toBe('备份文件已损坏或被改动，无法恢复。当前数据未受影响。');
    expect(await attempt(await resealed('parts.parleybak', JSON.stringify({ ...manifest, parts: 'db/parley.db' })))).toBe('备份文件已损坏或被改动，无法恢复。当前数据未受影响。');
    expect(await attempt(await resealed('null.parleybak', 'null'))).toBe('无法识别这个备份文件的格式版本。');
    expect(await attempt(await resealed('other.parleybak', JSON.stringify({ ...manifest, app: 'other' })))).toBe('无法识别这个备份文件的格式版本。');
    // English when the UI is in English.
    await c.call('settings.update', { language: 'en' });
    const state = dataState(c);
    fs.writeFileSync(bad, good);
    expect((await failInspect(c, bad, 'nope')).message).toBe('Wrong backup passphrase.');
    expect(dataState(c)).toBe(state);
  });

  it('an applied restore interrupted before the swap is finished on the next start', async () => {
    const { c } = await setUp();
    await addClient(c, '孙八');
    const made = await c.call('backup.run');
    await addClient(c, '周九');
    const inspected = await inspectBackupFile(c, made.file, PASS);
    // Mark it ready as restoreApply does, then "crash": close without the core's swap.
    fs.writeFileSync(path.join(c.dir, STAGING_DIR, inspected.token, 'READY'), JSON.stringify({ aside: 'pre-restore-test' }));
    c.close();
    const again = open(c.dir);
    expect(clientNames(again)).toEqual(['孙八']);
    expect(fs.existsSync(path.join(c.dir, 'pre-restore-test', 'parley.db'))).toBe(true);
  });

  it('a restore marker that does not fit is refused at start, naming it, and nothing is moved', async () => {
    const { c } = await setUp();
    await addClient(c, '孙八');
    const made = await c.call('backup.run');
    await addClient(c, '周九');
    const inspected = await inspectBackupFile(c, made.file, PASS);
    // A marker pointing outside the data folder's own pre-restore folders.
    fs.writeFileSync(path.join(c.dir, STAGING_DIR, inspected.token, 'READY'), JSON.stringify({ aside: '../elsewhere' }));
    c.close();
    expect(() => open(c.dir)).toThrow(DamagedDataError);
    expect(() => open(c.dir)).toThrow(/restore-staging\/[0-9a-f]+\/READY/);
    fs.rmSync(path.join(c.dir, STAGING_DIR), { recursive: true });
    expect(clientNames(open(c.dir))).toEqual(['孙八', '周九']);
  });

  it('an inspected restore that is cancelled or never applied changes nothing', async () => {
    const { c } = await setUp();
    await addClient(c, '吴十');
    const made = await c.call('backup.run');
    await addClient(c, '郑十一');
    const before = dbContentHash(c.db);
    const inspected = await inspectBackupFile(c, made.file, PASS);
    await c.call('backup.restoreCancel', { token: inspected.token });
    expect((await c.fail('backup.restoreApply', { token: inspected.token })).code).toBe('NOT_FOUND');
    expect(dbContentHash(c.db)).toBe(before);
    await inspectBackupFile(c, made.file, PASS);
    c.close();
    const again = open(c.dir);
    expect(clientNames(again)).toEqual(['吴十', '郑十一']);
    expect(fs.existsSync(path.join(c.dir, STAGING_DIR))).toBe(false);
  });
});

describe('bad media', () => {
  const failingSink =
    (code: string, after: number, also?: () => void): OpenSink =>
    async (file) => {
      const handle = await fs.promises.open(file, 'wx');
      let written = 0;
      return {
        async write(data) {
          if (written + data.length > after) {
            also?.();
            throw Object.assign(new Error(`${code}: simulated`), { code });
          }
          written += data.length;
          await handle.write(data);
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    };

  it.each([
    ['a full disk', 'ENOSPC', '空间已满'],
    ['a read-only folder', 'EROFS', '只读'],
    ['a stick that stops answering', 'EIO', '不见了'],
  ])('%s: a clear message, a failed history entry and no file that looks like a backup', async (_, code, words) => {
    const { c, folder } = await setUp();
    await addClient(c, '冯十二');
    c.db.prepare(`DELETE FROM settings WHERE key = 'backup.history'`).run();
    const before = dbContentHash(c.db);
    await expect(runBackup(c.ctx, 'manual', { openSink: failingSink(code, 2000) })).rejects.toMatchObject({ messageKey: expect.stringMatching(/^backup\.errors\./) });
    expect(fs.readdirSync(folder)).toEqual([]);
    const status = await c.call('backup.status');
    expect(status.history[0]!.ok).toBe(false);
    expect(status.history[0]!.error).toContain(words);
    expect(status.lastGood).toBeNull();
    // Only the history entry was added.
    c.db.prepare(`DELETE FROM settings WHERE key = 'backup.history'`).run();
    expect(dbContentHash(c.db)).toBe(before);
  });

  it('a USB stick removed mid-backup: the folder disappears, the backup fails clearly, nothing half-written is left', async () => {
    const { c, folder } = await setUp();
    await addClient(c, '陈十三');
    const gone = async (file: string) => {
      const handle = await fs.promises.open(file, 'wx');
      let n = 0;
      return {
        async write(data: Buffer) {
          await handle.write(data);
          if (++n === 2) fs.rmSync(folder, { recursive: true, force: true });
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    };
    const err = await runBackup(c.ctx, 'manual', { openSink: gone }).catch((e: unknown) => e);
    expect(err).toMatchObject({ messageKey: 'backup.errors.folderGone' });
    expect(fs.existsSync(folder)).toBe(false);
    const status = await c.call('backup.status');
    expect(status.folderReachable).toBe(false);
    expect(status.stale).toBe(true);
    // The stick comes back empty: a backup works again.
    fs.mkdirSync(folder);
    await c.call('backup.run');
  });

  it('a folder that is not writable is refused before anything is written', async () => {
    const { c, folder } = await setUp();
    const notAFolder = path.join(folder, 'file.txt');
    fs.writeFileSync(notAFolder, 'x');
    c.platform.nextFolder(notAFolder);
    await c.call('backup.pickFolder');
    const err = await c.fail('backup.run');
    expect(err.code).toBe('STORAGE');
    expect(fs.readdirSync(folder)).toEqual(['file.txt']);
  });

  it('cannot run twice at once', async () => {
    const { c } = await setUp();
    const first = c.call('backup.run');
    const second = await c.fail('backup.run');
    expect(second.code).toBe('CONFLICT');
    await first;
  });
});

describe('retention', () => {
  const at = (d: string) => ({ at: `${d}T02:00:00.000Z`, file: d });
  it('keeps the newest per day, week and month, and always the newest', () => {
    const days: string[] = [];
    for (let i = 0; i < 400; i++) days.push(new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
    const keep = backupsToKeep(days.map(at), { daily: 7, weekly: 4, monthly: 12 }, 'Asia/Shanghai');
    const newest = days.at(-1)!;
    expect(keep.has(newest)).toBe(true);
    for (let i = 1; i <= 7; i++) expect(keep.has(days.at(-i)!)).toBe(true);
    expect(keep.has(days.at(-9)!)).toBe(false);
    expect(keep.size).toBeLessThanOrEqual(7 + 4 + 12);
    expect(keep.size).toBeGreaterThanOrEqual(12);
  });
  it('never leaves nothing: a single backup is always kept', () => {
    expect([...backupsToKeep([at('2025-01-01')], { daily: 1, weekly: 0, monthly: 0 }, 'UTC')]).toEqual(['2025-01-01']);
  });
  it('deletes old backups in the folder after a run, but never the last good one', async () => {
    const { c, folder } = await setUp();
    await c.call('backup.updateConfig', { retention: { daily: 1, weekly: 0, monthly: 0 } });
    const first = await c.call('backup.run');
    const second = await c.call('backup.run');
    // Same day (the test clock ticks by seconds): only the newest of the day stays.
    expect(fs.readdirSync(folder)).toEqual([path.basename(second.file)]);
    expect(fs.existsSync(first.file)).toBe(false);
    const status = await c.call('backup.status');
    expect(status.history.find((h) => h.file === first.file)?.pruned).toBe(true);
    expect(status.lastGood?.file).toBe(second.file);
  });
});
