import type { EXPORTS_CHANNELS } from '../../../shared/ipc/exports.channels';
import { todayIn } from '../../../shared/domain/dates';
import { currencyOf } from '../../../shared/domain/region';
import { translate } from '../../../shared/i18n';
import type { ExportFormat, ExportResult } from '../../../shared/schemas/exports';
import { agreementOut } from '../agreements/view';
import type { HandlerContext } from '../context';
import { getClientRow, listClients } from '../db/clients';
import { monthRows } from '../db/outcomes';
import { followupView, listOpenFollowups } from '../db/followups';
import { safeFileName } from '../fs/safe-file-name';
import { writeFileComplete } from '../documents/output';
import { notFound } from '../errors';
import type { HandlerPart, HandlerTable } from '../handler-types';
import { agencyMonthsTable, agencySummaryTable, sheetCurrencies } from './agency';
import { writeCsv, writeXlsx, writeXlsxBook, type SheetTable } from './sheet';
import { clientsTable, debtsTable, followupsTable, paymentsTable } from './tables';

// Spreadsheet exports: a list built from the same views the screens show, written as .xlsx
// or CSV, saved where the counsellor picks in the main process's save dialog.

/** More rows than any caseload has; the list queries take it as their page size. */
const ALL_ROWS = 1_000_000;
const FAR_FUTURE = '9999-12-31';

export function exportsHandlers(ctx: HandlerContext, getTable: () => HandlerTable): HandlerPart<(typeof EXPORTS_CHANNELS)[number]> {
  const { db } = ctx;

  /** Builds the file first (so a failure shows before the dialog), then asks where it goes. */
  async function save(table: SheetTable, baseName: string, format: ExportFormat, book?: readonly SheetTable[]): Promise<ExportResult> {
    const bytes = format === 'csv' ? writeCsv(table) : await (book ? writeXlsxBook(book) : writeXlsx(table));
    const target = await ctx.platform.pickSavePath({
      title: translate(ctx.locale(), 'exports.dialogTitle'),
      defaultName: safeFileName(baseName, `.${format}`),
      filters: [format === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: 'Excel', extensions: ['xlsx'] }],
    });
    if (!target) return { path: null, rows: table.rows.length };
    writeFileComplete(target, bytes);
    return { path: target, rows: table.rows.length };
  }

  const today = () => todayIn(ctx.timeZone(), ctx.now());

  return {
    'exports.clients': ({ format, ...filter }) => {
      const { items } = listClients(db, { ...filter, page: 1, pageSize: ALL_ROWS });
      const table = clientsTable(ctx.locale(), ctx.timeZone(), items);
      return save(table, `${table.name} ${today()}`, format);
    },
    'exports.debts': async ({ clientId, format }) => {
      const client = getClientRow(db, clientId);
      if (!client) throw notFound();
      // Through the debts capability's own list, so balances are exactly what the debts page shows.
      const debts = await getTable()['debts.list']({ clientId });
      const table = debtsTable(ctx.locale(), debts.items, currencyOf(client.region));
      return save(table, `${client.case_ref} ${table.name}`, format);
    },
    'exports.followups': (input) => {
      const items = listOpenFollowups(db, null, FAR_FUTURE, ALL_ROWS).map(followupView);
      const table = followupsTable(ctx.locale(), items);
      return save(table, `${table.name} ${today()}`, input?.format ?? 'xlsx');
    },
    'exports.payments': ({ agreementId, format }) => {
      const agreement = agreementOut(ctx, agreementId);
      const table = paymentsTable(ctx.locale(), agreement, currencyOf(getClientRow(db, agreement.clientId)?.region));
      return save(table, `${agreement.caseRef} ${agreement.lenderName} ${table.name}`, format);
    },
    // The figures of the overview's outcomes card and its debt under management, so the file and the screen agree.
    'exports.agencySummary': async (input) => {
      const table = getTable();
      const outcomes = await table['insights.outcomes'](undefined);
      const underManagement = (await table['dashboard.get'](undefined)).totalOutstanding;
      const rows = monthRows(db);
      const currencies = sheetCurrencies(currencyOf(ctx.settings().region), [
        underManagement,
        outcomes.resolved.amounts,
        outcomes.waived,
        outcomes.conditionalWaived,
        rows.resolved,
        rows.waived,
        rows.ledger,
      ]);
      const summary = agencySummaryTable(ctx.locale(), outcomes, underManagement, currencies);
      const months = agencyMonthsTable(ctx.locale(), rows, today(), currencies);
      return save(months, `${summary.name} ${today()}`, input?.format ?? 'xlsx', [summary, months]);
    },
  };
}
