// Updates: when to check, download and restart. electron-updater does the work (feed from
// app-update.yml, which electron-builder writes only when electron-builder.yml has a
// `publish` entry; the download's SHA-512 from the feed and, on Windows, the installer's
// signature against the app's publisher are checked by electron-updater itself). This
// module only decides the moments, with the updater injected so it runs in plain Node:
// - off when no feed is configured;
// - a check shortly after start and then daily; downloads run in the background;
// - a downloaded update is offered ("restart now?"), never while a backup, restore or batch
//   runs (core.busy()); declined, it installs when Parley quits.
import fs from 'node:fs';
import path from 'node:path';

export const UPDATE_FEED_FILE = 'app-update.yml';
export const FIRST_CHECK_MS = 30_000;
export const CHECK_EVERY_MS = 24 * 3_600_000;
export const BUSY_RETRY_MS = 60_000;

/** The part of electron-updater's AppUpdater that Parley uses. */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
}

export interface UpdateLog {
  info(scope: string, ...data: unknown[]): void;
  warn(scope: string, ...data: unknown[]): void;
}

export interface UpdateOptions {
  updater: UpdaterLike;
  /** A long job is running (core.busy()). */
  isBusy(): boolean;
  /** Asks the counsellor whether to restart now; resolves true for yes. */
  ask(version: string): Promise<boolean>;
  log: UpdateLog;
}

export interface Updates {
  /** Checks now (Help menu). */
  checkNow(): Promise<void>;
  stop(): void;
}

/** A packaged app has a feed when electron-builder wrote app-update.yml beside app.asar. */
export function feedConfigured(resourcesPath: string | undefined, isPackaged: boolean): boolean {
  return isPackaged && !!resourcesPath && fs.existsSync(path.join(resourcesPath, UPDATE_FEED_FILE));
}

export function startUpdates(options: UpdateOptions): Updates {
  const { updater, log } = options;
  let stopped = false;
  let asking = false;
  let pending: { version: string } | null = null;
  let approved = false;
  let retry: ReturnType<typeof setTimeout> | null = null;

  updater.autoDownload = true;
  // Declined or postponed: installed when the counsellor quits (after the quit backup).
  updater.autoInstallOnAppQuit = true;

  const checkNow = async () => {
    if (stopped) return;
    try {
      await updater.checkForUpdates();
    } catch (err) {
      // Offline is normal for a counsellor's laptop: note it, try again tomorrow.
      log.warn('updates', 'check failed:', err);
    }
  };

  const offer = async (): Promise<void> => {
    retry = null;
    if (stopped || !pending || asking) return;
    if (options.isBusy()) {
      retry = setTimeout(() => void offer(), BUSY_RETRY_MS);
      return;
    }
    if (approved) {
      log.info('updates', `restarting to install ${pending.version}`);
      updater.quitAndInstall(false, true);
      return;
    }
    asking = true;
    try {
      approved = await options.ask(pending.version);
    } finally {
      asking = false;
    }
    if (!approved) {
      log.info('updates', `${pending.version} will be installed when Parley quits`);
      pending = null;
      return;
    }
    // Yes: restart now, or – if a backup was started while the question was open – once it is over.
    await offer();
  };

  updater.on('update-downloaded', (info) => {
    log.info('updates', `downloaded ${info.version}`);
    pending = { version: info.version };
    approved = false;
    void offer();
  });
  updater.on('error', (err) => log.warn('updates', 'updater error:', err));

  const first = setTimeout(() => void checkNow(), FIRST_CHECK_MS);
  const daily = setInterval(() => void checkNow(), CHECK_EVERY_MS);
  return {
    checkNow,
    stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(daily);
      if (retry) clearTimeout(retry);
    },
  };
}
