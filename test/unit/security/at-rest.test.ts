// Nothing readable at rest: a case with a recognisable name, phone number, ID number,
// attachment text and final letter is written, then the database file, its WAL, every
// stored blob, a backup and a handed-over case file are scanned byte by byte.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_KEY, makeTempDir, openTestCore, removeDir, type TestCore } from '../helpers/core';
import { PERSON_A, seedCase } from '../electron/main/cases/seed';
import { decryptedDbPages, decryptedWalPages } from './sqlcipher-pages';
import { allFiles, needleList, plainHits } from './scan';

const dirs: string[] = [];
let core: TestCore | undefined;
afterEach(() => {
  core?.close();
  core = undefined;
  for (const d of dirs.splice(0)) {
    removeDir(d);
    removeDir(`${d}-platform`);
  }
});

const NEEDLES = needleList({ ...PERSON_A, extra: [PERSON_A.attachmentText, '收入证明'] });

describe('nothing readable at rest', () => {
  it('keeps names, phone and ID numbers, attachments, letters, backups and hand-over files encrypted', async () => {
    const dir = makeTempDir('parley-at-rest-');
    dirs.push(dir);
    const out = makeTempDir('parley-at-rest-out-');
    dirs.push(out);
    core = openTestCore(dir);
    const seeded = await seedCase(core, PERSON_A);

    // A letter finalised through the letters capability: its PDF is stored as a file.
    await core.call('settings.update', { counsellorName: '林顾问' });
    const debt = await core.call('debts.create', { clientId: seeded.clientId, lenderId: 1, accountRef: 'CC-4410', principalFen: 500_000, loanDate: '2023-01-05', firstMissedDate: '2024-06-01' });
    const draft = await core.call('letters.draft', { clientId: seeded.clientId, debtId: debt.id, type: 'hardship', locale: 'zh-CN' });
    const final = await core.call('letters.finalise', { id: draft.id, rev: draft.rev });
    expect(final.status).toBe('final');

    // Positive control: the scanner sees the data once the pages are decrypted with the key.
    const decrypted = Buffer.concat([...decryptedDbPages(core.file, TEST_KEY), ...decryptedWalPages(`${core.file}-wal`, TEST_KEY)]);
    expect(plainHits(decrypted, [PERSON_A.name, PERSON_A.phone, PERSON_A.idNumber])).toEqual([PERSON_A.name, PERSON_A.phone, PERSON_A.idNumber]);

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
});
