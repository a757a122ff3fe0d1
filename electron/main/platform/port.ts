import fs from 'node:fs';
import { BrowserWindow, dialog, Notification, shell } from 'electron';
import type { PlatformPort } from '../context';
import { markDownloaded } from './mark-downloaded';

/**
 * What the Electron shell offers the handlers: native dialogs, the system viewer, the
 * print dialog and notifications. Dialogs attach to the focused window so they are modal.
 */
export function createElectronPlatform(temp: string): PlatformPort & { cleanup(): void } {
  fs.mkdirSync(temp, { recursive: true, mode: 0o700 });
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

  return {
    shell: 'electron',
    async pickFiles({ title, filters, multiple }) {
      const win = parent();
      const options: Electron.OpenDialogOptions = { title, filters, properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async pickFolder({ title }) {
      const win = parent();
      const options: Electron.OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory'] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickSavePath({ title, filters, defaultName }) {
      const win = parent();
      const options: Electron.SaveDialogOptions = { title, filters, defaultPath: defaultName };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async openPath(file) {
      const problem = await shell.openPath(file);
      if (problem) throw new Error(`the system could not open the file: ${problem}`);
    },
    async printPdf(file) {
      // Chromium's PDF viewer renders the file in a hidden window; print() shows the system dialog.
      const win = new BrowserWindow({ show: false, webPreferences: { plugins: true, sandbox: true, contextIsolation: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' } });
      try {
        await win.loadFile(file);
        await new Promise<void>((resolve, reject) =>
          win.webContents.print({}, (ok, reason) => (ok || reason === 'cancelled' ? resolve() : reject(new Error(reason)))),
        );
      } finally {
        win.destroy();
      }
    },
    notify(title, body) {
      if (Notification.isSupported()) new Notification({ title, body }).show();
    },
    markDownloaded: (file) => markDownloaded(file),
    tempDir() {
      fs.mkdirSync(temp, { recursive: true, mode: 0o700 });
      return temp;
    },
    cleanup() {
      fs.rmSync(temp, { recursive: true, force: true });
    },
  };
}
