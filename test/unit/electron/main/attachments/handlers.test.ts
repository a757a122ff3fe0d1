import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesDir } from '../../../../../electron/main/attachments/store';
import type { ChannelInput } from '../../../../../shared/contract';
import { MAX_UPLOAD_BYTES, type AttachmentView } from '../../../../../shared/schemas/evidence';
import { addClient as addClientTo, addLender as addLenderTo, coreOpenedByTest } from '../../../helpers/case';
import { auditLog, dbContentHash, dirHashes, type TestCore } from '../../../helpers/core';


let core: TestCore;
const openCore = coreOpenedByTest();
function open(): TestCore {
  core = openCore();
  return core;
}

const PNG_BYTES = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('png bytes')]);

function source(name: string, content: string | Buffer): string {
  const p = path.join(`${core.dir}-platform`, 'src', name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

const addLender = (name: string) => addLenderTo(core, name);

const addClient = (name?: string) => addClientTo(core, name);

async function addDebt(clientId: number, lenderId: number): Promise<number> {
  return (await core.call('debts.create', { clientId, lenderId, principalFen: 100_000 })).id;
}

function addContact(clientId: number, lenderId: number | null): number {
  const at = '2025-03-10T02:00:00.000Z';
  const info = core.db
    .prepare(
      `INSERT INTO contacts (client_id, lender_id, occurred_at, channel, direction, person, summary, created_at, updated_at)
       VALUES (?, ?, ?, 'phone', 'in', '李催收', '来电催收，言语威胁', ?, ?)`,
    )
    .run(clientId, lenderId, at, at, at);
  return Number(info.lastInsertRowid);
}

const blobs = () => (fs.existsSync(filesDir(core.ctx)) ? fs.readdirSync(filesDir(core.ctx)).sort() : []);
const audits = () => auditLog(core.db, 'attachment');

async function pick(input: ChannelInput<'attachments.pick'>, files: string[]): Promise<AttachmentView[]> {
  core.platform.nextFiles(files);
  return core.call('attachments.pick', input);
}

describe('attachments channels', () => {
  it('attaches picked files to a client, a debt and a contact, and lists them', async () => {
    open();
    const clientId = await addClient();
    const lenderId = addLender('速借贷');
    const debtId = await addDebt(clientId, lenderId);
    const contactId = addContact(clientId, lenderId);

    const [income] = await pick({ clientId, kind: 'income_proof', docDate: '2025-02-28', description: '二月工资条' }, [source('工资条.pdf', '%PDF-salary')]);
    expect(income).toMatchObject({ clientId, debtId: null, contactId: null, kind: 'income_proof', fileName: '工资条.pdf', mime: 'application/pdf', size: 11, docDate: '2025-02-28', description: '二月工资条' });
    await pick({ clientId, debtId, kind: 'contract' }, [source('合同.png', 'contract scan')]);
    const [shot] = await pick({ clientId, contactId, kind: 'collection_evidence' }, [source('截图.jpg', 'abusive message')]);
    expect(shot).toMatchObject({ contactId, contactLabel: '速借贷 · 李催收', contactAt: '2025-03-10T02:00:00.000Z' });
    expect(core.platform.log.dialogs.map((d) => d.kind)).toEqual(['files', 'files', 'files']);

    const all = await core.call('attachments.list', { clientId });
    expect(all.map((a) => a.fileName)).toEqual(['截图.jpg', '合同.png', '工资条.pdf']);
    expect(all.find((a) => a.debtId === debtId)?.debtLabel).toBe('速借贷');
    expect((await core.call('attachments.list', { clientId, debtId })).map((a) => a.fileName)).toEqual(['合同.png']);
    expect((await core.call('attachments.list', { clientId, contactId })).map((a) => a.fileName)).toEqual(['截图.jpg']);

    // Every attach is audited without the content.
    const rows = audits();
    expect(rows.map((r) => r.action)).toEqual(['create', 'create', 'create']);
    expect(rows.every((r) => !String(r.after_json).includes('salary slip') && !String(r.after_json).includes('abusive'))).toBe(true);
  });

  it('stores the same file once when attached twice, and keeps it until the last attachment goes', async () => {
    open();
    const a = await addClient('王小明');
    const b = await addClient('李小红');
    const p = source('收入证明.pdf', 'the same proof');
    const [first] = await pick({ clientId: a, kind: 'income_proof' }, [p]);
    const [second] = await pick({ clientId: b, kind: 'income_proof' }, [p]);
    expect(second!.fileId).toBe(first!.fileId);
    expect(blobs()).toHaveLength(1);
    // The same file again on the same place is not attached twice.
    const [again] = await pick({ clientId: a, kind: 'income_proof' }, [p]);
    expect(again!.id).toBe(first!.id);
    expect(await core.call('attachments.list', { clientId: a })).toHaveLength(1);

    expect(await core.call('attachments.delete', { id: first!.id })).toEqual({ deleted: true, fileRemoved: false });
    expect(blobs()).toHaveLength(1);
    expect(await core.call('attachments.delete', { id: second!.id })).toEqual({ deleted: true, fileRemoved: true });
    expect(blobs()).toEqual([]);
    expect(core.db.prepare('SELECT count(*) AS n FROM files').get()).toEqual({ n: 0 });
    expect(audits().filter((r) => r.action === 'delete')).toHaveLength(2);
  });

  it('keeps a file a letter still refers to', async () => {
    open();
    const clientId = await addClient();
    const [att] = await pick({ clientId, kind: 'correspondence' }, [source('信.pdf', '%PDF letter')]);
    const at = new Date().toISOString();
    core.db
      .prepare(
        `INSERT INTO letters (client_id, type, locale, title, body_json, status, pdf_file_id, pdf_sha256, created_at, updated_at)
         VALUES (?, 'hardship', 'zh-CN', '困难说明', '{}', 'final', ?, ?, ?, ?)`,
      )
      .run(clientId, att!.fileId, att!.sha256, at, at);
    expect(await core.call('attachments.delete', { id: att!.id })).toEqual({ deleted: true, fileRemoved: false });
    expect(blobs()).toHaveLength(1);
    expect(core.db.prepare('SELECT count(*) AS n FROM files').get()).toEqual({ n: 1 });
  });

  it('attaches nothing when the pick is cancelled', async () => {
    open();
    const clientId = await addClient();
    const before = dbContentHash(core.db);
    expect(await core.call('attachments.pick', { clientId, kind: 'other' })).toEqual([]);
    expect(core.platform.log.dialogs).toHaveLength(1);
    expect(dbContentHash(core.db)).toBe(before);
    expect(blobs()).toEqual([]);
  });

  it('leaves database and folder unchanged when one of several files fails', async () => {
    open();
    const clientId = await addClient();
    await pick({ clientId, kind: 'other' }, [source('old.txt', 'already here')]);
    // A trigger makes the second insert fail after its blob was written.
    core.db.exec(`CREATE TRIGGER boom BEFORE INSERT ON attachments WHEN NEW.file_name = 'boom.txt' BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    const dbBefore = dbContentHash(core.db);
    const dirBefore = dirHashes(filesDir(core.ctx));
    const res = await core.dispatch('attachments.pick', { clientId, kind: 'other' });
    expect(res.ok).toBe(true); // nothing picked yet: the next pick is scripted below
    core.platform.nextFiles([source('fine.txt', 'fine'), source('old-again.txt', 'already here'), source('boom.txt', 'boom')]);
    const failed = await core.dispatch('attachments.pick', { clientId, kind: 'other' });
    expect(failed.ok).toBe(false);
    expect(dbContentHash(core.db)).toBe(dbBefore);
    expect(dirHashes(filesDir(core.ctx))).toEqual(dirBefore);
    core.db.exec('DROP TRIGGER boom');
  });

  it('opens a decrypted temporary copy through the platform', async () => {
    open();
    const clientId = await addClient();
    const content = Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypM4A 录音 recording bytes')]);
    const [att] = await pick({ clientId, kind: 'collection_evidence' }, [source('通话录音.m4a', content)]);
    expect(att!.mime).toBe('audio/mp4');
    expect(await core.call('attachments.open', { id: att!.id })).toEqual({ opened: true });
    const [opened] = core.platform.log.opened;
    // Never under the name it came with: a generated name with the verified extension, marked as downloaded first.
    expect(path.basename(opened!)).toMatch(/^[0-9a-f]{24}\.m4a$/);
    expect(core.platform.log.marked).toEqual([opened]);
    expect(opened!.startsWith(core.platform.tempDir())).toBe(true);
    expect(fs.readFileSync(opened!).equals(content)).toBe(true);
  });

  it('refuses to open a tampered file and opens nothing', async () => {
    open();
    const clientId = await addClient();
    const [att] = await pick({ clientId, kind: 'other' }, [source('x.txt', 'some evidence text')]);
    const blob = path.join(filesDir(core.ctx), blobs()[0]!);
    const bytes = fs.readFileSync(blob);
    bytes[bytes.length - 20]! ^= 0xff;
    fs.writeFileSync(blob, bytes);
    const err = await core.fail('attachments.open', { id: att!.id });
    expect(err.code).toBe('STORAGE');
    expect(err.message).toContain('x.txt');
    expect(core.platform.log.opened).toEqual([]);
  });

  it('takes a dropped file as base64 and refuses one above 25 MB', async () => {
    open();
    const clientId = await addClient();
    const att = await core.call('attachments.upload', {
      clientId,
      kind: 'hardship_proof',
      fileName: '诊断证明.png',
      mime: 'image/png',
      dataBase64: PNG_BYTES.toString('base64'),
    });
    expect(att).toMatchObject({ fileName: '诊断证明.png', mime: 'image/png', size: PNG_BYTES.length, kind: 'hardship_proof' });

    const before = dbContentHash(core.db);
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1, 1).toString('base64');
    const err = await core.fail('attachments.upload', { clientId, kind: 'other', fileName: 'big.bin', dataBase64: big });
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.dataBase64).toContain('25 MB');
    expect(dbContentHash(core.db)).toBe(before);
    expect(blobs()).toHaveLength(1);
  });

  it('validates kind, date, file name and where the file hangs', async () => {
    open();
    const clientId = await addClient('王小明');
    const other = await addClient('李小红');
    const lenderId = addLender('速借贷');
    const otherDebt = await addDebt(other, lenderId);
    const otherContact = addContact(other, lenderId);
    const before = dbContentHash(core.db);
    const upload = (extra: Record<string, unknown>) =>
      core.fail('attachments.upload', { clientId, kind: 'other', fileName: 'a.txt', dataBase64: Buffer.from('a').toString('base64'), ...extra });

    expect((await upload({ kind: 'selfie' })).fields).toHaveProperty('kind');
    expect((await upload({ docDate: '2025-02-30' })).fields).toHaveProperty('docDate');
    expect((await upload({ docDate: '2099-01-01' })).fields).toHaveProperty('docDate');
    expect((await upload({ fileName: '../etc/passwd' })).fields).toHaveProperty('fileName');
    expect((await upload({ debtId: otherDebt })).fields).toHaveProperty('debtId');
    expect((await upload({ contactId: otherContact })).fields).toHaveProperty('contactId');
    expect((await upload({ clientId: 9999 })).code).toBe('NOT_FOUND');
    // A bad target is refused before the dialog asks for anything.
    expect((await core.fail('attachments.pick', { clientId, debtId: otherDebt, kind: 'other' })).code).toBe('VALIDATION');
    expect(core.platform.log.dialogs).toEqual([]);
    expect(dbContentHash(core.db)).toBe(before);
    expect(blobs()).toEqual([]);
  });

  it('edits kind, date, description and link with optimistic concurrency, audited', async () => {
    open();
    const clientId = await addClient();
    const lenderId = addLender('速借贷');
    const debtId = await addDebt(clientId, lenderId);
    const [att] = await pick({ clientId, kind: 'other' }, [source('scan.pdf', 'scan')]);
    const updated = await core.call('attachments.update', {
      id: att!.id,
      rev: att!.rev,
      patch: { kind: 'account_statement', docDate: '2025-01-31', description: '一月账单', debtId },
    });
    expect(updated).toMatchObject({ kind: 'account_statement', docDate: '2025-01-31', description: '一月账单', debtId, debtLabel: '速借贷', rev: 2 });
    const stale = await core.fail('attachments.update', { id: att!.id, rev: 1, patch: { description: 'x' } });
    expect(stale.code).toBe('CONFLICT');
    const last = audits().at(-1)!;
    expect(last.action).toBe('update');
    expect(JSON.parse(last.before_json!)).toMatchObject({ kind: 'other', debtId: null });
    expect(JSON.parse(last.after_json!)).toMatchObject({ kind: 'account_statement', debtId });
    expect((await core.fail('attachments.delete', { id: 12345 })).code).toBe('NOT_FOUND');
  });
});
