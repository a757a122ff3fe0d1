import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../../shared/channels';

// The preload is the renderer's only door: it must expose window.parley and nothing else,
// and refuse channels outside the contract before ipcRenderer is touched.

const fake = vi.hoisted(() => ({
  exposed: [] as [string, unknown][],
  ipcRenderer: {
    invoke: vi.fn(async (channel: string, ...args: unknown[]): Promise<unknown> => ({ ok: true, data: { channel, args } })),
    send: vi.fn(),
    sendSync: vi.fn(),
    on: vi.fn(),
    once: vi.fn(),
    postMessage: vi.fn(),
  },
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.push([key, api]) },
  ipcRenderer: fake.ipcRenderer,
}));

await import('../../../../electron/preload/index');

interface Api {
  invoke(channel: unknown, ...args: unknown[]): Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string } }>;
  channels: readonly string[];
}
const api = fake.exposed[0]?.[1] as Api;

beforeEach(() => {
  fake.ipcRenderer.invoke.mockClear();
});

describe('what is exposed', () => {
  it('exposes exactly one global, parley', () => {
    expect(fake.exposed.map(([key]) => key)).toEqual(['parley']);
  });

  it('holds only invoke and the channel list', () => {
    expect(Object.keys(api).sort()).toEqual(['channels', 'invoke']);
    expect(api.channels).toEqual(CHANNELS);
    expect(typeof api.invoke).toBe('function');
    const ipcFunctions = new Set<unknown>(Object.values(fake.ipcRenderer));
    expect(Object.values(api).some((v) => v === fake.ipcRenderer || ipcFunctions.has(v))).toBe(false);
  });

  it('cannot be altered by the page', () => {
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.channels)).toBe(true);
  });

  it('imports nothing but electron and the channel list (no zod in the sandboxed preload)', () => {
    const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../electron/preload/index.ts'), 'utf8');
    const imports = [...source.matchAll(/from\s+'([^']+)'|import\(\s*'([^']+)'|require\(\s*'([^']+)'/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    expect(imports.sort()).toEqual(['../../shared/channels', 'electron']);
    // The channel list may gather the capabilities' name lists, and nothing else.
    const channels = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../shared/channels.ts'), 'utf8');
    const lists = [...channels.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!);
    for (const list of lists) {
      expect(list).toMatch(/^\.\/ipc\/[a-z]+\.channels$/);
      const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../shared', `${list}.ts`), 'utf8');
      expect(text, list).not.toMatch(/^\s*import\s/m);
    }
  });
});

describe('invoke', () => {
  it('sends contract channels as parley:<channel>, with one argument', async () => {
    const res = await api.invoke('clients.get', { id: 3 }, 'extra');
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('parley:clients.get', { id: 3 });
    expect(res).toEqual({ ok: true, data: { channel: 'parley:clients.get', args: [{ id: 3 }] } });
  });

  it('refuses any other channel without touching ipcRenderer', async () => {
    for (const channel of ['evil.channel', 'parley:clients.get', 'clients.get ', 'CLIENTS.GET', '__proto__', 'constructor', 'toString', '', 42, null, undefined, { toString: () => 'clients.get' }, ['clients.get']]) {
      const res = await api.invoke(channel, {});
      expect(res.ok, String(channel)).toBe(false);
      expect(res.error?.code).toBe('UNKNOWN_CHANNEL');
    }
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
    for (const fn of Object.values(fake.ipcRenderer)) expect(fn).not.toHaveBeenCalled();
  });

  it('answers with an envelope even when the call never reaches the main process', async () => {
    fake.ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered for 'parley:app.info'"));
    const res = await api.invoke('app.info');
    expect(res.ok).toBe(false);
    expect(res.error?.code).toBe('INTERNAL');
    expect(res.error?.message).not.toMatch(/handler/);
  });
});
