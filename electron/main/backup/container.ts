import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { renameDurablyAsync } from '../fs/atomic-write';
import { scryptCostAllowed } from './kdf-bounds';

/*
 * Parley's sealed container: one file holding several named parts (a database snapshot,
 * attachment blobs, a manifest, a case file …), encrypted with a passphrase. Used by
 * backups and by case hand-over. Streams in both directions: a 500 MB database never
 * needs a 500 MB buffer.
 *
 * Layout (all integers big-endian):
 *
 *   header, 48 bytes
 *     0   8  magic "PRLYSEAL"
 *     8   1  format version (1)
 *     9   1  kind: an ASCII letter chosen by the caller ('B' backup, 'C' case hand-over)
 *    10   1  scrypt log2(N)   (10..16, see kdf-bounds.ts; N = 2^15 needs 32 MiB of memory per try)
 *    11   1  scrypt r         (8)
 *    12   1  scrypt p         (1)
 *    13   3  zero
 *    16  16  salt (random per file)
 *    32   7  nonce prefix (random per file)
 *    39   1  zero
 *    40   4  chunk size: plaintext bytes per chunk (the last chunk may be shorter)
 *    44   4  zero
 *   key check, 32 bytes: HMAC-SHA256(macKey, header)
 *   chunks, until the one flagged final:
 *     4  plaintext length L (≤ chunk size)
 *     L  AES-256-GCM ciphertext
 *    16  GCM tag
 *
 * Keys: scrypt(passphrase NFC-normalised, salt, N, r, p) → 64 bytes = encKey (32) ‖ macKey (32).
 * Chunk i is encrypted with nonce = prefix(7) ‖ uint32(i) ‖ final-flag(1: 0x01 on the last
 * chunk, else 0x00) and the 80 bytes of header + key check as additional data. So:
 *   – a wrong passphrase fails the key check before any chunk is read (WRONG_PASSPHRASE);
 *   – a changed header fails the key check too (it cannot be told apart from a wrong
 *     passphrase, and is reported as such);
 *   – a changed, swapped, reordered, dropped or duplicated chunk fails its tag (TAMPERED);
 *   – a file cut anywhere ends before a chunk flagged final (TRUNCATED), and bytes after
 *     the final chunk are refused (TAMPERED).
 *
 * The plaintext inside the chunks is a sequence of parts:
 *     1  type: 1 = part, 0 = end
 *     2  name length n, then n bytes of UTF-8 name
 *     8  size s, then s bytes of data
 * and ends with a single 0 byte; nothing may follow it.
 *
 * Writing: into `<dest>.partial`, fsync, rename to `<dest>`, fsync the folder. A failure
 * removes the partial file, so a file with the final name is always complete and sealed.
 */

export const SEAL_MAGIC = Buffer.from('PRLYSEAL', 'latin1');
export const SEAL_VERSION = 1;
const HEADER_BYTES = 48;
const CHECK_BYTES = 32;
const TAG_BYTES = 16;
const PREFIX_BYTES = 7;
export const DEFAULT_CHUNK_BYTES = 1 << 20;
export const PARTIAL_SUFFIX = '.partial';

export interface ScryptParams {
  log2N: number;
  r: number;
  p: number;
}

/** Memory-hard and ~100 ms on a laptop: 2^15 × 8 × 128 B = 32 MiB per try. */
export const DEFAULT_SCRYPT: ScryptParams = { log2N: 15, r: 8, p: 1 };

/** KDF_TOO_COSTLY: the header asks for more scrypt work than kdf-bounds.ts allows; refused before any is done. */
export type SealErrorReason = 'NOT_SEALED' | 'UNSUPPORTED_VERSION' | 'KDF_TOO_COSTLY' | 'WRONG_KIND' | 'WRONG_PASSPHRASE' | 'TRUNCATED' | 'TAMPERED';

/** The file is not a readable container; `reason` says why. I/O errors are thrown as they are. */
export class SealError extends Error {
  constructor(readonly reason: SealErrorReason) {
    super(`sealed file: ${reason}`);
    this.name = 'SealError';
  }
}

