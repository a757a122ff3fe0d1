import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../../../electron/main/core';
import { openDatabase } from '../../../../../electron/main/db/connection';
import { DatabaseKeyError } from '../../../../../electron/main/errors';
import { makeTempDir, openTestCore, OTHER_KEY, removeDir, TEST_KEY } from '../../../helpers/core';

// better-sqlite3-multiple-ciphers 13 is a Node-API module with prebuilt binaries in its npm
// package: the same file loads in Node and in every Electron, and nothing is compiled on
// install. These tests pin that down, and that databases written by 12.9 (the module
// Parley shipped with before) open unchanged: same SQLCipher v4 format, same raw key.

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..', '..', '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const MODULE_DIR = path.dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
const LEGACY = path.join(import.meta.dirname, 'fixtures', 'written-by-12.9.db');

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => removeDir(dir));

describe('the database module', () => {
  it('is version 13, and loads the prebuilt Node-API binary for this platform', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(MODULE_DIR, 'package.json'), 'utf8')) as { version: string };
    expect(pkg.version).toMatch(/^13\./);
    openDatabase(path.join(dir, DATABASE_FILE), TEST_KEY).close();
    const prebuild = path.join(MODULE_DIR, 'prebuilds', `${process.platform}-${process.arch}.node`);
    const loaded = Object.keys(require.cache).filter((f) => f.endsWith('.node') && f.startsWith(MODULE_DIR));
    expect(loaded).toEqual([prebuild]);
    // Nothing was compiled on install: node-gyp leaves a build/ folder behind.
    expect(fs.existsSync(path.join(MODULE_DIR, 'build'))).toBe(false);
  });

  it('ships prebuilt binaries for every platform Parley is packaged for', () => {
    for (const target of ['win32-x64', 'win32-arm64', 'darwin-x64', 'darwin-arm64']) {
      expect(fs.existsSync(path.join(MODULE_DIR, 'prebuilds', `${target}.node`)), target).toBe(true);
    }
  });
});

describe('a database written by better-sqlite3-multiple-ciphers 12.9', () => {
  function copyLegacy(): string {
    fs.copyFileSync(LEGACY, path.join(dir, DATABASE_FILE));
    return path.join(dir, DATABASE_FILE);
  }

  it('is encrypted on disk (no readable header, no names)', () => {
    const bytes = fs.readFileSync(LEGACY);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
    expect(bytes.includes(Buffer.from('张三堃', 'utf8'))).toBe(false);
    expect(bytes.includes(Buffer.from('招商银行', 'utf8'))).toBe(false);
  });

  it('opens with the same key and reads back its client and debt exactly', async () => {
    copyLegacy();
    const core = openTestCore(dir);
    try {
      const page = await core.call('clients.list', { page: 1, pageSize: 50 });
      expect(page.items.map((r) => r.name)).toEqual(['张三堃']);
      const debts = core.db.prepare('SELECT account_ref, principal_fen, interest_fen FROM debts').all();
      expect(debts).toEqual([{ account_ref: '6225 **** **** 8841', principal_fen: 1_234_567, interest_fen: 8_900 }]);
      expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      core.close();
    }
  });

  it('refuses another key and leaves the file as it was', () => {
    const file = copyLegacy();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file, OTHER_KEY)).toThrow(DatabaseKeyError);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('keeps the SQLCipher v4 settings after a write, and reopens through the whole core', async () => {
    const file = copyLegacy();
    const db = openDatabase(file, TEST_KEY);
    expect(db.pragma('cipher', { simple: true })).toBe('sqlcipher');
    expect(Number(db.pragma('legacy', { simple: true }))).toBe(4);
    db.prepare(`UPDATE debts SET notes = 'written by 13'`).run();
    db.close();
    const core = openTestCore(dir);
    try {
      expect(core.db.prepare('SELECT notes FROM debts').pluck().get()).toBe('written by 13');
    } finally {
      core.close();
    }
    expect(fs.readFileSync(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
  });
});
