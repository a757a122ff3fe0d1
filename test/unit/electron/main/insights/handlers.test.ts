import { describe, expect, it } from 'vitest';
import type { RemedyParams } from '../../../../../shared/schemas/remedies';
import { dbContentHash } from '../../../helpers/core';
import { addClient, addDebt, addLender, core, open, setShanghai, transition } from '../agreements/world';

// Lender insights on a hand-built history whose counts, medians and waivers are worked out
// by hand below. Each offer is drafted, sent and answered on its own dates (the clock follows).

type Step = ['sent' | 'accepted' | 'rejected' | 'expired', string] | ['countered', string, RemedyParams];

async function offer(debtId: number, params: RemedyParams, steps: Step[]) {
  setShanghai(steps[0]?.[1] ?? '2025-01-05');
  let o = await core.call('offers.create', { debtId, params, startDate: '2025-06-01' });
  for (const [to, date, counter] of steps) {
    setShanghai(date);
    o = (await transition(o, to, { onDate: date, ...(counter ? { counterParams: counter } : {}) })).offer;
  }
  return o;
}

const inst = { remedy: 'instalments', months: 6, withInterest: false } as const;
const waiveInterest: RemedyParams = { remedy: 'waiver', waivers: { interest: { mode: 'percent', value: 100 } }, payBy: '2025-06-01' };
const settle: RemedyParams = { remedy: 'settlement', amountFen: 50_000, payBy: '2025-06-01' };

/** Lender A's history: six instalment offers, three interest waivers, one settlement; B has one offer; one draft is not counted. */
async function history() {
  open();
  const a = addLender('甲贷');
  const b = addLender('乙银行');
  const client = async (name: string, lender: number, principalFen: number, interestFen = 0) => {
    setShanghai('2025-01-02');
    const id = await addClient(name);
    return (await addDebt(id, lender, principalFen, { interestFen })).id;
  };
  // Instalments: replies after 30, 10, 5, 60 and 30 days; agreed after 30, 50 and 60 days.
  await offer(await client('客户一', a, 100_000), inst, [['sent', '2025-01-10'], ['accepted', '2025-02-09']]);
  await offer(await client('客户二', a, 100_000), inst, [['sent', '2025-01-10'], ['countered', '2025-01-20', { ...inst, months: 3 }], ['accepted', '2025-03-01']]);
  await offer(await client('客户三', a, 100_000), inst, [['sent', '2025-01-10'], ['rejected', '2025-01-15']]);
  await offer(await client('客户四', a, 100_000), inst, [['sent', '2025-01-10'], ['accepted', '2025-03-11']]);
  await offer(await client('客户五', a, 100_000), inst, [['sent', '2025-02-01']]);
  await offer(await client('客户六', a, 100_000), inst, [['sent', '2025-01-01'], ['countered', '2025-01-31', { ...inst, months: 12 }]]);
  // Interest waivers: 30,000 of 130,000 (23.1 %) after 20 days, 20,000 of 100,000 (20 %) after 40, one refused after 2.
  await offer(await client('客户七', a, 100_000, 30_000), waiveInterest, [['sent', '2025-01-10'], ['accepted', '2025-01-30']]);
  await offer(await client('客户八', a, 80_000, 20_000), waiveInterest, [['sent', '2025-01-10'], ['accepted', '2025-02-19']]);
  await offer(await client('客户九', a, 80_000, 20_000), waiveInterest, [['sent', '2025-01-10'], ['rejected', '2025-01-12']]);
  // A settlement that expired unanswered, a draft never sent, and B's offer.
  await offer(await client('客户十', a, 100_000), settle, [['sent', '2025-01-10'], ['expired', '2025-02-10']]);
  await offer(await client('客户十一', a, 100_000), inst, []);
  await offer(await client('客户十二', b, 100_000), inst, [['sent', '2025-01-10'], ['rejected', '2025-01-11']]);
  setShanghai('2025-03-15');
  const c = await addClient('客户十三');
  await core.call('contacts.create', { clientId: c, lenderId: a, occurredAt: '2025-03-01T02:00:00.000Z', channel: 'phone', direction: 'in', summary: '催收来电', isIncident: true, incidentTypes: ['threats'] });
  return { a, b };
}

