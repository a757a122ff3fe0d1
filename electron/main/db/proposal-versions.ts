import type { Db } from './connection';
import type { ProposalLineRow, ProposalRow } from './proposals';
import { stmt } from './statements';

// Earlier versions of a saved scenario (proposal_versions, proposal_version_lines): what a
// proposal was before a save replaced it, numbered by the rev it had. Rows are read in the
// shapes of proposals / proposal_lines, so a version is shown by the same view as the current one.

export interface ProposalVersionRow extends ProposalRow {
  /** The version's own row id. */
  version_id: number;
  version: number;
  saved_at: string;
  replaced_at: string;
}

/** Copies the proposal as it is now (header and lines) into its history, as version = its rev. */
export function archiveProposal(db: Db, proposalId: number, now: Date): void {
  const info = stmt(
    db,
    `INSERT INTO proposal_versions (proposal_id, client_id, version, name, statement_id, disposable_fen, priority_fen, contingency_fen, budget_fen, months, start_date, notes, saved_at, replaced_at)
     SELECT id, client_id, rev, name, statement_id, disposable_fen, priority_fen, contingency_fen, budget_fen, months, start_date, notes, updated_at, ? FROM proposals WHERE id = ?`,
  ).run(now.toISOString(), proposalId);
  if (info.changes === 0) return;
  stmt(
    db,
    `INSERT INTO proposal_version_lines (version_id, debt_id, lender_id, position, priority, outstanding_fen, share_fen, remedy, params_json, schedule_json, monthly_fen, total_fen, saving_fen)
     SELECT ?, debt_id, lender_id, position, priority, outstanding_fen, share_fen, remedy, params_json, schedule_json, monthly_fen, total_fen, saving_fen
       FROM proposal_lines WHERE proposal_id = ? ORDER BY position, id`,
  ).run(Number(info.lastInsertRowid), proposalId);
}

const VERSION_SELECT = `SELECT v.id AS version_id, v.proposal_id AS id, v.client_id, v.version, v.name, v.statement_id, v.disposable_fen, v.priority_fen, v.contingency_fen,
    v.budget_fen, v.months, v.start_date, v.notes, v.version AS rev, v.saved_at, v.replaced_at, p.created_at, v.saved_at AS updated_at
  FROM proposal_versions v JOIN proposals p ON p.id = v.proposal_id`;

/** A proposal's earlier versions, newest first. */
export function listVersionRows(db: Db, proposalId: number): ProposalVersionRow[] {
  return stmt(db, `${VERSION_SELECT} WHERE v.proposal_id = ? ORDER BY v.version DESC`).all(proposalId) as ProposalVersionRow[];
}

export function getVersionRow(db: Db, versionId: number): ProposalVersionRow | undefined {
  return stmt(db, `${VERSION_SELECT} WHERE v.id = ?`).get(versionId) as ProposalVersionRow | undefined;
}

/** A version's lines in their order, as proposal_lines rows (with the lender's name and the debt's product). */
export function listVersionLineRows(db: Db, versionId: number): ProposalLineRow[] {
  return stmt(
    db,
    `SELECT vl.id, v.proposal_id, vl.debt_id, vl.lender_id, l.name AS lender_name, d.product_type, vl.position, vl.priority, vl.outstanding_fen, vl.share_fen,
            vl.remedy, vl.params_json, vl.schedule_json, vl.monthly_fen, vl.total_fen, vl.saving_fen
       FROM proposal_version_lines vl JOIN proposal_versions v ON v.id = vl.version_id JOIN lenders l ON l.id = vl.lender_id JOIN debts d ON d.id = vl.debt_id
      WHERE vl.version_id = ? ORDER BY vl.position, vl.id`,
  ).all(versionId) as ProposalLineRow[];
}
