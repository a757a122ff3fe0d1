import { utcToZoned } from '../../../../../shared/schemas/contacts';
import type { TimelineItem } from '../../../../../shared/schemas/timeline';

// A readable timeline: several entries of the same kind, action and day – offers sent to five
// lenders, letters drafted for all of them, the contacts those sends logged – become one entry
// that expands. The calls and incidents the counsellor logs, court steps and status changes
// always stand alone.

export type GroupKind = 'offer' | 'letter' | 'payment' | 'contact';

export type TimelineEntry =
  | { kind: 'item'; item: TimelineItem }
  | { kind: 'group'; key: string; group: GroupKind; action: string; day: string; items: TimelineItem[]; lenders: number };

/** What an entry groups by; null when it stands alone. A sent offer's own contact joins the sent offers. */
function groupOf(item: TimelineItem, timeZone: string): { group: GroupKind; action: string; day: string } | null {
  const day = utcToZoned(item.at, timeZone).date;
  switch (item.type) {
    case 'offer':
      return { group: 'offer', action: item.offer.status, day };
    case 'letter':
      return { group: 'letter', action: item.letter.event, day };
    case 'payment':
      return { group: 'payment', action: 'received', day };
    case 'contact':
      if (item.contact.source === 'offer') return { group: 'offer', action: 'sent', day };
      return item.contact.source === 'manual' ? null : { group: 'contact', action: item.contact.source, day };
    default:
      return null;
  }
}

/** Entries in the items' order; a group stands where its newest member stood. */
export function groupTimeline(items: readonly TimelineItem[], timeZone: string): TimelineEntry[] {
  const keyed = items.map((item) => {
    const g = groupOf(item, timeZone);
    return { item, g, key: g ? `${g.group}:${g.action}:${g.day}` : null };
  });
  const members = new Map<string, TimelineItem[]>();
  for (const k of keyed) if (k.key) members.set(k.key, [...(members.get(k.key) ?? []), k.item]);
  const out: TimelineEntry[] = [];
  const placed = new Set<string>();
  for (const { item, g, key } of keyed) {
    const group = key ? members.get(key)! : [];
    if (!g || !key || group.length < 2) {
      out.push({ kind: 'item', item });
      continue;
    }
    if (placed.has(key)) continue;
    placed.add(key);
    out.push({ kind: 'group', key: `group:${key}`, group: g.group, action: g.action, day: g.day, items: group, lenders: new Set(group.map((i) => i.lenderId ?? 0)).size });
  }
  return out;
}
