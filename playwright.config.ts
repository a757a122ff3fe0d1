import { defineConfig } from '@playwright/test';

// Two projects:
//  - chromium: the renderer driven like a person, in Debian's Chromium, against the test
//    harness (the real main-process core behind loopback HTTP). Runs everywhere.
//  - electron: the Electron shell itself (preload, IPC, protocol, key store). Runs only
//    where an Electron binary is installed, and says loudly when it is skipped.
// `npm run build` must have run first: both load out/.

const chromiumPath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

export default defineConfig({
  workers: 1,
  fullyParallel: false,
  // The list as it runs; then, last of all, a short digest of each failure (CI keeps only the tail).
  reporter: [['list'], ['./test/reporters/failure-digest.ts']],
  forbidOnly: !!process.env['CI'],
  // No retries: a test that fails once under load is a bug in the test or the app, to be found.
  retries: 0,
  // Two minutes a story: up to eight engineers share this machine's two cores, and a short
  // story that takes 40 s alone has been seen to need more than 60 s there.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'test/e2e',
      use: {
        browserName: 'chromium',
        headless: true,
        launchOptions: {
          executablePath: chromiumPath,
          // No sandbox (CI runs as root in a container); nothing that phones home.
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'test/e2e-electron',
    },
  ],
});
