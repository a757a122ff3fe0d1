import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALENDAR_SQL } from '../../../../../electron/main/db/calendar';
import { CALENDAR_KINDS, type CalendarItem } from '../../../../../shared/schemas/calendar';
import { dbContentHash } from '../../../helpers/core';
import { addClient, addDebt, addLender, agreementOf, core, transition } from '../agreements/world';

// The calendar over real encrypted databases: every kind of dated item of the active cases
// in a range, moving follow-ups and reviews (and refusing the rest), bad input refused with a
// translated message and nothing changed, and each kind's range read off its date index.

/** A case on 15 March 2025 (Shanghai) with a 3-month plan (instalments 1 April, 1 May, 1 June), a hearing, an offer awaiting a reply and a follow-up. */
async function caseload() {
  const { clientId, agreement } = await agreementOf(3);
  const debts = (await core.call('debts.list', { clientId })).items;
  const other = debts.find((d) => d.id !== agreement.debtId)!;
  await core.call('legal.create', { debtId: other.id, kind: 'lawsuit_filed', eventDate: '2025-03-01', court: '朝阳区人民法院' });
  await core.call('legal.create', { debtId: other.id, kind: 'hearing', eventDate: '2025-04-10', court: '朝阳区人民法院' });
  const o = await core.call('offers.create', { debtId: other.id, params: { remedy: 'instalments', months: 6, withInterest: false }, startDate: '2025-05-01' });
  await transition(o, 'sent', { validUntil: '2025-04-20' });
  const f = await core.call('followups.create', { clientId, dueDate: '2025-04-05', note: '回电' });
  return { clientId, agreement, other, followupId: f.id };
}

const summary = (items: CalendarItem[]) => items.map((i) => `${i.date} ${i.kind}`);

describe('calendar.range', () => {
  it('lists instalments, court dates, offer expiries, follow-ups and reviews of the range, by day', async () => {
    const { clientId } = await caseload();
    const april = await core.call('calendar.range', { from: '2025-04-01', to: '2025-04-30' });
    expect(april.today).toBe('2025-03-15');
    expect(summary(april.items)).toEqual(['2025-04-01 instalment', '2025-04-05 followup', '2025-04-10 court', '2025-04-20 offerExpiry']);
    expect(april.truncated).toEqual([]);
    const hearing = april.items.find((i) => i.kind === 'court')!;
    expect(hearing).toMatchObject({ clientId, clientName: '王小明', lenderName: '乙银行', legalKind: 'hearing', court: '朝阳区人民法院' });
    expect(april.items.find((i) => i.kind === 'instalment')).toMatchObject({ seq: 1, lenderName: '甲贷', paid: false });
    // The step recorded on 1 March is in March, with the follow-up the sent offer made for its reply;
    // the review is due six months after the agreement.
    const march = await core.call('calendar.range', { from: '2025-03-01', to: '2025-03-31' });
    expect(summary(march.items)).toEqual(['2025-03-01 court', '2025-03-29 followup']);
    expect(march.items[1]).toMatchObject({ reason: 'offer_reply', lenderName: '乙银行' });
    expect(summary((await core.call('calendar.range', { from: '2025-09-01', to: '2025-09-30' })).items)).toEqual(['2025-09-15 review']);
  });

  it('filters by kind and leaves out archived and closed cases', async () => {
    const { clientId } = await caseload();
    const only = await core.call('calendar.range', { from: '2025-04-01', to: '2025-04-30', kinds: ['court', 'followup'] });
    expect(summary(only.items)).toEqual(['2025-04-05 followup', '2025-04-10 court']);
    await core.call('clients.archive', { id: clientId });
    expect((await core.call('calendar.range', { from: '2025-04-01', to: '2025-04-30' })).items).toEqual([]);
  });

  it('refuses a range that is back to front, too long, or kinds it does not know, in the counsellor’s language', async () => {
    await caseload();
    const tooLong = await core.fail('calendar.range', { from: '2025-01-01', to: '2025-03-31' });
    expect(tooLong.code).toBe('VALIDATION');
    expect(tooLong.fields?.['to']).toBe('一次最多显示 62 天');
    await core.call('settings.update', { language: 'zh-TW' });
    expect((await core.fail('calendar.range', { from: '2025-04-30', to: '2025-04-01' })).fields?.['to']).toBe('結束日期不能早於開始日期');
    await core.call('settings.update', { language: 'en' });
    expect((await core.fail('calendar.range', { from: '2025-04-01', to: '2025-04-30', kinds: [] })).fields?.['kinds']).toBe('Choose at least one kind');
    expect((await core.failRaw('calendar.range', { from: '2025-04-01', to: '2025-04-30', kinds: ['birthday'] })).code).toBe('VALIDATION');
    expect((await core.failRaw('calendar.range', { from: '2025-02-30', to: '2025-03-01' })).code).toBe('VALIDATION');
  });

  it('reads each kind’s range off its date index, in order, without a scan or a sort', async () => {
    await caseload();
    const INDEX = { followup: 'followups_open_by_due', instalment: 'instalments_by_due', court: 'legal_events_by_date', offerExpiry: 'offers_awaiting_by_expiry', review: 'case_reviews_open_by_due' };
    for (const kind of CALENDAR_KINDS) {
      const plan = (core.db.prepare(`EXPLAIN QUERY PLAN ${CALENDAR_SQL[kind]}`).all({ from: '2025-04-01', to: '2025-04-30', limit: 501 }) as { detail: string }[]).map((r) => r.detail);
      expect(plan[0], kind).toMatch(new RegExp(`^SEARCH \\w+ USING (COVERING )?INDEX ${INDEX[kind]} \\(\\w+>\\? AND \\w+<\\?\\)`));
      expect(plan.join(' | '), kind).not.toMatch(/SCAN|TEMP B-TREE/);
    }
  });
});

