import { BrowserWindow, type WebPreferences } from 'electron';
import { denyPermissions, guardNavigation } from './guards';
import { APP_ENTRY_URL, isAppUrl } from './origin';
import { PRELOAD_PATH } from './paths';

/** The renderer gets no Node, no Electron and no way around the web sandbox; only the preload's window.parley. */
export const WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  // A middle click must not open a link in a new window (new windows are refused anyway).
  disableBlinkFeatures: 'Auxclick',
  // On Linux Chromium downloads spellcheck dictionaries; Parley loads nothing remote.
  spellcheck: false,
  preload: PRELOAD_PATH,
} satisfies WebPreferences);

export interface MainWindowOptions {
  /** The electron-vite dev server (development only); otherwise parley://app/index.html. */
  devUrl?: string;
}

export function createMainWindow(options: MainWindowOptions = {}): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: 'Parley',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...WEB_PREFERENCES },
  });
  const isOwn = (url: string): boolean => isAppUrl(url, options.devUrl);
  guardNavigation(win.webContents, isOwn);
  denyPermissions(win.webContents.session);
  win.once('ready-to-show', () => win.show());
  win.loadURL(options.devUrl ?? APP_ENTRY_URL).catch((err: unknown) => {
    // Show the (blank) window rather than leave an invisible process behind.
    console.error('[window] failed to load the renderer:', err);
    win.show();
  });
  return win;
}
