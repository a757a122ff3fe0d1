// Nothing readable at rest: a case with a recognisable name, phone number, ID number,
// attachment text and final letter is written, then the database file, its WAL, every
// stored blob, a backup and a handed-over case file are scanned byte by byte.
// And nothing of a purged case in the copies Parley keeps in the data folder (pre-restore,
// pre-migration): they are readable with the same key, so they are decrypted and scanned.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../electron/main/context';
import { readFile } from '../../../electron/main/attachments/store';
import { openSnapshot } from '../../../electron/main/db/snapshot';
import { migrate } from '../../../electron/main/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/main/db/migrations';
import { scratchPerTest } from '../helpers/case';
import { TEST_KEY } from '../helpers/core';
import { PERSON_A, PERSON_B, seedCase } from '../electron/main/cases/seed';
import { decryptedDbPages, decryptedWalPages } from './sqlcipher-pages';
import { allFiles, needleList, plainHits } from './scan';

const scratch = scratchPerTest();

// A Taiwan and a Hong Kong client too: their document numbers are stored compact (F131345674, A1234563).
const TW_CLIENT = { name: '陳美玲', region: 'tw', idType: 'tw_national', idNumber: 'F131345674', phone: '0912345678' } as const;
const HK_CLIENT = { name: '陳大文', region: 'hk', idType: 'hk_identity', idNumber: 'A1234563', phone: '91234567' } as const;
const NEEDLES = [
  ...needleList({ ...PERSON_A, extra: [PERSON_A.attachmentText, '收入证明'] }),
  ...[TW_CLIENT, HK_CLIENT].flatMap((c) => [c.name, c.idNumber, c.phone, c.idNumber.replace(/\D/g, '')]),
];

