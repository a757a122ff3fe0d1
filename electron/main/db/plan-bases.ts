import { PlanBasis } from '../../../shared/schemas/replan';
import type { Db } from './connection';
import { readJson } from './json';
import { stmt } from './statements';

// plan_bases: the figures a saved proposal or an offer was built on (migration 16). One row
// per proposal or offer, replaced whenever the proposal is saved again; the JSON is checked
// against PlanBasis when read.

export interface PlanBasisRow {
  id: number;
  client_id: number;
  proposal_id: number | null;
  offer_id: number | null;
  taken_at: string;
  basis_json: string;
}

export interface StoredBasis {
  basis: PlanBasis;
  /** When it was taken (ISO UTC): agreement movements after this are the plan being carried out. */
  takenAt: string;
}

const toStored = (r: PlanBasisRow): StoredBasis => ({ basis: readJson(PlanBasis, r.basis_json, 'plan_bases.basis_json'), takenAt: r.taken_at });

export function saveProposalBasis(db: Db, clientId: number, proposalId: number, basis: PlanBasis, now: Date): void {
  stmt(
    db,
    `INSERT INTO plan_bases (client_id, proposal_id, taken_at, basis_json) VALUES (?, ?, ?, ?)
       ON CONFLICT (proposal_id) DO UPDATE SET taken_at = excluded.taken_at, basis_json = excluded.basis_json`,
  ).run(clientId, proposalId, now.toISOString(), JSON.stringify(PlanBasis.parse(basis)));
}

export function saveOfferBasis(db: Db, clientId: number, offerId: number, basis: PlanBasis, now: Date): void {
  stmt(
    db,
    `INSERT INTO plan_bases (client_id, offer_id, taken_at, basis_json) VALUES (?, ?, ?, ?)
       ON CONFLICT (offer_id) DO UPDATE SET taken_at = excluded.taken_at, basis_json = excluded.basis_json`,
  ).run(clientId, offerId, now.toISOString(), JSON.stringify(PlanBasis.parse(basis)));
}

/** The bases of a client's proposals and offers, by proposal id and by offer id. */
export function basesOfClient(db: Db, clientId: number): { proposals: Map<number, StoredBasis>; offers: Map<number, StoredBasis> } {
  const rows = stmt(db, 'SELECT * FROM plan_bases WHERE client_id = ?').all(clientId) as PlanBasisRow[];
  const proposals = new Map<number, StoredBasis>();
  const offers = new Map<number, StoredBasis>();
  for (const r of rows) {
    if (r.proposal_id !== null) proposals.set(r.proposal_id, toStored(r));
    else if (r.offer_id !== null) offers.set(r.offer_id, toStored(r));
  }
  return { proposals, offers };
}

export function proposalBasis(db: Db, proposalId: number): StoredBasis | undefined {
  const r = stmt(db, 'SELECT * FROM plan_bases WHERE proposal_id = ?').get(proposalId) as PlanBasisRow | undefined;
  return r && toStored(r);
}

/**
 * After a case is imported from another installation (cases/import.ts): the ids inside each
 * basis are the other installation's; they are mapped to this one's. A debt with no mapping
 * (deleted before the export) gets an id no debt has, so it reads as gone.
 */
export function remapClientBases(db: Db, clientId: number, maps: { debts: ReadonlyMap<number, number>; lenders: ReadonlyMap<number, number>; statements: ReadonlyMap<number, number> }): void {
  const rows = stmt(db, 'SELECT * FROM plan_bases WHERE client_id = ?').all(clientId) as PlanBasisRow[];
  let gone = 0;
  const debtId = (id: number) => maps.debts.get(id) ?? --gone;
  for (const r of rows) {
    const b = readJson(PlanBasis, r.basis_json, 'plan_bases.basis_json');
    const mapped: PlanBasis = {
      ...b,
      statementId: b.statementId === null ? null : (maps.statements.get(b.statementId) ?? null),
      debts: b.debts.map((d) => ({ debtId: debtId(d.debtId), lenderId: maps.lenders.get(d.lenderId) ?? d.lenderId, balanceFen: d.balanceFen })),
      ...(b.chosen ? { chosen: b.chosen.map(debtId) } : {}),
    };
    stmt(db, 'UPDATE plan_bases SET basis_json = ? WHERE id = ?').run(JSON.stringify(mapped), r.id);
  }
}

/** A proposal whose saved figures were put back from an earlier version: it is compared through its own rows again. */
export function forgetProposalBasis(db: Db, proposalId: number): void {
  stmt(db, 'DELETE FROM plan_bases WHERE proposal_id = ?').run(proposalId);
}
