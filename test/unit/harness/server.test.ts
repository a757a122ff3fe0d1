import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../harness/server';

let harness: Harness;
let dataDir: string;

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-harness-'));
  harness = await startHarness({ dataDir, quiet: true });
});

afterEach(async () => {
  await harness.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const post = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${harness.origin}/ipc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('the browser harness', () => {
  it('listens on the loopback address only', () => {
    expect(new URL(harness.origin).hostname).toBe('127.0.0.1');
    expect(new URL(harness.url).searchParams.get('token')).toBe(harness.token);
  });

  it('answers IPC with the same envelopes as the app when the token is right', async () => {
    const created = await post('clients.create', { name: '赵六' }, { 'x-parley-token': harness.token });
    expect(await created.json()).toMatchObject({ ok: true, data: { name: '赵六', caseRef: expect.stringMatching(/^P-\d{4}-00001$/) } });
    const invalid = await post('clients.create', { name: 42 }, { 'x-parley-token': harness.token });
    expect(await invalid.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { name: expect.any(String) } } });
  });

  it('refuses IPC without the token, with a wrong token, or from another origin, and changes nothing', async () => {
    const attempts: Record<string, string>[] = [{}, { 'x-parley-token': 'f'.repeat(harness.token.length) }, { 'x-parley-token': harness.token, origin: 'http://evil.example' }];
    for (const headers of attempts) {
      const response = await post('clients.create', { name: '钱七' }, headers);
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const count = harness.core.db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number };
    expect(count.n).toBe(0);
  });

  it('refuses a request whose Host header is not its own address (DNS rebinding)', async () => {
    const http = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(harness.origin);
      const req = http.request(
        { host: url.hostname, port: url.port, path: '/ipc/app.info', method: 'POST', headers: { host: 'attacker.example', 'x-parley-token': harness.token } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end('');
    });
    expect(status).toBe(403);
  });

  it('does not serve files outside the renderer folder', async () => {
    const response = await fetch(`${harness.origin}/..%2Fpackage.json`);
    expect(response.status).toBe(404);
  });
});
