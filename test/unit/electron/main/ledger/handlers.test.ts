import { describe, expect, it } from 'vitest';
import { dbContentHash } from '../../../helpers/core';
import { addClient, addDebt, addLender, core, open, setup, transition } from '../agreements/world';

// A debt's balance comes from its ledger: agreements' payments lower it, a completed agreement
// settles it, a broken conditional one puts the waived part back; the counsellor records
// payments outside agreements, lender statements and write-offs on the debt itself.

const debtOf = async (clientId: number, debtId: number) => (await core.call('debts.list', { clientId })).items.find((d) => d.id === debtId)!;

async function settlementAgreement(amountFen: number, extra: { waiverConditional?: boolean } = {}) {
  const { clientId, debts } = await setup();
  const debt = debts[0]!; // 300,001 principal + 10,000 interest = 310,001
  const o = await core.call('offers.create', { debtId: debt.id, params: { remedy: 'settlement', amountFen, payBy: '2025-04-30' } });
  const s = await transition(o, 'sent');
  const a = (await transition(s.offer, 'accepted', extra)).agreement!;
  return { clientId, debt, agreement: a };
}

describe('an agreement and its debt', () => {
  it('accepting a settlement grants a conditional waiver of the rest; paying it off settles the debt at zero', async () => {
    const { clientId, debt, agreement } = await settlementAgreement(200_000);
    expect(debt.outstandingFen).toBe(310_001);
    const ledger = await core.call('ledger.list', { debtId: debt.id });
    expect(ledger.entries.map((e) => [e.kind, e.amountFen, e.conditional, e.balance.totalFen])).toEqual([
      ['opening', null, null, 310_001],
      ['waiver', 110_001, true, 200_000],
    ]);
    expect((await debtOf(clientId, debt.id)).outstandingFen).toBe(200_000);

    const paid = await core.call('payments.record', { agreementId: agreement.id, paidDate: '2025-03-15', amountFen: 200_000 });
    expect(paid.status).toBe('completed');
    const after = await debtOf(clientId, debt.id);
    expect(after).toMatchObject({ outstandingFen: 0, principalFen: 0, interestFen: 0, ledger: { status: 'settled', paidFen: 200_000, savedFen: 110_001 } });
    const list = await core.call('debts.list', { clientId });
    expect(list.totals.outstandingFen).toBe(500_000); // only the other debt is still owed
    const lenders = await core.call('packets.lenders', { clientId });
    expect(lenders.items.find((l) => l.lenderId === debt.lenderId)?.outstandingFen).toBe(0);
    // The next proposal shares the budget among the debts still owed, at their current balances.
    const draft = await core.call('proposals.draft', { clientId, months: 12 });
    expect(draft.debts.map((d) => [d.debtId, d.principalFen + d.interestFen + d.penaltyFen + d.lateFeesFen + d.otherFen])).toEqual([
      [list.items.find((d) => d.id !== debt.id)!.id, 500_000],
    ]);
  });

  it('a broken conditional settlement puts the waived amount back; reinstating it takes it off again', async () => {
    const { clientId, debt, agreement } = await settlementAgreement(200_000);
    await core.call('payments.record', { agreementId: agreement.id, paidDate: '2025-03-15', amountFen: 50_000 });
    expect((await debtOf(clientId, debt.id)).outstandingFen).toBe(150_000);
    const current = (await core.call('agreements.list', { clientId })).items[0]!;
    const broken = await core.call('agreements.setStatus', { id: current.id, rev: current.rev, status: 'broken' });
    const d = await debtOf(clientId, debt.id);
    expect(d.outstandingFen).toBe(310_001 - 50_000);
    expect(d.ledger).toMatchObject({ status: 'open', paidFen: 50_000, savedFen: 0 });
    const kinds = (await core.call('ledger.list', { debtId: debt.id })).entries.map((e) => e.kind);
    expect(kinds).toEqual(['opening', 'waiver', 'payment', 'waiver_revoked']);

    await core.call('agreements.setStatus', { id: broken.id, rev: broken.rev, status: 'active' });
    expect((await debtOf(clientId, debt.id)).outstandingFen).toBe(150_000);
  });

  it('an unconditional waiver stays when the plan breaks', async () => {
    const { clientId, debt, agreement } = await settlementAgreement(200_000, { waiverConditional: false });
    expect(agreement.waiverConditional).toBe(false);
    await core.call('agreements.setStatus', { id: agreement.id, rev: agreement.rev, status: 'broken' });
    expect((await debtOf(clientId, debt.id)).outstandingFen).toBe(200_000);
  });

  it('removing the last payment of a completed agreement reopens it and the debt owes that payment again', async () => {
    const { clientId, debt, agreement } = await settlementAgreement(200_000);
    const paid = await core.call('payments.record', { agreementId: agreement.id, paidDate: '2025-03-15', amountFen: 200_000 });
    const reopened = await core.call('payments.delete', { id: paid.payments[0]!.id });
    expect(reopened.status).toBe('active');
    expect((await debtOf(clientId, debt.id)).outstandingFen).toBe(200_000);
    expect((await core.call('ledger.list', { debtId: debt.id })).entries.map((e) => e.kind)).toEqual(['opening', 'waiver']);
  });

  it('an instalment plan paid in full lowers the debt instalment by instalment to zero', async () => {
    const { clientId, debts } = await setup();
    const debt = debts[1]!; // 500,000
    const o = await core.call('offers.create', { debtId: debt.id, params: { remedy: 'instalments', months: 3, withInterest: false }, startDate: '2025-04-01' });
    const a = (await transition((await transition(o, 'sent')).offer, 'accepted')).agreement!;
    expect((await core.call('ledger.list', { debtId: debt.id })).entries.map((e) => e.kind)).toEqual(['opening']);
    let left = 500_000;
    for (const inst of a.instalments) {
      const v = await core.call('payments.record', { agreementId: a.id, paidDate: '2025-03-15', amountFen: inst.amountFen, instalmentId: inst.id });
      left -= inst.amountFen;
      expect((await debtOf(clientId, debt.id)).outstandingFen).toBe(left);
      if (left === 0) expect(v.status).toBe('completed');
    }
    expect((await debtOf(clientId, debt.id)).ledger).toMatchObject({ status: 'settled', paidFen: 500_000, savedFen: 0 });
  });
});

