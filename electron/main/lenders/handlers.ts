import type { Channel } from '../../../shared/contract';
import { translate } from '../../../shared/i18n';
import type { HandlerContext } from '../context';
import { writeAudit, type AuditAction } from '../db/audit';
import { moveDebtsToLender } from '../db/debts';
import { lenderDetail, listLenders, suggestLenders } from '../db/lender-directory';
import { currenciesHomeFirst } from '../../../shared/domain/currency-totals';
import { currencyOf } from '../../../shared/domain/region';
import {
  deleteLender,
  findNameOwners,
  getLenderRow,
  insertLender,
  lenderInUse,
  markReal,
  moveOtherReferences,
  toValues,
  updateLender,
  type LenderRow,
  type LenderValues,
} from '../db/lenders';
import { AppError, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { indexLender, removeFromIndex } from '../search/index-writer';
import { cleanAliases, cleanPhones } from '../text/lender-names';

type LenderChannel = Extract<Channel, `lenders.${string}`>;

// A merge is its own kind of change in the audit log. db/audit.ts does not list it yet.

const EMPTY_VALUES: LenderValues = {
  name: '',
  aliases: [],
  type: 'other',
  address: null,
  phones: [],
  email: null,
  complaintChannel: null,
  notes: null,
};

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function lendersHandlers(ctx: HandlerContext): HandlerPart<LenderChannel> {
  const { db } = ctx;

  function requireRow(id: number): LenderRow {
    const row = getLenderRow(db, id);
    if (!row) throw notFound();
    return row;
  }

  /**
   * Tidies aliases and phones, and refuses a name or alias another lender already goes by
   * (ignoring case, width and spaces): two directory entries for one lender is what merge
   * exists to undo.
   */
  function checkedValues(v: LenderValues, ownId: number | null): LenderValues {
    const values = { ...v, aliases: cleanAliases(v.name, v.aliases), phones: cleanPhones(v.phones) };
    const owners = findNameOwners(db, [values.name, ...values.aliases], ownId);
    const nameOwner = owners.get(values.name);
    if (nameOwner) {
      const key = nameOwner.name === nameOwner.lenderName ? 'lenders.errors.nameTaken' : 'lenders.errors.nameIsAlias';
      throw new AppError('CONFLICT', key, { name: values.name, lender: nameOwner.lenderName }, { name: key });
    }
    for (const alias of values.aliases) {
      const owner = owners.get(alias);
      if (owner) throw new AppError('CONFLICT', 'lenders.errors.aliasTaken', { name: alias, lender: owner.lenderName }, { aliases: 'lenders.errors.aliasTaken' });
    }
    return values;
  }

  const audit = (entityId: number, action: AuditAction, before?: unknown, after?: unknown) =>
    writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'lender', entityId, action, before, after });

  return {
    'lenders.list': (input) => ({ ...listLenders(db, input, currenciesHomeFirst(currencyOf(ctx.settings().region))), page: input.page, pageSize: input.pageSize }),

    'lenders.get': ({ id }) => lenderDetail(db, requireRow(id)),

    'lenders.suggest': ({ q, limit }) => suggestLenders(db, q, limit),

    'lenders.create': (input) =>
      db.transaction(() => {
        const values = checkedValues({ ...EMPTY_VALUES, ...(withoutUndefined(input) as Partial<LenderValues>) }, null);
        const id = insertLender(db, values, ctx.now());
        indexLender(db, id);
        audit(id, 'create', undefined, values);
        return lenderDetail(db, requireRow(id));
      })(),

    'lenders.update': ({ id, rev, patch }) =>
      db.transaction(() => {
        const row = requireRow(id);
        if (row.rev !== rev) throw new AppError('CONFLICT', 'lenders.errors.conflict');
        const before = toValues(row);
        const after = checkedValues({ ...before, ...(withoutUndefined(patch) as Partial<LenderValues>) }, id);
        updateLender(db, id, after, ctx.now());
        indexLender(db, id);
        audit(id, 'update', before, after);
        return lenderDetail(db, requireRow(id));
      })(),

    'lenders.delete': ({ id }) =>
      db.transaction(() => {
        const row = requireRow(id);
        if (lenderInUse(db, id)) throw new AppError('CONFLICT', 'validation.inUse');
        deleteLender(db, id);
        removeFromIndex(db, 'lender', id);
        audit(id, 'delete', toValues(row));
        return { deleted: true as const };
      })(),

    'lenders.merge': ({ sourceId, targetId }) =>
      db.transaction(() => {
        if (sourceId === targetId) throw new AppError('VALIDATION', 'lenders.errors.mergeSelf', {}, { targetId: 'lenders.errors.mergeSelf' });
        const sourceRow = requireRow(sourceId);
        const targetRow = requireRow(targetId);
        const source = toValues(sourceRow);
        const before = toValues(targetRow);
        const header = translate(ctx.locale(), 'lenders.merge.notesHeader', { name: source.name });
        const after: LenderValues = {
          ...before,
          // Every name the source went by stays findable, now on the target.
          aliases: cleanAliases(before.name, [...before.aliases, source.name, ...source.aliases]),
          phones: cleanPhones([...before.phones, ...source.phones]),
          address: before.address ?? source.address,
          email: before.email ?? source.email,
          complaintChannel: before.complaintChannel ?? source.complaintChannel,
          notes: source.notes ? (before.notes ? `${before.notes}\n\n${header}\n${source.notes}` : `${header}\n${source.notes}`) : before.notes,
        };
        const now = ctx.now();
        const moved = moveDebtsToLender(db, sourceId, targetId, now);
        // Contacts, incidents, follow-ups, offers, agreements and letters follow their debts.
        moveOtherReferences(db, sourceId, targetId);
        deleteLender(db, sourceId);
        updateLender(db, targetId, after, now);
        if (sourceRow.is_demo === 0) markReal(db, targetId);
        removeFromIndex(db, 'lender', sourceId);
        indexLender(db, targetId);
        audit(targetId, 'merge', before, { ...after, mergedFrom: { id: sourceId, name: source.name }, debtsMoved: moved });
        audit(sourceId, 'delete', source, { mergedInto: { id: targetId, name: before.name } });
        return lenderDetail(db, requireRow(targetId));
      })(),
  };
}
