import type { Channel, ParsedInput } from '../../../shared/contract';
import { daysOverdue, todayIn } from '../../../shared/domain/dates';
import type { DebtView } from '../../../shared/schemas/debts';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { clientExists } from '../db/clients';
import {
  amountsOf,
  deleteDebt,
  getDebtRow,
  insertDebt,
  listDebtRows,
  toDebt,
  toValues,
  updateDebt,
  type DebtRow,
  type DebtValues,
} from '../db/debts';
import { insertEntry, movementCount, openingOf, setOpening } from '../db/ledger';
import { lenderExists } from '../db/lenders';
import { AppError, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { indexDebt, removeFromIndex } from '../search/index-writer';
import { recordIntakeStage } from '../legal/stage';
import { debtCost, referenceLines, type CostLine } from './cost';

type DebtChannel = Extract<Channel, `debts.${string}`>;
type DebtTotals = ReturnType<typeof emptyTotals>;

function emptyTotals() {
  return {
    count: 0,
    principalFen: 0,
    interestFen: 0,
    penaltyFen: 0,
    lateFeesFen: 0,
    otherFen: 0,
    outstandingFen: 0,
    priorityOutstandingFen: 0,
    maxDaysOverdue: null as number | null,
  };
}

/** What a new debt holds for every field the caller left out. */
const DEFAULTS: Omit<DebtValues, 'lenderId'> = {
  collectorId: null,
  productType: 'online_loan',
  accountRef: null,
  loanDate: null,
  borrowedFen: null,
  receivedFen: null,
  rate: null,
  feesFen: 0,
  principalFen: 0,
  interestFen: 0,
  penaltyFen: 0,
  lateFeesFen: 0,
  otherFen: 0,
  firstMissedDate: null,
  priority: false,
  schedule: [],
  notes: null,
};

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Sums in fen stay exact only while they are safe integers; a total beyond that is a bug, not a rounding. */
function add(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new Error('debt total exceeds the exact integer range');
  return sum;
}

export function debtsHandlers(ctx: HandlerContext): HandlerPart<DebtChannel> {
  const { db } = ctx;

  const today = () => todayIn(ctx.timeZone(), ctx.now());

  function toView(r: DebtRow, todayIso: string, lines: readonly CostLine[]): DebtView {
    const d = toDebt(r);
    return {
      ...d,
      daysOverdue: d.firstMissedDate === null ? null : Math.max(0, daysOverdue(d.firstMissedDate, todayIso)),
      cost: debtCost(d, lines),
    };
  }

  function viewOf(id: number): DebtView {
    const row = getDebtRow(db, id);
    if (!row) throw notFound();
    return toView(row, today(), referenceLines(ctx.settings()));
  }

  /**
   * Rules on the whole debt, run on what would be stored (for an update: the merged row,
   * `before` being the stored one): the lender and collector exist, the amount received is
   * not more than the amount borrowed, the first missed payment is not before the loan, and
   * no date lies after today in the counsellor's time zone. A date already stored is not
   * checked against today again: after a change of time zone it may lie a day ahead, and
   * that must not block every other edit of the debt.
   */
  function check(v: DebtValues, before?: DebtValues): DebtValues {
    if (!lenderExists(db, v.lenderId)) throw new AppError('NOT_FOUND', 'debts.errors.lenderNotFound', {}, { lenderId: 'debts.errors.lenderNotFound' });
    if (v.collectorId !== null && !lenderExists(db, v.collectorId)) {
      throw new AppError('NOT_FOUND', 'debts.errors.collectorNotFound', {}, { collectorId: 'debts.errors.collectorNotFound' });
    }
    const fields: Record<string, string> = {};
    const todayIso = today();
    const isNewFuture = (key: 'loanDate' | 'firstMissedDate') => v[key] !== null && v[key] > todayIso && v[key] !== before?.[key];
    if (isNewFuture('loanDate')) fields.loanDate = 'validation.dateInFuture';
    if (isNewFuture('firstMissedDate')) fields.firstMissedDate = 'validation.dateInFuture';
    else if (v.firstMissedDate !== null && v.loanDate !== null && v.firstMissedDate < v.loanDate) fields.firstMissedDate = 'debts.errors.missedBeforeLoan';
    if (v.borrowedFen !== null && v.receivedFen !== null && v.receivedFen > v.borrowedFen) fields.receivedFen = 'validation.receivedAboveBorrowed';
    if (Object.keys(fields).length) throw new AppError('VALIDATION', 'errors.VALIDATION', {}, fields);
    // The schedule is kept in date order (a stable sort keeps same-day payments as entered).
    return { ...v, schedule: [...v.schedule].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
  }

  /**
   * The form shows the debt's balance as of today, so amounts typed there are today's
   * balance. While the ledger holds nothing but the opening balance they correct it (a typo
   * fixed right after entry leaves no trace but the audit row); once payments, waivers or
   * statements exist, they are recorded as a restatement dated today, and the history stays.
   */
  function restateIfChanged(id: number, before: DebtValues, after: DebtValues): void {
    const was = amountsOf(before);
    const now = amountsOf(after);
    if ((Object.keys(was) as (keyof typeof was)[]).every((k) => was[k] === now[k])) return;
    const opening = openingOf(db, id);
    if (!opening || movementCount(db, id) === 0) setOpening(db, id, opening?.entryDate ?? today(), now, ctx.now());
    else insertEntry(db, { debtId: id, kind: 'statement', entryDate: today(), stated: now }, ctx.now());
  }

  function requireRow(id: number): DebtRow {
    const row = getDebtRow(db, id);
    if (!row) throw notFound();
    return row;
  }

  return {
    'debts.list': ({ clientId }) => {
      const rows = listDebtRows(db, clientId);
      if (rows.length === 0 && !clientExists(db, clientId)) throw notFound();
      const todayIso = today();
      const lines = referenceLines(ctx.settings());
      const items = rows.map((r) => toView(r, todayIso, lines));

      const totals: DebtTotals = emptyTotals();
      const byLender = new Map<number, { lenderId: number; lenderName: string; count: number; outstandingFen: number }>();
      for (const d of items) {
        totals.count++;
        totals.principalFen = add(totals.principalFen, d.principalFen);
        totals.interestFen = add(totals.interestFen, d.interestFen);
        totals.penaltyFen = add(totals.penaltyFen, d.penaltyFen);
        totals.lateFeesFen = add(totals.lateFeesFen, d.lateFeesFen);
        totals.otherFen = add(totals.otherFen, d.otherFen);
        totals.outstandingFen = add(totals.outstandingFen, d.outstandingFen);
        if (d.priority) totals.priorityOutstandingFen = add(totals.priorityOutstandingFen, d.outstandingFen);
        if (d.daysOverdue !== null && (totals.maxDaysOverdue === null || d.daysOverdue > totals.maxDaysOverdue)) totals.maxDaysOverdue = d.daysOverdue;
        const group = byLender.get(d.lenderId) ?? { lenderId: d.lenderId, lenderName: d.lenderName, count: 0, outstandingFen: 0 };
        group.count++;
        group.outstandingFen = add(group.outstandingFen, d.outstandingFen);
        byLender.set(d.lenderId, group);
      }
      const lenders = [...byLender.values()].sort((a, b) => b.outstandingFen - a.outstandingFen || a.lenderName.localeCompare(b.lenderName, 'zh-CN'));
      return { items, totals, byLender: lenders };
    },


    'debts.create': (input: ParsedInput<'debts.create'>) =>
      db.transaction(() => {
        const { clientId, legalStage, ...fields } = input;
        if (!clientExists(db, clientId)) throw new AppError('NOT_FOUND', 'debts.errors.clientNotFound', {}, { clientId: 'debts.errors.clientNotFound' });
        const values = check({ ...DEFAULTS, ...(withoutUndefined(fields) as Partial<DebtValues>), lenderId: fields.lenderId });
        const id = insertDebt(db, clientId, values, ctx.now(), today());
        indexDebt(db, id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'debt', entityId: id, action: 'create', after: { clientId, ...values } });
        recordIntakeStage(ctx, clientId, id, legalStage);
        return viewOf(id);
      })(),

    'debts.update': ({ id, rev, patch }) =>
      db.transaction(() => {
        const row = requireRow(id);
        if (row.rev !== rev) throw new AppError('CONFLICT', 'debts.conflict');
        const before = toValues(row);
        const after = check({ ...before, ...(withoutUndefined(patch) as Partial<DebtValues>) }, before);
        restateIfChanged(id, before, after);
        updateDebt(db, id, { ...after, ...openingOf(db, id)!.stated }, ctx.now());
        indexDebt(db, id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'debt', entityId: id, action: 'update', before: { clientId: row.client_id, ...before }, after: { clientId: row.client_id, ...after } });
        return viewOf(id);
      })(),

    'debts.delete': ({ id }) =>
      db.transaction(() => {
        const row = requireRow(id);
        deleteDebt(db, id);
        removeFromIndex(db, 'debt', id);
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'debt', entityId: id, action: 'delete', before: { clientId: row.client_id, ...toValues(row) } });
        return { deleted: true as const };
      })(),
  };
}
