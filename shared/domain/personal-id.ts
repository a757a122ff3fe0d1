// Identity documents other than the mainland resident ID (prc-id.ts), and one entry point
// that checks, tidies, masks and shows a number by its type.
//
// - Taiwan national ID (國民身分證統一編號): a letter, then 1 or 2 (sex), seven digits and a
//   check digit. The letter stands for a two-digit code (A=10 … Z=33, with I, O, W, X, Y, Z
//   out of alphabetical order); tens × 1 + units × 9 + the eight digits × 8,7,…,1 + the check
//   digit must be a multiple of 10. Resident certificates since 2021 use the same scheme with
//   8 or 9 as the second digit, so those are accepted too.
// - Hong Kong identity card: one or two letters, six digits and a check digit (0-9 or A),
//   printed in brackets: A123456(3). Letters count A=10 … Z=35, a missing first letter 36;
//   the eight positions weigh 9…2 and the check digit makes the sum a multiple of 11.
// - Macau resident identity card: 1, 5 or 7, six digits, and a digit in brackets. Macau
//   publishes no check rule, so only the shape is checked.
// - Passport: 5-20 letters and digits. Other: any text up to 40 characters, unchecked.
//
// Stored compact (no spaces or brackets, upper case); shown with the brackets where the
// card prints them.

import { checkIdNumber, maskIdNumber } from './prc-id';

export const ID_TYPES = ['prc_resident', 'tw_national', 'hk_identity', 'mo_resident', 'passport', 'other'] as const;
export type IdType = (typeof ID_TYPES)[number];

/** Why a number is refused; idProblemKey names the message for each type and problem. */
export type PersonalIdProblem = 'format' | 'birthDate' | 'checksum';

// The letter codes of the Taiwan ID, in the order of their values 10…35.
const TW_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

/** The check digit a Taiwan ID with this letter and these eight digits must end in. */
export function taiwanCheckDigit(letter: string, eight: string): number {
  const code = TW_LETTERS.indexOf(letter) + 10;
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let i = 0; i < 8; i++) sum += Number(eight[i]) * (8 - i);
  return (10 - (sum % 10)) % 10;
}

export function checkTaiwanId(id: string): PersonalIdProblem | null {
  if (!/^[A-Z][1289]\d{8}$/.test(id)) return 'format';
  return taiwanCheckDigit(id[0]!, id.slice(1, 9)) === Number(id[9]) ? null : 'checksum';
}

/** The check character (0-9 or A) of a Hong Kong ID with these letters (one or two) and six digits. */
export function hongKongCheckChar(letters: string, six: string): string {
  const chars = (letters.length === 1 ? ' ' : '') + letters + six;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = chars[i]!;
    const value = c === ' ' ? 36 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55; // A = 10
    sum += value * (9 - i);
  }
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'A' : String(check);
}

export function checkHongKongId(id: string): PersonalIdProblem | null {
  const m = /^([A-Z]{1,2})(\d{6})([\dA])$/.exec(id);
  if (!m) return 'format';
  return hongKongCheckChar(m[1]!, m[2]!) === m[3] ? null : 'checksum';
}

export function checkMacauId(id: string): PersonalIdProblem | null {
  return /^[157]\d{7}$/.test(id) ? null : 'format';
}

/**
 * Tidies a number as typed or copied from a card, whatever its type: full-width characters
 * to ASCII, spaces, brackets, slashes and dashes out, upper case (a mainland ID's final x).
 * A4 123456 (3) -> A1234563; 1/234567/8 -> 12345678.
 */
export function normalisePersonalId(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s()/-]/g, '')
    .toUpperCase();
}

const PROBLEM_KEYS: Partial<Record<IdType, Partial<Record<PersonalIdProblem, string>>>> = {
  tw_national: { format: 'region.errors.twNationalFormat', checksum: 'region.errors.twNationalChecksum' },
  hk_identity: { format: 'region.errors.hkIdentityFormat', checksum: 'region.errors.hkIdentityChecksum' },
  mo_resident: { format: 'region.errors.moResidentFormat' },
  passport: { format: 'region.errors.passportFormat' },
  other: { format: 'region.errors.otherFormat' },
};

/** The catalog key of the message for a problem with a number of this type (the mainland's keep their old keys). */
export function idProblemKey(type: IdType, problem: PersonalIdProblem): string {
  if (type === 'prc_resident') return `validation.idNumber.${problem}`;
  return PROBLEM_KEYS[type]?.[problem] ?? 'region.errors.invalid';
}

/** Null when the (normalised) number is right for its type, else what is wrong. */
export function checkPersonalId(type: IdType, id: string, today: Date = new Date()): PersonalIdProblem | null {
  switch (type) {
    case 'prc_resident':
      return checkIdNumber(id, today);
    case 'tw_national':
      return checkTaiwanId(id);
    case 'hk_identity':
      return checkHongKongId(id);
    case 'mo_resident':
      return checkMacauId(id);
    case 'passport':
      return /^[A-Z0-9]{5,20}$/.test(id) ? null : 'format';
    case 'other':
      return id.length > 0 && id.length <= 40 ? null : 'format';
  }
}

/**
 * The type a number given without one is read as: the first whose shape it has, else the
 * mainland ID (whose message then says what that number should look like). Used where a
 * number arrives on its own – a spreadsheet row, an older caller.
 */
export function inferIdType(id: string): IdType {
  if (/^\d{17}[\dX]$/.test(id)) return 'prc_resident';
  if (/^[A-Z][1289]\d{8}$/.test(id)) return 'tw_national';
  if (/^[A-Z]{1,2}\d{6}[\dA]$/.test(id)) return 'hk_identity';
  if (/^[157]\d{7}$/.test(id)) return 'mo_resident';
  return 'prc_resident';
}

/** As printed on the card: A123456(3), 1234567(8); the others as stored. */
export function displayPersonalId(type: IdType, id: string): string {
  if ((type === 'hk_identity' || type === 'mo_resident') && id.length >= 2) return `${id.slice(0, -1)}(${id.slice(-1)})`;
  return id;
}

/**
 * Masked for screens and letters: enough to tell two clients apart, not enough to use.
 * Mainland 1101**********002X; Taiwan A1******89; Hong Kong A******(3); Macau 1******(8);
 * passport and other: first two and last two when longer than six characters.
 */
export function maskPersonalId(type: IdType, id: string): string {
  switch (type) {
    case 'prc_resident':
      return maskIdNumber(id);
    case 'tw_national':
      return id.length === 10 ? id.slice(0, 2) + '*'.repeat(6) + id.slice(-2) : '*'.repeat(id.length);
    case 'hk_identity': {
      const m = /^([A-Z]{1,2})(\d+)(.)$/.exec(id);
      return m ? `${m[1]}${'*'.repeat(m[2]!.length)}(${m[3]})` : '*'.repeat(id.length);
    }
    case 'mo_resident':
      return id.length >= 3 ? `${id[0]}${'*'.repeat(id.length - 2)}(${id.slice(-1)})` : '*'.repeat(id.length);
    default:
      return id.length > 6 ? id.slice(0, 2) + '*'.repeat(id.length - 4) + id.slice(-2) : '*'.repeat(id.length);
  }
}
