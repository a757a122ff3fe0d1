import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../../shared/contract';
import { dbContentHash } from '../../../helpers/core';
import { addDebt, addProposal, core, followups, listOffers, setShanghai, setup, transition, type OfferStateTo } from '../agreements/world';

describe('offers', () => {
  it('creates one offer per chosen proposal line with the line terms, drafted and logged', async () => {
    const { clientId, debts } = await setup();
    const { proposalId, lineIds } = addProposal(clientId, debts);
    const offers = await core.call('offers.createFromProposal', { proposalId, lineIds });
    expect(offers).toHaveLength(2);
    expect(offers[0]!.status).toBe('drafted');
    expect(offers[0]!.terms.totalFen).toBe(310_001);
    expect(offers[0]!.terms.schedule.map((s) => s.amountFen)).toEqual([103_333, 103_333, 103_335]);
    expect(offers[0]!.events.map((e) => e.status)).toEqual(['drafted']);
    expect(offers[0]!.next).toEqual(['sent']);
    const audit = core.db.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'offer' AND action = 'create'`).get() as { n: number };
    expect(audit.n).toBe(2);
    // A line with an open offer cannot be offered again, and nothing changes.
    const before = dbContentHash(core.db);
    const err = await core.fail('offers.createFromProposal', { proposalId, lineIds: [lineIds[1]!] });
    expect(err.code).toBe('CONFLICT');
    expect(dbContentHash(core.db)).toBe(before);
    // A line of another proposal is refused field-wise.
    const other = addProposal(clientId, [debts[0]!]);
    const e2 = await core.fail('offers.createFromProposal', { proposalId, lineIds: other.lineIds });
    expect(e2.code).toBe('VALIDATION');
    expect(e2.fields?.lineIds).toBeTruthy();
  });

  it('creates an offer by hand with terms from the remedy arithmetic', async () => {
    const { debts } = await setup();
    const o = await core.call('offers.create', { debtId: debts[1]!.id, params: { remedy: 'instalments', months: 12, withInterest: false }, startDate: '2025-04-10' });
    expect(o.terms.schedule).toHaveLength(12);
    expect(o.terms.schedule.reduce((s, i) => s + i.amountFen, 0)).toBe(500_000);
    expect(o.terms.schedule[0]!.dueDate).toBe('2025-04-10');
    expect(o.lenderName).toBe('乙银行');
    const bad = await core.fail('offers.create', { debtId: debts[1]!.id, params: { remedy: 'settlement', amountFen: 900_000, payBy: '2025-05-01' }, startDate: '2025-04-01' });
    expect(bad.code).toBe('VALIDATION');
    expect(Object.keys(bad.fields ?? {})).toContain('params.amountFen');
  });

  it("offers a card issuer's personalised instalments only for a credit card, by hand or as a counter; a refusal changes nothing", async () => {
    const { clientId, lenders, debts } = await setup();
    const card = { remedy: 'card_instalments', months: 60 } as const;
    const before = dbContentHash(core.db);
    const ours = await core.fail('offers.create', { debtId: debts[0]!.id, params: card, startDate: '2025-04-01' });
    expect(ours.code).toBe('VALIDATION');
    expect(ours.fields).toEqual({ 'params.remedy': '信用卡个性化分期只适用于信用卡债务' });
    expect(dbContentHash(core.db)).toBe(before);

    const o = await core.call('offers.create', { debtId: debts[0]!.id, params: { remedy: 'settlement', amountFen: 200_000, payBy: '2025-04-01' } });
    const s = await transition(o, 'sent');
    const sent = dbContentHash(core.db);
    const counter = await core.fail('offers.transition', { id: o.id, rev: s.offer.rev, to: 'countered', onDate: '2025-03-15', counterParams: card });
    expect(counter.fields).toEqual({ 'counterParams.remedy': '信用卡个性化分期只适用于信用卡债务' });
    expect(dbContentHash(core.db)).toBe(sent);

    const cardDebt = await addDebt(clientId, lenders[1]!, 1_200_000, { productType: 'credit_card' });
    const ok = await core.call('offers.create', { debtId: cardDebt.id, params: card, startDate: '2025-04-01' });
    expect(ok.terms.schedule).toHaveLength(60);
    expect(ok.terms.totalFen).toBe(1_200_000);
  });

  it('runs the whole flow: sent (with contact and reply follow-up), countered, re-sent, accepted on the counter terms', async () => {
    const { clientId, debts } = await setup();
    const o = await core.call('offers.create', { debtId: debts[0]!.id, params: { remedy: 'instalments', months: 6, withInterest: false }, startDate: '2025-04-01' });

    const sent = await transition(o, 'sent', { logContact: { channel: 'letter', person: '张专员' }, note: '挂号信寄出', validUntil: '2025-04-30' });
    expect(sent.offer.status).toBe('sent');
    expect(sent.offer.validUntil).toBe('2025-04-30');
    const contact = core.db.prepare(`SELECT * FROM contacts`).get() as Record<string, unknown>;
    expect(contact).toMatchObject({ client_id: clientId, debt_id: debts[0]!.id, source: 'offer', channel: 'letter', direction: 'out', person: '张专员' });
    expect(sent.offer.events.at(-1)).toMatchObject({ status: 'sent', onDate: '2025-03-15', note: '挂号信寄出', contactId: contact.id });
    expect(followups('offer_reply')).toHaveLength(1);
    expect(followups('offer_reply')[0]).toMatchObject({ due_date: '2025-03-29', offer_id: o.id, status: 'open' });

    const countered = await transition(sent.offer, 'countered', { counterParams: { remedy: 'instalments', months: 3, withInterest: false }, note: '对方只同意 3 期' });
    expect(countered.offer.status).toBe('countered');
    expect(countered.offer.counterTerms?.schedule).toHaveLength(3);
    expect(countered.offer.counterTerms?.totalFen).toBe(310_001);
    expect(countered.offer.events.at(-1)!.terms?.months).toBe(3);
    const row = core.db.prepare(`SELECT counter_terms_json FROM offers WHERE id = ?`).get(o.id) as { counter_terms_json: string };
    expect(JSON.parse(row.counter_terms_json).months).toBe(3);

    // Re-sent with revised terms: counter cleared, no second open reply follow-up.
    const resent = await transition(countered.offer, 'sent', { params: { remedy: 'instalments', months: 4, withInterest: false }, followUpDays: 7 });
    expect(resent.offer.terms.months).toBe(4);
    expect(resent.offer.counterTerms).toBeNull();
    expect(followups('offer_reply')).toHaveLength(1);

    const countered2 = await transition(resent.offer, 'countered', { counterParams: { remedy: 'instalments', months: 5, withInterest: false } });
    const accepted = await transition(countered2.offer, 'accepted', { note: '电话确认' });
    expect(accepted.offer.status).toBe('accepted');
    expect(accepted.offer.next).toEqual([]);
    const ag = accepted.agreement!;
    expect(ag.terms.months).toBe(5);
    expect(ag.instalments).toHaveLength(5);
    expect(ag.instalments.reduce((s, i) => s + i.amountFen, 0)).toBe(ag.progress.totalFen);
    expect(ag.progress.totalFen).toBe(310_001);
    expect(ag.agreedDate).toBe('2025-03-15');
    expect(accepted.offer.events.map((e) => e.status)).toEqual(['drafted', 'sent', 'countered', 'sent', 'countered', 'accepted']);
    // The reply came: the chase is cancelled.
    expect(followups('offer_reply')[0]).toMatchObject({ status: 'cancelled' });
    const audits = core.db.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'offer' AND action = 'update'`).get() as { n: number };
    expect(audits.n).toBe(5);
  });

  it('accepting a sent offer uses our terms; instalments sum exactly to the total', async () => {
    const { clientId, debts } = await setup();
    const { proposalId, lineIds } = addProposal(clientId, debts);
    const [o] = await core.call('offers.createFromProposal', { proposalId, lineIds: [lineIds[0]!] });
    const s = await transition(o!, 'sent');
    const a = await transition(s.offer, 'accepted');
    expect(a.agreement!.instalments.map((i) => i.amountFen)).toEqual([103_333, 103_333, 103_335]);
    expect(a.agreement!.instalments.map((i) => i.dueDate)).toEqual(['2025-04-01', '2025-05-01', '2025-06-01']);
    const rows = core.db.prepare(`SELECT SUM(amount_fen) AS s FROM instalments WHERE agreement_id = ?`).get(a.agreement!.id) as { s: number };
    expect(rows.s).toBe(310_001);
  });

  it('refuses invalid transitions with CONFLICT and changes nothing', async () => {
    const { debts } = await setup();
    const o = await core.call('offers.create', { debtId: debts[0]!.id, params: { remedy: 'settlement', amountFen: 200_000, payBy: '2025-04-01' } });
    const cases: [OfferStateTo, Partial<ChannelInput<'offers.transition'>>][] = [
      ['accepted', {}],
      ['countered', { counterParams: { remedy: 'settlement', amountFen: 250_000, payBy: '2025-04-01' } }],
      ['rejected', {}],
      ['expired', {}],
    ];
    for (const [to, extra] of cases) {
      const before = dbContentHash(core.db);
      const err = await core.fail('offers.transition', { id: o.id, rev: o.rev, to, onDate: '2025-03-15', ...extra });
      expect(err.code).toBe('CONFLICT');
      expect(dbContentHash(core.db)).toBe(before);
    }
    const s = await transition(o, 'sent');
    const r = await transition(s.offer, 'rejected');
    for (const to of ['sent', 'accepted', 'expired'] as const) {
      const before = dbContentHash(core.db);
      expect((await core.fail('offers.transition', { id: o.id, rev: r.offer.rev, to, onDate: '2025-03-15' })).code).toBe('CONFLICT');
      expect(dbContentHash(core.db)).toBe(before);
    }
  });

  it('refuses stale revisions, future dates, dates before the last step and counters without terms', async () => {
    const { debts } = await setup();
    const o = await core.call('offers.create', { debtId: debts[0]!.id, params: { remedy: 'settlement', amountFen: 200_000, payBy: '2025-04-01' } });
    const before = dbContentHash(core.db);
    expect((await core.fail('offers.transition', { id: o.id, rev: o.rev + 1, to: 'sent', onDate: '2025-03-15' })).code).toBe('CONFLICT');
    const future = await core.fail('offers.transition', { id: o.id, rev: o.rev, to: 'sent', onDate: '2025-03-16' });
    expect(future.fields?.onDate).toBeTruthy();
    const early = await core.fail('offers.transition', { id: o.id, rev: o.rev, to: 'sent', onDate: '2025-03-14' });
    expect(early.fields?.onDate).toBeTruthy();
    expect(dbContentHash(core.db)).toBe(before);
    const s = await transition(o, 'sent');
    const noTerms = await core.fail('offers.transition', { id: o.id, rev: s.offer.rev, to: 'countered', onDate: '2025-03-15' });
    expect(noTerms.code).toBe('VALIDATION');
    expect(noTerms.fields?.counterParams).toBeTruthy();
    const wrongPlace = await core.fail('offers.transition', { id: o.id, rev: s.offer.rev, to: 'rejected', onDate: '2025-03-15', logContact: { channel: 'phone' } });
    expect(wrongPlace.code).toBe('VALIDATION');
  });

  it('expires or rejects by hand from countered, cancelling the reply chase; no contact unless asked', async () => {
    const { debts } = await setup();
    const mk = () => core.call('offers.create', { debtId: debts[0]!.id, params: { remedy: 'settlement', amountFen: 200_000, payBy: '2025-04-01' } });
    for (const end of ['expired', 'rejected'] as const) {
      const o = await mk();
      const s = await transition(o, 'sent');
      const c = await transition(s.offer, 'countered', { counterParams: { remedy: 'settlement', amountFen: 250_000, payBy: '2025-04-01' } });
      const done = await transition(c.offer, end, { note: '对方不再回复' });
      expect(done.offer.status).toBe(end);
      expect(done.agreement).toBeNull();
      const f = core.db.prepare(`SELECT status FROM followups WHERE offer_id = ?`).all(o.id);
      expect(f).toEqual([{ status: 'cancelled' }]);
    }
    expect(core.db.prepare(`SELECT COUNT(*) AS n FROM contacts`).get()).toEqual({ n: 0 });
    expect(core.db.prepare(`SELECT COUNT(*) AS n FROM agreements`).get()).toEqual({ n: 0 });
  });

  it('deletes drafted offers only', async () => {
    const { debts } = await setup();
    const o = await core.call('offers.create', { debtId: debts[0]!.id, params: { remedy: 'settlement', amountFen: 200_000, payBy: '2025-04-01' } });
    const s = await transition(o, 'sent');
    const before = dbContentHash(core.db);
    expect((await core.fail('offers.delete', { id: o.id, rev: s.offer.rev })).code).toBe('CONFLICT');
    expect(dbContentHash(core.db)).toBe(before);
    const o2 = await core.call('offers.create', { debtId: debts[1]!.id, params: { remedy: 'settlement', amountFen: 200_000, payBy: '2025-04-01' } });
    await core.call('offers.delete', { id: o2.id, rev: o2.rev });
    expect(core.db.prepare(`SELECT COUNT(*) AS n FROM offer_events WHERE offer_id = ?`).get(o2.id)).toEqual({ n: 0 });
  });

  it('expires sent offers past valid-until when listed, dated the day after', async () => {
    const { clientId, debts } = await setup();
    const o = await core.call('offers.create', { debtId: debts[0]!.id, params: { remedy: 'settlement', amountFen: 200_000, payBy: '2025-04-01' } });
    await transition(o, 'sent', { validUntil: '2025-03-20' });
    setShanghai('2025-03-20');
    expect((await listOffers(clientId)).items[0]!.status).toBe('sent');
    setShanghai('2025-03-21');
    const after = (await listOffers(clientId)).items[0]!;
    expect(after.status).toBe('expired');
    expect(after.events.at(-1)).toMatchObject({ status: 'expired', onDate: '2025-03-21' });
    expect(followups('offer_reply')[0]).toMatchObject({ status: 'cancelled' });
    // Listing again changes nothing.
    const h = dbContentHash(core.db);
    await listOffers(clientId);
    expect(dbContentHash(core.db)).toBe(h);
  });
});
