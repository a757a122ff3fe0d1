import { describe, expect, it } from 'vitest';
import { FOLLOWUP_COUNT_SQL } from '../../../../../electron/main/db/followups';
import { notifyDueFollowups } from '../../../../../electron/main/followups/startup';
import type { FollowupView } from '../../../../../shared/schemas/contacts';
import { openCore } from '../../../../../electron/main/core';
import { auditLog, dbContentHash, openTestCore, TEST_KEY, type TestCore } from '../../../helpers/core';
import { addClient, caseWithDebtPerTest } from '../contacts/setup';

// 17:30 UTC on 15 March is already 01:30 on 16 March in Shanghai, still the 15th in London.
const NOW = new Date('2025-03-15T17:30:00.000Z');
const openCase = caseWithDebtPerTest();
const setup = (now = NOW) => openCase(() => now);

/** Follow-ups go straight into the table so any due date (also past ones) can be set up. */
function addFollowup(core: TestCore, clientId: number, dueDate: string, extra: { lenderId?: number; debtId?: number } = {}): number {
  const at = NOW.toISOString();
  return Number(
    core.db
      .prepare(`INSERT INTO followups (client_id, debt_id, lender_id, due_date, reason, note, created_at, updated_at) VALUES (?, ?, ?, ?, 'manual', ?, ?, ?)`)
      .run(clientId, extra.debtId ?? null, extra.lenderId ?? null, dueDate, `due ${dueDate}`, at, at).lastInsertRowid,
  );
}

const dates = (s: { items: FollowupView[] }) => s.items.map((f) => f.dueDate);

describe('followups.list', () => {
  it('sorts open follow-ups into overdue / today / next 7 days in the counsellor’s time zone', async () => {
    const { core, clientId } = await setup();
    for (const d of ['2025-03-10', '2025-03-15', '2025-03-16', '2025-03-17', '2025-03-23', '2025-03-24']) addFollowup(core, clientId, d);
    // Shanghai (the default): today is the 16th.
    const sh = await core.call('followups.list', {});
    expect(sh.today).toBe('2025-03-16');
    expect(sh.weekEnd).toBe('2025-03-23');
    expect(dates(sh.overdue)).toEqual(['2025-03-10', '2025-03-15']);
    expect(dates(sh.dueToday)).toEqual(['2025-03-16']);
    expect(dates(sh.thisWeek)).toEqual(['2025-03-17', '2025-03-23']);
    expect([sh.overdue.count, sh.dueToday.count, sh.thisWeek.count]).toEqual([2, 1, 2]);
    expect(sh.overdue.items[0]).toMatchObject({ clientId, clientName: '王小明', reason: 'manual', note: 'due 2025-03-10' });

    // London: still the 15th.
    await core.call('settings.update', { timeZone: 'Europe/London' });
    const ld = await core.call('followups.list');
    expect(ld.today).toBe('2025-03-15');
    expect(dates(ld.overdue)).toEqual(['2025-03-10']);
    expect(dates(ld.dueToday)).toEqual(['2025-03-15']);
    expect(dates(ld.thisWeek)).toEqual(['2025-03-16', '2025-03-17']);
  });

  it('leaves out done and cancelled follow-ups and those of archived or closed cases', async () => {
    const { core, clientId } = await setup();
    addFollowup(core, clientId, '2025-03-16');
    const archived = await addClient(core, '归档人');
    addFollowup(core, archived, '2025-03-16');
    await core.call('clients.archive', { id: archived });
    const closed = await addClient(core, '结案人');
    addFollowup(core, closed, '2025-03-16');
    core.db.prepare(`UPDATE clients SET status = 'closed', closure_reason = 'settled' WHERE id = ?`).run(closed);
    const done = addFollowup(core, clientId, '2025-03-16');
    core.db.prepare(`UPDATE followups SET status = 'done' WHERE id = ?`).run(done);
    const r = await core.call('followups.list', {});
    expect(r.dueToday.items.map((f) => f.clientId)).toEqual([clientId]);
    expect(r.dueToday.count).toBe(1);
  });

  it('counts from the per-day counts alone: one primary-key range, no table scan, no temporary B-tree', async () => {
    const { core } = await setup();
    const plan = (core.db.prepare(`EXPLAIN QUERY PLAN ${FOLLOWUP_COUNT_SQL}`).all({ today: '2025-03-16', weekEnd: '2025-03-23' }) as { detail: string }[]).map((r) => r.detail);
    expect(plan).toEqual([expect.stringMatching(/^SEARCH followup_day_counts USING PRIMARY KEY \(due_date<\?\)$/)]);
  });

  it('refuses input it does not know', async () => {
    const { core } = await setup();
    expect((await core.failRaw('followups.list', { page: 2 })).code).toBe('VALIDATION');
  });
});

