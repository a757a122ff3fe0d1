import { describe, expect, it } from 'vitest';
import { TIMELINE_SQL } from '../../../../../electron/main/db/timeline';
import { gatherPacket } from '../../../../../electron/main/documents/gather/packet';
import { mergeSource } from '../../../../../electron/main/documents/gather/letter-source';
import { formatField } from '../../../../../electron/main/documents/gather/letter-text';
import { appealDeadline, deriveStage } from '../../../../../shared/domain/legal';
import { auditLog, dbContentHash } from '../../../helpers/core';
import { addDebt, addLender, caseWithDebtPerTest } from '../contacts/setup';

// A debt's court and enforcement steps on real encrypted SQLite: each on its own date, the
// stage derived from them, the appeal-deadline follow-up, the timeline, letters and packets.

// 09:00 UTC on 20 March 2025 is 17:00 in Shanghai: today is 2025-03-20.
const NOW = new Date('2025-03-20T09:00:00.000Z');
const openCase = caseWithDebtPerTest();
const setup = () => openCase(() => NOW);

const COURT = '北京市朝阳区人民法院';

describe('a lawsuit → judgment → enforcement → listing story', () => {
  it('keeps every step on its date, derives the stage, and chases the appeal deadline', async () => {
    const { core, clientId, debtId } = await setup();
    const filed = await core.call('legal.create', { debtId, kind: 'lawsuit_filed', eventDate: '2025-01-06', court: COURT, caseNumber: '(2025)京0105民初1234号' });
    expect(filed).toMatchObject({ debtId, stage: 'lawsuit_filed', stageSince: '2025-01-06' });
    await core.call('legal.create', { debtId, kind: 'hearing', eventDate: '2025-02-18', court: COURT, caseNumber: '(2025)京0105民初1234号' });
    const judged = await core.call('legal.create', {
      debtId,
      kind: 'judgment',
      eventDate: '2025-03-10',
      serviceDate: '2025-03-12',
      decision: 'judgment',
      instance: 'first',
      amountFen: 1_234_500,
      court: COURT,
      caseNumber: '(2025)京0105民初1234号',
    });
    expect(judged.stage).toBe('judgment');
    expect(judged.stageSince).toBe('2025-03-10');
    expect(judged.events.map((e) => e.kind)).toEqual(['lawsuit_filed', 'hearing', 'judgment']);
    expect(judged.events[2]).toMatchObject({ amountFen: 1_234_500, serviceDate: '2025-03-12', appealDeadline: '2025-03-27', origin: 'entered' });

    // The follow-up for the last day to appeal: 15 days after service.
    const followups = await core.call('followups.forClient', { clientId });
    expect(followups).toEqual([expect.objectContaining({ reason: 'appeal_deadline', dueDate: '2025-03-27', debtId, note: '(2025)京0105民初1234号', status: 'open' })]);

    // The debts table reads the derived stage and the day it began.
    const debts = await core.call('debts.list', { clientId });
    expect(debts.items[0]).toMatchObject({ legalStage: 'judgment', legalStageDate: '2025-03-10' });

    // Recorded out of order (enforcement steps entered before the older listing): the order is by date.
    await core.call('legal.create', { debtId, kind: 'enforcement_applied', eventDate: '2025-03-18', court: COURT, caseNumber: '(2025)京0105执567号' });
    await core.call('legal.create', { debtId, kind: 'enforcement_measure', eventDate: '2025-03-19', measure: 'freezing', amountFen: 300_000, caseNumber: '(2025)京0105执567号' });
    const listed = await core.call('legal.create', { debtId, kind: 'dishonest_listed', eventDate: '2025-03-19', caseNumber: '(2025)京0105执567号' });
    expect(listed).toMatchObject({ stage: 'dishonest_list', stageSince: '2025-03-19' });

    // The timeline has every step as data (kind and facts), newest first; the UI words them.
    const timeline = await core.call('timeline.list', { clientId, types: ['legal'] });
    expect(timeline.items.map((i) => (i.type === 'legal' ? [i.legal.eventDate, i.legal.kind] : null))).toEqual([
      ['2025-03-19', 'dishonest_listed'],
      ['2025-03-19', 'enforcement_measure'],
      ['2025-03-18', 'enforcement_applied'],
      ['2025-03-10', 'judgment'],
      ['2025-02-18', 'hearing'],
      ['2025-01-06', 'lawsuit_filed'],
    ]);
    const measure = timeline.items[1]!;
    expect(measure).toMatchObject({ type: 'legal', lenderName: '好借App', debtId, legal: { measure: 'freezing', amountFen: 300_000, caseNumber: '(2025)京0105执567号', court: null } });
    // Mixed with everything else, and paged by the same cursor.
    const page1 = await core.call('timeline.list', { clientId, limit: 4 });
    const page2 = await core.call('timeline.list', { clientId, limit: 4, before: page1.nextCursor! });
    const keys = [...page1.items, ...page2.items].map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k.startsWith('legal:'))).toHaveLength(6);

    // Every change is audited with the client it belongs to.
    const audit = auditLog(core.db, 'legal_event');
    expect(audit).toHaveLength(6);
    expect(JSON.parse(audit[2]!.after_json!)).toMatchObject({ clientId, debtId, kind: 'judgment', serviceDate: '2025-03-12' });
  });

  it('keeps a listing until it is removed, whatever enforcement step follows', () => {
    const step = (id: number, kind: Parameters<typeof deriveStage>[0][number]['kind'], eventDate: string) => ({ id, kind, eventDate });
    const base = [step(1, 'lawsuit_filed', '2024-01-01'), step(2, 'judgment', '2024-03-01'), step(3, 'enforcement_applied', '2024-05-01'), step(4, 'dishonest_listed', '2024-06-01')];
    expect(deriveStage(base)).toEqual({ stage: 'dishonest_list', since: '2024-06-01' });
    expect(deriveStage([...base, step(5, 'enforcement_terminated', '2024-09-01')])).toEqual({ stage: 'dishonest_list', since: '2024-06-01' });
    expect(deriveStage([...base, step(5, 'consumption_restricted', '2024-07-01')])).toEqual({ stage: 'dishonest_list', since: '2024-06-01' });
    expect(deriveStage([...base, step(5, 'removed_from_lists', '2024-10-01')])).toEqual({ stage: 'enforcement', since: '2024-10-01' });
    expect(deriveStage([step(1, 'consumption_restricted', '2024-07-01'), step(2, 'enforcement_terminated', '2024-08-01')])).toEqual({ stage: 'consumption_restriction', since: '2024-07-01' });
    // Order is by date, not by the order recorded; same-day steps in the order recorded.
    expect(deriveStage([step(9, 'judgment', '2024-03-01'), step(1, 'lawsuit_filed', '2024-01-01')])).toEqual({ stage: 'judgment', since: '2024-03-01' });
    expect(deriveStage([])).toEqual({ stage: 'none', since: null });
  });
});

