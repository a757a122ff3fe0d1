import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm ci` installs exactly what package-lock.json lists, on every platform. A lock written
// carelessly (by an npm that only saw this machine's optional packages) would leave the
// Windows and macOS builds of the bundlers out, and `npm ci` would then fail on the
// packaging runners. This reads the lock as npm would.

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, { version?: string; integrity?: string; os?: string[]; cpu?: string[]; hasInstallScript?: boolean; dev?: boolean }>;
};
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};

describe('package-lock.json', () => {
  it('is a lockfile npm ci reads (version 3)', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  const needed = [
    '@rollup/rollup-win32-x64-msvc',
    '@rollup/rollup-darwin-arm64',
    '@rollup/rollup-darwin-x64',
    '@esbuild/win32-x64',
    '@esbuild/darwin-arm64',
    '@esbuild/darwin-x64',
  ];
  it.each(needed)('lists %s with its integrity hash', (name) => {
    const entry = lock.packages[`node_modules/${name}`];
    expect(entry, `${name} missing from the lock`).toBeDefined();
    expect(entry?.integrity).toMatch(/^sha512-/);
    expect(entry?.os?.length).toBe(1);
  });

  it('pins the database module at 13.x, whose npm package carries its binaries (no install script)', () => {
    expect(pkg.dependencies['better-sqlite3-multiple-ciphers']).toMatch(/^13\.\d+\.\d+$/);
    const entry = lock.packages['node_modules/better-sqlite3-multiple-ciphers'];
    expect(entry?.version).toMatch(/^13\./);
    expect(entry?.hasInstallScript).toBeFalsy();
    // npm would still run node-gyp for its binding.gyp; package.json denies that.
    expect(pkg.allowScripts['better-sqlite3-multiple-ciphers']).toBe(false);
  });

  it('needs Node 22.12 or newer', () => {
    expect(pkg.engines.node).toBe('>=22.12.0');
  });
});
