import type { ParsedInput } from '../../../shared/contract';
import { addDays, addMonths } from '../../../shared/domain/dates';
import { formatMoney, sumFen } from '../../../shared/domain/money';
import { checkRemedy, termsFor } from '../../../shared/domain/remedies';
import { translate } from '../../../shared/i18n';
import type { AGREEMENTS_CHANNELS } from '../../../shared/ipc/agreements.channels';
import type { INSTALMENTS_CHANNELS } from '../../../shared/ipc/instalments.channels';
import type { OFFERS_CHANNELS } from '../../../shared/ipc/offers.channels';
import type { PAYMENTS_CHANNELS } from '../../../shared/ipc/payments.channels';
import { DEFAULT_REPLY_DAYS, OFFER_TRANSITIONS, type AgreementView, type OfferStatus, type Progress } from '../../../shared/schemas/agreements';
import { RemedyParams, Terms, type Instalment } from '../../../shared/schemas/remedies';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { stmt } from '../db/statements';
import { AppError, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { combine } from './ledger';
import {
  agreementView,
  closeReplyFollowups,
  debtFigures,
  ensureMissedFollowup,
  ensureReplyFollowup,
  getAgreementRow,
  getOfferRow,
  listAgreementRows,
  listOfferViews,
  offerViewOf,
  parseTerms,
  refreshUnpaidFlags,
  sweepMissedInstalments,
  today,
  type OfferRow,
} from './queries';

export { sweepMissedInstalments } from './queries';

type Ch = (typeof OFFERS_CHANNELS)[number] | (typeof AGREEMENTS_CHANNELS)[number] | (typeof PAYMENTS_CHANNELS)[number] | (typeof INSTALMENTS_CHANNELS)[number];

/** Remedies whose dates come from their own params (pay by, extend to, hold until): they start on `today`. */
function startFor(params: RemedyParams, today: string, scheduled: string): string {
  const dated = params.remedy === 'settlement' || params.remedy === 'extension' || params.remedy === 'hardship' || (params.remedy === 'waiver' && !params.months);
  return dated ? today : scheduled;
}

const STATUS_KEY: Record<OfferStatus, string> = {
  drafted: 'agreements.status.drafted',
  sent: 'agreements.status.sent',
  countered: 'agreements.status.countered',
  accepted: 'agreements.status.accepted',
  rejected: 'agreements.status.rejected',
  expired: 'agreements.status.expired',
};
const REMEDY_KEY: Record<RemedyParams['remedy'], string> = {
  extension: 'agreements.remedies.extension',
  instalments: 'agreements.remedies.instalments',
  waiver: 'agreements.remedies.waiver',
  settlement: 'agreements.remedies.settlement',
  card_instalments: 'agreements.remedies.card_instalments',
  hardship: 'agreements.remedies.hardship',
};

const validation = (fields: Record<string, string>, key = 'errors.VALIDATION') => new AppError('VALIDATION', key, {}, fields);

function prefixed(prefix: string, fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [`${prefix}.${k}`, v]));
}

interface ProposalLineRow {
  id: number;
  proposal_id: number;
  client_id: number;
  debt_id: number;
  lender_id: number;
  remedy: string;
  params_json: string;
  schedule_json: string;
  monthly_fen: number | null;
  total_fen: number;
  saving_fen: number;
}

/** The terms a saved proposal line carries: its params, schedule and totals. */
function lineTerms(r: ProposalLineRow): Terms {
  try {
    const raw = JSON.parse(r.params_json) as Record<string, unknown>;
    const params = RemedyParams.parse({ remedy: r.remedy, ...raw });
    const rawSchedule = JSON.parse(r.schedule_json) as { seq?: number; dueDate?: string; date?: string; amountFen: number }[];
    const schedule: Instalment[] = rawSchedule.map((s, i) => ({ seq: s.seq ?? i + 1, dueDate: (s.dueDate ?? s.date)!, amountFen: s.amountFen }));
    const months = 'months' in params && typeof params.months === 'number' ? params.months : null;
    return Terms.parse({ params, schedule, totalFen: r.total_fen, monthlyFen: r.monthly_fen, months, savingFen: r.saving_fen });
  } catch {
    throw validation({ lineIds: 'agreements.errors.lineUnreadable' });
  }
}

