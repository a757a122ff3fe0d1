import type { HandlerContext } from '../context';
import { schemaVersion } from '../db/migrate';
import type { HandlerPart } from '../handler-types';

export function appHandlers(ctx: HandlerContext): HandlerPart<'app.info'> {
  return {
    'app.info': () => ({
      appVersion: ctx.appVersion,
      schemaVersion: schemaVersion(ctx.db),
      dataDir: ctx.dataDir,
      shell: ctx.platform.shell,
    }),
  };
}