describe('direct actions on a debt', () => {
  async function oneDebt() {
    open();
    const clientId = await addClient();
    const lender = addLender('花易借');
    const debt = await addDebt(clientId, lender, 400_000, { interestFen: 50_000, lateFeesFen: 10_000 });
    return { clientId, debt };
  }

  it('a payment outside an agreement lowers fees, then interest, then principal', async () => {
    const { debt } = await oneDebt();
    const v = await core.call('ledger.recordPayment', { debtId: debt.id, entryDate: '2025-03-01', amountFen: 30_000, note: '客户自行还款' });
    expect(v.balance).toEqual({ principalFen: 400_000, interestFen: 30_000, penaltyFen: 0, lateFeesFen: 0, otherFen: 0, totalFen: 430_000 });
    expect(v.entries[1]).toMatchObject({ kind: 'payment', direct: true, note: '客户自行还款', effect: { lateFeesFen: -10_000, interestFen: -20_000 } });
  });

  it('refuses a payment beyond the balance and a date in the future, with translated messages, leaving the database as it was', async () => {
    const { debt } = await oneDebt();
    const before = dbContentHash(core.db);
    const over = await core.fail('ledger.recordPayment', { debtId: debt.id, entryDate: '2025-03-01', amountFen: 460_001 });
    expect(over).toMatchObject({ code: 'VALIDATION', fields: { amountFen: '金额超过该日期的欠款余额。' } });
    const future = await core.fail('ledger.writeOff', { debtId: debt.id, entryDate: '2025-03-16', amountFen: null });
    expect(future.code).toBe('VALIDATION');
    expect(future.fields?.entryDate).toBeTruthy();
    const zero = await core.failRaw('ledger.recordPayment', { debtId: debt.id, entryDate: '2025-03-01', amountFen: 0 });
    expect(zero).toMatchObject({ code: 'VALIDATION', fields: { amountFen: '金额必须大于零。' } });
    expect(dbContentHash(core.db)).toBe(before);
    await core.call('settings.update', { language: 'en' });
    const en = await core.fail('ledger.recordPayment', { debtId: debt.id, entryDate: '2025-03-01', amountFen: 460_001 });
    expect(en.fields?.amountFen).toBe('The amount is more than the balance owed on that date.');
    expect(core.db.prepare('SELECT count(*) FROM debt_ledger').pluck().get()).toBe(1);
  });

  it('a lender statement restates the balance; payments dated before it are part of it', async () => {
    const { clientId, debt } = await oneDebt();
    await core.call('ledger.recordPayment', { debtId: debt.id, entryDate: '2025-02-01', amountFen: 60_000 });
    const v = await core.call('ledger.recordStatement', {
      debtId: debt.id,
      entryDate: '2025-03-01',
      figures: { principalFen: 380_000, interestFen: 42_000, penaltyFen: 3_000, lateFeesFen: 0, otherFen: 0 },
    });
    expect(v.balance.totalFen).toBe(425_000);
    await core.call('ledger.recordPayment', { debtId: debt.id, entryDate: '2025-02-15', amountFen: 5_000 });
    expect((await debtOf(clientId, debt.id)).outstandingFen).toBe(425_000);
  });

  it('a write-off of the rest leaves nothing owed and marks the debt written off; deleting it brings the balance back', async () => {
    const { clientId, debt } = await oneDebt();
    const v = await core.call('ledger.writeOff', { debtId: debt.id, entryDate: '2025-03-10', amountFen: null });
    expect(v.summary).toMatchObject({ status: 'written_off', writtenOffFen: 460_000 });
    expect((await debtOf(clientId, debt.id)).outstandingFen).toBe(0);
    expect(await core.fail('ledger.writeOff', { debtId: debt.id, entryDate: '2025-03-10', amountFen: null })).toMatchObject({ code: 'CONFLICT' });
    const back = await core.call('ledger.delete', { id: v.entries[1]!.id });
    expect(back.balance.totalFen).toBe(460_000);
  });

  it('the opening and an agreement’s entries cannot be deleted here', async () => {
    const { debt } = await oneDebt();
    const v = await core.call('ledger.list', { debtId: debt.id });
    expect(await core.fail('ledger.delete', { id: v.entries[0]!.id })).toMatchObject({ code: 'CONFLICT' });
    expect(await core.fail('ledger.list', { debtId: 999_999 })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the debt form and the ledger', () => {
  it('amounts typed before anything happened correct the opening; after a payment they are recorded as a restatement', async () => {
    open();
    const clientId = await addClient();
    const debt = await addDebt(clientId, addLender('招商银行'), 100_000);
    const fixed = await core.call('debts.update', { id: debt.id, rev: debt.rev, patch: { principalFen: 120_000 } });
    expect(fixed.outstandingFen).toBe(120_000);
    let kinds = (await core.call('ledger.list', { debtId: debt.id })).entries.map((e) => [e.kind, e.stated?.principalFen ?? null]);
    expect(kinds).toEqual([['opening', 120_000]]);

    await core.call('ledger.recordPayment', { debtId: debt.id, entryDate: '2025-03-01', amountFen: 20_000 });
    const seen = await debtOf(clientId, debt.id);
    expect(seen.principalFen).toBe(100_000);
    // Saving other fields with the amounts as shown records nothing in the ledger.
    const noted = await core.call('debts.update', { id: seen.id, rev: seen.rev, patch: { notes: '已电话联系', principalFen: 100_000 } });
    expect((await core.call('ledger.list', { debtId: debt.id })).entries).toHaveLength(2);
    const restated = await core.call('debts.update', { id: noted.id, rev: noted.rev, patch: { principalFen: 90_000, interestFen: 1_000 } });
    expect(restated.outstandingFen).toBe(91_000);
    kinds = (await core.call('ledger.list', { debtId: debt.id })).entries.map((e) => [e.kind, e.stated?.principalFen ?? null]);
    expect(kinds).toEqual([
      ['opening', 120_000],
      ['payment', null],
      ['statement', 90_000],
    ]);
    // The stored amount columns keep mirroring the opening entry.
    expect(core.db.prepare('SELECT principal_fen FROM debts WHERE id = ?').pluck().get(debt.id)).toBe(120_000);
  });
});
