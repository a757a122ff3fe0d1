import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../../../shared/channels';

// Start-up of electron/main/index.ts with Electron and the core replaced by fakes:
// single-instance lock, ready -> key -> core -> IPC -> window, error box, shutdown.

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    lock: true,
    userData: '',
    isPackaged: true,
    listeners: new Map<string, Listener[]>(),
    ipc: new Map<string, Listener>(),
    windows: [] as { focus: ReturnType<typeof vi.fn>; restore: ReturnType<typeof vi.fn>; minimized: boolean }[],
    openCore: undefined as unknown as ReturnType<typeof vi.fn<(options: unknown) => unknown>>,
    core: undefined as unknown as { dispatch: ReturnType<typeof vi.fn>; close: ReturnType<typeof vi.fn>; afterReady: ReturnType<typeof vi.fn>; ctx: { locale(): string } },
    locale: 'en',
    windowOnce: new Map<string, Listener>(),
    app: {} as Record<string, ReturnType<typeof vi.fn> | boolean>,
    schemes: vi.fn(),
    showErrorBox: vi.fn(),
    setMenu: vi.fn(),
    openPath: vi.fn(async () => ''),
  };
  return state;
});

vi.mock('electron', () => {
  const on = (event: string, fn: Listener) => {
    fake.listeners.set(event, [...(fake.listeners.get(event) ?? []), fn]);
  };
  const app = {
    requestSingleInstanceLock: vi.fn(() => fake.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    on: vi.fn(on),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn(() => fake.userData),
    setPath: vi.fn((name: string, value: string) => {
      if (name === 'userData') fake.userData = value;
    }),
    getVersion: vi.fn(() => '9.9.9'),
    setAppUserModelId: vi.fn(),
    setAppLogsPath: vi.fn(),
    get isPackaged() {
      return fake.isPackaged;
    },
  };
  fake.app = app as unknown as typeof fake.app;
  class BrowserWindow {
    webContents = {
      on: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      session: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() },
    };
    record = { focus: vi.fn(), restore: vi.fn(), minimized: true };
    constructor() {
      fake.windows.push(this.record);
    }
    on(): void {}
    once(event: string, fn: Listener): void {
      fake.windowOnce.set(event, fn);
    }
    show(): void {}
    focus(): void {
      this.record.focus();
    }
    restore(): void {
      this.record.restore();
    }
    isMinimized(): boolean {
      return this.record.minimized;
    }
    loadURL(): Promise<void> {
      return Promise.resolve();
    }
  }
  return {
    app,
    BrowserWindow,
    dialog: { showErrorBox: fake.showErrorBox },
    ipcMain: {
      handle: (channel: string, fn: Listener) => {
        if (fake.ipc.has(channel)) throw new Error(`second handler for ${channel}`);
        fake.ipc.set(channel, fn);
      },
      removeHandler: (channel: string) => fake.ipc.delete(channel),
    },
    Menu: { setApplicationMenu: fake.setMenu, buildFromTemplate: (t: unknown) => t },
    shell: { openPath: fake.openPath },
    protocol: { registerSchemesAsPrivileged: fake.schemes, handle: vi.fn() },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (s: string) => Buffer.from(`enc:${s}`),
      decryptString: (b: Buffer) => b.toString().slice(4),
    },
  };
});

vi.mock('../../../../../electron/main/core', () => ({
  DATABASE_FILE: 'parley.db',
  openCore: (options: unknown) => fake.openCore(options),
}));

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function startMain() {
  vi.resetModules();
  await import('../../../../../electron/main/index');
  await flush();
}

const emit = (event: string, ...args: unknown[]) => {
  for (const fn of fake.listeners.get(event) ?? []) fn(...args);
};

