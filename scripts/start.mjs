#!/usr/bin/env node
// `npm start`: build Parley and run it in Electron (electron-vite preview).
// `npm run dev`: the same with the renderer dev server and reload (electron-vite dev).
// Works on Windows, macOS and Linux: tools are run with this Node, not through a shell.

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const dev = process.argv.includes('--dev');

function explainMissingElectron(where) {
  console.error(
    [
      '',
      'Parley cannot start: the Electron binary is not installed.',
      '',
      `  Expected at: ${where}`,
      '  It was probably skipped on purpose (ELECTRON_SKIP_BINARY_DOWNLOAD=1), e.g. on a machine',
      '  that cannot download it.',
      '',
      'To get it:',
      '  - re-run `npm install` without ELECTRON_SKIP_BINARY_DOWNLOAD set, or',
      '  - run `node node_modules/electron/install.js`',
      '',
      'Without Electron you can still develop: `npm run build && npm run harness` serves Parley',
      'to a browser on this machine, backed by the same main-process code.',
      '',
    ].join('\n'),
  );
}

function step(label, args) {
  console.log(`[start] ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.error) {
    console.error(`[start] ${label} could not run: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const electron = findElectronBinary(ROOT);
if (!electron.present) {
  explainMissingElectron(path.relative(ROOT, electron.path) || electron.path);
  process.exit(1);
}

// electron-vite's package exports hide its bin; find it next to the main entry.
const electronVite = path.join(path.dirname(require.resolve('electron-vite')), '..', 'bin', 'electron-vite.js');

step('native module for Electron', [path.join(ROOT, 'scripts', 'native.mjs'), 'electron']);
if (dev) {
  step('electron-vite dev', [electronVite, 'dev']);
} else {
  step('electron-vite build', [electronVite, 'build']);
  step('electron-vite preview', [electronVite, 'preview', '--skipBuild']);
}
