// `npm test` (test/run-all.mjs): every check CI runs, in order, stopping at the first failure.
// typecheck → lint → electronegativity → unit tests → build → e2e (Chromium via the harness; the Electron
// project runs only where an Electron binary exists and says so when it is skipped).
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['Electron security checks (electronegativity)', 'node', ['test/security/electronegativity.mjs']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['electron-vite', 'build']],
  ['e2e', 'npx', ['playwright', 'test']],
];

const results = [];
for (const [name, command, args] of steps) {
  console.log(`\n━━ ${name} ━━ ${command} ${args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`${run.status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
  if (run.status !== 0) {
    console.error(`\n${results.join('\n')}\n\nnpm test: "${name}" failed.`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\n${results.join('\n')}\n\nnpm test: all steps passed.`);