/** What a writer needs from a file: a seam so tests can inject a full disk or a removed stick. */
export interface SinkFile {
  write(data: Buffer): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export type OpenSink = (file: string) => Promise<SinkFile>;

export const openFileSink: OpenSink = async (file) => {
  const handle = await fs.promises.open(file, 'wx', 0o600);
  return {
    async write(data) {
      let off = 0;
      while (off < data.length) {
        const { bytesWritten } = await handle.write(data, off, data.length - off);
        off += bytesWritten;
      }
    },
    sync: () => handle.sync(),
    close: () => handle.close(),
  };
};

/** A part to seal: a file on disk (streamed) or bytes in memory. */
export type SealSource = { name: string; file: string } | { name: string; data: Buffer | string };

export interface SealedPart {
  name: string;
  size: number;
  /** SHA-256 of the part's plaintext, hex. */
  sha256: string;
}

/** Keys derived ahead of time (scrypt runs on the thread pool while the caller does other work). */
export interface PreparedSeal {
  salt: Buffer;
  params: ScryptParams;
  keys: Promise<{ encKey: Buffer; macKey: Buffer }>;
}

export function prepareSeal(passphrase: string, params: ScryptParams = DEFAULT_SCRYPT): PreparedSeal {
  const salt = crypto.randomBytes(16);
  const keys = deriveSealKeys(passphrase, salt, params);
  // Observed here so a rejection before the caller awaits is not "unhandled".
  keys.catch(() => {});
  return { salt, params, keys };
}

export interface SealOptions {
  kind?: string;
  /** From prepareSeal() with the same passphrase; then `scrypt` is ignored. */
  prepared?: PreparedSeal;
  scrypt?: ScryptParams;
  chunkBytes?: number;
  openSink?: OpenSink;
  /** Called after each chunk with the plaintext bytes sealed so far. */
  onProgress?: (bytesDone: number) => void;
  /**
   * Called after the last source is sealed, with the checksums so far; returns more parts to
   * append (a manifest that lists the checksums of the parts before it, for example).
   */
  beforeEnd?: (parts: SealedPart[]) => SealSource[] | Promise<SealSource[]>;
}

function scryptMaxmem(params: ScryptParams): number {
  return 128 * params.r * (2 ** params.log2N + params.p + 2) + 16 * 1024 * 1024;
}

function checkScrypt(params: ScryptParams): void {
  if (!scryptCostAllowed(params)) throw new SealError('KDF_TOO_COSTLY');
}

/** scrypt → encKey ‖ macKey. Exported for callers who store a passphrase verifier. */
export function deriveSealKeys(passphrase: string, salt: Buffer, params: ScryptParams): Promise<{ encKey: Buffer; macKey: Buffer }> {
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

function nonceFor(prefix: Buffer, index: number, final: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  prefix.copy(nonce, 0, 0, PREFIX_BYTES);
  nonce.writeUInt32BE(index, PREFIX_BYTES);
  nonce[11] = final ? 1 : 0;
  return nonce;
}

function kindByte(kind: string): number {
  if (!/^[A-Za-z]$/.test(kind)) throw new Error('seal kind must be one ASCII letter');
  return kind.charCodeAt(0);
}

/** How many sealed chunks may be encrypting or waiting for the disk at once. */
const IN_FLIGHT = 4;

/**
 * Encrypts parts into one chunked stream. Each chunk is encrypted by WebCrypto, which runs
 * on libuv's thread pool, and written in order behind it: while chunk i is encrypted and
 * chunk i-1 written, this thread hashes and copies the bytes of chunk i+1. The bytes are
 * the same as a sequential AES-256-GCM (WebCrypto appends the 16-byte tag to the body,
 * which is the container's layout).
 */
class ChunkWriter {
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
    private readonly sink: SinkFile,
    private readonly key: CryptoKey,
    private readonly prefix: Buffer,
    private readonly aad: Buffer,
    private readonly chunkBytes: number,
    private readonly onProgress?: (bytes: number) => void,
  ) {
    this.pending = Buffer.allocUnsafe(chunkBytes);
  }

  static async create(sink: SinkFile, encKey: Buffer, prefix: Buffer, aad: Buffer, chunkBytes: number, onProgress?: (bytes: number) => void): Promise<ChunkWriter> {
    const key = await crypto.subtle.importKey('raw', encKey, { name: 'AES-GCM' }, false, ['encrypt']);
    return new ChunkWriter(sink, key, prefix, aad, chunkBytes, onProgress);
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
      await this.sink.write(len);
      await this.sink.write(body);
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

function partHeader(name: string, size: number): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  if (nameBytes.length === 0 || nameBytes.length > 0xffff) throw new Error('part name length');
  const head = Buffer.alloc(1 + 2 + nameBytes.length + 8);
  head[0] = 1;
  head.writeUInt16BE(nameBytes.length, 1);
  nameBytes.copy(head, 3);
  head.writeBigUInt64BE(BigInt(size), 3 + nameBytes.length);
  return head;
}

/**
 * Seals `sources` into `dest` with `passphrase`. Writes `dest.partial`, fsyncs, renames.
 * On any failure the partial file is removed and the error is rethrown.
 */
export async function sealFile(dest: string, passphrase: string, sources: SealSource[], options: SealOptions = {}): Promise<{ bytes: number; parts: SealedPart[] }> {
  const prepared = options.prepared ?? prepareSeal(passphrase, options.scrypt ?? DEFAULT_SCRYPT);
  const params = prepared.params;
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  if (chunkBytes < 64 || chunkBytes > 64 * 1024 * 1024) throw new Error('chunk size');
  const salt = prepared.salt;
  const prefix = crypto.randomBytes(PREFIX_BYTES);
  const header = Buffer.alloc(HEADER_BYTES);
  SEAL_MAGIC.copy(header, 0);
  header[8] = SEAL_VERSION;
  header[9] = kindByte(options.kind ?? 'B');
  header[10] = params.log2N;
  header[11] = params.r;
  header[12] = params.p;
  salt.copy(header, 16);
  prefix.copy(header, 32);
  header.writeUInt32BE(chunkBytes, 40);
  const { encKey, macKey } = await prepared.keys;
  const check = crypto.createHmac('sha256', macKey).update(header).digest();
  const aad = Buffer.concat([header, check]);

  const partial = dest + PARTIAL_SUFFIX;
  await fs.promises.rm(partial, { force: true });
  const sink = await (options.openSink ?? openFileSink)(partial);
  let closed = false;
  try {
    await sink.write(aad);
    const writer = await ChunkWriter.create(sink, encKey, prefix, aad, chunkBytes, options.onProgress);
    const parts: SealedPart[] = [];
    const sealOne = async (source: SealSource): Promise<void> => {
      const hash = crypto.createHash('sha256');
      if ('file' in source) {
        const handle = await fs.promises.open(source.file, 'r');
        let next: Promise<{ bytesRead: number; buffer: Buffer }> | null = null;
        try {
          const size = (await handle.stat()).size;
          await writer.push(partHeader(source.name, size));
          // Two buffers: the next read runs on the thread pool while this one is hashed and pushed.
          const bufs = [Buffer.allocUnsafe(Math.min(chunkBytes, 1 << 20)), Buffer.allocUnsafe(Math.min(chunkBytes, 1 << 20))];
          let pos = 0;
          const readAt = (buf: Buffer, at: number) => (at < size ? handle.read(buf, 0, Math.min(buf.length, size - at), at) : null);
          next = readAt(bufs[0]!, 0);
          for (let turn = 0; next; turn++) {
            const { bytesRead, buffer } = await next;
            if (bytesRead === 0) throw new Error(`${source.file} shrank while it was sealed`);
            pos += bytesRead;
            next = readAt(bufs[(turn + 1) % 2]!, pos);
            const slice = buffer.subarray(0, bytesRead);
            hash.update(slice);
            await writer.push(slice);
          }
          parts.push({ name: source.name, size, sha256: hash.digest('hex') });
        } finally {
          // A failure mid-part may leave a read-ahead running: let it end before closing.
          await next?.catch(() => {});
          await handle.close();
        }
      } else {
        const data = typeof source.data === 'string' ? Buffer.from(source.data, 'utf8') : source.data;
        await writer.push(partHeader(source.name, data.length));
        await writer.push(data);
        parts.push({ name: source.name, size: data.length, sha256: hash.update(data).digest('hex') });
      }
    };
    for (const source of sources) await sealOne(source);
    if (options.beforeEnd) for (const source of await options.beforeEnd([...parts])) await sealOne(source);
    await writer.push(Buffer.from([0]));
    await writer.end();
    await sink.sync();
    closed = true;
    await sink.close();
    await renameDurablyAsync(partial, dest);
    const bytes = aad.length + writer.written;
    return { bytes, parts };
  } catch (err) {
    if (!closed) await sink.close().catch(() => {});
    await fs.promises.rm(partial, { force: true }).catch(() => {});
    throw err;
  }
}

/** What to do with a part while opening: keep it in memory, write it to a file, or only hash it. */
export type PartTarget = 'buffer' | 'skip' | { file: string };

export interface OpenedPart extends SealedPart {
  data?: Buffer;
  file?: string;
}

export interface OpenOptions {
  /** Only accept this kind (see SealOptions.kind). */
  kind?: string;
  /** Where each part goes; default: into memory. Files are created new (never overwritten). */
  target?: (part: { name: string; size: number }) => PartTarget;
  onProgress?: (bytesDone: number, fileBytes: number) => void;
}

/** Reads a container header: kind and scrypt parameters, without a passphrase. */
export async function readSealHeader(file: string): Promise<{ kind: string; version: number; scrypt: ScryptParams; chunkBytes: number }> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const head = Buffer.alloc(HEADER_BYTES + CHECK_BYTES);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return parseHeader(head, bytesRead);
  } finally {
    await handle.close();
  }
}

