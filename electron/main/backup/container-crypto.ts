import crypto from 'node:crypto';
import { checkScrypt, nonceFor, type ScryptParams } from './container-format';

// The sealed container's keys and ciphers: scrypt from the passphrase, the key check, and the
// AES-256-GCM of each chunk (container-format.ts says where every byte goes).

/** Memory-hard and ~100 ms on a laptop: 2^15 × 8 × 128 B = 32 MiB per try. */
export const DEFAULT_SCRYPT: ScryptParams = { log2N: 15, r: 8, p: 1 };

export interface SealKeys {
  encKey: Buffer;
  macKey: Buffer;
}

/** Keys derived ahead of time (scrypt runs on the thread pool while the caller does other work). */
export interface PreparedSeal {
  salt: Buffer;
  params: ScryptParams;
  keys: Promise<SealKeys>;
}

function scryptMaxmem(params: ScryptParams): number {
  return 128 * params.r * (2 ** params.log2N + params.p + 2) + 16 * 1024 * 1024;
}

/** scrypt → encKey ‖ macKey. Exported for callers who store a passphrase verifier. */
export function deriveSealKeys(passphrase: string, salt: Buffer, params: ScryptParams): Promise<SealKeys> {
  checkScrypt(params);
  return new Promise((resolve, reject) => {
    crypto.scrypt(
      Buffer.from(passphrase.normalize('NFC'), 'utf8'),
      salt,
      64,
      { N: 2 ** params.log2N, r: params.r, p: params.p, maxmem: scryptMaxmem(params) },
      (err, key) => (err ? reject(err) : resolve({ encKey: key.subarray(0, 32), macKey: key.subarray(32, 64) })),
    );
  });
}

export function prepareSeal(passphrase: string, params: ScryptParams = DEFAULT_SCRYPT): PreparedSeal {
  const salt = crypto.randomBytes(16);
  const keys = deriveSealKeys(passphrase, salt, params);
  // Observed here so a rejection before the caller awaits is not "unhandled".
  keys.catch(() => {});
  return { salt, params, keys };
}

/** The 32 bytes after the header: HMAC-SHA256(macKey, header). */
export function keyCheck(macKey: Buffer, header: Buffer): Buffer {
  return crypto.createHmac('sha256', macKey).update(header).digest();
}

/** Whether `check` is the key check of `header` under `macKey` (constant time). */
export function keyCheckMatches(macKey: Buffer, header: Buffer, check: Buffer): boolean {
  return crypto.timingSafeEqual(keyCheck(macKey, header), check);
}

export function chunkKey(encKey: Buffer, use: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encKey, { name: 'AES-GCM' }, false, [use]);
}

/** How many sealed chunks may be encrypting (or decrypting) or waiting for the disk at once. */
export const IN_FLIGHT = 4;

/**
 * Encrypts parts into one chunked stream. Each chunk is encrypted by WebCrypto, which runs
 * on libuv's thread pool, and written in order behind it: while chunk i is encrypted and
 * chunk i-1 written, this thread hashes and copies the bytes of chunk i+1. The bytes are
 * the same as a sequential AES-256-GCM (WebCrypto appends the 16-byte tag to the body,
 * which is the container's layout).
 */
export class ChunkWriter {
  private pending: Buffer;
  private fill = 0;
  private index = 0;
  /** Chunks handed to WebCrypto whose write has not finished, oldest first. */
  private readonly inFlight: Promise<void>[] = [];
  private tail: Promise<void> = Promise.resolve();
  private failed: unknown = null;
  /** Plaintext bytes pushed. */
  total = 0;
  /** Bytes written to the sink. */
  written = 0;

  private constructor(
    private readonly write: (data: Buffer) => Promise<void>,
    private readonly key: CryptoKey,
    private readonly prefix: Buffer,
    private readonly aad: Buffer,
    private readonly chunkBytes: number,
    private readonly onProgress?: (bytes: number) => void,
  ) {
    this.pending = Buffer.allocUnsafe(chunkBytes);
  }

  static async create(write: (data: Buffer) => Promise<void>, encKey: Buffer, prefix: Buffer, aad: Buffer, chunkBytes: number, onProgress?: (bytes: number) => void): Promise<ChunkWriter> {
    return new ChunkWriter(write, await chunkKey(encKey, 'encrypt'), prefix, aad, chunkBytes, onProgress);
  }

  async push(data: Buffer): Promise<void> {
    let off = 0;
    while (off < data.length) {
      // A full chunk is sealed only once more data arrives, so the last one can carry the final flag.
      if (this.fill === this.chunkBytes) await this.flush(false);
      const n = Math.min(this.chunkBytes - this.fill, data.length - off);
      data.copy(this.pending, this.fill, off, off + n);
      this.fill += n;
      off += n;
      this.total += n;
    }
  }

  /** Seals the pending bytes as chunk number `index` (WebCrypto copies its input, so the buffer is free at once). */
  private async flush(final: boolean): Promise<void> {
    if (this.failed) throw this.failed;
    const length = this.fill;
    const done = this.total;
    const encrypted = crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonceFor(this.prefix, this.index, final), additionalData: this.aad, tagLength: 128 }, this.key, this.pending.subarray(0, length));
    const len = Buffer.alloc(4);
    len.writeUInt32BE(length, 0);
    const write = this.tail.then(async () => {
      const body = Buffer.from(await encrypted);
      // Two writes rather than one concatenated copy of the megabyte.
      await this.write(len);
      await this.write(body);
      this.written += 4 + body.length;
      this.onProgress?.(done);
    });
    // A failed write fails every later one; the caller sees the first error.
    this.tail = write.catch((err: unknown) => {
      this.failed ??= err;
      throw err;
    });
    this.tail.catch(() => {});
    this.inFlight.push(this.tail);
    this.index += 1;
    if (this.index >= 0xffffffff) throw new Error('sealed file too large');
    this.pending = Buffer.allocUnsafe(this.chunkBytes);
    this.fill = 0;
    if (this.inFlight.length >= IN_FLIGHT) await this.inFlight.shift();
  }

  async end(): Promise<void> {
    await this.flush(true);
    await this.tail;
  }
}

/** Decrypts chunk `index` (body ‖ tag) on the thread pool; null when it does not authenticate. */
export function openChunk(key: CryptoKey, prefix: Buffer, aad: Buffer, index: number, final: boolean, sealed: Buffer): Promise<Buffer | null> {
  return crypto.subtle.decrypt({ name: 'AES-GCM', iv: nonceFor(prefix, index, final), additionalData: aad, tagLength: 128 }, key, sealed).then(
    (b) => Buffer.from(b),
    () => null,
  );
}

/** The same, synchronously: used only to tell why a chunk failed (the other final flag). */
export function openChunkSync(encKey: Buffer, prefix: Buffer, aad: Buffer, index: number, final: boolean, body: Buffer, tag: Buffer): Buffer | null {
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', encKey, nonceFor(prefix, index, final));
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    return null;
  }
}
