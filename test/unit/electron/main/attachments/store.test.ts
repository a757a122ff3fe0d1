import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BlobIntegrityError,
  filesDir,
  listBlobs,
  readFile,
  pruneUnreferencedFiles,
  removeFileIfUnreferenced,
  STORE_LIMITS,
  storeFile,
  sweepOrphanBlobs,
  withStoredFile,
} from '../../../../../electron/main/attachments/store';
import { dbContentHash, makeTempDir, openTestCore, removeDir, OTHER_KEY, type TestCore } from '../../../helpers/core';

const MARK = 'PARLEY-PLAIN-MARK-收入证明';

let dir: string | undefined;
let core: TestCore;
afterEach(() => {
  core?.close();
  if (dir) removeDir(dir);
  dir = undefined;
});

function open(): TestCore {
  dir = makeTempDir();
  core = openTestCore(dir);
  return core;
}

/** A file whose content shows a recognisable string many times over. */
function plainFile(name: string, repeat = 2000, extra = ''): string {
  const p = path.join(`${dir}-platform`, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, `${extra}${MARK}\n`.repeat(repeat));
  return p;
}

const blobNames = () => fs.readdirSync(filesDir(core.ctx)).sort();

/** Every file under a folder, recursively. */
function allFiles(root: string): string[] {
  return fs.readdirSync(root, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(path.join(root, e.name)) : [path.join(root, e.name)]));
}

