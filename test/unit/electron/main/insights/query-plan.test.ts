import { describe, expect, it } from 'vitest';
import { LENDER_INSIGHTS_SQL } from '../../../../../electron/main/db/lender-insights';
import { core, open } from '../agreements/world';

// The lender page and the proposal hints read one lender's offers, their steps, agreements and
// waivers through indexes: nothing is scanned whole, however many cases the database holds.

const plan = (sql: string, p: unknown[]) => (core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(p) as { detail: string }[]).map((r) => r.detail).join(' | ');

describe('lender insights query plans', () => {
  it('reads a lender’s offers, their steps, agreements and waivers from indexes', () => {
    open();
    const outcomes = plan(LENDER_INSIGHTS_SQL.offerOutcomes, ['[1,2]']);
    // Index pages alone (migration 17): no table row is read for an offer, a step, an agreement or a waiver.
    expect(outcomes).toMatch(/SEARCH o USING COVERING INDEX offers_insights/);
    expect(outcomes).toMatch(/SEARCH e USING COVERING INDEX offer_events_steps/);
    expect(outcomes).toMatch(/SEARCH a USING COVERING INDEX agreements_by_offer/);
    expect(outcomes).toMatch(/SEARCH w USING COVERING INDEX debt_ledger_agreement_waiver/);
    expect(outcomes).not.toMatch(/SCAN (o|e|a|w)\b/);
    const evidence = plan(LENDER_INSIGHTS_SQL.evidenceOfLender, [1]);
    expect(evidence).toMatch(/SEARCH o USING (COVERING )?INDEX offers_(by_lender|insights)/);
    expect(evidence).toMatch(/SEARCH a USING INDEX attachments_by_client/);
    expect(evidence).not.toMatch(/SCAN (o|a|d|c)\b/);
  });
});
