import { describe, expect, it } from 'vitest';
import { sweepMissedInstalments } from '../../../../../electron/main/instalments/missed';
import { MISSED_CANDIDATES_SQL } from '../../../../../electron/main/db/instalments';
import { dbContentHash } from '../../../helpers/core';
import { addClient, addDebt, agreementOf, core, followups, listAgreements, open, setClock, setShanghai, transition } from './world';

describe('payments and instalment states', () => {
  it('records partial payments and rolls an overpayment to the next instalment', async () => {
    const { agreement } = await agreementOf(3, 1); // 500,000 → 166,667 / 166,667 / 166,666 (rounded up, the last the smallest)
    setShanghai('2025-04-01');
    const [i1, i2] = agreement.instalments;
    let a = await core.call('payments.record', { agreementId: agreement.id, paidDate: '2025-04-01', amountFen: 100_000, instalmentId: i1!.id });
    expect(a.instalments[0]).toMatchObject({ paidFen: 100_000, state: 'partial' });
    a = await core.call('payments.record', { agreementId: agreement.id, paidDate: '2025-04-01', amountFen: 100_000 });
    expect(a.instalments[0]).toMatchObject({ paidFen: 166_667, state: 'paid', paidOn: '2025-04-01' });
    expect(a.instalments[1]).toMatchObject({ paidFen: 33_333, state: 'partial' });
    expect(a.progress).toMatchObject({ paidFen: 200_000, outstandingFen: 300_000, paidInstalments: 1 });
    expect(a.progress.nextDue).toEqual({ dueDate: '2025-05-01', amountFen: 133_334, instalmentId: i2!.id });
    const audit = core.db.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'payment'`).get() as { n: number };
    expect(audit.n).toBe(2);
  });

  it('refuses a payment beyond what is left, in the future, or for another agreement’s instalment', async () => {
    const { agreement } = await agreementOf(2, 1);
    const before = dbContentHash(core.db);
    const over = await core.fail('payments.record', { agreementId: agreement.id, paidDate: '2025-03-15', amountFen: 500_001 });
    expect(over.fields?.amountFen).toBeTruthy();
    const future = await core.fail('payments.record', { agreementId: agreement.id, paidDate: '2025-03-16', amountFen: 1 });
    expect(future.fields?.paidDate).toBeTruthy();
    const zero = await core.fail('payments.record', { agreementId: agreement.id, paidDate: '2025-03-15', amountFen: 0 });
    expect(zero.code).toBe('VALIDATION');
    const foreign = await core.fail('payments.record', { agreementId: agreement.id, paidDate: '2025-03-15', amountFen: 1, instalmentId: 999 });
    expect(foreign.fields?.instalmentId).toBeTruthy();
    expect(dbContentHash(core.db)).toBe(before);
  });

  it('completes the agreement when all is paid, and reopens it when a payment is deleted', async () => {
    const { agreement } = await agreementOf(2, 1);
    const a = await core.call('payments.record', { agreementId: agreement.id, paidDate: '2025-03-15', amountFen: 500_000 });
    expect(a.status).toBe('completed');
    expect(a.instalments.every((i) => i.state === 'paid')).toBe(true);
    expect((await core.fail('payments.record', { agreementId: agreement.id, paidDate: '2025-03-15', amountFen: 1 })).code).toBe('CONFLICT');
    const back = await core.call('payments.delete', { id: a.payments[0]!.id });
    expect(back.status).toBe('active');
    expect(back.progress.paidFen).toBe(0);
  });

  it('tells late from missed at the grace boundary in the counsellor’s time zone', async () => {
    const { clientId, agreement } = await agreementOf(3, 1); // first due 2025-04-01
    // 2025-04-08 23:30 in Shanghai (15:30 UTC): 7 days past due, still late.
    setClock(new Date('2025-04-08T15:30:00.000Z'));
    let list = await listAgreements(clientId);
    expect(list.items[0]!.instalments[0]).toMatchObject({ state: 'late', daysLate: 7 });
    expect(list.progress.lateCount).toBe(1);
    expect(followups('missed_payment')).toHaveLength(0);
    // 2025-04-09 00:30 in Shanghai is still 8 April in UTC: 8 days, missed.
    setClock(new Date('2025-04-08T16:30:00.000Z'));
    list = await listAgreements(clientId);
    expect(list.items[0]!.instalments[0]).toMatchObject({ state: 'missed', daysLate: 8 });
    expect(list.progress.missedCount).toBe(1);
    const f = followups('missed_payment');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ instalment_id: agreement.instalments[0]!.id, due_date: '2025-04-09', status: 'open' });
    // The sweep is idempotent.
    const h = dbContentHash(core.db);
    expect(sweepMissedInstalments(core.ctx)).toBe(0);
    await listAgreements(clientId);
    expect(dbContentHash(core.db)).toBe(h);
  });

  it('marks an instalment missed by hand: one follow-up, never two', async () => {
    const { agreement } = await agreementOf(3, 1);
    const id = agreement.instalments[0]!.id;
    const a = await core.call('instalments.markMissed', { id, missed: true });
    expect(a.instalments[0]).toMatchObject({ state: 'missed', missedAt: '2025-03-15' });
    expect(followups('missed_payment')).toHaveLength(1);
    await core.call('instalments.markMissed', { id, missed: false });
    await core.call('instalments.markMissed', { id, missed: true });
    expect(sweepMissedInstalments(core.ctx)).toBe(0);
    expect(followups('missed_payment')).toHaveLength(1);
    // Paying it makes it paid again, whatever the mark.
    const paid = await core.call('payments.record', { agreementId: agreement.id, paidDate: '2025-03-15', amountFen: agreement.instalments[0]!.amountFen });
    expect(paid.instalments[0]!.state).toBe('paid');
    expect((await core.fail('instalments.markMissed', { id, missed: true })).code).toBe('CONFLICT');
  });

  it('keeps the unpaid flag the sweep reads in step with payments, and the sweep mends a stale flag', async () => {
    const { agreement } = await agreementOf(3, 1);
    const flags = () => (core.db.prepare('SELECT unpaid FROM instalments WHERE agreement_id = ? ORDER BY seq').pluck().all(agreement.id) as number[]);
    expect(flags()).toEqual([1, 1, 1]);
    setShanghai('2025-04-01');
    // An overpayment of the first instalment rolls on: the first is paid, the second not yet.
    const a = await core.call('payments.record', { agreementId: agreement.id, paidDate: '2025-04-01', amountFen: 200_000 });
    expect(flags()).toEqual([0, 1, 1]);
    await core.call('payments.delete', { id: a.payments[0]!.id });
    expect(flags()).toEqual([1, 1, 1]);
    // A paid instalment whose flag went stale (e.g. written by an older version) costs the
    // sweep a look, never a follow-up, and the sweep puts the flag right.
    await core.call('payments.record', { agreementId: agreement.id, paidDate: '2025-04-01', amountFen: agreement.instalments[0]!.amountFen });
    core.db.prepare('UPDATE instalments SET unpaid = 1 WHERE agreement_id = ?').run(agreement.id);
    setShanghai('2025-05-20'); // the first is paid, the second (1 May) is missed
    expect(sweepMissedInstalments(core.ctx)).toBe(1);
    expect(followups('missed_payment').map((f) => f.instalment_id)).toEqual([agreement.instalments[1]!.id]);
    expect(flags()).toEqual([0, 1, 1]);
  });

  it('sweeps from the unpaid-instalments index, without reading the schedule history', () => {
    open();
    const plan = (
      core.db
        .prepare(
          `EXPLAIN QUERY PLAN ${MISSED_CANDIDATES_SQL}`,
        )
        .all('2025-03-08') as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan.some((d) => d.includes('instalments_unpaid_by_due'))).toBe(true);
    expect(plan.some((d) => d.includes('instalments_unpaid_marked'))).toBe(true);
    // The only scan is of the partial index holding instalments marked missed and still unpaid.
    expect(plan.filter((d) => /^SCAN (instalments|agreements|followups|a|f)\b/.test(d))).toEqual(['SCAN instalments USING INDEX instalments_unpaid_marked']);
  });

  it('only the counsellor breaks, cancels or completes an agreement', async () => {
    const { agreement } = await agreementOf(2, 1);
    await core.call('instalments.markMissed', { id: agreement.instalments[0]!.id, missed: true });
    const a = (await core.call('agreements.list', { clientId: agreement.clientId })).items.find((x) => x.id === agreement.id)!;
    expect(a.status).toBe('active');
    expect((await core.fail('agreements.setStatus', { id: a.id, rev: a.rev, status: 'completed' })).code).toBe('CONFLICT');
    const broken = await core.call('agreements.setStatus', { id: a.id, rev: a.rev, status: 'broken', note: '连续两期未还' });
    expect(broken.status).toBe('broken');
    expect((await core.fail('agreements.setStatus', { id: a.id, rev: a.rev, status: 'cancelled' })).code).toBe('CONFLICT');
    const cancelled = await core.call('agreements.setStatus', { id: a.id, rev: broken.rev, status: 'cancelled' });
    expect(cancelled.status).toBe('cancelled');
  });

  it('sums plan progress per lender across cases', async () => {
    const { agreement } = await agreementOf(2, 1);
    const lenderId = agreement.lenderId;
    const other = await addClient('李四');
    const d = await addDebt(other, lenderId, 100_000);
    const o = await core.call('offers.create', { debtId: d.id, params: { remedy: 'settlement', amountFen: 60_000, payBy: '2025-04-01' } });
    const s = await transition(o, 'sent');
    await transition(s.offer, 'accepted');
    await core.call('payments.record', { agreementId: agreement.id, paidDate: '2025-03-15', amountFen: 50_000 });
    const r = await core.call('agreements.byLender', { lenderId });
    expect(r.agreements).toHaveLength(2);
    expect(r.offerCounts).toEqual({ accepted: 2 });
    expect(r.progress).toEqual([{ currency: 'CNY', progress: expect.objectContaining({ totalFen: 560_000, paidFen: 50_000, outstandingFen: 510_000, instalments: 3 }) }]);
    expect(new Set(r.offers.map((x) => x.clientName))).toEqual(new Set(['王小明', '李四']));
  });
});