describe('nothing readable at rest', () => {
  it('keeps names, phone and ID numbers, attachments, letters, backups and hand-over files encrypted', async () => {
    const dir = scratch.folder('parley-at-rest-');
    const out = scratch.folder('parley-at-rest-out-');
    const core = scratch.open(dir);
    const seeded = await seedCase(core, PERSON_A);
    for (const c of [TW_CLIENT, HK_CLIENT]) await core.call('clients.create', c);

    // A letter finalised through the letters capability: its PDF is stored as a file.
    await core.call('settings.update', { counsellorName: '林顾问' });
    const debt = await core.call('debts.create', { clientId: seeded.clientId, lenderId: 1, accountRef: 'CC-4410', principalFen: 500_000, loanDate: '2023-01-05', firstMissedDate: '2024-06-01' });
    const draft = await core.call('letters.draft', { clientId: seeded.clientId, debtId: debt.id, type: 'hardship', locale: 'zh-CN' });
    const final = await core.call('letters.finalise', { id: draft.id, rev: draft.rev });
    expect(final.status).toBe('final');

    // Positive control: the scanner sees the data once the pages are decrypted with the key.
    const decrypted = Buffer.concat([...decryptedDbPages(core.file, TEST_KEY), ...decryptedWalPages(`${core.file}-wal`, TEST_KEY)]);
    expect(plainHits(decrypted, [PERSON_A.name, PERSON_A.phone, PERSON_A.idNumber, TW_CLIENT.idNumber, HK_CLIENT.idNumber])).toEqual([
      PERSON_A.name,
      PERSON_A.phone,
      PERSON_A.idNumber,
      TW_CLIENT.idNumber,
      HK_CLIENT.idNumber,
    ]);

    // The database and its WAL, as they lie on disk while the app runs.
    expect(fs.statSync(`${core.file}-wal`).size).toBeGreaterThan(0);
    expect(plainHits(fs.readFileSync(core.file), NEEDLES)).toEqual([]);
    expect(plainHits(fs.readFileSync(`${core.file}-wal`), NEEDLES)).toEqual([]);

    // Every stored blob (the attachment, the seeded PDF, the finalised letter's PDF).
    const blobs = allFiles(path.join(dir, 'files'));
    expect(blobs.length).toBeGreaterThanOrEqual(3);
    for (const b of blobs) expect(plainHits(fs.readFileSync(b), NEEDLES), b).toEqual([]);

    // A backup, made by the backup capability.
    await core.call('backup.setPassphrase', { passphrase: 'backup passphrase 2025' });
    core.platform.nextFolder(out);
    await core.call('backup.pickFolder');
    const backup = await core.call('backup.run');
    expect(fs.statSync(backup.file).size).toBeGreaterThan(fs.statSync(blobs[0]!).size);
    expect(plainHits(fs.readFileSync(backup.file), NEEDLES)).toEqual([]);

    // A handed-over case.
    const handover = path.join(out, 'case.parleycase');
    core.platform.nextSavePath(handover);
    await core.call('cases.export', { clientId: seeded.clientId, passphrase: 'hand-over passphrase' });
    expect(plainHits(fs.readFileSync(handover), NEEDLES)).toEqual([]);

    // And nothing else in the data folder holds them either (after a checkpoint, too).
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const f of allFiles(dir)) expect(plainHits(fs.readFileSync(f), NEEDLES), f).toEqual([]);
  });

  it('leaves nothing of a purged case in the pre-restore and pre-migration copies of the data folder', async () => {
    const dir = scratch.folder('parley-at-rest-copies-');
    const out = scratch.folder('parley-at-rest-copies-out-');
    let core = scratch.open(dir);
    const a = await seedCase(core, PERSON_A, { closed: true });
    await seedCase(core, PERSON_B);
    const needles = needleList({ ...PERSON_A, extra: [PERSON_A.attachmentText, a.caseRef] });

    // A backup, restored: the data it replaced (both cases) goes to pre-restore-<stamp>/.
    await core.call('backup.setPassphrase', { passphrase: 'backup passphrase 2025' });
    core.platform.nextFolder(out);
    await core.call('backup.pickFolder');
    const made = await core.call('backup.run');
    core.platform.nextFiles([made.file]);
    const picked = await core.call('backup.restorePick');
    const inspected = await core.call('backup.restoreInspect', { pick: picked.pick!, passphrase: 'backup passphrase 2025' });
    const applied = await core.call('backup.restoreApply', { token: inspected.token });
    const preRestore = path.basename(applied.keptAside);
    // (The test core's db and ctx are the ones it was opened with: open it again on the restored data.)
    core.close();
    core = scratch.open(dir);
    // A schema upgrade (one more migration, as the next Parley version brings): migrate() copies the file to pre-migration/.
    const upgrade = migrate(core.db, core.file, [...MIGRATIONS, { version: LATEST_SCHEMA_VERSION + 1, name: 'next_version', up: () => undefined }], new Date());
    const preMigration = upgrade.backupFile!;
    expect(path.dirname(preMigration)).toBe(path.join(dir, 'pre-migration'));
    // (The live file goes back to this version's schema, so this core keeps serving it.)
    core.db.prepare('DELETE FROM schema_migrations WHERE version > ?').run(LATEST_SCHEMA_VERSION);
    core.db.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);

    /** Every decrypted page of every database file in the kept copies, and every blob there, decrypted. */
    const copyContents = (): Buffer => {
      const parts: Buffer[] = [];
      for (const f of allFiles(dir).filter((f) => /[\\/]pre-(restore-[^\\/]+|migration)[\\/]/.test(f))) {
        if (f.endsWith('.db')) parts.push(...decryptedDbPages(f, TEST_KEY), ...decryptedWalPages(`${f}-wal`, TEST_KEY));
      }
      const copyDir = path.join(dir, preRestore);
      if (fs.existsSync(path.join(copyDir, 'parley.db'))) {
        const copy = openSnapshot(path.join(copyDir, 'parley.db'), TEST_KEY, true);
        try {
          const ctx = { ...core.ctx, db: copy, dataDir: copyDir } as HandlerContext;
          for (const { id } of copy.prepare('SELECT id FROM files').all() as { id: number }[]) parts.push(readFile(ctx, id));
        } finally {
          copy.close();
        }
      }
      return Buffer.concat(parts);
    };
    // Positive control: before the purge, both copies hold the person, readable with the key.
    expect(plainHits(Buffer.concat(decryptedDbPages(path.join(dir, preRestore, 'parley.db'), TEST_KEY)), [PERSON_A.name, PERSON_A.idNumber])).toHaveLength(2);
    expect(plainHits(Buffer.concat(decryptedDbPages(preMigration, TEST_KEY)), [PERSON_A.name, PERSON_A.idNumber])).toHaveLength(2);
    expect(plainHits(copyContents(), [PERSON_A.attachmentText])).toHaveLength(1);

    // What the purge will do, as the confirmation shows it.
    const reach = await core.call('cases.purgeReach', { clientId: a.clientId });
    expect(reach.copies.map((c) => [c.name, c.kind, c.action]).sort()).toEqual([
      [`pre-migration/${path.basename(preMigration)}`, 'pre-migration', 'delete'],
      [preRestore, 'pre-restore', 'rewrite'],
    ]);
    expect(reach.backups.map((b) => b.file)).toEqual([made.file]);

    const purged = await core.call('cases.purge', { clientId: a.clientId, confirmCaseRef: a.caseRef });

    // Nothing of the person in any decrypted page or blob of the copies, nor in plain bytes anywhere in the data folder.
    expect(plainHits(copyContents(), needles)).toEqual([]);
    for (const f of allFiles(dir)) expect(plainHits(fs.readFileSync(f), needles), f).toEqual([]);
    expect(purged.copies).toEqual({ rewritten: [preRestore], removed: [`pre-migration/${path.basename(preMigration)}`], failed: [] });
    expect(fs.existsSync(preMigration)).toBe(false);
    // The pre-restore copy is still a way back for the other client: whole, with its stored file.
    const copy = openSnapshot(path.join(dir, preRestore, 'parley.db'), TEST_KEY, true);
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT name FROM clients').pluck().all()).toEqual([PERSON_B.name]);
    } finally {
      copy.close();
    }
    expect(plainHits(copyContents(), [PERSON_B.attachmentText])).toHaveLength(1);
    // The sealed backup cannot be reached: it is named as still holding the case.
    expect(purged.backups.map((b) => b.fileName)).toEqual([path.basename(made.file)]);
  });
});
