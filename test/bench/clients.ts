// The client list: paging with each sort, searching, and what the IPC handler path costs
// over a bare prepared statement doing the same reads.
import type { Core } from '../../electron/main/core';
import type { ClientRow } from '../../electron/main/db/clients';
import type { Db } from '../../electron/main/db/connection';
import type { ClientListInput } from '../../shared/schemas/clients';
import { pinyinKeys } from '../../electron/main/text/pinyin';
import { WeightedPicker, type Rng } from '../fixtures/prng';
import { samplesFor, type BenchContext } from './context';
import { ms, percentile, Samples, summarize, time, timeAsync, type Summary } from './timing';

const PAGE_SIZE = 50;
const WARM_UP = 50;

type ListRequest = Partial<Omit<ClientListInput, 'q'>> & { q?: string };

async function list(core: Core, input: ListRequest): Promise<{ total: number; items: unknown[] }> {
  const res = await core.dispatch('clients.list', input);
  if (!res.ok) throw new Error(`clients.list ${JSON.stringify(input)} failed: ${JSON.stringify(res.error)}`);
  return res.data as { total: number; items: unknown[] };
}

interface Variant {
  label: string;
  input: ListRequest;
  weight: number;
}

// How a counsellor pages through the list: mostly most-recent-first and by name.
const VARIANTS: Variant[] = [
  { label: 'updatedAt desc', input: { sort: 'updatedAt', order: 'desc' }, weight: 35 },
  { label: 'name asc', input: { sort: 'name', order: 'asc' }, weight: 20 },
  { label: 'createdAt desc', input: { sort: 'createdAt', order: 'desc' }, weight: 8 },
  { label: 'createdAt asc', input: { sort: 'createdAt', order: 'asc' }, weight: 4 },
  { label: 'caseRef asc', input: { sort: 'caseRef', order: 'asc' }, weight: 4 },
  { label: 'status asc', input: { sort: 'status', order: 'asc' }, weight: 4 },
  { label: 'status=negotiating, updatedAt desc', input: { status: 'negotiating' }, weight: 8 },
  { label: 'status=intake, updatedAt desc', input: { status: 'intake' }, weight: 5 },
  { label: 'status=plan_active, name asc', input: { status: 'plan_active', sort: 'name', order: 'asc' }, weight: 5 },
  { label: 'archived, updatedAt desc', input: { archived: true }, weight: 3 },
  { label: 'updatedAt asc', input: { sort: 'updatedAt', order: 'asc' }, weight: 4 },
];

async function pageCounts(core: Core): Promise<Map<Variant, number>> {
  const pages = new Map<Variant, number>();
  for (const v of VARIANTS) {
    const { total } = await list(core, { ...v.input, pageSize: PAGE_SIZE });
    pages.set(v, Math.max(1, Math.ceil(total / PAGE_SIZE)));
  }
  return pages;
}

export interface ListFigures extends Summary {
  /** The first page only: what the list shows when opened. */
  firstPage: Summary;
  byVariant: Record<string, Summary>;
}

export async function benchClientList(ctx: BenchContext, core: Core): Promise<ListFigures> {
  const pages = await pageCounts(core);
  const picker = new WeightedPicker(VARIANTS.map((value) => ({ value, weight: value.weight })));
  const draw = (): { v: Variant; input: ListRequest; page: number } => {
    const v = picker.pick(ctx.rng);
    const page = ctx.rng.int(1, pages.get(v)!);
    return { v, page, input: { ...v.input, page, pageSize: PAGE_SIZE } };
  };
  for (let i = 0; i < WARM_UP; i++) await list(core, draw().input);

  const samples = new Samples();
  const first: number[] = [];
  for (let i = 0, n = samplesFor(ctx, 600); i < n; i++) {
    const { v, input, page } = draw();
    const t = await timeAsync(() => list(core, input));
    samples.add(v.label, t);
    if (page === 1) first.push(t);
  }
  // The first page of the common sorts, on their own.
  for (let i = 0, n = samplesFor(ctx, 100); i < n; i++) {
    const v = VARIANTS[i % 2]!;
    first.push(await timeAsync(() => list(core, { ...v.input, page: 1, pageSize: PAGE_SIZE })));
  }
  return { ...summarize(samples.all), firstPage: summarize(first), byVariant: samples.breakdown() };
}

