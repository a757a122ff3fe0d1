import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, ipcMain, Menu, safeStorage, shell, type BrowserWindow } from 'electron';
import electronUpdater from 'electron-updater';
import { translate } from '../../shared/i18n';
import { backupOnQuit, cancelBackup, quitBackupDue } from './backup/auto';
import { DATABASE_FILE, openCore, type Core } from './core';
import { moveDataFolder, type MoveResult } from './datafolder/move';
import { bindIpc } from './ipc';
import { createLogger, type Logger } from './logs/logger';
import { ignoredSwitches } from './platform/dev-switches';
import { hardenAllWebContents } from './platform/guards';
import { loadOrCreateKey } from './platform/keystore';
import { menuTemplate } from './platform/menu';
import { devRendererUrl, isAppUrl } from './platform/origin';
import { RENDERER_DIR } from './platform/paths';
import { createElectronPlatform } from './platform/port';
import { OPENED_COPIES_DIR } from './housekeeping/crash-leftovers';
import { handleAppScheme, registerAppScheme } from './platform/protocol';
import { startupMessage } from './platform/startup-errors';
import { createMainWindow } from './platform/window';
import { isSmokeRequest, makeSmokeRoot, smokeCommand } from './smoke/run';
import { feedConfigured, startUpdates, type UpdaterLike, type Updates } from './updates/schedule';

// The Electron shell: lifecycle, key, core, IPC and the window. Everything it starts
// lives in modules that run without Electron, except the adapters in platform/.

// A shipped build honours no development switch: they are removed before anything reads them.
for (const name of ignoredSwitches(process.env, app.isPackaged)) delete process.env[name];

// `--smoke-test`: CI launches the packaged app this way (smoke/run.ts). It only ever works in
// a new temporary folder of its own, which also holds Electron's profile, and then exits.
const smokeParent = isSmokeRequest(process.argv) ? makeSmokeRoot() : null;

// A separate profile (tests, a second development copy). Set before the single-instance
// lock, which is held per userData folder.
if (smokeParent) app.setPath('userData', path.join(smokeParent, 'profile'));
else if (process.env['PARLEY_USER_DATA_DIR']) app.setPath('userData', path.resolve(process.env['PARLEY_USER_DATA_DIR']));

// Windows keeps Parley's folder in %LOCALAPPDATA%\Parley: Roaming (Electron's default) can be a
// network share on domain PCs, where SQLite's WAL is unsafe. A Roaming folder from an earlier
// version is moved once, before Chromium opens anything in it (datafolder/move.ts).
let dataMove: MoveResult | null = null;
if (!smokeParent && !process.env['PARLEY_USER_DATA_DIR'] && process.platform === 'win32' && process.env['LOCALAPPDATA']) {
  const roaming = app.getPath('userData');
  dataMove = moveDataFolder({ from: roaming, to: path.join(process.env['LOCALAPPDATA'], path.basename(roaming)) });
  app.setPath('userData', dataMove.dir);
}

let logger: Logger | null = null;

/** The app's log (<logs>/main.log, redacted, rotated), started on first use. */
function appLog(): Logger {
  if (!logger) {
    app.setAppLogsPath();
    logger = createLogger({ dir: app.getPath('logs'), console: !app.isPackaged });
  }
  return logger;
}

let core: Core | null = null;
let platform: ReturnType<typeof createElectronPlatform> | null = null;
let mainWindow: BrowserWindow | null = null;

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

let updates: Updates | null = null;

function closeCore(): void {
  updates?.stop();
  updates = null;
  try {
    core?.close();
  } catch (err) {
    appLog().error('shutdown', 'closing the database failed:', err);
  }
  core = null;
  // Decrypted temporary copies (opened evidence) do not outlive the session.
  platform?.cleanup();
  platform = null;
}

let quitBackupStarted = false;

/** Quitting: one automatic backup first when it is switched on (at most a minute), then close. */
function onWillQuit(event: { preventDefault(): void }): void {
  if (!quitBackupStarted && core && quitBackupDue(core.ctx)) {
    quitBackupStarted = true;
    event.preventDefault();
    const ctx = core.ctx;
    const backup = backupOnQuit(ctx);
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    // Past the minute the backup (in its worker) is cancelled, and given a moment to remove its partial file.
    void Promise.race([backup, wait(60_000)])
      .then(async () => {
        if (cancelBackup(ctx)) await Promise.race([backup, wait(5_000)]);
      })
      .finally(() => app.quit());
    return;
  }
  closeCore();
}

function failStartup(err: unknown, dataDir: string): void {
  appLog().error('startup', 'Parley cannot start:', err);
  const { title, body } = startupMessage(err, dataDir);
  dialog.showErrorBox(title, body);
  closeCore();
  app.exit(1);
}

let menuLocale: string | null = null;

