// Stands in for 'electron' when the built out/main/index.js runs under plain Node (see
// bundle.test.ts). Records what the shell asks for, then probes it once the window loads
// and prints one JSON line: SMOKE {...}.

import { Buffer } from 'node:buffer';
import { setTimeout } from 'node:timers';

const { Request } = globalThis; // Node's fetch Request, as Electron's protocol.handle passes

const listeners = {};
const report = { schemes: [], loadedUrl: null, preload: null, webPreferences: null, menu: false, errorBox: null, exitCode: null };
let protocolHandler = null;
const ipc = {};

export const app = {
  isPackaged: true,
  requestSingleInstanceLock: () => true,
  quit() {},
  exit(code) {
    report.exitCode = code;
    finish();
  },
  on(event, fn) {
    (listeners[event] ??= []).push(fn);
  },
  whenReady: () => Promise.resolve(),
  getPath: () => process.env.SMOKE_USER_DATA,
  setPath() {},
  getVersion: () => '0.0.0-smoke',
  setAppUserModelId() {},
  setAppLogsPath() {},
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes) => report.schemes.push(...schemes),
  handle(_scheme, handler) {
    protocolHandler = handler;
  },
};

export const safeStorage = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptString: (text) => Buffer.from(`smoke:${text}`),
  decryptString: (buf) => buf.toString().slice('smoke:'.length),
};

export const Menu = { setApplicationMenu: () => (report.menu = true), buildFromTemplate: (t) => t };
export const dialog = {
  showErrorBox: (title, body) => (report.errorBox = { title, body }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true }),
};
export const shell = { openPath: async () => '' };
export class Notification {
  static isSupported() {
    return false;
  }
  show() {}
}
export const ipcMain = {
  handle(channel, fn) {
    ipc[channel] = fn;
  },
  removeHandler(channel) {
    delete ipc[channel];
  },
};

export class BrowserWindow {
  constructor(options) {
    report.webPreferences = options.webPreferences;
    const noop = () => {};
    this.webContents = {
      on: noop,
      setWindowOpenHandler: noop,
      session: { setPermissionRequestHandler: noop, setPermissionCheckHandler: noop, setDevicePermissionHandler: noop },
    };
  }
  on() {}
  once() {}
  show() {}
  loadURL(url) {
    report.loadedUrl = url;
    setTimeout(() => void probe(url), 0);
    return Promise.resolve();
  }
}

async function probe(url) {
  const index = await protocolHandler(new Request(url));
  report.index = { status: index.status, csp: index.headers.get('content-security-policy'), body: await index.text() };
  report.traversal = (await protocolHandler(new Request('parley://app/..%2f..%2fpackage.json'))).status;
  report.channels = Object.keys(ipc).sort();
  report.ownCall = await ipc['parley:app.info']({ senderFrame: { url, parent: null } }, undefined);
  report.foreignCall = await ipc['parley:app.info']({ senderFrame: { url: 'https://evil.example/', parent: null } }, undefined);
  for (const fn of listeners['will-quit'] ?? []) fn({});
  finish();
}

function finish() {
  console.log(`SMOKE ${JSON.stringify(report)}`);
  process.exit(0);
}

export default { app, protocol, safeStorage, Menu, dialog, shell, Notification, ipcMain, BrowserWindow };
