// Shared set-up for the negotiation tests (offers, agreements, payments, instalments): one
// core per test on a clock the test moves.
import { afterEach } from 'vitest';
import type { ChannelInput } from '../../../../../shared/contract';
import type { AgreementView } from '../../../../../shared/schemas/agreements';
import type { DebtView } from '../../../../../shared/schemas/debts';
import { addClient as addClientTo, addLender as addLenderTo } from '../../../helpers/case';
import { makeTempDir, openTestCore, removeDir, type TestCore } from '../../../helpers/core';

// 02:00 on 15 March 2025 in Shanghai is still 14 March in UTC: "today" for the counsellor is the 15th.
export let clock = new Date('2025-03-14T18:00:00.000Z');
export const setShanghai = (date: string, time = '09:00') => {
  clock = new Date(`${date}T${time}:00+08:00`);
};

let dir: string | undefined;
export let core: TestCore;
afterEach(() => {
  core?.close();
  if (dir) removeDir(dir);
  dir = undefined;
});

export function open(): TestCore {
  dir = makeTempDir();
  clock = new Date('2025-03-14T18:00:00.000Z');
  core = openTestCore(dir, { now: () => clock });
  return core;
}

export const addLender = (name: string) => addLenderTo(core, name);
export const addClient = (name?: string) => addClientTo(core, name);

export const addDebt = (clientId: number, lenderId: number, principalFen: number, extra: Record<string, unknown> = {}) =>
  core.call('debts.create', { clientId, lenderId, principalFen, ...extra });

/** A saved proposal with one 3-month instalment line per debt (C's builder writes the same rows). */
export function addProposal(clientId: number, debts: DebtView[]): { proposalId: number; lineIds: number[] } {
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

export const transition = (o: { id: number; rev: number }, to: OfferStateTo, extra: Partial<ChannelInput<'offers.transition'>> = {}) =>
  core.call('offers.transition', { id: o.id, rev: o.rev, to, onDate: '2025-03-15', ...extra });
export type OfferStateTo = ChannelInput<'offers.transition'>['to'];
export const listOffers = (clientId: number) => core.call('offers.list', { clientId });
export const listAgreements = (clientId: number) => core.call('agreements.list', { clientId });
export const followups = (reason: string) => core.db.prepare(`SELECT * FROM followups WHERE reason = ? ORDER BY id`).all(reason) as Record<string, unknown>[];

export async function setup() {
  open();
  const clientId = await addClient();
  const a = addLender('甲贷');
  const b = addLender('乙银行');
  const d1 = await addDebt(clientId, a, 300_001, { interestFen: 10_000 });
  const d2 = await addDebt(clientId, b, 500_000);
  return { clientId, lenders: [a, b], debts: [d1, d2] };
}

export async function agreementOf(months: number, debtIndex = 0): Promise<{ clientId: number; agreement: AgreementView }> {
  const { clientId, debts } = await setup();
  const o = await core.call('offers.create', { debtId: debts[debtIndex]!.id, params: { remedy: 'instalments', months, withInterest: false }, startDate: '2025-04-01' });
  const s = await transition(o, 'sent');
  const a = await transition(s.offer, 'accepted');
  return { clientId, agreement: a.agreement! };
}

/** Sets the clock (tests that need a moment other than 09:00 Shanghai). */
export function setClock(at: Date): void {
  clock = at;
}
