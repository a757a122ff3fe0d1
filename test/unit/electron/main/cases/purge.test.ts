import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { purgedCaseTag } from '../../../../../electron/main/cases/purge';
import { CASE_TABLES } from '../../../../../electron/main/db/case-tables';
import { readFile } from '../../../../../electron/main/attachments/store';
import { makeTempDir, openTestCore, removeDir, type TestCore } from '../../../helpers/core';
import { PERSON_A, PERSON_B, seedCase } from './seed';

let dir: string | undefined;
let core: TestCore;
afterEach(() => {
  core?.close();
  if (dir) {
    removeDir(dir);
    removeDir(`${dir}-platform`);
  }
  dir = undefined;
});

function open(now?: () => Date): TestCore {
  dir = makeTempDir('parley-purge-');
  core = openTestCore(dir, now ? { now } : {});
  return core;
}

const count = (sql: string, ...args: unknown[]) => (core.db.prepare(sql).get(...args) as { n: number }).n;

describe('retention', () => {
  it('lists closed cases past the retention period, from the day they were closed', async () => {
    open();
    const old = await seedCase(core, PERSON_A, { closed: true });
    const recent = await seedCase(core, PERSON_B, { closed: true });
    // The first case was closed six years ago.
    core.db.prepare(`UPDATE client_status_changes SET at = '2019-02-01T08:00:00.000Z' WHERE client_id = ? AND to_status = 'closed'`).run(old.clientId);
    const r = await core.call('cases.retention');
    expect(r.years).toBe(5);
    expect(r.due.map((d) => d.clientId)).toEqual([old.clientId]);
    expect(r.due[0]!.purgeDueFrom).toBe('2024-02-01');
    const info = await core.call('cases.info', { clientId: recent.clientId });
    expect(info).toMatchObject({ closed: true, due: false });

    // Shorter retention: nothing recent becomes due (closed today), the setting is kept and audited.
    const set = await core.call('cases.setRetention', { years: 1 });
    expect(set.years).toBe(1);
    expect((await core.call('cases.retention')).years).toBe(1);
    expect(count(`SELECT count(*) AS n FROM audit_log WHERE entity = 'settings' AND entity_id = 'cases.retentionYears'`)).toBe(1);
    expect((await core.fail('cases.setRetention', { years: 0 })).code).toBe('VALIDATION');
  });

  it('does not list open cases', async () => {
    open();
    const open1 = await seedCase(core, PERSON_A);
    core.db.prepare(`UPDATE clients SET updated_at = '2010-01-01T00:00:00.000Z' WHERE id = ?`).run(open1.clientId);
    expect((await core.call('cases.retention')).due).toEqual([]);
    expect(await core.call('cases.info', { clientId: open1.clientId })).toMatchObject({ closed: false, due: false });
  });
});

