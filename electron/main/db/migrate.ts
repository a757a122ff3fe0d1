import fs from 'node:fs';
import path from 'node:path';
import { DatabaseTooNewError } from '../errors';
import type { Db } from './connection';
import type { Migration } from './migrations/types';

export interface MigrationResult {
  from: number;
  to: number;
  /** The copy of the old file taken before migrating, if there was an old file. */
  backupFile: string | null;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function checkNumbering(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration "${m.name}" is numbered ${m.version}, expected ${i + 1}`);
  });
}

/**
 * Brings the database up to the newest schema. Each migration runs in its own
 * transaction together with the version bump, so a failure leaves the file at the
 * last good version. A database that already holds data is copied aside first.
 */
export function migrate(db: Db, file: string, migrations: readonly Migration[], now: Date): MigrationResult {
  checkNumbering(migrations);
  const latest = migrations.length;
  const from = schemaVersion(db);
  if (from > latest) throw new DatabaseTooNewError(from, latest);
  if (from === latest) return { from, to: from, backupFile: null };

  let backupFile: string | null = null;
  if (from > 0 && file !== ':memory:') {
    // Fold the WAL into the main file so the copy is complete; the copy stays encrypted.
    db.pragma('wal_checkpoint(TRUNCATE)');
    const dir = path.join(path.dirname(file), 'pre-migration');
    fs.mkdirSync(dir, { recursive: true });
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    backupFile = path.join(dir, `${path.basename(file, '.db')}-v${from}-${stamp}.db`);
    fs.copyFileSync(file, backupFile, fs.constants.COPYFILE_EXCL);
  }

  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of migrations.slice(from)) {
    const keysWereOn = db.pragma('foreign_keys', { simple: true }) === 1;
    if (m.foreignKeysOff) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        m.up(db);
        if (m.foreignKeysOff) {
          const broken = db.pragma('foreign_key_check') as unknown[];
          if (broken.length > 0) throw new Error(`migration "${m.name}" leaves ${broken.length} broken foreign key(s)`);
        }
        record.run(m.version, m.name, now.toISOString());
        db.pragma(`user_version = ${m.version}`);
      })();
    } finally {
      if (m.foreignKeysOff && keysWereOn) db.pragma('foreign_keys = ON');
    }
  }
  return { from, to: latest, backupFile };
}
