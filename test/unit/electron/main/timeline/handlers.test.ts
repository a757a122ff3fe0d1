import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../../../shared/schemas/timeline';
import { TIMELINE_SQL } from '../../../../../electron/main/db/timeline';
import { addDebt, addLender, caseWithDebtPerTest } from '../contacts/setup';

const NOW = new Date('2025-03-15T09:00:00.000Z');
const openCase = caseWithDebtPerTest();

/** The case with a second debt, to 某银行信用卡. */
async function setup() {
  const { core, lender: a, clientId, debtId: debtA } = await openCase(() => NOW);
  const b = addLender(core.db, '某银行信用卡');
  const debtB = await addDebt(core, clientId, b);
  return { core, db: core.db, a, b, clientId, debtA, debtB };
}

type Ctx = Awaited<ReturnType<typeof setup>>;

/** Rows of the other capabilities go straight into their tables (offers, letters, payments are others' work). */
function seedOtherSources(x: Ctx) {
  const { db, clientId, a, b, debtA, debtB } = x;
  const t = '2025-03-01T00:00:00.000Z';
  const offer = db
    .prepare(
      `INSERT INTO offers (client_id, debt_id, lender_id, remedy, terms_json, total_fen, monthly_fen, months, status, created_at, updated_at)
       VALUES (?, ?, ?, 'instalments', '{}', 360000, 10000, 36, 'sent', ?, ?)`,
    )
    .run(clientId, debtA, a, t, t).lastInsertRowid;
  db.prepare(`INSERT INTO offer_events (offer_id, client_id, at, on_date, status) VALUES (?, ?, '2025-03-05T02:00:00.000Z', '2025-03-05', 'drafted')`).run(offer, clientId);
  db.prepare(`INSERT INTO offer_events (offer_id, client_id, at, on_date, status, note) VALUES (?, ?, '2025-03-06T02:00:00.000Z', '2025-03-06', 'sent', '邮寄')`).run(offer, clientId);
  db.prepare(
    `INSERT INTO letters (client_id, debt_id, lender_id, type, locale, title, body_json, status, sent_at, created_at, updated_at)
     VALUES (?, ?, ?, 'hardship', 'zh-CN', '协商还款申请书', '{}', 'draft', NULL, '2025-03-04T03:00:00.000Z', '2025-03-04T03:00:00.000Z')`,
  ).run(clientId, debtB, b);
  const agreement = db
    .prepare(
      `INSERT INTO agreements (client_id, debt_id, lender_id, agreed_date, remedy, terms_json, total_fen, created_at, updated_at)
       VALUES (?, ?, ?, '2025-03-07', 'instalments', '{}', 360000, ?, ?)`,
    )
    .run(clientId, debtA, a, t, t).lastInsertRowid;
  db.prepare(`INSERT INTO payments (agreement_id, client_id, paid_date, amount_fen, created_at, updated_at) VALUES (?, ?, '2025-03-08', 10000, ?, ?)`).run(agreement, clientId, t, t);
}

const contact = (x: Ctx, occurredAt: string, extra: Record<string, unknown> = {}) =>
  x.core.call('contacts.create', { clientId: x.clientId, occurredAt, channel: 'phone', direction: 'out', summary: `call ${occurredAt}`, ...extra });

const list = (x: Ctx, input: Record<string, unknown> = {}) => x.core.call('timeline.list', { clientId: x.clientId, ...input });
const keys = (items: TimelineItem[]) => items.map((i) => i.key);

