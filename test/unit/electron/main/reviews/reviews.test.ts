import { describe, expect, it } from 'vitest';
import { sweepMissedInstalments } from '../../../../../electron/main/instalments/missed';
import { dbContentHash } from '../../../helpers/core';
import { addDebt, addLender, agreementOf, core, setShanghai, transition } from '../agreements/world';

// Case reviews on real encrypted databases: scheduled by an accepted plan, brought forward by
// a second missed instalment, walked through (what changed since the plan), completed with an
// outcome that opens the next one; refused input changes nothing.

const openReview = async (clientId: number) => (await core.call('reviews.forClient', { clientId })).open!;

describe('scheduling', () => {
  it('gives a case with an accepted plan one open review, six months on (a setting)', async () => {
    const { clientId } = await agreementOf(3);
    expect(await openReview(clientId)).toMatchObject({ dueDate: '2025-09-15', sinceDate: '2025-03-15', reason: 'scheduled', status: 'open', outcome: null });
    // A second agreement in the same case keeps the one review.
    const debts = (await core.call('debts.list', { clientId })).items;
    const o = await core.call('offers.create', { debtId: debts[1]!.id, params: { remedy: 'instalments', months: 2, withInterest: false }, startDate: '2025-04-01' });
    await transition((await transition(o, 'sent')).offer, 'accepted');
    expect((await core.call('reviews.forClient', { clientId })).done).toEqual([]);
    expect(core.db.prepare(`SELECT count(*) FROM case_reviews WHERE client_id = ?`).pluck().get(clientId)).toBe(1);

    await core.call('settings.update', { reviewIntervalMonths: 3 });
    const r = await openReview(clientId);
    const done = await core.call('reviews.complete', { id: r.id, rev: r.rev, outcome: 'continue' });
    expect(done.next).toMatchObject({ dueDate: '2025-06-15', sinceDate: '2025-03-15' });
    expect((await core.fail('settings.update', { reviewIntervalMonths: 0 })).fields?.['reviewIntervalMonths']).toBe('请输入 1 到 24 之间的整数月数');
  });

  it('makes the review due at once when a second instalment is missed', async () => {
    const { clientId, agreement } = await agreementOf(3);
    setShanghai('2025-04-20'); // 1 April is missed (past the 7-day grace)
    expect(sweepMissedInstalments(core.ctx)).toBe(1);
    expect(await openReview(clientId)).toMatchObject({ dueDate: '2025-09-15', reason: 'scheduled' });
    // The second: marked missed by hand before its day has passed the grace period.
    setShanghai('2025-05-03');
    await core.call('instalments.markMissed', { id: agreement.instalments[1]!.id, missed: true });
    const r = await openReview(clientId);
    expect(r).toMatchObject({ dueDate: '2025-05-03', reason: 'missed_twice', originalDueDate: '2025-09-15' });
    const cal = await core.call('calendar.range', { from: '2025-05-01', to: '2025-05-31', kinds: ['review'] });
    expect(cal.items).toMatchObject([{ kind: 'review', date: '2025-05-03', reason: 'missed_twice' }]);
    const due = await core.call('reviews.due');
    expect(due).toMatchObject({ today: '2025-05-03', count: 1 });
    expect(due.items[0]!.clientId).toBe(clientId);
  });
  it('leaves with the last plan: a completed plan takes its open review', async () => {
    const { clientId, agreement } = await agreementOf(3);
    setShanghai('2025-06-01');
    for (const inst of agreement.instalments) await core.call('payments.record', { agreementId: agreement.id, paidDate: inst.dueDate, amountFen: inst.amountFen });
    expect((await core.call('agreements.list', { clientId })).items[0]!.status).toBe('completed');
    expect((await core.call('reviews.forClient', { clientId })).open).toBeNull();
    expect(core.db.prepare(`SELECT status FROM case_reviews WHERE client_id = ?`).pluck().all(clientId)).toEqual(['cancelled']);
    expect((await core.call('calendar.range', { from: '2025-09-01', to: '2025-09-30', kinds: ['review'] })).items).toEqual([]);
  });

  it('keeps the open review when the plan breaks: that is when the case needs one', async () => {
    const { clientId, agreement } = await agreementOf(2);
    await core.call('agreements.setStatus', { id: agreement.id, rev: agreement.rev, status: 'broken', note: '客户失联' });
    expect((await core.call('reviews.forClient', { clientId })).open).toMatchObject({ status: 'open', dueDate: '2025-09-15' });
  });
});

