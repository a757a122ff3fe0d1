import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindIpc, type IpcMainLike } from '../../../electron/main/ipc';
import { CHANNELS, type Channel } from '../../../shared/channels';
import { contract } from '../../../shared/contract';
import { ERROR_CODES, type Envelope } from '../../../shared/errors';
import { dbContentHash, makeTempDir, openTestCore, removeDir, type TestCore } from '../helpers/core';
import { spoil, validishInput } from './arbitraries';
import { READ_ONLY, acceptedInput } from './accepted';

// Every IPC channel, through the same binding the app uses (bindIpc with a stand-in for
// Electron's ipcMain), gets generated and hostile inputs. Every answer must be a typed
// envelope; nothing may fail unexpectedly (INTERNAL); and a refused call must leave the
// database and the stored files (the files/ folder beside it) exactly as they were. Every
// channel that writes must also accept at least one input (accepted.ts builds one where the
// generator rarely gets through), so the fuzz is known to reach its handler. PARLEY_FUZZ_RUNS raises the number of cases per channel,
// PARLEY_FUZZ_SEED changes the (otherwise fixed, reproducible) seed.

const RUNS = Number(process.env['PARLEY_FUZZ_RUNS'] ?? 25);
const BASE_SEED = Number(process.env['PARLEY_FUZZ_SEED'] ?? 20261130);
const HUGE = 'x'.repeat(10 * 1024 * 1024);
const OWN_URL = 'parley://app/index.html';
/** A valid id no row has. */
const MISSING_ID = 2 ** 31 - 1;

type Invoke = (channel: Channel, input: unknown) => Promise<Envelope<unknown>>;

interface ChannelReport {
  cases: number;
  ok: number;
  refused: Partial<Record<(typeof ERROR_CODES)[number], number>>;
}
const report: Record<string, ChannelReport> = {};

function seedFor(channel: string): number {
  return BASE_SEED ^ createHash('sha256').update(channel).digest().readUInt32LE(0);
}

function bind(core: TestCore): Invoke {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain: IpcMainLike = { handle: (name, fn) => void handlers.set(name, fn as never) };
  bindIpc(ipcMain, core.dispatch, (frame) => frame.url === OWN_URL, { locale: () => core.ctx.locale(), logError: (c, e) => core.logged.push({ channel: c, err: e }) });
  return async (channel, input) => (await handlers.get(`parley:${channel}`)!({ senderFrame: { url: OWN_URL, parent: null } }, input)) as Envelope<unknown>;
}

/** Every stored blob beside the database, by name and content. */
function filesHash(core: TestCore): string {
  const dir = path.join(core.dir, 'files');
  const hash = createHash('sha256');
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
  for (const name of names) hash.update(name).update('\0').update(fs.readFileSync(path.join(dir, name))).update('\0');
  return hash.digest('hex');
}

/** What a refused call must leave as it was: the database's content and the stored files. */
const keptState = (core: TestCore) => `${dbContentHash(core.db)}:${filesHash(core)}`;

/** Runs one case and checks the answer; keeps `state.hash` as the kept state's current hash. */
async function check(core: TestCore, invoke: Invoke, state: { hash: string }, channel: Channel, input: unknown): Promise<Envelope<unknown>> {
  const res = await invoke(channel, input);
  const entry = (report[channel] ??= { cases: 0, ok: 0, refused: {} });
  entry.cases += 1;
  expect(typeof res === 'object' && res !== null && typeof res.ok === 'boolean', `${channel}: an envelope`).toBe(true);
  if (res.ok) {
    entry.ok += 1;
    state.hash = keptState(core);
  } else {
    entry.refused[res.error.code] = (entry.refused[res.error.code] ?? 0) + 1;
    expect(ERROR_CODES, `${channel}: a known error code`).toContain(res.error.code);
    expect(res.error.message.length, `${channel}: a message`).toBeGreaterThan(0);
    expect(res.error.code, `${channel} failed unexpectedly for ${preview(input)}: ${JSON.stringify(core.logged.at(-1)?.err instanceof Error ? (core.logged.at(-1)!.err as Error).message : core.logged.at(-1))}`).not.toBe('INTERNAL');
    expect(keptState(core), `${channel}: refused, but the database or the stored files changed (input ${preview(input)})`).toBe(state.hash);
  }
  expect(core.logged, `${channel}: logged an unexpected error`).toEqual([]);
  return res;
}

