import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../../../electron/main/core';
import { openDatabase } from '../../../../../electron/main/db/connection';
import { schemaVersion } from '../../../../../electron/main/db/migrate';
import { LATEST_SCHEMA_VERSION } from '../../../../../electron/main/db/migrations';
import { FIXTURE_KEY, generateFixture } from '../../../../fixtures';
import { runLedgerMigration, storedTotals, undoLedgerMigration } from '../../../../fixtures/ledger-migration';
import { makeTempDir, openTestCore, removeDir, TEST_KEY } from '../../../helpers/core';

// Migration 010 turns the stored balances into opening entries without changing any total.

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => removeDir(dir));

describe('migration 010 on a real database written by an earlier version', () => {
  it('the debt of written-by-12.9.db (schema 5) owes what it owed, now from its opening entry', async () => {
    fs.copyFileSync(path.join(__dirname, 'fixtures', 'written-by-12.9.db'), path.join(dir, DATABASE_FILE));
    const before = (() => {
      const db = openDatabase(path.join(dir, DATABASE_FILE), TEST_KEY);
      try {
        expect(schemaVersion(db)).toBe(5);
        return storedTotals(db);
      } finally {
        db.close();
      }
    })();
    expect(before.agencyFen).toBe(12_345_67 + 89_00);

    const core = openTestCore(dir);
    try {
      expect(core.migration).toMatchObject({ from: 5, to: LATEST_SCHEMA_VERSION });
      const [clientId] = [...before.byClient.keys()];
      const list = await core.call('debts.list', { clientId: clientId! });
      expect(list.totals.outstandingFen).toBe(before.agencyFen);
      expect(list.items[0]).toMatchObject({ principalFen: 12_345_67, interestFen: 89_00, outstandingFen: 12_434_67, ledger: { status: 'open', paidFen: 0 } });
      const ledger = await core.call('ledger.list', { debtId: list.items[0]!.id });
      expect(ledger.entries.map((e) => [e.kind, e.balance.totalFen])).toEqual([['opening', 12_434_67]]);
      const dash = await core.call('dashboard.get');
      expect(dash.totalOutstanding).toEqual([{ currency: 'CNY', amountMinor: before.agencyFen }]);
    } finally {
      core.close();
    }
  });
});

describe('migration 010 on the S fixture', () => {
  it("every client's total and the agency's total are the same before and after", () => {
    const { file } = generateFixture({ dataDir: dir, size: 'S' });
    const db = openDatabase(file, FIXTURE_KEY);
    try {
      undoLedgerMigration(db);
      const before = storedTotals(db);
      expect(before.byClient.size).toBeGreaterThan(100);
      runLedgerMigration(db);
      const after = db
        .prepare('SELECT d.client_id AS id, sum(e.total_fen) AS fen FROM debt_ledger e JOIN debts d ON d.id = e.debt_id GROUP BY d.client_id')
        .all() as { id: number; fen: number }[];
      expect(new Map(after.map((r) => [r.id, r.fen]))).toEqual(before.byClient);
      expect(after.reduce((s, r) => s + r.fen, 0)).toBe(before.agencyFen);
      // One opening per debt, nothing else.
      expect(db.prepare(`SELECT count(*) FROM debt_ledger WHERE kind = 'opening'`).pluck().get()).toBe(db.prepare('SELECT count(*) FROM debts').pluck().get());
      expect(db.prepare(`SELECT count(*) FROM debt_ledger WHERE kind <> 'opening'`).pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
