import type { Migration } from './types';

// Migration 10. A ledger per debt: the balance is derived from dated entries – the opening balance, lender
// statements, payments, waivers granted and revoked, write-offs – never overwritten.
//
// Each entry keeps what happened (amount, stated figures, which waiver it revokes) and, in the
// five component columns and total_fen, its effect on the balance as the ledger's arithmetic
// (shared/domain/ledger.ts) works it out over the debt's entries in order. The repository
// (db/ledger.ts) rewrites those effects for the whole debt whenever one of its entries changes,
// so the balance of any debt as of any date is a plain sum over debt_ledger_balance.
//
// Today's stored balances become opening entries, dated the day each debt was entered, so no
// total changes. The debts table's amount columns stay and mirror the opening entry (what the
// counsellor typed); nothing reads them as a balance any more.
//
// agreements.waiver_conditional: whether the part of the balance an agreement gives up is
// forgiven only once the plan is completed (the usual case) or at once.
export const m010DebtLedger: Migration = {
  version: 10,
  name: 'debt_ledger',
  up(db) {
    db.exec(`
      CREATE TABLE debt_ledger (
        id             INTEGER PRIMARY KEY,
        debt_id        INTEGER NOT NULL REFERENCES debts (id) ON DELETE CASCADE,
        kind           TEXT NOT NULL CHECK (kind IN ('opening', 'statement', 'payment', 'waiver', 'waiver_revoked', 'write_off')),
        entry_date     TEXT NOT NULL,
        amount_fen     INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
        stated_json    TEXT,
        conditional    INTEGER CHECK (conditional IN (0, 1)),
        settles        INTEGER NOT NULL DEFAULT 0 CHECK (settles IN (0, 1)),
        agreement_id   INTEGER REFERENCES agreements (id) ON DELETE CASCADE,
        payment_id     INTEGER REFERENCES payments (id) ON DELETE CASCADE,
        revokes_id     INTEGER REFERENCES debt_ledger (id) ON DELETE CASCADE,
        principal_fen  INTEGER NOT NULL DEFAULT 0,
        interest_fen   INTEGER NOT NULL DEFAULT 0,
        penalty_fen    INTEGER NOT NULL DEFAULT 0,
        late_fees_fen  INTEGER NOT NULL DEFAULT 0,
        other_fen      INTEGER NOT NULL DEFAULT 0,
        total_fen      INTEGER NOT NULL DEFAULT 0,
        unapplied_fen  INTEGER NOT NULL DEFAULT 0,
        note           TEXT,
        created_at     TEXT NOT NULL,
        CHECK ((kind IN ('opening', 'statement')) = (stated_json IS NOT NULL)),
        CHECK (kind <> 'waiver_revoked' OR revokes_id IS NOT NULL)
      ) STRICT;
      -- The balance of a debt as of a date reads this index alone.
      CREATE INDEX debt_ledger_balance ON debt_ledger (debt_id, entry_date, kind, total_fen, principal_fen, interest_fen, penalty_fen, late_fees_fen, other_fen, unapplied_fen);
      CREATE UNIQUE INDEX debt_ledger_payment ON debt_ledger (payment_id) WHERE payment_id IS NOT NULL;
      CREATE INDEX debt_ledger_agreement ON debt_ledger (agreement_id) WHERE agreement_id IS NOT NULL;
      CREATE INDEX debt_ledger_revokes ON debt_ledger (revokes_id) WHERE revokes_id IS NOT NULL;

      ALTER TABLE agreements ADD COLUMN waiver_conditional INTEGER NOT NULL DEFAULT 1 CHECK (waiver_conditional IN (0, 1));
    `);
    db.prepare(OPENINGS_FROM_STORED_BALANCES).run();
  },
};

/** Opening entries for every debt, from its stored amounts, as of the day the debt was entered. */
const OPENINGS_FROM_STORED_BALANCES = `INSERT INTO debt_ledger (debt_id, kind, entry_date, stated_json, principal_fen, interest_fen, penalty_fen, late_fees_fen, other_fen, total_fen, created_at)
  SELECT d.id, 'opening', substr(d.created_at, 1, 10),
         json_object('principalFen', d.principal_fen, 'interestFen', d.interest_fen, 'penaltyFen', d.penalty_fen, 'lateFeesFen', d.late_fees_fen, 'otherFen', d.other_fen),
         d.principal_fen, d.interest_fen, d.penalty_fen, d.late_fees_fen, d.other_fen,
         d.principal_fen + d.interest_fen + d.penalty_fen + d.late_fees_fen + d.other_fen, d.created_at
    FROM debts d WHERE NOT EXISTS (SELECT 1 FROM debt_ledger e WHERE e.debt_id = d.id) ORDER BY d.id`;