// ---------------------------------------------------------------------------------------
// Search

type SampleClient = Pick<ClientRow, 'id' | 'case_ref' | 'name' | 'name_pinyin' | 'name_initials' | 'phone'>;

type QueryKind = 'name' | 'initials' | 'pinyin' | 'phone' | 'caseRef' | 'miss';

function surnameLength(name: string, rng: Rng): number {
  // Two-character surnames are rare; guess them the way a person would read the name.
  return /^(欧阳|司马|上官|诸葛|东方|皇甫|慕容|令狐|尉迟|公孙|夏侯|端木|司徒|长孙|宇文|呼延)/.test(name) ? 2 : rng.chance(0.02) ? 2 : 1;
}

/** A query a counsellor would type to find this client. */
function queryFor(kind: QueryKind, c: SampleClient, rng: Rng): string | null {
  const chars = [...c.name];
  switch (kind) {
    case 'name': {
      if (c.name.includes('·')) return c.name.split('·')[0]!;
      const s = surnameLength(c.name, rng);
      const roll = rng.int(0, 3);
      if (roll === 0) return chars.slice(0, s).join(''); // surname only
      if (roll === 1) return chars.slice(0, s + 1).join(''); // surname + first given character
      if (roll === 2) return chars.slice(s).join(''); // given name only
      return chars.slice(0, 3).join(''); // the whole name (up to three characters)
    }
    case 'initials':
      return c.name_initials.length >= 2 ? c.name_initials.slice(0, rng.int(2, Math.min(3, c.name_initials.length))) : null;
    case 'pinyin': {
      const s = surnameLength(c.name, rng);
      const surname = pinyinKeys(chars.slice(0, s).join('')).full;
      const more = rng.int(1, 3);
      return c.name_pinyin.length > surname.length ? c.name_pinyin.slice(0, surname.length + more) : null;
    }
    case 'phone': {
      if (!c.phone) return null;
      if (rng.chance(0.5)) return c.phone.slice(-4); // "the number ending 3449"
      const len = rng.int(4, 8);
      const at = rng.int(0, c.phone.length - len);
      return c.phone.slice(at, at + len);
    }
    case 'caseRef': {
      const roll = rng.int(0, 2);
      if (roll === 0) return c.case_ref; // P-2024-01234
      if (roll === 1) return c.case_ref.slice(-5); // 01234
      return String(c.id).slice(-4).padStart(4, '0'); // the last digits
    }
    case 'miss':
      return rng.pick(['苏轼', '诸葛亮', 'xyzw', '13000000000', 'P-2019-', '韩信']);
  }
}

const KIND_WEIGHTS: { value: QueryKind; weight: number }[] = [
  { value: 'name', weight: 35 },
  { value: 'initials', weight: 15 },
  { value: 'pinyin', weight: 15 },
  { value: 'phone', weight: 20 },
  { value: 'caseRef', weight: 10 },
  { value: 'miss', weight: 5 },
];

export interface SearchFigures extends Summary {
  byKind: Record<string, Summary>;
  /** Queries asked, per kind, with how many rows each matched on average. */
  meanMatches: Record<string, number>;
}

export async function benchClientSearch(ctx: BenchContext, core: Core): Promise<SearchFigures> {
  const pool = core.db.prepare('SELECT id, case_ref, name, name_pinyin, name_initials, phone FROM clients WHERE archived = 0 ORDER BY id').all() as SampleClient[];
  const picker = new WeightedPicker(KIND_WEIGHTS);
  const draw = (): { kind: QueryKind; q: string } => {
    for (;;) {
      const kind = picker.pick(ctx.rng);
      const q = queryFor(kind, ctx.rng.pick(pool), ctx.rng);
      if (q) return { kind, q };
    }
  };
  for (let i = 0; i < WARM_UP; i++) await list(core, { q: draw().q });

  const samples = new Samples();
  const matches = new Map<string, number[]>();
  for (let i = 0, n = samplesFor(ctx, 600); i < n; i++) {
    const { kind, q } = draw();
    let total = 0;
    const t = await timeAsync(async () => {
      total = (await list(core, { q, pageSize: PAGE_SIZE })).total;
    });
    samples.add(kind, t);
    const m = matches.get(kind) ?? [];
    m.push(total);
    matches.set(kind, m);
  }
  const meanMatches = Object.fromEntries(
    [...matches].sort(([a], [b]) => a.localeCompare(b)).map(([k, m]) => [k, Math.round(m.reduce((s, x) => s + x, 0) / m.length)]),
  );
  return { ...summarize(samples.all), byKind: samples.breakdown(), meanMatches };
}

