import { describe, expect, it } from 'vitest';
import { dbContentHash } from '../../../helpers/core';
import { addProposal, core, followups, setShanghai, setup, transition } from '../agreements/world';

// Steps recorded on the day they really happened (issue 13 §5): an offer drafted and sent
// weeks ago, accepted, paid - typed in today. Order is checked among one offer's steps,
// and one agreement's payments, only. Real encrypted SQLite through the handlers.

const settlement = { remedy: 'settlement' as const, amountFen: 200_000, payBy: '2025-06-30' };

describe('offers, agreements and payments on their real dates', () => {
  it('records an offer drafted on 28 March and sent on 1 April, typed in on 20 April, then accepted and paid before today', async () => {
    const { clientId, debts } = await setup();
    setShanghai('2025-04-20');
    const o = await core.call('offers.create', {
      debtId: debts[0]!.id,
      params: { remedy: 'instalments', months: 3, withInterest: false },
      draftedOn: '2025-03-28',
      sentOn: '2025-04-01',
      logContact: { channel: 'letter', person: '张专员' },
    });
    expect(o.status).toBe('sent');
    expect(o.events.map((e) => [e.status, e.onDate])).toEqual([
      ['drafted', '2025-03-28'],
      ['sent', '2025-04-01'],
    ]);
    // The schedule runs from a month after it went out, not from the day it was typed in.
    expect(o.terms.schedule.map((s) => s.dueDate)).toEqual(['2025-05-01', '2025-06-01', '2025-07-01']);
    // The contact that sent it is on 1 April (noon in Shanghai), and so is the step.
    const contact = core.db.prepare(`SELECT occurred_at, channel, source FROM contacts WHERE client_id = ?`).get(clientId);
    expect(contact).toEqual({ occurred_at: '2025-04-01T04:00:00.000Z', channel: 'letter', source: 'offer' });
    expect(o.events.map((e) => e.at)).toEqual(['2025-03-28T04:00:00.000Z', '2025-04-01T04:00:00.000Z']);
    // The reply was due 14 days after sending: already open and due.
    expect(followups('offer_reply')).toHaveLength(1);
    expect(followups('offer_reply')[0]).toMatchObject({ due_date: '2025-04-15', status: 'open', offer_id: o.id });

    const accepted = await transition(o, 'accepted', { onDate: '2025-04-10', note: '电话确认' });
    const agreement = accepted.agreement!;
    expect(agreement.agreedDate).toBe('2025-04-10');

    // A payment made on 12 April, after the agreement and before today, is fine...
    const paid = await core.call('payments.record', { agreementId: agreement.id, paidDate: '2025-04-12', amountFen: 50_000 });
    expect(paid.payments.map((p) => p.paidDate)).toEqual(['2025-04-12']);
    // ...one dated before the agreement is refused at the field, and nothing changes.
    const before = dbContentHash(core.db);
    const early = await core.fail('payments.record', { agreementId: agreement.id, paidDate: '2025-04-09', amountFen: 50_000 });
    expect(early.code).toBe('VALIDATION');
    expect(early.fields?.paidDate).toMatch(/还款日期不能早于这份协议的达成日期/);
    expect(dbContentHash(core.db)).toBe(before);

    // The timeline puts every step on its real day, whatever day it was typed in.
    await core.call('contacts.create', { clientId, occurredAt: '2025-04-05T02:00:00.000Z', channel: 'phone', direction: 'in', summary: '对方来电询问' });
    const timeline = await core.call('timeline.list', { clientId, types: ['offer', 'contact', 'payment'] });
    expect(timeline.items.map((i) => `${i.type}:${i.at.slice(0, 10)}`)).toEqual([
      'payment:2025-04-12',
      'offer:2025-04-10', // accepted
      'contact:2025-04-05',
      'contact:2025-04-01', // the letter that sent it
      'offer:2025-04-01', // sent
      'offer:2025-03-28', // drafted
    ]);
  });

  it('lets a past "sent" follow a past "drafted" (the old refusal), checking order within the one offer only', async () => {
    const { debts } = await setup();
    setShanghai('2025-04-20');
    // Drafted today, it cannot have been sent on 1 April: that order is still refused.
    const today = await core.call('offers.create', { debtId: debts[0]!.id, params: settlement });
    const refused = await core.fail('offers.transition', { id: today.id, rev: today.rev, to: 'sent', onDate: '2025-04-01' });
    expect(refused.fields?.onDate).toBeTruthy();
    // Drafted on 30 March, it can.
    const earlier = await core.call('offers.create', { debtId: debts[1]!.id, params: settlement, draftedOn: '2025-03-30' });
    expect(earlier.events[0]).toMatchObject({ status: 'drafted', onDate: '2025-03-30' });
    const sent = await transition(earlier, 'sent', { onDate: '2025-04-01' });
    expect(sent.offer.status).toBe('sent');
    // The other offer's step today does not stop this one's reply being dated 3 April.
    const rejected = await transition(sent.offer, 'rejected', { onDate: '2025-04-03' });
    expect(rejected.offer.events.map((e) => e.onDate)).toEqual(['2025-03-30', '2025-04-01', '2025-04-03']);
  });

  it('keeps a step typed in the next day for yesterday after yesterday’s step typed in then', async () => {
    const { debts } = await setup();
    setShanghai('2025-04-20', '15:00');
    const o = await core.call('offers.create', { debtId: debts[0]!.id, params: settlement });
    setShanghai('2025-04-21', '09:00');
    const sent = await transition(o, 'sent', { onDate: '2025-04-20' });
    // Noon on the 20th would be before the draft's 15:00; the step is never placed before it.
    expect(sent.offer.events.map((e) => [e.status, e.at])).toEqual([
      ['drafted', '2025-04-20T07:00:00.000Z'],
      ['sent', '2025-04-20T07:00:00.000Z'],
    ]);
  });

  it('drafts offers from a proposal on the day they were drafted', async () => {
    const { clientId, debts } = await setup();
    setShanghai('2025-04-20');
    const { proposalId, lineIds } = addProposal(clientId, debts);
    const offers = await core.call('offers.createFromProposal', { proposalId, lineIds, draftedOn: '2025-04-02' });
    expect(offers.map((o) => o.events[0]!.onDate)).toEqual(['2025-04-02', '2025-04-02']);
    const before = dbContentHash(core.db);
    const future = await core.fail('offers.createFromProposal', { proposalId, lineIds, draftedOn: '2025-04-21' });
    expect(future.fields?.draftedOn).toBeTruthy();
    expect(dbContentHash(core.db)).toBe(before);
  });

  it('refuses impossible dates field by field and changes nothing', async () => {
    const { debts } = await setup();
    setShanghai('2025-04-20');
    const debtId = debts[0]!.id;
    const before = dbContentHash(core.db);
    const cases: [Record<string, unknown>, string][] = [
      [{ draftedOn: '2025-04-21' }, 'draftedOn'],
      [{ sentOn: '2025-04-21' }, 'sentOn'],
      [{ draftedOn: '2025-04-05', sentOn: '2025-04-01' }, 'sentOn'],
      [{ sentOn: '2025-04-10', validUntil: '2025-04-09' }, 'validUntil'],
      [{ logContact: { channel: 'phone' } }, 'logContact'],
      [{ followUpDays: 7 }, 'followUpDays'],
    ];
    for (const [extra, field] of cases) {
      const err = await core.fail('offers.create', { debtId, params: settlement, ...extra });
      expect(err.code, JSON.stringify(extra)).toBe('VALIDATION');
      expect(Object.keys(err.fields ?? {}), JSON.stringify(extra)).toContain(field);
    }
    expect(dbContentHash(core.db)).toBe(before);
    const messages = await core.fail('offers.create', { debtId, params: settlement, draftedOn: '2025-04-05', sentOn: '2025-04-01' });
    expect(messages.fields?.sentOn).toBe('发出日期不能早于起草日期');
  });
});
