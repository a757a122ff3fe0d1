// After a purge no trace of the person remains: not in any column of any table (the FTS
// shadow tables included), not in any byte of the decrypted database pages (free pages and
// unused space included) or the WAL, and not in any stored file, decrypted or not.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from '../../../electron/main/attachments/store';
import { TEST_KEY, makeTempDir, openTestCore, removeDir, tableNames, type TestCore } from '../helpers/core';
import { PERSON_A, PERSON_B, seedCase } from '../electron/main/cases/seed';
import { decryptedDbPages, decryptedWalPages } from './sqlcipher-pages';
import { allFiles, needleList, plainHits } from './scan';

let dir: string | undefined;
let core: TestCore | undefined;
afterEach(() => {
  core?.close();
  core = undefined;
  if (dir) {
    removeDir(dir);
    removeDir(`${dir}-platform`);
  }
  dir = undefined;
});

/** Every value of every column of every table, as bytes (text as UTF-8, blobs as they are). */
function everyCell(c: TestCore): Buffer {
  const parts: Buffer[] = [];
  for (const t of tableNames(c.db)) {
    for (const row of c.db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][]) {
      for (const v of row) parts.push(Buffer.isBuffer(v) ? v : Buffer.from(String(v), 'utf8'));
    }
  }
  return Buffer.concat(parts);
}

function decryptedPages(c: TestCore): Buffer {
  return Buffer.concat([...decryptedDbPages(c.file, TEST_KEY), ...decryptedWalPages(`${c.file}-wal`, TEST_KEY)]);
}

describe('purge leaves no trace', () => {
  it('scans tables, decrypted pages, the WAL and every stored file for the purged person', async () => {
    dir = makeTempDir('parley-trace-');
    core = openTestCore(dir);
    const a = await seedCase(core, PERSON_A, { closed: true });
    const b = await seedCase(core, PERSON_B);
    // Edits made before the purge leave old versions of rows in free space.
    const detail = await core.call('clients.get', { id: a.clientId });
    await core.call('clients.update', { id: a.clientId, rev: detail.rev, patch: { notes: `${PERSON_A.name} 第二次备注`, closureReason: 'plan_completed' } });
    const needles = needleList({ ...PERSON_A, extra: [PERSON_A.attachmentText, `${PERSON_A.name}-payslip.txt`, a.caseRef, '燚堃'] });
    const others = needleList({ ...PERSON_B, extra: [PERSON_B.attachmentText] });

    // Positive control: before the purge, the scans find the person everywhere they look.
    expect(plainHits(everyCell(core), [PERSON_A.name, PERSON_A.phone, PERSON_A.idNumber])).toHaveLength(3);
    expect(plainHits(decryptedPages(core), [PERSON_A.name, PERSON_A.phone, PERSON_A.idNumber])).toHaveLength(3);
    const blobTexts = () =>
      Buffer.concat((core!.db.prepare('SELECT id FROM files').all() as { id: number }[]).map((f) => readFile(core!.ctx, f.id)));
    expect(plainHits(blobTexts(), [PERSON_A.attachmentText])).toHaveLength(1);

    await core.call('cases.purge', { clientId: a.clientId, confirmCaseRef: a.caseRef });

    expect(plainHits(everyCell(core), needles)).toEqual([]);
    expect(plainHits(decryptedPages(core), needles)).toEqual([]);
    expect(fs.statSync(`${core.file}-wal`).size).toBe(0);
    expect(plainHits(blobTexts(), needles)).toEqual([]);
    // No blob without a row (nothing left behind to decrypt later), and none holds the person in plain bytes.
    const names = new Set((core.db.prepare('SELECT blob_name FROM files').all() as { blob_name: string }[]).map((r) => r.blob_name));
    expect(fs.readdirSync(path.join(dir, 'files')).filter((n) => !names.has(n))).toEqual([]);
    for (const f of allFiles(dir)) expect(plainHits(fs.readFileSync(f), needles), f).toEqual([]);

    // The other client is untouched, and the audit keeps the purge as a bare fact.
    expect(plainHits(everyCell(core), [PERSON_B.name, PERSON_B.idNumber])).toHaveLength(2);
    expect(plainHits(blobTexts(), [others.at(-1)!])).toHaveLength(1);
    const purges = core.db.prepare(`SELECT entity, entity_id, after_json FROM audit_log WHERE action = 'purge'`).all() as { after_json: string }[];
    expect(purges).toHaveLength(1);
    expect(Object.keys(JSON.parse(purges[0]!.after_json)).sort()).toEqual(['caseTag', 'files', 'rows']);
    expect(b.clientId).toBeGreaterThan(0);

    // And after a restart the database opens and still has no trace.
    core.close();
    core = openTestCore(dir);
    expect(plainHits(everyCell(core), needles)).toEqual([]);
    expect((core.db.pragma('integrity_check', { simple: true }) as string)).toBe('ok');
  });
});
