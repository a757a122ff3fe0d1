import { todayIn } from '../../../shared/domain/dates';
import { kindFieldIssues, KINDS_IN_FUTURE } from '../../../shared/domain/legal';
import type { LEGAL_CHANNELS } from '../../../shared/ipc/legal.channels';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { debtOwner } from '../db/debts';
import { deleteLegalEvent, getLegalEventRow, insertLegalEvent, toValues, updateLegalEvent, type LegalEventRow, type LegalEventValues } from '../db/legal-events';
import { AppError, invalidFields, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { legalHistory, restage, syncAppealFollowup } from './stage';

// A debt's court and enforcement steps (legal.*): listed, added, corrected, deleted. Every
// change is one transaction with its audit row, the debt's derived stage and the appeal
// follow-up, and answers with the debt's whole history.

export function legalHandlers(ctx: HandlerContext): HandlerPart<(typeof LEGAL_CHANNELS)[number]> {
  const { db } = ctx;

  function requireDebt(debtId: number): { clientId: number; lenderId: number } {
    const owner = debtOwner(db, debtId);
    if (!owner) throw new AppError('NOT_FOUND', 'legal.errors.debtNotFound', {}, { debtId: 'legal.errors.debtNotFound' });
    return owner;
  }

  function requireEvent(id: number, rev?: number): LegalEventRow {
    const row = getLegalEventRow(db, id);
    if (!row) throw notFound();
    if (rev !== undefined && row.rev !== rev) throw new AppError('CONFLICT', 'legal.errors.conflict');
    return row;
  }

  /**
   * The fields fit the kind of step (kindFieldIssues); steps are recorded once they happened
   * (a hearing may be entered ahead of its day). A date already stored is not checked against
   * today again, so a change of time zone cannot block an edit.
   */
  function check(v: LegalEventValues, before?: LegalEventValues): void {
    const today = todayIn(ctx.timeZone(), ctx.now());
    const fields = kindFieldIssues(v);
    if (v.eventDate > today && v.eventDate !== before?.eventDate && !KINDS_IN_FUTURE.includes(v.kind)) fields.eventDate = 'validation.dateInFuture';
    if (v.serviceDate !== null && !fields.serviceDate && v.serviceDate > today && v.serviceDate !== before?.serviceDate) fields.serviceDate = 'validation.dateInFuture';
    if (Object.keys(fields).length) throw invalidFields(fields);
  }

  const audit = (row: LegalEventRow) => ({ clientId: row.client_id, debtId: row.debt_id, ...toValues(row), origin: row.origin });

  return {
    'legal.list': ({ debtId }) => {
      requireDebt(debtId);
      return legalHistory(db, debtId);
    },

    'legal.create': ({ debtId, ...values }) =>
      db.transaction(() => {
        const { clientId } = requireDebt(debtId);
        check(values);
        const id = insertLegalEvent(db, clientId, debtId, values, 'entered', ctx.now());
        const row = getLegalEventRow(db, id)!;
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'legal_event', entityId: id, action: 'create', after: audit(row) });
        syncAppealFollowup(ctx, id, row);
        return restage(ctx, debtId);
      })(),

    'legal.update': ({ id, rev, ...values }) =>
      db.transaction(() => {
        const before = requireEvent(id, rev);
        check(values, toValues(before));
        updateLegalEvent(db, id, values, ctx.now());
        const after = getLegalEventRow(db, id)!;
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'legal_event', entityId: id, action: 'update', before: audit(before), after: audit(after) });
        syncAppealFollowup(ctx, id, after);
        return restage(ctx, after.debt_id);
      })(),

    'legal.delete': ({ id }) =>
      db.transaction(() => {
        const row = requireEvent(id);
        syncAppealFollowup(ctx, id, null);
        deleteLegalEvent(db, id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'legal_event', entityId: id, action: 'delete', before: audit(row) });
        return restage(ctx, row.debt_id);
      })(),
  };
}
