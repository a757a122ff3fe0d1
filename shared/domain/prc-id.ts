// PRC resident identity number (GB 11643-1999): 17 digits + check character.
// The check character is ISO 7064 MOD 11-2 over the first 17 digits.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type IdNumberProblem = 'format' | 'birthDate' | 'checksum';

/** Upper-cases a trailing x and strips spaces people type when copying from cards. */
export function normaliseIdNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * Returns null when the (normalised) number is valid, else what is wrong with it.
 * A birth date after `today` is refused: nobody holds an ID issued for a future birth.
 */
export function checkIdNumber(id: string, today: Date = new Date()): IdNumberProblem | null {
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (
    y < 1900 ||
    birth.getUTCFullYear() !== y ||
    birth.getUTCMonth() !== m - 1 ||
    birth.getUTCDate() !== d ||
    birth.getTime() > Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())
  ) {
    return 'birthDate';
  }
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return 'checksum';
  return null;
}

/** `110101199003071234` -> `1101**********1234`: region prefix and last four stay visible. */
export function maskIdNumber(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}
