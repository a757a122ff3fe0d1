import type { HandlerContext } from '../context';

// The raw database key of an open core, for backups only: a backup carries it (inside the
// passphrase-encrypted container) so it can be restored where this key is gone. core.ts
// registers it; nothing else reads it.
const keys = new WeakMap<object, Buffer>();

export function rememberDatabaseKey(ctx: HandlerContext, key: Buffer): void {
  keys.set(ctx, Buffer.from(key));
}

export function databaseKeyOf(ctx: HandlerContext): Buffer {
  const key = keys.get(ctx);
  if (!key) throw new Error('the database key of this core was not registered (openCore registers it)');
  return key;
}
