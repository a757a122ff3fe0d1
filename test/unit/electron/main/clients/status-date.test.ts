import { beforeEach, describe, expect, it } from 'vitest';
import { dbContentHash, type TestCore } from '../../../helpers/core';
import { openCorePerTest } from '../../../helpers/case';

// A case's status changes on the day they really happened (issue 13 §5), checked in order
// among that case's changes only. Real encrypted SQLite through clients.update.

let core: TestCore;
let clock = new Date('2025-04-20T01:00:00.000Z'); // 09:00 on 20 April in Shanghai
beforeEach(() => {
  clock = new Date('2025-04-20T01:00:00.000Z');
});
openCorePerTest(
  (c) => (core = c),
  () => ({ now: () => clock }),
);

const changes = (clientId: number) =>
  core.db.prepare(`SELECT at, from_status, to_status FROM client_status_changes WHERE client_id = ? ORDER BY at, id`).all(clientId) as { at: string; from_status: string | null; to_status: string }[];

describe('case status changes on their real dates', () => {
  it('records a case entered today as negotiating since 1 April and closed on 15 April, in that order on the timeline', async () => {
    const c = await core.call('clients.create', { name: '李娟' });
    const n = await core.call('clients.update', { id: c.id, rev: c.rev, patch: { status: 'negotiating' }, statusDate: '2025-04-01' });
    const closed = await core.call('clients.update', { id: c.id, rev: n.rev, patch: { status: 'closed', closureReason: 'settled' }, statusDate: '2025-04-15' });
    expect(closed.status).toBe('closed');
    expect(changes(c.id)).toEqual([
      { at: '2025-04-01T04:00:00.000Z', from_status: 'intake', to_status: 'negotiating' },
      { at: '2025-04-15T04:00:00.000Z', from_status: 'negotiating', to_status: 'closed' },
      { at: '2025-04-20T01:00:00.000Z', from_status: null, to_status: 'intake' }, // entered in Parley today
    ]);
    const timeline = await core.call('timeline.list', { clientId: c.id, types: ['status'] });
    expect(timeline.items.map((i) => i.at.slice(0, 10))).toEqual(['2025-04-20', '2025-04-15', '2025-04-01']);
  });

  it('without a date the change is now; the same day typed in later still follows the earlier change', async () => {
    const c = await core.call('clients.create', { name: '李娟' });
    clock = new Date('2025-04-20T07:00:00.000Z'); // 15:00 in Shanghai
    const a = await core.call('clients.update', { id: c.id, rev: c.rev, patch: { status: 'assessment' } });
    clock = new Date('2025-04-21T02:00:00.000Z');
    await core.call('clients.update', { id: c.id, rev: a.rev, patch: { status: 'negotiating' }, statusDate: '2025-04-20' });
    expect(changes(c.id).map((r) => [r.to_status, r.at])).toEqual([
      ['intake', '2025-04-20T01:00:00.000Z'],
      ['assessment', '2025-04-20T07:00:00.000Z'],
      // Noon on the 20th would put it before the 15:00 change it followed.
      ['negotiating', '2025-04-20T07:00:00.000Z'],
    ]);
  });

  it('refuses a date in the future, before the previous change, or without a change, and changes nothing', async () => {
    const c = await core.call('clients.create', { name: '李娟' });
    const n = await core.call('clients.update', { id: c.id, rev: c.rev, patch: { status: 'negotiating' }, statusDate: '2025-04-10' });
    const before = dbContentHash(core.db);
    const future = await core.fail('clients.update', { id: c.id, rev: n.rev, patch: { status: 'assessment' }, statusDate: '2025-04-21' });
    expect(future.fields?.statusDate).toBeTruthy();
    const early = await core.fail('clients.update', { id: c.id, rev: n.rev, patch: { status: 'assessment' }, statusDate: '2025-04-09' });
    expect(early.fields?.statusDate).toBe('日期不能早于这个案件上一次状态变更');
    const unchanged = await core.fail('clients.update', { id: c.id, rev: n.rev, patch: { notes: '补记' }, statusDate: '2025-04-12' });
    expect(unchanged.fields?.statusDate).toBeTruthy();
    expect(dbContentHash(core.db)).toBe(before);
    // Another case's later change does not constrain this one.
    const other = await core.call('clients.create', { name: '王强' });
    await core.call('clients.update', { id: other.id, rev: other.rev, patch: { status: 'negotiating' }, statusDate: '2025-04-18' });
    await core.call('clients.update', { id: c.id, rev: n.rev, patch: { status: 'assessment' }, statusDate: '2025-04-11' });
  });
});
