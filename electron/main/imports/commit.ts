// Writing an import: every planned client and debt in one transaction, through the same
// handlers as the forms (validation, case numbers, search index, audit), or nothing at all.
// Runs in the job worker (imports/jobs.ts) on its own connection; a cancel between two
// clients rolls the whole transaction back.
import { contract } from '../../../shared/contract';
import type { DuplicateChoice, ImportCommitOutput } from '../../../shared/schemas/imports';
import type { LenderType } from '../../../shared/schemas/lenders';
import { clientHandlers } from '../clients/handlers';
import type { HandlerContext } from '../context';
import { debtsHandlers } from '../debts/handlers';
import { AppError } from '../errors';
import type { JobTools } from '../jobs/kinds';
import { lendersHandlers } from '../lenders/handlers';
import type { ImportPlan } from './plan';

function lenderTypeOf(name: string): LenderType {
  if (/银行|銀行|bank/i.test(name)) return 'bank';
  if (/消费金融|消費金融|consumer finance/i.test(name)) return 'consumer_finance';
  if (/小额贷款|小額貸款|小贷|小貸|microcredit/i.test(name)) return 'microcredit';
  return 'online_platform';
}

/** Refuses a plan that cannot be written as it stands: missing columns, rows with errors, clients already here left unanswered. */
export function checkCommittable(plan: ImportPlan, duplicates: Record<string, DuplicateChoice>): void {
  if (plan.missingRequired.length) throw new AppError('VALIDATION', 'imports.errors.missingColumns');
  const wrong = plan.rows.filter((r) => r.errors.length > 0).length;
  if (wrong > 0) throw new AppError('VALIDATION', 'imports.errors.rowsHaveErrors', { count: wrong });
  for (const c of plan.clients) {
    const answer = c.duplicate ? duplicates[c.duplicate.key] : undefined;
    if (c.duplicate && (!answer || !c.duplicate.choices.includes(answer))) throw new AppError('CONFLICT', 'imports.errors.duplicatesUnanswered', { name: c.values.name });
  }
}

export function commitImport(ctx: HandlerContext, plan: ImportPlan, duplicates: Record<string, DuplicateChoice>, tools: JobTools): ImportCommitOutput {
  checkCommittable(plan, duplicates);
  const handlers = { ...clientHandlers(ctx), ...debtsHandlers(ctx), ...lendersHandlers(ctx) };
  /**
   * A handler of another capability, inside this transaction (it nests as a savepoint). Client
   * and debt values were parsed by the channel's own schema when the sheet was read, so only
   * input made here is parsed again.
   */
  function call<C extends 'clients.create' | 'debts.create' | 'lenders.create'>(channel: C, input: unknown, alreadyParsed = false): { id: number } {
    const parsed = alreadyParsed ? input : contract[channel].input.parse(input);
    const result = (handlers[channel] as (i: unknown) => unknown)(parsed);
    if (result instanceof Promise) throw new Error(`${channel} must answer synchronously inside the import transaction`);
    return result as { id: number };
  }

  return ctx.db.transaction((): ImportCommitOutput => {
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
    plan.clients.forEach((c, i) => {
      // Between two clients: a cancel throws here and the transaction rolls back.
      tools.checkCancel();
      tools.progress(i / plan.clients.length);
      const answer = c.duplicate ? duplicates[c.duplicate.key] : 'new';
      if (answer === 'skip') {
        out.skipped += c.rows.length;
        return;
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
    });
    tools.checkCancel();
    return out;
  })();
}