beforeEach(() => {
  fake.lock = true;
  fake.isPackaged = true;
  fake.userData = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-main-'));
  fake.listeners.clear();
  fake.ipc.clear();
  fake.windows.length = 0;
  fake.schemes.mockClear();
  fake.showErrorBox.mockClear();
  fake.setMenu.mockClear();
  for (const fn of Object.values(fake.app)) if (typeof fn === 'function') fn.mockClear();
  fake.locale = 'en';
  fake.core = { dispatch: vi.fn(async () => ({ ok: true, data: 'answered' })), close: vi.fn(), afterReady: vi.fn(), ctx: { locale: () => fake.locale } };
  fake.openPath.mockClear();
  fake.windowOnce.clear();
  fake.openCore = vi.fn((_options: unknown) => fake.core);
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  fs.rmSync(fake.userData, { recursive: true, force: true });
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('single instance', () => {
  it('asks for the lock, and a second instance quits without touching the database', async () => {
    fake.lock = false;
    await startMain();
    expect(fake.app['requestSingleInstanceLock']).toHaveBeenCalled();
    expect(fake.app['quit']).toHaveBeenCalled();
    expect(fake.app['whenReady']).not.toHaveBeenCalled();
    expect(fake.openCore).not.toHaveBeenCalled();
    expect(fake.ipc.size).toBe(0);
    expect(fake.windows).toHaveLength(0);
  });

  it('the first instance focuses its window when a second one starts', async () => {
    await startMain();
    expect(fake.app['quit']).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(1);
    emit('second-instance', {}, [], '');
    expect(fake.windows[0]?.restore).toHaveBeenCalled();
    expect(fake.windows[0]?.focus).toHaveBeenCalled();
  });
});

describe('start-up', () => {
  it('registers the app scheme before ready and hardens every web contents', async () => {
    await startMain();
    expect(fake.schemes).toHaveBeenCalledTimes(1);
    expect(fake.listeners.get('web-contents-created')).toHaveLength(1);
  });

  it('opens the core with a stored key, binds IPC and opens one window', async () => {
    await startMain();
    expect(fake.openCore).toHaveBeenCalledTimes(1);
    const options = fake.openCore.mock.calls[0]?.[0] as { dataDir: string; key: Buffer; platform: unknown; appVersion: string };
    expect(options.dataDir).toBe(path.join(fake.userData, 'data'));
    expect(options.key).toHaveLength(32);
    expect(options.platform).toMatchObject({ shell: 'electron' });
    expect(typeof (options.platform as { pickFiles?: unknown }).pickFiles).toBe('function');
    expect(options.appVersion).toBe('9.9.9');
    expect(fs.existsSync(path.join(fake.userData, 'parley.key'))).toBe(true);
    expect([...fake.ipc.keys()].sort()).toEqual(CHANNELS.map((c) => `parley:${c}`).sort());
    expect(fake.setMenu).toHaveBeenCalledTimes(1);
    expect(fake.windows).toHaveLength(1);
  });

  it('leaves the missed-instalment sweep and the due notice until the window is ready to show', async () => {
    await startMain();
    expect(fake.core.afterReady).not.toHaveBeenCalled();
    fake.windowOnce.get('ready-to-show')?.();
    await flush();
    expect(fake.core.afterReady).toHaveBeenCalledTimes(1);
  });

  it('answers IPC only from the top frame of our own page', async () => {
    await startMain();
    const handler = fake.ipc.get('parley:clients.list');
    const call = (senderFrame: unknown) => handler?.({ senderFrame }, { q: 'x' }) as Promise<{ ok: boolean; error?: { code: string } }>;
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'parley://app/index.html', parent: { url: 'https://evil.example/' } },
      { url: 'file:///tmp/x.html', parent: null },
      null,
    ]) {
      expect((await call(frame))?.error?.code, JSON.stringify(frame)).toBe('FORBIDDEN');
    }
    expect(fake.core.dispatch).not.toHaveBeenCalled();
    expect(await call({ url: 'parley://app/index.html', parent: null })).toEqual({ ok: true, data: 'answered' });
    expect(fake.core.dispatch).toHaveBeenCalledWith('clients.list', { q: 'x' });
  });

  it('ignores the dev server URL in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    await startMain();
    const res = (await fake.ipc.get('parley:app.info')?.({ senderFrame: { url: 'http://localhost:5173/', parent: null } })) as { error?: { code: string } };
    expect(res.error?.code).toBe('FORBIDDEN');
  });
});

