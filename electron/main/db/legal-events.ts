import type { DecisionType, LegalEventKind } from '../../../shared/domain/legal';
import { appealDeadline, opensAppeal } from '../../../shared/domain/legal';
import type { LegalEventView } from '../../../shared/schemas/legal';
import type { Db } from './connection';
import { stmt } from './statements';

// The legal_events table: a debt's court and enforcement steps, each on its real date. The
// stage they lead to is kept on the debt (debts.ts setLegalStage), worked out from these rows.

export interface LegalEventValues {
  kind: LegalEventKind;
  eventDate: string;
  court: string | null;
  caseNumber: string | null;
  amountFen: number | null;
  serviceDate: string | null;
  decision: DecisionType | null;
  instance: 'first' | 'second' | null;
  measure: 'freezing' | 'deduction' | 'seizure' | 'other' | null;
  notes: string | null;
}

export interface LegalEventRow {
  id: number;
  client_id: number;
  debt_id: number;
  kind: LegalEventKind;
  event_date: string;
  court: string | null;
  case_number: string | null;
  amount_fen: number | null;
  service_date: string | null;
  decision: DecisionType | null;
  instance: 'first' | 'second' | null;
  measure: LegalEventValues['measure'];
  notes: string | null;
  origin: LegalEventView['origin'];
  rev: number;
  created_at: string;
  updated_at: string;
}

/** A step's values from its row (or from any row that carries its columns, as the timeline's does). */
export function toValues(r: Pick<LegalEventRow, 'kind' | 'event_date' | 'court' | 'case_number' | 'amount_fen' | 'service_date' | 'decision' | 'instance' | 'measure' | 'notes'>): LegalEventValues {
  return {
    kind: r.kind,
    eventDate: r.event_date,
    court: r.court,
    caseNumber: r.case_number,
    amountFen: r.amount_fen,
    serviceDate: r.service_date,
    decision: r.decision,
    instance: r.instance,
    measure: r.measure,
    notes: r.notes,
  };
}

export function toLegalEventView(r: LegalEventRow): LegalEventView {
  const v = toValues(r);
  return {
    id: r.id,
    debtId: r.debt_id,
    clientId: r.client_id,
    ...v,
    origin: r.origin,
    appealDeadline: opensAppeal(v) ? appealDeadline(v.serviceDate!, v.decision ?? 'judgment') : null,
    rev: r.rev,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function getLegalEventRow(db: Db, id: number): LegalEventRow | undefined {
  return stmt(db, 'SELECT * FROM legal_events WHERE id = ?').get(id) as LegalEventRow | undefined;
}

/** A debt's steps, oldest first (same-day steps in the order recorded). Uses legal_events_by_debt. */
export function legalEventsOfDebt(db: Db, debtId: number): LegalEventRow[] {
  return stmt(db, 'SELECT * FROM legal_events WHERE debt_id = ? ORDER BY event_date, id').all(debtId) as LegalEventRow[];
}

const COLUMNS = 'kind, event_date, court, case_number, amount_fen, service_date, decision, instance, measure, notes';
const values = (v: LegalEventValues) => [v.kind, v.eventDate, v.court, v.caseNumber, v.amountFen, v.serviceDate, v.decision, v.instance, v.measure, v.notes];

export function insertLegalEvent(db: Db, clientId: number, debtId: number, v: LegalEventValues, origin: LegalEventView['origin'], now: Date): number {
  const at = now.toISOString();
  return Number(
    stmt(db, `INSERT INTO legal_events (client_id, debt_id, ${COLUMNS}, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      clientId,
      debtId,
      ...values(v),
      origin,
      at,
      at,
    ).lastInsertRowid,
  );
}

/** Rewrites a step as the counsellor entered it (so it is no longer a migrated or intake estimate). */
export function updateLegalEvent(db: Db, id: number, v: LegalEventValues, now: Date): void {
  stmt(
    db,
    `UPDATE legal_events SET kind = ?, event_date = ?, court = ?, case_number = ?, amount_fen = ?, service_date = ?, decision = ?, instance = ?, measure = ?,
            notes = ?, origin = 'entered', rev = rev + 1, updated_at = ? WHERE id = ?`,
  ).run(...values(v), now.toISOString(), id);
}

export function deleteLegalEvent(db: Db, id: number): void {
  stmt(db, 'DELETE FROM legal_events WHERE id = ?').run(id);
}

export interface CourtFacts {
  debtId: number;
  /** The court and case number of the latest step that names one (a trial and its enforcement have different numbers). */
  court: string | null;
  caseNumber: string | null;
}

/** Per debt, the court and case number of its latest step that names them (letters and packets quote them). */
export function courtFactsOfDebts(db: Db, debtIds: readonly number[]): CourtFacts[] {
  return debtIds.map((debtId) => {
    const latest = (column: 'court' | 'case_number') =>
      (stmt(db, `SELECT ${column} FROM legal_events WHERE debt_id = ? AND ${column} IS NOT NULL ORDER BY event_date DESC, id DESC LIMIT 1`).pluck().get(debtId) as string | undefined) ??
      null;
    return { debtId, court: latest('court'), caseNumber: latest('case_number') };
  });
}