describe('the appeal-deadline follow-up', () => {
  it('is 15 days from service for a judgment and 10 for a ruling, and moves with the service date', async () => {
    expect(appealDeadline('2025-03-12', 'judgment')).toBe('2025-03-27');
    expect(appealDeadline('2025-03-12', 'ruling')).toBe('2025-03-22');
    expect(appealDeadline('2025-02-20', 'judgment')).toBe('2025-03-07');
    const { core, clientId, debtId } = await setup();
    const h = await core.call('legal.create', { debtId, kind: 'judgment', eventDate: '2025-03-14', serviceDate: '2025-03-18', decision: 'ruling' });
    const id = h.events[0]!.id;
    expect((await core.call('followups.forClient', { clientId })).map((f) => f.dueDate)).toEqual(['2025-03-28']);

    await core.call('legal.update', { id, rev: 1, kind: 'judgment', eventDate: '2025-03-14', serviceDate: '2025-03-19', decision: 'judgment' });
    expect((await core.call('followups.forClient', { clientId })).map((f) => [f.reason, f.dueDate])).toEqual([['appeal_deadline', '2025-04-03']]);

    // A second-instance judgment is final: nothing left to appeal, the follow-up is cancelled.
    await core.call('legal.update', { id, rev: 2, kind: 'judgment', eventDate: '2025-03-14', serviceDate: '2025-03-19', decision: 'judgment', instance: 'second' });
    expect(await core.call('followups.forClient', { clientId })).toEqual([]);
    const rows = core.db.prepare(`SELECT status, legal_event_id FROM followups WHERE reason = 'appeal_deadline'`).all();
    expect(rows).toEqual([{ status: 'cancelled', legal_event_id: id }]);

    // Back to first instance: a new open follow-up; deleting the judgment cancels it (and keeps it as history).
    await core.call('legal.update', { id, rev: 3, kind: 'judgment', eventDate: '2025-03-14', serviceDate: '2025-03-19', instance: 'first' });
    expect((await core.call('followups.forClient', { clientId })).map((f) => f.dueDate)).toEqual(['2025-04-03']);
    const gone = await core.call('legal.delete', { id });
    expect(gone).toEqual({ debtId, stage: 'none', stageSince: null, events: [] });
    expect(await core.call('followups.forClient', { clientId })).toEqual([]);
    expect(core.db.prepare(`SELECT status, legal_event_id FROM followups WHERE reason = 'appeal_deadline' ORDER BY id`).all()).toEqual([
      { status: 'cancelled', legal_event_id: null },
      { status: 'cancelled', legal_event_id: null },
    ]);
  });

  it('is not made for an appeal period that ended before the judgment was recorded, nor without a service date', async () => {
    const { core, clientId, debtId } = await setup();
    await core.call('legal.create', { debtId, kind: 'judgment', eventDate: '2024-10-08', serviceDate: '2024-10-10' });
    await core.call('legal.create', { debtId, kind: 'judgment', eventDate: '2025-03-19' });
    expect(await core.call('followups.forClient', { clientId })).toEqual([]);
  });
});

