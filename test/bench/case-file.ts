// The case file: everything the client page's tabs load for one client, and the quick search.
import type { Core } from '../../electron/main/core';
import { WeightedPicker } from '../fixtures/prng';
import { samplesFor, type BenchContext } from './context';
import { Samples, summarize, timeAsync, type Summary } from './timing';

const WARM_UP = 50;

async function ok(core: Core, channel: string, input: unknown): Promise<unknown> {
  const res = await core.dispatch(channel, input);
  if (!res.ok) throw new Error(`${channel} ${JSON.stringify(input)} failed: ${JSON.stringify(res.error)}`);
  return res.data;
}

/**
 * `db.clientDetail`: the client, its debts (with totals, per-lender totals and cost
 * figures), its latest statement and the statement history, for clients with about
 * 20 debts — the calls the client page makes when it opens.
 */
export async function benchClientDetail(ctx: BenchContext, core: Core): Promise<Summary & { debtsPerClient: number }> {
  const heavy = core.db
    .prepare('SELECT client_id AS id, count(*) AS n FROM debts GROUP BY client_id HAVING n >= 18 ORDER BY n DESC, client_id LIMIT 200')
    .all() as { id: number; n: number }[];
  if (!heavy.length) throw new Error('no client with about 20 debts in the fixture');
  const load = async (id: number) => {
    await ok(core, 'clients.get', { id });
    await ok(core, 'debts.list', { clientId: id });
    await ok(core, 'statements.latest', { clientId: id });
    await ok(core, 'statements.list', { clientId: id });
  };
  for (let i = 0; i < WARM_UP; i++) await load(ctx.rng.pick(heavy).id);
  const samples: number[] = [];
  for (let i = 0, n = samplesFor(ctx, 500); i < n; i++) {
    const { id } = ctx.rng.pick(heavy);
    samples.push(await timeAsync(() => load(id)));
  }
  return { ...summarize(samples), debtsPerClient: Math.round(heavy.reduce((s, h) => s + h.n, 0) / heavy.length) };
}

type SearchKind = 'name fragment' | 'initials' | 'pinyin prefix' | 'phone tail' | 'account ref' | 'lender name';

/** `db.quickSearch`: search.query as the counsellor types into Ctrl+K. */
export async function benchQuickSearch(ctx: BenchContext, core: Core): Promise<Summary & { byKind: Record<string, Summary> }> {
  const clients = core.db.prepare('SELECT name, name_pinyin, name_initials, phone FROM clients ORDER BY id').all() as {
    name: string;
    name_pinyin: string;
    name_initials: string;
    phone: string | null;
  }[];
  const refs = core.db.prepare("SELECT account_ref FROM debts WHERE account_ref NOT LIKE '%*%' ORDER BY id LIMIT 5000").all() as { account_ref: string }[];
  const lenders = core.db.prepare('SELECT name FROM lenders ORDER BY id').all() as { name: string }[];
  const picker = new WeightedPicker<SearchKind>([
    { value: 'name fragment', weight: 30 },
    { value: 'initials', weight: 20 },
    { value: 'pinyin prefix', weight: 15 },
    { value: 'phone tail', weight: 15 },
    { value: 'account ref', weight: 10 },
    { value: 'lender name', weight: 10 },
  ]);
  const draw = (): { kind: SearchKind; q: string } => {
    const kind = picker.pick(ctx.rng);
    const c = ctx.rng.pick(clients);
    const chars = [...c.name];
    switch (kind) {
      case 'name fragment':
        return { kind, q: chars.length > 2 ? chars.slice(0, ctx.rng.int(2, chars.length)).join('') : c.name };
      case 'initials':
        return { kind, q: c.name_initials.slice(0, Math.max(2, c.name_initials.length)) };
      case 'pinyin prefix':
        return { kind, q: c.name_pinyin.slice(0, Math.min(c.name_pinyin.length, ctx.rng.int(4, 8))) };
      case 'phone tail':
        return { kind, q: (c.phone ?? '13800138000').slice(-4) };
      case 'account ref':
        return { kind, q: ctx.rng.pick(refs).account_ref.slice(0, 8) };
      case 'lender name':
        return { kind, q: [...ctx.rng.pick(lenders).name].slice(0, 4).join('') };
    }
  };
  for (let i = 0; i < WARM_UP; i++) await ok(core, 'search.query', { q: draw().q });
  const samples = new Samples();
  for (let i = 0, n = samplesFor(ctx, 600); i < n; i++) {
    const { kind, q } = draw();
    samples.add(kind, await timeAsync(() => ok(core, 'search.query', { q, limit: 20 })));
  }
  return { ...summarize(samples.all), byKind: samples.breakdown() };
}
