// Calendar dates written out in a language, for letters and documents: "2025年3月8日" or
// "8 March 2025". By hand rather than with Intl, so every machine prints the same.
import { isIsoMonth, isoDateParts } from '../domain/dates';

export type DateLanguage = 'zh-CN' | 'zh-TW' | 'en';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A 'YYYY-MM-DD' date in full: "2025年3月8日" (zh) or "8 March 2025" (en). Throws RangeError for a date that is not real. */
export function formatLongDate(iso: string, language: DateLanguage): string {
  const [y, m, d] = isoDateParts(iso);
  if (language === 'en') return `${d} ${MONTHS_EN[m - 1]} ${y}`;
  return `${y}年${m}月${d}日`;
}

/** A 'YYYY-MM' month in full ("2025年3月", "March 2025"), or a 'YYYY-MM-DD' date as formatLongDate writes it. */
export function formatLongMonthOrDate(value: string, language: DateLanguage): string {
  if (!isIsoMonth(value)) return formatLongDate(value, language);
  const [y, m] = value.split('-').map(Number) as [number, number];
  return language === 'en' ? `${MONTHS_EN[m - 1]} ${y}` : `${y}年${m}月`;
}
