// Reads an encrypted database file (and its WAL) page by page, decrypting each page with
// the raw key the way SQLCipher 4 stores it, so a test can search every byte SQLite ever
// left in the file – free pages, unused space inside pages, old page versions in the WAL –
// not only what a SELECT returns.
//
// SQLCipher 4 with a raw 32-byte key: the first 16 bytes of the file are the salt; each
// page of 4096 bytes ends with 80 reserved bytes (16-byte IV, 64-byte HMAC-SHA512); the
// rest of the page (page 1: after the salt) is AES-256-CBC with the raw key and that IV.
import crypto from 'node:crypto';
import fs from 'node:fs';

export const PAGE_SIZE = 4096;
const RESERVE = 80;
const WAL_HEADER = 32;
const FRAME_HEADER = 24;

export function decryptPage(key: Buffer, page: Buffer, pageNo: number): Buffer {
  const iv = page.subarray(PAGE_SIZE - RESERVE, PAGE_SIZE - RESERVE + 16);
  const start = pageNo === 1 ? 16 : 0;
  const decipher = crypto.createDecipheriv('aes-256-cbc', key, iv);
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(page.subarray(start, PAGE_SIZE - RESERVE)), decipher.final()]);
}

/** Every page of the main database file, decrypted. */
export function decryptedDbPages(file: string, key: Buffer): Buffer[] {
  const bytes = fs.readFileSync(file);
  const pages: Buffer[] = [];
  for (let i = 0; i + PAGE_SIZE <= bytes.length; i += PAGE_SIZE) pages.push(decryptPage(key, bytes.subarray(i, i + PAGE_SIZE), i / PAGE_SIZE + 1));
  return pages;
}

/** Every frame of a WAL file, decrypted (an absent or empty WAL has none). */
export function decryptedWalPages(file: string, key: Buffer): Buffer[] {
  if (!fs.existsSync(file)) return [];
  const bytes = fs.readFileSync(file);
  const pages: Buffer[] = [];
  for (let off = WAL_HEADER; off + FRAME_HEADER + PAGE_SIZE <= bytes.length; off += FRAME_HEADER + PAGE_SIZE) {
    const pageNo = bytes.readUInt32BE(off);
    pages.push(decryptPage(key, bytes.subarray(off + FRAME_HEADER, off + FRAME_HEADER + PAGE_SIZE), pageNo));
  }
  return pages;
}

/** The forms a text can take on disk: UTF-8 and UTF-16LE. */
export function encodings(text: string): Buffer[] {
  return [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
}

/** Which of the needles occur in the haystacks (each needle searched in UTF-8 and UTF-16LE). */
export function findNeedles(haystacks: Iterable<Buffer>, needles: readonly string[]): string[] {
  const list = [...haystacks];
  return needles.filter((n) => encodings(n).some((e) => list.some((h) => h.includes(e))));
}
