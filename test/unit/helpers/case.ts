// What the handler tests share: a fresh encrypted database per test, lenders written straight
// into their table (the lender directory has its own tests), a client with debts, and a
// financial statement of one salary and one rent.
import { afterEach, beforeEach } from 'vitest';
import type { CoreOptions } from '../../../electron/main/core';
import type { Db } from '../../../electron/main/db/connection';
import type { ChannelInput } from '../../../shared/contract';
import { makeTempDir, openTestCore, removeDir, type TestCore } from './core';

/** The moment lenders written straight into the table are stamped with. */
const LENDER_STAMP = '2025-03-15T09:00:00.000Z';

/**
 * Opens a new core before each test of the file (handed to `onOpen` with its data folder) and
 * removes it, with its scripted platform's folder, after. Returns `reopen`: closes the test's
 * core and opens its data folder again (with more options, e.g. another clock), hands the new
 * core to `onOpen` and closes it after the test.
 */
export function openCorePerTest(
  onOpen: (core: TestCore, dir: string) => void,
  options: () => Partial<CoreOptions> = () => ({}),
): (more?: Partial<CoreOptions>) => TestCore {
  let dir = '';
  let core: TestCore | undefined;
  beforeEach(() => {
    dir = makeTempDir();
    core = openTestCore(dir, options());
    onOpen(core, dir);
  });
  afterEach(() => {
    core?.close();
    removeCoreDirs(dir);
  });
  return (more = {}) => {
    core?.close();
    core = openTestCore(dir, { ...options(), ...more });
    onOpen(core, dir);
    return core;
  };
}

/** A new empty folder before each test (handed to `onMade`), for the files it writes; removed after. */
export function folderPerTest(prefix: string, onMade: (dir: string) => void): void {
  let dir = '';
  beforeEach(() => {
    dir = makeTempDir(prefix);
    onMade(dir);
  });
  afterEach(() => removeDir(dir));
}

/** Folders and cores a test makes as it goes (see scratchPerTest). */
export interface Scratch {
  /** A new empty folder: a data folder or any other; removed after the test, with a platform folder beside it. */
  folder(prefix?: string): string;
  /** A test core on `dir`; closed after the test (closing it sooner is fine). */
  open(dir: string, options?: Partial<CoreOptions>): TestCore;
}

/** For tests that use several data folders or cores of their own: all of them go after each test. */
export function scratchPerTest(): Scratch {
  const dirs: string[] = [];
  const cores: TestCore[] = [];
  afterEach(async () => {
    await Promise.all(cores.splice(0).map((c) => c.close()));
    dirs.splice(0).forEach(removeCoreDirs);
  });
  return {
    folder(prefix) {
      const dir = makeTempDir(prefix);
      dirs.push(dir);
      return dir;
    },
    open(dir, options = {}) {
      const core = openTestCore(dir, options);
      cores.push(core);
      return core;
    },
  };
}

/** A test core's data folder and its scripted platform's folder. */
function removeCoreDirs(dir: string): void {
  removeDir(dir);
  removeDir(`${dir}-platform`);
}

/**
 * For files whose tests open their core themselves (each with its own clock): returns the
 * opener; whatever it opened is closed and removed, with its scripted platform's folder, after
 * each test.
 */
export function coreOpenedByTest(): (options?: Partial<CoreOptions>) => TestCore {
  let dir: string | undefined;
  let core: TestCore | undefined;
  afterEach(() => {
    core?.close();
    if (dir) removeCoreDirs(dir);
    dir = undefined;
    core = undefined;
  });
  return (options = {}) => {
    dir = makeTempDir();
    core = openTestCore(dir, options);
    return core;
  };
}

/** A lender of type online platform, straight into the table; its id. */
export function addLender(to: TestCore | Db, name: string): number {
  const db = 'db' in to ? to.db : to;
  const info = db
    .prepare(`INSERT INTO lenders (name, name_pinyin, name_initials, type, created_at, updated_at) VALUES (?, ?, ?, 'online_platform', ?, ?)`)
    .run(name, name, name, LENDER_STAMP, LENDER_STAMP);
  return Number(info.lastInsertRowid);
}

/** A new client; its id. */
export async function addClient(core: TestCore, name = '王小明'): Promise<number> {
  return (await core.call('clients.create', { name })).id;
}

/** A statement on `date`: the given monthly salary, less a monthly rent of 4,400.00. */
export const statement = (core: TestCore, clientId: number, date: string, incomeFen: number) =>
  core.call('statements.create', {
    clientId,
    statementDate: date,
    lines: [
      { kind: 'income', category: 'salary', amountFen: incomeFen, frequency: 'monthly' },
      { kind: 'expense', category: 'rent_mortgage', amountFen: 440_000, frequency: 'monthly' },
    ],
  });

type DebtExtra = Omit<ChannelInput<'debts.create'>, 'clientId' | 'lenderId' | 'principalFen'>;

/**
 * 王小明 with a salary of 6,000.00 and rent of 4,400.00 on 2025-03-10 (disposable 1,600.00), and
 * one debt per entry, each with a new lender of that name. Returns the client and the debt ids in order.
 */
export async function caseWithDebts(core: TestCore, debts: readonly (readonly [lender: string, principalFen: number, extra?: DebtExtra])[]): Promise<{ clientId: number; debtIds: number[] }> {
  const clientId = await addClient(core);
  await statement(core, clientId, '2025-03-10', 600_000);
  const debtIds: number[] = [];
  for (const [lender, principalFen, extra] of debts) {
    debtIds.push((await core.call('debts.create', { clientId, lenderId: addLender(core, lender), principalFen, ...extra })).id);
  }
  return { clientId, debtIds };
}