describe('refusals leave the database as it was', () => {
  it('refuses a step after today (a hearing may lie ahead), service before the decision, fields a kind does not take, a stale revision and an unknown debt', async () => {
    const { core, debtId } = await setup();
    const created = await core.call('legal.create', { debtId, kind: 'lawsuit_filed', eventDate: '2025-01-06' });
    const before = dbContentHash(core.db);

    const future = await core.fail('legal.create', { debtId, kind: 'judgment', eventDate: '2025-03-21' });
    expect(future).toMatchObject({ code: 'VALIDATION', fields: { eventDate: '日期不能晚于今天' } });
    const served = await core.fail('legal.create', { debtId, kind: 'judgment', eventDate: '2025-03-10', serviceDate: '2025-03-09' });
    expect(served.fields).toEqual({ serviceDate: '送达日期不能早于判决/裁定日期' });
    const amount = await core.fail('legal.create', { debtId, kind: 'lawsuit_filed', eventDate: '2025-03-10', amountFen: 100 });
    expect(amount.fields).toEqual({ amountFen: '这一步不填写此项' });
    expect((await core.fail('legal.create', { debtId, kind: 'hearing', eventDate: '2025-03-10', serviceDate: '2025-03-10' })).fields).toHaveProperty('serviceDate');
    expect((await core.failRaw('legal.create', { debtId, kind: 'verdict', eventDate: '2025-03-10' })).code).toBe('VALIDATION');
    expect((await core.failRaw('legal.create', { debtId, kind: 'hearing', eventDate: '2025-02-30' })).code).toBe('VALIDATION');
    expect(await core.fail('legal.create', { debtId: 999, kind: 'hearing', eventDate: '2025-03-10' })).toMatchObject({ code: 'NOT_FOUND', message: '这笔债务不存在或已删除' });
    const id = created.events[0]!.id;
    expect((await core.fail('legal.update', { id, rev: 7, kind: 'lawsuit_filed', eventDate: '2025-01-07' })).code).toBe('CONFLICT');
    expect((await core.fail('legal.update', { id: 999, rev: 1, kind: 'lawsuit_filed', eventDate: '2025-01-07' })).code).toBe('NOT_FOUND');
    expect((await core.fail('legal.delete', { id: 999 })).code).toBe('NOT_FOUND');
    expect(dbContentHash(core.db)).toBe(before);

    // In English too.
    await core.call('settings.update', { language: 'en' });
    const en = await core.fail('legal.create', { debtId, kind: 'lawsuit_filed', eventDate: '2025-03-10', amountFen: 100 });
    expect(en.fields).toEqual({ amountFen: 'This step does not take this field' });

    // A hearing may be recorded ahead of its day.
    const ahead = await core.call('legal.create', { debtId, kind: 'hearing', eventDate: '2025-04-02', court: COURT });
    expect(ahead.events.map((e) => e.kind)).toEqual(['lawsuit_filed', 'hearing']);
  });
});

