import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { FONT_SOURCES } from '../../../../../electron/main/pdf/fonts';
import { makeSmokeRoot, runSmoke } from '../../../../../electron/main/smoke/run';
import { removeDir } from '../../../helpers/core';

// In a packaged app the PDF fonts are looked for under process.resourcesPath first. Here
// resourcesPath points at fonts that are not fonts: the smoke run must take that path (as the
// packaged app does) and fail at the letter, with the reason. Its own file: the process reads
// its fonts once.

const dirs: string[] = [];
const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
afterEach(() => {
  (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath = resourcesPath;
  dirs.splice(0).forEach(removeDir);
});

it('fails at the letter, with the reason, when the fonts beside the app are broken', async () => {
  const resources = makeSmokeRoot();
  const root = makeSmokeRoot();
  dirs.push(resources, root);
  const fontDir = path.join(resources, 'resources', 'fonts');
  fs.mkdirSync(fontDir, { recursive: true });
  for (const source of Object.values(FONT_SOURCES)) {
    for (const file of [source.normal, source.bold]) fs.writeFileSync(path.join(fontDir, file), 'this is not a font');
  }
  (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath = resources;
  const result = await runSmoke({ root, appVersion: '0.0.0-smoke' });
  expect(result).toMatchObject({ ok: false, failedStep: 'Chinese letter PDF in the worker' });
  expect(!result.ok && result.reason).toMatch(/^letters\.savePdf answered INTERNAL/);
  expect(result.steps.map((s) => s.name)).toEqual(['fresh folder', 'open and migrate', 'client through the dispatcher']);
}, 120_000);