function parseHeader(head: Buffer, length: number): { kind: string; version: number; scrypt: ScryptParams; chunkBytes: number } {
  if (length < SEAL_MAGIC.length || !head.subarray(0, SEAL_MAGIC.length).equals(SEAL_MAGIC)) throw new SealError('NOT_SEALED');
  if (length < HEADER_BYTES + CHECK_BYTES) throw new SealError('TRUNCATED');
  if (head[8] !== SEAL_VERSION) throw new SealError('UNSUPPORTED_VERSION');
  const scrypt = { log2N: head[10]!, r: head[11]!, p: head[12]! };
  checkScrypt(scrypt);
  const chunkBytes = head.readUInt32BE(40);
  if (chunkBytes < 64 || chunkBytes > 64 * 1024 * 1024) throw new SealError('TAMPERED');
  return { kind: String.fromCharCode(head[9]!), version: head[8]!, scrypt, chunkBytes };
}

/** Parses the plaintext part stream incrementally. */
class PartReader {
  private buf: Buffer = Buffer.alloc(0);
  private current: { name: string; size: number; left: number; hash: crypto.Hash; target: PartTarget; chunks: Buffer[]; handle?: fs.promises.FileHandle } | null = null;
  ended = false;
  readonly parts: OpenedPart[] = [];

