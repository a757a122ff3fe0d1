import type { INSTALMENTS_CHANNELS } from '../../../shared/ipc/instalments.channels';
import { agreementOut, agreementView, requireAgreement, today } from '../agreements/view';
import type { HandlerContext } from '../context';
import { getInstalmentRow, setInstalmentMissed } from '../db/agreements';
import { writeAudit } from '../db/audit';
import { AppError, invalidFields, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { ensureMissedFollowup } from './missed';

// An agreement's instalments: marked missed (which makes a follow-up to chase it) or unmarked.

export function instalmentsHandlers(ctx: HandlerContext): HandlerPart<(typeof INSTALMENTS_CHANNELS)[number]> {
  const { db } = ctx;
  const audit = (id: number, before: unknown, after: unknown) => writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'instalment', entityId: id, action: 'update', before, after });

  return {
    'instalments.markMissed': ({ id, missed, onDate }) =>
      db.transaction(() => {
        const inst = getInstalmentRow(db, id);
        if (!inst) throw notFound();
        const a = requireAgreement(db, inst.agreement_id);
        const t = today(ctx);
        if (missed) {
          if (a.status !== 'active' && a.status !== 'broken') throw new AppError('CONFLICT', 'agreements.errors.notOpen');
          const date = onDate ?? t;
          if (date > t) throw invalidFields({ onDate: 'validation.dateInFuture' });
          const line = agreementView(db, a, t).instalments.find((i) => i.id === id)!;
          if (line.state === 'paid') throw new AppError('CONFLICT', 'agreements.errors.alreadyPaid');
          setInstalmentMissed(db, id, date);
          ensureMissedFollowup(ctx, id, t);
          audit(id, { missedAt: inst.missed_at }, { missedAt: date, agreementId: a.id });
        } else {
          if (inst.missed_at === null) throw new AppError('CONFLICT', 'agreements.errors.notMarked');
          setInstalmentMissed(db, id, null);
          audit(id, { missedAt: inst.missed_at }, { missedAt: null, agreementId: a.id });
        }
        return agreementOut(ctx, a.id);
      })(),
  };
}
