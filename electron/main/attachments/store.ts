import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { HandlerContext } from '../context';
import * as files from '../db/files';
import type { FileRow } from '../db/files';
import { AppError, notFound } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';

/*
 * The encrypted file store: every file Parley keeps (evidence, final letter PDFs) lives in
 * `<dataDir>/files`, encrypted, named at random, and recorded once in the `files` table
 * under the SHA-256 of its plain content (the same content is stored once).
 *
 * Keys. One key per file content: HKDF-SHA256 with
 *   ikm  = ctx.deriveKey('attachments')   (itself HKDF of the database key),
 *   salt = the 32 raw bytes of the content's SHA-256,
 *   info = 'parley:file-blob:v1'.
 * So a stored file is as safe as the database and needs no key of its own.
 *
 * Blob layout: MAGIC (4 bytes 'PFB1') | IV (12 random bytes) | AES-256-GCM ciphertext | tag (16 bytes).
 * The additional authenticated data is the SHA-256 (hex), so a blob cannot be passed off as
 * another file's; after decryption the content's hash is checked again.
 *
 * Writing: the blob goes to `<random>.tmp`, is fsynced, renamed to `<random>`, the folder is
 * fsynced, and only then is the `files` row inserted. If the insert fails the new blob is removed.
 * Speed: a file up to 64 MiB is read once into memory, hashed and encrypted from there in
 * 4 MiB pieces (one read, one hash pass, one AES-GCM pass, one write + fsync). Larger files
 * (long recordings) are streamed in 1 MiB chunks twice (hash, then encrypt while hashing
 * again to make sure the file did not change in between). Decryption streams as well.
 */

const MAGIC = Buffer.from('PFB1', 'ascii');
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + IV_BYTES;
const CHUNK = 1 << 20;
const BYTES_PIECE = 4 << 20;
/** Files up to `inMemoryMax` bytes are read once into memory (one read, one hash, one encryption pass). Tests may lower it. */
export const STORE_LIMITS = { inMemoryMax: 64 << 20 };
const TMP_SUFFIX = '.tmp';
const BLOB_NAME = /^[0-9a-f]{32}$/;

export type FileSource = { path: string } | { bytes: Buffer };

export interface StoredFile {
  fileId: number;
  sha256: string;
  /** True when this call wrote a new blob and `files` row; false when the content was already stored. */
  created: boolean;
  /** The blob's name in filesDir(). */
  blobName: string;
}

