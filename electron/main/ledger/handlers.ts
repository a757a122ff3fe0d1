import type { LEDGER_CHANNELS } from '../../../shared/ipc/ledger.channels';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { balancesAsOf, deleteEntries, getLedgerRow, insertEntry, type NewEntry } from '../db/ledger';
import { AppError, invalidFields, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { ledgerView, requireDebt, today } from './view';

// What a counsellor records on a debt itself: a payment made outside any agreement, a
// lender's statement restating the balance, a write-off, and removing one of those again.
// Entries made by agreements (their payments, waivers and settlements) change only through
// the agreement. Every action runs in one transaction: a refusal leaves the ledger as it was.

export function ledgerHandlers(ctx: HandlerContext): HandlerPart<(typeof LEDGER_CHANNELS)[number]> {
  const { db } = ctx;

  function owedOn(debtId: number, date: string): number {
    return balancesAsOf(db, [debtId], date).get(debtId)!.balance.totalFen;
  }

  function notInFuture(date: string): void {
    if (date > today(ctx)) throw invalidFields({ entryDate: 'validation.dateInFuture' });
  }

  function record(entry: NewEntry, clientId: number) {
    const id = insertEntry(db, entry, ctx.now());
    const { debtId, kind, entryDate, amountFen, stated, note } = entry;
    writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'debtLedger', entityId: id, action: 'create', after: { clientId, debtId, kind, entryDate, amountFen, stated, note } });
    return ledgerView(ctx, debtId);
  }

  return {
    'ledger.list': ({ debtId }) => ledgerView(ctx, debtId),

    'ledger.recordPayment': ({ debtId, entryDate, amountFen, note }) =>
      db.transaction(() => {
        const debt = requireDebt(db, debtId);
        notInFuture(entryDate);
        // A payment beyond what is owed on its date is refused here: an overpayment is the
        // lender's to refund, not a negative balance.
        if (amountFen > owedOn(debtId, entryDate)) throw invalidFields({ amountFen: 'ledger.errors.beyondBalance' });
        return record({ debtId, kind: 'payment', entryDate, amountFen, note: note ?? null }, debt.client_id);
      })(),

    'ledger.recordStatement': ({ debtId, entryDate, figures, note }) =>
      db.transaction(() => {
        const debt = requireDebt(db, debtId);
        notInFuture(entryDate);
        return record({ debtId, kind: 'statement', entryDate, stated: figures, note: note ?? null }, debt.client_id);
      })(),

    'ledger.writeOff': ({ debtId, entryDate, amountFen, note }) =>
      db.transaction(() => {
        const debt = requireDebt(db, debtId);
        notInFuture(entryDate);
        const owed = owedOn(debtId, entryDate);
        if (owed <= 0) throw new AppError('CONFLICT', 'ledger.errors.nothingOwed');
        if (amountFen !== null && amountFen > owed) throw invalidFields({ amountFen: 'ledger.errors.beyondBalance' });
        return record({ debtId, kind: 'write_off', entryDate, amountFen, note: note ?? null }, debt.client_id);
      })(),

    'ledger.delete': ({ id }) =>
      db.transaction(() => {
        const r = getLedgerRow(db, id);
        if (!r) throw notFound();
        if (r.kind === 'opening' || r.agreement_id !== null) throw new AppError('CONFLICT', 'ledger.errors.notDirect');
        const debt = requireDebt(db, r.debt_id);
        deleteEntries(db, [id]);
        writeAudit(db, {
          actor: ctx.actor(),
          at: ctx.now(),
          entity: 'debtLedger',
          entityId: id,
          action: 'delete',
          before: { clientId: debt.client_id, debtId: r.debt_id, kind: r.kind, entryDate: r.entry_date, amountFen: r.amount_fen, stated: r.stated_json, note: r.note },
        });
        return ledgerView(ctx, r.debt_id);
      })(),
  };
}
