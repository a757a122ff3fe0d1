import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Locale } from '../../shared/schemas/common';
import type { Settings } from '../../shared/schemas/settings';

/**
 * What only the host can do: Electron implements it in platform/, the test harness
 * with a temp folder. Nothing here may import 'electron'.
 */
export interface PlatformPort {
  readonly shell: 'electron' | 'harness';
}

/** Everything a handler may use. Built once at start-up by openCore(). */
export interface HandlerContext {
  readonly db: Database;
  readonly platform: PlatformPort;
  readonly dataDir: string;
  readonly appVersion: string;
  now(): Date;
  /** Who is making changes, for the audit log. */
  actor(): string;
  locale(): Locale;
  /** The counsellor's time zone: calendar days (overdue, today) are counted in it. */
  timeZone(): string;
  /** Current settings (a copy). */
  settings(): Settings;
}
