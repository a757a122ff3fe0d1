import { allocate, type LedgerInstalment, type LedgerPayment } from '../../agreements/ledger';
import type { Migration } from './types';

// Start-up must not read the whole repayment history. Whether an instalment is paid is
// worked out from payments (agreements/ledger.ts); this stores the answer as a flag kept by
// every payment change, so the missed-instalment sweep reads only instalments still open.
// The flag may say "unpaid" for one that is paid (the sweep checks with the ledger and
// corrects it), never the other way round: a new or imported row starts unpaid.
export const m006UnpaidInstalments: Migration = {
  version: 6,
  name: 'instalments: unpaid flag and index for the missed-instalment sweep',
  up(db) {
    db.exec(`
      ALTER TABLE instalments ADD COLUMN unpaid INTEGER NOT NULL DEFAULT 1 CHECK (unpaid IN (0, 1));
    `);
    const agreements = db.prepare('SELECT DISTINCT agreement_id AS id FROM instalments').pluck().all() as number[];
    const readInstalments = db.prepare('SELECT id, seq, due_date AS dueDate, amount_fen AS amountFen, missed_at AS missedAt FROM instalments WHERE agreement_id = ? ORDER BY seq');
    const readPayments = db.prepare('SELECT id, paid_date AS paidDate, amount_fen AS amountFen, instalment_id AS instalmentId FROM payments WHERE agreement_id = ?');
    const markPaid = db.prepare('UPDATE instalments SET unpaid = 0 WHERE id = ?');
    for (const id of agreements) {
      const instalments = readInstalments.all(id) as LedgerInstalment[];
      const { paidFen } = allocate(instalments, readPayments.all(id) as LedgerPayment[]);
      instalments.forEach((inst, k) => {
        if (paidFen[k]! >= inst.amountFen) markPaid.run(inst.id);
      });
    }
    db.exec(`
      -- The sweep's candidates: open instalments past a date, or marked missed.
      CREATE INDEX instalments_unpaid_by_due ON instalments (due_date, agreement_id) WHERE unpaid = 1;
      CREATE INDEX instalments_unpaid_marked ON instalments (agreement_id) WHERE unpaid = 1 AND missed_at IS NOT NULL;
    `);
  },
};
