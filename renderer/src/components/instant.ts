import { utcToZoned } from '../../../shared/schemas/contacts';
import { useTimeZone } from '../pages/contacts/ContactDrawer';

/**
 * A stored instant shown the one way Parley shows dates: 2026-12-07 13:21, in the
 * counsellor's time zone, whatever the interface language.
 */
export function useInstantFormat(): (iso: string, withTime?: boolean) => string {
  const timeZone = useTimeZone();
  return (iso, withTime = true) => {
    const { date, time } = utcToZoned(iso, timeZone);
    return withTime ? `${date} ${time}` : date;
  };
}
