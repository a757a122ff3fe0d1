// What the counsellor feels: the real renderer in Chromium, served by the test harness (the
// real main-process core in this process) on the benchmark fixture.
//   ui.firstListMs    page load (navigation start) to the client list's first rows visible
//   ui.clientPageMs   a click on a client's name to the overview with the debt totals shown
//   ui.quickSearchMs  the text put in Ctrl/⌘+K's box to its results visible (the box's own
//                     120 ms pause before it asks is part of what is felt, so it is included)
// Each is the median of ≥ 20 runs; p95 beside it. Needs the built renderer (out/renderer).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startHarness } from '../harness/server';
import { FIXTURE_KEY } from '../fixtures';
import { benchNow, samplesFor, type BenchContext } from './context';
import { summarize, type Summary } from './timing';

export interface UiFigures {
  firstListMs: number;
  clientPageMs: number;
  quickSearchMs: number;
  firstList: Summary;
  clientPage: Summary;
  quickSearch: Summary;
  /** Bytes of JavaScript the first page load fetches (the bundle a client list waits for). */
  firstLoadScriptBytes: number;
}

const RENDERER_DIR = path.resolve('out', 'renderer');

function ensureBuilt(log: (m: string) => void): void {
  if (fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) return;
  log('ui: no built renderer in out/renderer – building it first…');
  execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], { stdio: 'inherit' });
}

export async function benchUi(ctx: BenchContext, log: (m: string) => void, chromiumPath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium'): Promise<UiFigures> {
  ensureBuilt(log);
  const harness = await startHarness({ dataDir: ctx.dataDir, rendererDir: RENDERER_DIR, key: FIXTURE_KEY, now: benchNow, quiet: true });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const n = Math.max(20, samplesFor(ctx, 20));
  // Clients to open and search for, drawn once so every run asks the same questions.
  const clients = harness.core.ctx.db
    .prepare('SELECT id, name FROM clients WHERE archived = 0 AND is_demo = 0 ORDER BY id')
    .all() as { id: number; name: string }[];
  const pick = () => clients[Math.floor(ctx.rng.next() * clients.length)]!;
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    // The scripts of one page load (the second: the first also warms the server).
    let scriptBytes = 0;
    let counting = false;
    page.on('response', (r) => {
      if (counting && r.request().resourceType() === 'script') void r.body().then((b) => (scriptBytes += b.length), () => {});
    });
    const firstRows = () => page.getByRole('table').getByRole('row').nth(1).getByRole('link').first();

    const firstList: number[] = [];
    for (let i = 0; i < n; i++) {
      await page.goto('about:blank');
      counting = i === 1;
      const start = performance.now();
      await page.goto(`${harness.url.split('#')[0]}#/clients`);
      await firstRows().waitFor({ state: 'visible' });
      firstList.push(performance.now() - start);
      if (counting) await page.waitForLoadState('networkidle');
      counting = false;
    }
    const firstLoadScriptBytes = scriptBytes;

    const clientPage: number[] = [];
    for (let i = 0; i < n; i++) {
      // Only the part after '#' changes here, so this is the app moving back to its list in the
      // same document (as the menu does), not a fresh load: the page is not reloaded.
      await page.goto(`${harness.url.split('#')[0]}#/clients`);
      await firstRows().waitFor({ state: 'visible' });
      // A client from the first page, as a counsellor opens one from the list.
      const links = page.getByRole('table').getByRole('row').getByRole('link');
      const link = links.nth(Math.floor(ctx.rng.next() * (await links.count())));
      const owed = page.getByTestId('overview-total-owed');
      const start = performance.now();
      await link.click();
      await owed.getByText(/\d/).first().waitFor({ state: 'visible' });
      clientPage.push(performance.now() - start);
    }

    const quickSearch: number[] = [];
    for (let i = 0; i < n; i++) {
      const client = pick();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+k');
      const box = page.getByRole('dialog').getByRole('textbox');
      await box.waitFor({ state: 'visible' });
      await box.fill('');
      const start = performance.now();
      await box.fill(client.name);
      await page.getByRole('option').filter({ hasText: client.name }).first().waitFor({ state: 'visible' });
      quickSearch.push(performance.now() - start);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
    }
    await context.close();

    const s = { firstList: summarize(firstList), clientPage: summarize(clientPage), quickSearch: summarize(quickSearch) };
    return { firstListMs: s.firstList.p50Ms, clientPageMs: s.clientPage.p50Ms, quickSearchMs: s.quickSearch.p50Ms, ...s, firstLoadScriptBytes };
  } finally {
    await browser.close();
    await harness.close();
  }
}
