import type { z } from 'zod';
import type { Db } from './connection';
import { readJson } from './json';
import { stmt } from './statements';

// The settings table: one JSON value per key. Each key's owner passes the schema of what it
// writes there, so a value is checked when it is read back.

export function readSetting<S extends z.ZodType>(db: Db, key: string, schema: S): z.output<S> | undefined {
  const row = stmt(db, 'SELECT value_json FROM settings WHERE key = ?').get(key) as { value_json: string } | undefined;
  return row ? readJson(schema, row.value_json, `settings[${key}]`) : undefined;
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  stmt(db, 'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json').run(
    key,
    JSON.stringify(value),
  );
}

export function deleteSetting(db: Db, key: string): void {
  stmt(db, 'DELETE FROM settings WHERE key = ?').run(key);
}
