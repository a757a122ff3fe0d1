import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { isSmokeRequest, makeSmokeRoot, runSmoke, smokeCommand, smokeReportFile } from '../../../../../electron/main/smoke/run';
import { removeDir } from '../../../helpers/core';

// The packaged app's smoke run (`Parley --smoke-test`), here in plain Node: the same
// function, the same dispatcher, PDF worker and backup code the workflow launches inside
// the packaged app on Windows and macOS.

const roots: string[] = [];
const fresh = () => {
  const r = makeSmokeRoot();
  roots.push(r);
  return r;
};
afterEach(() => roots.splice(0).forEach(removeDir));

describe('the smoke run', () => {
  it('opens a new data folder, writes and reads a client, renders a Chinese letter in the worker, backs up and verifies', async () => {
    const root = fresh();
    const lines: string[] = [];
    const result = await runSmoke({ root, appVersion: '0.0.0-smoke', log: (l) => lines.push(l) });
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    expect(result.steps.map((s) => s.name)).toEqual([
      'fresh folder',
      'open and migrate',
      'client through the dispatcher',
      'Chinese letter PDF in the worker',
      'backup and verify',
      'close',
    ]);
    expect(lines.at(-1)).toBe('[smoke] PASS');
    // What it left behind is real: a PDF in the outbox and one backup file.
    const [pdf] = fs.readdirSync(path.join(root, 'outbox'));
    expect(pdf).toMatch(/\.pdf$/);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(root, 'outbox', pdf!), '-'], { encoding: 'utf8' });
    expect(text).toContain('王堃喆');
    expect(text).toContain('招商银行信用卡中心');
    expect(fs.readdirSync(path.join(root, 'backups'))).toEqual([expect.stringMatching(/\.parleybak$/)]);
  }, 120_000);

  it('refuses a folder that already holds something, and says why', async () => {
    const root = fresh();
    fs.writeFileSync(path.join(root, 'parley.key'), 'not ours');
    const lines: string[] = [];
    const result = await runSmoke({ root, appVersion: '0.0.0-smoke', log: (l) => lines.push(l) });
    expect(result).toMatchObject({ ok: false, failedStep: 'fresh folder' });
    expect(!result.ok && result.reason).toMatch(/not empty/);
    expect(lines.at(-1)).toMatch(/^\[smoke\] FAIL at "fresh folder"/);
    expect(fs.readdirSync(root)).toEqual(['parley.key']);
  });

  it('is asked for by its own switch only, and copies its lines to a report file when asked', () => {
    expect(isSmokeRequest(['Parley.exe', '--smoke-test'])).toBe(true);
    expect(isSmokeRequest(['Parley.exe'])).toBe(false);
    expect(isSmokeRequest(['Parley.exe', '--smoke-test=1'])).toBe(false);
    expect(smokeReportFile(['Parley.exe', '--smoke-test'])).toBeNull();
    expect(smokeReportFile(['Parley.exe', '--smoke-test', '--smoke-report=out/smoke.txt'])).toBe(path.resolve('out/smoke.txt'));
  });

  it('as a command: exit code 0, a report file, and its own folder removed afterwards', async () => {
    const parent = fresh();
    const out = fresh();
    const report = path.join(out, 'smoke.txt');
    const printed: string[] = [];
    const code = await smokeCommand({ parent, argv: ['--smoke-test', `--smoke-report=${report}`], appVersion: '0.0.0-smoke', print: (l) => printed.push(l) });
    expect(code, printed.join('\n')).toBe(0);
    expect(fs.existsSync(parent)).toBe(false);
    expect(fs.readFileSync(report, 'utf8')).toBe(`${printed.join('\n')}\n`);
    expect(printed.at(-1)).toBe('[smoke] PASS');
  }, 120_000);

  it('as a command: exit code 1 with the reason when a step fails', async () => {
    const parent = fresh();
    // Something already took the run folder: the command refuses to share it.
    fs.mkdirSync(path.join(parent, 'run'));
    const printed: string[] = [];
    const code = await smokeCommand({ parent, argv: ['--smoke-test'], appVersion: '0.0.0-smoke', print: (l) => printed.push(l) });
    expect(code).toBe(1);
    expect(printed.at(-1)).toMatch(/^\[smoke\] FAIL: .*EEXIST/);
    expect(fs.existsSync(parent)).toBe(false);
  });
});
