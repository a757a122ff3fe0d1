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
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
}
