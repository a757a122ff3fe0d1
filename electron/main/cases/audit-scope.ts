import { allAuditRows, type AuditRow } from '../db/audit';
import type { Db } from '../db/connection';

// Which audit rows concern one client. Other capabilities write audit rows under their own
// entity names ('client', 'debt', 'followUp', 'letter', …), so an entity is matched to a
// case table by its letters alone ('followUp', 'follow_up' and 'followups' all read
// "followup"). A row also concerns the client when its before/after says so ("clientId": N)
// or holds any of the client's identifying texts (name, phone, ID number, case number,
// e-mail) – the last is the safety net that keeps a purged person out of the log even
// when an entity name is unknown here.

/** Entity names some capabilities use that do not spell their table. */
const ENTITY_ALIASES: Record<string, string> = {
  evidence: 'attachment',
  installment: 'instalment',
  statuschange: 'clientstatuschange',
  incident: 'contact',
};

export function entityKey(name: string): string {
  const key = name.toLowerCase().replace(/[^a-z]/g, '').replace(/s$/, '');
  return ENTITY_ALIASES[key] ?? key;
}

/** Texts that identify a person and must not outlive a purge (short ones are left out: they match by chance). */
export function identifyingTexts(client: Record<string, unknown>): string[] {
  const out = new Set<string>();
  for (const key of ['name', 'phone', 'id_number', 'case_ref', 'email']) {
    const v = client[key];
    if (typeof v === 'string' && v.trim().length >= 2) out.add(v.trim());
  }
  const phone = client['phone'];
  if (typeof phone === 'string') {
    const digits = phone.replace(/\D/g, '');
    if (digits.length >= 7) out.add(digits);
  }
  return [...out];
}

export function clientAuditRows(db: Db, clientId: number, idsByTable: ReadonlyMap<string, ReadonlySet<number>>, texts: readonly string[]): AuditRow[] {
  const byKey = new Map<string, ReadonlySet<number>>();
  for (const [table, ids] of idsByTable) byKey.set(entityKey(table), ids);
  const rows = allAuditRows(db);
  return rows.filter((r) => {
    const text = `${r.entity_id ?? ''}\u0000${r.before_json ?? ''}\u0000${r.after_json ?? ''}`;
    // The clients the row itself names: a row about a deleted debt whose id was reused by
    // another client's debt names its own client, and is not this case's.
    const named = new Set([...text.matchAll(/"(?:clientId|client_id)":(\d+)/g)].map((m) => Number(m[1])));
    if (named.has(clientId)) return true;
    const ids = byKey.get(entityKey(r.entity));
    if (named.size === 0 && ids && r.entity_id !== null && /^\d+$/.test(r.entity_id) && ids.has(Number(r.entity_id))) return true;
    return texts.some((t) => text.includes(t));
  });
}