describe('followups.create / done / snooze / cancel', () => {
  it('adds a manual follow-up for a debt, with its lender, and audits it', async () => {
    const { core, lender, clientId, debtId } = await setup();
    const f = await core.call('followups.create', { clientId, debtId, dueDate: '2025-03-20', note: '确认是否收到方案' });
    expect(f).toMatchObject({ clientId, debtId, lenderId: lender, lenderName: '好借App', reason: 'manual', status: 'open', snoozeCount: 0, originalDueDate: null });
    expect(auditLog(core.db, 'followup').map((a) => a.action)).toEqual(['create']);
    expect(await core.call('followups.forClient', { clientId })).toEqual([f]);
  });

  it('refuses a follow-up before today (in the counsellor’s time zone), an unknown case or debt, without changes', async () => {
    const { core, clientId } = await setup();
    const hash = dbContentHash(core.db);
    const past = await core.fail('followups.create', { clientId, dueDate: '2025-03-15' });
    expect(past.fields).toHaveProperty('dueDate');
    expect((await core.fail('followups.create', { clientId: 999, dueDate: '2025-03-20' })).code).toBe('NOT_FOUND');
    expect((await core.fail('followups.create', { clientId, debtId: 999, dueDate: '2025-03-20' })).fields).toHaveProperty('debtId');
    expect((await core.fail('followups.create', { clientId, dueDate: '20.3.2025' })).fields).toHaveProperty('dueDate');
    expect(dbContentHash(core.db)).toBe(hash);
  });

  it('marking done logs a contact (source followup) and links it; it cannot be done twice', async () => {
    const { core, lender, clientId, debtId } = await setup();
    const id = addFollowup(core, clientId, '2025-03-14', { debtId, lenderId: lender });
    const r = await core.call('followups.done', { id, summary: '已电话确认收到方案', outcome: '对方下周答复', followUpDate: '2025-03-22' });
    expect(r.followup.status).toBe('done');
    expect(r.contact).toMatchObject({ source: 'followup', clientId, debtId, lenderId: lender, channel: 'phone', direction: 'out', summary: '已电话确认收到方案' });
    expect(r.contact.followup).toMatchObject({ dueDate: '2025-03-22', status: 'open' });
    const row = core.db.prepare(`SELECT done_at, done_contact_id FROM followups WHERE id = ?`).get(id);
    expect(row).toEqual({ done_at: expect.any(String), done_contact_id: r.contact.id });
    expect(auditLog(core.db, 'contact').map((a) => a.action)).toEqual(['create']);
    expect(auditLog(core.db, 'followup').map((a) => a.action)).toEqual(['create', 'update']);

    const hash = dbContentHash(core.db);
    expect((await core.fail('followups.done', { id, summary: 'again' })).code).toBe('CONFLICT');
    expect((await core.fail('followups.done', { id: 999, summary: 'x' })).code).toBe('NOT_FOUND');
    expect((await core.fail('followups.snooze', { id, days: 1 })).code).toBe('CONFLICT');
    expect(dbContentHash(core.db)).toBe(hash);
  });

  it('done needs a summary, and a stale rev is refused, without changes', async () => {
    const { core, clientId } = await setup();
    const id = addFollowup(core, clientId, '2025-03-16');
    const hash = dbContentHash(core.db);
    expect((await core.fail('followups.done', { id, summary: ' ' })).fields).toHaveProperty('summary');
    expect((await core.fail('followups.done', { id, rev: 5, summary: 'x' })).code).toBe('CONFLICT');
    expect(dbContentHash(core.db)).toBe(hash);
  });

  it('snoozes by days from today for an overdue one, keeps the first date, counts the snoozes', async () => {
    const { core, clientId } = await setup();
    const id = addFollowup(core, clientId, '2025-03-10');
    const a = await core.call('followups.snooze', { id, days: 3 });
    expect(a).toMatchObject({ dueDate: '2025-03-19', originalDueDate: '2025-03-10', snoozeCount: 1 });
    const b = await core.call('followups.snooze', { id, days: 7 });
    expect(b).toMatchObject({ dueDate: '2025-03-26', originalDueDate: '2025-03-10', snoozeCount: 2 });
    const c = await core.call('followups.snooze', { id, until: '2025-04-01', rev: b.rev });
    expect(c).toMatchObject({ dueDate: '2025-04-01', originalDueDate: '2025-03-10', snoozeCount: 3 });
    expect(auditLog(core.db, 'followup').filter((r) => r.action === 'update')).toHaveLength(3);
  });

  it('refuses a snooze to today or before, or with both or neither of date and days', async () => {
    const { core, clientId } = await setup();
    const id = addFollowup(core, clientId, '2025-03-10');
    const hash = dbContentHash(core.db);
    expect((await core.fail('followups.snooze', { id, until: '2025-03-16' })).fields).toHaveProperty('until');
    expect((await core.fail('followups.snooze', { id })).fields).toHaveProperty('until');
    expect((await core.fail('followups.snooze', { id, days: 1, until: '2025-04-01' })).fields).toHaveProperty('until');
    expect((await core.fail('followups.snooze', { id, days: 0 })).fields).toHaveProperty('days');
    expect(dbContentHash(core.db)).toBe(hash);
  });

  it('cancels an open follow-up', async () => {
    const { core, clientId } = await setup();
    const id = addFollowup(core, clientId, '2025-03-16');
    expect(await core.call('followups.cancel', { id })).toMatchObject({ status: 'cancelled' });
    expect(await core.call('followups.forClient', { clientId })).toEqual([]);
  });
});

