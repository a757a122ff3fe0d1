// The most key-derivation work a file from outside may ask for. A backup or case file
// names its own scrypt cost in its header, before any passphrase is checked, so a hostile
// file could otherwise demand gigabytes of memory and minutes of CPU (log2N 22, r 32,
// p 16 is about 16 GiB). Parley writes log2N 15, r 8, p 1 (32 MiB, ~0.1 s); the ceiling
// allows one step more memory (log2N 16: 64 MiB) so a future, stronger default still opens
// in this version, and nothing above it. The floor (log2N 10) keeps tests fast and
// refuses a trivially weak file.

export interface ScryptCost {
  log2N: number;
  r: number;
  p: number;
}

export const SCRYPT_FLOOR: ScryptCost = { log2N: 10, r: 1, p: 1 };
export const SCRYPT_CEILING: ScryptCost = { log2N: 16, r: 8, p: 1 };

/** Bytes of memory scrypt needs for these parameters (128·r·N plus its small extras). */
export function scryptMemory(params: ScryptCost): number {
  return 128 * params.r * (2 ** params.log2N + params.p + 2);
}

/** True when the parameters are integers within [floor, ceiling] in every field. */
export function scryptCostAllowed(params: ScryptCost): boolean {
  return (['log2N', 'r', 'p'] as const).every(
    (k) => Number.isInteger(params[k]) && params[k] >= SCRYPT_FLOOR[k] && params[k] <= SCRYPT_CEILING[k],
  );
}
