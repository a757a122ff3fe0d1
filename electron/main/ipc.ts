import { CHANNELS } from '../../shared/channels';
import type { Envelope, ErrorCode } from '../../shared/errors';
import { DEFAULT_LOCALE, translate } from '../../shared/i18n';
import type { Locale } from '../../shared/schemas/common';
import type { Dispatch } from './dispatch';

// Binds the contract's channels to ipcMain. Typed structurally (no 'electron' import) so
// tests can hand in a fake ipcMain and fake sender frames.

export const IPC_PREFIX = 'parley:';

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent?: SenderFrame | null;
}

export interface InvokeEvent {
  /** null when the frame has navigated away or been destroyed since it sent. */
  readonly senderFrame: SenderFrame | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler?(channel: string): void;
}

export interface BindIpcOptions {
  /** The UI language for the few messages made here (FORBIDDEN, INTERNAL). */
  locale?: () => Locale;
  logError?: (channel: string, err: unknown) => void;
}

// Which ipcMain objects already carry our channels: binding twice is a start-up bug.
const bound = new WeakMap<IpcMainLike, Set<string>>();

function failure(code: ErrorCode, locale: Locale): Envelope<never> {
  return { ok: false, error: { code, message: translate(locale, `errors.${code}`) } };
}

/**
 * Registers `parley:<channel>` for every channel in the contract, once. Each call checks
 * the sender frame is our own renderer, then hands (channel, input) to the dispatcher.
 * Whatever happens, the renderer gets an envelope: no exception or stack crosses.
 * Returns a function that removes the handlers again.
 */
export function bindIpc(
  ipcMain: IpcMainLike,
  dispatch: Dispatch,
  isOwnFrame: (frame: SenderFrame) => boolean,
  options: BindIpcOptions = {},
): () => void {
  const locale = (): Locale => {
    try {
      return options.locale?.() ?? DEFAULT_LOCALE;
    } catch {
      return DEFAULT_LOCALE; // the settings read itself failed; still answer
    }
  };
  const logError = options.logError ?? ((channel, err) => console.error(`[ipc] ${channel} failed:`, err));
  const names = new Set<string>(CHANNELS);
  if (names.size !== CHANNELS.length) throw new Error('shared/channels.ts lists a channel twice');
  const already = bound.get(ipcMain) ?? new Set<string>();
  for (const channel of CHANNELS) {
    if (already.has(channel)) throw new Error(`IPC channel "${channel}" is already bound`);
  }

  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_PREFIX + channel, async (event, ...args) => {
      try {
        const frame = event?.senderFrame ?? null;
        if (!frame || !isOwnFrame(frame)) return failure('FORBIDDEN', locale());
        return await dispatch(channel, args[0]);
      } catch (err) {
        logError(channel, err);
        return failure('INTERNAL', locale());
      }
    });
    already.add(channel);
  }
  bound.set(ipcMain, already);

  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler?.(IPC_PREFIX + channel);
    bound.delete(ipcMain);
  };
}
