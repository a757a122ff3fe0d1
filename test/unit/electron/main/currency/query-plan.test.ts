// The figures per currency join each debt's case for its region: by the clients' primary key,
// one row per debt, while the debts are still read from the indexes they were read from before
// (a lender's figures from its covering usage indexes), and the overview reads the open cases'
// regions from an index of their own.
import { describe, expect, it } from 'vitest';
import { OPEN_DEBTS_BY_STAGE_SQL } from '../../../../../electron/main/db/dashboard';
import { USAGE_ONE_SQL } from '../../../../../electron/main/db/lender-directory';
import type { TestCore } from '../../../helpers/core';
import { openCorePerTest } from '../../../helpers/case';

let core: TestCore;
openCorePerTest((c) => (core = c));

const plan = (sql: string, p: Record<string, unknown> = {}) => (core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(p) as { detail: string }[]).map((r) => r.detail).join(' | ');

describe('query plans of the figures per currency', () => {
  it('a lender’s figures read its debts from the usage indexes and each case by its key', () => {
    const p = plan(USAGE_ONE_SQL, { id: 1 });
    expect(p).toMatch(/SEARCH debts USING COVERING INDEX debts_lender_usage \(lender_id=\?\)/);
    expect(p).toMatch(/SEARCH debts USING COVERING INDEX debts_collector_usage \(collector_id=\?\)/);
    expect(p).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
    expect(p).not.toMatch(/SCAN (debts|c)\b/);
  });

  it('the overview’s totals read the open cases and their regions from an index alone (migration 21)', () => {
    const p = plan(OPEN_DEBTS_BY_STAGE_SQL);
    expect(p).toMatch(/SEARCH c USING COVERING INDEX clients_open_by_region \(archived=\?\)/);
    expect(p).toMatch(/SEARCH d USING INDEX debts_by_client \(client_id=\?\)/);
  });
});