describe('calendar.move', () => {
  it('moves a follow-up to another day, keeping the date first set, and audits it', async () => {
    const { followupId } = await caseload();
    const moved = await core.call('calendar.move', { kind: 'followup', id: followupId, rev: 1, date: '2025-04-08' });
    expect(moved).toMatchObject({ kind: 'followup', id: followupId, date: '2025-04-08', rev: 2 });
    const row = core.db.prepare('SELECT due_date, original_due_date, snooze_count FROM followups WHERE id = ?').get(followupId);
    expect(row).toEqual({ due_date: '2025-04-08', original_due_date: '2025-04-05', snooze_count: 0 });
    const audit = core.db.prepare(`SELECT before_json, after_json FROM audit_log WHERE entity = 'followup' AND entity_id = ? AND action = 'update'`).get(String(followupId)) as {
      before_json: string;
      after_json: string;
    };
    expect(JSON.parse(audit.before_json).dueDate).toBe('2025-04-05');
    expect(JSON.parse(audit.after_json).dueDate).toBe('2025-04-08');
  });

  it('moves a review; refuses instalments, court dates, offer expiries, the past and a stale revision, changing nothing', async () => {
    const { clientId } = await caseload();
    const april = (await core.call('calendar.range', { from: '2025-04-01', to: '2025-04-30' })).items;
    const review = (await core.call('reviews.forClient', { clientId })).open!;
    expect((await core.call('calendar.move', { kind: 'review', id: review.id, rev: review.rev, date: '2025-08-01' })).date).toBe('2025-08-01');

    const before = dbContentHash(core.db);
    for (const kind of ['instalment', 'court', 'offerExpiry'] as const) {
      const item = april.find((i) => i.kind === kind)!;
      const err = await core.fail('calendar.move', { kind, id: item.id, rev: 1, date: '2025-04-28' });
      expect(err).toMatchObject({ code: 'CONFLICT', message: '这类项目不能改期' });
    }
    const f = april.find((i) => i.kind === 'followup')!;
    expect((await core.fail('calendar.move', { kind: 'followup', id: f.id, rev: 1, date: '2025-03-14' })).fields?.['date']).toBe('不能改到今天之前');
    expect((await core.fail('calendar.move', { kind: 'review', id: review.id, rev: review.rev, date: '2025-09-01' })).code).toBe('CONFLICT');
    expect((await core.fail('calendar.move', { kind: 'followup', id: 999_999, rev: 1, date: '2025-04-28' })).code).toBe('NOT_FOUND');
    expect(dbContentHash(core.db)).toBe(before);
  });
});

describe('calendar.exportIcs', () => {
  it('saves the range through the platform’s save dialog, with case references and no client names by default', async () => {
    const { clientId } = await caseload();
    const caseRef = (await core.call('clients.get', { id: clientId })).caseRef;
    const res = await core.call('calendar.exportIcs', { from: '2025-04-01', to: '2025-04-30' });
    expect(res.events).toBe(4);
    const text = fs.readFileSync(res.path!, 'utf8');
    expect(text).toContain(caseRef);
    expect(text).not.toContain('王小明');
    expect(text).toContain('DTSTART;VALUE=DATE:20250410');
    const named = await core.call('calendar.exportIcs', { from: '2025-04-01', to: '2025-04-30', withNames: true });
    expect(fs.readFileSync(named.path!, 'utf8')).toContain('王小明');
    core.platform.nextSavePath(null);
    expect(await core.call('calendar.exportIcs', { from: '2025-04-01', to: '2025-04-30' })).toEqual({ path: null, events: 4 });
  });
});

it('a second case on another day shows beside the first', async () => {
  await caseload();
  const c2 = await addClient('李四');
  const d = await addDebt(c2, addLender('丙贷'), 100_000);
  await core.call('followups.create', { clientId: c2, debtId: d.id, dueDate: '2025-04-05' });
  const day = (await core.call('calendar.range', { from: '2025-04-05', to: '2025-04-05' })).items;
  expect(day.map((i) => i.clientName)).toEqual(['王小明', '李四']);
});