describe('the review', () => {
  it('walks through what changed since the plan: budget, new debts, lenders’ replies, payments, misses, court steps', async () => {
    const { clientId, agreement } = await agreementOf(3);
    const other = (await core.call('debts.list', { clientId })).items.find((d) => d.id !== agreement.debtId);
    // Before the plan: the statement it was built on.
    await core.call('statements.create', { clientId, statementDate: '2025-03-01', lines: [{ kind: 'income', category: 'salary', amountFen: 600_000, frequency: 'monthly' }] });
    setShanghai('2025-05-20');
    await core.call('statements.create', {
      clientId,
      statementDate: '2025-05-10',
      lines: [
        { kind: 'income', category: 'salary', amountFen: 450_000, frequency: 'monthly' },
        { kind: 'expense', category: 'rent_mortgage', amountFen: 150_000, frequency: 'monthly' },
      ],
    });
    await addDebt(clientId, addLender('丁分期'), 80_000);
    await core.call('payments.record', { agreementId: agreement.id, paidDate: '2025-04-01', amountFen: agreement.instalments[0]!.amountFen });
    const o = await core.call('offers.create', { debtId: other!.id, params: { remedy: 'instalments', months: 6, withInterest: false }, startDate: '2025-06-01' });
    const sent = await transition(o, 'sent', { onDate: '2025-05-20' });
    await transition(sent.offer, 'rejected', { onDate: '2025-05-20' });
    await core.call('legal.create', { debtId: other!.id, kind: 'lawsuit_filed', eventDate: '2025-05-02' });
    await core.call('instalments.markMissed', { id: agreement.instalments[1]!.id, missed: true });

    const { review, today, changes } = await core.call('reviews.get', { id: (await openReview(clientId)).id });
    expect(today).toBe('2025-05-20');
    expect(review.sinceDate).toBe('2025-03-15');
    expect(changes.statementThen).toMatchObject({ statementDate: '2025-03-01', incomeFen: 600_000, costsFen: 0, disposableFen: 600_000 });
    expect(changes.statementNow).toMatchObject({ statementDate: '2025-05-10', incomeFen: 450_000, costsFen: 150_000, disposableFen: 300_000 });
    expect(changes.newDebts).toEqual([expect.objectContaining({ lenderName: '丁分期', enteredFen: 80_000, createdDate: '2025-05-20' })]);
    expect(changes.lenderResponses).toEqual([{ offerId: o.id, lenderName: '乙银行', remedy: 'instalments', status: 'rejected', onDate: '2025-05-20' }]);
    expect(changes.payments).toEqual({ count: 1, totalFen: agreement.instalments[0]!.amountFen });
    expect(changes.missedInstalments).toEqual([expect.objectContaining({ lenderName: '甲贷', seq: 2, dueDate: '2025-05-01' })]);
    expect(changes.courtEvents).toEqual([expect.objectContaining({ lenderName: '乙银行', kind: 'lawsuit_filed', eventDate: '2025-05-02' })]);
  });

  it('records the outcome, which completes the review and opens the next; refused input changes nothing', async () => {
    const { clientId } = await agreementOf(3);
    setShanghai('2025-09-16');
    const r = await openReview(clientId);

    /** A refused call leaves the database exactly as it was. */
    const unchanged = async <T>(call: () => Promise<T>): Promise<T> => {
      const before = dbContentHash(core.db);
      const out = await call();
      expect(dbContentHash(core.db)).toBe(before);
      return out;
    };
    expect(await unchanged(() => core.fail('reviews.complete', { id: r.id, rev: r.rev + 1, outcome: 'continue' }))).toMatchObject({
      code: 'CONFLICT',
      message: '这次复查已被修改，请刷新后再试。',
    });
    await core.call('settings.update', { language: 'en' });
    expect((await unchanged(() => core.failRaw('reviews.complete', { id: r.id, rev: r.rev, outcome: 'give_up' }))).fields?.['outcome']).toBe('Choose one of the listed options');
    expect((await unchanged(() => core.failRaw('reviews.complete', { id: r.id, rev: r.rev, outcome: 'continue', extra: 1 }))).code).toBe('VALIDATION');
    await core.call('settings.update', { language: 'zh-TW' });
    expect((await unchanged(() => core.fail('reviews.complete', { id: r.id, rev: r.rev + 1, outcome: 'continue' }))).message).toBe('這次複查已被修改，請重新整理後再試。');
    await core.call('settings.update', { language: 'zh-CN' });

    const { review, next } = await core.call('reviews.complete', { id: r.id, rev: r.rev, outcome: 'replan', notes: '收入下降，需要重新分配' });
    expect(review).toMatchObject({ status: 'done', outcome: 'replan', notes: '收入下降，需要重新分配', completedDate: '2025-09-16' });
    expect(next).toMatchObject({ status: 'open', dueDate: '2026-03-16', sinceDate: '2025-09-16', reason: 'scheduled' });
    expect(await core.call('reviews.forClient', { clientId })).toMatchObject({ open: { id: next!.id }, done: [{ id: r.id }] });
    expect((await core.fail('reviews.complete', { id: r.id, rev: review.rev, outcome: 'continue' })).message).toBe('这次复查已完成');
    const audit = core.db.prepare(`SELECT action FROM audit_log WHERE entity = 'case_review' ORDER BY id`).pluck().all();
    expect(audit).toEqual(['create', 'update', 'create']);
  });
});
