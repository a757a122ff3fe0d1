import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppPath, serveAppFile } from '../../../../../electron/main/platform/app-files';
import { CONTENT_SECURITY_POLICY } from '../../../../../electron/main/platform/csp';

// The app scheme's file server: the only way content reaches the window.

// Made at collection time: the attack list below names files in it.
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-appfiles-'));
const root = path.join(base, 'renderer');
const SECRET = 'TOP-SECRET-CASE-DATA';

beforeAll(() => {
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Parley</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(base, 'secret.txt'), SECRET);
  fs.mkdirSync(path.join(base, 'renderer-evil'));
  fs.writeFileSync(path.join(base, 'renderer-evil', 'secret.txt'), SECRET);
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveAppFile(new Request(url, { method }), root);

/** Parses a CSP header into directive -> sources. */
function parseCsp(header: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

describe('serving files', () => {
  it('serves index.html and assets with their types', async () => {
    const index = await get('parley://app/index.html');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await index.text()).toContain('<title>Parley</title>');
    const js = await get('parley://app/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves index.html for the bare origin', async () => {
    expect((await get('parley://app/')).status).toBe(200);
  });

  it('answers 404 for missing files and folders, 405 for writes', async () => {
    expect((await get('parley://app/nope.js')).status).toBe(404);
    expect((await get('parley://app/assets')).status).toBe(404);
    expect((await get('parley://app/index.html', 'POST')).status).toBe(405);
  });
});

describe('path traversal', () => {
  const ATTACKS = [
    'parley://app/../secret.txt',
    'parley://app/%2e%2e/secret.txt',
    'parley://app/..%2fsecret.txt',
    'parley://app/..%2Fsecret.txt',
    'parley://app/assets/..%2f..%2fsecret.txt',
    'parley://app/..%5csecret.txt',
    'parley://app/assets%5c..%5c..%5csecret.txt',
    'parley://app/%2e%2e%2f%2e%2e%2fsecret.txt',
    'parley://app/..%252fsecret.txt',
    'parley://app/../renderer-evil/secret.txt',
    'parley://app/..%2frenderer-evil%2fsecret.txt',
    `parley://app/${encodeURIComponent(path.join(base, 'secret.txt'))}`,
    `parley://app//${path.join(base, 'secret.txt').replace(/^\//, '')}`,
    'parley://app/index.html%00.js',
    'parley://app/C:%5cWindows%5cwin.ini',
    'parley://app/index.html::$DATA',
    'parley://app/%E0%A4%A',
    'parley://other/index.html',
    'file:///etc/passwd',
  ];

  for (const url of ATTACKS) {
    it(`refuses ${url}`, async () => {
      const res = await get(url);
      expect(res.status).not.toBe(200);
      expect(await res.text()).not.toContain(SECRET);
    });
  }

  it('keeps Windows paths inside the root too', () => {
    const winRoot = 'C:\\Program Files\\Parley\\resources\\app.asar\\out\\renderer';
    expect(resolveAppPath(winRoot, 'parley://app/assets/app.js', path.win32)).toBe(`${winRoot}\\assets\\app.js`);
    for (const url of ['parley://app/..%5c..%5csecret.txt', 'parley://app/C:%5cWindows%5cwin.ini', 'parley://app/%5c%5cserver%5cshare%5cx', 'parley://app/..\\secret.txt']) {
      const resolved = resolveAppPath(winRoot, url, path.win32);
      if (resolved !== null) expect(resolved.startsWith(`${winRoot}\\`), `${url} -> ${resolved}`).toBe(true);
    }
    expect(resolveAppPath(winRoot, 'parley://app/..%5c..%5csecret.txt', path.win32)).toBeNull();
  });
});

describe('Content-Security-Policy', () => {
  it('is sent with every response, including errors', async () => {
    for (const url of ['parley://app/index.html', 'parley://app/nope', 'parley://app/..%2fsecret.txt']) {
      expect((await get(url)).headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('is strict', async () => {
    const csp = parseCsp((await get('parley://app/index.html')).headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('font-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    // Nothing anywhere that would let remote or eval'd script in.
    for (const [name, sources] of csp) {
      for (const bad of ["'unsafe-eval'", "'wasm-unsafe-eval'", '*', 'http:', 'https:', 'blob:', 'filesystem:']) {
        expect(sources, `${name} ${bad}`).not.toContain(bad);
      }
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
    }
  });
});
