// Shared set-up for the contact log, follow-ups, incidents and timeline tests.
import type { Db } from '../../../../../electron/main/db/connection';
import { makeTempDir, openTestCore, removeDir, type TestCore } from '../../../helpers/core';

export interface World {
  core: TestCore;
  dir: string;
  close(): void;
}

export function openWorld(now: () => Date): World {
  const dir = makeTempDir();
  const core = openTestCore(dir, { now });
  return {
    core,
    dir,
    close() {
      core.close();
      removeDir(dir);
    },
  };
}

export { addClient, addLender } from '../../../helpers/case';

export async function addDebt(core: TestCore, clientId: number, lenderId: number): Promise<number> {
  return (await core.call('debts.create', { clientId, lenderId, principalFen: 100_000 })).id;
}

export interface AuditRow {
  entity: string;
  entity_id: string | null;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

export function auditRows(db: Db, entity: string): AuditRow[] {
  return db.prepare(`SELECT entity, entity_id, action, before_json, after_json FROM audit_log WHERE entity = ? ORDER BY id`).all(entity) as AuditRow[];
}