describe('menu and log', () => {
  type Item = { label?: string; submenu?: Item[]; click?: () => void };
  const menus = () => fake.setMenu.mock.calls.map((c) => c[0] as Item[]);

  it('builds the menu in the UI language and rebuilds it when a call changes the language', async () => {
    await startMain();
    expect(menus().at(-1)?.at(-1)?.label).toBe('Help');
    const handler = fake.ipc.get('parley:settings.update');
    const own = { senderFrame: { url: 'parley://app/index.html', parent: null } };
    await handler?.(own, { language: 'en' });
    expect(fake.setMenu).toHaveBeenCalledTimes(1); // same language: not rebuilt
    fake.locale = 'zh-TW';
    await handler?.(own, { language: 'zh-TW' });
    expect(fake.setMenu).toHaveBeenCalledTimes(2);
    expect(menus().at(-1)?.at(-1)?.label).toBe('說明');
  });

  it('Help opens the log folder, where a start-up failure was written', async () => {
    const { DatabaseTooNewError } = await import('../../../../../electron/main/errors');
    fake.openCore = vi.fn((_options: unknown) => {
      throw new DatabaseTooNewError(9, 2);
    });
    await startMain();
    // app.getPath('logs') is the fake userData here.
    expect(fs.readFileSync(path.join(fake.userData, 'main.log'), 'utf8')).toMatch(/\[error\] \[startup\] Parley cannot start:[\s\S]*DatabaseTooNewError/);
  });

  it('the menu item opens the log folder', async () => {
    await startMain();
    const help = menus().at(-1)?.at(-1);
    help?.submenu?.[0]?.click?.();
    expect(fake.openPath).toHaveBeenCalledWith(fake.userData);
  });
});

describe('Windows data folder', () => {
  const platform = process.platform;
  afterEach(() => Object.defineProperty(process, 'platform', { value: platform }));

  it('moves an old Roaming folder to LOCALAPPDATA before anything opens it, and starts from there', async () => {
    const roaming = fake.userData;
    const local = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-local-'));
    try {
      fs.writeFileSync(path.join(roaming, 'Local State'), '{"os_crypt":{}}');
      Object.defineProperty(process, 'platform', { value: 'win32' });
      vi.stubEnv('LOCALAPPDATA', local);
      await startMain();
      const moved = path.join(local, path.basename(roaming));
      expect(fake.app['setPath']).toHaveBeenCalledWith('userData', moved);
      expect(fs.existsSync(roaming)).toBe(false);
      expect(fs.readFileSync(path.join(moved, 'Local State'), 'utf8')).toBe('{"os_crypt":{}}');
      const options = fake.openCore.mock.calls[0]?.[0] as { dataDir: string };
      expect(options.dataDir).toBe(path.join(moved, 'data'));
      expect(fs.readFileSync(path.join(moved, 'main.log'), 'utf8')).toMatch(/\[info\]\s+\[datafolder\] data folder move: moved/);
    } finally {
      fs.rmSync(local, { recursive: true, force: true });
    }
  });
});

describe('start-up failures', () => {
  it('shows a native error box in Chinese and English and exits, with no window', async () => {
    const { DatabaseTooNewError } = await import('../../../../../electron/main/errors');
    fake.openCore = vi.fn((_options: unknown) => {
      throw new DatabaseTooNewError(9, 2);
    });
    await startMain();
    expect(fake.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, body] = fake.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toMatch(/Parley/);
    expect(body).toMatch(/newer version of Parley/);
    expect(body).toMatch(/[\u4e00-\u9fff]/);
    expect(fake.app['exit']).toHaveBeenCalledWith(1);
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipc.size).toBe(0);
  });

  it('refuses to start when the key file is missing but a database exists', async () => {
    fs.mkdirSync(path.join(fake.userData, 'data'));
    fs.writeFileSync(path.join(fake.userData, 'data', 'parley.db'), 'x');
    await startMain();
    expect(fake.openCore).not.toHaveBeenCalled();
    expect(fake.showErrorBox.mock.calls[0]?.[1]).toMatch(/parley\.key/);
    expect(fake.app['exit']).toHaveBeenCalledWith(1);
  });
});

describe('shutdown', () => {
  it('closes the database when the app quits', async () => {
    await startMain();
    emit('will-quit', {});
    expect(fake.core.close).toHaveBeenCalledTimes(1);
  });
});

describe('development switches in a packaged build', () => {
  it('ignores PARLEY_USER_DATA_DIR and PARLEY_INSECURE_KEYSTORE when packaged, and honours them unpackaged', async () => {
    const elsewhere = path.join(fake.userData, 'elsewhere');
    vi.stubEnv('PARLEY_USER_DATA_DIR', elsewhere);
    vi.stubEnv('PARLEY_INSECURE_KEYSTORE', '1');
    await startMain();
    expect(fake.app['setPath']).not.toHaveBeenCalled();
    expect(process.env['PARLEY_USER_DATA_DIR']).toBeUndefined();
    expect(process.env['PARLEY_INSECURE_KEYSTORE']).toBeUndefined();

    fake.isPackaged = false;
    vi.stubEnv('PARLEY_USER_DATA_DIR', elsewhere);
    await startMain();
    expect(fake.app['setPath']).toHaveBeenCalledWith('userData', elsewhere);
  });
});