  constructor(private readonly target: (part: { name: string; size: number }) => PartTarget) {}

  async feed(data: Buffer): Promise<void> {
    this.buf = this.buf.length ? Buffer.concat([this.buf, data]) : data;
    for (;;) {
      if (this.ended) {
        if (this.buf.length) throw new SealError('TAMPERED');
        return;
      }
      if (this.current) {
        const n = Math.min(this.current.left, this.buf.length);
        if (n > 0) {
          const slice = this.buf.subarray(0, n);
          this.current.hash.update(slice);
          if (this.current.target === 'buffer') this.current.chunks.push(Buffer.from(slice));
          else if (this.current.handle) await this.current.handle.write(slice);
          this.current.left -= n;
          this.buf = this.buf.subarray(n);
        }
        if (this.current.left > 0) return;
        await this.finishPart();
        continue;
      }
      if (this.buf.length < 1) return;
      const type = this.buf[0];
      if (type === 0) {
        this.ended = true;
        this.buf = this.buf.subarray(1);
        continue;
      }
      if (type !== 1) throw new SealError('TAMPERED');
      if (this.buf.length < 3) return;
      const nameLen = this.buf.readUInt16BE(1);
      if (this.buf.length < 3 + nameLen + 8) return;
      const name = this.buf.subarray(3, 3 + nameLen).toString('utf8');
      const size = Number(this.buf.readBigUInt64BE(3 + nameLen));
      this.buf = this.buf.subarray(3 + nameLen + 8);
      const target = this.target({ name, size });
      let handle: fs.promises.FileHandle | undefined;
      if (typeof target === 'object') {
        await fs.promises.mkdir(path.dirname(target.file), { recursive: true });
        handle = await fs.promises.open(target.file, 'wx', 0o600);
      }
      this.current = { name, size, left: size, hash: crypto.createHash('sha256'), target, chunks: [], handle };
    }
  }

  private async finishPart(): Promise<void> {
    const c = this.current!;
    const part: OpenedPart = { name: c.name, size: c.size, sha256: c.hash.digest('hex') };
    if (c.target === 'buffer') part.data = Buffer.concat(c.chunks);
    if (typeof c.target === 'object') {
      await c.handle!.sync();
      await c.handle!.close();
      part.file = c.target.file;
    }
    this.parts.push(part);
    this.current = null;
  }

  async abort(): Promise<void> {
    await this.current?.handle?.close().catch(() => {});
  }
}

