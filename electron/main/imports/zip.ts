// A bounded reader of ZIP archives (.xlsx and .docx are ZIPs). It reads the central
// directory and inflates entries with a hard cap on the bytes produced, whatever the
// headers claim, so a zip bomb stops at the cap instead of filling memory. Spreadsheets
// are checked with it before a spreadsheet library sees them; tests read .docx back with it.
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As the header claims; never trusted for the cap. */
  declaredSize: number;
  localOffset: number;
}

export class ZipError extends Error {
  constructor(readonly reason: 'notZip' | 'tooLarge' | 'unsupported' | 'corrupt') {
    super(`zip: ${reason}`);
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_ENTRIES = 10_000;

/** The entries of the archive's central directory. Throws ZipError('notZip'|'corrupt'). */
export function zipEntries(bytes: Buffer): ZipEntry[] {
  // The end record is in the last 64 KB + 22 bytes (the comment is at most 65,535 bytes).
  const start = Math.max(0, bytes.length - 65_557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= start; i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('notZip');
  const count = bytes.readUInt16LE(eocd + 10);
  const dirOffset = bytes.readUInt32LE(eocd + 16);
  if (count > MAX_ENTRIES || dirOffset >= bytes.length) throw new ZipError('corrupt');
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new ZipError('corrupt');
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    entries.push({
      method: bytes.readUInt16LE(p + 10),
      compressedSize: bytes.readUInt32LE(p + 20),
      declaredSize: bytes.readUInt32LE(p + 24),
      localOffset: bytes.readUInt32LE(p + 42),
      name: bytes.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** One entry's bytes, inflated to at most `maxBytes` (ZipError('tooLarge') beyond). */
export function readZipEntry(bytes: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  const p = entry.localOffset;
  if (p + 30 > bytes.length || bytes.readUInt32LE(p) !== LOCAL_SIGNATURE) throw new ZipError('corrupt');
  const dataStart = p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipError('corrupt');
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new ZipError('tooLarge');
    return Buffer.from(data);
  }
  if (entry.method !== 8) throw new ZipError('unsupported');
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (err) {
    if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipError('tooLarge');
    throw new ZipError('corrupt');
  }
}

/**
 * Inflates every entry, stopping as soon as the total passes `maxTotalBytes`; returns the
 * total. What a spreadsheet library would unpack is thereby known to be bounded.
 */
export function checkZipBounds(bytes: Buffer, maxTotalBytes: number): number {
  let total = 0;
  for (const entry of zipEntries(bytes)) {
    total += readZipEntry(bytes, entry, maxTotalBytes - total).length;
    if (total > maxTotalBytes) throw new ZipError('tooLarge');
  }
  return total;
}

/** The named entry's bytes (or null when there is none). */
export function readZipFile(bytes: Buffer, name: string, maxBytes: number): Buffer | null {
  const entry = zipEntries(bytes).find((e) => e.name === name);
  return entry ? readZipEntry(bytes, entry, maxBytes) : null;
}