/** The application menu in the UI language; rebuilt when the language setting changes. */
function setMenu(): void {
  const locale = core?.ctx.locale() ?? 'zh-CN';
  if (locale === menuLocale) return;
  menuLocale = locale;
  const logs = appLog();
  const running = updates;
  const template = menuTemplate({
    isPackaged: app.isPackaged,
    locale,
    openLogFolder: () => void shell.openPath(path.dirname(logs.file)),
    checkForUpdates: running ? () => void running.checkNow() : undefined,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** What the data folder move did, in the log (paths only, no data). */
function logDataMove(): void {
  if (!dataMove || dataMove.status === 'none') return;
  const { status, dir, files, bytes, error } = dataMove;
  const line = `data folder move: ${status}; using ${dir}${files === undefined ? '' : ` (${files} files, ${bytes} bytes)`}${error ? `: ${error}` : ''}`;
  if (status === 'moved' || status === 'finished') appLog().info('datafolder', line);
  else appLog().warn('datafolder', line);
}

/** "Restart now to install?" in the UI language, attached to the window. */
async function askRestart(version: string): Promise<boolean> {
  const locale = core?.ctx.locale() ?? 'zh-CN';
  const t = (key: string) => translate(locale, key, { version });
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: t('shell.update.readyTitle'),
    message: t('shell.update.readyBody'),
    buttons: [t('shell.update.restart'), t('shell.update.later')],
    defaultId: 0,
    cancelId: 1,
  };
  const { response } = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
  return response === 0;
}

/** Updates run only when electron-builder.yml has a `publish` feed (it then writes app-update.yml). */
function startUpdateChecks(): void {
  if (!feedConfigured(process.resourcesPath, app.isPackaged)) {
    appLog().info('updates', 'off: no update feed configured in this build');
    return;
  }
  const { autoUpdater } = electronUpdater;
  const log = appLog();
  autoUpdater.logger = { info: (m: unknown) => log.info('updater', m), warn: (m: unknown) => log.warn('updater', m), error: (m: unknown) => log.error('updater', m), debug: () => {} };
  updates = startUpdates({ updater: autoUpdater as unknown as UpdaterLike, isBusy: () => core?.busy() ?? false, ask: askRestart, log });
}

function start(): void {
  logDataMove();
  const userData = app.getPath('userData');
  const dataDir = path.join(userData, 'data');
  const devUrl = devRendererUrl(app.isPackaged);
  try {
    const key = loadOrCreateKey({ dir: userData, safeStorage, databaseExists: fs.existsSync(path.join(dataDir, DATABASE_FILE)) });
    // Opened copies live beside the data folder, so a start after a crash finds and removes them.
    platform = createElectronPlatform(path.join(userData, OPENED_COPIES_DIR));
    const log = appLog();
    const logError = (channel: string, err: unknown) => log.error('ipc', `${channel} failed:`, err);
    core = openCore({ dataDir, key, platform, appVersion: app.getVersion(), logError });
    const opened = core;
    handleAppScheme(RENDERER_DIR);
    startUpdateChecks();
    setMenu();
    // Any call may have changed the language (settings, a restore): the menu follows it.
    const dispatch: typeof opened.dispatch = async (channel, input) => {
      const answer = await opened.dispatch(channel, input);
      setMenu();
      return answer;
    };
    // Only the top frame of our own page may call; Parley has no iframes of its own.
    bindIpc(ipcMain, dispatch, (frame) => !frame.parent && isAppUrl(frame.url, devUrl), { locale: () => opened.ctx.locale(), logError });
    mainWindow = createMainWindow({ devUrl });
    // The missed-instalment sweep and the due notice wait until the window shows.
    mainWindow.once('ready-to-show', () => setImmediate(() => opened.afterReady()));
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  } catch (err) {
    failStartup(err, dataDir);
  }
}

if (smokeParent) {
  app
    .whenReady()
    .then(() => smokeCommand({ parent: smokeParent, argv: process.argv, appVersion: app.getVersion() }))
    .then(
      (code) => app.exit(code),
      (err: unknown) => {
        console.error('[smoke] FAIL:', err);
        app.exit(2);
      },
    );
} else if (!app.requestSingleInstanceLock()) {
  // Another Parley owns the database; it focuses its window (below) and we leave.
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId('org.parley.app');
  // A packaged Windows app has no console: whatever escapes goes to the log.
  process.on('uncaughtException', (err) => appLog().error('main', 'uncaught exception:', err));
  process.on('unhandledRejection', (reason) => appLog().error('main', 'unhandled rejection:', reason));
  registerAppScheme();
  hardenAllWebContents(app);
  app.on('second-instance', focusMainWindow);
  // The database belongs to the session: closing the last window ends it, on macOS too.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', onWillQuit);
  app.whenReady().then(start, (err: unknown) => failStartup(err, app.getPath('userData')));
}
