import type { Db } from '../connection';

/**
 * The counsellor's time zone as the settings table holds it, for a migration that needs
 * "today" or a calendar day (migrations run before the settings store exists). An unset or
 * unreadable value gives the default zone.
 */
export function storedTimeZone(db: Db): string {
  const json = db.prepare(`SELECT value_json FROM settings WHERE key = 'timeZone'`).pluck().get() as string | undefined;
  try {
    const tz = json === undefined ? null : (JSON.parse(json) as unknown);
    if (typeof tz === 'string') {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return tz;
    }
  } catch {
    // an unreadable setting: the default zone
  }
  return 'Asia/Shanghai';
}
