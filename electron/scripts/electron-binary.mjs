// Where the Electron binary is, without requiring 'electron': the package's index.js
// starts a download when the binary is missing, and that must never happen here.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * @param {string} root the project folder (where node_modules is found from)
 * @returns {{ present: boolean, path: string, version: string | null }}
 */
export function findElectronBinary(root) {
  const require = createRequire(path.join(root, 'package.json'));
  let dir;
  try {
    dir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { present: false, path: path.join(root, 'node_modules', 'electron'), version: null };
  }
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, 'dist');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return { present: false, path: distDir, version };
  const binary = path.join(distDir, fs.readFileSync(pathFile, 'utf8').trim());
  return { present: fs.existsSync(binary), path: binary, version };
}
