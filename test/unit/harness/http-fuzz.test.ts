import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../fixtures/prng';
import { makeTempDir, removeDir } from '../helpers/core';

// The harness as its own process (as `npm run harness` runs it), fed malformed HTTP over
// raw loopback sockets: bad percent-encodings, broken request targets, huge headers, a
// body that trickles in and one that never ends. Each request gets an answer (or its
// connection is closed), and after all of it the process is still alive and still
// answers a proper IPC call. Bounded: ~200 requests, every socket capped at 15 s.

const ROOT = path.resolve(__dirname, '../../..');
let child: ChildProcess;
let dataDir: string;
let origin: URL;
let token: string;
let exitCode: number | null = null;

beforeAll(async () => {
  dataDir = makeTempDir('parley-http-fuzz-');
  // The harness runs in this child itself (tsx as a loader), not under tsx's CLI: the CLI starts
  // the script in a grandchild that a SIGKILL of the CLI leaves running (CI found one an hour on).
  child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/harness/cli.ts'), '--data', dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  child.on('exit', (code) => (exitCode = code ?? -1));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /HARNESS_URL=(\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', () => reject(new Error(`harness exited before it listened: ${out}`)));
  });
  origin = new URL(url);
  token = origin.searchParams.get('token')!;
}, 60_000);

afterAll(() => {
  child?.kill('SIGKILL');
  removeDir(dataDir);
  removeDir(`${dataDir}-platform`);
});

/** Writes raw bytes (in pieces, with pauses, when asked) and resolves with the status line, or '' when the server closed without one. */
function raw(pieces: (string | Buffer)[], pauseMs = 0, endAfter = true): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(origin.port), '127.0.0.1');
    let got = '';
    const done = () => {
      clearTimeout(cap);
      socket.destroy();
      resolve(got.split('\r\n')[0] ?? '');
    };
    const cap = setTimeout(done, 15_000);
    socket.on('data', (d) => {
      got += d.toString('latin1');
      if (got.includes('\r\n\r\n')) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.on('connect', async () => {
      for (const p of pieces) {
        if (socket.destroyed) return;
        socket.write(p);
        if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
      }
      if (endAfter && !socket.destroyed) socket.end();
    });
  });
}

const host = () => `Host: ${origin.host}\r\n`;
const statusOf = (line: string) => Number(line.split(' ')[1] ?? 0);

async function stillUp(): Promise<void> {
  expect(exitCode, 'the harness process exited').toBeNull();
  const res = await fetch(`${origin.origin}/ipc/app.info`, { method: 'POST', headers: { 'x-parley-token': token, 'content-type': 'application/json' }, body: '{}' });
  expect(res.status).toBe(200);
  expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
}

describe('the harness under malformed HTTP', () => {
  it('answers a bad percent-encoding with 400, in a page path and in an IPC channel, and stays up', async () => {
    expect(statusOf(await raw([`GET /%E0%A4%A HTTP/1.1\r\n${host()}Connection: close\r\n\r\n`]))).toBe(400);
    const ipc = `POST /ipc/%E0%A4%A HTTP/1.1\r\n${host()}x-parley-token: ${token}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`;
    expect(statusOf(await raw([ipc]))).toBe(400);
    // Without the token: refused before anything is decoded.
    expect(statusOf(await raw([`POST /ipc/%FF HTTP/1.1\r\n${host()}Content-Length: 0\r\nConnection: close\r\n\r\n`]))).toBe(403);
    await stillUp();
  }, 30_000);

  it('answers broken request targets, huge headers and garbage without going down', async () => {
    const cases: [string | Buffer, number[]][] = [
      [`GET http://[::1 HTTP/1.1\r\n${host()}Connection: close\r\n\r\n`, [400]],
      [`GET /%00 HTTP/1.1\r\n${host()}Connection: close\r\n\r\n`, [400, 404]],
      [`GET /${'%C0%AF'.repeat(50)}..%2F..%2Fpackage.json HTTP/1.1\r\n${host()}Connection: close\r\n\r\n`, [400, 404]],
      [`GET / HTTP/1.1\r\n${host()}X-Big: ${'a'.repeat(200_000)}\r\n\r\n`, [431, 400, 0]],
      [`GET / HTTP/1.1\r\n${host()}${Array.from({ length: 3000 }, (_, i) => `X-${i}: y\r\n`).join('')}\r\n`, [431, 400, 0]],
      [Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03, 0x0d, 0x0a, 0x0d, 0x0a]), [400, 0]],
      [`PUT /ipc/app.info HTTP/1.1\r\n${host()}Connection: close\r\n\r\n`, [405]],
      [`POST /ipc/app.info HTTP/1.1\r\n${host()}x-parley-token: ${token}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZZ\r\n`, [400, 0]],
    ];
    for (const [request, allowed] of cases) {
      const line = await raw([request]);
      expect(allowed, `${String(request).slice(0, 60)} → ${line}`).toContain(statusOf(line));
    }
    await stillUp();
  }, 60_000);

  it('survives 150 random percent-encoded paths (seeded)', async () => {
    const rng = new Rng(16, 'http-fuzz');
    const hex = '0123456789ABCDEFzg%';
    for (let i = 0; i < 150; i++) {
      let p = '/';
      const len = 1 + Math.floor(rng.next() * 12);
      for (let j = 0; j < len; j++) {
        const r = rng.next();
        p += r < 0.5 ? `%${hex[Math.floor(rng.next() * hex.length)]}${hex[Math.floor(rng.next() * hex.length)]}` : r < 0.8 ? 'ab' : r < 0.9 ? '%' : '/';
      }
      const target = rng.next() < 0.5 ? p : `/ipc${p}`;
      const method = target.startsWith('/ipc/') ? 'POST' : 'GET';
      const line = await raw([`${method} ${target} HTTP/1.1\r\n${host()}x-parley-token: ${token}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`]);
      expect([200, 400, 403, 404, 405], `${method} ${target} → ${line}`).toContain(statusOf(line));
    }
    await stillUp();
  }, 120_000);

  it('serves others while a body trickles in, and a client that stops sending or hangs up does no harm', async () => {
    // 20 bytes of a 40-byte body, one every 50 ms, then the client stops sending (answered 400, or just closed).
    const head = `POST /ipc/app.info HTTP/1.1\r\n${host()}x-parley-token: ${token}\r\nContent-Length: 40\r\n\r\n`;
    const trickle = raw([head, ...'{"a":"bbbbbbbbbbbbb"'.split('')], 50);
    await stillUp();
    expect([0, 400]).toContain(statusOf(await trickle));
    // A body that never comes, with the socket left open: another request is answered meanwhile.
    const socket = net.connect(Number(origin.port), '127.0.0.1', () => socket.write(head));
    socket.on('error', () => {});
    await new Promise((r) => setTimeout(r, 200));
    await stillUp();
    socket.destroy();
    await new Promise((r) => setTimeout(r, 100));
    await stillUp();
    expect(fs.existsSync(dataDir)).toBe(true);
  }, 30_000);
});
