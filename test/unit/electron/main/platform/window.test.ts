import { beforeEach, describe, expect, it, vi } from 'vitest';

// A fake BrowserWindow that records what createMainWindow asks of it.
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const state = {
    windows: [] as {
      options: { webPreferences?: Record<string, unknown> };
      url?: string;
      contents: {
        listeners: Map<string, Listener[]>;
        openHandler?: (details: { url: string }) => unknown;
        permissionRequest?: (wc: unknown, permission: string, cb: (granted: boolean) => void, details: unknown) => void;
        permissionCheck?: (...args: unknown[]) => boolean;
        deviceCheck?: (...args: unknown[]) => boolean;
      };
    }[],
  };
  class BrowserWindow {
    webContents: Record<string, unknown>;
    record: (typeof state.windows)[number];
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      const record: (typeof state.windows)[number] = { options, contents: { listeners: new Map() } };
      this.record = record;
      state.windows.push(record);
      const c = record.contents;
      this.webContents = {
        on(event: string, fn: Listener) {
          c.listeners.set(event, [...(c.listeners.get(event) ?? []), fn]);
        },
        setWindowOpenHandler(fn: (details: { url: string }) => unknown) {
          c.openHandler = fn;
        },
        session: {
          setPermissionRequestHandler(fn: typeof c.permissionRequest) {
            c.permissionRequest = fn;
          },
          setPermissionCheckHandler(fn: typeof c.permissionCheck) {
            c.permissionCheck = fn;
          },
          setDevicePermissionHandler(fn: typeof c.deviceCheck) {
            c.deviceCheck = fn;
          },
        },
      };
    }
    once(): void {}
    show(): void {}
    loadURL(url: string): Promise<void> {
      this.record.url = url;
      return Promise.resolve();
    }
  }
  return { state, BrowserWindow };
});

vi.mock('electron', () => ({ BrowserWindow: fake.BrowserWindow }));

const { WEB_PREFERENCES, createMainWindow } = await import('../../../../../electron/main/platform/window');
const { APP_ENTRY_URL } = await import('../../../../../electron/main/platform/origin');

function open(devUrl?: string) {
  createMainWindow(devUrl ? { devUrl } : {});
  const w = fake.state.windows.at(-1);
  if (!w) throw new Error('no window created');
  return w;
}

/** Fires a navigation-type event the way Electron does and says whether it was cancelled. */
function navigate(w: ReturnType<typeof open>, event: string, url: string): boolean {
  const listeners = w.contents.listeners.get(event) ?? [];
  expect(listeners.length, `a ${event} listener`).toBeGreaterThan(0);
  let prevented = false;
  const e = { url, preventDefault: () => (prevented = true) };
  for (const fn of listeners) fn(e, url, false, true);
  return prevented;
}

const FOREIGN = ['https://example.com/', 'http://localhost:5173/', 'file:///etc/passwd', 'parley://evil/index.html', 'parley://app.evil/x', 'javascript:alert(1)', 'data:text/html,hi'];

beforeEach(() => {
  fake.state.windows.length = 0;
});

describe('webPreferences', () => {
  it('isolates and sandboxes the renderer', () => {
    // The settings again, letter for letter, on purpose: a weakened one in window.ts must fail here.
    expect(WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(WEB_PREFERENCES.preload.replace(/\\/g, '/')).toMatch(/\/preload\/index\.cjs$/);
    expect(Object.isFrozen(WEB_PREFERENCES)).toBe(true);
  });

  it('is what the window is created with', () => {
    const w = open();
    expect(w.options.webPreferences).toEqual(WEB_PREFERENCES);
  });

  it('loads the app scheme, not file://', () => {
    expect(open().url).toBe(APP_ENTRY_URL);
    expect(APP_ENTRY_URL).toBe('parley://app/index.html');
  });

  it('loads the dev server URL when given one', () => {
    expect(open('http://localhost:5173/').url).toBe('http://localhost:5173/');
  });
});

describe('navigation', () => {
  for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
    it(`${event}: blocks anything outside the app origin`, () => {
      const w = open();
      for (const url of FOREIGN) expect(navigate(w, event, url), url).toBe(true);
    });

    it(`${event}: lets the app reload itself`, () => {
      const w = open();
      expect(navigate(w, event, 'parley://app/index.html')).toBe(false);
    });
  }

  it('in development allows the dev server origin only', () => {
    const w = open('http://localhost:5173/');
    expect(navigate(w, 'will-navigate', 'http://localhost:5173/#/clients')).toBe(false);
    expect(navigate(w, 'will-navigate', 'http://localhost:5174/')).toBe(true);
    expect(navigate(w, 'will-navigate', 'https://example.com/')).toBe(true);
  });
});

describe('new windows', () => {
  it('are always denied', () => {
    const w = open();
    expect(w.contents.openHandler).toBeTypeOf('function');
    for (const url of [...FOREIGN, 'parley://app/index.html']) {
      expect(w.contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });
});

describe('permissions', () => {
  const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'display-capture', 'openExternal', 'fullscreen', 'unknown'];

  it('denies every permission request', () => {
    const w = open();
    const request = w.contents.permissionRequest;
    expect(request).toBeTypeOf('function');
    for (const permission of PERMISSIONS) {
      const cb = vi.fn();
      request?.({}, permission, cb, { requestingUrl: APP_ENTRY_URL });
      expect(cb, permission).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('answers every permission check and device check with no', () => {
    const w = open();
    expect(w.contents.permissionCheck).toBeTypeOf('function');
    expect(w.contents.deviceCheck).toBeTypeOf('function');
    for (const permission of PERMISSIONS) {
      expect(w.contents.permissionCheck?.({}, permission, 'parley://app', {})).toBe(false);
    }
    expect(w.contents.deviceCheck?.({ deviceType: 'usb', origin: 'parley://app' })).toBe(false);
  });
});
