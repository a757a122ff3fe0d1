// Changing the counsellor's letterhead: where the documents read it (documents/gather/letterhead.ts)
// is where it is written, under the same key. The logo is a PNG/JPEG data URL.
import type { Letterhead as LetterheadSettings } from '../../../shared/schemas/documents';
import type { Db } from '../db/connection';
import { writeSetting } from '../db/settings';
import { LETTERHEAD_KEY } from '../documents/gather/letterhead';

/** Largest logo file accepted (bytes, before base64). */
export const MAX_LOGO_BYTES = 1024 * 1024;

export function writeLetterheadSettings(db: Db, value: LetterheadSettings): void {
  writeSetting(db, LETTERHEAD_KEY, value);
}

/** PNG or JPEG by its first bytes; null for anything else. */
export function imageMime(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47 && bytes[4] === 0x0d && bytes[5] === 0x0a && bytes[6] === 0x1a && bytes[7] === 0x0a) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}
