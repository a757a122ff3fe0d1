import { describe, expect, it } from 'vitest';
import type { RemedyParams } from '../../../../../shared/schemas/remedies';
import { addClient, addDebt, addLender, core, open, setShanghai, transition } from '../agreements/world';

// The outcomes dashboard on a hand-built agency: three agreements (one completed, one running
// with its waiver still conditional, one broken), cases closed for two reasons, one archived.

const waiveInterest: RemedyParams = { remedy: 'waiver', waivers: { interest: { mode: 'percent', value: 100 } }, payBy: '2025-06-01' };
const inst: RemedyParams = { remedy: 'instalments', months: 3, withInterest: false };

async function agreed(name: string, opened: string, debt: { principalFen: number; interestFen: number }, params: RemedyParams, sent: string, accepted: string) {
  setShanghai(opened);
  const clientId = await addClient(name);
  const lender = addLender(`${name}的债权人`);
  const d = await addDebt(clientId, lender, debt.principalFen, { interestFen: debt.interestFen });
  setShanghai(sent);
  const o = await core.call('offers.create', { debtId: d.id, params, startDate: '2025-06-01' });
  const s = await transition(o, 'sent', { onDate: sent });
  setShanghai(accepted);
  const a = await transition(s.offer, 'accepted', { onDate: accepted });
  return { clientId, agreement: a.agreement! };
}

async function close(clientId: number, reason: 'plan_completed' | 'dropped') {
  const c = await core.call('clients.get', { id: clientId });
  await core.call('clients.update', { id: clientId, rev: c.rev, patch: { status: 'closed', closureReason: reason } });
}

describe('insights.outcomes', () => {
  it('counts cases by status and outcome, debt resolved, waivers and the median months to agreement', async () => {
    open();
    // Opened 1 Jan, agreed 1 Mar (59 days: 1.9 months); 30,000 interest waived, 100,000 paid.
    const one = await agreed('客户一', '2025-01-01', { principalFen: 100_000, interestFen: 30_000 }, waiveInterest, '2025-01-05', '2025-03-01');
    setShanghai('2025-03-05');
    const paid = await core.call('payments.record', { agreementId: one.agreement.id, paidDate: '2025-03-05', amountFen: 100_000 });
    expect(paid.status).toBe('completed'); // paid in full: the plan completes itself
    await close(one.clientId, 'plan_completed');
    // Opened 1 Feb, agreed 2 May (90 days: 3.0 months); its 20,000 waiver waits on the plan.
    await agreed('客户二', '2025-02-01', { principalFen: 80_000, interestFen: 20_000 }, waiveInterest, '2025-02-10', '2025-05-02');
    // Opened 1 Mar, agreed 31 Mar (30 days: 1.0 month), then broken: nothing waived, nothing resolved.
    const three = await agreed('客户三', '2025-03-01', { principalFen: 60_000, interestFen: 0 }, inst, '2025-03-05', '2025-03-31');
    setShanghai('2025-05-10');
    await core.call('agreements.setStatus', { id: three.agreement.id, rev: three.agreement.rev, status: 'broken' });
    // A dropped case and an archived case still at intake.
    const four = await addClient('客户四');
    await close(four, 'dropped');
    const five = await addClient('客户五');
    await core.call('clients.archive', { id: five });

    const r = await core.call('insights.outcomes');
    expect(r.cases).toBe(5);
    expect(Object.values(r.byStatus).reduce((s, n) => s + n, 0)).toBe(5);
    expect(r.byStatus.closed).toBe(2);
    expect(r.byStatus.intake).toBe(3); // accepting an offer leaves the case status to the counsellor
    expect(r.byOutcome).toEqual({ settled: 0, plan_completed: 1, referred: 0, dropped: 1, unknown: 0 });
    expect(r.agreements).toBe(3);
    expect(r.resolved).toEqual({ debts: 1, fen: 130_000 });
    expect(r.waivedFen).toBe(50_000);
    expect(r.conditionalWaivedFen).toBe(20_000);
    expect(r.monthsToAgreement).toEqual({ value: 1.9, n: 3 });
    expect((await core.failRaw('insights.outcomes', { all: true })).code).toBe('VALIDATION');
  });
});
