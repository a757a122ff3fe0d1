import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { CHANNELS } from '../../shared/channels';
import { translate } from '../../shared/i18n';
import { openCore, type Core } from '../../electron/main/core';
import { createScriptedPlatform, type ScriptedPlatform } from './platform';

// A development and test tool: runs the real main-process core (createHandlers behind
// the real dispatcher) in plain Node, serves the built renderer, and answers
// POST /ipc/<channel> with the same envelopes Electron's IPC returns. It listens on
// 127.0.0.1 only and refuses IPC calls without the per-run token.

/** The harness's fixed database key. Never used by the app, which keeps a random key in the OS keychain. */
export const HARNESS_KEY = crypto.createHash('sha256').update('parley-harness-key').digest();

const MAX_BODY_BYTES = 32 * 1024 * 1024;
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface HarnessOptions {
  dataDir: string;
  rendererDir?: string;
  port?: number;
  key?: Buffer;
  now?: () => Date;
  quiet?: boolean;
  /** Dialog answers and the log of what the app asked the system to do; a fresh one when absent. */
  platform?: ScriptedPlatform;
}

export interface Harness {
  url: string;
  origin: string;
  token: string;
  core: Core;
  platform: ScriptedPlatform;
  close(): Promise<void>;
}

/** A request the harness cannot make sense of (bad percent-encoding, a broken URL): answered 400. */
class BadRequest extends Error {}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new BadRequest(`bad encoding in ${JSON.stringify(part.slice(0, 80))}`);
  }
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
    req.on('aborted', () => reject(new BadRequest('request aborted')));
  });
}

function tokenMatches(given: unknown, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return crypto.timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = path.resolve(options.rendererDir ?? path.join(process.env['PARLEY_OUT_DIR'] ?? 'out', 'renderer'));
  // Beside the data folder, not in it: saved files and temp copies are not case data.
  const platform = options.platform ?? createScriptedPlatform(`${path.resolve(options.dataDir)}-platform`);
  const core = openCore({
    dataDir: options.dataDir,
    key: options.key ?? HARNESS_KEY,
    platform,
    appVersion: (JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8')) as { version: string }).version,
    now: options.now,
    validateOutput: true,
    logError: options.quiet ? () => {} : undefined,
  });
  const token = crypto.randomBytes(24).toString('hex');
  const bridge = fs
    .readFileSync(new URL('./bridge.js', import.meta.url), 'utf8')
    .replace('__CHANNELS__', JSON.stringify(CHANNELS));
  let origin = '';

  const forbidden = (res: http.ServerResponse) =>
    send(res, 403, 'application/json', JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: translate(core.ctx.locale(), 'errors.FORBIDDEN') } }));

  async function handleIpc(req: http.IncomingMessage, res: http.ServerResponse, rawChannel: string): Promise<void> {
    // The token proves the caller got the URL we printed; the Host check stops DNS rebinding.
    if (!tokenMatches(req.headers['x-parley-token'], token) || req.headers.host !== new URL(origin).host) return forbidden(res);
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return forbidden(res);
    const channel = decode(rawChannel);
    const body = await readBody(req);
    let input: unknown;
    if (body === null) input = { __tooLarge: true };
    else if (body !== '') {
      try {
        input = JSON.parse(body);
      } catch {
        input = { __notJson: true };
      }
    }
    const envelope = await core.dispatch(channel, input);
    send(res, 200, 'application/json', JSON.stringify(envelope));
  }

  function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    if (pathname === '/__harness/bridge.js') return send(res, 200, CONTENT_TYPES['.js']!, bridge);
    const relative = pathname === '/' ? 'index.html' : decode(pathname.slice(1));
    const file = path.resolve(rendererDir, relative);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    }
    let content: string | Buffer = fs.readFileSync(file);
    if (relative === 'index.html') {
      // The bridge must exist before the app's module script runs.
      content = content.toString('utf8').replace('<head>', '<head>\n    <script src="/__harness/bridge.js"></script>');
    }
    send(res, 200, CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', content);
  }

  // Every request is answered, whatever it holds: an error in one (a bad encoding, a client
  // that hangs up) is that request's 400, never an exception that takes the harness down.
  const route = (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      throw new BadRequest('bad request target');
    }
    const ipc = /^\/ipc\/([^/]+)$/.exec(url.pathname);
    if (ipc && req.method === 'POST') return handleIpc(req, res, ipc[1]!);
    if (req.method === 'GET') return Promise.resolve(handleStatic(req, res, url.pathname));
    return Promise.resolve(send(res, 405, 'text/plain; charset=utf-8', 'method not allowed'));
  };
  const fail = (res: http.ServerResponse, err: unknown) => {
    if (!(err instanceof BadRequest) && !options.quiet) console.error('[harness]', err);
    if (!res.headersSent && !res.destroyed) send(res, 400, 'text/plain; charset=utf-8', 'bad request');
    else res.destroy();
  };
  const server = http.createServer((req, res) => {
    req.on('error', () => {}); // a reset connection; the response side reports it
    res.on('error', () => {});
    let work: Promise<void>;
    try {
      work = route(req, res);
    } catch (err) {
      return fail(res, err);
    }
    work.catch((err: unknown) => fail(res, err));
  });
  // Bounded waits: a client that sends its headers or body slowly is cut off, not waited on forever.
  server.headersTimeout = 10_000;
  server.requestTimeout = 60_000;
  // An idle keep-alive connection is closed well before the headers timeout can fire on it.
  server.keepAliveTimeout = 4_000;
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    // A timeout is closed without an answer: on a reused keep-alive connection the browser
    // then sends its request again on a new one. Answering 400 there (as before) reached the
    // renderer as a failed call when a loaded machine let an idle connection hit the timeout.
    if (!socket.writable || err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return void socket.destroy();
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('harness did not get a TCP port');
  origin = `http://127.0.0.1:${address.port}`;
  // As the shell does once its window shows: the missed-instalment sweep and the due notice.
  core.afterReady();

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    core,
    platform,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          core.close();
          resolve();
        });
      }),
  };
}
