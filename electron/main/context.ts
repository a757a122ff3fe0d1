import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Locale } from '../../shared/schemas/common';
import type { Settings } from '../../shared/schemas/settings';
import type { BackupRuns } from './backup/runs';
import type { JobWorkers } from './jobs/workers';
import type { PdfPool } from './pdf/pool';

/**
 * What only the host can do: Electron implements it in platform/, the test harness
 * with a temp folder. Nothing here may import 'electron'.
 */
export interface PlatformPort {
  readonly shell: 'electron' | 'harness';
  /** Asks the counsellor for files to read. Resolves [] when cancelled. */
  pickFiles(options: PickOptions & { multiple: boolean }): Promise<string[]>;
  /** Asks for a folder (backups, a batch of packets). Resolves null when cancelled. */
  pickFolder(options: PickOptions): Promise<string | null>;
  /** Asks where to save a file. Resolves null when cancelled. */
  pickSavePath(options: PickOptions & { defaultName: string }): Promise<string | null>;
  /** Opens a file in the system's viewer (a decrypted temporary copy, for evidence). */
  openPath(file: string): Promise<void>;
  /** Prints a PDF through the system's print dialog. */
  printPdf(file: string): Promise<void>;
  /** A system notification, e.g. how many follow-ups are due on start. */
  notify(title: string, body: string): void;
  /**
   * Marks a file as downloaded from outside before it is opened: the Zone.Identifier stream
   * on Windows, the quarantine attribute on macOS (only the shell knows the system).
   */
  markDownloaded(file: string): Promise<void>;
  /**
   * Parley's own folder for decrypted temporary copies, beside the data folder (not the
   * system's temp), emptied when the app quits and again at the next start after a crash.
   */
  tempDir(): string;
}

export interface PickOptions {
  /** Already translated into the UI language. */
  title: string;
  /** e.g. [{ name: 'PDF', extensions: ['pdf'] }]; empty means any file. */
  filters?: { name: string; extensions: string[] }[];
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
  /**
   * A 32-byte key for one purpose (e.g. 'attachments'), derived from the database key with
   * HKDF, so stored files are as safe as the database and need no key of their own.
   */
  deriveKey(purpose: string): Buffer;
  /**
   * The raw database key of this core. Only for what must carry or re-apply it: a backup
   * (sealed inside the passphrase container), restore's re-key, purge's kept copies, and a
   * job worker opening its own connection. Zeroed when the core closes.
   */
  databaseKey(): Buffer;
  /** This core's PDF render pool (worker threads, started on first use), closed with the core. */
  readonly pdf: PdfPool;
  /** This core's backup under way and the restore waiting to be swapped in (backup/runs.ts). */
  readonly backups: BackupRuns;
  /** This core's job worker threads (jobs/workers.ts): running and idle, ended when the core closes. */
  readonly jobs: JobWorkers;
}
