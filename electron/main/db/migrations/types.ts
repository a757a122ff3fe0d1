import type { Db } from '../connection';

export interface Migration {
  /** 1, 2, 3 … with no gaps; never renumber or edit a released migration, add a new one. */
  version: number;
  name: string;
  /**
   * Rebuilds a table other tables reference: run with foreign keys off (they cannot be turned
   * off inside a transaction, and dropping a referenced table would cascade or fail), then
   * every reference is checked before the migration commits.
   */
  foreignKeysOff?: boolean;
  up(db: Db): void;
}