/**
 * Opens a container: checks the passphrase, decrypts and authenticates every chunk, and
 * hands each part to its target. Throws SealError when the file is not intact; parts
 * already written to files before the failure are the caller's to remove (write them into
 * a staging folder).
 */
export async function openSealed(file: string, passphrase: string, options: OpenOptions = {}): Promise<{ kind: string; parts: OpenedPart[] }> {
  const handle = await fs.promises.open(file, 'r');
  const reader = new PartReader(options.target ?? (() => 'buffer'));
  try {
    const fileBytes = (await handle.stat()).size;
    const head = Buffer.alloc(HEADER_BYTES + CHECK_BYTES);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const info = parseHeader(head, bytesRead);
    if (options.kind !== undefined && info.kind !== options.kind) throw new SealError('WRONG_KIND');
    const header = head.subarray(0, HEADER_BYTES);
    const { encKey, macKey } = await deriveSealKeys(passphrase, header.subarray(16, 32), info.scrypt);
    const expected = crypto.createHmac('sha256', macKey).update(header).digest();
    if (!crypto.timingSafeEqual(expected, head.subarray(HEADER_BYTES))) throw new SealError('WRONG_PASSPHRASE');
    const prefix = header.subarray(32, 32 + PREFIX_BYTES);
    const aad = Buffer.from(head);

    // Chunks are decrypted by WebCrypto on libuv's thread pool, a few ahead, while this thread
    // hashes and hands on the plaintext of the oldest; results are used strictly in order.
    const key = await crypto.subtle.importKey('raw', encKey, { name: 'AES-GCM' }, false, ['decrypt']);
    interface Pending {
      index: number;
      final: boolean;
      end: number;
      len: number;
      sealed: Buffer;
      plain: Promise<Buffer | null>;
    }
    const queue: Pending[] = [];
    const use = async (item: Pending): Promise<void> => {
      const plain = await item.plain;
      if (plain === null) {
        const body = item.sealed.subarray(0, item.len);
        const tag = item.sealed.subarray(item.len);
        // Not the last chunk in the file but flagged final (bytes were appended), or the end
        // came early (the final chunk is missing), or the chunk was changed.
        if (!item.final && decryptChunk(encKey, prefix, aad, item.index, true, body, tag)) throw new SealError('TAMPERED');
        if (item.final && decryptChunk(encKey, prefix, aad, item.index, false, body, tag)) throw new SealError('TRUNCATED');
        throw new SealError('TAMPERED');
      }
      await reader.feed(plain);
      options.onProgress?.(item.end, fileBytes);
    };
    let pos = head.length;
    try {
      for (let index = 0; ; index++) {
        // One read per chunk: its length, body and tag (a full chunk's worth; the last may be shorter).
        const buf = Buffer.allocUnsafe(4 + info.chunkBytes + TAG_BYTES);
        const { bytesRead } = await handle.read(buf, 0, buf.length, pos);
        if (bytesRead < 4) throw new SealError('TRUNCATED');
        const len = buf.readUInt32BE(0);
        if (len > info.chunkBytes) throw new SealError('TAMPERED');
        const need = len + TAG_BYTES;
        if (bytesRead < 4 + need) throw new SealError('TRUNCATED');
        pos += 4 + need;
        const final = pos === fileBytes;
        const sealed = buf.subarray(4, 4 + need);
        const plain = crypto.subtle
          .decrypt({ name: 'AES-GCM', iv: nonceFor(prefix, index, final), additionalData: aad, tagLength: 128 }, key, sealed)
          .then((b) => Buffer.from(b), () => null);
        queue.push({ index, final, end: pos, len, sealed, plain });
        if (queue.length >= IN_FLIGHT) await use(queue.shift()!);
        if (final) break;
      }
    } catch (err) {
      // A read that found the file cut short: the chunks before it are judged first, in order,
      // so a changed chunk is still reported as TAMPERED rather than the later TRUNCATED.
      if (!(err instanceof SealError)) throw err;
      for (const item of queue.splice(0)) await use(item);
      throw err;
    }
    for (const item of queue.splice(0)) await use(item);
    if (!reader.ended) throw new SealError('TAMPERED');
    return { kind: info.kind, parts: reader.parts };
  } catch (err) {
    await reader.abort();
    throw err;
  } finally {
    await handle.close();
  }
}

function decryptChunk(encKey: Buffer, prefix: Buffer, aad: Buffer, index: number, final: boolean, body: Buffer, tag: Buffer): Buffer | null {
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', encKey, nonceFor(prefix, index, final));
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    return null;
  }
}
