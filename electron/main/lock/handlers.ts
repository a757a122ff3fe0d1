import type { LOCK_CHANNELS } from '../../../shared/ipc/lock.channels';
import type { HandlerPart } from '../handler-types';
import type { AppLock } from './app-lock';

export function lockHandlers(lock: AppLock): HandlerPart<(typeof LOCK_CHANNELS)[number]> {
  return {
    'lock.status': () => lock.status(),
    'lock.configure': (input) => lock.configure(input),
    'lock.disable': (input) => lock.disable(input.current),
    'lock.lock': () => lock.lock(),
    'lock.unlock': (input) => lock.unlock(input.passcode),
  };
}
