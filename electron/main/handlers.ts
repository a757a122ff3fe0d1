import { CHANNELS } from '../../shared/channels';
import { agreementsHandlers } from './agreements/handlers';
import { instalmentsHandlers } from './instalments/handlers';
import { offersHandlers } from './offers/handlers';
import { paymentsHandlers } from './payments/handlers';
import { appHandlers } from './app/handlers';
import { backupHandlers } from './backup/handlers';
import { casesHandlers } from './cases/handlers';
import { contactsHandlers } from './contacts/handlers';
import { followupsHandlers } from './followups/handlers';
import { incidentsHandlers } from './incidents/handlers';
import { insightsHandlers } from './insights/handlers';
import { timelineHandlers } from './timeline/handlers';
import { legalHandlers } from './legal/handlers';
import { attachmentsHandlers } from './attachments/handlers';
import { lettersHandlers } from './letters/handlers';
import { templatesHandlers } from './templates/handlers';
import type { AppLock } from './lock/app-lock';
import { lockHandlers } from './lock/handlers';
import { proposalsHandlers } from './proposals/handlers';
import { replanHandlers } from './replan/handlers';
import { clientHandlers } from './clients/handlers';
import type { HandlerContext } from './context';
import type { HandlerTable } from './handler-types';
import { dashboardHandlers } from './dashboard/handlers';
import { debtsHandlers } from './debts/handlers';
import { ledgerHandlers } from './ledger/handlers';
import { demoHandlers } from './demo/handlers';
import { checklistsHandlers } from './checklists/handlers';
import { documentsHandlers } from './documents/handlers';
import { exportsHandlers } from './exports/handlers';
import { importsHandlers } from './imports/handlers';
import { letterheadHandlers } from './letterhead/handlers';
import { packetsHandlers } from './packets/handlers';
import { lendersHandlers } from './lenders/handlers';
import { searchHandlers } from './search/handlers';
import { settingsHandlers } from './settings/handlers';
import { statementsHandlers } from './statements/handlers';
import type { SettingsStore } from './settings/store';
import { calendarHandlers } from './calendar/handlers';
import { reviewsHandlers } from './reviews/handlers';

/**
 * Joins the capabilities' handlers into one table. A channel defined twice, or a
 * contract channel nobody handles, stops start-up.
 */
export function mergeHandlers(parts: readonly object[]): HandlerTable {
  const table: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [channel, handler] of Object.entries(part)) {
      if (channel in table) throw new Error(`IPC channel "${channel}" is registered twice`);
      table[channel] = handler;
    }
  }
  const missing = CHANNELS.filter((c) => !(c in table));
  if (missing.length) throw new Error(`IPC channels without a handler: ${missing.join(', ')}`);
  const extra = Object.keys(table).filter((c) => !(CHANNELS as readonly string[]).includes(c));
  if (extra.length) throw new Error(`handlers for channels not in the contract: ${extra.join(', ')}`);
  return table as HandlerTable;
}

export function createHandlers(ctx: HandlerContext, settings: SettingsStore, lock: AppLock): HandlerTable {
  // The demo loader goes through the other handlers, so it reads the finished table.
  const table: HandlerTable = mergeHandlers([
    appHandlers(ctx),
    settingsHandlers(ctx, settings),
    clientHandlers(ctx),
    statementsHandlers(ctx),
    lendersHandlers(ctx),
    debtsHandlers(ctx),
    ledgerHandlers(ctx),
    searchHandlers(ctx),
    dashboardHandlers(ctx),
    contactsHandlers(ctx),
    incidentsHandlers(ctx),
    insightsHandlers(ctx),
    followupsHandlers(ctx),
    timelineHandlers(ctx),
    legalHandlers(ctx),
    attachmentsHandlers(ctx),
    proposalsHandlers(ctx),
    offersHandlers(ctx),
    replanHandlers(ctx),
    agreementsHandlers(ctx),
    paymentsHandlers(ctx),
    instalmentsHandlers(ctx),
    templatesHandlers(ctx),
    lettersHandlers(ctx),
    documentsHandlers(ctx),
    packetsHandlers(ctx),
    checklistsHandlers(ctx),
    letterheadHandlers(ctx),
    backupHandlers(ctx),
    casesHandlers(ctx),
    lockHandlers(lock),
    demoHandlers(ctx, () => table),
    exportsHandlers(ctx, () => table),
    importsHandlers(ctx),
    calendarHandlers(ctx),
    reviewsHandlers(ctx),
  ]);
  return table;
}
