import type { Channel } from '../../../shared/contract';
import { checkPersonalId, idProblemKey, inferIdType, maskPersonalId } from '../../../shared/domain/personal-id';
import { REGION_ID_TYPE } from '../../../shared/domain/region';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import {
  clientByIdNumber,
  getClientRow,
  insertClient,
  listClients,
  recordStatusChange,
  setArchived,
  toDetail,
  toValues,
  updateClient,
  type ClientRow,
  type ClientValues,
} from '../db/clients';
import { AppError, notFound } from '../errors';
import { todayIn } from '../../../shared/domain/dates';
import type { HandlerPart } from '../handler-types';
import { indexClient } from '../search/index-writer';
import { statusChangeInstant } from './status-date';

type ClientChannel = Extract<Channel, `clients.${string}`>;

/** The audit log keeps what changed, with the ID number masked like everywhere else. */
function auditView(v: ClientValues): Record<string, unknown> {
  return { ...v, idNumber: v.idNumber === null ? null : maskPersonalId(v.idType, v.idNumber) };
}

const EMPTY_VALUES: ClientValues = {
  name: '',
  gender: 'unspecified',
  phone: null,
  idNumber: null,
  idType: 'prc_resident',
  region: 'cn',
  email: null,
  address: null,
  status: 'intake',
  notes: null,
  householdAdults: null,
  householdDependants: null,
  employmentStatus: null,
  employer: null,
  occupation: null,
  hardshipReason: null,
  hardshipSince: null,
  hardshipDetails: null,
  consentDate: null,
  consentScope: null,
  consentRecordedBy: null,
  closureReason: null,
  assignedCounsellor: null,
};

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function clientHandlers(ctx: HandlerContext): HandlerPart<ClientChannel> {
  const { db } = ctx;

  /** Rules across fields and against today; a closure reason only belongs to a closed case. */
  function checkedValues(v: ClientValues): ClientValues {
    const fields: Record<string, string> = {};
    const today = todayIn(ctx.timeZone(), ctx.now());
    if (v.status === 'closed' && !v.closureReason) fields.closureReason = 'validation.closureReasonRequired';
    // The number against its type as they will be stored (a patch may change either alone).
    const idProblem = v.idNumber ? checkPersonalId(v.idType, v.idNumber, ctx.now()) : null;
    if (idProblem) fields.idNumber = idProblemKey(v.idType, idProblem);
    for (const key of ['hardshipSince', 'consentDate'] as const) {
      const date = v[key];
      if (date && date > today) fields[key] = 'validation.dateInFuture';
    }
    if (Object.keys(fields).length) throw new AppError('VALIDATION', 'errors.VALIDATION', {}, fields);
    return v.status === 'closed' ? v : { ...v, closureReason: null };
  }

  function requireRow(id: number): ClientRow {
    const row = getClientRow(db, id);
    if (!row) throw notFound();
    return row;
  }

  function assertIdNumberFree(idNumber: string | null, ownId: number | null): void {
    if (idNumber === null) return;
    const other = clientByIdNumber(db, idNumber);
    if (other && other.id !== ownId) {
      throw new AppError('CONFLICT', 'validation.idNumberTaken', { caseRef: other.case_ref }, { idNumber: 'validation.idNumberTaken' });
    }
  }

  return {
    'clients.list': (input) => ({ ...listClients(db, input), page: input.page, pageSize: input.pageSize }),

    'clients.get': ({ id }) => toDetail(requireRow(id)),

    'clients.create': (input) =>
      db.transaction(() => {
        // A new case takes the installation's region unless it says its own; its document
        // type is the one sent, else the one its number's shape says, else the region's own.
        const region = input.region ?? ctx.settings().region;
        const idType = input.idType ?? (input.idNumber ? inferIdType(input.idNumber) : REGION_ID_TYPE[region]);
        const values = checkedValues({ ...EMPTY_VALUES, ...withoutUndefined(input), region, idType });
        assertIdNumberFree(values.idNumber, null);
        const id = insertClient(db, values, ctx.now());
        recordStatusChange(db, id, null, values.status, ctx.now());
        indexClient(db, id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'client', entityId: id, action: 'create', after: auditView(values) });
        return toDetail(requireRow(id));
      })(),

    'clients.update': ({ id, rev, patch, statusDate }) =>
      db.transaction(() => {
        const row = requireRow(id);
        if (row.rev !== rev) throw new AppError('CONFLICT', 'clients.conflict');
        const before = toValues(row);
        const after: ClientValues = { ...before };
        Object.assign(after, withoutUndefined(patch));
        assertIdNumberFree(after.idNumber, id);
        Object.assign(after, checkedValues(after));
        const statusAt = statusChangeInstant(ctx, id, statusDate, before.status !== after.status);
        updateClient(db, id, after, ctx.now());
        recordStatusChange(db, id, before.status, after.status, statusAt);
        indexClient(db, id);
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
