import { CURRENCY_ORDER } from '../../../shared/domain/currency-totals';
import { currencyOf } from '../../../shared/domain/region';
import type { AGREEMENTS_CHANNELS } from '../../../shared/ipc/agreements.channels';
import type { HandlerContext } from '../context';
import { listAgreementRows } from '../db/agreements';
import { writeAudit } from '../db/audit';
import { clientExists } from '../db/clients';
import { lenderExists } from '../db/lenders';
import { listLenderOffers } from '../db/offers';
import { AppError, invalidFields, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { sweepMissedInstalments } from '../instalments/missed';
import { expireDue } from '../offers/steps';
import { combine } from './ledger';
import { changeAgreementStatus, statusDateProblems } from './status';
import { agreementOut, agreementView, requireAgreement, today } from './view';

// Agreements with lenders: a case's, a lender's (with its offers), one, and its status.
// Payments and instalments have their own folders; each answers with the agreement.

export function agreementsHandlers(ctx: HandlerContext): HandlerPart<(typeof AGREEMENTS_CHANNELS)[number]> {
  const { db } = ctx;

  return {
    'agreements.list': ({ clientId }) => {
      if (!clientExists(db, clientId)) throw notFound();
      sweepMissedInstalments(ctx, { clientId });
      const t = today(ctx);
      const items = listAgreementRows(db, 'client', clientId).map((r) => agreementView(db, r, t));
      return { items, progress: combine(items.filter((a) => a.status !== 'cancelled').map((a) => a.progress)) };
    },

    'agreements.byLender': ({ lenderId }) => {
      if (!lenderExists(db, lenderId)) throw notFound();
      expireDue(ctx, null);
      sweepMissedInstalments(ctx, { lenderId });
      const t = today(ctx);
      const offers = listLenderOffers(db, lenderId);
      const offerCounts: Record<string, number> = {};
      for (const o of offers) offerCounts[o.status] = (offerCounts[o.status] ?? 0) + 1;
      // Each agreement in its case's currency; progress is combined per currency, never across.
      const full = listAgreementRows(db, 'lender', lenderId).map((r) => ({ ...agreementView(db, r, t), currency: currencyOf(r.client_region) }));
      const agreements = full.map(({ instalments: _i, payments: _p, terms: _t, ...rest }) => rest);
      const running = full.filter((a) => a.status !== 'cancelled');
      const progress = [...new Set(running.map((a) => a.currency))]
        .sort((a, b) => CURRENCY_ORDER.indexOf(a) - CURRENCY_ORDER.indexOf(b))
        .map((currency) => ({ currency, progress: combine(running.filter((a) => a.currency === currency).map((a) => a.progress)) }));
      return { offers, offerCounts, agreements, progress };
    },


    'agreements.setStatus': ({ id, rev, status, note, onDate }) =>
      db.transaction(() => {
        const a = requireAgreement(db, id);
        if (a.rev !== rev) throw new AppError('CONFLICT', 'agreements.errors.agreementConflict');
        if (a.status === status) throw new AppError('CONFLICT', 'agreements.errors.sameStatus');
        if (status === 'completed') {
          const v = agreementView(db, a, today(ctx));
          if (v.progress.outstandingFen > 0 && v.instalments.length > 0) throw new AppError('CONFLICT', 'agreements.errors.notAllPaid');
        }
        const day = onDate ?? today(ctx);
        const problems = statusDateProblems(ctx, a, status, day);
        if (Object.keys(problems).length) throw invalidFields(problems);
        const notes = note ? (a.notes ? `${a.notes}\n${note}` : note) : a.notes;
        // The debt follows (agreements/debt-ledger.ts): settled when completed, the conditional waiver revoked when broken, on that day.
        changeAgreementStatus(ctx, a, { to: status, onDate: day, reason: null, note: note ?? null, notes });
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'agreement', entityId: id, action: 'update', before: { status: a.status }, after: { status, onDate: day, note: note ?? null } });
        return agreementOut(ctx, id);
      })(),
  };
}
