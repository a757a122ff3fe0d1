import type { ChecklistItem, LenderRule } from '../../../shared/domain/evidence-checklist';
import type { Db } from './connection';
import { stmt } from './statements';

// Per lender, the documents it always asks for ('require') or never ('skip'), beside the
// defaults per remedy of the evidence checklists (migration 18). A row per lender and kind;
// "as the remedy needs" is no row.

export interface LenderEvidenceRuleRow {
  lender_id: number;
  kind: ChecklistItem;
  rule: LenderRule;
  updated_at: string;
}

export function lenderEvidenceRules(db: Db, lenderId: number): { kind: ChecklistItem; rule: LenderRule }[] {
  return (stmt(db, `SELECT kind, rule FROM lender_evidence_rules WHERE lender_id = ? ORDER BY kind`).all(lenderId) as LenderEvidenceRuleRow[]).map((r) => ({ kind: r.kind, rule: r.rule }));
}

/** Sets the lender's rule for one kind of document; null removes it (back to the remedy's default). */
export function setLenderEvidenceRule(db: Db, lenderId: number, kind: ChecklistItem, rule: LenderRule | null, now: Date): void {
  if (rule === null) {
    stmt(db, `DELETE FROM lender_evidence_rules WHERE lender_id = ? AND kind = ?`).run(lenderId, kind);
    return;
  }
  stmt(
    db,
    `INSERT INTO lender_evidence_rules (lender_id, kind, rule, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (lender_id, kind) DO UPDATE SET rule = excluded.rule, updated_at = excluded.updated_at`,
  ).run(lenderId, kind, rule, now.toISOString());
}
