import type { Channel } from '../../../shared/contract';
import { maskIdNumber } from '../../../shared/domain/prc-id';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import {
  findClientByIdNumber,
  getClientRow,
  insertClient,
  listClients,
  setArchived,
  toDetail,
  toValues,
  updateClient,
  type ClientRow,
  type ClientValues,
} from '../db/clients';
import { AppError, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';

type ClientChannel = Extract<Channel, `clients.${string}`>;

/** The audit log keeps what changed, with the ID number masked like everywhere else. */
function auditView(v: ClientValues): Record<string, unknown> {
  return { ...v, idNumber: v.idNumber === null ? null : maskIdNumber(v.idNumber) };
}

export function clientHandlers(ctx: HandlerContext): HandlerPart<ClientChannel> {
  const { db } = ctx;

  function requireRow(id: number): ClientRow {
    const row = getClientRow(db, id);
    if (!row) throw notFound();
    return row;
  }

  function assertIdNumberFree(idNumber: string | null, ownId: number | null): void {
    if (idNumber === null) return;
    const other = findClientByIdNumber(db, idNumber);
    if (other && other.id !== ownId) {
      throw new AppError('CONFLICT', 'validation.idNumberTaken', { caseRef: other.case_ref }, { idNumber: 'validation.idNumberTaken' });
    }
  }

  return {
    'clients.list': (input) => ({ ...listClients(db, input), page: input.page, pageSize: input.pageSize }),

    'clients.get': ({ id }) => toDetail(requireRow(id)),

    'clients.create': (input) =>
      db.transaction(() => {
        const values: ClientValues = {
          name: input.name,
          gender: input.gender,
          phone: input.phone ?? null,
          idNumber: input.idNumber ?? null,
          email: input.email ?? null,
          address: input.address ?? null,
          status: input.status,
          notes: input.notes ?? null,
        };
        assertIdNumberFree(values.idNumber, null);
        const id = insertClient(db, values, ctx.now());
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'client', entityId: id, action: 'create', after: auditView(values) });
        return toDetail(requireRow(id));
      })(),

    'clients.update': ({ id, rev, patch }) =>
      db.transaction(() => {
        const row = requireRow(id);
        if (row.rev !== rev) throw new AppError('CONFLICT', 'clients.conflict');
        const before = toValues(row);
        const after: ClientValues = { ...before };
        for (const [key, value] of Object.entries(patch) as [keyof ClientValues, unknown][]) {
          if (value !== undefined) (after as unknown as Record<string, unknown>)[key] = value;
        }
        assertIdNumberFree(after.idNumber, id);
        updateClient(db, id, after, ctx.now());
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'client', entityId: id, action: 'update', before: auditView(before), after: auditView(after) });
        return toDetail(requireRow(id));
      })(),

    'clients.archive': ({ id }) => setArchivedLogged(id, true),
    'clients.unarchive': ({ id }) => setArchivedLogged(id, false),

    'clients.revealIdNumber': ({ id }) =>
      db.transaction(() => {
        const row = requireRow(id);
        // Seeing a full ID number is itself worth recording.
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'client', entityId: id, action: 'reveal' });
        return { idNumber: row.id_number };
      })(),
  };

  function setArchivedLogged(id: number, archived: boolean) {
    return db.transaction(() => {
      const row = requireRow(id);
      if ((row.archived === 1) !== archived) {
        setArchived(db, id, archived, ctx.now());
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'client', entityId: id, action: archived ? 'archive' : 'unarchive' });
      }
      return toDetail(requireRow(id));
    })();
  }
}
