#!/usr/bin/env node
// `npm start`: build Parley and run it in Electron (electron-vite preview).
// `npm run dev`: the same with the renderer dev server and reload (electron-vite dev).
// Works on Windows, macOS and Linux: tools are run with this Node, not through a shell.
//
// Electron fetches its own binary on first use. Where that download is blocked, this
// says so plainly and opens Parley in the browser preview instead (the development
// harness), so a newcomer still sees the app; `--no-preview` only explains and exits.

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const dev = process.argv.includes('--dev');
const preview = !process.argv.includes('--no-preview');

function run(label, args, { exitOnFailure = true, quiet = false } = {}) {
  console.log(`[start] ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (result.error) console.error(`[start] ${label} could not run: ${result.error.message}`);
  // A quiet step reports one line on failure, not the tool's stack trace.
  if (quiet && result.status !== 0) {
    const firstLine = `${result.stderr ?? ''}`.split('\n').find((line) => line.trim()) ?? 'no reason given';
    console.error(`[start] ${label} failed: ${firstLine.trim()}`);
  }
  const ok = !result.error && result.status === 0;
  if (!ok && exitOnFailure) process.exit(result.status || 1);
  return ok;
}

function explainMissingElectron(where) {
  console.error(
    [
      '',
      'Parley cannot start as a desktop app: the Electron binary is not installed and could not be downloaded.',
      '',
      `  Expected at: ${where}`,
      '',
      'To get it, on a machine that can reach Electron\'s downloads:',
      '  node node_modules/electron/install.js',
      '',
      'Without Electron, Parley runs in a browser on this machine, backed by the same',
      'main-process code: `npm run build && npm run harness` (a development tool: a test key,',
      'data in .tmp/harness-data, reachable from this computer only).',
      '',
    ].join('\n'),
  );
}

let electron = findElectronBinary(ROOT);
if (!electron.present && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  run('downloading the Electron binary (first start only)', [path.join(ROOT, 'node_modules', 'electron', 'install.js')], {
    exitOnFailure: false,
    quiet: true,
  });
  electron = findElectronBinary(ROOT);
}

// electron-vite's package exports hide its bin; find it next to the main entry.
const electronVite = path.join(path.dirname(require.resolve('electron-vite')), '..', 'bin', 'electron-vite.js');

if (!electron.present) {
  explainMissingElectron(path.relative(ROOT, electron.path) || electron.path);
  if (!preview) process.exit(1);
  console.log('[start] Opening the browser preview instead. Stop it with Ctrl+C.\n');
  run('electron-vite build', [electronVite, 'build']);
  run('browser preview', [require.resolve('tsx/cli'), path.join(ROOT, 'test', 'harness', 'cli.ts')]);
  process.exit(0);
}

if (dev) {
  run('electron-vite dev', [electronVite, 'dev']);
} else {
  run('electron-vite build', [electronVite, 'build']);
  run('electron-vite preview', [electronVite, 'preview', '--skipBuild']);
}
