import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import type { HandlerPart } from '../handler-types';
import type { SettingsStore } from './store';

export function settingsHandlers(ctx: HandlerContext, store: SettingsStore): HandlerPart<'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => store.get(),
    'settings.update': (patch) => {
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
