import crypto from 'node:crypto';
import fs from 'node:fs';
import { writeFileAtomic } from '../fs/atomic-write';

/*
 * Re-encrypting stored file blobs for another database key (a restore on a new laptop).
 * Follows the blob layout of attachments/store.ts (MAGIC 'PFB1' | IV 12 | AES-256-GCM body | tag 16,
 * AAD = the content's SHA-256 in hex, key = HKDF(HKDF(dbKey, 'parley:attachments'), sha256,
 * 'parley:file-blob:v1')). Streams: the plain content exists only in memory, a chunk at a time;
 * the new blob is written beside the old one and replaces it only once the old blob's tag
 * and the content hash have been verified.
 */

const MAGIC = Buffer.from('PFB1', 'ascii');
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Mirrors core.ts deriveKey. */
export function purposeKey(dbKey: Buffer, purpose: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', dbKey, Buffer.alloc(0), `parley:${purpose}`, 32));
}

function blobKey(dbKey: Buffer, sha256: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', purposeKey(dbKey, 'attachments'), Buffer.from(sha256, 'hex'), 'parley:file-blob:v1', 32));
}

export class BlobRekeyError extends Error {
  constructor(readonly file: string) {
    super(`blob ${file} does not decrypt with the backup's key`);
  }
}

export function reencryptBlob(file: string, sha256: string, oldKey: Buffer, newKey: Buffer): void {
  const fd = fs.openSync(file, 'r');
  let sourceOpen = true;
  // The old blob is closed before the new one is renamed over it (Windows refuses to replace an open file).
  const closeSource = () => {
    if (sourceOpen) fs.closeSync(fd);
    sourceOpen = false;
  };
  try {
    writeFileAtomic(
      file,
      (out) => {
        try {
          copyReencrypted(fd, out, file, sha256, oldKey, newKey);
        } finally {
          closeSource();
        }
      },
      { tempPath: file + '.rekey' },
    );
  } finally {
    closeSource();
  }
}

function copyReencrypted(fd: number, out: number, file: string, sha256: string, oldKey: Buffer, newKey: Buffer): void {
  const total = fs.fstatSync(fd).size;
  const head = Buffer.alloc(MAGIC.length + IV_BYTES);
  if (total < head.length + TAG_BYTES) throw new BlobRekeyError(file);
  fs.readSync(fd, head, 0, head.length, 0);
  if (!head.subarray(0, MAGIC.length).equals(MAGIC)) throw new BlobRekeyError(file);
  const tag = Buffer.alloc(TAG_BYTES);
  fs.readSync(fd, tag, 0, TAG_BYTES, total - TAG_BYTES);
  const aad = Buffer.from(sha256, 'ascii');
  const decipher = crypto.createDecipheriv('aes-256-gcm', blobKey(oldKey, sha256), head.subarray(MAGIC.length));
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', blobKey(newKey, sha256), iv);
  cipher.setAAD(aad);
  const hash = crypto.createHash('sha256');
  fs.writeSync(out, Buffer.concat([MAGIC, iv]));
  const buf = Buffer.allocUnsafe(1 << 20);
  let pos = head.length;
  const end = total - TAG_BYTES;
  while (pos < end) {
    const n = fs.readSync(fd, buf, 0, Math.min(buf.length, end - pos), pos);
    if (n === 0) throw new BlobRekeyError(file);
    pos += n;
    const plain = decipher.update(buf.subarray(0, n));
    hash.update(plain);
    fs.writeSync(out, cipher.update(plain));
  }
  try {
    decipher.final();
  } catch {
    throw new BlobRekeyError(file);
  }
  if (hash.digest('hex') !== sha256) throw new BlobRekeyError(file);
  fs.writeSync(out, cipher.final());
  fs.writeSync(out, cipher.getAuthTag());
}
