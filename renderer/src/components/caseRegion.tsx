import { createContext, useContext } from 'react';
import type { Currency } from '../../../shared/domain/money';
import { currencyOf, REGION_DOC_LANGUAGE, type Region } from '../../../shared/domain/region';
import type { Locale } from '../../../shared/schemas/common';

// The region of the case on screen, for everything inside its page (tabs, drawers, modals:
// React context reaches through antd's portals). Outside a case – lists across cases, the
// lender directory – there is none, and money shows in renminbi unless told otherwise.
const CaseRegion = createContext<Region | null>(null);

export const CaseRegionProvider = CaseRegion.Provider;

export function useCaseRegion(): Region | null {
  return useContext(CaseRegion);
}

/** The currency of the case on screen (CNY outside a case). */
export function useCaseCurrency(): Currency {
  return currencyOf(useContext(CaseRegion));
}

/**
 * The language a case's letters and packets start in: English when the counsellor works in
 * English, else the region's (Traditional Chinese for Taiwan, Hong Kong and Macau cases,
 * whatever the interface's Chinese); the counsellor can pick another each time.
 */
export function defaultDocLanguage(region: Region | null, uiLanguage: string): Locale {
  if (uiLanguage === 'en') return 'en';
  return region ? REGION_DOC_LANGUAGE[region] : uiLanguage === 'zh-TW' ? 'zh-TW' : 'zh-CN';
}
