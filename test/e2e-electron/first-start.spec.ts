import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { _electron, type ElectronApplication } from 'playwright-core';
import { findElectronBinary } from '../../electron/scripts/electron-binary.mjs';
import { zhCN } from '../../shared/i18n/zh-CN';

// The Electron shell end to end: first start on an empty profile makes a key and a
// database, the page is sandboxed and only has window.parley, and a client created
// through the UI is still there after a restart. Needs `npm run build` and an Electron
// binary; without the binary every test here is skipped, and says so on stdout.

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const MAIN = path.join(ROOT, 'out', 'main', 'index.js');
const SKIPPED = 'Electron binary not installed here: the Electron shell tests were SKIPPED';
const electron = findElectronBinary(ROOT);

/** antd spaces out two-character Chinese button labels (保 存). */
const label = (text: string) => new RegExp([...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));

function native(target: 'node' | 'electron'): void {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'electron', 'scripts', 'native.mjs'), target], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`electron/scripts/native.mjs ${target} failed`);
}

async function launch(userData: string): Promise<ElectronApplication> {
  return _electron.launch({
    executablePath: electron.path,
    // The project folder: its package.json "main" is out/main/index.js.
    args: [ROOT, ...(process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: ROOT,
    env: {
      ...process.env,
      PARLEY_USER_DATA_DIR: userData,
      // CI has no desktop keyring; the opt-in is Linux-only and ignored elsewhere.
      PARLEY_INSECURE_KEYSTORE: '1',
      ELECTRON_RENDERER_URL: '',
    },
  });
}

test.describe('the Electron shell', () => {
  test.beforeAll(() => {
    if (!electron.present) return;
    if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first.`);
    native('electron');
  });

  // Leave the tree as the unit tests and the harness need it (a cached copy, not a rebuild).
  test.afterAll(() => {
    if (electron.present) native('node');
  });

  test('first start: a new profile, a sandboxed page, a client that survives a restart', async () => {
    if (!electron.present) {
      console.log(SKIPPED);
      test.skip(true, SKIPPED);
      return;
    }
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-electron-'));
    try {
      let app = await launch(userData);
      let page = await app.firstWindow();
      await expect(page).toHaveURL('parley://app/index.html');
      expect(fs.existsSync(path.join(userData, 'parley.key'))).toBe(true);
      expect(fs.existsSync(path.join(userData, 'data', 'parley.db'))).toBe(true);

      // The page sees window.parley and nothing of Node or Electron.
      const surface = await page.evaluate(async () => {
        const w = window as unknown as { parley: { invoke(c: string): Promise<unknown> }; require?: unknown; process?: unknown };
        return {
          parley: Object.keys(w.parley).sort(),
          require: typeof w.require,
          process: typeof w.process,
          unknown: await w.parley.invoke('no.such.channel'),
          popup: window.open('https://example.com/') === null,
        };
      });
      expect(surface.parley).toEqual(['channels', 'invoke']);
      expect(surface.require).toBe('undefined');
      expect(surface.process).toBe('undefined');
      expect(surface.unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      expect(surface.popup).toBe(true);
      expect(app.windows()).toHaveLength(1);

      // The app scheme sends our CSP with the page.
      const csp = await page.evaluate(async () => (await fetch('parley://app/index.html')).headers.get('content-security-policy'));
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");

      await page.getByRole('button', { name: zhCN.clients.new }).click();
      await page.getByLabel(zhCN.clients.fields.name).fill('李雷');
      await page.getByRole('button', { name: label(zhCN.common.save) }).click();
      await expect(page.getByRole('heading', { name: '李雷' })).toBeVisible();

      // Navigation away from the app is refused.
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^parley:\/\/app\//);

      await app.close();
      app = await launch(userData);
      page = await app.firstWindow();
      await expect(page.getByText('李雷')).toBeVisible();
      await app.close();
    } finally {
      fs.rmSync(userData, { recursive: true, force: true });
    }
  });
});
