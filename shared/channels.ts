import { AGREEMENTS_CHANNELS } from './ipc/agreements.channels';
import { BACKUP_CHANNELS } from './ipc/backup.channels';
import { CASES_CHANNELS } from './ipc/cases.channels';
import { CONTACTS_CHANNELS } from './ipc/contacts.channels';
import { DOCUMENTS_CHANNELS } from './ipc/documents.channels';
import { EVIDENCE_CHANNELS } from './ipc/evidence.channels';
import { LETTERS_CHANNELS } from './ipc/letters.channels';
import { LOCK_CHANNELS } from './ipc/lock.channels';
import { PROPOSALS_CHANNELS } from './ipc/proposals.channels';

// The channel names alone, so the sandboxed preload can refuse unknown channels
// without bundling zod. contract.ts is typed against this list, both ways. The case
// file's channels are listed here; later capabilities keep theirs in shared/ipc/.

export const CHANNELS = [
  'app.info',
  'settings.get',
  'settings.update',
  'clients.list',
  'clients.get',
  'clients.create',
  'clients.update',
  'clients.archive',
  'clients.unarchive',
  'clients.revealIdNumber',
  'statements.create',
  'statements.update',
  'statements.get',
  'statements.latest',
  'statements.list',
  'lenders.list',
  'lenders.get',
  'lenders.create',
  'lenders.update',
  'lenders.delete',
  'lenders.merge',
  'lenders.suggest',
  'debts.list',
  'debts.get',
  'debts.create',
  'debts.update',
  'debts.delete',
  'search.query',
  'dashboard.get',
  'demo.status',
  'demo.load',
  'demo.remove',
  ...CONTACTS_CHANNELS,
  ...EVIDENCE_CHANNELS,
  ...PROPOSALS_CHANNELS,
  ...AGREEMENTS_CHANNELS,
  ...LETTERS_CHANNELS,
  ...DOCUMENTS_CHANNELS,
  ...BACKUP_CHANNELS,
  ...CASES_CHANNELS,
  ...LOCK_CHANNELS,
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
}
