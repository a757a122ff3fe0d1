import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './connection';

// Prepared statements are cached per connection and SQL text: preparing costs more
// than running most of our queries.
const caches = new WeakMap<Db, Map<string, Statement>>();

export function stmt(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
