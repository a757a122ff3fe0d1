import { daysBetween } from '../../../shared/domain/dates';
import type { InstalmentState, Progress } from '../../../shared/schemas/agreements';

// How payments settle an agreement's instalments, and what state each instalment is in.
//
// Allocation rule: payments are applied in the order they were made (paid date, then the
// order recorded). A payment for a named instalment fills that instalment first; what is
// left over rolls on to the following instalments in schedule order, and only then back to
// earlier ones still open. A payment with no instalment named fills the earliest open one
// and rolls on the same way. So an overpayment is never lost, and paid + outstanding is
// always the agreed total (a payment beyond the outstanding total is refused on entry).

export interface LedgerInstalment {
  id: number;
  seq: number;
  dueDate: string;
  amountFen: number;
  missedAt: string | null;
}

export interface LedgerPayment {
  id: number;
  paidDate: string;
  amountFen: number;
  instalmentId: number | null;
}

export interface Allocation {
  paidFen: number[];
  paidOn: (string | null)[];
  /** Paid beyond the whole schedule (only when records were made outside the rules). */
  unallocatedFen: number;
}

/** Instalments must be in schedule order (seq). */
export function allocate(instalments: readonly LedgerInstalment[], payments: readonly LedgerPayment[]): Allocation {
  const n = instalments.length;
  const paidFen = instalments.map(() => 0);
  const paidOn: (string | null)[] = instalments.map(() => null);
  let unallocatedFen = 0;
  const ordered = [...payments].sort((a, b) => (a.paidDate < b.paidDate ? -1 : a.paidDate > b.paidDate ? 1 : a.id - b.id));
  for (const p of ordered) {
    let left = p.amountFen;
    const named = p.instalmentId === null ? -1 : instalments.findIndex((i) => i.id === p.instalmentId);
    const start = named >= 0 ? named : 0;
    for (let k = 0; k < n && left > 0; k++) {
      const idx = (start + k) % n;
      const open = instalments[idx]!.amountFen - paidFen[idx]!;
      if (open <= 0) continue;
      const take = Math.min(open, left);
      paidFen[idx]! += take;
      left -= take;
      if (paidFen[idx] === instalments[idx]!.amountFen) paidOn[idx] = p.paidDate;
    }
    unallocatedFen += left;
  }
  return { paidFen, paidOn, unallocatedFen };
}

/**
 * paid: fully covered. missed: marked missed by the counsellor, or unpaid more than
 * `graceDays` calendar days after the due date. late: past due, grace not over. partial:
 * not yet due (or due today) and part paid. due: not yet due, nothing paid.
 */
export function instalmentState(inst: LedgerInstalment, paidFen: number, today: string, graceDays: number): InstalmentState {
  if (paidFen >= inst.amountFen) return 'paid';
  if (inst.missedAt !== null) return 'missed';
  const late = daysBetween(inst.dueDate, today);
  if (late > graceDays) return 'missed';
  if (late > 0) return 'late';
  return paidFen > 0 ? 'partial' : 'due';
}

export interface LedgerLine extends LedgerInstalment {
  paidFen: number;
  paidOn: string | null;
  state: InstalmentState;
  daysLate: number;
}

export function ledger(instalments: readonly LedgerInstalment[], payments: readonly LedgerPayment[], today: string, graceDays: number): LedgerLine[] {
  const a = allocate(instalments, payments);
  return instalments.map((inst, i) => {
    const paid = a.paidFen[i]!;
    const state = instalmentState(inst, paid, today, graceDays);
    return { ...inst, paidFen: paid, paidOn: a.paidOn[i]!, state, daysLate: state === 'paid' ? 0 : Math.max(0, daysBetween(inst.dueDate, today)) };
  });
}

export function emptyProgress(): Progress {
  return { totalFen: 0, paidFen: 0, outstandingFen: 0, instalments: 0, paidInstalments: 0, nextDue: null, lateCount: 0, missedCount: 0 };
}

/** Progress of one agreement; totalFen is the agreed total (for a plan without instalments, nothing is scheduled). */
export function progressOf(lines: readonly LedgerLine[], totalFen: number): Progress {
  const p = emptyProgress();
  p.totalFen = totalFen;
  for (const l of lines) {
    p.paidFen += l.paidFen;
    p.instalments++;
    if (l.state === 'paid') p.paidInstalments++;
    else if (p.nextDue === null) p.nextDue = { dueDate: l.dueDate, amountFen: l.amountFen - l.paidFen, instalmentId: l.id };
    if (l.state === 'late') p.lateCount++;
    if (l.state === 'missed') p.missedCount++;
  }
  p.outstandingFen = totalFen - p.paidFen;
  return p;
}

/** Several agreements' progress together: sums, the earliest next due, counts. */
export function combine(parts: readonly Progress[]): Progress {
  const p = emptyProgress();
  for (const q of parts) {
    p.totalFen += q.totalFen;
    p.paidFen += q.paidFen;
    p.outstandingFen += q.outstandingFen;
    p.instalments += q.instalments;
    p.paidInstalments += q.paidInstalments;
    p.lateCount += q.lateCount;
    p.missedCount += q.missedCount;
    if (q.nextDue && (p.nextDue === null || q.nextDue.dueDate < p.nextDue.dueDate)) p.nextDue = q.nextDue;
  }
  return p;
}