describe('purge', () => {
  it('refuses open cases and a mistyped case number, changing nothing', async () => {
    open();
    const a = await seedCase(core, PERSON_A);
    expect((await core.fail('cases.purge', { clientId: a.clientId, confirmCaseRef: a.caseRef })).code).toBe('CONFLICT');
    const closed = await seedCase(core, PERSON_B, { closed: true });
    const err = await core.fail('cases.purge', { clientId: closed.clientId, confirmCaseRef: 'P-0000-00000' });
    expect(err.code).toBe('VALIDATION');
    expect(err.fields).toHaveProperty('confirmCaseRef');
    expect(count('SELECT count(*) AS n FROM clients')).toBe(2);
  });

  it('removes every row, unshared stored file, search entry and audit row of the case, and keeps the other case whole', async () => {
    open();
    const shared = 'THE SAME RECEIPT IN BOTH CASES';
    const a = await seedCase(core, PERSON_A, { closed: true, sharedText: shared });
    const b = await seedCase(core, PERSON_B, { sharedText: shared });
    const bBefore = Object.fromEntries(CASE_TABLES.map((t) => [t.table, count(`SELECT count(*) AS n FROM "${t.table}" WHERE ${t.where}`, b.clientId)]));
    const blobs = () => fs.readdirSync(path.join(core.dir, 'files')).sort();
    const blobsBefore = blobs();

    const r = await core.call('cases.purge', { clientId: a.clientId, confirmCaseRef: a.caseRef });
    expect(r.rows).toBeGreaterThan(20);
    // The payslip and the letter PDF were this case's alone; the shared receipt stays for the other case.
    expect(r.files).toBe(2);
    expect(blobs()).toHaveLength(blobsBefore.length - 2);
    for (const t of CASE_TABLES) expect(count(`SELECT count(*) AS n FROM "${t.table}" WHERE ${t.where}`, a.clientId), t.table).toBe(0);
    for (const t of CASE_TABLES) expect(count(`SELECT count(*) AS n FROM "${t.table}" WHERE ${t.where}`, b.clientId), t.table).toBe(bBefore[t.table]);
    const sharedFile = core.db.prepare(`SELECT a.file_id FROM attachments a WHERE a.client_id = ? AND a.file_name = 'shared.txt'`).get(b.clientId) as { file_id: number };
    expect(readFile(core.ctx, sharedFile.file_id).toString()).toBe(shared);
    // Search: nothing of the purged client or its debts; the other client is still found.
    expect(count(`SELECT count(*) AS n FROM search_index WHERE kind IN ('client', 'debt') AND ref_id = ?`, a.clientId)).toBe(0);
    for (const d of a.debtIds) expect(count(`SELECT count(*) AS n FROM search_index WHERE kind = 'debt' AND ref_id = ?`, d)).toBe(0);
    expect(JSON.stringify(await core.call('search.query', { q: PERSON_B.name }))).toContain(String(b.clientId));
    // Audit: no row names the purged client; one row says a purge happened, with a keyed tag only.
    const audit = core.db.prepare('SELECT * FROM audit_log').all() as Record<string, string | null>[];
    const text = JSON.stringify(audit);
    for (const needle of [PERSON_A.name, PERSON_A.phone, PERSON_A.idNumber, a.caseRef]) expect(text).not.toContain(needle);
    expect(text).toContain(PERSON_B.name);
    const purges = audit.filter((x) => x['action'] === 'purge');
    expect(purges).toHaveLength(1);
    expect(purges[0]).toMatchObject({ entity: 'case', entity_id: null });
    expect(JSON.parse(purges[0]!['after_json']!)).toEqual({ caseTag: purgedCaseTag(core.ctx, a.caseRef), rows: r.rows, files: 2 });
    // No audit row still points at one of the purged rows.
    expect(count(`SELECT count(*) AS n FROM audit_log WHERE entity = 'client' AND entity_id = ?`, String(a.clientId))).toBe(0);
    // The WAL was emptied.
    expect(fs.statSync(`${core.file}-wal`).size).toBe(0);
  });

  it('removes decrypted copies of the case left in the temp folder for the viewer', async () => {
    open();
    const a = await seedCase(core, PERSON_A, { closed: true });
    const b = await seedCase(core, PERSON_B);
    const temp = core.platform.tempDir();
    fs.mkdirSync(path.join(temp, 'x1'), { recursive: true });
    fs.writeFileSync(path.join(temp, 'x1', 'payslip.txt'), PERSON_A.attachmentText);
    fs.writeFileSync(path.join(temp, `${a.caseRef}-协商还款申请书-1.pdf`), 'pdf');
    fs.writeFileSync(path.join(temp, 'other.txt'), PERSON_B.attachmentText);
    await core.call('cases.purge', { clientId: a.clientId, confirmCaseRef: a.caseRef });
    expect(fs.readdirSync(temp).sort()).toEqual(['other.txt', 'x1']);
    expect(fs.readdirSync(path.join(temp, 'x1'))).toEqual([]);
    expect(b.clientId).toBeGreaterThan(0);
  });

  it('purges an archived case too', async () => {
    open();
    const a = await seedCase(core, PERSON_A);
    await core.call('clients.archive', { id: a.clientId });
    await core.call('cases.purge', { clientId: a.clientId, confirmCaseRef: ` ${a.caseRef} ` });
    expect(count('SELECT count(*) AS n FROM clients')).toBe(0);
  });

  it('runs in a worker with its own connection: the main thread answers a call made after the purge began before the purge ends', async () => {
    open();
    const a = await seedCase(core, PERSON_A, { closed: true });
    const b = await seedCase(core, PERSON_B);
    const order: string[] = [];
    // On the main thread the purge would run to its end inside the first call, before the list could be asked for.
    const purge = core.call('cases.purge', { clientId: a.clientId, confirmCaseRef: a.caseRef }).then(() => order.push('purge'));
    const list = core.call('clients.list', {}).then((r) => {
      order.push('list');
      return r;
    });
    const listed = await list;
    await purge;
    expect(order).toEqual(['list', 'purge']);
    expect(listed.items.map((c) => c.id)).toContain(b.clientId);
    expect(count('SELECT count(*) AS n FROM clients WHERE id = ?', a.clientId)).toBe(0);
  });

  it('names the backups made since the case was created as still holding it, and deletes a kept copy it cannot rewrite', async () => {
    open();
    const out = makeTempDir('parley-purge-backups-');
    try {
      await core.call('backup.setPassphrase', { passphrase: 'backup passphrase 2025' });
      core.platform.nextFolder(out);
      await core.call('backup.pickFolder');
      const before = await core.call('backup.run');
      const a = await seedCase(core, PERSON_A, { closed: true });
      const after = await core.call('backup.run');
      // One more made on another laptop and copied into the folder: known by its name only (local time).
      fs.copyFileSync(after.file, path.join(out, 'parley-backup-20991231-235959.parleybak'));
      // A pre-restore copy Parley cannot open with this key (or at another schema): it may hold the case.
      const unreadable = path.join(core.dir, 'pre-restore-2025-03-01T08-00-00-000Z');
      fs.mkdirSync(path.join(unreadable, 'files'), { recursive: true });
      fs.writeFileSync(path.join(unreadable, 'parley.db'), Buffer.alloc(8192, 7));

      const reach = await core.call('cases.purgeReach', { clientId: a.clientId });
      expect(reach.backups.map((b) => b.fileName)).toEqual(['parley-backup-20991231-235959.parleybak', path.basename(after.file)]);
      expect(reach.backups.map((b) => b.file)).not.toContain(before.file);
      expect(reach.copies).toEqual([{ name: path.basename(unreadable), kind: 'pre-restore', madeAt: '2025-03-01T08:00:00.000Z', action: 'delete' }]);

      const r = await core.call('cases.purge', { clientId: a.clientId, confirmCaseRef: a.caseRef });
      expect(r.copies).toEqual({ rewritten: [], removed: [path.basename(unreadable)], failed: [] });
      expect(fs.existsSync(unreadable)).toBe(false);
      expect(r.backups.map((b) => b.fileName)).toEqual(reach.backups.map((b) => b.fileName));
      expect((await core.fail('cases.purgeReach', { clientId: a.clientId })).code).toBe('NOT_FOUND');
    } finally {
      removeDir(out);
    }
  });
});
