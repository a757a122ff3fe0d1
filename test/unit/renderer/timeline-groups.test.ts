import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../shared/schemas/timeline';
import { groupTimeline } from '../../../renderer/src/pages/clients/tabs/timelineGroups';

// Sending offers to five lenders (each send logs its contact) reads as one entry, not ten; the
// counsellor's own calls, offers of another day and lone entries stand alone.

const base = (key: string, at: string, lenderId: number) => ({ key, at, lenderId, lenderName: `L${lenderId}`, debtId: lenderId });
const offer = (id: number, at: string, lenderId: number, status = 'sent'): TimelineItem => ({
  ...base(`offer:${id}`, at, lenderId),
  type: 'offer',
  offer: { eventId: id, offerId: id, status, onDate: at.slice(0, 10), note: null, remedy: 'instalments', totalFen: 100, monthlyFen: null, months: null },
});
const contact = (id: number, at: string, lenderId: number, source: 'offer' | 'manual'): TimelineItem => ({
  ...base(`contact:${id}`, at, lenderId),
  type: 'contact',
  contact: { id, channel: 'letter', direction: 'out', person: null, summary: '', generated: null, outcome: null, source, incidentTypes: [], incidentDetails: null },
});

describe('groupTimeline', () => {
  it('folds the offers sent to five lenders on one day, with their contacts, into one entry of five lenders', () => {
    const items: TimelineItem[] = [];
    for (let l = 5; l >= 1; l--) {
      items.push(contact(l, `2025-03-15T05:0${l}:00.000Z`, l, 'offer'), offer(l, `2025-03-15T05:0${l}:00.000Z`, l));
    }
    items.push(contact(9, '2025-03-15T04:00:00.000Z', 1, 'manual'), offer(8, '2025-03-14T04:00:00.000Z', 1));
    const entries = groupTimeline(items, 'Asia/Shanghai');
    expect(entries.map((e) => (e.kind === 'group' ? `${e.group}:${e.action}:${e.lenders}:${e.items.length}` : e.item.key))).toEqual([
      'offer:sent:5:10',
      'contact:9',
      'offer:8',
    ]);
  });

  it('keeps days apart in the counsellor’s zone (00:30 in Shanghai is the next day)', () => {
    const entries = groupTimeline([offer(1, '2025-03-14T16:30:00.000Z', 1), offer(2, '2025-03-14T15:30:00.000Z', 2)], 'Asia/Shanghai');
    expect(entries.map((e) => e.kind)).toEqual(['item', 'item']);
  });
});
