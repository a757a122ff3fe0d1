// Where a case is handled: mainland China, Taiwan, Hong Kong or Macau. The installation has
// a region (Settings) that new cases take; each case keeps its own, so one database can hold
// cases of several regions. The region decides the case's currency, the identity document
// asked for first, the language its letters start in and the lender types offered first.
// Amounts are stored in minor units (fen / cents) whatever the currency; changing a case's
// region relabels its amounts, it never converts them.

import type { Currency } from './money';
import type { IdType } from './personal-id';

export const REGIONS = ['cn', 'tw', 'hk', 'mo'] as const;
export type Region = (typeof REGIONS)[number];

export const DEFAULT_REGION: Region = 'cn';

export const REGION_CURRENCY: Record<Region, Currency> = { cn: 'CNY', tw: 'TWD', hk: 'HKD', mo: 'MOP' };

/** The identity document a new client of the region is asked for. */
export const REGION_ID_TYPE: Record<Region, IdType> = { cn: 'prc_resident', tw: 'tw_national', hk: 'hk_identity', mo: 'mo_resident' };

/** The types offered in a region, its own first; every type stays available (a mainlander living in Hong Kong). */
export function idTypesFor(region: Region): IdType[] {
  const own = REGION_ID_TYPE[region];
  const cards = (['prc_resident', 'tw_national', 'hk_identity', 'mo_resident'] as const).filter((t) => t !== own);
  return [own, 'passport', ...cards, 'other'];
}

/** The language a case's letters and documents start in; the counsellor may pick another per document. */
export const REGION_DOC_LANGUAGE: Record<Region, 'zh-CN' | 'zh-TW'> = { cn: 'zh-CN', tw: 'zh-TW', hk: 'zh-TW', mo: 'zh-TW' };

/** The currency of a case's amounts. */
export function currencyOf(region: Region | null | undefined): Currency {
  return REGION_CURRENCY[region ?? DEFAULT_REGION];
}

export function isRegion(v: unknown): v is Region {
  return typeof v === 'string' && (REGIONS as readonly string[]).includes(v);
}
