import { translate } from '../i18n';
import type { CalendarItem } from '../schemas/calendar';
import type { Locale } from '../schemas/common';
import { formatMoney } from './money';

// An item's title in one language, made from its kind and parameters (nothing generated is
// stored as text). The calendar page and the .ics writer both use it, so a phone shows what
// the screen shows.

/** What the item is, without whose case it is: "第 2 期还款 ¥1,000.00 · 好借App". */
export function calendarItemTitle(item: CalendarItem, locale: Locale): string {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(locale, key, params);
  let what: string;
  switch (item.kind) {
    case 'followup':
      what = t('calendar.item.followup', { reason: t(`contacts.reasons.${item.reason}`) });
      break;
    case 'instalment':
      what = t('calendar.item.instalment', { seq: item.seq, amount: formatMoney(item.amountFen, { locale, currency: item.currency }) });
      break;
    case 'court':
      what = t('calendar.item.court', { kind: t(`legal.kinds.${item.legalKind}`) });
      break;
    case 'offerExpiry':
      what = t('calendar.item.offerExpiry', { remedy: t(`agreements.remedies.${item.remedy}`) });
      break;
    case 'review':
      what = t('calendar.item.review');
      break;
  }
  return item.lenderName ? `${what} · ${item.lenderName}` : what;
}

/** Whose case: the case reference, and the client's name only when asked for. */
export function calendarItemCase(item: CalendarItem, withName: boolean): string {
  return withName ? `${item.clientName} ${item.caseRef}` : item.caseRef;
}
