import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealFile } from '../../../../../electron/main/backup/container';
import { collectCase } from '../../../../../electron/main/cases/export';
import { CASE_FILE_KIND, CASE_PART, FILE_PART_PREFIX, MANIFEST_PART } from '../../../../../electron/main/cases/format';
import { CASE_TABLES, NON_CASE_TABLES } from '../../../../../electron/main/db/case-tables';
import { readFile } from '../../../../../electron/main/attachments/store';
import { scratchPerTest } from '../../../helpers/case';
import { dbContentHash, dirHashes, tableNames, type TestCore } from '../../../helpers/core';
import { caseDump } from './dump';
import { PERSON_A, PERSON_B, ensureLender, seedCase } from './seed';

const PASS = 'correct horse battery';
const scratch = scratchPerTest();
const open = (): TestCore => scratch.open(scratch.folder('parley-cases-'));
const outFile = (name: string) => path.join(scratch.folder('parley-handover-'), name);

async function exportTo(core: TestCore, clientId: number, file: string, passphrase = PASS) {
  core.platform.nextSavePath(file);
  return core.call('cases.export', { clientId, passphrase });
}

async function preview(core: TestCore, file: string, passphrase = PASS) {
  core.platform.nextFiles([file]);
  const picked = await core.call('cases.importPreview', { passphrase });
  if (!picked.picked) throw new Error('no file was picked');
  return picked;
}

/** Everything a failed import must leave untouched: the database content and the files folder. */
function stateOf(core: TestCore) {
  const files = path.join(core.dir, 'files');
  return { db: dbContentHash(core.db), files: fs.existsSync(files) ? dirHashes(files) : {} };
}

describe('case coverage', () => {
  it('names every table of the schema either as part of a case or as not belonging to one', () => {
    const core = open();
    const listed = new Set([...CASE_TABLES.map((t) => t.table), ...NON_CASE_TABLES]);
    const missing = tableNames(core.db).filter((t) => !listed.has(t) && !/^search_(index|log)_/.test(t));
    expect(missing).toEqual([]);
    // And every table with a client_id column is a case table.
    for (const t of tableNames(core.db)) {
      const cols = (core.db.prepare('SELECT name FROM pragma_table_info(?)').all(t) as { name: string }[]).map((c) => c.name);
      if (cols.includes('client_id')) expect(CASE_TABLES.map((c) => c.table)).toContain(t);
    }
  });

  it('collects a row of every case table for a complete case', async () => {
    const core = open();
    const seeded = await seedCase(core, PERSON_A);
    const content = collectCase(core.ctx, seeded.clientId);
    for (const t of CASE_TABLES) expect(content.tables[t.table]?.length, t.table).toBeGreaterThan(0);
    expect(content.lenders.map((l) => l.name).sort()).toEqual(['招商银行', '蚂蚁借呗']);
    expect(content.files).toHaveLength(2);
    expect(content.audit.length).toBeGreaterThan(3);
  });
});

