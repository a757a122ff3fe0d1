import { afterEach, beforeEach } from 'vitest';
import { makeTempDir, openTestCore, removeDir, type TestCore } from '../../../helpers/core';

// What the re-planning tests share: a fresh encrypted database per test, a lender written
// straight into its table, and a financial statement of one salary and one rent.

const NOW = '2025-03-15T09:00:00.000Z';

/** Opens a new core before each test of the file (handed to `onOpen`) and removes it after. */
export function openCorePerTest(onOpen: (core: TestCore) => void): void {
  let dir = '';
  let core: TestCore | undefined;
  beforeEach(() => {
    dir = makeTempDir();
    core = openTestCore(dir);
    onOpen(core);
  });
  afterEach(() => {
    core?.close();
    removeDir(dir);
  });
}

export function addLender(core: TestCore, name: string): number {
  const info = core.db
    .prepare(`INSERT INTO lenders (name, name_pinyin, name_initials, type, created_at, updated_at) VALUES (?, ?, ?, 'online_platform', ?, ?)`)
    .run(name, name, name, NOW, NOW);
  return Number(info.lastInsertRowid);
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
