import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../../../electron/main/core';
import { openDatabase } from '../../../../../electron/main/db/connection';
import { migrate } from '../../../../../electron/main/db/migrate';
import { MIGRATIONS } from '../../../../../electron/main/db/migrations';
import { DatabaseKeyError } from '../../../../../electron/main/errors';
import { dirHashes, makeTempDir, openTestCore, OTHER_KEY, removeDir, TEST_KEY } from '../../../helpers/core';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => removeDir(dir));

/** Every file the database consists of, concatenated. */
function allBytes(): Buffer {
  return Buffer.concat(
    fs
      .readdirSync(dir)
      .filter((n) => n.startsWith(DATABASE_FILE))
      .map((n) => fs.readFileSync(path.join(dir, n))),
  );
}

describe('openDatabase: encryption', () => {
  const NAME = '张三丰';
  const PHONE = '13912345678';
  const ID = '11010519491231002X';
  const NOTE = 'owes-CMB-credit-card';
  const needles = [
    ['name (UTF-8)', Buffer.from(NAME, 'utf8')],
    ['name (UTF-16LE)', Buffer.from(NAME, 'utf16le')],
    ['phone digits', Buffer.from(PHONE, 'ascii')],
    ['ID number', Buffer.from(ID, 'ascii')],
    ['ID number body', Buffer.from(ID.slice(0, 17), 'ascii')],
    ['notes', Buffer.from(NOTE, 'ascii')],
    ['pinyin key', Buffer.from('zhangsanfeng', 'ascii')],
    ['SQLite header', Buffer.from('SQLite format 3\0', 'ascii')],
    ['schema text', Buffer.from('CREATE TABLE', 'ascii')],
  ] as const;

  it('writes none of the plaintext to the database or its WAL', async () => {
    const core = openTestCore(dir);
    const created = await core.call('clients.create', { name: NAME, phone: PHONE, idNumber: ID, notes: NOTE });
    await core.call('clients.revealIdNumber', { id: created.id });

    // While open, the change sits in the WAL.
    const walFile = path.join(dir, `${DATABASE_FILE}-wal`);
    expect(fs.existsSync(walFile)).toBe(true);
    expect(fs.statSync(walFile).size).toBeGreaterThan(0);
    const whileOpen = allBytes();
    core.close();
    const afterClose = allBytes();

    // Guard against a vacuous pass: the same needles are found in an unencrypted copy.
    const plainFile = path.join(dir, 'plain.sqlite');
    const plain = new Database(plainFile);
    plain.exec('CREATE TABLE t (name TEXT, phone TEXT, id TEXT, notes TEXT, pinyin TEXT)');
    plain.prepare('INSERT INTO t VALUES (?, ?, ?, ?, ?)').run(NAME, PHONE, ID, NOTE, 'zhangsanfeng');
    plain.close();
    const plainBytes = fs.readFileSync(plainFile);
    for (const [label, needle] of needles) {
      if (label !== 'name (UTF-16LE)') expect(plainBytes.includes(needle), `plain ${label}`).toBe(true);
    }

    expect(whileOpen.length).toBeGreaterThan(4096);
    for (const [label, needle] of needles) {
      expect(whileOpen.includes(needle), `open: ${label}`).toBe(false);
      expect(afterClose.includes(needle), `closed: ${label}`).toBe(false);
    }
  });

  it('reads back what it wrote with the same key', async () => {
    const core = openTestCore(dir);
    const { id } = await core.call('clients.create', { name: NAME, idNumber: ID });
    core.close();
    const again = openTestCore(dir);
    try {
      expect(await again.call('clients.revealIdNumber', { id })).toEqual({ idNumber: ID });
    } finally {
      again.close();
    }
  });

  it('refuses the wrong key with DatabaseKeyError and leaves the file byte-identical', async () => {
    const core = openTestCore(dir);
    await core.call('clients.create', { name: NAME, phone: PHONE });
    core.close();
    const before = dirHashes(dir);
    expect(Object.keys(before)).toEqual([DATABASE_FILE]);

    const file = path.join(dir, DATABASE_FILE);
    expect(() => openDatabase(file, OTHER_KEY)).toThrow(DatabaseKeyError);
    expect(() => openTestCore(dir, { key: OTHER_KEY })).toThrow(DatabaseKeyError);
    expect(dirHashes(dir)).toEqual(before);

    // and the right key still works afterwards
    const db = openDatabase(file, TEST_KEY);
    expect((db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n).toBe(1);
    db.close();
  });

  it('refuses a file that is not a database with DatabaseKeyError, unchanged', () => {
    const file = path.join(dir, DATABASE_FILE);
    fs.writeFileSync(file, Buffer.alloc(8192, 7));
    const before = dirHashes(dir);
    expect(() => openDatabase(file, TEST_KEY)).toThrow(DatabaseKeyError);
    expect(dirHashes(dir)).toEqual(before);
  });

  it('refuses an unencrypted SQLite file with DatabaseKeyError', () => {
    const file = path.join(dir, DATABASE_FILE);
    const plain = new Database(file);
    plain.exec('CREATE TABLE t (x)');
    plain.close();
    expect(() => openDatabase(file, TEST_KEY)).toThrow(DatabaseKeyError);
  });

  it('refuses a key of the wrong length', () => {
    const file = path.join(dir, DATABASE_FILE);
    expect(() => openDatabase(file, Buffer.alloc(16))).toThrow(/32 bytes/);
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('openDatabase: pragmas', () => {
  it('uses WAL, foreign keys and synchronous=FULL', () => {
    const db = openDatabase(path.join(dir, DATABASE_FILE), TEST_KEY);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    } finally {
      db.close();
    }
  });

  it('keeps them after migrations, on reopening', () => {
    const file = path.join(dir, DATABASE_FILE);
    const first = openDatabase(file, TEST_KEY);
    migrate(first, file, MIGRATIONS, new Date());
    first.close();
    const db = openDatabase(file, TEST_KEY);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
    } finally {
      db.close();
    }
  });

  it('enforces foreign keys', () => {
    const db = openDatabase(path.join(dir, DATABASE_FILE), TEST_KEY);
    try {
      db.exec('CREATE TABLE parent (id INTEGER PRIMARY KEY); CREATE TABLE child (p INTEGER REFERENCES parent (id))');
      expect(() => db.prepare('INSERT INTO child VALUES (42)').run()).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
  });
});
