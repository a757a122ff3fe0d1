import type { Channel, ParsedInput } from '../../../shared/contract';
import { expenseGroup, kindOfCategory } from '../../../shared/domain/budget-categories';
import { todayIn } from '../../../shared/domain/dates';
import type { StatementDetail } from '../../../shared/schemas/statements';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { clientExists } from '../db/clients';
import {
  getStatementRow,
  insertStatement,
  latestStatementRow,
  listLineRows,
  listStatementRows,
  refreshClientDisposable,
  replaceLines,
  toLine,
  toSummary,
  updateStatement,
  type StatementRow,
  type StoredLine,
} from '../db/statements-queries';
import { AppError, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { computeStatement, monthlyAmount, rangeMark, type ExpenseRanges } from '../../../shared/domain/statement-totals';

type StatementChannel = Extract<Channel, `statements.${string}`>;
type Body = Pick<ParsedInput<'statements.create'>, 'statementDate' | 'notes' | 'lines'>;

/** Amounts so large that a monthly figure or a total leaves exact integers: point at the line that does it. */
function tooLarge(body: Body): AppError {
  let worst = 0;
  let worstMonthly = -1;
  body.lines.forEach((l, i) => {
    let monthly: number;
    try {
      monthly = monthlyAmount(l);
    } catch {
      monthly = Infinity;
    }
    if (monthly > worstMonthly) {
      worst = i;
      worstMonthly = monthly;
    }
  });
  const field = `lines.${worst}.amountFen`;
  return new AppError('VALIDATION', 'errors.VALIDATION', {}, { [field]: 'validation.moneyTooLarge' });
}

export function statementsHandlers(ctx: HandlerContext): HandlerPart<StatementChannel> {
  const { db } = ctx;

  /** Reads a statement with its lines; the range marks follow the settings as they are now. */
  function toDetail(r: StatementRow): StatementDetail {
    const ranges = ctx.settings().expenseRanges as ExpenseRanges;
    return {
      ...toSummary(r),
      notes: r.notes,
      rev: r.rev,
      lines: listLineRows(db, r.id).map((l) => ({
        ...toLine(l),
        group: l.kind === 'expense' ? expenseGroup(l.category) : null,
        outOfRange: rangeMark(l, l.monthly_fen, ranges),
      })),
    };
  }

  /**
   * Checks what the schema cannot (each line's category belongs to its kind, the date is
   * not after today in the counsellor's time zone), then computes every line's monthly
   * amount and the totals.
   */
  function checked(body: Body): { lines: StoredLine[]; totals: StatementDetail['totals']; notes: string | null } {
    const fields: Record<string, string> = {};
    if (body.statementDate > todayIn(ctx.timeZone(), ctx.now())) fields.statementDate = 'validation.dateInFuture';
    body.lines.forEach((l, i) => {
      if (kindOfCategory(l.category) !== l.kind) fields[`lines.${i}.category`] = 'finances.validation.categoryKind';
    });
    if (Object.keys(fields).length) throw new AppError('VALIDATION', 'errors.VALIDATION', {}, fields);

    let computed: ReturnType<typeof computeStatement<Body['lines'][number]>>;
    try {
      computed = computeStatement(body.lines);
    } catch (err) {
      if (err instanceof RangeError) throw tooLarge(body);
      throw err;
    }
    const lines = computed.lines.map(
      ({ line, monthlyFen }): StoredLine => ({
        kind: line.kind,
        category: line.category,
        label: line.label ?? null,
        amountFen: line.amountFen,
        // An asset is a value, not a flow: its frequency means nothing and is stored as monthly.
        frequency: line.kind === 'asset' ? 'monthly' : line.frequency,
        monthlyFen,
        note: line.note ?? null,
      }),
    );
    return { lines, totals: computed.totals, notes: body.notes ?? null };
  }

  function requireRow(id: number): StatementRow {
    const row = getStatementRow(db, id);
    if (!row) throw notFound();
    return row;
  }

  function requireClient(clientId: number): void {
    if (!clientExists(db, clientId)) throw notFound();
  }

  /** What the audit log keeps of a statement: its date, notes, totals and lines as entered. */
  function auditView(detail: StatementDetail) {
    return {
      clientId: detail.clientId,
      statementDate: detail.statementDate,
      notes: detail.notes,
      totals: detail.totals,
      lines: detail.lines.map((l) => ({ kind: l.kind, category: l.category, label: l.label, amountFen: l.amountFen, frequency: l.frequency, monthlyFen: l.monthlyFen, note: l.note })),
    };
  }

  return {
    'statements.create': ({ clientId, ...body }) =>
      db.transaction(() => {
        requireClient(clientId);
        const c = checked(body);
        const id = insertStatement(db, clientId, { statementDate: body.statementDate, notes: c.notes, totals: c.totals }, ctx.now());
        replaceLines(db, id, c.lines);
        refreshClientDisposable(db, clientId);
        const detail = toDetail(requireRow(id));
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'statement', entityId: id, action: 'create', after: auditView(detail) });
        return detail;
      })(),

    'statements.update': ({ id, rev, ...body }) =>
      db.transaction(() => {
        const row = requireRow(id);
        if (row.rev !== rev) throw new AppError('CONFLICT', 'finances.conflict');
        const before = auditView(toDetail(row));
        const c = checked(body);
        updateStatement(db, id, { statementDate: body.statementDate, notes: c.notes, totals: c.totals }, ctx.now());
        replaceLines(db, id, c.lines);
        refreshClientDisposable(db, row.client_id);
        const detail = toDetail(requireRow(id));
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'statement', entityId: id, action: 'update', before, after: auditView(detail) });
        return detail;
      })(),

    'statements.get': ({ id }) => toDetail(requireRow(id)),

    'statements.latest': ({ clientId }) => {
      const row = latestStatementRow(db, clientId);
      if (row) return toDetail(row);
      requireClient(clientId);
      return null;
    },

    'statements.list': ({ clientId }) => {
      const rows = listStatementRows(db, clientId);
      if (rows.length === 0) requireClient(clientId);
      return rows.map(toSummary);
    },
  };
}
