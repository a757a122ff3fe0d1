import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { translate } from '../../../shared/i18n';
import type { IMPORTS_CHANNELS } from '../../../shared/ipc/imports.channels';
import type { ImportMapping, ImportProgress } from '../../../shared/schemas/imports';
import type { HandlerContext } from '../context';
import { AppError } from '../errors';
import type { HandlerPart } from '../handler-types';
import { runJob } from '../jobs/runner';
import type { JobInput, JobKind, JobOutput } from '../jobs/kinds';
import type { Serialized } from './jobs';

// Importing clients and their debts from a spreadsheet: the file is picked in the main
// process's dialog (never a path from the renderer) and read in the job worker, held here
// under a token while the counsellor maps columns and looks at the preview, then written in
// one transaction through the same handlers as the forms, or not at all. Reading, previewing
// and writing run in the worker (imports/jobs.ts), so this thread keeps answering; one runs
// at a time, its progress is asked for with imports.progress and imports.cancel stops it.

interface Session {
  /** The sheet as the worker read it, serialized. */
  grid: Serialized;
  fileName: string;
  /** The last reading of the sheet (for one mapping and language): the preview's work is not done again by the commit. */
  reading?: { key: string; value: Serialized };
}

/** Sessions kept at once: a new pick drops the oldest, so a forgotten wizard holds no memory for long. */
const MAX_SESSIONS = 2;

type ImportStep = ImportProgress['step'] & string;

export function importsHandlers(ctx: HandlerContext): HandlerPart<(typeof IMPORTS_CHANNELS)[number]> {
  const sessions = new Map<string, Session>();
  let running: { step: ImportStep; fraction: number; abort: AbortController } | null = null;

  function session(token: string): Session {
    const s = sessions.get(token);
    if (!s) throw new AppError('NOT_FOUND', 'imports.errors.expired');
    return s;
  }

  /** Runs one step in the job worker; a second import job while one runs is refused, a cancelled one says so. */
  async function job<K extends JobKind>(step: ImportStep, kind: K, input: JobInput<K>): Promise<JobOutput<K>> {
    if (running) throw new AppError('CONFLICT', 'imports.errors.busy');
    const state = { step, fraction: 0, abort: new AbortController() };
    running = state;
    try {
      return await runJob(ctx, kind, input, { onProgress: (f) => (state.fraction = f), signal: state.abort.signal });
    } catch (err) {
      if (state.abort.signal.aborted && err instanceof AppError && err.messageKey === 'backup.errors.cancelled') throw new AppError('CONFLICT', 'imports.errors.cancelled');
      throw err;
    } finally {
      running = null;
    }
  }

  /** The sheet read with this mapping, from the session's last reading when it still fits. */
  function sourceFor(s: Session, mapping: ImportMapping) {
    const key = `${ctx.locale()}|${JSON.stringify(Object.entries(mapping).sort())}`;
    return { key, source: s.reading?.key === key ? { reading: s.reading.value } : { grid: s.grid, mapping } };
  }

  return {
    'imports.pick': async () => {
      const [file] = await ctx.platform.pickFiles({
        title: translate(ctx.locale(), 'imports.dialogTitle'),
        filters: [{ name: 'Excel / CSV', extensions: ['xlsx', 'csv', 'txt'] }],
        multiple: false,
      });
      if (!file) return null;
      const { grid, ...read } = await job('read', 'imports.read', { file });
      const token = randomUUID();
      sessions.set(token, { grid, fileName: path.basename(file) });
      while (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
      return { token, fileName: path.basename(file), sheetName: read.sheetName, headers: read.headers, rowCount: read.rowCount, mapping: read.mapping, sample: read.sample };
    },

    'imports.preview': async ({ token, mapping }) => {
      const { key, source } = sourceFor(session(token), mapping);
      const { preview, reading } = await job('preview', 'imports.preview', source);
      // The session may have been dropped meanwhile (a newer pick).
      const s = sessions.get(token);
      if (s && reading) s.reading = { key, value: reading };
      return preview;
    },

    'imports.commit': async ({ token, mapping, duplicates }) => {
      const { source } = sourceFor(session(token), mapping);
      const result = await job('commit', 'imports.commit', { ...source, duplicates });
      sessions.delete(token);
      return result;
    },

    'imports.discard': ({ token }) => ({ ok: sessions.delete(token) }),

    'imports.progress': () => (running ? { step: running.step, fraction: running.fraction } : { step: null, fraction: null }),

    'imports.cancel': () => {
      if (!running) return { cancelled: false };
      running.abort.abort();
      return { cancelled: true };
    },
  };
}
