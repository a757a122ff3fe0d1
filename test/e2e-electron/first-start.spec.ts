import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { findElectronBinary } from '../../electron/scripts/electron-binary.mjs';
import { demoMessages } from '../../shared/i18n/features/demo';
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

  test("a counsellor's first day in the shell: demo cases, a letter saved as PDF, a backup, quit and restart", async () => {
    if (!electron.present) {
      console.log(SKIPPED);
      test.skip(true, SKIPPED);
      return;
    }
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-electron-'));
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-electron-out-'));
    const pdfFile = path.join(outside, 'letter.pdf');
    const backupDir = path.join(outside, 'usb');
    fs.mkdirSync(backupDir);
    // Native dialogs cannot be clicked: answer them in the main process, as a person would.
    const answerDialogs = (app: ElectronApplication) =>
      app.evaluate(
        ({ dialog }, answers) => {
          dialog.showSaveDialog = (async () => ({ canceled: false, filePath: answers.pdfFile })) as typeof dialog.showSaveDialog;
          dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [answers.backupDir] })) as typeof dialog.showOpenDialog;
        },
        { pdfFile, backupDir },
      );
    const invoke = (page: Page, channel: string, input?: unknown) =>
      page.evaluate(
        async ([c, i]) => {
          const res = (await (window as unknown as { parley: { invoke(c: string, i?: unknown): Promise<{ ok: boolean; data?: unknown; error?: unknown }> } }).parley.invoke(c as string, i));
          if (!res.ok) throw new Error(`${String(c)}: ${JSON.stringify(res.error)}`);
          return res.data as never;
        },
        [channel, input] as const,
      );
    try {
      let app = await launch(userData);
      await answerDialogs(app);
      let page = await app.firstWindow();

      await page.getByRole('button', { name: demoMessages['zh-CN'].load }).click();
      await expect(page.getByText(/已载入 \d+ 个示例个案/)).toBeVisible();
      const clients = await invoke(page, 'clients.list', {});
      const first = (clients as { items: { id: number }[]; total: number }).items[0]!;
      const debts = (await invoke(page, 'debts.list', { clientId: first.id })) as { items: { id: number }[] };

      // A letter, drafted in the main process and rendered by the PDF worker, saved where the counsellor chose.
      const letter = (await invoke(page, 'letters.draft', { clientId: first.id, debtId: debts.items[0]!.id, type: 'hardship', locale: 'zh-CN' })) as { id: number };
      await invoke(page, 'letters.savePdf', { id: letter.id });
      expect(fs.readFileSync(pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');

      // A backup onto the "USB stick".
      await invoke(page, 'backup.setPassphrase', { passphrase: 'correct horse battery staple' });
      await invoke(page, 'backup.pickFolder');
      await invoke(page, 'backup.run');
      expect(fs.readdirSync(backupDir).filter((f) => !f.endsWith('.partial')).length).toBeGreaterThan(0);

      await app.close();
      app = await launch(userData);
      page = await app.firstWindow();
      const again = (await invoke(page, 'clients.list', {})) as { total: number };
      expect(again.total).toBe((clients as { total: number }).total);
      expect(((await invoke(page, 'backup.status')) as { lastGood: unknown }).lastGood).not.toBeNull();
      await app.close();
    } finally {
      fs.rmSync(userData, { recursive: true, force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
