import { describe, expect, it } from 'vitest';
import { dbContentHash, type TestCore } from '../../../helpers/core';
import { addLender, openCorePerTest, statement } from '../../../helpers/case';

// Stale marks: a saved proposal and the open offers built on it are compared with today's
// figures on read. Each cause of staleness on a real encrypted database, and the things that
// must not mark a plan stale (nothing changed; an agreement being paid as agreed).

let core: TestCore;
openCorePerTest((c) => (core = c));

/** Disposable 1,600.00; three debts of 4,550 / 6,700 / 1,200; a 36-month plan saved. */
async function setUpCase() {
  const clientId = (await core.call('clients.create', { name: '王小明' })).id;
  await statement(core, clientId, '2025-03-10', 600_000);
  const lenders = { a: addLender(core, '甲贷'), b: addLender(core, '乙银行'), c: addLender(core, '丙金融') };
  const debt = async (lenderId: number, principalFen: number) => (await core.call('debts.create', { clientId, lenderId, principalFen })).id;
  const debts = { a: await debt(lenders.a, 455_000), b: await debt(lenders.b, 670_000), c: await debt(lenders.c, 120_000) };
  const proposal = await core.call('proposals.create', { clientId, name: '方案A', months: 36, startDate: '2025-04-01' });
  return { clientId, lenders, debts, proposal };
}

const stale = (clientId: number) => core.call('replan.stale', { clientId });

