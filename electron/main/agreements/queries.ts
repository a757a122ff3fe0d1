import { addDays, todayIn } from '../../../shared/domain/dates';
import { formatMoney } from '../../../shared/domain/money';
import type { DebtFigures } from '../../../shared/domain/remedies';
import { translate } from '../../../shared/i18n';
import {
  DEFAULT_GRACE_DAYS,
  OFFER_TRANSITIONS,
  type AgreementView,
  type OfferEventView,
  type OfferStatus,
  type OfferView,
  type Progress,
} from '../../../shared/schemas/agreements';
import { Terms } from '../../../shared/schemas/remedies';
import type { HandlerContext } from '../context';
import type { Db } from '../db/connection';
import { writeAudit } from '../db/audit';
import { stmt } from '../db/statements';
import { agreementsWithMissedCandidates, setUnpaidFlags, type SweepScope } from '../db/instalments';
import { allocate, ledger, progressOf, type LedgerInstalment, type LedgerPayment } from './ledger';

// Reading offers and agreements into views, and the writes more than one channel makes
// (follow-ups, the missed-instalment sweep).

export interface OfferRow {
  id: number;
  client_id: number;
  debt_id: number;
  lender_id: number;
  proposal_line_id: number | null;
  remedy: string;
  terms_json: string;
  total_fen: number;
  monthly_fen: number | null;
  months: number | null;
  status: OfferStatus;
  valid_until: string | null;
  counter_terms_json: string | null;
  rev: number;
  created_at: string;
  updated_at: string;
  lender_name: string;
  account_ref: string | null;
  agreement_id: number | null;
}

interface EventRow {
  id: number;
  offer_id: number;
  at: string;
  on_date: string;
  status: OfferStatus;
  note: string | null;
  terms_json: string | null;
  contact_id: number | null;
}

export interface AgreementRow {
  id: number;
  client_id: number;
  debt_id: number;
  lender_id: number;
  offer_id: number | null;
  agreed_date: string;
  remedy: string;
  terms_json: string;
  total_fen: number;
  status: AgreementView['status'];
  notes: string | null;
  rev: number;
  created_at: string;
  updated_at: string;
  client_name: string;
  case_ref: string;
  lender_name: string;
  account_ref: string | null;
}

interface InstalmentRow {
  id: number;
  seq: number;
  due_date: string;
  amount_fen: number;
  missed_at: string | null;
}

interface PaymentRow {
  id: number;
  paid_date: string;
  amount_fen: number;
  instalment_id: number | null;
  note: string | null;
  created_at: string;
}

export const today = (ctx: HandlerContext): string => todayIn(ctx.timeZone(), ctx.now());

export const parseTerms = (json: string): Terms => Terms.parse(JSON.parse(json));

const OFFER_SELECT = `SELECT o.*, l.name AS lender_name, d.account_ref, a.id AS agreement_id
  FROM offers o JOIN lenders l ON l.id = o.lender_id JOIN debts d ON d.id = o.debt_id LEFT JOIN agreements a ON a.offer_id = o.id`;

export function getOfferRow(db: Db, id: number): OfferRow | undefined {
  return stmt(db, `${OFFER_SELECT} WHERE o.id = ?`).get(id) as OfferRow | undefined;
}

function eventView(e: EventRow): OfferEventView {
  return { id: e.id, at: e.at, onDate: e.on_date, status: e.status, note: e.note, terms: e.terms_json ? parseTerms(e.terms_json) : null, contactId: e.contact_id };
}