describe('case hand-over', () => {
  it('exports a case from one installation and imports it into another, equal after id remapping', async () => {
    const a = open();
    const seeded = await seedCase(a, PERSON_A);
    const file = outFile('case.parleycase');
    const exported = await exportTo(a, seeded.clientId, file);
    expect(exported.saved).toBe(true);
    expect(exported.counts.debts).toBe(2);
    expect(exported.files).toBe(2);

    const b = open();
    // The other installation knows the bank under a longer name, with the short one as an alias.
    await b.call('lenders.create', { name: '招商银行股份有限公司', aliases: ['招商银行'], type: 'bank' });
    await b.call('clients.create', { name: '先来的客户' });
    const before = stateOf(b);
    const p = await preview(b, file);
    expect(p.preview.name).toBe(PERSON_A.name);
    expect(p.preview.caseRef).toBe(seeded.caseRef);
    // Every installation numbers its cases from P-<year>-00001: the number is taken here by someone else.
    expect(p.preview.conflicts).toEqual([{ kind: 'caseRef', clientId: 1, caseRef: seeded.caseRef, name: '先来的客户' }]);
    expect(p.preview.counts).toEqual(exported.counts);
    const bank = p.preview.lenders.find((l) => l.name === '招商银行')!;
    expect(bank.matchedName).toBe('招商银行股份有限公司');
    expect(bank.matchedOn).toBe('招商银行');
    expect(p.preview.lenders.find((l) => l.name === '蚂蚁借呗')!.matchedId).toBeNull();
    // The preview wrote nothing.
    expect(stateOf(b)).toEqual(before);

    const r = await b.call('cases.import', { token: p.token, passphrase: PASS, onConflict: 'newCase' });
    expect(r.imported).toBe(true);
    expect(r.originalCaseRef).toBe(seeded.caseRef);
    expect(r.caseRef).toBe('P-2025-00002');
    expect(r.lendersMatched.map((l) => l.matchedName)).toEqual(['招商银行股份有限公司']);
    expect(r.lendersCreated).toEqual(['蚂蚁借呗']);
    expect(r.idNumberDropped).toBe(false);

    const ignore = { clients: ['case_ref'] };
    const left = caseDump(a.db, seeded.clientId, ignore);
    const right = caseDump(b.db, r.clientId!, ignore);
    // The bank is the matched lender here: compare lenders through the name map.
    const renamed = JSON.parse(JSON.stringify(right).replaceAll('lender:招商银行股份有限公司', 'lender:招商银行')) as typeof right;
    expect(renamed).toEqual(left);

    // Stored files arrived through the store and decrypt to the same content.
    const att = b.db.prepare('SELECT file_id FROM attachments WHERE client_id = ?').get(r.clientId) as { file_id: number };
    expect(readFile(b.ctx, att.file_id).toString('utf8')).toBe(PERSON_A.attachmentText);
    // Search finds the client, its debt's account number and the new lender.
    const found = await b.call('search.query', { q: PERSON_A.name });
    expect(JSON.stringify(found)).toContain(String(r.clientId));
    const byAccount = await b.call('search.query', { q: '6225880011112222' });
    expect(JSON.stringify(byAccount)).toContain('6225880011112222'.slice(-4));
    // The case's history came along, and one row says it was imported.
    const audit = b.db.prepare(`SELECT entity, entity_id, after_json FROM audit_log WHERE entity = 'client' AND entity_id = ?`).all(String(r.clientId)) as { after_json: string }[];
    expect(audit.some((x) => x.after_json.includes(`"importedCase":"${seeded.caseRef}"`))).toBe(true);
    expect(audit.length).toBeGreaterThan(1);
  });

  it('reuses one stored copy when the same file content is already here', async () => {
    const a = open();
    const seeded = await seedCase(a, PERSON_A);
    const file = outFile('case.parleycase');
    await exportTo(a, seeded.clientId, file);
    const b = open();
    await seedCase(b, { ...PERSON_B, attachmentText: PERSON_A.attachmentText });
    const filesBefore = (b.db.prepare('SELECT count(*) AS n FROM files').get() as { n: number }).n;
    const p = await preview(b, file);
    await b.call('cases.import', { token: p.token, passphrase: PASS, onConflict: 'newCase' });
    // Two files in the case, one of them already stored here.
    expect((b.db.prepare('SELECT count(*) AS n FROM files').get() as { n: number }).n).toBe(filesBefore + 1);
  });

  it('imports in a worker with its own connection: the main thread answers a call made after the import began before the import ends', async () => {
    const a = open();
    const seeded = await seedCase(a, PERSON_A);
    const file = outFile('case.parleycase');
    await exportTo(a, seeded.clientId, file);
    const b = open();
    const p = await preview(b, file);
    const order: string[] = [];
    // On the main thread the import's transaction would run to its end before the list could be asked for.
    const imported = b.call('cases.import', { token: p.token, passphrase: PASS, onConflict: 'newCase' }).then((r) => {
      order.push('import');
      return r;
    });
    const listed = await b.call('clients.list', {}).then((r) => {
      order.push('list');
      return r;
    });
    const result = await imported;
    expect(order).toEqual(['list', 'import']);
    expect(listed.items).toHaveLength(0);
    expect(result.imported).toBe(true);
    expect((await b.call('clients.list', {})).items.map((c) => c.id)).toEqual([result.clientId]);
  });

  it('previews in the job worker, on its own connection: a lender added in a transaction not yet committed on the main connection is not matched', async () => {
    const a = open();
    const seeded = await seedCase(a, PERSON_A);
    const file = outFile('case.parleycase');
    await exportTo(a, seeded.clientId, file);
    const b = open();
    await ensureLender(b, '蚂蚁借呗', []);
    // Decrypting and checking a large file on the main thread would hold it for seconds. A
    // preview made on the main connection would see this uncommitted lender; the worker's cannot.
    b.db.exec('BEGIN');
    try {
      await ensureLender(b, '招商银行', []);
      const p = await preview(b, file);
      expect(p.preview.caseRef).toBe(seeded.caseRef);
      const matched = Object.fromEntries(p.preview.lenders.map((l) => [l.name, l.matchedName]));
      expect(matched).toEqual({ 招商银行: null, 蚂蚁借呗: '蚂蚁借呗' });
    } finally {
      b.db.exec('ROLLBACK');
    }
  });

  it('never overwrites an existing client: asks, cancels, or imports as a new case', async () => {
    const a = open();
    const seeded = await seedCase(a, PERSON_A);
    const file = outFile('case.parleycase');
    await exportTo(a, seeded.clientId, file);
    // Importing into the same installation: same ID number and same case number.
    const before = stateOf(a);
    const p = await preview(a, file);
    expect(p.preview.conflicts.map((c) => c.kind).sort()).toEqual(['caseRef', 'idNumber']);
    const asked = await a.fail('cases.import', { token: p.token, passphrase: PASS });
    expect(asked.code).toBe('CONFLICT');
    expect(stateOf(a)).toEqual(before);
    const cancelled = await a.call('cases.import', { token: p.token, passphrase: PASS, onConflict: 'cancel' });
    expect(cancelled.imported).toBe(false);
    expect(stateOf(a)).toEqual(before);

    const p2 = await preview(a, file);
    const r = await a.call('cases.import', { token: p2.token, passphrase: PASS, onConflict: 'newCase' });
    expect(r.imported).toBe(true);
    expect(r.caseRef).not.toBe(seeded.caseRef);
    expect(r.idNumberDropped).toBe(true);
    const rows = a.db.prepare('SELECT id, case_ref, id_number FROM clients ORDER BY id').all() as { id: number; case_ref: string; id_number: string | null }[];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ id: seeded.clientId, case_ref: seeded.caseRef, id_number: PERSON_A.idNumber });
    expect(rows[1]).toMatchObject({ id: r.clientId, id_number: null });
    expect(r.lendersCreated).toEqual([]);
  });

  it('refuses a wrong passphrase, a tampered, a truncated and a foreign file, writing nothing', async () => {
    const a = open();
    const seeded = await seedCase(a, PERSON_A);
    const file = outFile('case.parleycase');
    await exportTo(a, seeded.clientId, file);
    const b = open();
    await seedCase(b, PERSON_B);
    const before = stateOf(b);
    const bytes = fs.readFileSync(file);

    const wrong = await (async () => {
      b.platform.nextFiles([file]);
      return b.fail('cases.importPreview', { passphrase: 'not the passphrase' });
    })();
    expect(wrong.message).toBe('口令不正确，无法打开这个文件');

    const tampered = outFile('tampered.parleycase');
    const t = Buffer.from(bytes);
    t[Math.floor(t.length / 2)]! ^= 0x01;
    fs.writeFileSync(tampered, t);
    b.platform.nextFiles([tampered]);
    expect((await b.fail('cases.importPreview', { passphrase: PASS })).message).toBe('文件已损坏或被改动过，无法导入');

    const truncated = outFile('truncated.parleycase');
    fs.writeFileSync(truncated, bytes.subarray(0, bytes.length - 100));
    b.platform.nextFiles([truncated]);
    expect((await b.fail('cases.importPreview', { passphrase: PASS })).message).toBe('文件不完整（可能复制时中断了），无法导入');

    const foreign = outFile('notes.parleycase');
    fs.writeFileSync(foreign, 'just some text, not a case');
    b.platform.nextFiles([foreign]);
    expect((await b.fail('cases.importPreview', { passphrase: PASS })).message).toBe('这不是 Parley 案件移交文件');

    expect(stateOf(b)).toEqual(before);
  });

  it('refuses a file that changed between preview and import', async () => {
    const a = open();
    const seeded = await seedCase(a, PERSON_A);
    const file = outFile('case.parleycase');
    await exportTo(a, seeded.clientId, file);
    const b = open();
    const p = await preview(b, file);
    fs.appendFileSync(file, 'x');
    const before = stateOf(b);
    expect((await b.fail('cases.import', { token: p.token, passphrase: PASS })).code).toBe('CONFLICT');
    expect(stateOf(b)).toEqual(before);
  });

  /** Seals a hand-over file with changed content, as a damaged or foreign exporter would. */
  async function resealed(core: TestCore, clientId: number, change: (c: ReturnType<typeof collectCase>, manifest: Record<string, unknown>) => void, extraFile?: Buffer) {
    const content = collectCase(core.ctx, clientId);
    const manifest: Record<string, unknown> = { format: 'parley-case', formatVersion: 1, schemaVersion: 5, appVersion: 'test', exportedAt: '2025-03-15T09:00:00.000Z', caseRef: 'X', counts: {} };
    const files = content.files.map((f) => ({ name: FILE_PART_PREFIX + f.sha256, data: readFile(core.ctx, f.id) }));
    if (extraFile) {
      const sha = (await import('node:crypto')).createHash('sha256').update(extraFile).digest('hex');
      content.files.push({ id: 999_999, sha256: sha, size: extraFile.length, mime: 'text/plain' });
      files.push({ name: FILE_PART_PREFIX + sha, data: extraFile });
    }
    change(content, manifest);
    const file = outFile('crafted.parleycase');
    await sealFile(file, PASS, [{ name: CASE_PART, data: JSON.stringify(content) }, ...files], {
      kind: CASE_FILE_KIND,
      beforeEnd: (parts) => [{ name: MANIFEST_PART, data: JSON.stringify({ ...manifest, parts }) }],
    });
    return file;
  }

  it('rolls back a failing import completely: no row and no new blob remain', async () => {
    const a = open();
    const seeded = await seedCase(a, PERSON_A);
    // The letter (imported last but one) breaks a rule of the schema; a new file comes along, stored before it.
    const file = await resealed(
      a,
      seeded.clientId,
      (c) => {
        c.tables['letters']![0]!['status'] = 'lost';
        c.tables['attachments']!.push({ ...c.tables['attachments']![0]!, id: 424242, file_id: 999_999 });
      },
      Buffer.from('a file this installation has never seen'),
    );
    const b = open();
    await seedCase(b, PERSON_B);
    const before = stateOf(b);
    const p = await preview(b, file);
    const err = await b.fail('cases.import', { token: p.token, passphrase: PASS, onConflict: 'newCase' });
    expect(err.message).toBe('文件已损坏或被改动过，无法导入');
    expect(stateOf(b)).toEqual(before);
  });

  it('refuses a file from a newer schema and maps one from an older schema', async () => {
    const a = open();
    const seeded = await seedCase(a, PERSON_A);
    const newer = await resealed(a, seeded.clientId, (_c, m) => (m['schemaVersion'] = 99));
    const b = open();
    b.platform.nextFiles([newer]);
    const err = await b.fail('cases.importPreview', { passphrase: PASS });
    expect(err.message).toContain('更新版本');

    // Schema 3 had no negotiation tables and no letters: only the profile, statements and debts.
    const older = await resealed(a, seeded.clientId, (c, m) => {
      m['schemaVersion'] = 3;
      for (const t of Object.keys(c.tables)) if (!['clients', 'statements', 'statement_lines', 'debts'].includes(t)) delete c.tables[t];
      c.files = [];
      c.audit = [];
    });
    const p = await preview(b, older);
    expect(p.preview.schemaVersion).toBe(3);
    const r = await b.call('cases.import', { token: p.token, passphrase: PASS });
    expect(r.imported).toBe(true);
    expect((b.db.prepare('SELECT count(*) AS n FROM debts WHERE client_id = ?').get(r.clientId) as { n: number }).n).toBe(2);
  });

  it('refuses a file whose case or manifest does not fit their schema, writing nothing', async () => {
    const a = open();
    const seeded = await seedCase(a, PERSON_A);
    const b = open();
    await seedCase(b, PERSON_B);
    const before = stateOf(b);
    const damaged = '文件已损坏或被改动过，无法导入';
    const variants: Parameters<typeof resealed>[2][] = [
      // A lender's aliases as one string: before, it was read on as a list of its characters.
      (c) => Object.assign(c.lenders[0]!, { aliases: '招行' }),
      // A lender without a name.
      (c) => Object.assign(c.lenders[0]!, { name: null }),
      // A stored file without its size.
      (c) => Object.assign(c.files[0]!, { size: 'big' }),
      // A manifest whose counts are not numbers.
      (_c, m) => (m['counts'] = { clients: 'one' }),
    ];
    for (const change of variants) {
      const file = await resealed(a, seeded.clientId, change);
      b.platform.nextFiles([file]);
      expect((await b.fail('cases.importPreview', { passphrase: PASS })).message).toBe(damaged);
    }
    // Not a hand-over file at all: a manifest of another format.
    const other = await resealed(a, seeded.clientId, (_c, m) => (m['format'] = 'parley-backup'));
    b.platform.nextFiles([other]);
    expect((await b.fail('cases.importPreview', { passphrase: PASS })).message).toBe('这不是 Parley 案件移交文件');
    expect(stateOf(b)).toEqual(before);
  });

  it('says so plainly when the chosen folder cannot be written, and leaves no partial file', async () => {
    const a = open();
    const seeded = await seedCase(a, PERSON_A);
    const missing = path.join(outFile('gone'), 'stick-removed', 'case.parleycase');
    a.platform.nextSavePath(missing);
    const err = await a.fail('cases.export', { clientId: seeded.clientId, passphrase: PASS });
    expect(err).toMatchObject({ code: 'STORAGE', message: '无法在所选位置保存文件（磁盘已满、只读或已拔出），没有留下不完整的文件' });
    expect(fs.existsSync(path.dirname(missing))).toBe(false);
  });

  it('cancelling the dialogs writes nothing', async () => {
    const a = open();
    const seeded = await seedCase(a, PERSON_A);
    a.platform.nextSavePath(null);
    expect(await a.call('cases.export', { clientId: seeded.clientId, passphrase: PASS })).toMatchObject({ saved: false });
    expect(await a.call('cases.importPreview', { passphrase: PASS })).toEqual({ picked: false });
    expect((await a.fail('cases.export', { clientId: seeded.clientId, passphrase: 'short' })).code).toBe('VALIDATION');
  });

  it('keeps the imported history with the imported case, so a later purge there removes it too', async () => {
    const a = open();
    const seeded = await seedCase(a, PERSON_A, { closed: true });
    const file = outFile('case.parleycase');
    await exportTo(a, seeded.clientId, file);
    const b = open();
    // Another client's debts come first here, so the imported rows get other ids than at home.
    await seedCase(b, PERSON_B);
    const p = await preview(b, file);
    const r = await b.call('cases.import', { token: p.token, passphrase: PASS, onConflict: 'newCase' });
    const auditText = () => (b.db.prepare('SELECT * FROM audit_log').raw().all() as unknown[][]).map((row) => row.join('\u0000')).join('\n');
    expect(auditText()).toContain('6225880011112222');
    expect(auditText()).toContain(`"clientId":${r.clientId}`);
    await b.call('cases.purge', { clientId: r.clientId!, confirmCaseRef: r.caseRef! });
    // PERSON_B's own card account is the same number in the seed: look for what only A's history holds.
    const left = auditText();
    for (const needle of [PERSON_A.name, PERSON_A.phone, PERSON_A.idNumber, `"clientId":${r.clientId}`, `"importedCase":"${seeded.caseRef}"`]) expect(left).not.toContain(needle);
    expect(left).toContain(PERSON_B.name);
  });

  it('lets a lender match on an alias of the handed-over lender', async () => {
    const a = open();
    const seeded = await seedCase(a, PERSON_A);
    const file = outFile('case.parleycase');
    await exportTo(a, seeded.clientId, file);
    const b = open();
    // Here the platform is known only by its short name, which the file holds as an alias.
    const local = await ensureLender(b, '借呗', [], 'online_platform');
    const p = await preview(b, file);
    expect(p.preview.lenders.find((l) => l.name === '蚂蚁借呗')).toMatchObject({ matchedId: local, matchedOn: '借呗' });
    const r = await b.call('cases.import', { token: p.token, passphrase: PASS });
    expect(r.lendersCreated).toEqual(['招商银行']);
    const debtLenders = b.db.prepare('SELECT lender_id FROM debts WHERE client_id = ? ORDER BY id').all(r.clientId) as { lender_id: number }[];
    expect(debtLenders[1]!.lender_id).toBe(local);
  });
});
