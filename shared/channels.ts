// The channel names alone, so the sandboxed preload can refuse unknown channels
// without bundling zod. contract.ts is typed against this list, both ways.

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
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
}