describe('a debt entered as already before a court', () => {
  it('records the stage as one step dated the day it was entered, marked as an estimate until edited', async () => {
    const { core, clientId, lender } = await setup();
    const d = await core.call('debts.create', { clientId, lenderId: lender, principalFen: 500_000, legalStage: 'enforcement' });
    expect(d).toMatchObject({ legalStage: 'enforcement', legalStageDate: '2025-03-20' });
    const h = await core.call('legal.list', { debtId: d.id });
    expect(h.events).toEqual([expect.objectContaining({ kind: 'enforcement_applied', eventDate: '2025-03-20', origin: 'intake' })]);
    const edited = await core.call('legal.update', { id: h.events[0]!.id, rev: 1, kind: 'enforcement_applied', eventDate: '2024-11-02', court: COURT });
    expect(edited.events[0]).toMatchObject({ origin: 'entered', eventDate: '2024-11-02', rev: 2 });
    expect((await core.call('debts.list', { clientId })).items.find((x) => x.id === d.id)).toMatchObject({ legalStage: 'enforcement', legalStageDate: '2024-11-02' });
  });
});

describe('letters and packets quote the court', () => {
  it('fills {{debt.court}} and {{debt.caseNumber}} from the latest step naming them, and puts them on the packet cover', async () => {
    const { core, clientId, debtId, lender } = await setup();
    const target = { clientId, debtId };
    expect(formatField(mergeSource(core.ctx, target), 'debt.court', 'zh-CN')).toBeNull();
    await core.call('legal.create', { debtId, kind: 'lawsuit_filed', eventDate: '2025-01-06', court: COURT, caseNumber: '(2025)京0105民初1234号' });
    await core.call('legal.create', { debtId, kind: 'enforcement_applied', eventDate: '2025-03-01', caseNumber: '(2025)京0105执567号' });
    const source = mergeSource(core.ctx, target);
    expect(formatField(source, 'debt.court', 'zh-CN')).toBe(COURT);
    expect(formatField(source, 'debt.caseNumber', 'zh-CN')).toBe('(2025)京0105执567号');

    const packet = gatherPacket(core.ctx, clientId, lender, 'zh-CN');
    expect(packet.cover).toMatchObject({ court: COURT, caseNumber: '(2025)京0105执567号', legalStage: '强制执行（2025年3月1日）' });
    const other = addLender(core.db, '快花');
    await addDebt(core, clientId, other);
    const quiet = gatherPacket(core.ctx, clientId, other, 'en');
    expect(quiet.cover).not.toHaveProperty('court');
    expect(quiet.cover).not.toHaveProperty('legalStage');
  });
});

describe('query plans', () => {
  it('reads a client’s steps for the timeline and a debt’s steps from their indexes', async () => {
    const { core } = await setup();
    const plan = (sql: string, p: unknown[] | Record<string, unknown>) =>
      (core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(p) as { detail: string }[]).map((r) => r.detail).join(' | ');
    const timeline = plan(TIMELINE_SQL.legal, { clientId: 1, lenderId: null, at: '9999', rank: 99, id: 0, limit: 51, toLocal: '+480 minutes', toUtc: '-480 minutes', atDay: '9999-12-31' });
    expect(timeline).toMatch(/SEARCH e USING INDEX legal_events_by_client/);
    // Steps come off the index by day; only the steps of one day are sorted by the moment they sort at.
    expect(timeline).not.toMatch(/SCAN|TEMP B-TREE FOR ORDER BY/);
    const ofDebt = plan('SELECT * FROM legal_events WHERE debt_id = ? ORDER BY event_date, id', [1]);
    expect(ofDebt).toMatch(/legal_events_by_debt/);
    expect(ofDebt).not.toMatch(/TEMP B-TREE|SCAN/);
  });
});

describe('the demo cases', () => {
  it('carry court steps on their own dates, not a stage dated the day they were loaded', async () => {
    const { core } = await setup();
    await core.call('demo.load');
    const steps = core.db.prepare(`SELECT kind, event_date, origin FROM legal_events ORDER BY event_date, id`).all() as { kind: string; event_date: string; origin: string }[];
    expect(steps.map((s) => s.kind)).toEqual(['lawsuit_filed', 'judgment', 'enforcement_applied', 'lawsuit_filed', 'enforcement_measure']);
    expect(steps.every((s) => s.origin === 'entered' && s.event_date < '2025-03-20')).toBe(true);
    expect(core.db.prepare(`SELECT legal_stage FROM debts WHERE legal_stage <> 'none' ORDER BY legal_stage`).pluck().all()).toEqual(['enforcement', 'lawsuit_filed']);
  });
});
