import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, isChannel } from '../../shared/channels';

// The renderer's only door to the main process: window.parley.invoke for the channels
// of the contract, and their names. No other part of ipcRenderer is reachable, so a
// compromised page cannot send to arbitrary channels or listen to any.
// Imports only the channel list: this file is bundled into a sandboxed CommonJS preload.

const IPC_PREFIX = 'parley:';

async function invoke(channel: unknown, input?: unknown): Promise<unknown> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Unknown channel: ${String(channel).slice(0, 100)}` } };
  }
  try {
    // Exactly one argument crosses, whatever the page passed.
    return await ipcRenderer.invoke(IPC_PREFIX + channel, input);
  } catch {
    // The main process answers with envelopes; a rejection means the call never reached it.
    return { ok: false, error: { code: 'INTERNAL', message: 'The request did not reach the main process.' } };
  }
}

contextBridge.exposeInMainWorld('parley', Object.freeze({ invoke, channels: Object.freeze([...CHANNELS]) }));
