import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { addMonths } from '../../../shared/domain/dates';
import { sumFen } from '../../../shared/domain/money';
import { translate } from '../../../shared/i18n';
import { OFFER_TRANSITIONS, type AgreementView, type OfferStatus, type OfferView } from '../../../shared/schemas/agreements';
import type { RemedyParams, Terms } from '../../../shared/schemas/remedies';
import { grantAgreementWaiver } from '../agreements/debt-ledger';
import { agreementOut, requireAgreement, today } from '../agreements/view';
import type { HandlerContext } from '../context';
import { insertAgreement } from '../db/agreements';
import { writeAudit } from '../db/audit';
import { lastOfferEventDate, parseTerms, type OfferRow } from '../db/offers';
import { AppError, invalidFields } from '../errors';
import { scheduleFirstReview } from '../reviews/schedule';
import { applyStatus, requireOffer, sendOffer } from './steps';
import { computeTerms, startFor } from './terms';

// offers.transition: the offer is sent (again, perhaps revised), countered, accepted
// (which makes the agreement), rejected or expired, on the date it really happened.

const STATUS_KEY: Record<OfferStatus, string> = {
  drafted: 'agreements.status.drafted',
  sent: 'agreements.status.sent',
  countered: 'agreements.status.countered',
  accepted: 'agreements.status.accepted',
  rejected: 'agreements.status.rejected',
  expired: 'agreements.status.expired',
};

/** Accepting: the agreement with its instalments; the schedule sums to the agreement's total. */
function createAgreement(ctx: HandlerContext, offer: OfferRow, terms: Terms, agreedDate: string, note: string | null, waiverConditional: boolean): number {
  const total = terms.schedule.length ? sumFen(terms.schedule.map((i) => i.amountFen)) : terms.totalFen;
  const id = insertAgreement(
    ctx.db,
    { clientId: offer.client_id, debtId: offer.debt_id, lenderId: offer.lender_id, offerId: offer.id, agreedDate, terms, totalFen: total, notes: note, waiverConditional },
    ctx.now(),
  );
  writeAudit(ctx.db, {
    actor: ctx.actor(),
    at: ctx.now(),
    entity: 'agreement',
    entityId: id,
    action: 'create',
    after: { offerId: offer.id, clientId: offer.client_id, debtId: offer.debt_id, agreedDate, totalFen: total, terms, waiverConditional },
  });
  grantAgreementWaiver(ctx, requireAgreement(ctx.db, id));
  scheduleFirstReview(ctx, offer.client_id, agreedDate);
  return id;
}

export function transitionHandler(ctx: HandlerContext, offerOut: (id: number) => OfferView) {
  const { db } = ctx;
  return (input: ParsedInput<'offers.transition'>): ChannelOutput<'offers.transition'> =>
    db.transaction(() => {
      const o = requireOffer(ctx, input.id);
      if (o.rev !== input.rev) throw new AppError('CONFLICT', 'agreements.errors.offerConflict');
      if (!OFFER_TRANSITIONS[o.status].includes(input.to)) {
        throw new AppError('CONFLICT', 'agreements.errors.badTransition', {
          from: translate(ctx.locale(), STATUS_KEY[o.status]),
          to: translate(ctx.locale(), STATUS_KEY[input.to]),
        });
      }
      const t = today(ctx);
      if (input.onDate > t) throw invalidFields({ onDate: 'validation.dateInFuture' });
      const last = lastOfferEventDate(db, o.id);
      if (last !== null && input.onDate < last) throw invalidFields({ onDate: 'agreements.errors.beforeLastStep' });
      const note = input.note ?? null;
      const current = parseTerms(o.terms_json);
      const scheduled = current.months ? (current.schedule[0]?.dueDate ?? addMonths(input.onDate, 1)) : addMonths(input.onDate, 1);
      const startOf = (p: RemedyParams) => input.startDate ?? startFor(p, input.onDate, scheduled);

      let agreement: AgreementView | null = null;
      switch (input.to) {
        case 'sent': {
          const revised = input.params ? computeTerms(db, o.debt_id, input.params, startOf(input.params), 'params') : undefined;
          const validUntil = input.validUntil === undefined ? o.valid_until : input.validUntil;
          if (validUntil && validUntil < input.onDate) throw invalidFields({ validUntil: 'agreements.errors.validBeforeSent' });
          sendOffer(ctx, o, input.onDate, note, { revised, validUntil: input.validUntil, logContact: input.logContact, followUpDays: input.followUpDays });
          break;
        }
        case 'countered': {
          const counter = computeTerms(db, o.debt_id, input.counterParams!, startOf(input.counterParams!), 'counterParams');
          applyStatus(ctx, o, 'countered', input.onDate, note, { counter });
          break;
        }
        case 'accepted': {
          const agreed = o.status === 'countered' && o.counter_terms_json ? parseTerms(o.counter_terms_json, 'offers.counter_terms_json') : current;
          applyStatus(ctx, o, 'accepted', input.onDate, note, { eventTerms: agreed });
          agreement = agreementOut(ctx, createAgreement(ctx, o, agreed, input.onDate, note, input.waiverConditional ?? true));
          break;
        }
        case 'rejected':
        case 'expired':
          applyStatus(ctx, o, input.to, input.onDate, note);
          break;
      }
      return { offer: offerOut(o.id), agreement };
    })();
}
