import { todayIn } from '../../../shared/domain/dates';
import { DEFAULT_GRACE_DAYS, type AgreementView } from '../../../shared/schemas/agreements';
import type { HandlerContext } from '../context';
import { lastAgreementEvent } from '../db/agreement-events';
import { getAgreementRow, ledgerInputs, toAgreementView, type AgreementRow } from '../db/agreements';
import type { Db } from '../db/connection';
import { notFound } from '../errors';
import { ledger, progressOf } from './ledger';

// An agreement as the counsellor sees it: its rows settled by the ledger as of today.
// Offers, payments and instalments all answer with this view.

export const today = (ctx: HandlerContext): string => todayIn(ctx.timeZone(), ctx.now());

export function agreementView(db: Db, r: AgreementRow, todayIso: string, graceDays = DEFAULT_GRACE_DAYS): AgreementView {
  const { instalments, payments } = ledgerInputs(db, r.id);
  const lines = ledger(instalments, payments, todayIso, graceDays);
  return { ...toAgreementView(r, lines, payments, progressOf(lines, r.total_fen)), statusDate: lastAgreementEvent(db, r.id)?.on_date ?? null };
}

export function requireAgreement(db: Db, id: number): AgreementRow {
  const r = getAgreementRow(db, id);
  if (!r) throw notFound();
  return r;
}

/** The agreement's view as of today, or NOT_FOUND. */
export function agreementOut(ctx: HandlerContext, id: number): AgreementView {
  return agreementView(ctx.db, requireAgreement(ctx.db, id), today(ctx));
}
