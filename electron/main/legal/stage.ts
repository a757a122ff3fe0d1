import { todayIn } from '../../../shared/domain/dates';
import { appealDeadline, deriveStage, KIND_OF_STAGE, opensAppeal } from '../../../shared/domain/legal';
import type { LegalStage } from '../../../shared/schemas/debts';
import type { LegalHistory } from '../../../shared/schemas/legal';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import type { Db } from '../db/connection';
import { getDebtRow, setLegalStage } from '../db/debts';
import { appealFollowupsOf, followupAudit, getFollowupRow, insertAppealFollowup } from '../db/followups';
import { insertLegalEvent, legalEventsOfDebt, toLegalEventView, toValues, type LegalEventRow } from '../db/legal-events';
import { setFollowupFields } from '../followups/change';

// What follows from a debt's legal events: the stage kept on the debt, and the follow-up for
// the last day to appeal a first-instance judgment or ruling. Called inside the transaction
// of every change to the events, so the three never disagree.

/** A debt's events, oldest first, and the stage they lead to. */
export function legalHistory(db: Db, debtId: number): LegalHistory {
  const rows = legalEventsOfDebt(db, debtId);
  const { stage, since } = deriveStage(rows.map((r) => ({ id: r.id, kind: r.kind, eventDate: r.event_date })));
  return { debtId, stage, stageSince: since, events: rows.map(toLegalEventView) };
}

/** Works the stage out again from the events and stores it on the debt; returns the whole history. */
export function restage(ctx: HandlerContext, debtId: number): LegalHistory {
  const history = legalHistory(ctx.db, debtId);
  const debt = getDebtRow(ctx.db, debtId)!;
  if (debt.legal_stage !== history.stage || debt.legal_stage_date !== history.stageSince) setLegalStage(ctx.db, debtId, history.stage, history.stageSince);
  return history;
}

/**
 * Keeps the appeal-deadline follow-up in step with a judgment: made when a first-instance
 * decision has a service date and the last day is today or later (an appeal period that ended
 * before the judgment was recorded has nothing left to chase); moved when the service date or
 * the kind of decision changes; cancelled when the event no longer opens an appeal (or is
 * deleted: pass null). A follow-up already done is history and is left alone.
 */
export function syncAppealFollowup(ctx: HandlerContext, eventId: number, row: LegalEventRow | null): void {
  const v = row && toValues(row);
  const due = v && opensAppeal(v) ? appealDeadline(v.serviceDate!, v.decision ?? 'judgment') : null;
  const today = todayIn(ctx.timeZone(), ctx.now());
  const existing = appealFollowupsOf(ctx.db, eventId);
  const open = existing.find((f) => f.status === 'open');
  if (due === null || due < today) {
    if (open) setFollowupFields(ctx, open, { status: 'cancelled' });
    return;
  }
  if (open) {
    if (open.due_date !== due) setFollowupFields(ctx, open, { due_date: due, original_due_date: due, snooze_count: 0 });
    return;
  }
  if (existing.some((f) => f.status === 'done' && f.original_due_date === due)) return;
  const debt = getDebtRow(ctx.db, row!.debt_id)!;
  const id = insertAppealFollowup(
    ctx.db,
    { clientId: debt.client_id, debtId: debt.id, lenderId: debt.lender_id, dueDate: due, note: v!.caseNumber ?? v!.court, legalEventId: eventId },
    ctx.now(),
  );
  writeAudit(ctx.db, { actor: ctx.actor(), at: ctx.now(), entity: 'followup', entityId: id, action: 'create', after: followupAudit(getFollowupRow(ctx.db, id)!) });
}

/**
 * A new debt entered as already in a stage: one event of that stage's kind, dated the day it
 * was entered and marked 'intake' (the real date is not known until the counsellor edits it).
 */
export function recordIntakeStage(ctx: HandlerContext, clientId: number, debtId: number, stage: LegalStage): void {
  if (stage === 'none') return;
  const eventDate = todayIn(ctx.timeZone(), ctx.now());
  const values = { kind: KIND_OF_STAGE[stage], eventDate, court: null, caseNumber: null, amountFen: null, serviceDate: null, decision: null, instance: null, measure: null, notes: null };
  const id = insertLegalEvent(ctx.db, clientId, debtId, values, 'intake', ctx.now());
  writeAudit(ctx.db, { actor: ctx.actor(), at: ctx.now(), entity: 'legal_event', entityId: id, action: 'create', after: { clientId, debtId, ...values, origin: 'intake' } });
  restage(ctx, debtId);
}