describe('timeline.list', () => {
  it('merges every source newest first, and records the case’s status changes', async () => {
    const x = await setup();
    seedOtherSources(x);
    const c1 = await contact(x, '2025-03-03T01:00:00.000Z', { debtId: x.debtA });
    const c2 = await contact(x, '2025-03-09T01:00:00.000Z', { debtId: x.debtB, isIncident: true, incidentTypes: ['threats'], direction: 'in' });
    const client = await x.core.call('clients.get', { id: x.clientId });
    await x.core.call('clients.update', { id: x.clientId, rev: client.rev, patch: { status: 'negotiating' } });

    const r = await list(x);
    expect(r.nextCursor).toBeNull();
    const statusKeys = r.items.filter((i) => i.type === 'status').map((i) => i.key);
    expect(statusKeys).toHaveLength(2);
    expect(keys(r.items)).toEqual([
      statusKeys[0], // intake → negotiating, at NOW (+ ticks)
      statusKeys[1], // created as intake
      `contact:${c2.id}`,
      'payment:1',
      'offer:2',
      'offer:1',
      'letter:1:created',
      `contact:${c1.id}`,
    ]);
    const incident = r.items.find((i) => i.key === `contact:${c2.id}`)!;
    expect(incident).toMatchObject({ type: 'incident', lenderName: '某银行信用卡', contact: { incidentTypes: ['threats'], direction: 'in' } });
    expect(r.items[0]).toMatchObject({ type: 'status', status: { from: 'intake', to: 'negotiating' } });
    expect(r.items[1]).toMatchObject({ type: 'status', status: { from: null, to: 'intake' } });
    expect(r.items.find((i) => i.type === 'payment')).toMatchObject({ lenderId: x.a, payment: { amountFen: 10000, paidDate: '2025-03-08' } });
    expect(r.items.find((i) => i.key === 'offer:2')).toMatchObject({ lenderName: '好借App', offer: { status: 'sent', months: 36, monthlyFen: 10000, note: '邮寄' } });
  });

  it('filters by lender (status changes are about the whole case, so they drop out) and by type', async () => {
    const x = await setup();
    seedOtherSources(x);
    await contact(x, '2025-03-03T01:00:00.000Z', { debtId: x.debtA });
    await contact(x, '2025-03-09T01:00:00.000Z', { debtId: x.debtB, isIncident: true, incidentTypes: ['threats'] });
    await contact(x, '2025-03-10T01:00:00.000Z');

    const byA = await list(x, { lenderId: x.a });
    expect(byA.items.every((i) => i.lenderId === x.a)).toBe(true);
    expect(byA.items.map((i) => i.type)).toEqual(['payment', 'offer', 'offer', 'contact']);
    const byB = await list(x, { lenderId: x.b });
    expect(byB.items.map((i) => i.type)).toEqual(['incident', 'letter']);

    expect((await list(x, { types: ['incident'] })).items.map((i) => i.type)).toEqual(['incident']);
    expect((await list(x, { types: ['contact'] })).items.map((i) => i.type)).toEqual(['contact', 'contact']);
    expect((await list(x, { types: ['letter', 'payment'] })).items.map((i) => i.type)).toEqual(['payment', 'letter']);
    expect((await list(x, { types: ['status'], lenderId: x.a })).items).toEqual([]);
  });

  it('shows each step of a letter (created, finalised, sent)', async () => {
    const x = await setup();
    const file = x.db.prepare(`INSERT INTO files (sha256, size, mime, blob_name, created_at) VALUES ('ab', 1, 'application/pdf', 'b1', 'x')`).run().lastInsertRowid;
    x.db
      .prepare(
        `INSERT INTO letters (client_id, lender_id, type, locale, title, body_json, status, pdf_file_id, pdf_sha256, finalised_at, sent_at, created_at, updated_at)
         VALUES (?, ?, 'complaint', 'zh-CN', '催收投诉函', '{}', 'sent', ?, 'ab', '2025-03-05T00:00:00.000Z', '2025-03-06T00:00:00.000Z', '2025-03-04T00:00:00.000Z', 'x')`,
      )
      .run(x.clientId, x.a, file);
    const r = await list(x, { types: ['letter'] });
    expect(r.items.map((i) => (i.type === 'letter' ? i.letter.event : null))).toEqual(['sent', 'finalised', 'created']);
    const page1 = await list(x, { types: ['letter'], limit: 2 });
    expect(page1.items).toHaveLength(2);
    const page2 = await list(x, { types: ['letter'], limit: 2, before: page1.nextCursor! });
    expect(keys(page2.items)).toEqual(['letter:1:created']);
    expect(page2.nextCursor).toBeNull();
  });

  it('pages with the cursor through equal instants without losing or repeating an item (property)', async () => {
    const x = await setup();
    seedOtherSources(x);
    // Many entries share instants, across sources, so the tie-breaks are exercised.
    const instants = ['2025-03-02T00:00:00.000Z', '2025-03-05T02:00:00.000Z', '2025-03-08T00:00:00.000Z', '2025-03-09T00:00:00.000Z'];
    for (let i = 0; i < 23; i++) await contact(x, instants[i % instants.length]!, { debtId: i % 2 ? x.debtA : x.debtB });
    const all = (await list(x, { limit: 200 })).items;
    expect(all).toHaveLength(23 + 2 + 1 + 1 + 1);
    const sorted = [...all].sort((p, q) => (p.at < q.at ? 1 : p.at > q.at ? -1 : 0));
    expect(all.map((i) => i.at)).toEqual(sorted.map((i) => i.at));

    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 30 }), fc.constantFrom(undefined, x.a, x.b), async (limit, lenderId) => {
        const full = (await list(x, { limit: 200, ...(lenderId ? { lenderId } : {}) })).items;
        const seen: string[] = [];
        let before: string | undefined;
        for (let guard = 0; guard < 100; guard++) {
          const page = await list(x, { limit, ...(lenderId ? { lenderId } : {}), ...(before ? { before } : {}) });
          expect(page.items.length).toBeLessThanOrEqual(limit);
          seen.push(...keys(page.items));
          if (!page.nextCursor) break;
          before = page.nextCursor;
        }
        expect(seen).toEqual(keys(full));
      }),
      { numRuns: 25 },
    );
  });

  it('refuses a bad cursor, a bad limit, an unknown type and an unknown client', async () => {
    const x = await setup();
    expect((await x.core.fail('timeline.list', { clientId: x.clientId, before: 'nonsense' })).fields).toHaveProperty('before');
    expect((await x.core.fail('timeline.list', { clientId: x.clientId, limit: 201 })).fields).toHaveProperty('limit');
    expect((await x.core.failRaw('timeline.list', { clientId: x.clientId, types: ['phone'] })).code).toBe('VALIDATION');
    expect((await x.core.fail('timeline.list', { clientId: 999 })).code).toBe('NOT_FOUND');
  });

  it('orders by when things happened, then when recorded: a payment entered at 13:21 for today sits above a case opened at 13:00', async () => {
    let clock = new Date('2025-03-15T05:00:00.000Z'); // 13:00 in Shanghai
    const { core, lender, clientId, debtId: debt } = await openCase(() => clock);
    const t = clock.toISOString();
    const agreement = core.db
      .prepare(`INSERT INTO agreements (client_id, debt_id, lender_id, agreed_date, remedy, terms_json, total_fen, created_at, updated_at) VALUES (?, ?, ?, '2025-03-01', 'instalments', '{}', 360000, ?, ?)`)
      .run(clientId, debt, lender, t, t).lastInsertRowid;
    const pay = (paidDate: string, recordedAt: string) =>
      core.db.prepare(`INSERT INTO payments (agreement_id, client_id, paid_date, amount_fen, created_at, updated_at) VALUES (?, ?, ?, 10000, ?, ?)`).run(agreement, clientId, paidDate, recordedAt, recordedAt).lastInsertRowid;
    clock = new Date('2025-03-15T05:21:00.000Z');
    const today = pay('2025-03-15', clock.toISOString()); // 13:21 today
    const yesterday = pay('2025-03-14', clock.toISOString()); // entered today for yesterday: noon of the 14th
    const early = pay('2025-03-15', '2025-03-14T16:30:00.000Z'); // 00:30 on the 15th in Shanghai, still the 14th in UTC
    const r = await core.call('timeline.list', { clientId });
    const order = r.items.map((i) => i.key).filter((k) => k.startsWith('payment') || k.startsWith('status'));
    expect(order).toEqual([`payment:${today}`, 'status:1', `payment:${early}`, `payment:${yesterday}`]);
    // Paged one at a time, the same order.
    const paged: string[] = [];
    let before: string | undefined;
    do {
      const page = await core.call('timeline.list', { clientId, limit: 1, types: ['payment', 'status'], ...(before ? { before } : {}) });
      paged.push(...page.items.map((i) => i.key));
      before = page.nextCursor ?? undefined;
    } while (before);
    expect(paged).toEqual(order);
  });

  it('reads each source from its per-client index, never scanning a table', async () => {
    const x = await setup();
    const sql = TIMELINE_SQL;
    const params = { clientId: 1, lenderId: null, at: '9999', rank: 99, id: 0, limit: 51, inc0: 0, inc1: 1 };
    const byDay = { ...params, toLocal: '+480 minutes', toUtc: '-480 minutes', atDay: '9999-12-31' };
    const plan = (sql: string, p: Record<string, unknown>) =>
      (x.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(p) as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan(sql.contacts, params)).toMatch(/SEARCH c USING INDEX contacts_by_client/);
    expect(plan(sql.offers, params)).toMatch(/SEARCH e USING INDEX offer_events_by_client/);
    expect(plan(sql.payments, byDay)).toMatch(/SEARCH p USING INDEX payments_by_client/);
    expect(plan(sql.letters, { clientId: 1, lenderId: null, at: '9999' })).toMatch(/SEARCH le USING INDEX letters_by_client/);
    expect(plan(sql.status, { clientId: 1, at: '9999', rank: 99, id: 0, limit: 51 })).toMatch(/SEARCH s USING INDEX client_status_changes_by_client/);
    for (const q of [sql.contacts, sql.offers]) expect(plan(q, params)).not.toMatch(/TEMP B-TREE|SCAN/);
    // Payments come off the index by day; only the payments of one day are sorted by the moment they sort at.
    expect(plan(sql.payments, byDay)).not.toMatch(/SCAN|TEMP B-TREE FOR ORDER BY/);
  });
});