describe('evidence store', () => {
  it('stores the same content once, whether given as a path or as bytes', () => {
    open();
    const p = plainFile('a.txt');
    const first = storeFile(core.ctx, { path: p }, 'text/plain');
    const second = storeFile(core.ctx, { bytes: fs.readFileSync(p) }, 'text/plain');
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.fileId).toBe(first.fileId);
    expect(first.sha256).toBe(crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex'));
    expect(blobNames()).toHaveLength(1);
    expect(core.db.prepare('SELECT count(*) AS n FROM files').get()).toEqual({ n: 1 });
    expect(readFile(core.ctx, first.fileId).equals(fs.readFileSync(p))).toBe(true);
  });

  it('streams a large file from disk in two passes with the same result', () => {
    open();
    const saved = STORE_LIMITS.inMemoryMax;
    STORE_LIMITS.inMemoryMax = 1024; // treat anything above 1 KiB as large
    try {
      const p = plainFile('big.txt', 100_000); // about 3 MB: several 1 MiB chunks
      const first = storeFile(core.ctx, { path: p }, 'text/plain');
      expect(first.created).toBe(true);
      expect(readFile(core.ctx, first.fileId).equals(fs.readFileSync(p))).toBe(true);
      STORE_LIMITS.inMemoryMax = saved;
      // Read in memory this time: the same content, the same row.
      expect(storeFile(core.ctx, { path: p }, 'text/plain')).toMatchObject({ fileId: first.fileId, created: false });
      expect(blobNames()).toHaveLength(1);
    } finally {
      STORE_LIMITS.inMemoryMax = saved;
    }
  });

  it('keeps nothing of the plain content or its hash on disk', () => {
    open();
    const stored = storeFile(core.ctx, { path: plainFile('secret.txt') }, 'text/plain');
    const needle = Buffer.from(MARK, 'utf8');
    const files = allFiles(dir!);
    expect(files.some((f) => f.startsWith(filesDir(core.ctx)))).toBe(true);
    for (const f of files) {
      const bytes = fs.readFileSync(f);
      expect(bytes.includes(needle), f).toBe(false);
    }
    // The blob's name says nothing of the content.
    expect(blobNames()[0]).not.toContain(stored.sha256.slice(0, 8));
    expect(blobNames()[0]).toMatch(/^[0-9a-f]{32}$/);
  });

  it('cannot be decrypted with a key derived from another database key', () => {
    open();
    const { fileId } = storeFile(core.ctx, { bytes: Buffer.from(MARK) }, 'text/plain');
    const otherKey = (purpose: string) => Buffer.from(crypto.hkdfSync('sha256', OTHER_KEY, Buffer.alloc(0), `parley:${purpose}`, 32));
    expect(() => readFile({ ...core.ctx, deriveKey: otherKey }, fileId)).toThrow(BlobIntegrityError);
    expect(readFile(core.ctx, fileId).toString()).toBe(MARK);
  });

  it('detects a tampered blob (GCM tag)', () => {
    open();
    const { fileId } = storeFile(core.ctx, { path: plainFile('t.txt') }, 'text/plain');
    const blob = path.join(filesDir(core.ctx), blobNames()[0]!);
    const bytes = fs.readFileSync(blob);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    fs.writeFileSync(blob, bytes);
    expect(() => readFile(core.ctx, fileId)).toThrow(BlobIntegrityError);
    // A truncated blob too.
    fs.writeFileSync(blob, bytes.subarray(0, 10));
    expect(() => readFile(core.ctx, fileId)).toThrow(BlobIntegrityError);
  });

  it('withStoredFile leaves neither row nor blob when the caller fails', () => {
    open();
    const before = dbContentHash(core.db);
    expect(() =>
      withStoredFile(core.ctx, { bytes: Buffer.from('new content') }, 'text/plain', () => {
        throw new Error('letter insert failed');
      }),
    ).toThrow('letter insert failed');
    expect(dbContentHash(core.db)).toBe(before);
    expect(blobNames()).toEqual([]);
  });

  it('withStoredFile keeps an already stored file when the caller fails', () => {
    open();
    const kept = storeFile(core.ctx, { bytes: Buffer.from('kept') }, 'text/plain');
    expect(() =>
      withStoredFile(core.ctx, { bytes: Buffer.from('kept') }, 'text/plain', () => {
        throw new Error('nope');
      }),
    ).toThrow('nope');
    expect(readFile(core.ctx, kept.fileId).toString()).toBe('kept');
    expect(blobNames()).toHaveLength(1);
  });

  it('removes a file only when neither an attachment nor a letter refers to it', async () => {
    open();
    const clientId = (await core.call('clients.create', { name: '王小明' })).id;
    const stored = storeFile(core.ctx, { bytes: Buffer.from('letter pdf') }, 'application/pdf');
    const at = new Date().toISOString();
    const letter = core.db
      .prepare(
        `INSERT INTO letters (client_id, type, locale, title, body_json, status, pdf_file_id, pdf_sha256, created_at, updated_at)
         VALUES (?, 'hardship', 'zh-CN', '困难说明', '{}', 'final', ?, ?, ?, ?)`,
      )
      .run(clientId, stored.fileId, stored.sha256, at, at);
    expect(removeFileIfUnreferenced(core.ctx, stored.fileId)).toBe(false);
    expect(blobNames()).toHaveLength(1);
    core.db.prepare('DELETE FROM letters WHERE id = ?').run(letter.lastInsertRowid);
    expect(removeFileIfUnreferenced(core.ctx, stored.fileId)).toBe(true);
    expect(blobNames()).toEqual([]);
    expect(core.db.prepare('SELECT count(*) AS n FROM files').get()).toEqual({ n: 0 });
  });

  it('inside a transaction removes the row but leaves the blob for the sweep', () => {
    open();
    const stored = storeFile(core.ctx, { bytes: Buffer.from('x') }, 'text/plain');
    core.db.transaction(() => expect(removeFileIfUnreferenced(core.ctx, stored.fileId)).toBe(true))();
    expect(blobNames()).toHaveLength(1);
    expect(sweepOrphanBlobs(core.ctx)).toHaveLength(1);
    expect(blobNames()).toEqual([]);
  });

  it('prunes the files a deleted client left behind, and only those', async () => {
    open();
    const gone = (await core.call('clients.create', { name: '王小明' })).id;
    const kept = (await core.call('clients.create', { name: '李小红' })).id;
    const pdf = (name: string) => {
      const p = path.join(`${dir}-platform`, name);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, `content of ${name}`);
      return p;
    };
    core.platform.nextFiles([pdf('a.pdf'), pdf('shared.pdf')]);
    await core.call('attachments.pick', { clientId: gone, kind: 'other' });
    core.platform.nextFiles([pdf('shared.pdf')]);
    await core.call('attachments.pick', { clientId: kept, kind: 'other' });
    expect(blobNames()).toHaveLength(2);
    core.db.prepare('DELETE FROM clients WHERE id = ?').run(gone); // attachments go by cascade
    expect(pruneUnreferencedFiles(core.ctx)).toBe(1);
    expect(blobNames()).toHaveLength(1);
    expect(core.db.prepare('SELECT count(*) AS n FROM files').get()).toEqual({ n: 1 });
    expect(pruneUnreferencedFiles(core.ctx)).toBe(0);
  });

  it('lists every blob for backups', () => {
    open();
    const a = storeFile(core.ctx, { bytes: Buffer.from('a') }, 'text/plain');
    const b = storeFile(core.ctx, { bytes: Buffer.from('bb') }, 'image/png');
    const list = listBlobs(core.ctx);
    expect(list.map((x) => [x.fileId, x.sha256, x.size, x.mime, x.present])).toEqual([
      [a.fileId, a.sha256, 1, 'text/plain', true],
      [b.fileId, b.sha256, 2, 'image/png', true],
    ]);
    expect(list.every((x) => fs.existsSync(x.path) && path.dirname(x.path) === filesDir(core.ctx))).toBe(true);
  });
});
