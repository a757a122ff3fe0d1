// Money across cases. A case's amounts are in its region's currency (shared/domain/region.ts),
// so a figure over several cases – the debt under management, what a lender is owed, the
// waivers of the year – is one amount per currency, never one sum: renminbi and New Taiwan
// dollars are not added. Such a figure travels as a list of { currency, amountMinor }, one
// entry per currency that has a non-zero amount, in CURRENCY_ORDER; an empty list is zero.

import { sumFen, type Currency } from './money';
import { currencyOf, REGIONS, type Region } from './region';

export interface CurrencyAmount {
  currency: Currency;
  /** In the currency's minor unit (fen, cents), like every stored amount. */
  amountMinor: number;
}

/** Amounts per currency: at most one entry per currency, none of them zero, in CURRENCY_ORDER. */
export type CurrencyTotals = CurrencyAmount[];

/** The regions' currencies in the regions' order (CNY, TWD, HKD, MOP), then USD. */
export const CURRENCY_ORDER: readonly Currency[] = [...REGIONS.map((r) => currencyOf(r)), 'USD'];

const rank = (c: Currency) => CURRENCY_ORDER.indexOf(c);

/** Adds amounts within each currency (exactly, to the fen) and never across currencies. */
export function totalsByCurrency(parts: Iterable<CurrencyAmount>): CurrencyTotals {
  const by = new Map<Currency, number[]>();
  for (const p of parts) by.set(p.currency, [...(by.get(p.currency) ?? []), p.amountMinor]);
  return [...by]
    .map(([currency, amounts]) => ({ currency, amountMinor: sumFen(amounts) }))
    .filter((t) => t.amountMinor !== 0)
    .sort((a, b) => rank(a.currency) - rank(b.currency));
}

/** Rows grouped by the case's region (as the queries give them) as totals per currency. */
export function totalsOfRegions(rows: Iterable<{ region: Region; fen: number | null }>): CurrencyTotals {
  return totalsByCurrency([...rows].map((r) => ({ currency: currencyOf(r.region), amountMinor: r.fen ?? 0 })));
}

/** The amount in one currency (0 when it has none). */
export function amountIn(totals: CurrencyTotals, currency: Currency): number {
  return totals.find((t) => t.currency === currency)?.amountMinor ?? 0;
}

/** The order to show or sort currencies in: the installation's own first, then CURRENCY_ORDER. */
export function currenciesHomeFirst(home: Currency): Currency[] {
  return [home, ...CURRENCY_ORDER.filter((c) => c !== home)];
}

/** The totals with the installation's currency first (the rest keep CURRENCY_ORDER). */
export function homeFirst(totals: CurrencyTotals, home: Currency): CurrencyTotals {
  return [...totals].sort((a, b) => (a.currency === home ? -1 : b.currency === home ? 1 : rank(a.currency) - rank(b.currency)));
}

/**
 * Orders two figures for a list sorted by amount without adding currencies: by the amount in
 * the first currency of `order`, then, where equal (none in that currency, say), by the next.
 * Ascending; negate for the largest first.
 */
export function compareTotals(a: CurrencyTotals, b: CurrencyTotals, order: readonly Currency[]): number {
  for (const c of order) {
    const d = amountIn(a, c) - amountIn(b, c);
    if (d !== 0) return d;
  }
  return 0;
}
