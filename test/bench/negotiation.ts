// Negotiation: the client timeline and the follow-ups page on the fixture's million contact
// entries, and attaching a 20 MB evidence file (hash + encrypt + fsync + row).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openCore, type Core } from '../../electron/main/core';
import { FIXTURE_KEY, FIXTURE_NOW } from '../fixtures';
import { createScriptedPlatform, type ScriptedPlatform } from '../harness/platform';
import { samplesFor, type BenchContext } from './context';
import { ms, summarize, timeAsync, type Summary } from './timing';

const WARM_UP = 50;
const MB20 = 20 * 1024 * 1024;

async function ok(core: Core, channel: string, input: unknown): Promise<unknown> {
  const res = await core.dispatch(channel, input);
  if (!res.ok) throw new Error(`${channel} ${JSON.stringify(input)} failed: ${JSON.stringify(res.error)}`);
  return res.data;
}

export interface NegotiationFigures {
  timeline: Summary & { contactsPerClient: number; heavy: Summary & { contactsPerClient: number } };
  followups: Summary & { open: number; dueThisWeekOrEarlier: number };
  /** cpuMs: the process's CPU time per attach (median), which a busy machine does not inflate like wall time. */
  files: { attach20MbMs: number; attach20Mb: Summary; cpuMs: number };
}

/**
 * Opens its own core on the benchmark database with the clock at the fixture's "today", so
 * the follow-ups page sees overdue / today / this week as the fixture laid them out.
 */
export async function benchNegotiation(ctx: BenchContext, log: (message: string) => void = () => {}): Promise<NegotiationFigures> {
  const platform: ScriptedPlatform = createScriptedPlatform(`${ctx.dataDir}-negotiation-platform`);
  const core = openCore({
    dataDir: ctx.dataDir,
    key: FIXTURE_KEY,
    platform,
    appVersion: 'bench',
    now: () => FIXTURE_NOW,
    logError: (channel, err) => {
      throw new Error(`${channel} failed during the benchmark: ${String(err)}`);
    },
  });
  try {
    log('  timeline.list…');
    const timeline = await benchTimeline(ctx, core);
    log('  followups.list…');
    const followups = await benchFollowups(ctx, core);
    log('  attach 20 MB…');
    const files = await benchAttach(ctx, core, platform);
    return { timeline, followups, files };
  } finally {
    core.close();
    fs.rmSync(`${ctx.dataDir}-negotiation-platform`, { recursive: true, force: true });
  }
}

/** `db.timeline`: the first page of `timeline.list { clientId }` for random clients with a contact log. */
async function benchTimeline(ctx: BenchContext, core: Core): Promise<NegotiationFigures['timeline']> {
  const withContacts = core.db.prepare('SELECT client_id AS id, count(*) AS n FROM contacts GROUP BY client_id ORDER BY client_id').all() as { id: number; n: number }[];
  if (!withContacts.length) throw new Error('no contact entries in the fixture');
  const heavy = [...withContacts].sort((a, b) => b.n - a.n || a.id - b.id).slice(0, 200);
  for (let i = 0; i < WARM_UP; i++) await ok(core, 'timeline.list', { clientId: ctx.rng.pick(withContacts).id });
  const run = async (pool: { id: number; n: number }[], n: number) => {
    const samples: number[] = [];
    let contacts = 0;
    for (let i = 0; i < n; i++) {
      const c = ctx.rng.pick(pool);
      contacts += c.n;
      samples.push(await timeAsync(() => ok(core, 'timeline.list', { clientId: c.id })));
    }
    return { ...summarize(samples), contactsPerClient: Math.round(contacts / n) };
  };
  const all = await run(withContacts, samplesFor(ctx, 1000));
  const heavyFigures = await run(heavy, samplesFor(ctx, 300));
  return { ...all, heavy: heavyFigures };
}

/** `db.followups`: the follow-ups page (`followups.list {}`): overdue, today and this week across all cases. */
async function benchFollowups(ctx: BenchContext, core: Core): Promise<NegotiationFigures['followups']> {
  for (let i = 0; i < WARM_UP; i++) await ok(core, 'followups.list', {});
  const samples: number[] = [];
  for (let i = 0, n = samplesFor(ctx, 500); i < n; i++) samples.push(await timeAsync(() => ok(core, 'followups.list', {})));
  const page = (await ok(core, 'followups.list', {})) as { overdue: { count: number }; dueToday: { count: number }; thisWeek: { count: number } };
  const open = (core.db.prepare(`SELECT count(*) AS n FROM followups WHERE status = 'open'`).get() as { n: number }).n;
  return { ...summarize(samples), open, dueThisWeekOrEarlier: page.overdue.count + page.dueToday.count + page.thisWeek.count };
}

/**
 * `files.attach20MbMs`: median time of `attachments.pick` answering a fresh 20 MB file (new
 * content each time, so it is hashed, encrypted, fsynced and recorded, never deduplicated).
 */
async function benchAttach(ctx: BenchContext, core: Core, platform: ScriptedPlatform): Promise<NegotiationFigures['files']> {
  const clientId = (core.db.prepare('SELECT id FROM clients ORDER BY id LIMIT 1').get() as { id: number }).id;
  const dir = path.join(`${ctx.dataDir}-negotiation-platform`, 'sources');
  fs.mkdirSync(dir, { recursive: true });
  const base = crypto.randomBytes(MB20);
  // An M4A's opening box (size, 'ftyp', brand): the store decides a file's type from its content.
  base.writeUInt32BE(24, 0);
  base.write('ftypM4A ', 4, 'latin1');
  const samples: number[] = [];
  const cpu: number[] = [];
  const n = Math.max(5, samplesFor(ctx, 15));
  for (let i = -1; i < n; i++) {
    const file = path.join(dir, `recording-${i + 1}.m4a`);
    base.writeUInt32LE(i + 2, 64); // new content every time
    fs.writeFileSync(file, base);
    platform.nextFiles([file]);
    const before = process.cpuUsage();
    const t = await timeAsync(() => ok(core, 'attachments.pick', { clientId, kind: 'collection_evidence' }));
    const used = process.cpuUsage(before);
    if (i >= 0) {
      // The first one warms up.
      samples.push(t);
      cpu.push((used.user + used.system) / 1000);
    }
    fs.rmSync(file);
  }
  const attach20Mb = summarize(samples);
  return { attach20MbMs: ms(attach20Mb.p50Ms), attach20Mb, cpuMs: summarize(cpu).p50Ms };
}
