import type { z } from 'zod';
import type { Channel } from './channels';
import { agreementsContract } from './ipc/agreements.contract';
import { appContract } from './ipc/app.contract';
import { attachmentsContract } from './ipc/attachments.contract';
import { backupContract } from './ipc/backup.contract';
import { casesContract } from './ipc/cases.contract';
import { type ChannelDef } from './ipc/channel-def';
import { clientsContract } from './ipc/clients.contract';
import { contactsContract } from './ipc/contacts.contract';
import { dashboardContract } from './ipc/dashboard.contract';
import { debtsContract } from './ipc/debts.contract';
import { demoContract } from './ipc/demo.contract';
import { documentsContract } from './ipc/documents.contract';
import { checklistsContract } from './ipc/checklists.contract';
import { exportsContract } from './ipc/exports.contract';
import { importsContract } from './ipc/imports.contract';
import { followupsContract } from './ipc/followups.contract';
import { incidentsContract } from './ipc/incidents.contract';
import { insightsContract } from './ipc/insights.contract';
import { instalmentsContract } from './ipc/instalments.contract';
import { ledgerContract } from './ipc/ledger.contract';
import { lendersContract } from './ipc/lenders.contract';
import { letterheadContract } from './ipc/letterhead.contract';
import { lettersContract } from './ipc/letters.contract';
import { lockContract } from './ipc/lock.contract';
import { offersContract } from './ipc/offers.contract';
import { packetsContract } from './ipc/packets.contract';
import { paymentsContract } from './ipc/payments.contract';
import { proposalsContract } from './ipc/proposals.contract';
import { searchContract } from './ipc/search.contract';
import { settingsContract } from './ipc/settings.contract';
import { statementsContract } from './ipc/statements.contract';
import { templatesContract } from './ipc/templates.contract';
import { timelineContract } from './ipc/timeline.contract';
import { legalContract } from './ipc/legal.contract';
import { calendarContract } from './ipc/calendar.contract';
import { reviewsContract } from './ipc/reviews.contract';
import { replanContract } from './ipc/replan.contract';

// The one source of truth for IPC: every channel, its input and its output.
// The renderer's client type and the main process's handler table derive from it.
// Each capability's part is in shared/ipc/<capability>.contract.ts.
export const contract = {
  ...appContract,
  ...settingsContract,
  ...clientsContract,
  ...statementsContract,
  ...lendersContract,
  ...debtsContract,
  ...ledgerContract,
  ...searchContract,
  ...dashboardContract,
  ...demoContract,
  ...contactsContract,
  ...incidentsContract,
  ...insightsContract,
  ...followupsContract,
  ...timelineContract,
  ...legalContract,
  ...attachmentsContract,
  ...proposalsContract,
  ...offersContract,
  ...agreementsContract,
  ...paymentsContract,
  ...instalmentsContract,
  ...templatesContract,
  ...lettersContract,
  ...documentsContract,
  ...checklistsContract,
  ...packetsContract,
  ...letterheadContract,
  ...backupContract,
  ...casesContract,
  ...lockContract,
  ...exportsContract,
  ...importsContract,
  ...calendarContract,
  ...reviewsContract,
  ...replanContract,
} satisfies Record<Channel, ChannelDef>;

export type Contract = typeof contract;
export type { Channel } from './channels';
/** What a caller sends (before defaults and transforms). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
