import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../../shared/contract';
import type { AgreementView } from '../../../../../shared/schemas/agreements';
import type { DebtView } from '../../../../../shared/schemas/debts';
import { sweepMissedInstalments } from '../../../../../electron/main/agreements/handlers';
import { MISSED_CANDIDATES_SQL } from '../../../../../electron/main/db/instalments';
import { dbContentHash, makeTempDir, openTestCore, removeDir, type TestCore } from '../../../helpers/core';

// 02:00 on 15 March 2025 in Shanghai is still 14 March in UTC: "today" for the counsellor is the 15th.
let clock = new Date('2025-03-14T18:00:00.000Z');
const setShanghai = (date: string, time = '09:00') => {
  clock = new Date(`${date}T${time}:00+08:00`);
};

let dir: string | undefined;
let core: TestCore;
afterEach(() => {
  core?.close();
  if (dir) removeDir(dir);
  dir = undefined;
});

function open(): TestCore {
  dir = makeTempDir();
  clock = new Date('2025-03-14T18:00:00.000Z');
  core = openTestCore(dir, { now: () => clock });
  return core;
}

function addLender(name: string): number {
  const at = new Date().toISOString();
  const info = core.db
    .prepare(`INSERT INTO lenders (name, name_pinyin, name_initials, type, created_at, updated_at) VALUES (?, ?, ?, 'online_platform', ?, ?)`)
    .run(name, name, name, at, at);
  return Number(info.lastInsertRowid);
}

async function addClient(name = '王小明'): Promise<number> {
  return (await core.call('clients.create', { name })).id;
}

const addDebt = (clientId: number, lenderId: number, principalFen: number, extra: Record<string, unknown> = {}) =>
  core.call('debts.create', { clientId, lenderId, principalFen, ...extra });

/** A saved proposal with one 3-month instalment line per debt (C's builder writes the same rows). */
function addProposal(clientId: number, debts: DebtView[]): { proposalId: number; lineIds: number[] } {
  const at = clock.toISOString();
  const p = core.db
    .prepare(
      `INSERT INTO proposals (client_id, name, disposable_fen, budget_fen, months, start_date, created_at, updated_at) VALUES (?, '方案一', 300000, 300000, 3, '2025-04-01', ?, ?)`,
    )
    .run(clientId, at, at);
  const proposalId = Number(p.lastInsertRowid);
  const lineIds = debts.map((d, i) => {
    const total = d.outstandingFen;
    const base = Math.floor(total / 3);
    const schedule = [0, 1, 2].map((k) => ({ seq: k + 1, dueDate: `2025-0${4 + k}-01`, amountFen: k === 2 ? total - 2 * base : base }));
    const params = { remedy: 'instalments', months: 3, withInterest: false };
    const r = core.db
      .prepare(
        `INSERT INTO proposal_lines (proposal_id, debt_id, lender_id, position, outstanding_fen, share_fen, remedy, params_json, schedule_json, monthly_fen, total_fen, saving_fen)
         VALUES (?, ?, ?, ?, ?, ?, 'instalments', ?, ?, ?, ?, 0)`,
      )
      .run(proposalId, d.id, d.lenderId, i + 1, total, base, JSON.stringify(params), JSON.stringify(schedule), base, total);
    return Number(r.lastInsertRowid);
  });
  return { proposalId, lineIds };
}

const transition = (o: { id: number; rev: number }, to: OfferStateTo, extra: Partial<ChannelInput<'offers.transition'>> = {}) =>
  core.call('offers.transition', { id: o.id, rev: o.rev, to, onDate: '2025-03-15', ...extra });
type OfferStateTo = ChannelInput<'offers.transition'>['to'];
const listOffers = (clientId: number) => core.call('offers.list', { clientId });
const listAgreements = (clientId: number) => core.call('agreements.list', { clientId });
const followups = (reason: string) => core.db.prepare(`SELECT * FROM followups WHERE reason = ? ORDER BY id`).all(reason) as Record<string, unknown>[];

async function setup() {
  open();
  const clientId = await addClient();
  const a = addLender('甲贷');
  const b = addLender('乙银行');
  const d1 = await addDebt(clientId, a, 300_001, { interestFen: 10_000 });
  const d2 = await addDebt(clientId, b, 500_000);
  return { clientId, lenders: [a, b], debts: [d1, d2] };
}

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

async function agreementOf(months: number, debtIndex = 0): Promise<{ clientId: number; agreement: AgreementView }> {
  const { clientId, debts } = await setup();
  const o = await core.call('offers.create', { debtId: debts[debtIndex]!.id, params: { remedy: 'instalments', months, withInterest: false }, startDate: '2025-04-01' });
  const s = await transition(o, 'sent');
  const a = await transition(s.offer, 'accepted');
  return { clientId, agreement: a.agreement! };
}

describe('payments and instalment states', () => {
  it('records partial payments and rolls an overpayment to the next instalment', async () => {
    const { agreement } = await agreementOf(3, 1); // 500,000 → 166,666 / 166,666 / 166,668
    setShanghai('2025-04-01');
    const [i1, i2] = agreement.instalments;
    let a = await core.call('payments.record', { agreementId: agreement.id, paidDate: '2025-04-01', amountFen: 100_000, instalmentId: i1!.id });
    expect(a.instalments[0]).toMatchObject({ paidFen: 100_000, state: 'partial' });
    a = await core.call('payments.record', { agreementId: agreement.id, paidDate: '2025-04-01', amountFen: 100_000 });
    expect(a.instalments[0]).toMatchObject({ paidFen: 166_666, state: 'paid', paidOn: '2025-04-01' });
    expect(a.instalments[1]).toMatchObject({ paidFen: 33_334, state: 'partial' });
    expect(a.progress).toMatchObject({ paidFen: 200_000, outstandingFen: 300_000, paidInstalments: 1 });
    expect(a.progress.nextDue).toEqual({ dueDate: '2025-05-01', amountFen: 133_332, instalmentId: i2!.id });
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
    clock = new Date('2025-04-08T15:30:00.000Z');
    let list = await listAgreements(clientId);
    expect(list.items[0]!.instalments[0]).toMatchObject({ state: 'late', daysLate: 7 });
    expect(list.progress.lateCount).toBe(1);
    expect(followups('missed_payment')).toHaveLength(0);
    // 2025-04-09 00:30 in Shanghai is still 8 April in UTC: 8 days, missed.
    clock = new Date('2025-04-08T16:30:00.000Z');
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
    const a = await core.call('agreements.get', { id: agreement.id });
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
    expect(r.progress).toMatchObject({ totalFen: 560_000, paidFen: 50_000, outstandingFen: 510_000, instalments: 3 });
    expect(new Set(r.offers.map((x) => x.clientName))).toEqual(new Set(['王小明', '李四']));
  });
});