describe('insights.lender', () => {
  it('counts each remedy’s outcomes and works out the medians of waiver, reply and agreement', async () => {
    const { a } = await history();
    const r = await core.call('insights.lender', { lenderId: a });
    expect(r.remedies.map((x) => x.remedy)).toEqual(['instalments', 'waiver', 'settlement']);
    const [instalments, waiver, settlement] = r.remedies;
    expect(instalments).toEqual({
      remedy: 'instalments',
      sent: 6,
      answered: 5,
      accepted: 3,
      countered: 1,
      refused: 1,
      pending: 1,
      expired: 0,
      counteredEver: 2,
      waiverPct: { value: 0, n: 3 },
      replyDays: { value: 30, n: 5 },
      agreeDays: { value: 50, n: 3 },
    });
    expect(waiver).toMatchObject({ sent: 3, answered: 3, accepted: 2, refused: 1, replyDays: { value: 20, n: 3 }, agreeDays: { value: 30, n: 2 } });
    expect(waiver!.waiverPct.n).toBe(2);
    expect(waiver!.waiverPct.value).toBeCloseTo((23.1 + 20) / 2, 6);
    expect(settlement).toMatchObject({ sent: 1, answered: 0, accepted: 0, expired: 1, replyDays: { value: null, n: 0 } });
    // All remedies together: replies 2, 5, 10, 20, 30, 30, 40, 60 → 25; agreed after 20, 30, 40, 50, 60 → 40.
    expect(r.all).toMatchObject({ remedy: null, sent: 10, answered: 8, accepted: 5, countered: 1, refused: 2, pending: 1, expired: 1, counteredEver: 2 });
    expect(r.all.replyDays).toEqual({ value: 25, n: 8 });
    expect(r.all.agreeDays).toEqual({ value: 40, n: 5 });
    expect(r.all.waiverPct).toEqual({ value: 0, n: 5 });
    expect(r.incidents).toEqual({ total: 1, clients: 1 });
    expect(r.evidence.map((e) => [e.remedy, e.accepted, e.kinds])).toEqual([
      ['instalments', 3, []],
      ['waiver', 2, []],
    ]);
  });

  it('refuses an unknown lender and input of the wrong shape, and changes nothing', async () => {
    await history();
    const before = dbContentHash(core.db);
    expect((await core.fail('insights.lender', { lenderId: 9999 })).code).toBe('NOT_FOUND');
    const bad = await core.failRaw('insights.lender', { lenderId: 'x' });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.fields?.lenderId).toBeTruthy();
    expect((await core.failRaw('insights.lender', { lenderId: 1, extra: true })).code).toBe('VALIDATION');
    expect(dbContentHash(core.db)).toBe(before);
  });
});

describe('insights.hints', () => {
  it('gives each lender on the builder its figures per remedy, once per lender, and nothing for a lender that is gone', async () => {
    const { a, b } = await history();
    const r = await core.call('insights.hints', { lenderIds: [a, b, a, 9999] });
    expect(r.lenders.map((l) => l.lenderId)).toEqual([a, b, 9999]);
    const [la, lb, gone] = r.lenders;
    expect(la!.remedies.find((x) => x.remedy === 'instalments')).toMatchObject({ accepted: 3, answered: 5, agreeDays: { value: 50, n: 3 } });
    expect(la!.incidents).toBe(1);
    expect(lb!.remedies).toEqual([expect.objectContaining({ remedy: 'instalments', sent: 1, answered: 1, refused: 1, accepted: 0 })]);
    expect(gone).toEqual({ lenderId: 9999, remedies: [], incidents: 0 });
    expect((await core.call('insights.hints', { lenderIds: [] })).lenders).toEqual([]);
  });

  it('refuses more than 200 lenders with a translated message', async () => {
    open();
    const err = await core.failRaw('insights.hints', { lenderIds: Array.from({ length: 201 }, (_, i) => i + 1) });
    expect(err.code).toBe('VALIDATION');
    expect(err.fields?.lenderIds).toBe('一次最多查询 200 个债权人');
  });
});
