// The debt ledger's figures:
//   db.debtBalance        a client's debts with their balances derived from the ledger (the
//                         repository read every screen and document goes through), for the
//                         clients with the most debts;
//   migration.ledger<S>   migration 010 run once on a copy of the fixture whose ledger was
//                         taken away: how long it takes, and whether every client's total and
//                         the agency's total are the same before and after (they must be).
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../electron/main/core';
import { DATABASE_FILE } from '../../electron/main/core';
import { openDatabase } from '../../electron/main/db/connection';
import { debtsOfClient } from '../../electron/main/db/debts';
import { FIXTURE_KEY } from '../fixtures';
import { runLedgerMigration, storedTotals, undoLedgerMigration } from '../fixtures/ledger-migration';
import { samplesFor, type BenchContext } from './context';
import { ms, summarize, time, type Summary } from './timing';

const WARM_UP = 20;

export function benchDebtBalance(ctx: BenchContext, core: Core): Summary & { debtsPerClient: number; entriesPerDebt: number } {
  const heavy = core.db
    .prepare('SELECT client_id AS id, count(*) AS n FROM debts GROUP BY client_id HAVING n >= 18 ORDER BY n DESC, client_id LIMIT 200')
    .all() as { id: number; n: number }[];
  if (!heavy.length) throw new Error('no client with about 20 debts in the fixture');
  for (let i = 0; i < WARM_UP; i++) debtsOfClient(core.db, ctx.rng.pick(heavy).id);
  const samples: number[] = [];
  for (let i = 0, n = samplesFor(ctx, 1000); i < n; i++) {
    const { id } = ctx.rng.pick(heavy);
    samples.push(time(() => debtsOfClient(core.db, id)));
  }
  const entries = core.db.prepare('SELECT count(*) FROM debt_ledger').pluck().get() as number;
  const debts = core.db.prepare('SELECT count(*) FROM debts').pluck().get() as number;
  return {
    ...summarize(samples),
    debtsPerClient: Math.round(heavy.reduce((s, h) => s + h.n, 0) / heavy.length),
    entriesPerDebt: Math.round((entries / debts) * 100) / 100,
  };
}

export interface LedgerMigrationFigure {
  ms: number;
  debts: number;
  openingEntries: number;
  clients: number;
  totalsEqual: boolean;
  agencyTotalFen: number;
}

/** Needs the benchmark's core closed or not yet open on `dataDir`: it works on its own copy. */
export function benchLedgerMigration(ctx: BenchContext): LedgerMigrationFigure {
  const dir = fs.mkdtempSync(`${ctx.dataDir}-ledger-migration-`);
  try {
    const file = path.join(dir, DATABASE_FILE);
    fs.copyFileSync(path.join(ctx.dataDir, DATABASE_FILE), file);
    const db = openDatabase(file, FIXTURE_KEY);
    try {
      undoLedgerMigration(db);
      db.pragma('wal_checkpoint(TRUNCATE)');
      const before = storedTotals(db);
      const took = runLedgerMigration(db);
      const after = db
        .prepare('SELECT d.client_id AS id, sum(e.total_fen) AS fen FROM debt_ledger e JOIN debts d ON d.id = e.debt_id GROUP BY d.client_id')
        .all() as { id: number; fen: number }[];
      const afterAgency = after.reduce((s, r) => s + r.fen, 0);
      const totalsEqual = after.length === before.byClient.size && after.every((r) => before.byClient.get(r.id) === r.fen) && afterAgency === before.agencyFen;
      if (!totalsEqual) throw new Error('migration 010 changed a total: the ledger does not add up to the stored balances');
      return {
        ms: ms(took),
        debts: db.prepare('SELECT count(*) FROM debts').pluck().get() as number,
        openingEntries: db.prepare(`SELECT count(*) FROM debt_ledger WHERE kind = 'opening'`).pluck().get() as number,
        clients: before.byClient.size,
        totalsEqual,
        agencyTotalFen: afterAgency,
      };
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
