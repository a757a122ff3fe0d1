import { m001Core } from './001_core';
import { m002Clients } from './002_clients';
import type { Migration } from './types';

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [m001Core, m002Clients];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
