import fs from 'node:fs';
import { AppError } from '../errors';
import { cleanFileName } from './file-name';
import { classifyFile, refusalMessage } from './file-type';

// The one gate every file from outside passes (evidence picked or uploaded, files in a
// handed-over case): its name cleaned for display, its type decided from its content,
// programs and scripts refused with a message that names the file.

const ENDS = 64 * 1024;

export interface IncomingFile {
  /** The name to show (never used to write a file). */
  displayName: string;
  /** The verified type: the extension a copy is opened with, and the MIME type stored. */
  ext: string;
  mime: string;
}

export type IncomingSource = { path: string } | { bytes: Buffer };

/** The first and last 64 KiB (a ZIP's directory is at its end). */
/** The first and last 64 KB of a file or buffer: what type sniffing reads. */
export function fileEnds(source: IncomingSource): { head: Buffer; tail: Buffer } {
  if ('bytes' in source) return { head: source.bytes.subarray(0, ENDS), tail: source.bytes.subarray(Math.max(0, source.bytes.length - ENDS)) };
  const fd = fs.openSync(source.path, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(ENDS, size));
    fs.readSync(fd, head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(ENDS, size));
    fs.readSync(fd, tail, 0, tail.length, size - tail.length);
    return { head, tail };
  } finally {
    fs.closeSync(fd);
  }
}

/** Throws VALIDATION (translated, naming the file) for a file Parley does not keep. */
export function checkIncoming(name: string, source: IncomingSource): IncomingFile {
  const displayName = cleanFileName(name);
  const { head, tail } = fileEnds(source);
  const verdict = classifyFile(displayName, head, tail);
  if (!verdict.ok) throw new AppError('VALIDATION', refusalMessage(verdict.reason), { name: displayName }, { fileName: refusalMessage(verdict.reason) });
  return { displayName, ext: verdict.ext, mime: verdict.mime };
}

/** The type of content already stored (an attachment opened now, perhaps kept before these checks). */
export function verifiedType(name: string, content: Buffer): IncomingFile {
  return checkIncoming(name, { bytes: content });
}

/** Standard base64 with padding and nothing else (no spaces, no URL alphabet); null when it is not. */
export function decodeBase64Strict(text: string): Buffer | null {
  // A scan, not a regular expression: uploads are tens of megabytes.
  if (text.length % 4 !== 0) return null;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  for (let i = 0; i < text.length - pad; i++) {
    const c = text.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
    if (!ok) return null;
  }
  const bytes = Buffer.from(text, 'base64');
  // Non-zero bits in the last character's unused part: not what an encoder writes.
  return bytes.toString('base64') === text ? bytes : null;
}
