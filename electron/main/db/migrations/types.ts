import type { Db } from '../connection';

export interface Migration {
  /** 1, 2, 3 … with no gaps; never renumber or edit a released migration, add a new one. */
  version: number;
  name: string;
  up(db: Db): void;
}
