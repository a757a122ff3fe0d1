import type { PlatformPort } from '../context';

/** What the Electron shell offers the handlers. Grows as dialogs, print and open-in-viewer arrive. */
export function createElectronPlatform(): PlatformPort {
  return { shell: 'electron' };
}
