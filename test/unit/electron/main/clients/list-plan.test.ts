import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../electron/main/db/connection';
import { listClients } from '../../../../../electron/main/db/clients';
import { CLIENT_SORTS, ClientListInput } from '../../../../../shared/schemas/clients';
import { makeTempDir, openTestCore, removeDir, type TestCore } from '../../../helpers/core';

// The client list in every sort and filter the page offers reads an index in the order it
// shows: no scan of the clients table, no temporary B-tree to sort (issue 15). The SQL is
// taken from listClients itself, through a connection that records what it prepares.

let dir: string | undefined;
let core: TestCore | undefined;
afterEach(() => {
  core?.close();
  if (dir) removeDir(dir);
  core = undefined;
  dir = undefined;
});

function recording(db: Db): { db: Db; sql: string[] } {
  const sql: string[] = [];
  const proxy = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'prepare') return (text: string) => (sql.push(text), target.prepare(text));
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: proxy, sql };
}

function planOf(db: Db, sql: string, params: unknown[]): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}

describe('client list query plans', () => {
  it('every sort, order, status filter and archive view reads an index in order', async () => {
    dir = makeTempDir();
    core = openTestCore(dir);
    for (const name of ['张三', '李四', '王五']) await core.call('clients.create', { name });
    // No ANALYZE: the app's databases carry no statistics, so the planner works as it does for them.
    const cases: { label: string; input: Partial<ClientListInput> }[] = [];
    for (const sort of CLIENT_SORTS)
      for (const order of ['asc', 'desc'] as const)
        for (const archived of [false, true])
          for (const status of [undefined, 'negotiating'] as const) {
            if (sort === 'status' && status) continue; // one status: the sort has nothing to order
            cases.push({ label: `${sort} ${order}${archived ? ' archived' : ''}${status ? ` status=${status}` : ''}`, input: { sort, order, archived, status, page: 3 } });
          }
    for (const c of cases) {
      const { db, sql } = recording(core.db);
      listClients(db, ClientListInput.parse(c.input));
      expect(sql.length, c.label).toBeGreaterThan(0);
      for (const text of sql) {
        const params = Array.from({ length: (text.match(/\?/g) ?? []).length }, (_, i) => (i === 0 ? 0 : 'x'));
        const plan = planOf(core.db, text, params);
        expect(plan.filter((d) => /^SCAN clients$/.test(d) || /TEMP B-TREE FOR ORDER BY/.test(d)), `${c.label}: ${text}\n${plan.join('\n')}`).toEqual([]);
      }
    }
  });

  it('a search reads the narrow search index, never the table, and sorts only what matched', async () => {
    dir = makeTempDir();
    core = openTestCore(dir);
    for (const name of ['张三', '李四', '王五']) await core.call('clients.create', { name });
    // No ANALYZE: the app's databases carry no statistics, so the planner works as it does for them.
    for (const q of ['张', 'zs', 'zhang', '13800', 'P-2025']) {
      const { db, sql } = recording(core.db);
      listClients(db, ClientListInput.parse({ q, sort: 'name', order: 'asc' }));
      for (const text of sql) {
        const params = Array.from({ length: (text.match(/\?/g) ?? []).length }, (_, i) => (i === 0 ? 0 : 'x'));
        const plan = planOf(core.db, text, params);
        expect(plan.filter((d) => /^SCAN clients$/.test(d)), `${q}: ${plan.join('\n')}`).toEqual([]);
        if (/LIKE/.test(text)) expect(plan.some((d) => d.includes('clients_search')), `${q}: ${plan.join('\n')}`).toBe(true);
      }
    }
  });
});