function preview(input: unknown): string {
  try {
    const text = JSON.stringify(input, (_, v: unknown) => (typeof v === 'string' && v.length > 80 ? `${v.slice(0, 20)}…(${v.length})` : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
    return (text ?? String(input)).slice(0, 300);
  } catch {
    return String(input);
  }
}

function fuzzChannels(channels: readonly Channel[], setUp: (core: TestCore) => Promise<void>): void {
  let core: TestCore;
  let dir: string;
  let invoke: Invoke;
  const state = { hash: '' };

  beforeAll(async () => {
    dir = makeTempDir('parley-fuzz-');
    core = openTestCore(dir);
    await setUp(core);
    invoke = bind(core);
    state.hash = keptState(core);
  }, 60_000);
  afterAll(() => {
    core.close();
    removeDir(dir);
    removeDir(`${dir}-platform`);
  });

  for (const channel of channels) {
    it(`${channel} answers every generated and hostile input with an envelope`, async () => {
      // A failure in an earlier channel must not be blamed on this one.
      core.logged.length = 0;
      state.hash = keptState(core);
      const valid = validishInput(contract[channel].input);
      const inputs = fc.oneof({ weight: 1, arbitrary: valid }, { weight: 2, arbitrary: valid.chain(spoil) });
      await fc.assert(
        fc.asyncProperty(inputs, async (input) => {
          await check(core, invoke, state, channel, input);
        }),
        { numRuns: RUNS, seed: seedFor(channel), endOnFailure: true },
      );
      // 10 MB strings: as the whole input, and in every field of a typical input.
      await check(core, invoke, state, channel, HUGE);
      const [sample] = fc.sample(valid, { numRuns: 1, seed: seedFor(channel) });
      if (sample && typeof sample === 'object' && !Array.isArray(sample)) {
        for (const key of Object.keys(sample)) await check(core, invoke, state, channel, { ...sample, [key]: HUGE });
      }
      // A channel that writes accepts at least one input: its handler was reached, not only its validation.
      if (!READ_ONLY.has(channel)) {
        const build = acceptedInput(channel);
        if (build) {
          let input = (await build(core)) as Record<string, unknown>;
          state.hash = keptState(core);
          // Past validation, deep into the handler: the accepted input with each of its ids pointing at no row.
          let spent = false;
          for (const [key, value] of Object.entries(input)) {
            if ((key === 'id' || key.endsWith('Id')) && typeof value === 'number') spent = (await check(core, invoke, state, channel, { ...input, [key]: MISSING_ID })).ok || spent;
          }
          if (spent) {
            input = (await build(core)) as Record<string, unknown>;
            state.hash = keptState(core);
          }
          const res = await check(core, invoke, state, channel, input);
          expect(res.ok, `${channel}: the accepted input was refused: ${JSON.stringify(res.ok ? null : res.error)}`).toBe(true);
        }
        expect(report[channel]!.ok, `${channel} writes, but no input got through (give it an accepted input in accepted.ts)`).toBeGreaterThan(0);
      }
    }, 120_000);
  }
}

const isLock = (c: Channel) => c.startsWith('lock.');
// Removing the demo cases empties the database the other channels are fuzzed against: last.
const LAST: readonly Channel[] = ['demo.load', 'demo.remove'];

describe('IPC fuzz: every channel but the lock, on a database with the demo cases', () => {
  fuzzChannels(
    [...CHANNELS.filter((c) => !isLock(c) && !LAST.includes(c)), ...LAST],
    async (core) => {
      await core.call('demo.load');
    },
  );
});

describe('IPC fuzz: the app lock (last, since a valid passcode locks everything else)', () => {
  fuzzChannels(CHANNELS.filter(isLock), async () => {});
});

afterAll(() => {
  // Not under test-results/: the e2e run empties that folder.
  const out = path.resolve('.tmp', 'fuzz-report.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ runsPerChannel: RUNS, seed: BASE_SEED, channels: report }, null, 2));
  const total = Object.values(report).reduce((n, r) => n + r.cases, 0);
  console.log(`IPC fuzz: ${total} cases over ${Object.keys(report).length} channels (report: ${path.relative(process.cwd(), out)})`);
});