export function agreementsHandlers(ctx: HandlerContext): HandlerPart<Ch> {
  const { db } = ctx;
  const now = () => ctx.now();
  const audit = (entity: string, entityId: number, action: 'create' | 'update' | 'delete', before?: unknown, after?: unknown) =>
    writeAudit(db, { actor: ctx.actor(), at: now(), entity, entityId, action, before, after });

  function requireOffer(id: number): OfferRow {
    const r = getOfferRow(db, id);
    if (!r) throw notFound();
    return r;
  }

  function offerOut(id: number) {
    const v = offerViewOf(db, id);
    if (!v) throw notFound();
    return v;
  }

  function agreementOut(id: number): AgreementView {
    const r = getAgreementRow(db, id);
    if (!r) throw notFound();
    return agreementView(db, r, today(ctx));
  }

  function insertOffer(v: { clientId: number; debtId: number; lenderId: number; lineId: number | null; terms: Terms; validUntil: string | null; note: string | null }): number {
    const at = now().toISOString();
    const info = stmt(
      db,
      `INSERT INTO offers (client_id, debt_id, lender_id, proposal_line_id, remedy, terms_json, total_fen, monthly_fen, months, status, valid_until, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'drafted', ?, ?, ?)`,
    ).run(v.clientId, v.debtId, v.lenderId, v.lineId, v.terms.params.remedy, JSON.stringify(v.terms), v.terms.totalFen, v.terms.monthlyFen, v.terms.months, v.validUntil, at, at);
    const id = Number(info.lastInsertRowid);
    insertEvent(id, v.clientId, today(ctx), 'drafted', v.note, v.terms, null);
    audit('offer', id, 'create', undefined, { clientId: v.clientId, debtId: v.debtId, lenderId: v.lenderId, proposalLineId: v.lineId, status: 'drafted', terms: v.terms, validUntil: v.validUntil });
    return id;
  }

  function insertEvent(offerId: number, clientId: number, onDate: string, status: OfferStatus, note: string | null, terms: Terms | null, contactId: number | null) {
    stmt(db, `INSERT INTO offer_events (offer_id, client_id, at, on_date, status, note, terms_json, contact_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(
      offerId,
      clientId,
      now().toISOString(),
      onDate,
      status,
      note,
      terms ? JSON.stringify(terms) : null,
      contactId,
    );
  }

  /** Terms for a debt from params typed by hand (ours or the lender's); field errors under `prefix`. */
  function computeTerms(debtId: number, params: RemedyParams, startDate: string, prefix: string): Terms {
    const debt = debtFigures(db, debtId);
    if (!debt) throw notFound();
    const problems = checkRemedy(debt, params, startDate);
    if (Object.keys(problems).length) throw validation(prefixed(prefix, problems));
    return termsFor(debt, params, startDate);
  }

  /** Accepting: the agreement with its instalments; the schedule sums to the agreement's total. */
  function createAgreement(offer: OfferRow, terms: Terms, agreedDate: string, note: string | null): number {
    const at = now().toISOString();
    const total = terms.schedule.length ? sumFen(terms.schedule.map((i) => i.amountFen)) : terms.totalFen;
    const info = stmt(
      db,
      `INSERT INTO agreements (client_id, debt_id, lender_id, offer_id, agreed_date, remedy, terms_json, total_fen, status, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)`,
    ).run(offer.client_id, offer.debt_id, offer.lender_id, offer.id, agreedDate, terms.params.remedy, JSON.stringify(terms), total, note, at, at);
    const id = Number(info.lastInsertRowid);
    const ins = stmt(db, `INSERT INTO instalments (agreement_id, client_id, seq, due_date, amount_fen) VALUES (?, ?, ?, ?, ?)`);
    [...terms.schedule].sort((a, b) => a.seq - b.seq).forEach((i, k) => ins.run(id, offer.client_id, k + 1, i.dueDate, i.amountFen));
    audit('agreement', id, 'create', undefined, { offerId: offer.id, clientId: offer.client_id, debtId: offer.debt_id, agreedDate, totalFen: total, terms });
    return id;
  }

  /** Offers past their valid-until date while awaiting a reply expire the day after it. */
  function expireDue(clientId: number | null): void {
    const t = today(ctx);
    const sql = `SELECT id FROM offers WHERE status IN ('sent', 'countered') AND valid_until IS NOT NULL AND valid_until < ?${clientId === null ? '' : ' AND client_id = ?'}`;
    const due = (clientId === null ? stmt(db, sql).all(t) : stmt(db, sql).all(t, clientId)) as { id: number }[];
    if (!due.length) return;
    db.transaction(() => {
      for (const { id } of due) {
        const o = requireOffer(id);
        const dayAfter = addDays(o.valid_until!, 1);
        const last = lastEventDate(o.id);
        applyStatus(o, 'expired', last !== null && last > dayAfter ? last : dayAfter, null);
      }
    })();
  }

  function applyStatus(o: OfferRow, to: OfferStatus, onDate: string, note: string | null, extra: { terms?: Terms; counter?: Terms | null; validUntil?: string | null; contactId?: number | null; eventTerms?: Terms } = {}) {
    const terms = extra.terms ?? parseTerms(o.terms_json);
    const counter = extra.counter === undefined ? o.counter_terms_json : extra.counter ? JSON.stringify(extra.counter) : null;
    const validUntil = extra.validUntil === undefined ? o.valid_until : extra.validUntil;
    stmt(
      db,
      `UPDATE offers SET status = ?, terms_json = ?, remedy = ?, total_fen = ?, monthly_fen = ?, months = ?, counter_terms_json = ?, valid_until = ?,
              rev = rev + 1, updated_at = ? WHERE id = ?`,
    ).run(to, JSON.stringify(terms), terms.params.remedy, terms.totalFen, terms.monthlyFen, terms.months, counter, validUntil, now().toISOString(), o.id);
    const eventTerms = extra.eventTerms ?? (to === 'countered' ? (extra.counter ?? null) : (extra.terms ?? null));
    insertEvent(o.id, o.client_id, onDate, to, note, eventTerms, extra.contactId ?? null);
    if (to !== 'sent' && to !== 'countered') closeReplyFollowups(ctx, o.id);
    audit('offer', o.id, 'update', { status: o.status, validUntil: o.valid_until }, { status: to, onDate, note, validUntil, ...(extra.terms ? { terms: extra.terms } : {}), ...(extra.counter ? { counterTerms: extra.counter } : {}) });
  }

  function logContact(o: OfferRow, channel: string, person: string | null | undefined, note: string | null): number {
    const at = now().toISOString();
    const terms = parseTerms(o.terms_json);
    const summary = translate(ctx.locale(), 'agreements.contactSummary', {
      lender: o.lender_name,
      remedy: translate(ctx.locale(), REMEDY_KEY[terms.params.remedy]),
      total: formatMoney(terms.totalFen, { locale: ctx.locale() }),
    });
    const info = stmt(
      db,
      `INSERT INTO contacts (client_id, debt_id, lender_id, occurred_at, channel, direction, person, summary, outcome, source, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'out', ?, ?, ?, 'offer', ?, ?)`,
    ).run(o.client_id, o.debt_id, o.lender_id, at, channel, person ?? null, summary, note, at, at);
    const id = Number(info.lastInsertRowid);
    audit('contact', id, 'create', undefined, { clientId: o.client_id, debtId: o.debt_id, lenderId: o.lender_id, channel, source: 'offer', offerId: o.id });
    return id;
  }

  function clientExists(id: number): boolean {
    return stmt(db, `SELECT 1 FROM clients WHERE id = ?`).get(id) !== undefined;
  }

  function lastEventDate(offerId: number): string | null {
    const r = stmt(db, `SELECT MAX(on_date) AS d FROM offer_events WHERE offer_id = ?`).get(offerId) as { d: string | null };
    return r.d;
  }

  function maybeComplete(agreementId: number): void {
    const a = getAgreementRow(db, agreementId)!;
    const v = agreementView(db, a, today(ctx));
    const allPaid = v.instalments.length > 0 && v.instalments.every((i) => i.state === 'paid');
    if (a.status === 'active' && allPaid) {
      stmt(db, `UPDATE agreements SET status = 'completed', rev = rev + 1, updated_at = ? WHERE id = ?`).run(now().toISOString(), a.id);
      audit('agreement', a.id, 'update', { status: 'active' }, { status: 'completed', reason: 'all_paid' });
    } else if (a.status === 'completed' && !allPaid && v.instalments.length > 0) {
      stmt(db, `UPDATE agreements SET status = 'active', rev = rev + 1, updated_at = ? WHERE id = ?`).run(now().toISOString(), a.id);
      audit('agreement', a.id, 'update', { status: 'completed' }, { status: 'active', reason: 'payment_removed' });
    }
  }

  return {
    'offers.list': ({ clientId }) => {
      if (!clientExists(clientId)) throw notFound();
      expireDue(clientId);
      return { items: listOfferViews(db, clientId) };
    },

    'offers.proposalChoices': ({ clientId }) => {
      if (!clientExists(clientId)) throw notFound();
      const proposals = stmt(db, `SELECT id, name, months, start_date, created_at FROM proposals WHERE client_id = ? ORDER BY id DESC`).all(clientId) as {
        id: number;
        name: string;
        months: number;
        start_date: string;
        created_at: string;
      }[];
      const lineStmt = stmt(
        db,
        `SELECT pl.id, pl.debt_id, pl.lender_id, l.name AS lender_name, pl.remedy, pl.total_fen, pl.monthly_fen,
                (SELECT COUNT(*) FROM offers o WHERE o.proposal_line_id = pl.id) AS offer_count
           FROM proposal_lines pl JOIN lenders l ON l.id = pl.lender_id WHERE pl.proposal_id = ? ORDER BY pl.position, pl.id`,
      );
      return proposals.map((p) => ({
        id: p.id,
        name: p.name,
        months: p.months,
        startDate: p.start_date,
        createdAt: p.created_at,
        lines: (
          lineStmt.all(p.id) as { id: number; debt_id: number; lender_id: number; lender_name: string; remedy: string; total_fen: number; monthly_fen: number | null; offer_count: number }[]
        ).map((l) => ({
          id: l.id,
          debtId: l.debt_id,
          lenderId: l.lender_id,
          lenderName: l.lender_name,
          remedy: l.remedy,
          totalFen: l.total_fen,
          monthlyFen: l.monthly_fen,
          offerCount: l.offer_count,
        })),
      }));
    },

    'offers.createFromProposal': ({ proposalId, lineIds, validUntil }) =>
      db.transaction(() => {
        const proposal = stmt(db, `SELECT id, client_id FROM proposals WHERE id = ?`).get(proposalId) as { id: number; client_id: number } | undefined;
        if (!proposal) throw notFound();
        const ids: number[] = [];
        for (const lineId of new Set(lineIds)) {
          const line = stmt(
            db,
            `SELECT pl.*, p.client_id FROM proposal_lines pl JOIN proposals p ON p.id = pl.proposal_id WHERE pl.id = ?`,
          ).get(lineId) as ProposalLineRow | undefined;
          if (!line || line.proposal_id !== proposalId) throw validation({ lineIds: 'agreements.errors.lineNotInProposal' });
          const open = stmt(db, `SELECT 1 FROM offers WHERE proposal_line_id = ? AND status IN ('drafted', 'sent', 'countered')`).get(lineId);
          if (open) throw new AppError('CONFLICT', 'agreements.errors.lineHasOpenOffer', {}, { lineIds: 'agreements.errors.lineHasOpenOffer' });
          ids.push(
            insertOffer({
              clientId: line.client_id,
              debtId: line.debt_id,
              lenderId: line.lender_id,
              lineId: line.id,
              terms: lineTerms(line),
              validUntil: validUntil ?? null,
              note: null,
            }),
          );
        }
        return ids.map(offerOut);
      })(),

    'offers.create': ({ debtId, params, startDate, validUntil, note }) =>
      db.transaction(() => {
        const debt = debtFigures(db, debtId);
        if (!debt) throw new AppError('NOT_FOUND', 'agreements.errors.debtNotFound', {}, { debtId: 'agreements.errors.debtNotFound' });
        const t = today(ctx);
        const start = startDate ?? startFor(params, t, addMonths(t, 1));
        const terms = computeTerms(debtId, params, start, 'params');
        const id = insertOffer({ clientId: debt.clientId, debtId, lenderId: debt.lenderId, lineId: null, terms, validUntil: validUntil ?? null, note: note ?? null });
        return offerOut(id);
      })(),

    'offers.transition': (input: ParsedInput<'offers.transition'>) =>
      db.transaction(() => {
        const o = requireOffer(input.id);
        if (o.rev !== input.rev) throw new AppError('CONFLICT', 'agreements.errors.offerConflict');
        if (!OFFER_TRANSITIONS[o.status].includes(input.to)) {
          throw new AppError('CONFLICT', 'agreements.errors.badTransition', {
            from: translate(ctx.locale(), STATUS_KEY[o.status]),
            to: translate(ctx.locale(), STATUS_KEY[input.to]),
          });
        }
        const t = today(ctx);
        if (input.onDate > t) throw validation({ onDate: 'validation.dateInFuture' });
        const last = lastEventDate(o.id);
        if (last !== null && input.onDate < last) throw validation({ onDate: 'agreements.errors.beforeLastStep' });
        const note = input.note ?? null;
        const current = parseTerms(o.terms_json);
        const scheduled = current.months ? (current.schedule[0]?.dueDate ?? addMonths(input.onDate, 1)) : addMonths(input.onDate, 1);
        const startOf = (p: RemedyParams) => input.startDate ?? startFor(p, input.onDate, scheduled);

        let agreement: AgreementView | null = null;
        switch (input.to) {
          case 'sent': {
            const revised = input.params ? computeTerms(o.debt_id, input.params, startOf(input.params), 'params') : undefined;
            const validUntil = input.validUntil === undefined ? o.valid_until : input.validUntil;
            if (validUntil && validUntil < input.onDate) throw validation({ validUntil: 'agreements.errors.validBeforeSent' });
            const contactId = input.logContact ? logContact(o, input.logContact.channel, input.logContact.person, note) : null;
            applyStatus(o, 'sent', input.onDate, note, {
              terms: revised,
              counter: o.status === 'countered' ? null : undefined,
              validUntil: input.validUntil,
              contactId,
              eventTerms: revised ?? current,
            });
            ensureReplyFollowup(ctx, o, addDays(input.onDate, input.followUpDays ?? DEFAULT_REPLY_DAYS));
            break;
          }
          case 'countered': {
            const counter = computeTerms(o.debt_id, input.counterParams!, startOf(input.counterParams!), 'counterParams');
            applyStatus(o, 'countered', input.onDate, note, { counter });
            break;
          }
          case 'accepted': {
            const agreed = o.status === 'countered' && o.counter_terms_json ? parseTerms(o.counter_terms_json) : current;
            applyStatus(o, 'accepted', input.onDate, note, { eventTerms: agreed });
            agreement = agreementOut(createAgreement(o, agreed, input.onDate, note));
            break;
          }
          case 'rejected':
          case 'expired':
            applyStatus(o, input.to, input.onDate, note);
            break;
        }
        return { offer: offerOut(o.id), agreement };
      })(),

    'offers.delete': ({ id, rev }) =>
      db.transaction(() => {
        const o = requireOffer(id);
        if (o.rev !== rev) throw new AppError('CONFLICT', 'agreements.errors.offerConflict');
        if (o.status !== 'drafted') throw new AppError('CONFLICT', 'agreements.errors.deleteNotDrafted');
        stmt(db, `DELETE FROM offers WHERE id = ?`).run(id);
        audit('offer', id, 'delete', { clientId: o.client_id, debtId: o.debt_id, status: o.status, terms: parseTerms(o.terms_json) });
        return { deleted: true as const };
      })(),

    'agreements.list': ({ clientId }) => {
      if (!clientExists(clientId)) throw notFound();
      sweepMissedInstalments(ctx, { clientId });
      const t = today(ctx);
      const items = listAgreementRows(db, 'client', clientId).map((r) => agreementView(db, r, t));
      return { items, progress: combine(items.filter((a) => a.status !== 'cancelled').map((a) => a.progress)) };
    },

    'agreements.byLender': ({ lenderId }) => {
      if (!stmt(db, `SELECT 1 FROM lenders WHERE id = ?`).get(lenderId)) throw notFound();
      expireDue(null);
      sweepMissedInstalments(ctx, { lenderId });
      const t = today(ctx);
      const offers = (
        stmt(
          db,
          `SELECT o.id, o.client_id, c.name AS client_name, c.case_ref, o.status, o.remedy, o.total_fen, o.valid_until, o.updated_at
             FROM offers o JOIN clients c ON c.id = o.client_id WHERE o.lender_id = ? ORDER BY o.updated_at DESC, o.id DESC`,
        ).all(lenderId) as {
          id: number;
          client_id: number;
          client_name: string;
          case_ref: string;
          status: OfferStatus;
          remedy: string;
          total_fen: number;
          valid_until: string | null;
          updated_at: string;
        }[]
      ).map((r) => ({
        id: r.id,
        clientId: r.client_id,
        clientName: r.client_name,
        caseRef: r.case_ref,
        status: r.status,
        remedy: r.remedy,
        totalFen: r.total_fen,
        validUntil: r.valid_until,
        updatedAt: r.updated_at,
      }));
      const offerCounts: Record<string, number> = {};
      for (const o of offers) offerCounts[o.status] = (offerCounts[o.status] ?? 0) + 1;
      const full = listAgreementRows(db, 'lender', lenderId).map((r) => agreementView(db, r, t));
      const agreements = full.map(({ instalments: _i, payments: _p, terms: _t, ...rest }) => rest);
      const progress: Progress = combine(full.filter((a) => a.status !== 'cancelled').map((a) => a.progress));
      return { offers, offerCounts, agreements, progress };
    },

    'agreements.get': ({ id }) => agreementOut(id),

    'agreements.setStatus': ({ id, rev, status, note }) =>
      db.transaction(() => {
        const a = getAgreementRow(db, id);
        if (!a) throw notFound();
        if (a.rev !== rev) throw new AppError('CONFLICT', 'agreements.errors.agreementConflict');
        if (a.status === status) throw new AppError('CONFLICT', 'agreements.errors.sameStatus');
        if (status === 'completed') {
          const v = agreementView(db, a, today(ctx));
          if (v.progress.outstandingFen > 0 && v.instalments.length > 0) throw new AppError('CONFLICT', 'agreements.errors.notAllPaid');
        }
        const notes = note ? (a.notes ? `${a.notes}\n${note}` : note) : a.notes;
        stmt(db, `UPDATE agreements SET status = ?, notes = ?, rev = rev + 1, updated_at = ? WHERE id = ?`).run(status, notes, now().toISOString(), id);
        audit('agreement', id, 'update', { status: a.status }, { status, note: note ?? null });
        return agreementOut(id);
      })(),

    'payments.record': ({ agreementId, paidDate, amountFen, instalmentId, note }) =>
      db.transaction(() => {
        const a = getAgreementRow(db, agreementId);
        if (!a) throw notFound();
        if (a.status !== 'active' && a.status !== 'broken') throw new AppError('CONFLICT', 'agreements.errors.notOpen');
        const fields: Record<string, string> = {};
        if (paidDate > today(ctx)) fields.paidDate = 'validation.dateInFuture';
        if (instalmentId != null) {
          const inst = stmt(db, `SELECT agreement_id FROM instalments WHERE id = ?`).get(instalmentId) as { agreement_id: number } | undefined;
          if (!inst || inst.agreement_id !== agreementId) fields.instalmentId = 'agreements.errors.instalmentNotInAgreement';
        }
        const v = agreementView(db, a, today(ctx));
        if (amountFen > v.progress.outstandingFen) fields.amountFen = 'agreements.errors.overpaid';
        if (Object.keys(fields).length) throw validation(fields);
        const at = now().toISOString();
        const info = stmt(
          db,
          `INSERT INTO payments (agreement_id, client_id, instalment_id, paid_date, amount_fen, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(agreementId, a.client_id, instalmentId ?? null, paidDate, amountFen, note ?? null, at, at);
        audit('payment', Number(info.lastInsertRowid), 'create', undefined, { agreementId, clientId: a.client_id, instalmentId: instalmentId ?? null, paidDate, amountFen, note: note ?? null });
        refreshUnpaidFlags(db, agreementId);
        maybeComplete(agreementId);
        return agreementOut(agreementId);
      })(),

    'payments.delete': ({ id }) =>
      db.transaction(() => {
        const p = stmt(db, `SELECT * FROM payments WHERE id = ?`).get(id) as
          | { id: number; agreement_id: number; client_id: number; instalment_id: number | null; paid_date: string; amount_fen: number; note: string | null }
          | undefined;
        if (!p) throw notFound();
        stmt(db, `DELETE FROM payments WHERE id = ?`).run(id);
        audit('payment', id, 'delete', { agreementId: p.agreement_id, clientId: p.client_id, instalmentId: p.instalment_id, paidDate: p.paid_date, amountFen: p.amount_fen, note: p.note });
        refreshUnpaidFlags(db, p.agreement_id);
        maybeComplete(p.agreement_id);
        return agreementOut(p.agreement_id);
      })(),

    'instalments.markMissed': ({ id, missed, onDate }) =>
      db.transaction(() => {
        const inst = stmt(db, `SELECT id, agreement_id, missed_at FROM instalments WHERE id = ?`).get(id) as { id: number; agreement_id: number; missed_at: string | null } | undefined;
        if (!inst) throw notFound();
        const a = getAgreementRow(db, inst.agreement_id)!;
        const t = today(ctx);
        if (missed) {
          if (a.status !== 'active' && a.status !== 'broken') throw new AppError('CONFLICT', 'agreements.errors.notOpen');
          const date = onDate ?? t;
          if (date > t) throw validation({ onDate: 'validation.dateInFuture' });
          const v = agreementView(db, a, t);
          const line = v.instalments.find((i) => i.id === id)!;
          if (line.state === 'paid') throw new AppError('CONFLICT', 'agreements.errors.alreadyPaid');
          stmt(db, `UPDATE instalments SET missed_at = ? WHERE id = ?`).run(date, id);
          ensureMissedFollowup(ctx, id, t);
          audit('instalment', id, 'update', { missedAt: inst.missed_at }, { missedAt: date, agreementId: a.id });
        } else {
          if (inst.missed_at === null) throw new AppError('CONFLICT', 'agreements.errors.notMarked');
          stmt(db, `UPDATE instalments SET missed_at = NULL WHERE id = ?`).run(id);
          audit('instalment', id, 'update', { missedAt: inst.missed_at }, { missedAt: null, agreementId: a.id });
        }
        return agreementOut(a.id);
      })(),
  };
}
