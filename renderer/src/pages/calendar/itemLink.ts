import type { CalendarItem } from '../../../../shared/schemas/calendar';
import { paths, type AppPath } from '../../router';
import type { ClientTab } from '../clients/tab-names';

// Where an item opens its case: the tab that holds it.
const TAB: Record<CalendarItem['kind'], ClientTab> = {
  followup: 'timeline',
  instalment: 'agreements',
  court: 'debts',
  offerExpiry: 'agreements',
  review: 'agreements',
};

export function itemLink(item: Pick<CalendarItem, 'kind' | 'clientId'>): AppPath {
  return paths.client(item.clientId, TAB[item.kind], item.kind === 'review' ? { review: 'open' } : {});
}

/** A colour per kind (the chip's edge): text stays dark on white, so it reads at any hue. */
export const KIND_COLOUR: Record<CalendarItem['kind'], string> = {
  followup: '#1677ff',
  instalment: '#389e0d',
  court: '#cf1322',
  offerExpiry: '#d46b08',
  review: '#722ed1',
};
