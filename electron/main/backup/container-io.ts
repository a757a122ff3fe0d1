import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { renameDurablyAsync } from '../fs/atomic-write';
import { ChunkWriter, chunkKey, DEFAULT_SCRYPT, deriveSealKeys, IN_FLIGHT, keyCheck, keyCheckMatches, openChunk, openChunkSync, prepareSeal, type PreparedSeal } from './container-crypto';
import {
  buildHeader,
  CHECK_BYTES,
  DEFAULT_CHUNK_BYTES,
  HEADER_BYTES,
  headerPrefix,
  headerSalt,
  parseHeader,
  PARTIAL_SUFFIX,
  partHeader,
  PARTS_END,
  PREFIX_BYTES,
  SealError,
  TAG_BYTES,
  validChunkBytes,
  type ScryptParams,
  type SealedPart,
  type SealHeader,
} from './container-format';

// Sealing files into a container and opening one, streamed both ways: a 500 MB database
// never needs a 500 MB buffer. Writing goes into `<dest>.partial`, is fsynced and renamed
// into place (fs/atomic-write.ts), so a file with the final name is always complete.

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

/** Streams one source into the writer (its part header, then its bytes) and returns its checksum. */
async function sealOne(writer: ChunkWriter, source: SealSource, chunkBytes: number): Promise<SealedPart> {
  const hash = crypto.createHash('sha256');
  if (!('file' in source)) {
    const data = typeof source.data === 'string' ? Buffer.from(source.data, 'utf8') : source.data;
    await writer.push(partHeader(source.name, data.length));
    await writer.push(data);
    return { name: source.name, size: data.length, sha256: hash.update(data).digest('hex') };
  }
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
    return { name: source.name, size, sha256: hash.digest('hex') };
  } finally {
    // A failure mid-part may leave a read-ahead running: let it end before closing.
    await next?.catch(() => {});
    await handle.close();
  }
}

/**
 * Seals `sources` into `dest` with `passphrase`. Writes `dest.partial`, fsyncs, renames.
 * On any failure the partial file is removed and the error is rethrown.
 */
export async function sealFile(dest: string, passphrase: string, sources: SealSource[], options: SealOptions = {}): Promise<{ bytes: number; parts: SealedPart[] }> {
  const prepared = options.prepared ?? prepareSeal(passphrase, options.scrypt ?? DEFAULT_SCRYPT);
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  if (!validChunkBytes(chunkBytes)) throw new Error('chunk size');
  const prefix = crypto.randomBytes(PREFIX_BYTES);
  const header = buildHeader(options.kind ?? 'B', prepared.params, prepared.salt, prefix, chunkBytes);
  const { encKey, macKey } = await prepared.keys;
  const aad = Buffer.concat([header, keyCheck(macKey, header)]);

  const partial = dest + PARTIAL_SUFFIX;
  await fs.promises.rm(partial, { force: true });
  const sink = await (options.openSink ?? openFileSink)(partial);
  let closed = false;
  try {
    await sink.write(aad);
    const writer = await ChunkWriter.create((data) => sink.write(data), encKey, prefix, aad, chunkBytes, options.onProgress);
    const parts: SealedPart[] = [];
    for (const source of sources) parts.push(await sealOne(writer, source, chunkBytes));
    if (options.beforeEnd) for (const source of await options.beforeEnd([...parts])) parts.push(await sealOne(writer, source, chunkBytes));
    await writer.push(PARTS_END);
    await writer.end();
    await sink.sync();
    closed = true;
    await sink.close();
    await renameDurablyAsync(partial, dest);
    return { bytes: aad.length + writer.written, parts };
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
export async function readSealHeader(file: string): Promise<SealHeader> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const head = Buffer.alloc(HEADER_BYTES + CHECK_BYTES);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return parseHeader(head, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Writes of one part's file that may be under way at once. */
const WRITES_AHEAD = 4;

/** Parses the plaintext part stream incrementally. */
class PartReader {
  private buf: Buffer = Buffer.alloc(0);
  private current: {
    name: string;
    size: number;
    left: number;
    hash: crypto.Hash;
    target: PartTarget;
    chunks: Buffer[];
    handle?: fs.promises.FileHandle;
    /** Where the next slice goes in the part's file. */
    position: number;
    /** Writes still under way, oldest first: the next chunk is hashed while they run. */
    writing: Promise<unknown>[];
  } | null = null;
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
          else if (this.current.handle) await this.write(this.current, slice);
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
      this.current = { name, size, left: size, hash: crypto.createHash('sha256'), target, chunks: [], handle, position: 0, writing: [] };
    }
  }

  /** Starts a write at its place in the file, and waits only when a few are under way already. */
  private async write(part: NonNullable<PartReader['current']>, slice: Buffer): Promise<void> {
    const written = part.handle!.write(slice, 0, slice.length, part.position);
    // Awaited in order below (or in finishPart/abort); this only keeps a failure that comes
    // before then from counting as unhandled.
    written.catch(() => {});
    part.writing.push(written);
    part.position += slice.length;
    if (part.writing.length >= WRITES_AHEAD) await part.writing.shift();
  }

  private async finishPart(): Promise<void> {
    const c = this.current!;
    const part: OpenedPart = { name: c.name, size: c.size, sha256: c.hash.digest('hex') };
    if (c.target === 'buffer') part.data = Buffer.concat(c.chunks);
    if (typeof c.target === 'object') {
      for (const w of c.writing.splice(0)) await w;
      await c.handle!.sync();
      await c.handle!.close();
      part.file = c.target.file;
    }
    this.parts.push(part);
    this.current = null;
  }

  async abort(): Promise<void> {
    await Promise.allSettled(this.current?.writing ?? []);
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
    const { encKey, macKey } = await deriveSealKeys(passphrase, headerSalt(header), info.scrypt);
    if (!keyCheckMatches(macKey, header, head.subarray(HEADER_BYTES))) throw new SealError('WRONG_PASSPHRASE');
    const prefix = headerPrefix(header);
    const aad = Buffer.from(head);

    // Chunks are decrypted by WebCrypto on libuv's thread pool, a few ahead, while this thread
    // hashes and hands on the plaintext of the oldest; results are used strictly in order.
    const key = await chunkKey(encKey, 'decrypt');
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
        if (!item.final && openChunkSync(encKey, prefix, aad, item.index, true, body, tag)) throw new SealError('TAMPERED');
        if (item.final && openChunkSync(encKey, prefix, aad, item.index, false, body, tag)) throw new SealError('TRUNCATED');
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
        queue.push({ index, final, end: pos, len, sealed, plain: openChunk(key, prefix, aad, index, final, sealed) });
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
