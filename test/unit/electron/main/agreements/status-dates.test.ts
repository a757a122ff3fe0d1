import { describe, expect, it } from 'vitest';
import { dbContentHash } from '../../../helpers/core';
import { agreementOf, core, setShanghai, setup, transition } from './world';

// An agreement's status changes on the day they really happened (issue 13 §5): completed,
// broken, cancelled, active again – typed in later, dated in the counsellor's time zone
// (today unless changed), ordered among the agreement's own events only, on the timeline on
// that day, and the ledger entries they cause on that day too. Real encrypted SQLite.

const eventsOf = (agreementId: number) =>
  core.db.prepare(`SELECT from_status, to_status, on_date, reason, note FROM agreement_events WHERE agreement_id = ? ORDER BY id`).all(agreementId);
const ledgerOf = (debtId: number) => core.db.prepare(`SELECT kind, entry_date FROM debt_ledger WHERE debt_id = ? ORDER BY id`).all(debtId);

describe('agreement status changes on their real dates', () => {
  it('records a plan broken on 20 May, typed in on 1 June: the event, the revoked waiver and the timeline are on 20 May', async () => {
    // A settlement of 2,000.00 on a balance of 3,100.01: the rest is waived, on condition the plan is kept.
    const { clientId, debts } = await setup();
    const o = await core.call('offers.create', { debtId: debts[0]!.id, params: { remedy: 'settlement', amountFen: 200_000, payBy: '2025-06-30' } });
    const agreement = (await transition((await transition(o, 'sent')).offer, 'accepted')).agreement!;
    expect(ledgerOf(agreement.debtId)).toContainEqual({ kind: 'waiver', entry_date: '2025-03-15' });
    setShanghai('2025-04-12');
    const paid = await core.call('payments.record', { agreementId: agreement.id, paidDate: '2025-04-01', amountFen: 50_000 });
    setShanghai('2025-06-01');
    const broken = await core.call('agreements.setStatus', { id: agreement.id, rev: paid.rev, status: 'broken', onDate: '2025-05-20', note: '第二期未还' });
    expect(broken).toMatchObject({ status: 'broken', statusDate: '2025-05-20' });
    expect(eventsOf(agreement.id)).toEqual([{ from_status: 'active', to_status: 'broken', on_date: '2025-05-20', reason: null, note: '第二期未还' }]);
    expect(ledgerOf(agreement.debtId)).toContainEqual({ kind: 'waiver_revoked', entry_date: '2025-05-20' });

    // Left as it is, the date is today (1 June in Shanghai).
    const active = await core.call('agreements.setStatus', { id: agreement.id, rev: broken.rev, status: 'active' });
    expect(active.statusDate).toBe('2025-06-01');

    const timeline = await core.call('timeline.list', { clientId, types: ['agreement', 'payment'] });
    expect(timeline.items.map((i) => `${i.type}:${i.type === 'agreement' ? `${i.agreement.to}:${i.agreement.onDate}` : i.at.slice(0, 10)}`)).toEqual([
      'agreement:active:2025-06-01',
      'agreement:broken:2025-05-20',
      'payment:2025-04-01',
    ]);
    // Shown with the lender it concerns, and filtered by that lender.
    expect(timeline.items[0]).toMatchObject({ lenderId: agreement.lenderId, debtId: agreement.debtId });
    const other = await core.call('timeline.list', { clientId, lenderId: agreement.lenderId + 1, types: ['agreement'] });
    expect(other.items).toEqual([]);
  });

  it('refuses a day in the future, before the agreement, before its previous change, or a completion before its last payment – and changes nothing', async () => {
    const { agreement } = await agreementOf(1);
    setShanghai('2025-04-20');
    const paid = await core.call('payments.record', { agreementId: agreement.id, paidDate: '2025-04-05', amountFen: 10_000 });
    const marked = await core.call('agreements.setStatus', { id: agreement.id, rev: paid.rev, status: 'broken', onDate: '2025-04-10' });
    // The rest paid on 15 April, after it was marked broken (it stays broken until the counsellor says otherwise).
    const broken = await core.call('payments.record', { agreementId: agreement.id, paidDate: '2025-04-15', amountFen: marked.progress.outstandingFen });
    expect(broken.status).toBe('broken');
    const before = dbContentHash(core.db);
    const fail = async (status: 'active' | 'completed' | 'cancelled', onDate: string) =>
      (await core.fail('agreements.setStatus', { id: agreement.id, rev: broken.rev, status, onDate })).fields?.onDate;
    expect(await fail('completed', '2025-04-12')).toBe('完成日期不能早于最后一笔还款的日期');
    expect(await fail('cancelled', '2025-04-21')).toBe('日期不能晚于今天');
    expect(await fail('cancelled', '2025-03-01')).toBe('日期不能早于这份协议的达成日期');
    expect(await fail('cancelled', '2025-04-09')).toBe('日期不能早于上一步');
    expect((await core.fail('agreements.setStatus', { id: agreement.id, rev: broken.rev, status: 'cancelled', onDate: '2025-13-01' })).code).toBe('VALIDATION');
    expect(dbContentHash(core.db)).toBe(before);
  });

  it('checks only the agreement’s own events; completes itself on the day of its last payment; a completion never predates that payment', async () => {
    const { debts } = await setup();
    setShanghai('2025-04-20');
    const make = async (i: number) => {
      const o = await core.call('offers.create', { debtId: debts[i]!.id, params: { remedy: 'settlement', amountFen: 100_000, payBy: '2025-04-30' }, draftedOn: '2025-03-20' });
      const s = await transition(o, 'sent', { onDate: '2025-03-21' });
      return (await transition(s.offer, 'accepted', { onDate: '2025-03-25' })).agreement!;
    };
    const first = await make(0);
    const second = await make(1);
    // The first is cancelled on 18 April...
    await core.call('agreements.setStatus', { id: first.id, rev: first.rev, status: 'cancelled', onDate: '2025-04-18' });
    // ...which does not stop the second being marked broken on 1 April and taken up again on 10 April.
    const paid = await core.call('payments.record', { agreementId: second.id, paidDate: '2025-03-28', amountFen: 20_000 });
    const broken = await core.call('agreements.setStatus', { id: second.id, rev: paid.rev, status: 'broken', onDate: '2025-04-01' });
    expect(broken.statusDate).toBe('2025-04-01');
    const again = await core.call('agreements.setStatus', { id: second.id, rev: broken.rev, status: 'active', onDate: '2025-04-10' });
    // Paid in full on 15 April (typed in on the 20th): completed on the 15th, and the debt settled on the 15th.
    const rest = await core.call('payments.record', { agreementId: second.id, paidDate: '2025-04-15', amountFen: 80_000 });
    expect(rest).toMatchObject({ status: 'completed', statusDate: '2025-04-15' });
    expect(eventsOf(second.id).at(-1)).toEqual({ from_status: 'active', to_status: 'completed', on_date: '2025-04-15', reason: 'all_paid', note: null });
    expect(core.db.prepare(`SELECT entry_date FROM debt_ledger WHERE debt_id = ? AND settles = 1`).pluck().all(second.debtId)).toEqual(['2025-04-15']);
    expect(again.statusDate).toBe('2025-04-10');

    // Removing that payment reopens the plan today; marked broken, paid again, it is completed by hand – not before the payment.
    await core.call('payments.delete', { id: rest.payments.find((p) => p.paidDate === '2025-04-15')!.id });
    const reopened = (await core.call('agreements.list', { clientId: second.clientId })).items.find((a) => a.id === second.id)!;
    expect(reopened).toMatchObject({ status: 'active', statusDate: '2025-04-20' });
    expect(eventsOf(second.id).at(-1)).toMatchObject({ to_status: 'active', on_date: '2025-04-20', reason: 'payment_removed' });
    const b2 = await core.call('agreements.setStatus', { id: second.id, rev: reopened.rev, status: 'broken' });
    const paidAll = await core.call('payments.record', { agreementId: second.id, paidDate: '2025-04-20', amountFen: 80_000 });
    expect(paidAll.status).toBe('broken');
    const before = dbContentHash(core.db);
    const early = await core.fail('agreements.setStatus', { id: second.id, rev: paidAll.rev, status: 'completed', onDate: '2025-04-19' });
    expect(early.fields?.onDate).toBe('日期不能早于上一步');
    expect(dbContentHash(core.db)).toBe(before);
    expect(b2.statusDate).toBe('2025-04-20');
    const done = await core.call('agreements.setStatus', { id: second.id, rev: paidAll.rev, status: 'completed', onDate: '2025-04-20' });
    expect(done.statusDate).toBe('2025-04-20');
  });
});
