// The counsellor's letterhead (organisation, address, phone, email, logo) as the documents
// read it: kept in the settings table under the letterhead capability's key, which edits it
// (letterhead/settings.ts). The logo is a PNG/JPEG data URL.
import { lookup } from '../../../../shared/i18n';
import type { Locale } from '../../../../shared/schemas/common';
import { Letterhead as LetterheadSettings } from '../../../../shared/schemas/documents';
import type { Db } from '../../db/connection';
import { readSetting } from '../../db/settings';
import type { Letterhead } from '../build/letter';

export const LETTERHEAD_KEY = 'documents.letterhead';

export const EMPTY_LETTERHEAD: LetterheadSettings = { organisation: null, address: null, phone: null, email: null, logoDataUrl: null };

export function readLetterheadSettings(db: Db): LetterheadSettings {
  const stored = readSetting(db, LETTERHEAD_KEY, LetterheadSettings.partial()) ?? {};
  return { ...EMPTY_LETTERHEAD, ...stored };
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
