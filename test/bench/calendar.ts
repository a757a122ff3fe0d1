// The calendar: a month view (six weeks, every kind) across all cases, for months around the
// fixture's "today", and how many items such a month holds.
import type { Core } from '../../electron/main/core';
import { addDays, addMonths } from '../../shared/domain/dates';
import { FIXTURE_NOW } from '../fixtures';
import { samplesFor, type BenchContext } from './context';
import { summarize, timeAsync, type Summary } from './timing';

const WARM_UP = 20;

/** The Monday on or before `date`. */
const monday = (date: string) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));

/** A month view's days: whole weeks from the Monday before the 1st to the Sunday after the last day. */
function monthView(first: string): { from: string; to: string } {
  const last = addDays(addMonths(first, 1), -1);
  return { from: monday(first), to: addDays(monday(last), 6) };
}

/** `db.calendarMonth`: `calendar.range` over a month view, for the months from three before to six after the fixture's today. */
export async function benchCalendarMonth(ctx: BenchContext, core: Core): Promise<Summary & { itemsPerMonth: number; truncatedMonths: number }> {
  const thisMonth = `${FIXTURE_NOW.toISOString().slice(0, 7)}-01`;
  const months = Array.from({ length: 10 }, (_, k) => monthView(addMonths(thisMonth, k - 3)));
  const read = async (r: { from: string; to: string }) => {
    const res = await core.dispatch('calendar.range', r);
    if (!res.ok) throw new Error(`calendar.range ${JSON.stringify(r)} failed: ${JSON.stringify(res.error)}`);
    return res.data as { items: unknown[]; truncated: string[] };
  };
  for (let i = 0; i < WARM_UP; i++) await read(ctx.rng.pick(months));
  const samples: number[] = [];
  for (let i = 0, n = samplesFor(ctx, 200); i < n; i++) {
    const m = ctx.rng.pick(months);
    samples.push(await timeAsync(() => read(m)));
  }
  const sizes: number[] = [];
  let truncatedMonths = 0;
  for (const m of months) {
    const r = await read(m);
    sizes.push(r.items.length);
    if (r.truncated.length) truncatedMonths++;
  }
  sizes.sort((a, b) => a - b);
  return { ...summarize(samples), itemsPerMonth: sizes[Math.floor(sizes.length / 2)]!, truncatedMonths };
}
