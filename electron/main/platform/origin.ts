// Where our renderer lives. The app is served from a privileged custom scheme instead of
// file://, so it has a real origin that CSP, navigation and IPC sender checks can name.

export const APP_SCHEME = 'parley';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` belongs to our renderer: the app scheme and host, or (development only)
 * the origin of the electron-vite dev server. Compared by parsed parts, never by prefix,
 * so `parley://app.evil` or `http://localhost:5173@evil` do not pass.
 */
export function isAppUrl(url: string, devUrl?: string): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === `${APP_SCHEME}:` && u.host.toLowerCase() === APP_HOST && !u.username && !u.password && !u.port) return true;
  if (!devUrl) return false;
  const dev = parse(devUrl);
  return dev !== null && /^https?:$/.test(dev.protocol) && u.origin === dev.origin && !u.username && !u.password;
}

/**
 * The electron-vite dev server URL, honoured only in an unpackaged build: in a shipped
 * app an environment variable must not be able to point the window at other content.
 */
export function devRendererUrl(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (isPackaged) return undefined;
  const url = env['ELECTRON_RENDERER_URL'];
  const u = url ? parse(url) : null;
  return u && /^https?:$/.test(u.protocol) ? url : undefined;
}