describe('start-up notice', () => {
  it('notifies through the platform port how many are due, in the UI language, and stays quiet when none are', async () => {
    const { core, clientId } = await setup();
    expect(core.platform.log.notifications).toEqual([]);
    addFollowup(core, clientId, '2025-03-10');
    addFollowup(core, clientId, '2025-03-16');
    addFollowup(core, clientId, '2025-03-18');
    core.close();
    // Re-open the same database: openCore sends the notice once.
    const again = openTestCore(core.dir, { now: () => NOW, platform: core.platform });
    try {
      expect(core.platform.log.notifications).toEqual([{ title: 'Parley · 待办跟进', body: '有 2 项跟进待处理，其中 1 项已逾期。' }]);
      await again.call('settings.update', { language: 'en' });
      expect(notifyDueFollowups(again.ctx)).toEqual({ overdue: 1, today: 1 });
      expect(core.platform.log.notifications[1]).toEqual({ title: 'Parley · follow-ups due', body: '2 follow-ups are due, 1 of them overdue.' });
    } finally {
      again.close();
    }
  });

  it('opening answers before the notice: it waits for afterReady, and comes once', async () => {
    const { core, clientId } = await setup();
    addFollowup(core, clientId, '2025-03-16');
    core.close();
    const opened = openCore({ dataDir: core.dir, key: TEST_KEY, platform: core.platform, appVersion: '0.0.0-test', now: () => NOW });
    try {
      expect(core.platform.log.notifications).toEqual([]);
      expect((await opened.dispatch('followups.list', {})).ok).toBe(true);
      expect(core.platform.log.notifications).toEqual([]);
      opened.afterReady();
      opened.afterReady();
      expect(core.platform.log.notifications).toHaveLength(1);
    } finally {
      opened.close();
    }
  });

  it('a failing notice does not stop start-up', async () => {
    const { core, clientId } = await setup();
    addFollowup(core, clientId, '2025-03-16');
    core.close();
    const broken = {
      ...core.platform,
      notify: () => {
        throw new Error('no notification centre');
      },
    };
    const logged: string[] = [];
    const again = openTestCore(core.dir, { now: () => NOW, platform: broken, logError: (channel) => logged.push(channel) });
    try {
      expect(logged).toEqual(['startup.notifyDueFollowups']);
      const r = await again.call('followups.list', {});
      expect([r.overdue.count, r.dueToday.count]).toEqual([0, 1]);
    } finally {
      again.close();
    }
  });
});
