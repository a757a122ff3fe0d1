// The restore's check of a staged snapshot (integrityOk: quick_check on a connection that
// verifies each page's HMAC as it reads it): it passes a sound file and refuses damaged ones –
// a changed byte inside a record's text too, where the b-trees are still whole.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/main/db/connection';
import { integrityOk, openSnapshot } from '../../../../../electron/main/db/snapshot';
import { makeTempDir, removeDir, TEST_KEY } from '../../../helpers/core';

const PAGE = 4096;
let dir: string;
let file: string;
beforeEach(() => {
  dir = makeTempDir();
  file = path.join(dir, 'snap.db');
  const db = openDatabase(file, TEST_KEY);
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 400; i++) insert.run(`第${i}条记录：${'还款协商'.repeat(400)}`);
  })();
  db.pragma('journal_mode = DELETE');
  db.close();
});
afterEach(() => removeDir(dir));

/** Flips one byte `at` bytes into page `page` (1-based) of the file. */
function flip(page: number, at: number): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const pos = (page - 1) * PAGE + at;
    const b = Buffer.alloc(1);
    fs.readSync(fd, b, 0, 1, pos);
    b[0] = b[0]! ^ 0x5a;
    fs.writeSync(fd, b, 0, 1, pos);
  } finally {
    fs.closeSync(fd);
  }
}

function checked(): boolean {
  const db = openSnapshot(file, TEST_KEY);
  try {
    return integrityOk(db);
  } catch {
    return false;
  } finally {
    db.close();
  }
}

describe('integrityOk on a staged snapshot', () => {
  it('passes a sound snapshot', () => {
    expect(fs.statSync(file).size / PAGE).toBeGreaterThan(100);
    expect(checked()).toBe(true);
  });

  it('refuses a snapshot with one changed byte inside a record’s text (an overflow page)', () => {
    const pages = fs.statSync(file).size / PAGE;
    flip(Math.floor(pages / 2), 2048);
    expect(checked()).toBe(false);
  });

  it('refuses a snapshot whose b-tree page header is damaged', () => {
    flip(3, 10);
    expect(checked()).toBe(false);
  });

  // The check enlarges the cache for itself (the time it saves is the benchmark's); a connection handed back keeps its own.
  it('leaves the connection’s cache size as it was', () => {
    const db = openSnapshot(file, TEST_KEY);
    try {
      db.pragma('cache_size = -3000');
      expect(integrityOk(db)).toBe(true);
      expect(db.pragma('cache_size', { simple: true })).toBe(-3000);
    } finally {
      db.close();
    }
  });
});
