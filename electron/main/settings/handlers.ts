import { todayIn } from '../../../shared/domain/dates';
import type { HandlerContext } from '../context';
import { AppError } from '../errors';
import { writeAudit } from '../db/audit';
import type { HandlerPart } from '../handler-types';
import type { SettingsStore } from './store';

export function settingsHandlers(ctx: HandlerContext, store: SettingsStore): HandlerPart<'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => store.get(),
    'settings.update': (patch) => {
      // An LPR is a published figure: one dated after today is a slip.
      if (patch.lpr && patch.lpr.date > todayIn(ctx.timeZone(), ctx.now())) {
        const fields = { 'lpr.date': 'validation.dateInFuture' };
        throw new AppError('VALIDATION', 'errors.VALIDATION', {}, fields);
      }
      const before = store.get();
      const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const { next, commit } = ctx.db.transaction(() => {
        const result = store.write(clean);
        writeAudit(ctx.db, { actor: ctx.actor(), at: ctx.now(), entity: 'settings', entityId: null, action: 'settings', before, after: result.next });
        return result;
      })();
      commit();
      return next;
    },
  };
}
