import { m001Core } from './001_core';
import { m002Clients } from './002_clients';
import { m003CaseFile } from './003_case_file';
import type { Migration } from './types';

/** Every migration, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [m001Core, m002Clients, m003CaseFile];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
