// A case's rows with every id replaced by what it stands for, so the same case in two
// databases compares equal: a row's own id becomes its position in its table, a key to a
// case row becomes "<table>#<position>", a lender becomes its name, a stored file its hash.
import { CASE_TABLES, caseRows, tableExists, tableShape } from '../../../../../electron/main/db/case-tables';
import type { Db } from '../../../../../electron/main/db/connection';

export function caseDump(db: Db, clientId: number, ignore: Record<string, string[]> = {}): Record<string, Record<string, unknown>[]> {
  const rowsByTable = new Map<string, Record<string, unknown>[]>();
  const position = new Map<string, Map<number, number>>();
  for (const t of CASE_TABLES) {
    if (!tableExists(db, t.table)) continue;
    const rows = caseRows(db, t, clientId);
    rowsByTable.set(t.table, rows);
    position.set(t.table, new Map(rows.map((r, i) => [Number(r['id']), i])));
  }
  const lenderName = (id: number) => (db.prepare('SELECT name FROM lenders WHERE id = ?').get(id) as { name: string }).name;
  const fileHash = (id: number) => (db.prepare('SELECT sha256 FROM files WHERE id = ?').get(id) as { sha256: string }).sha256;
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const [table, rows] of rowsByTable) {
    const shape = tableShape(db, table);
    const skip = new Set(['id', ...(ignore[table] ?? [])]);
    out[table] = rows.map((r) => {
      const n: Record<string, unknown> = {};
      for (const c of shape.columns) {
        if (skip.has(c)) continue;
        const fk = shape.foreignKeys.find((f) => f.column === c);
        const v = r[c];
        if (!fk || v === null) n[c] = v;
        else if (fk.target === 'lenders') n[c] = `lender:${lenderName(Number(v))}`;
        else if (fk.target === 'files') n[c] = `file:${fileHash(Number(v))}`;
        else if (fk.target === 'template_versions') n[c] = null;
        else n[c] = `${fk.target}#${position.get(fk.target)?.get(Number(v))}`;
      }
      return n;
    });
  }
  return out;
}
