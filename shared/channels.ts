import { AGREEMENTS_CHANNELS } from './ipc/agreements.channels';
import { APP_CHANNELS } from './ipc/app.channels';
import { ATTACHMENTS_CHANNELS } from './ipc/attachments.channels';
import { BACKUP_CHANNELS } from './ipc/backup.channels';
import { CASES_CHANNELS } from './ipc/cases.channels';
import { CHECKLISTS_CHANNELS } from './ipc/checklists.channels';
import { CLIENTS_CHANNELS } from './ipc/clients.channels';
import { CONTACTS_CHANNELS } from './ipc/contacts.channels';
import { DASHBOARD_CHANNELS } from './ipc/dashboard.channels';
import { DEBTS_CHANNELS } from './ipc/debts.channels';
import { DEMO_CHANNELS } from './ipc/demo.channels';
import { DOCUMENTS_CHANNELS } from './ipc/documents.channels';
import { EXPORTS_CHANNELS } from './ipc/exports.channels';
import { IMPORTS_CHANNELS } from './ipc/imports.channels';
import { FOLLOWUPS_CHANNELS } from './ipc/followups.channels';
import { INCIDENTS_CHANNELS } from './ipc/incidents.channels';
import { INSIGHTS_CHANNELS } from './ipc/insights.channels';
import { INSTALMENTS_CHANNELS } from './ipc/instalments.channels';
import { LEDGER_CHANNELS } from './ipc/ledger.channels';
import { LENDERS_CHANNELS } from './ipc/lenders.channels';
import { LETTERHEAD_CHANNELS } from './ipc/letterhead.channels';
import { LETTERS_CHANNELS } from './ipc/letters.channels';
import { LOCK_CHANNELS } from './ipc/lock.channels';
import { OFFERS_CHANNELS } from './ipc/offers.channels';
import { PACKETS_CHANNELS } from './ipc/packets.channels';
import { PAYMENTS_CHANNELS } from './ipc/payments.channels';
import { PROPOSALS_CHANNELS } from './ipc/proposals.channels';
import { SEARCH_CHANNELS } from './ipc/search.channels';
import { SETTINGS_CHANNELS } from './ipc/settings.channels';
import { STATEMENTS_CHANNELS } from './ipc/statements.channels';
import { TEMPLATES_CHANNELS } from './ipc/templates.channels';
import { TIMELINE_CHANNELS } from './ipc/timeline.channels';
import { LEGAL_CHANNELS } from './ipc/legal.channels';
import { CALENDAR_CHANNELS } from './ipc/calendar.channels';
import { REVIEWS_CHANNELS } from './ipc/reviews.channels';
import { REPLAN_CHANNELS } from './ipc/replan.channels';

// The channel names alone, so the sandboxed preload can refuse unknown channels
// without bundling zod. contract.ts is typed against this list, both ways. Each
// capability keeps its names in shared/ipc/<capability>.channels.ts, where the
// capability is the channel's prefix and the folder in electron/main that serves it.

export const CHANNELS = [
  ...APP_CHANNELS,
  ...SETTINGS_CHANNELS,
  ...CLIENTS_CHANNELS,
  ...STATEMENTS_CHANNELS,
  ...LENDERS_CHANNELS,
  ...DEBTS_CHANNELS,
  ...LEDGER_CHANNELS,
  ...SEARCH_CHANNELS,
  ...DASHBOARD_CHANNELS,
  ...DEMO_CHANNELS,
  ...CONTACTS_CHANNELS,
  ...INCIDENTS_CHANNELS,
  ...INSIGHTS_CHANNELS,
  ...FOLLOWUPS_CHANNELS,
  ...TIMELINE_CHANNELS,
  ...LEGAL_CHANNELS,
  ...ATTACHMENTS_CHANNELS,
  ...PROPOSALS_CHANNELS,
  ...OFFERS_CHANNELS,
  ...AGREEMENTS_CHANNELS,
  ...PAYMENTS_CHANNELS,
  ...INSTALMENTS_CHANNELS,
  ...TEMPLATES_CHANNELS,
  ...LETTERS_CHANNELS,
  ...DOCUMENTS_CHANNELS,
  ...PACKETS_CHANNELS,
  ...CHECKLISTS_CHANNELS,
  ...LETTERHEAD_CHANNELS,
  ...BACKUP_CHANNELS,
  ...CASES_CHANNELS,
  ...LOCK_CHANNELS,
  ...EXPORTS_CHANNELS,
  ...IMPORTS_CHANNELS,
  ...CALENDAR_CHANNELS,
  ...REVIEWS_CHANNELS,
  ...REPLAN_CHANNELS,
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
}
