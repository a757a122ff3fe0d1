import Database from 'better-sqlite3-multiple-ciphers';
import { DatabaseKeyError } from '../errors';

export type Db = Database.Database;

export const KEY_BYTES = 32;

/** The case database's file name inside the data folder. */
export const DATABASE_FILE = 'parley.db';

/**
 * Opens (or creates) an encrypted case database. The key is 32 random bytes passed as a
 * raw SQLCipher key (x'..'), so no slow passphrase KDF runs at start-up: the key is
 * already random, and the OS keychain protects it.
 */
export function openDatabase(file: string, key: Buffer): Db {
  if (key.length !== KEY_BYTES) throw new Error(`database key must be ${KEY_BYTES} bytes`);
  const db = new Database(file);
  try {
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${key.toString('hex')}'"`);
    // The first read fails with SQLITE_NOTADB when the key is wrong.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code === 'SQLITE_NOTADB') throw new DatabaseKeyError(file);
    throw err;
  }
  db.pragma('journal_mode = WAL');
  // better-sqlite3 defaults to NORMAL under WAL, which can lose committed case data on power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Keep sort and temp tables in memory: temp files would not be encrypted.
  db.pragma('temp_store = MEMORY');
  return db;
}
