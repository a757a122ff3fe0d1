import { addMonths } from '../../../shared/domain/dates';
import type { OFFERS_CHANNELS } from '../../../shared/ipc/offers.channels';
import { today } from '../agreements/view';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { clientExists } from '../db/clients';
import { deleteOffer, getOfferView, lineHasOpenOffer, listOfferViews, parseTerms } from '../db/offers';
import { getLineRow, getProposalRow, listProposalChoices } from '../db/proposals';
import { AppError, invalidFields, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { draftOffer, expireDue, requireOffer, sendOffer } from './steps';
import { computeTerms, debtFigures, lineTerms, startFor } from './terms';
import { transitionHandler } from './transition';

// Offers to lenders: listed per case, drafted from a saved proposal or typed by hand,
// moved through their replies (transition.ts), deleted while still drafts.

export function offersHandlers(ctx: HandlerContext): HandlerPart<(typeof OFFERS_CHANNELS)[number]> {
  const { db } = ctx;

  function offerOut(id: number) {
    const v = getOfferView(db, id);
    if (!v) throw notFound();
    return v;
  }

  return {
    'offers.list': ({ clientId }) => {
      if (!clientExists(db, clientId)) throw notFound();
      expireDue(ctx, clientId);
      return { items: listOfferViews(db, clientId) };
    },

    'offers.proposalChoices': ({ clientId }) => {
      if (!clientExists(db, clientId)) throw notFound();
      return listProposalChoices(db, clientId);
    },

    'offers.createFromProposal': ({ proposalId, lineIds, validUntil, draftedOn }) =>
      db.transaction(() => {
        if (!getProposalRow(db, proposalId)) throw notFound();
        if (draftedOn !== undefined && draftedOn > today(ctx)) throw invalidFields({ draftedOn: 'validation.dateInFuture' });
        const ids: number[] = [];
        for (const lineId of new Set(lineIds)) {
          const line = getLineRow(db, lineId);
          if (!line || line.proposal_id !== proposalId) throw invalidFields({ lineIds: 'agreements.errors.lineNotInProposal' });
          if (lineHasOpenOffer(db, lineId)) throw new AppError('CONFLICT', 'agreements.errors.lineHasOpenOffer', {}, { lineIds: 'agreements.errors.lineHasOpenOffer' });
          ids.push(
            draftOffer(ctx, {
              clientId: line.client_id,
              debtId: line.debt_id,
              lenderId: line.lender_id,
              lineId: line.id,
              terms: lineTerms(line),
              validUntil: validUntil ?? null,
              note: null,
              draftedOn,
            }),
          );
        }
        return ids.map(offerOut);
      })(),

    'offers.create': ({ debtId, params, startDate, validUntil, note, draftedOn, sentOn, logContact, followUpDays }) =>
      db.transaction(() => {
        const debt = debtFigures(db, debtId);
        if (!debt) throw new AppError('NOT_FOUND', 'agreements.errors.debtNotFound', {}, { debtId: 'agreements.errors.debtNotFound' });
        const t = today(ctx);
        const drafted = draftedOn ?? sentOn ?? t;
        const fields: Record<string, string> = {};
        if (drafted > t) fields.draftedOn = 'validation.dateInFuture';
        if (sentOn !== undefined && sentOn > t) fields.sentOn = 'validation.dateInFuture';
        else if (sentOn !== undefined && sentOn < drafted) fields.sentOn = 'agreements.errors.sentBeforeDrafted';
        if (sentOn !== undefined && validUntil && validUntil < sentOn) fields.validUntil = 'agreements.errors.validBeforeSent';
        if (Object.keys(fields).length) throw invalidFields(fields);
        // The schedule starts a month after the day the offer went out (or was drafted).
        const from = sentOn ?? drafted;
        const start = startDate ?? startFor(params, from, addMonths(from, 1));
        const terms = computeTerms(db, debtId, params, start, 'params');
        const id = draftOffer(ctx, { clientId: debt.clientId, debtId, lenderId: debt.lenderId, lineId: null, terms, validUntil: validUntil ?? null, note: note ?? null, draftedOn: drafted });
        if (sentOn !== undefined) sendOffer(ctx, requireOffer(ctx, id), sentOn, null, { logContact, followUpDays });
        return offerOut(id);
      })(),

    'offers.transition': transitionHandler(ctx, offerOut),

    'offers.delete': ({ id, rev }) =>
      db.transaction(() => {
        const o = requireOffer(ctx, id);
        if (o.rev !== rev) throw new AppError('CONFLICT', 'agreements.errors.offerConflict');
        if (o.status !== 'drafted') throw new AppError('CONFLICT', 'agreements.errors.deleteNotDrafted');
        deleteOffer(db, id);
        writeAudit(db, {
          actor: ctx.actor(),
          at: ctx.now(),
          entity: 'offer',
          entityId: id,
          action: 'delete',
          before: { clientId: o.client_id, debtId: o.debt_id, status: o.status, terms: parseTerms(o.terms_json) },
        });
        return { deleted: true as const };
      })(),
  };
}
