import type { Locale } from '../../../shared/schemas/common';
import type { Settings } from '../../../shared/schemas/settings';
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
    this.current = {
      language: readSetting<Locale>(db, 'language') ?? DEFAULT_LOCALE,
      counsellorName: readSetting<string | null>(db, 'counsellorName') ?? null,
    };
  }

  get(): Settings {
    return { ...this.current };
  }

  /** Call inside a transaction; `commit` publishes the change once it has landed. */
  write(patch: Partial<Settings>): { next: Settings; commit: () => void } {
    const next = { ...this.current, ...patch };
    for (const [key, value] of Object.entries(patch)) writeSetting(this.db, key, value);
    return { next, commit: () => (this.current = next) };
  }
}
