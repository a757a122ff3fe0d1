import type { DebtFigures } from '../../../shared/domain/remedies';
import { checkRemedy, termsFor } from '../../../shared/domain/remedies';
import { Terms, type RemedyParams } from '../../../shared/schemas/remedies';
import type { Db } from '../db/connection';
import { figuresOf, getDebtRow } from '../db/debts';
import { lineParams, lineSchedule, type ProposalLineRow } from '../db/proposals';
import { invalidFields, notFound } from '../errors';

// The terms of an offer: from a saved proposal line, or computed for a debt from
// parameters typed by hand (ours or the lender's counter).

function prefixed(prefix: string, fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [`${prefix}.${k}`, v]));
}

/** Remedies whose dates come from their own params (pay by, extend to, hold until): they start on `today`. */
export function startFor(params: RemedyParams, today: string, scheduled: string): string {
  const dated = params.remedy === 'settlement' || params.remedy === 'extension' || params.remedy === 'hardship' || (params.remedy === 'waiver' && !params.months);
  return dated ? today : scheduled;
}

/** The figures remedies are computed from, and whose debt it is. */
export function debtFigures(db: Db, debtId: number): (DebtFigures & { clientId: number; lenderId: number; lenderName: string; productType: string }) | undefined {
  const r = getDebtRow(db, debtId);
  if (!r) return undefined;
  return { clientId: r.client_id, lenderId: r.lender_id, lenderName: r.lender_name, productType: r.product_type, ...figuresOf(r) };
}

/** Terms for a debt from params typed by hand; field errors under `prefix`. */
export function computeTerms(db: Db, debtId: number, params: RemedyParams, startDate: string, prefix: string): Terms {
  const debt = debtFigures(db, debtId);
  if (!debt) throw notFound();
  const problems = checkRemedy(debt, params, startDate);
  if (Object.keys(problems).length) throw invalidFields(prefixed(prefix, problems));
  return termsFor(debt, params, startDate);
}

/** The terms a saved proposal line carries: its params, schedule and totals. */
export function lineTerms(r: Pick<ProposalLineRow, 'remedy' | 'params_json' | 'schedule_json' | 'monthly_fen' | 'total_fen' | 'saving_fen'>): Terms {
  try {
    const params = lineParams(r);
    const schedule = lineSchedule(r);
    const months = 'months' in params && typeof params.months === 'number' ? params.months : null;
    return Terms.parse({ params, schedule, totalFen: r.total_fen, monthlyFen: r.monthly_fen, months, savingFen: r.saving_fen });
  } catch {
    throw invalidFields({ lineIds: 'agreements.errors.lineUnreadable' });
  }
}
