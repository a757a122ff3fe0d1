import type { ChannelInput } from '../../../shared/contract';
import type { CalendarKind } from '../../../shared/schemas/calendar';
import type { TimelineType } from '../../../shared/schemas/timeline';

// Every query key of the renderer, built here and nowhere else: ESLint refuses a literal
// `queryKey: [...]` in any other file (eslint.config.js). A key starts with its
// capability's name, so a factory's `all` (or a shorter key) refreshes everything under it:
// TanStack Query matches keys by prefix.

export const settingsKeys = { all: ['settings'] as const };
export const appKeys = { info: ['app', 'info'] as const };
export const demoKeys = { status: ['demo', 'status'] as const };
export const lockKeys = { status: ['lock'] as const };
export const searchKeys = { query: (q: string) => ['search', q] as const };
export const dashboardKeys = { all: ['dashboard'] as const };
export const importKeys = { progress: ['imports', 'progress'] as const };

export const clientKeys = {
  all: ['clients'] as const,
  lists: ['clients', 'list'] as const,
  list: (params: ChannelInput<'clients.list'>) => ['clients', 'list', params] as const,
  /** How many cases there are, archived or not (under `lists`, so a new client refreshes it). */
  count: ['clients', 'list', { pageSize: 1, archived: 'any' }] as const,
  detail: (id: number) => ['clients', 'detail', id] as const,
};

export const debtKeys = {
  all: ['debts'] as const,
  list: (clientId: number) => ['debts', clientId] as const,
};

export const ledgerKeys = {
  all: ['ledger'] as const,
  debt: (debtId: number) => ['ledger', debtId] as const,
};

export const legalKeys = { history: (debtId: number) => ['legal', debtId] as const };

export const lenderKeys = {
  all: ['lenders'] as const,
  list: (params: ChannelInput<'lenders.list'>) => ['lenders', 'list', params] as const,
  detail: (id: number) => ['lenders', 'detail', id] as const,
  suggest: (q: string) => ['lenders', 'suggest', q] as const,
};

export const statementKeys = {
  all: ['statements'] as const,
  client: (clientId: number) => ['statements', clientId] as const,
  latest: (clientId: number) => ['statements', clientId, 'latest'] as const,
  list: (clientId: number) => ['statements', clientId, 'list'] as const,
  detail: (clientId: number, id: number) => ['statements', clientId, 'detail', id] as const,
};

export const proposalKeys = {
  client: (clientId: number) => ['proposals', clientId] as const,
  draft: (clientId: number) => ['proposals', clientId, 'draft'] as const,
  list: (clientId: number) => ['proposals', clientId, 'list'] as const,
  allVersions: (clientId: number) => ['proposals', clientId, 'versions'] as const,
  versions: (clientId: number, id: number) => ['proposals', clientId, 'versions', id] as const,
};

export const replanKeys = {
  client: (clientId: number) => ['replan', clientId] as const,
  stale: (clientId: number) => ['replan', clientId, 'stale'] as const,
  preview: (proposalId: number) => ['replan', 'preview', proposalId] as const,
};

export const offerKeys = {
  all: ['offers'] as const,
  list: (clientId: number) => ['offers', clientId] as const,
  choices: (clientId: number) => ['offers', 'choices', clientId] as const,
};

export const agreementKeys = {
  all: ['agreements'] as const,
  list: (clientId: number) => ['agreements', clientId] as const,
  byLender: (lenderId: number) => ['agreements', 'lender', lenderId] as const,
};

export const contactKeys = {
  all: ['contacts'] as const,
  detail: (id: number) => ['contacts', id] as const,
};

export const timelineKeys = {
  all: ['timeline'] as const,
  client: (clientId: number) => ['timeline', clientId] as const,
  list: (clientId: number, lenderId?: number, types?: readonly TimelineType[]) => ['timeline', clientId, lenderId ?? null, types ?? []] as const,
};

export const followupKeys = {
  all: ['followups'] as const,
  client: (clientId: number) => ['followups', 'client', clientId] as const,
};

export const incidentKeys = {
  all: ['incidents'] as const,
  lender: (lenderId: number) => ['incidents', lenderId] as const,
};

export const calendarKeys = {
  all: ['calendar'] as const,
  range: (from: string, to: string, kinds: readonly CalendarKind[]) => ['calendar', from, to, [...kinds].sort().join(',')] as const,
};

export const reviewKeys = {
  all: ['reviews'] as const,
  client: (clientId: number) => ['reviews', 'client', clientId] as const,
  detail: (id: number) => ['reviews', id] as const,
  due: ['reviews', 'due'] as const,
};

export const attachmentKeys = {
  client: (clientId: number) => ['attachments', clientId] as const,
  list: (s: { clientId: number; debtId?: number; contactId?: number }) => ['attachments', s.clientId, s.debtId ?? null, s.contactId ?? null] as const,
};

export const checklistKeys = {
  clients: ['checklists', 'client'] as const,
  client: (clientId: number) => ['checklists', 'client', clientId] as const,
  lender: (lenderId: number) => ['checklists', 'lender', lenderId] as const,
};

export const letterKeys = {
  all: ['letters'] as const,
  list: (filter: ChannelInput<'letters.list'>) => ['letters', 'list', filter ?? {}] as const,
  detail: (id: number) => ['letters', 'detail', id] as const,
  preview: (id: number, draft: unknown) => ['letters', 'preview', id, draft] as const,
};

export const templateKeys = {
  all: ['templates'] as const,
  list: ['templates', 'list'] as const,
  detail: (id: number, version?: number) => ['templates', 'detail', id, version ?? 'current'] as const,
};

export const documentKeys = {
  packetLenders: (clientId: number, locale?: string) => (locale ? (['documents', 'packetLenders', clientId, locale] as const) : (['documents', 'packetLenders', clientId] as const)),
  batch: (jobId: string) => ['documents', 'batch', jobId] as const,
  letterhead: ['documents', 'letterhead'] as const,
};

export const caseKeys = {
  infos: ['cases', 'info'] as const,
  /** Keyed by the client's rev too, so closing or archiving the case asks again. */
  info: (clientId: number, rev: number) => ['cases', 'info', clientId, rev] as const,
  retention: ['cases', 'retention'] as const,
  purgeReach: (clientId: number) => ['cases', 'purgeReach', clientId] as const,
};

export const backupKeys = { status: ['backup', 'status'] as const };

export const insightsKeys = {
  all: ['insights'] as const,
  lender: (lenderId: number) => ['insights', 'lender', lenderId] as const,
  hints: (lenderIds: readonly number[]) => ['insights', 'hints', lenderIds] as const,
  outcomes: ['insights', 'outcomes'] as const,
};