describe('replan.stale', () => {
  it('nothing changed: no proposal and no offer is stale', async () => {
    const { clientId, proposal } = await setUpCase();
    const lineIds = (await core.call('offers.proposalChoices', { clientId }))[0]!.lines.map((l) => l.id);
    await core.call('offers.createFromProposal', { proposalId: proposal.id, lineIds });
    expect(await stale(clientId)).toEqual({ proposals: [], offers: [] });
  });

  it('a new statement with lower income: the proposal says disposable income 1,600.00 → 800.00', async () => {
    const { clientId, proposal } = await setUpCase();
    await statement(core, clientId, '2025-03-14', 520_000);
    const s = await stale(clientId);
    expect(s.proposals).toEqual([{ id: proposal.id, name: '方案A', changes: [{ kind: 'disposable', fromFen: 160_000, toFen: 80_000 }] }]);
  });

  it('a new statement with the same disposable income changes nothing the plan used', async () => {
    const { clientId } = await setUpCase();
    await statement(core, clientId, '2025-03-14', 600_000);
    expect((await stale(clientId)).proposals).toEqual([]);
  });

  it('a lender statement restating a balance: "乙银行 balance 6,700.00 → 6,000.00"', async () => {
    const { clientId, debts, lenders } = await setUpCase();
    await core.call('ledger.recordStatement', { debtId: debts.b, entryDate: '2025-03-15', figures: { principalFen: 600_000, interestFen: 0, penaltyFen: 0, lateFeesFen: 0, otherFen: 0 } });
    expect((await stale(clientId)).proposals[0]!.changes).toEqual([{ kind: 'balance', debtId: debts.b, lenderId: lenders.b, lenderName: '乙银行', fromFen: 670_000, toFen: 600_000 }]);
  });

  it('a payment made outside a plan lowers a balance: stale', async () => {
    const { clientId, debts } = await setUpCase();
    await core.call('ledger.recordPayment', { debtId: debts.a, entryDate: '2025-03-15', amountFen: 50_000 });
    expect((await stale(clientId)).proposals[0]!.changes).toMatchObject([{ kind: 'balance', debtId: debts.a, fromFen: 455_000, toFen: 405_000 }]);
  });

  it('a partial write-off is a balance change; a full one closes the debt', async () => {
    const { clientId, debts } = await setUpCase();
    await core.call('ledger.writeOff', { debtId: debts.a, entryDate: '2025-03-15', amountFen: 5_000 });
    expect((await stale(clientId)).proposals[0]!.changes).toMatchObject([{ kind: 'balance', debtId: debts.a, fromFen: 455_000, toFen: 450_000 }]);
    await core.call('ledger.writeOff', { debtId: debts.c, entryDate: '2025-03-15', amountFen: null });
    expect((await stale(clientId)).proposals[0]!.changes).toMatchObject([
      { kind: 'balance', debtId: debts.a },
      { kind: 'debtClosed', debtId: debts.c, lenderName: '丙金融', status: 'written_off' },
    ]);
  });

  it('a debt paid off outside a plan is settled', async () => {
    const { clientId, debts } = await setUpCase();
    await core.call('ledger.recordPayment', { debtId: debts.c, entryDate: '2025-03-15', amountFen: 120_000 });
    expect((await stale(clientId)).proposals[0]!.changes).toEqual([{ kind: 'debtClosed', debtId: debts.c, lenderId: expect.any(Number), lenderName: '丙金融', status: 'settled' }]);
  });

  it('a new debt: "新增债务" with its lender and balance', async () => {
    const { clientId } = await setUpCase();
    const lenderId = addLender(core, '丁消费金融');
    const d = await core.call('debts.create', { clientId, lenderId, principalFen: 300_000 });
    expect((await stale(clientId)).proposals[0]!.changes).toEqual([{ kind: 'debtAdded', debtId: d.id, lenderId, lenderName: '丁消费金融', balanceFen: 300_000 }]);
  });

  it('a debt deleted from the case', async () => {
    const { clientId, debts } = await setUpCase();
    await core.call('debts.delete', { id: debts.c });
    expect((await stale(clientId)).proposals[0]!.changes).toMatchObject([{ kind: 'debtRemoved', debtId: debts.c, lenderName: '丙金融' }]);
  });

  it('saving the proposal again from the new figures clears the mark', async () => {
    const { clientId, proposal } = await setUpCase();
    await statement(core, clientId, '2025-03-14', 520_000);
    expect((await stale(clientId)).proposals).toHaveLength(1);
    await core.call('proposals.update', { id: proposal.id, rev: proposal.rev, name: '方案A', months: 36, startDate: '2025-04-01' });
    expect((await stale(clientId)).proposals).toEqual([]);
  });

  it('restoring an earlier version of the scenario brings back the figures it was built on', async () => {
    const { clientId, proposal } = await setUpCase();
    await statement(core, clientId, '2025-03-14', 520_000);
    const saved = await core.call('proposals.update', { id: proposal.id, rev: proposal.rev, name: '方案A', months: 36, startDate: '2025-04-01' });
    expect((await stale(clientId)).proposals).toEqual([]);
    const first = (await core.call('proposals.versions', { id: proposal.id })).find((v) => !v.current)!;
    await core.call('proposals.restore', { id: proposal.id, rev: saved.rev, versionId: first.versionId! });
    expect((await stale(clientId)).proposals).toEqual([{ id: proposal.id, name: '方案A', changes: [{ kind: 'disposable', fromFen: 160_000, toFen: 80_000 }] }]);
  });

  it('open offers made from the plan, and offers typed by hand, are marked; accepted and rejected ones are not', async () => {
    const { clientId, proposal, debts } = await setUpCase();
    const choices = await core.call('offers.proposalChoices', { clientId });
    const [oa, ob] = await core.call('offers.createFromProposal', { proposalId: proposal.id, lineIds: choices[0]!.lines.filter((l) => l.debtId !== debts.c).map((l) => l.id) });
    const byHand = await core.call('offers.create', { debtId: debts.c, params: { remedy: 'settlement', amountFen: 60_000, payBy: '2025-04-30' } });
    const sent = await core.call('offers.transition', { id: ob!.id, rev: ob!.rev, to: 'sent', onDate: '2025-03-15' });
    await core.call('offers.transition', { id: sent.offer.id, rev: sent.offer.rev, to: 'rejected', onDate: '2025-03-15' });
    expect((await stale(clientId)).offers).toEqual([]);

    await core.call('ledger.recordStatement', { debtId: debts.c, entryDate: '2025-03-15', figures: { principalFen: 100_000, interestFen: 0, penaltyFen: 0, lateFeesFen: 0, otherFen: 0 } });
    const s = await stale(clientId);
    expect(s.offers.map((o) => o.id).sort()).toEqual([oa!.id, byHand.id].sort());
    expect(s.offers.find((o) => o.id === byHand.id)!.changes).toMatchObject([{ kind: 'balance', debtId: debts.c, fromFen: 120_000, toFen: 100_000 }]);
  });

  it('an agreement paid as agreed is the plan carried out, not a change; a later restatement is', async () => {
    const { clientId, proposal, debts } = await setUpCase();
    const line = (await core.call('offers.proposalChoices', { clientId }))[0]!.lines.find((l) => l.debtId === debts.a)!;
    const [offer] = await core.call('offers.createFromProposal', { proposalId: proposal.id, lineIds: [line.id] });
    const sent = await core.call('offers.transition', { id: offer!.id, rev: offer!.rev, to: 'sent', onDate: '2025-03-15' });
    const accepted = await core.call('offers.transition', { id: sent.offer.id, rev: sent.offer.rev, to: 'accepted', onDate: '2025-03-15' });
    await core.call('payments.record', { agreementId: accepted.agreement!.id, paidDate: '2025-03-15', amountFen: 20_000 });
    const owed = (await core.call('debts.list', { clientId })).items.find((d) => d.id === debts.a)!;
    expect(owed.outstandingFen).toBeLessThan(455_000);
    expect(await stale(clientId)).toEqual({ proposals: [], offers: [] });

    await core.call('ledger.recordPayment', { debtId: debts.a, entryDate: '2025-03-15', amountFen: 10_000 });
    expect((await stale(clientId)).proposals[0]!.changes).toMatchObject([{ kind: 'balance', debtId: debts.a, fromFen: 455_000, toFen: 445_000 }]);
  });

  it('a proposal saved before bases were kept is compared through its own rows', async () => {
    const { clientId, proposal } = await setUpCase();
    core.db.prepare('DELETE FROM plan_bases').run();
    expect((await stale(clientId)).proposals).toEqual([]);
    await statement(core, clientId, '2025-03-14', 520_000);
    expect((await stale(clientId)).proposals).toEqual([{ id: proposal.id, name: '方案A', changes: [{ kind: 'disposable', fromFen: 160_000, toFen: 80_000 }] }]);
  });

  it('refuses an unknown client with NOT_FOUND and a bad id with a translated VALIDATION', async () => {
    expect((await core.fail('replan.stale', { clientId: 999 })).code).toBe('NOT_FOUND');
    const e = await core.failRaw('replan.stale', { clientId: 'x' });
    expect(e.code).toBe('VALIDATION');
    const before = dbContentHash(core.db);
    await core.failRaw('replan.stale', {});
    expect(dbContentHash(core.db)).toBe(before);
  });
});