// ---------------------------------------------------------------------------------------
// Handler overhead

const RAW_COLUMNS = 'id, case_ref, name, phone, id_number, status, archived, created_at, updated_at';
const RAW_ORDER: Record<'updatedAt' | 'name', string> = { updatedAt: 'updated_at', name: 'name_pinyin' };

/** The same reads as listClients(), written out by hand: the floor the handler is measured against. */
function rawReader(db: Db, sort: 'updatedAt' | 'name', order: 'asc' | 'desc') {
  const dir = order === 'asc' ? 'ASC' : 'DESC';
  const page = db.prepare(`SELECT ${RAW_COLUMNS} FROM clients WHERE archived = ? ORDER BY ${RAW_ORDER[sort]} ${dir}, id ${dir} LIMIT ? OFFSET ?`);
  const count = db.prepare('SELECT count(*) AS total FROM clients WHERE archived = ?');
  return (pageNo: number) => {
    const items = page.all(0, PAGE_SIZE, (pageNo - 1) * PAGE_SIZE);
    const { total } = count.get(0) as { total: number };
    return { items, total };
  };
}

export interface OverheadFigures {
  handlerOverheadRatio: number;
  handlerMedianMs: number;
  rawMedianMs: number;
  samples: number;
  /** The same comparison on page 1 only, where the SQL is cheapest and the overhead shows most. */
  firstPage: { ratio: number; handlerMedianMs: number; rawMedianMs: number; samples: number };
}

async function compare(core: Core, inputs: { sort: 'updatedAt' | 'name'; order: 'asc' | 'desc'; page: number }[]) {
  const readers = new Map<string, ReturnType<typeof rawReader>>();
  const reader = (sort: 'updatedAt' | 'name', order: 'asc' | 'desc') => {
    const key = `${sort} ${order}`;
    let r = readers.get(key);
    if (!r) readers.set(key, (r = rawReader(core.db, sort, order)));
    return r;
  };
  const handler: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const { sort, order, page } = inputs[i]!;
    const read = reader(sort, order);
    const viaHandler = () => timeAsync(() => list(core, { sort, order, page, pageSize: PAGE_SIZE }));
    const viaRaw = () => time(() => read(page));
    // Alternate which goes first, so cache warmth and drift fall on both sides equally.
    if (i % 2 === 0) {
      handler.push(await viaHandler());
      raw.push(viaRaw());
    } else {
      raw.push(viaRaw());
      handler.push(await viaHandler());
    }
  }
  const h = percentile([...handler].sort((a, b) => a - b), 50);
  const r = percentile([...raw].sort((a, b) => a - b), 50);
  return { ratio: Math.round((h / r) * 1000) / 1000, handlerMedianMs: ms(h), rawMedianMs: ms(r), samples: inputs.length };
}

export async function benchHandlerOverhead(ctx: BenchContext, core: Core): Promise<OverheadFigures> {
  const { total } = await list(core, {});
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const sorts = [
    { sort: 'updatedAt', order: 'desc' },
    { sort: 'name', order: 'asc' },
  ] as const;
  const draw = (firstOnly: boolean) => {
    const s = ctx.rng.pick(sorts);
    return { ...s, page: firstOnly ? 1 : ctx.rng.int(1, pages) };
  };
  await compare(
    core,
    Array.from({ length: WARM_UP }, () => draw(false)),
  );
  const all = await compare(
    core,
    Array.from({ length: samplesFor(ctx, 500) }, () => draw(false)),
  );
  const first = await compare(
    core,
    Array.from({ length: samplesFor(ctx, 300) }, () => draw(true)),
  );
  return {
    handlerOverheadRatio: all.ratio,
    handlerMedianMs: all.handlerMedianMs,
    rawMedianMs: all.rawMedianMs,
    samples: all.samples,
    firstPage: first,
  };
}