/** The folder holding the encrypted blobs (created on demand). */
export function filesDir(ctx: Pick<HandlerContext, 'dataDir'>): string {
  const dir = path.join(ctx.dataDir, 'files');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function fileKey(ctx: Pick<HandlerContext, 'deriveKey'>, sha256: string): Buffer {
  const salt = Buffer.from(sha256, 'hex');
  return Buffer.from(crypto.hkdfSync('sha256', ctx.deriveKey('attachments'), salt, 'parley:file-blob:v1', 32));
}

/** Calls `each` with consecutive chunks of the source (a reused buffer for paths: use it at once). */
function forEachChunk(source: FileSource, each: (chunk: Buffer) => void): void {
  if ('bytes' in source) {
    // Views, not copies; pieces keep the cipher's output buffers small.
    for (let at = 0; at < source.bytes.length; at += BYTES_PIECE) each(source.bytes.subarray(at, at + BYTES_PIECE));
    return;
  }
  const fd = fs.openSync(source.path, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const n = fs.readSync(fd, buf, 0, CHUNK, null);
      if (n === 0) break;
      each(buf.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
}

function hashOf(source: FileSource): { sha256: string; size: number } {
  const hash = crypto.createHash('sha256');
  let size = 0;
  forEachChunk(source, (chunk) => {
    hash.update(chunk);
    size += chunk.length;
  });
  return { sha256: hash.digest('hex'), size };
}

/**
 * Encrypts the source into `<dir>/<blobName>` (through a temp name, fsynced). While
 * encrypting it hashes again: if the file changed since it was hashed, nothing is kept.
 */
function writeBlob(ctx: Pick<HandlerContext, 'deriveKey'>, dir: string, blobName: string, source: FileSource, sha256: string): void {
  const tmp = path.join(dir, blobName + TMP_SUFFIX);
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', fileKey(ctx, sha256), iv);
  cipher.setAAD(Buffer.from(sha256, 'ascii'));
  // Bytes in memory cannot change between hashing and encrypting; a file on disk can.
  const check = 'path' in source ? crypto.createHash('sha256') : null;
  // The temporary name is the blob's own plus TMP_SUFFIX, so the start-up sweep recognises leftovers.
  writeFileAtomic(path.join(dir, blobName), (fd) => {
    fs.writeSync(fd, Buffer.concat([MAGIC, iv]));
    forEachChunk(source, (chunk) => {
      check?.update(chunk);
      const out = cipher.update(chunk);
      if (out.length) fs.writeSync(fd, out);
    });
    const last = cipher.final();
    if (last.length) fs.writeSync(fd, last);
    fs.writeSync(fd, cipher.getAuthTag());
    if (check && check.digest('hex') !== sha256) throw new AppError('CONFLICT', 'evidence.errors.fileChanged');
  }, { tempPath: tmp });
}

export function getFileRow(ctx: Pick<HandlerContext, 'db'>, fileId: number): FileRow | undefined {
  return files.getFileRow(ctx.db, fileId);
}

/**
 * Stores a file's content encrypted and returns its `files` row id. The same content stored
 * twice yields the same row (`created: false`, nothing written).
 *
 * Synchronous. May be called OUTSIDE or INSIDE a transaction:
 * - outside: the `files` row is committed at once; if what you insert next (attachment,
 *   letter) fails, call `removeFileIfUnreferenced(ctx, fileId)`.
 * - inside your `db.transaction(...)`: the row is part of your transaction. If your
 *   transaction then rolls back, the blob written for a new file is left without a row;
 *   call `discardIfRolledBack(ctx, stored)` in your catch (or simply use `withStoredFile`,
 *   which does all of this for you).
 * If this call itself fails, the database and the folder are as they were.
 */
export function storeFile(ctx: HandlerContext, given: FileSource, mime: string): StoredFile {
  // A file of ordinary size is read once; a large one is streamed twice (hash, then encrypt).
  const source: FileSource = 'path' in given && fs.statSync(given.path).size <= STORE_LIMITS.inMemoryMax ? { bytes: fs.readFileSync(given.path) } : given;
  const { sha256, size } = hashOf(source);
  const dir = filesDir(ctx);
  const existing = files.fileBySha(ctx.db, sha256);
  if (existing) {
    // Heal a blob lost from the folder (e.g. a partial restore): the content is at hand now.
    if (!fs.existsSync(path.join(dir, existing.blob_name))) writeBlob(ctx, dir, existing.blob_name, source, sha256);
    return { fileId: existing.id, sha256, created: false, blobName: existing.blob_name };
  }
  const blobName = crypto.randomBytes(16).toString('hex');
  writeBlob(ctx, dir, blobName, source, sha256);
  try {
    const fileId = ctx.db.transaction(() => files.insertFile(ctx.db, { sha256, size, mime, blobName }, ctx.now()))();
    return { fileId, sha256, created: true, blobName };
  } catch (err) {
    fs.rmSync(path.join(dir, blobName), { force: true });
    throw err;
  }
}

/**
 * After a caller's transaction around `storeFile` failed: removes the new blob if its
 * `files` row did not survive. Safe to call in any case.
 */
export function discardIfRolledBack(ctx: HandlerContext, stored: StoredFile | undefined): void {
  if (!stored?.created || ctx.db.inTransaction) return;
  if (!files.fileOfBlobExists(ctx.db, stored.blobName)) fs.rmSync(path.join(filesDir(ctx), stored.blobName), { force: true });
}

/**
 * Stores the file and runs `use` in ONE transaction with the `files` row (e.g. inserting the
 * attachment or letter that refers to it, plus its audit). If `use` throws, nothing remains:
 * no row, no new blob. Call outside any transaction.
 */
export function withStoredFile<T>(ctx: HandlerContext, source: FileSource, mime: string, use: (stored: StoredFile) => T): T {
  let stored: StoredFile | undefined;
  try {
    return ctx.db.transaction(() => {
      stored = storeFile(ctx, source, mime);
      return use(stored);
    })();
  } catch (err) {
    discardIfRolledBack(ctx, stored);
    throw err;
  }
}

/** Decrypts a stored file. Throws NOT_FOUND for an unknown id, and an error if the blob was altered. */
export function readFile(ctx: HandlerContext, fileId: number): Buffer {
  const row = getFileRow(ctx, fileId);
  if (!row) throw notFound();
  const chunks: Buffer[] = [];
  decryptBlob(ctx, row, (c) => chunks.push(Buffer.from(c)));
  return Buffer.concat(chunks, row.size);
}

/**
 * Decrypts a stored file into `target` (streamed), whole or not at all: through a temp file
 * beside it (fs/atomic-write.ts), kept only when the authentication tag and the content hash
 * check out.
 */
export function decryptToFile(ctx: HandlerContext, fileId: number, target: string): void {
  const row = getFileRow(ctx, fileId);
  if (!row) throw notFound();
  writeFileAtomic(target, (fd) => decryptBlob(ctx, row, (c) => void fs.writeSync(fd, c)));
}

export class BlobIntegrityError extends Error {
  constructor(readonly fileId: number) {
    super(`stored file ${fileId} failed its integrity check (altered or wrong key)`);
    this.name = 'BlobIntegrityError';
  }
}

function decryptBlob(ctx: HandlerContext, row: FileRow, out: (chunk: Buffer) => void): void {
  const file = path.join(filesDir(ctx), row.blob_name);
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', 'evidence.errors.blobMissing');
  const fd = fs.openSync(file, 'r');
  try {
    const total = fs.fstatSync(fd).size;
    if (total < HEADER_BYTES + TAG_BYTES) throw new BlobIntegrityError(row.id);
    const header = Buffer.alloc(HEADER_BYTES);
    fs.readSync(fd, header, 0, HEADER_BYTES, 0);
    if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw new BlobIntegrityError(row.id);
    const tag = Buffer.alloc(TAG_BYTES);
    fs.readSync(fd, tag, 0, TAG_BYTES, total - TAG_BYTES);
    const decipher = crypto.createDecipheriv('aes-256-gcm', fileKey(ctx, row.sha256), header.subarray(MAGIC.length));
    decipher.setAAD(Buffer.from(row.sha256, 'ascii'));
    decipher.setAuthTag(tag);
    const hash = crypto.createHash('sha256');
    const parts: Buffer[] = [];
    const buf = Buffer.allocUnsafe(CHUNK);
    let pos = HEADER_BYTES;
    const end = total - TAG_BYTES;
    // Plain text is held back until the tag is verified by final(): nothing unauthenticated leaves.
    while (pos < end) {
      const n = fs.readSync(fd, buf, 0, Math.min(CHUNK, end - pos), pos);
      if (n === 0) break;
      pos += n;
      const plain = decipher.update(buf.subarray(0, n));
      hash.update(plain);
      parts.push(plain);
    }
    try {
      const last = decipher.final();
      if (last.length) {
        hash.update(last);
        parts.push(last);
      }
    } catch {
      throw new BlobIntegrityError(row.id);
    }
    if (hash.digest('hex') !== row.sha256) throw new BlobIntegrityError(row.id);
    for (const p of parts) out(p);
  } finally {
    fs.closeSync(fd);
  }
}

/** How many rows (attachments, letters) refer to a stored file. */
export function fileReferences(ctx: Pick<HandlerContext, 'db'>, fileId: number): number {
  return files.fileReferences(ctx.db, fileId);
}

/**
 * Removes the `files` row and its blob when no attachment and no letter refers to it any more.
 * Returns true when it removed the row.
 * Best called OUTSIDE a transaction, after the one that removed the last reference committed:
 * then row and blob both go. Called INSIDE a transaction it deletes the row (as part of that
 * transaction) but leaves the blob, since the transaction may still roll back; call
 * `sweepOrphanBlobs(ctx)` after your commit to remove it.
 */
export function removeFileIfUnreferenced(ctx: HandlerContext, fileId: number): boolean {
  const row = getFileRow(ctx, fileId);
  if (!row) return false;
  if (fileReferences(ctx, fileId) > 0) return false;
  ctx.db.transaction(() => files.deleteFile(ctx.db, fileId))();
  if (!ctx.db.inTransaction) fs.rmSync(path.join(filesDir(ctx), row.blob_name), { force: true });
  return true;
}

/**
 * Removes every stored file nothing refers to any more (e.g. after a client was deleted and
 * its attachments went with it by cascade): the rows in one transaction, then their blobs.
 * Call outside transactions. Returns how many files were removed.
 */
export function pruneUnreferencedFiles(ctx: HandlerContext): number {
  if (ctx.db.inTransaction) throw new Error('pruneUnreferencedFiles must run outside a transaction');
  const orphans = ctx.db.transaction(() => {
    const rows = files.unreferencedFiles(ctx.db);
    for (const r of rows) files.deleteFile(ctx.db, r.id);
    return rows;
  })();
  const dir = filesDir(ctx);
  for (const r of orphans) fs.rmSync(path.join(dir, r.blob_name), { force: true });
  return orphans.length;
}

/**
 * Removes blobs whose `files` row no longer exists (after a rolled-back transaction, or a
 * removal done inside one), and leftover temp files. Call outside transactions. Returns the
 * names removed.
 */
export function sweepOrphanBlobs(ctx: HandlerContext): string[] {
  if (ctx.db.inTransaction) return [];
  const dir = filesDir(ctx);
  const known = files.blobNames(ctx.db);
  const removed: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    const isTmp = name.endsWith(TMP_SUFFIX) && BLOB_NAME.test(name.slice(0, -TMP_SUFFIX.length));
    if (isTmp || (BLOB_NAME.test(name) && !known.has(name))) {
      fs.rmSync(path.join(dir, name), { force: true });
      removed.push(name);
    }
  }
  return removed;
}

export interface BlobEntry {
  fileId: number;
  sha256: string;
  size: number;
  mime: string;
  blobName: string;
  /** Absolute path of the encrypted blob. */
  path: string;
  /** False when the row exists but the blob is missing from the folder. */
  present: boolean;
}

/** Every stored file with its encrypted blob's path, for backups and exports (ordered by id). */
export function listBlobs(ctx: HandlerContext): BlobEntry[] {
  const dir = filesDir(ctx);
  return files.listFileRows(ctx.db).map((r) => {
    const p = path.join(dir, r.blob_name);
    return { fileId: r.id, sha256: r.sha256, size: r.size, mime: r.mime, blobName: r.blob_name, path: p, present: fs.existsSync(p) };
  });
}
