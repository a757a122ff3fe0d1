import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../../shared/channels';
import type { Envelope } from '../../../../shared/errors';
import { bindIpc, type IpcMainLike, type SenderFrame } from '../../../../electron/main/ipc';

type Handler = Parameters<IpcMainLike['handle']>[1];

/** A fake ipcMain that, unlike Electron's, accepts a second handler silently: our own check must catch it. */
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, fn: Handler) => void handlers.set(channel, fn)),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  };
  return { ipcMain, handlers };
}

const OWN = 'parley://app/index.html';
const isOwnFrame = (frame: SenderFrame) => frame.url.startsWith('parley://app/');
const okDispatch = () => vi.fn(async (channel: unknown, input: unknown): Promise<Envelope<unknown>> => ({ ok: true, data: { channel, input } }));

async function call(handlers: Map<string, Handler>, channel: string, frame: SenderFrame | null, ...args: unknown[]) {
  const handler = handlers.get(`parley:${channel}`);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return (await handler({ senderFrame: frame }, ...args)) as Envelope<unknown>;
}

describe('binding', () => {
  it('binds every channel of the contract exactly once, under parley:', () => {
    const { ipcMain } = fakeIpcMain();
    bindIpc(ipcMain, okDispatch(), isOwnFrame);
    const names = ipcMain.handle.mock.calls.map(([name]) => name);
    expect(names).toHaveLength(CHANNELS.length);
    expect(new Set(names)).toEqual(new Set(CHANNELS.map((c) => `parley:${c}`)));
  });

  it('throws at start-up when the channels are already bound', () => {
    const { ipcMain } = fakeIpcMain();
    bindIpc(ipcMain, okDispatch(), isOwnFrame);
    expect(() => bindIpc(ipcMain, okDispatch(), isOwnFrame)).toThrow(/already bound/);
    expect(ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length);
  });

  it('can be bound again after unbinding', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const unbind = bindIpc(ipcMain, okDispatch(), isOwnFrame);
    unbind();
    expect(handlers.size).toBe(0);
    expect(() => bindIpc(ipcMain, okDispatch(), isOwnFrame)).not.toThrow();
  });
});

describe('sender check', () => {
  it('passes calls from our own renderer to the dispatcher, with only the first argument', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const dispatch = okDispatch();
    bindIpc(ipcMain, dispatch, isOwnFrame);
    const res = await call(handlers, 'clients.list', { url: OWN }, { search: 'x' }, 'extra', 'args');
    expect(res).toEqual({ ok: true, data: { channel: 'clients.list', input: { search: 'x' } } });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('clients.list', { search: 'x' });
  });

  it('refuses a foreign or vanished sender frame with FORBIDDEN, without dispatching', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const dispatch = okDispatch();
    const check = vi.fn(isOwnFrame);
    bindIpc(ipcMain, dispatch, check, { locale: () => 'en' });
    for (const frame of [{ url: 'https://evil.example/' }, { url: 'file:///tmp/evil.html' }, null]) {
      const res = await call(handlers, 'clients.revealIdNumber', frame, { id: 1 });
      expect(res.ok, JSON.stringify(frame)).toBe(false);
      if (!res.ok) {
        expect(res.error.code).toBe('FORBIDDEN');
        expect(res.error.message).toBe('That request is not allowed.');
      }
    }
    expect(check).toHaveBeenCalledWith({ url: 'https://evil.example/' });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('no exception crosses', () => {
  it('turns a throwing dispatcher into INTERNAL, without the error text', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const logError = vi.fn();
    bindIpc(ipcMain, async () => Promise.reject(new Error('SQLITE secret /home/user/path')), isOwnFrame, { logError });
    const res = await call(handlers, 'app.info', { url: OWN });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('INTERNAL');
    expect(JSON.stringify(res)).not.toMatch(/secret|home|stack/);
    expect(logError).toHaveBeenCalledWith('app.info', expect.any(Error));
  });

  it('turns a throwing frame check or locale into an envelope too', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const boom = () => {
      throw new Error('boom');
    };
    bindIpc(ipcMain, okDispatch(), boom, { locale: boom, logError: () => {} });
    const res = await call(handlers, 'app.info', { url: OWN });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(['INTERNAL', 'FORBIDDEN']).toContain(res.error.code);
  });
});
