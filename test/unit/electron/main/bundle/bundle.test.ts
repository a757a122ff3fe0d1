import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../../../shared/channels';

// The one check here that the BUILT shell starts (no Electron binary on this machine):
// electron-vite builds main and preload with the project's config, then out/main/index.js
// runs under plain Node with a fake 'electron' module. It must find its preload and
// renderer next to itself, open the real encrypted database, bind IPC and serve the page.

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..', '..', '..');
const HERE = import.meta.dirname;
let out: string;
let report: Record<string, unknown>;

beforeAll(() => {
  // Inside the project (git-ignored .tmp/) so the bundle resolves node_modules as out/ would.
  fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  out = fs.mkdtempSync(path.join(ROOT, '.tmp', 'bundle-'));
  const build = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '-c', path.join(HERE, 'bundle-config.ts'), '--logLevel', 'error'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PARLEY_BUNDLE_OUT: out } },
  );
  if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`);
  fs.mkdirSync(path.join(out, 'renderer'));
  fs.writeFileSync(path.join(out, 'renderer', 'index.html'), `<!doctype html><title>${path.basename(out)}</title>`);
  const userData = path.join(out, 'user-data');
  const run = spawnSync(process.execPath, ['--import', path.join(HERE, 'register-fake-electron.mjs'), path.join(out, 'main', 'index.js')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SMOKE_USER_DATA: userData, PARLEY_USER_DATA_DIR: '', ELECTRON_RENDERER_URL: '' },
    timeout: 30_000,
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('SMOKE '));
  if (!line) throw new Error(`the bundle printed no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  report = JSON.parse(line.slice('SMOKE '.length)) as Record<string, unknown>;
}, 120_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe('the built main process', () => {
  it('starts without an error box', () => {
    expect(report['errorBox']).toBeNull();
    expect(report['exitCode']).toBeNull();
  });

  it('points the window at the built preload, sandboxed', () => {
    const prefs = report['webPreferences'] as { preload: string; sandbox: boolean; contextIsolation: boolean };
    expect(prefs.preload).toBe(path.join(out, 'preload', 'index.cjs'));
    expect(fs.existsSync(prefs.preload)).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
  });

  it('serves the renderer folder next to it over parley://, with CSP, and nothing above it', () => {
    expect(report['loadedUrl']).toBe('parley://app/index.html');
    expect(report['index']).toMatchObject({
      status: 200,
      csp: expect.stringContaining("default-src 'self'"),
      body: expect.stringContaining(path.basename(out)), // this build's renderer folder, not some other out/
    });
    expect(report['traversal']).toBe(404);
  });

  it('opens the encrypted database and answers IPC from its own page only', () => {
    expect(report['channels']).toEqual(CHANNELS.map((c) => `parley:${c}`).sort());
    expect(report['ownCall']).toMatchObject({ ok: true, data: { appVersion: '0.0.0-smoke', shell: 'electron' } });
    expect(report['foreignCall']).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(fs.existsSync(path.join(out, 'user-data', 'parley.key'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'user-data', 'data', 'parley.db'))).toBe(true);
  });

  it('builds a preload that needs nothing but electron', () => {
    const preload = fs.readFileSync(path.join(out, 'preload', 'index.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
  });
});
