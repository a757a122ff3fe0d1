import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../../../helpers/core';

// .ci/smoke-packaged.mjs is what the desktop workflow runs on the unpacked app. Here a fake
// dist/linux-unpacked/parley stands in for the binary: the smoke command in plain Node, or a
// program that dies before reaching it.

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..', '..', '..');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function fakeDist(script: string): string {
  const dist = makeTempDir('parley-dist-');
  dirs.push(dist);
  const bin = path.join(dist, 'linux-unpacked', 'parley');
  fs.mkdirSync(path.dirname(bin));
  fs.writeFileSync(bin, `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  return dist;
}

const runScript = (dist: string, env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [path.join(ROOT, '.ci', 'smoke-packaged.mjs'), dist], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });

it.runIf(process.platform === 'linux')('passes when the app passes its smoke run, and writes the job summary', () => {
  const dist = fakeDist(`exec "${process.execPath}" --import tsx "${path.join(import.meta.dirname, 'fake-app.ts')}" "$@"`);
  const summary = path.join(dist, 'summary.md');
  const run = runScript(dist, { GITHUB_STEP_SUMMARY: summary });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  expect(run.stdout).toContain('[smoke] PASS');
  expect(fs.readFileSync(summary, 'utf8')).toMatch(/Smoke test: linux-unpacked\/parley – passed[\s\S]*\[smoke\] ok {3}backup and verify/);
}, 120_000);

it.runIf(process.platform === 'linux')('fails, saying how, when the app dies before its smoke run', () => {
  const dist = fakeDist('kill -9 $$');
  const run = runScript(dist);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('killed by SIGKILL');
  expect(run.stderr).toContain('no report was written');
});

it('fails when there is no unpacked app at all', () => {
  const dist = makeTempDir('parley-dist-');
  dirs.push(dist);
  const run = runScript(dist);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/No unpacked app to launch/);
});
