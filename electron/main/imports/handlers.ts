import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { contract } from '../../../shared/contract';
import { translate } from '../../../shared/i18n';
import type { IMPORTS_CHANNELS } from '../../../shared/ipc/imports.channels';
import type { ImportCommitOutput, ImportMapping } from '../../../shared/schemas/imports';
import type { LenderType } from '../../../shared/schemas/lenders';
import type { HandlerContext } from '../context';
import { AppError } from '../errors';
import type { HandlerPart, HandlerTable } from '../handler-types';
import { proposeMapping } from './fields';
import { cellText, planImport, previewOf, readSheet, type SheetReading } from './plan';
import { IMPORT_LIMITS, readSpreadsheet, type Grid } from './read-file';

// Importing clients and their debts from a spreadsheet: the file is picked in the main
// process's dialog and read here (never a path from the renderer), held under a token while
// the counsellor maps columns and looks at the preview, then written in one transaction
// through the same handlers as the forms (validation, case numbers, search index, audit),
// or not at all.

interface Session {
  grid: Grid;
  fileName: string;
  /** The last reading of the sheet (for one mapping and language): the preview's work is not done again by the commit. */
  reading?: { key: string; value: SheetReading };
}

/** Sessions kept at once: a new pick drops the oldest, so a forgotten wizard holds no memory for long. */
const MAX_SESSIONS = 2;

function lenderTypeOf(name: string): LenderType {
  if (/银行|銀行|bank/i.test(name)) return 'bank';
  if (/消费金融|消費金融|consumer finance/i.test(name)) return 'consumer_finance';
  return 'online_platform';
}

export function importsHandlers(ctx: HandlerContext, getTable: () => HandlerTable): HandlerPart<(typeof IMPORTS_CHANNELS)[number]> {
  const { db } = ctx;
  const sessions = new Map<string, Session>();

  function session(token: string): Session {
    const s = sessions.get(token);
    if (!s) throw new AppError('NOT_FOUND', 'imports.errors.expired');
    return s;
  }

  /** The plan for this session and mapping, against the database as it is now. */
  function planFor(token: string, mapping: ImportMapping) {
    const s = session(token);
    const key = `${ctx.locale()}|${JSON.stringify(Object.entries(mapping).sort())}`;
    if (s.reading?.key !== key) s.reading = { key, value: readSheet(s.grid, mapping, ctx.locale()) };
    return planImport(db, s.reading.value);
  }

  /**
   * A handler of another capability, inside this transaction (it nests as a savepoint). Client
   * and debt values were parsed by the channel's own schema when the sheet was read, so only
   * input made here is parsed again.
   */
  function call<C extends 'clients.create' | 'debts.create' | 'lenders.create'>(channel: C, input: unknown, alreadyParsed = false): { id: number } {
    const parsed = alreadyParsed ? input : contract[channel].input.parse(input);
    const result = (getTable()[channel] as (i: unknown) => unknown)(parsed);
    if (result instanceof Promise) throw new Error(`${channel} must answer synchronously inside the import transaction`);
    return result as { id: number };
  }

  return {
    'imports.pick': async () => {
      const [file] = await ctx.platform.pickFiles({
        title: translate(ctx.locale(), 'imports.dialogTitle'),
        filters: [{ name: 'Excel / CSV', extensions: ['xlsx', 'csv', 'txt'] }],
        multiple: false,
      });
      if (!file) return null;
      let bytes: Buffer;
      try {
        if (fs.statSync(file).size > IMPORT_LIMITS.fileBytes) throw new AppError('VALIDATION', 'imports.errors.fileTooLarge', { mb: IMPORT_LIMITS.fileBytes / 1024 / 1024 });
        bytes = fs.readFileSync(file);
      } catch (err) {
        if (err instanceof AppError) throw err;
        throw new AppError('VALIDATION', 'imports.errors.unreadable');
      }
      const grid = await readSpreadsheet(bytes);
      const token = randomUUID();
      sessions.set(token, { grid, fileName: path.basename(file) });
      while (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
      const headers = grid.rows[0]!.map(cellText);
      return {
        token,
        fileName: path.basename(file),
        sheetName: grid.sheetName,
        headers,
        rowCount: grid.rows.length - 1,
        mapping: proposeMapping(headers),
        sample: grid.rows.slice(1, 6).map((r) => r.map(cellText)),
      };
    },

    'imports.preview': ({ token, mapping }) => previewOf(planFor(token, mapping)),

    'imports.commit': ({ token, mapping, duplicates }) => {
      const plan = planFor(token, mapping);
      if (plan.missingRequired.length) throw new AppError('VALIDATION', 'imports.errors.missingColumns');
      const wrong = plan.rows.filter((r) => r.errors.length > 0).length;
      if (wrong > 0) throw new AppError('VALIDATION', 'imports.errors.rowsHaveErrors', { count: wrong });
      for (const c of plan.clients) {
        const answer = c.duplicate ? duplicates[c.duplicate.key] : undefined;
        if (c.duplicate && (!answer || !c.duplicate.choices.includes(answer))) throw new AppError('CONFLICT', 'imports.errors.duplicatesUnanswered', { name: c.values.name });
      }
      const result = db.transaction((): ImportCommitOutput => {
        const out: ImportCommitOutput = { clients: 0, debts: 0, skipped: 0, lendersCreated: [], clientIds: [] };
        const lenderIds = new Map<string, number>();
        for (const l of plan.lenders) {
          if (l.lenderId !== null) lenderIds.set(l.name, l.lenderId);
        }
        const lenderFor = (name: string): number => {
          let id = lenderIds.get(name);
          if (id === undefined) {
            id = call('lenders.create', { name, type: lenderTypeOf(name) }).id;
            lenderIds.set(name, id);
            out.lendersCreated.push(name);
          }
          return id;
        };
        for (const c of plan.clients) {
          const answer = c.duplicate ? duplicates[c.duplicate.key] : 'new';
          if (answer === 'skip') {
            out.skipped += c.rows.length;
            continue;
          }
          let clientId: number;
          if (answer === 'addDebts') clientId = c.duplicate!.existing.id;
          else {
            clientId = call('clients.create', c.values, true).id;
            out.clients++;
            out.clientIds.push(clientId);
          }
          for (const row of c.rows) {
            if (!row.debt || !row.lenderName) continue;
            call('debts.create', { ...row.debt, clientId, lenderId: lenderFor(row.lenderName) }, true);
            out.debts++;
          }
        }
        return out;
      })();
      sessions.delete(token);
      return result;
    },

    'imports.discard': ({ token }) => ({ ok: sessions.delete(token) }),
  };
}
