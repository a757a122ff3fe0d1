// Lender insights: the lender page's card (`insights.lender`) and the hints beside the lines
// of a proposal (`insights.hints` with the lenders of one client's debts), through the
// dispatcher as the window asks for them, p95 over at least 200 samples each.
import type { Core } from '../../electron/main/core';
import { samplesFor, type BenchContext } from './context';
import { ms, summarize, timeAsync, type Summary } from './timing';

const WARM_UP = 30;
/** p95 needs enough samples to mean something, even with --quick. */
const MIN_SAMPLES = 200;

async function ok(core: Core, channel: string, input: unknown): Promise<unknown> {
  const res = await core.dispatch(channel, input);
  if (!res.ok) throw new Error(`${channel} ${JSON.stringify(input)} failed: ${JSON.stringify(res.error)}`);
  return res.data;
}

export interface InsightsFigures {
  lenderPageMs: number;
  proposalHintsMs: number;
  /** Lenders drawn by how many offers they had (a busy lender is looked up more often), with the busiest's own figure. */
  lenderPage: Summary & { offersPerLender: number; busiest: Summary & { offers: number } };
  proposalHints: Summary & { lendersPerClient: number };
}

export async function benchInsights(ctx: BenchContext, core: Core): Promise<InsightsFigures> {
  const lenders = core.db.prepare(`SELECT lender_id AS id, count(*) AS n FROM offers GROUP BY lender_id ORDER BY lender_id`).all() as { id: number; n: number }[];
  if (!lenders.length) throw new Error('no offers in the fixture');
  // Every offer is a ticket: a lender with more offers is drawn more often.
  const tickets = lenders.flatMap((l) => Array.from({ length: l.n }, () => l));
  const n = Math.max(MIN_SAMPLES, samplesFor(ctx, 500));
  for (let i = 0; i < WARM_UP; i++) await ok(core, 'insights.lender', { lenderId: ctx.rng.pick(tickets).id });
  const page: number[] = [];
  let offers = 0;
  for (let i = 0; i < n; i++) {
    const l = ctx.rng.pick(tickets);
    offers += l.n;
    page.push(await timeAsync(() => ok(core, 'insights.lender', { lenderId: l.id })));
  }
  const top = [...lenders].sort((a, b) => b.n - a.n || a.id - b.id)[0]!;
  const busiest: number[] = [];
  for (let i = 0; i < MIN_SAMPLES; i++) busiest.push(await timeAsync(() => ok(core, 'insights.lender', { lenderId: top.id })));

  // The builder's lines: the lenders of a client's debts (clients with a debt, drawn at random).
  const clients = core.db.prepare(`SELECT client_id AS id, json_group_array(DISTINCT lender_id) AS lenders FROM debts GROUP BY client_id ORDER BY client_id`).all() as {
    id: number;
    lenders: string;
  }[];
  for (let i = 0; i < WARM_UP; i++) await ok(core, 'insights.hints', { lenderIds: JSON.parse(ctx.rng.pick(clients).lenders) as number[] });
  const hints: number[] = [];
  let perClient = 0;
  for (let i = 0; i < n; i++) {
    const lenderIds = JSON.parse(ctx.rng.pick(clients).lenders) as number[];
    perClient += lenderIds.length;
    hints.push(await timeAsync(() => ok(core, 'insights.hints', { lenderIds })));
  }
  const lenderPage = summarize(page);
  const proposalHints = summarize(hints);
  return {
    lenderPageMs: lenderPage.p95Ms,
    proposalHintsMs: proposalHints.p95Ms,
    lenderPage: { ...lenderPage, offersPerLender: Math.round(offers / n), busiest: { ...summarize(busiest), offers: top.n } },
    proposalHints: { ...proposalHints, lendersPerClient: ms(perClient / n) },
  };
}
