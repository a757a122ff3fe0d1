import { promises as fs } from 'node:fs';
import nodePath from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp';
import { APP_HOST, APP_SCHEME } from './origin';

// Answers requests for parley://app/... with files from the built renderer folder and
// nothing else. Kept free of Electron so the traversal checks run in plain unit tests.

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/**
 * The file a request URL names inside `rootDir`, or null when it names anything else:
 * another scheme or host, `..` in any spelling (encoded, backslashed), NUL, a drive
 * letter or stream name (any `:`), or a path that resolves outside the root.
 * `path` is a parameter so tests can check Windows path rules on any machine.
 */
export function resolveAppPath(rootDir: string, requestUrl: string, path: nodePath.PlatformPath = nodePath): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed %-escape
  }
  if (rel === '/' || rel === '') rel = '/index.html';
  if (/[\0:]/.test(rel)) return null;
  const segments = rel.split(/[\\/]+/).filter(Boolean);
  if (segments.length === 0 || segments.some((s) => s === '.' || s === '..')) return null;
  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...segments);
  // Belt and braces: whatever the checks above missed, the result must stay under root.
  const inside = path.relative(root, file);
  if (!inside || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return null;
  return file;
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY },
  });
}

/** The protocol handler's body: GET/HEAD of a file under rootDir, with our CSP attached. */
export async function serveAppFile(request: Request, rootDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = resolveAppPath(rootDir, request.url);
  if (!file) return plain(404, 'Not found');
  let body: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return plain(404, 'Not found');
    body = await fs.readFile(file);
  } catch {
    return plain(404, 'Not found');
  }
  const type = MIME[nodePath.extname(file).toLowerCase()] ?? 'application/octet-stream';
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      'content-type': type,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    },
  });
}
