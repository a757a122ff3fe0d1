import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { createScriptedPlatform, type ScriptedPlatform } from '../harness/platform';
import { startHarness, type Harness } from '../harness/server';

// Every test gets its own data folder and its own harness (the real main-process core
// behind loopback HTTP), so tests never see each other's clients.

export interface HarnessControl {
  readonly url: string;
  readonly dataDir: string;
  /** Scripted dialogs (nextFiles, nextFolder, nextSavePath) and the log of files opened and printed. */
  readonly platform: ScriptedPlatform;
  /** Stops the harness and starts a new one on the same data folder, as a restart of the app would. */
  restart(): Promise<void>;
}

export const test = base.extend<{ harness: HarnessControl }>({
  // Playwright reads the fixture's dependencies from this destructuring, so it must be there even when empty.
  // eslint-disable-next-line no-empty-pattern
  harness: async ({}, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-e2e-'));
    // One platform across restarts, as the operating system outlives the app.
    const platform = createScriptedPlatform(`${dataDir}-platform`);
    let current: Harness = await startHarness({ dataDir, quiet: true, platform });
    await use({
      get url() {
        return current.url;
      },
      dataDir,
      platform,
      async restart() {
        await current.close();
        current = await startHarness({ dataDir, quiet: true, platform });
      },
    });
    await current.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(`${dataDir}-platform`, { recursive: true, force: true });
  },
});

/** antd puts a space between the two characters of a two-character Chinese button label (保 存). */
export function spaced(text: string): RegExp {
  return new RegExp([...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));
}

export { expect };
