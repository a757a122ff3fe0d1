import { z } from 'zod';
import { scryptCostAllowed } from './kdf-bounds';

// The sealed container's bytes: the header, the nonce of each chunk, the framing of the parts
// and the errors a reader reports. No keys here (container-crypto.ts) and no files
// (container-io.ts); container.ts is the face the rest of Parley imports.

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
export const HEADER_BYTES = 48;
export const CHECK_BYTES = 32;
export const TAG_BYTES = 16;
export const PREFIX_BYTES = 7;
export const DEFAULT_CHUNK_BYTES = 1 << 20;
export const PARTIAL_SUFFIX = '.partial';

export interface ScryptParams {
  log2N: number;
  r: number;
  p: number;
}

/** KDF_TOO_COSTLY: the header asks for more scrypt work than kdf-bounds.ts allows; refused before any is done. */
export type SealErrorReason = 'NOT_SEALED' | 'UNSUPPORTED_VERSION' | 'KDF_TOO_COSTLY' | 'WRONG_KIND' | 'WRONG_PASSPHRASE' | 'TRUNCATED' | 'TAMPERED';

/** The file is not a readable container; `reason` says why. I/O errors are thrown as they are. */
export class SealError extends Error {
  constructor(readonly reason: SealErrorReason) {
    super(`sealed file: ${reason}`);
    this.name = 'SealError';
  }
}

/** A part as a manifest lists it (backups, hand-over files); read back through this schema. */
export const SealedPart = z.object({
  name: z.string(),
  size: z.number().int().nonnegative(),
  /** SHA-256 of the part's plaintext, hex. */
  sha256: z.string(),
});
export type SealedPart = z.infer<typeof SealedPart>;

export interface SealHeader {
  kind: string;
  version: number;
  scrypt: ScryptParams;
  chunkBytes: number;
}

export function checkScrypt(params: ScryptParams): void {
  if (!scryptCostAllowed(params)) throw new SealError('KDF_TOO_COSTLY');
}

export function validChunkBytes(chunkBytes: number): boolean {
  return chunkBytes >= 64 && chunkBytes <= 64 * 1024 * 1024;
}

function kindByte(kind: string): number {
  if (!/^[A-Za-z]$/.test(kind)) throw new Error('seal kind must be one ASCII letter');
  return kind.charCodeAt(0);
}

/** The 48 header bytes (the key check that follows them is container-crypto.ts's). */
export function buildHeader(kind: string, params: ScryptParams, salt: Buffer, prefix: Buffer, chunkBytes: number): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  SEAL_MAGIC.copy(header, 0);
  header[8] = SEAL_VERSION;
  header[9] = kindByte(kind);
  header[10] = params.log2N;
  header[11] = params.r;
  header[12] = params.p;
  salt.copy(header, 16);
  prefix.copy(header, 32);
  header.writeUInt32BE(chunkBytes, 40);
  return header;
}

/** Reads header + key check (`length` bytes of it were there); refuses what cannot be a container before any key work. */
export function parseHeader(head: Buffer, length: number): SealHeader {
  if (length < SEAL_MAGIC.length || !head.subarray(0, SEAL_MAGIC.length).equals(SEAL_MAGIC)) throw new SealError('NOT_SEALED');
  if (length < HEADER_BYTES + CHECK_BYTES) throw new SealError('TRUNCATED');
  if (head[8] !== SEAL_VERSION) throw new SealError('UNSUPPORTED_VERSION');
  const scrypt = { log2N: head[10]!, r: head[11]!, p: head[12]! };
  checkScrypt(scrypt);
  const chunkBytes = head.readUInt32BE(40);
  if (!validChunkBytes(chunkBytes)) throw new SealError('TAMPERED');
  return { kind: String.fromCharCode(head[9]!), version: head[8]!, scrypt, chunkBytes };
}

/** The header's salt and nonce prefix. */
export function headerSalt(header: Buffer): Buffer {
  return header.subarray(16, 32);
}
export function headerPrefix(header: Buffer): Buffer {
  return header.subarray(32, 32 + PREFIX_BYTES);
}

export function nonceFor(prefix: Buffer, index: number, final: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  prefix.copy(nonce, 0, 0, PREFIX_BYTES);
  nonce.writeUInt32BE(index, PREFIX_BYTES);
  nonce[11] = final ? 1 : 0;
  return nonce;
}

/** Type 1, name length and name, size: what precedes a part's bytes in the plaintext. */
export function partHeader(name: string, size: number): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  if (nameBytes.length === 0 || nameBytes.length > 0xffff) throw new Error('part name length');
  const head = Buffer.alloc(1 + 2 + nameBytes.length + 8);
  head[0] = 1;
  head.writeUInt16BE(nameBytes.length, 1);
  nameBytes.copy(head, 3);
  head.writeBigUInt64BE(BigInt(size), 3 + nameBytes.length);
  return head;
}

/** The single byte that ends the part stream. */
export const PARTS_END = Buffer.from([0]);