function offerView(r: OfferRow, events: EventRow[]): OfferView {
  return {
    id: r.id,
    clientId: r.client_id,
    debtId: r.debt_id,
    lenderId: r.lender_id,
    lenderName: r.lender_name,
    accountRef: r.account_ref,
    proposalLineId: r.proposal_line_id,
    remedy: r.remedy,
    terms: parseTerms(r.terms_json),
    counterTerms: r.counter_terms_json ? parseTerms(r.counter_terms_json) : null,
    totalFen: r.total_fen,
    monthlyFen: r.monthly_fen,
    months: r.months,
    status: r.status,
    validUntil: r.valid_until,
    agreementId: r.agreement_id,
    next: [...OFFER_TRANSITIONS[r.status]],
    events: events.map(eventView),
    rev: r.rev,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function offerViewOf(db: Db, id: number): OfferView | undefined {
  const r = getOfferRow(db, id);
  if (!r) return undefined;
  const events = stmt(db, `SELECT * FROM offer_events WHERE offer_id = ? ORDER BY at, id`).all(id) as EventRow[];
  return offerView(r, events);
}

export function listOfferViews(db: Db, clientId: number): OfferView[] {
  const rows = stmt(db, `${OFFER_SELECT} WHERE o.client_id = ? ORDER BY l.name, o.id`).all(clientId) as OfferRow[];
  const events = stmt(db, `SELECT * FROM offer_events WHERE client_id = ? ORDER BY at, id`).all(clientId) as EventRow[];
  const byOffer = new Map<number, EventRow[]>();
  for (const e of events) byOffer.set(e.offer_id, [...(byOffer.get(e.offer_id) ?? []), e]);
  return rows.map((r) => offerView(r, byOffer.get(r.id) ?? []));
}

export function debtFigures(db: Db, debtId: number): (DebtFigures & { clientId: number; lenderId: number; lenderName: string }) | undefined {
  const r = stmt(
    db,
    `SELECT d.client_id, d.lender_id, l.name AS lender_name, d.principal_fen, d.interest_fen, d.penalty_fen, d.late_fees_fen, d.other_fen,
            d.rate_value, d.rate_unit
       FROM debts d JOIN lenders l ON l.id = d.lender_id WHERE d.id = ?`,
  ).get(debtId) as
    | {
        client_id: number;
        lender_id: number;
        lender_name: string;
        principal_fen: number;
        interest_fen: number;
        penalty_fen: number;
        late_fees_fen: number;
        other_fen: number;
        rate_value: number | null;
        rate_unit: 'annual' | 'monthly' | 'daily' | null;
      }
    | undefined;
  if (!r) return undefined;
  return {
    clientId: r.client_id,
    lenderId: r.lender_id,
    lenderName: r.lender_name,
    principalFen: r.principal_fen,
    interestFen: r.interest_fen,
    penaltyFen: r.penalty_fen,
    lateFeesFen: r.late_fees_fen,
    otherFen: r.other_fen,
    rate: r.rate_value !== null && r.rate_unit !== null ? { value: r.rate_value, unit: r.rate_unit } : null,
  };
}

// ---- agreements ----

const AGREEMENT_SELECT = `SELECT a.*, c.name AS client_name, c.case_ref, l.name AS lender_name, d.account_ref
  FROM agreements a JOIN clients c ON c.id = a.client_id JOIN lenders l ON l.id = a.lender_id JOIN debts d ON d.id = a.debt_id`;

export function getAgreementRow(db: Db, id: number): AgreementRow | undefined {
  return stmt(db, `${AGREEMENT_SELECT} WHERE a.id = ?`).get(id) as AgreementRow | undefined;
}

function ledgerInputs(db: Db, agreementId: number): { instalments: LedgerInstalment[]; payments: (LedgerPayment & { note: string | null; createdAt: string })[] } {
  const inst = stmt(db, `SELECT id, seq, due_date, amount_fen, missed_at FROM instalments WHERE agreement_id = ? ORDER BY seq`).all(agreementId) as InstalmentRow[];
  const pays = stmt(db, `SELECT id, paid_date, amount_fen, instalment_id, note, created_at FROM payments WHERE agreement_id = ? ORDER BY paid_date, id`).all(
    agreementId,
  ) as PaymentRow[];
  return {
    instalments: inst.map((i) => ({ id: i.id, seq: i.seq, dueDate: i.due_date, amountFen: i.amount_fen, missedAt: i.missed_at })),
    payments: pays.map((p) => ({ id: p.id, paidDate: p.paid_date, amountFen: p.amount_fen, instalmentId: p.instalment_id, note: p.note, createdAt: p.created_at })),
  };
}

export function agreementView(db: Db, r: AgreementRow, todayIso: string, graceDays = DEFAULT_GRACE_DAYS): AgreementView {
  const { instalments, payments } = ledgerInputs(db, r.id);
  const lines = ledger(instalments, payments, todayIso, graceDays);
  return {
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    caseRef: r.case_ref,
    debtId: r.debt_id,
    lenderId: r.lender_id,
    lenderName: r.lender_name,
    accountRef: r.account_ref,
    offerId: r.offer_id,
    agreedDate: r.agreed_date,
    remedy: r.remedy,
    terms: parseTerms(r.terms_json),
    status: r.status,
    notes: r.notes,
    progress: progressOf(lines, r.total_fen),
    instalments: lines.map((l) => ({
      id: l.id,
      seq: l.seq,
      dueDate: l.dueDate,
      amountFen: l.amountFen,
      paidFen: l.paidFen,
      paidOn: l.paidOn,
      missedAt: l.missedAt,
      state: l.state,
      daysLate: l.daysLate,
    })),
    payments: payments.map((p) => ({ id: p.id, paidDate: p.paidDate, amountFen: p.amountFen, instalmentId: p.instalmentId, note: p.note, createdAt: p.createdAt })),
    rev: r.rev,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function listAgreementRows(db: Db, where: 'client' | 'lender', id: number): AgreementRow[] {
  const col = where === 'client' ? 'a.client_id' : 'a.lender_id';
  return stmt(db, `${AGREEMENT_SELECT} WHERE ${col} = ? ORDER BY l.name, a.id`).all(id) as AgreementRow[];
}

export function progressOfAgreement(db: Db, id: number, todayIso: string): Progress {
  const r = getAgreementRow(db, id);
  if (!r) throw new Error('agreement vanished');
  return agreementView(db, r, todayIso).progress;
}

// ---- follow-ups ----

function insertFollowup(
  ctx: HandlerContext,
  v: { clientId: number; debtId: number; lenderId: number; dueDate: string; reason: 'missed_payment' | 'offer_reply'; note: string; instalmentId?: number; offerId?: number },
): number {
  const at = ctx.now().toISOString();
  const info = stmt(
    ctx.db,
    `INSERT INTO followups (client_id, debt_id, lender_id, due_date, reason, note, instalment_id, offer_id, status, original_due_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)`,
  ).run(v.clientId, v.debtId, v.lenderId, v.dueDate, v.reason, v.note, v.instalmentId ?? null, v.offerId ?? null, v.dueDate, at, at);
  const id = Number(info.lastInsertRowid);
  writeAudit(ctx.db, { actor: ctx.actor(), at: ctx.now(), entity: 'followup', entityId: id, action: 'create', after: v });
  return id;
}

/** A follow-up to chase the lender's reply, unless one is already open for this offer. */
export function ensureReplyFollowup(ctx: HandlerContext, offer: OfferRow, dueDate: string): void {
  const open = stmt(ctx.db, `SELECT 1 FROM followups WHERE offer_id = ? AND reason = 'offer_reply' AND status = 'open'`).get(offer.id);
  if (open) return;
  insertFollowup(ctx, {
    clientId: offer.client_id,
    debtId: offer.debt_id,
    lenderId: offer.lender_id,
    dueDate,
    reason: 'offer_reply',
    note: translate(ctx.locale(), 'agreements.followup.reply', { lender: offer.lender_name }),
    offerId: offer.id,
  });
}

/** The reply came (or the offer ended): open reply follow-ups of the offer are cancelled. */
export function closeReplyFollowups(ctx: HandlerContext, offerId: number): void {
  const rows = stmt(ctx.db, `SELECT id FROM followups WHERE offer_id = ? AND reason = 'offer_reply' AND status = 'open'`).all(offerId) as { id: number }[];
  for (const { id } of rows) {
    stmt(ctx.db, `UPDATE followups SET status = 'cancelled', rev = rev + 1, updated_at = ? WHERE id = ?`).run(ctx.now().toISOString(), id);
    writeAudit(ctx.db, { actor: ctx.actor(), at: ctx.now(), entity: 'followup', entityId: id, action: 'update', before: { status: 'open' }, after: { status: 'cancelled' } });
  }
}

/** One follow-up per missed instalment, never two. Returns whether one was created. */
export function ensureMissedFollowup(ctx: HandlerContext, instalmentId: number, todayIso: string): boolean {
  if (stmt(ctx.db, `SELECT 1 FROM followups WHERE instalment_id = ?`).get(instalmentId)) return false;
  const r = stmt(
    ctx.db,
    `SELECT i.seq, i.amount_fen, i.due_date, a.client_id, a.debt_id, a.lender_id, l.name AS lender_name
       FROM instalments i JOIN agreements a ON a.id = i.agreement_id JOIN lenders l ON l.id = a.lender_id WHERE i.id = ?`,
  ).get(instalmentId) as { seq: number; amount_fen: number; due_date: string; client_id: number; debt_id: number; lender_id: number; lender_name: string };
  insertFollowup(ctx, {
    clientId: r.client_id,
    debtId: r.debt_id,
    lenderId: r.lender_id,
    dueDate: todayIso,
    reason: 'missed_payment',
    note: translate(ctx.locale(), 'agreements.followup.missed', {
      lender: r.lender_name,
      seq: r.seq,
      dueDate: r.due_date,
      amount: formatMoney(r.amount_fen, { locale: ctx.locale() }),
    }),
    instalmentId,
  });
  return true;
}

/** Stores which of the agreement's instalments the ledger has covered (after any payment change). */
export function refreshUnpaidFlags(db: Db, agreementId: number): void {
  const { instalments, payments } = ledgerInputs(db, agreementId);
  const { paidFen } = allocate(instalments, payments);
  setUnpaidFlags(
    db,
    instalments.map((i, k) => ({ id: i.id, paid: paidFen[k]! >= i.amountFen })),
  );
}

/**
 * Finds instalments of active agreements that are missed (marked, or unpaid beyond the
 * grace period in the counsellor's time zone) and have no follow-up yet, and creates one
 * for each. Candidates come off the unpaid-instalments index (db/instalments.ts), so the
 * cost follows what is still open, not the history; the ledger decides, and a stale
 * "unpaid" flag found paid is corrected. Idempotent: a second run creates nothing.
 * Returns how many were created. A page that shows one client's or one lender's agreements
 * sweeps just those (`scope`); start-up sweeps all.
 */
export function sweepMissedInstalments(ctx: HandlerContext, scope: SweepScope = {}, graceDays = DEFAULT_GRACE_DAYS): number {
  const todayIso = today(ctx);
  const candidates = agreementsWithMissedCandidates(ctx.db, addDays(todayIso, -graceDays), scope);
  if (candidates.length === 0) return 0;
  return ctx.db.transaction(() => {
    let created = 0;
    for (const agreementId of candidates) {
      const { instalments, payments } = ledgerInputs(ctx.db, agreementId);
      const lines = ledger(instalments, payments, todayIso, graceDays);
      for (const line of lines) {
        if (line.state === 'missed' && ensureMissedFollowup(ctx, line.id, todayIso)) created++;
      }
      setUnpaidFlags(
        ctx.db,
        lines.map((l) => ({ id: l.id, paid: l.state === 'paid' })),
      );
    }
    return created;
  })();
}
