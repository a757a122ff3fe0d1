import { z } from 'zod';
import type { Channel } from './channels';
import { agreementsContract } from './ipc/agreements.contract';
import { backupContract } from './ipc/backup.contract';
import { casesContract } from './ipc/cases.contract';
import { NoInput, type ChannelDef } from './ipc/channel-def';
import { contactsContract } from './ipc/contacts.contract';
import { documentsContract } from './ipc/documents.contract';
import { evidenceContract } from './ipc/evidence.contract';
import { lettersContract } from './ipc/letters.contract';
import { lockContract } from './ipc/lock.contract';
import { proposalsContract } from './ipc/proposals.contract';
import {
  ClientCreateInput,
  ClientDetail,
  ClientIdInput,
  ClientListInput,
  ClientListOutput,
  ClientUpdateInput,
} from './schemas/clients';
import { Dashboard } from './schemas/dashboard';
import { DebtCreateInput, DebtIdInput, DebtListInput, DebtListOutput, DebtUpdateInput, DebtView } from './schemas/debts';
import { DemoLoadResult, DemoRemoveResult, DemoStatus } from './schemas/demo';
import {
  LenderCreateInput,
  LenderDetail,
  LenderIdInput,
  LenderListInput,
  LenderListOutput,
  LenderMergeInput,
  LenderSuggestInput,
  LenderSuggestOutput,
  LenderUpdateInput,
} from './schemas/lenders';
import { SearchInput, SearchOutput } from './schemas/search';
import { AppInfo, Settings, SettingsUpdateInput } from './schemas/settings';
import {
  ClientRef,
  StatementCreateInput,
  StatementDetail,
  StatementIdInput,
  StatementSummary,
  StatementUpdateInput,
} from './schemas/statements';

// The one source of truth for IPC: every channel, its input and its output.
// The renderer's client type and the main process's handler table derive from it.


export const contract = {
  'app.info': { input: NoInput, output: AppInfo },
  'settings.get': { input: NoInput, output: Settings },
  'settings.update': { input: SettingsUpdateInput, output: Settings },
  'clients.list': { input: ClientListInput, output: ClientListOutput },
  'clients.get': { input: ClientIdInput, output: ClientDetail },
  'clients.create': { input: ClientCreateInput, output: ClientDetail },
  'clients.update': { input: ClientUpdateInput, output: ClientDetail },
  'clients.archive': { input: ClientIdInput, output: ClientDetail },
  'clients.unarchive': { input: ClientIdInput, output: ClientDetail },
  'clients.revealIdNumber': { input: ClientIdInput, output: z.object({ idNumber: z.string().nullable() }) },
  'statements.create': { input: StatementCreateInput, output: StatementDetail },
  'statements.update': { input: StatementUpdateInput, output: StatementDetail },
  'statements.get': { input: StatementIdInput, output: StatementDetail },
  'statements.latest': { input: ClientRef, output: StatementDetail.nullable() },
  'statements.list': { input: ClientRef, output: z.array(StatementSummary) },
  'lenders.list': { input: LenderListInput, output: LenderListOutput },
  'lenders.get': { input: LenderIdInput, output: LenderDetail },
  'lenders.create': { input: LenderCreateInput, output: LenderDetail },
  'lenders.update': { input: LenderUpdateInput, output: LenderDetail },
  'lenders.delete': { input: LenderIdInput, output: z.object({ deleted: z.literal(true) }) },
  'lenders.merge': { input: LenderMergeInput, output: LenderDetail },
  'lenders.suggest': { input: LenderSuggestInput, output: LenderSuggestOutput },
  'debts.list': { input: DebtListInput, output: DebtListOutput },
  'debts.get': { input: DebtIdInput, output: DebtView },
  'debts.create': { input: DebtCreateInput, output: DebtView },
  'debts.update': { input: DebtUpdateInput, output: DebtView },
  'debts.delete': { input: DebtIdInput, output: z.object({ deleted: z.literal(true) }) },
  'search.query': { input: SearchInput, output: SearchOutput },
  'dashboard.get': { input: NoInput, output: Dashboard },
  'demo.status': { input: NoInput, output: DemoStatus },
  'demo.load': { input: NoInput, output: DemoLoadResult },
  'demo.remove': { input: NoInput, output: DemoRemoveResult },
  ...contactsContract,
  ...evidenceContract,
  ...proposalsContract,
  ...agreementsContract,
  ...lettersContract,
  ...documentsContract,
  ...backupContract,
  ...casesContract,
  ...lockContract,
} satisfies Record<Channel, ChannelDef>;

export type Contract = typeof contract;
export type { Channel } from './channels';
/** What a caller sends (before defaults and transforms). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
