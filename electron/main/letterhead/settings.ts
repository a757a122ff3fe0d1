// The counsellor's letterhead (organisation, address, phone, email, logo), kept in the
// settings table under this capability's own key. The logo is a PNG/JPEG data URL.
import { lookup } from '../../../shared/i18n';
import type { Locale } from '../../../shared/schemas/common';
import { Letterhead as LetterheadSettings } from '../../../shared/schemas/documents';
import type { Db } from '../db/connection';
import { readSetting, writeSetting } from '../db/settings';
import type { Letterhead } from '../pdf/documents/letter';

export const LETTERHEAD_KEY = 'documents.letterhead';
/** Largest logo file accepted (bytes, before base64). */
export const MAX_LOGO_BYTES = 1024 * 1024;

export const EMPTY_LETTERHEAD: LetterheadSettings = { organisation: null, address: null, phone: null, email: null, logoDataUrl: null };

export function readLetterheadSettings(db: Db): LetterheadSettings {
  const stored = readSetting(db, LETTERHEAD_KEY, LetterheadSettings.partial()) ?? {};
  return { ...EMPTY_LETTERHEAD, ...stored };
}

export function writeLetterheadSettings(db: Db, value: LetterheadSettings): void {
  writeSetting(db, LETTERHEAD_KEY, value);
}

/** PNG or JPEG by its first bytes; null for anything else. */
export function imageMime(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47 && bytes[4] === 0x0d && bytes[5] === 0x0a && bytes[6] === 0x1a && bytes[7] === 0x0a) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/**
 * The letterhead as the PDF builders take it, with the contact line in the document's
 * language; undefined when nothing is set (documents then start with their title).
 */
export function letterheadFor(settings: LetterheadSettings, language: Locale): Letterhead | undefined {
  const organisation = settings.organisation?.trim();
  if (!organisation && !settings.logoDataUrl) return undefined;
  const colon = language === 'en' ? ' ' : '：';
  const gap = language === 'en' ? '   ' : '　';
  const parts: string[] = [];
  if (settings.phone) parts.push(`${lookup(language, 'documents.letterhead.phoneLabel')}${colon}${settings.phone}`);
  if (settings.email) parts.push(`${lookup(language, 'documents.letterhead.emailLabel')}${colon}${settings.email}`);
  const letterhead: Letterhead = { organisation: organisation ?? '' };
  if (settings.address) letterhead.address = settings.address;
  if (parts.length) letterhead.contactLine = parts.join(gap);
  if (settings.logoDataUrl) letterhead.logoDataUrl = settings.logoDataUrl;
  return letterhead;
}
