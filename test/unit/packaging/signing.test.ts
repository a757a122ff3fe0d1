import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../helpers/core';

// .ci/signing.mjs decides, on the desktop workflow's runners, whether the package is signed.
// Run here as the workflow runs it, with the secrets present or missing.

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

const SECRETS = ['MAC_CSC_LINK', 'MAC_CSC_KEY_PASSWORD', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID', 'WIN_CSC_LINK'];

function plan(os: string, secrets: Record<string, string>) {
  const dir = makeTempDir('parley-signing-');
  dirs.push(dir);
  const output = path.join(dir, 'output');
  const summary = path.join(dir, 'summary.md');
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary };
  // A secret the repository lacks reaches the step as an empty string.
  for (const name of SECRETS) env[name] = secrets[name] ?? '';
  const run = spawnSync(process.execPath, [path.join(ROOT, '.ci', 'signing.mjs'), os], { encoding: 'utf8', env });
  expect(run.status, run.stderr).toBe(0);
  const outputs = Object.fromEntries(fs.readFileSync(output, 'utf8').trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  return { outputs, summary: fs.readFileSync(summary, 'utf8'), stdout: run.stdout };
}

describe('the signing plan', () => {
  it('macOS without secrets: an ad-hoc signed test build with its own entitlements, and the summary says unsigned', () => {
    const { outputs, summary } = plan('macOS', {});
    expect(outputs).toEqual({
      signed: 'false',
      notarized: 'false',
      builder_args:
        '-c.mac.identity=- -c.mac.entitlements=resources/entitlements.mac.adhoc.plist -c.mac.entitlementsInherit=resources/entitlements.mac.adhoc.plist -c.mac.notarize=false',
    });
    expect(summary).toMatch(/unsigned test build/);
    expect(summary).toMatch(/Open Anyway/);
    expect(fs.existsSync(path.join(ROOT, 'resources', 'entitlements.mac.adhoc.plist'))).toBe(true);
  });

  it('macOS with the certificate and the Apple ID: signed and notarised, no extra arguments', () => {
    const { outputs, summary } = plan('macOS', { MAC_CSC_LINK: 'base64-p12', MAC_CSC_KEY_PASSWORD: 'pw', APPLE_ID: 'a@b.c', APPLE_APP_SPECIFIC_PASSWORD: 'x', APPLE_TEAM_ID: 'T' });
    expect(outputs).toEqual({ signed: 'true', notarized: 'true', builder_args: '' });
    expect(summary).toMatch(/signed with the Developer ID certificate and notarised/);
  });

  it('macOS with the certificate only: signed, notarisation switched off, and the summary says so', () => {
    const { outputs, summary } = plan('macOS', { MAC_CSC_LINK: 'base64-p12', MAC_CSC_KEY_PASSWORD: 'pw' });
    expect(outputs).toEqual({ signed: 'true', notarized: 'false', builder_args: '-c.mac.notarize=false' });
    expect(summary).toMatch(/not notarised/);
  });

  it('Windows: signed with WIN_CSC_LINK, unsigned without it (and says SmartScreen will warn)', () => {
    expect(plan('Windows', { WIN_CSC_LINK: 'base64-pfx' }).outputs).toEqual({ signed: 'true', notarized: 'false', builder_args: '' });
    const unsigned = plan('Windows', { MAC_CSC_LINK: 'the mac one is not for Windows', MAC_CSC_KEY_PASSWORD: 'pw' });
    expect(unsigned.outputs.signed).toBe('false');
    expect(unsigned.summary).toMatch(/unsigned build[\s\S]*More info → Run anyway/);
  });

  it('never prints a secret', () => {
    const { stdout, summary } = plan('macOS', { MAC_CSC_LINK: 'SECRET-P12-BYTES', MAC_CSC_KEY_PASSWORD: 'SECRET-PW' });
    expect(stdout + summary).not.toMatch(/SECRET-/);
  });
});
