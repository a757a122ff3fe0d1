import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow, dialog, Notification, shell } from 'electron';
import type { PlatformPort } from '../context';

/**
 * What the Electron shell offers the handlers: native dialogs, the system viewer, the
 * print dialog and notifications. Dialogs attach to the focused window so they are modal.
 */
export function createElectronPlatform(): PlatformPort & { cleanup(): void } {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-'));
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
    tempDir: () => temp,
    cleanup() {
      fs.rmSync(temp, { recursive: true, force: true });
    },
  };
}
