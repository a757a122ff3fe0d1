// Numbers as Parley prints them on screen and paper: written by hand rather than with Intl,
// so the output is the same on every machine and cannot drift with ICU versions.

/** A run of digits with commas between thousands: '1234567' -> '1,234,567'. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Whole numbers with thousands separators ("1,234"). */
export function formatInteger(n: number): string {
  if (!Number.isSafeInteger(n)) throw new Error(`Expected an integer, got ${n}`);
  return `${n < 0 ? '-' : ''}${groupThousands(String(Math.abs(n)))}`;
}

/** An annual rate as a decimal (0.33675) -> "33.68%", two decimals. */
export function formatRate(rate: number): string {
  if (!Number.isFinite(rate)) throw new Error(`Expected a finite rate, got ${rate}`);
  return `${(Math.round(rate * 10_000) / 100).toFixed(2)}%`;
}
