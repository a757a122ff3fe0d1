// Launches what electron-builder left in dist/ (the unpacked app: asar, fuses, signature,
// unpacked native module) with `--smoke-test` and fails unless every step passed.
// Used by .github/workflows/desktop.yml after `dist` on the Windows and macOS runners.
//   node .ci/smoke-packaged.mjs [dist]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dist = path.resolve(process.argv[2] ?? 'dist');
const TIMEOUT_MS = 180_000;

/** The unpacked apps this runner can execute: electron-builder's folder names per platform and arch. */
function apps() {
  if (process.platform === 'win32') return [path.join(dist, 'win-unpacked', 'Parley.exe')];
  if (process.platform === 'darwin') {
    // dist/mac (x64), dist/mac-arm64, dist/mac-universal; a runner only runs its own arch natively.
    const folders = fs.existsSync(dist) ? fs.readdirSync(dist).filter((d) => /^mac(-arm64|-universal)?$/.test(d)) : [];
    const runnable = folders.filter((d) => d === 'mac-universal' || (d === 'mac-arm64') === (process.arch === 'arm64'));
    for (const d of folders.filter((f) => !runnable.includes(f))) console.log(`(not launched: dist/${d} is for another CPU than this ${process.arch} runner)`);
    return runnable.map((d) => path.join(dist, d, 'Parley.app', 'Contents', 'MacOS', 'Parley'));
  }
  return [path.join(dist, 'linux-unpacked', 'parley')];
}

function summary(text) {
  if (process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${text}\n`);
}

const found = apps();
if (found.length === 0 || !found.every((f) => fs.existsSync(f))) {
  console.error(`No unpacked app to launch: looked for ${found.join(', ') || `mac*/Parley.app in ${dist}`}`);
  process.exit(1);
}

let failed = false;
for (const bin of found) {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-smoke-report-')), 'smoke.txt');
  console.log(`$ ${bin} --smoke-test`);
  const run = spawnSync(bin, ['--smoke-test', `--smoke-report=${report}`], { encoding: 'utf8', timeout: TIMEOUT_MS });
  if (run.stdout) process.stdout.write(run.stdout);
  if (run.stderr) process.stderr.write(run.stderr);
  const lines = fs.existsSync(report) ? fs.readFileSync(report, 'utf8').trim().split('\n') : [];
  const passed = run.status === 0 && lines.at(-1) === '[smoke] PASS';
  const why = run.error
    ? `${run.error.message}${run.error.code === 'ETIMEDOUT' ? ` (no answer within ${TIMEOUT_MS / 1000} s)` : ''}`
    : run.signal
      ? `killed by ${run.signal} (on macOS: a broken code signature ends as SIGKILL)`
      : `exit code ${run.status}`;
  if (!passed) {
    failed = true;
    console.error(`Smoke test FAILED for ${bin}: ${why}`);
    if (lines.length === 0) console.error('(no report was written: the app did not reach the smoke run)');
  }
  summary(`### Smoke test: ${path.relative(dist, bin)} – ${passed ? 'passed' : `FAILED (${why})`}\n\n\`\`\`\n${lines.join('\n') || '(no report)'}\n\`\`\``);
  if (lines.length && !run.stdout) console.log(lines.join('\n'));
}
process.exit(failed ? 1 : 0);
