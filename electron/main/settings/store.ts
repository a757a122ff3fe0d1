import type { Locale } from '../../../shared/schemas/common';
import { DEFAULT_SETTINGS, Settings } from '../../../shared/schemas/settings';
import { DEFAULT_LOCALE } from '../../../shared/i18n';
import type { Db } from '../db/connection';
import { readSetting, writeSetting } from '../db/settings';

/**
 * Settings are read on every IPC call (the locale translates errors), so they are
 * kept in memory and written through.
 */
export class SettingsStore {
  private current: Settings;

  constructor(private readonly db: Db) {
    const read = <K extends keyof Settings>(key: K, fallback: Settings[K]): Settings[K] => (readSetting(db, key, Settings.shape[key]) as Settings[K] | undefined) ?? fallback;
    this.current = {
      language: read('language', DEFAULT_LOCALE as Locale),
      counsellorName: read('counsellorName', DEFAULT_SETTINGS.counsellorName),
      timeZone: read('timeZone', DEFAULT_SETTINGS.timeZone),
      costThresholds: read('costThresholds', DEFAULT_SETTINGS.costThresholds),
      lpr: read('lpr', DEFAULT_SETTINGS.lpr),
      expenseRanges: read('expenseRanges', DEFAULT_SETTINGS.expenseRanges),
      setupDone: read('setupDone', DEFAULT_SETTINGS.setupDone),
      keepCopiesDays: read('keepCopiesDays', DEFAULT_SETTINGS.keepCopiesDays),
      reviewIntervalMonths: read('reviewIntervalMonths', DEFAULT_SETTINGS.reviewIntervalMonths),
      region: read('region', DEFAULT_SETTINGS.region),
    };
  }

  get(): Settings {
    return structuredClone(this.current);
  }

  /** One value without copying the rest: the dispatcher asks for the locale on every call. */
  peek<K extends keyof Settings>(key: K): Settings[K] {
    return this.current[key];
  }

  /** Call inside a transaction; `commit` publishes the change once it has landed. */
  write(patch: Partial<Settings>): { next: Settings; commit: () => void } {
    const next = { ...this.current, ...patch };
    for (const [key, value] of Object.entries(patch)) writeSetting(this.db, key, value);
    return { next, commit: () => (this.current = next) };
  }
}
