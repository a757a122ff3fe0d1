// Whose a row is: the case (client id, name, case number) and the debt and lender it concerns.
// Agreements, follow-ups, letters, offers, contacts, reviews and the calendar all show their
// rows with these beside them; the queries join them under the same column names
// (client_name, case_ref, lender_name) and map them here, once.

/** The case columns a query joins from clients: `c.name AS client_name, c.case_ref`. */
export interface CaseColumns {
  client_id: number;
  client_name: string;
  case_ref: string;
}

/** The debt and lender columns: the row's own ids and `l.name AS lender_name` (nullable where the join is LEFT). */
export interface DebtLenderColumns {
  debt_id: number | null;
  lender_id: number | null;
  lender_name: string | null;
}

/** The case a row belongs to, as views carry it. */
export function caseOf<R extends CaseColumns>(r: R): { clientId: number; clientName: string; caseRef: string } {
  return { clientId: r.client_id, clientName: r.client_name, caseRef: r.case_ref };
}

/** The debt and lender a row concerns, as views carry them (nullability kept from the row type). */
export function debtLenderOf<R extends DebtLenderColumns>(r: R): { debtId: R['debt_id']; lenderId: R['lender_id']; lenderName: R['lender_name'] } {
  return { debtId: r.debt_id, lenderId: r.lender_id, lenderName: r.lender_name };
}

/** Both: the (client, case number, debt, lender) every case-and-lender list shows. */
export function partiesOf<R extends CaseColumns & DebtLenderColumns>(r: R) {
  return { ...caseOf(r), ...debtLenderOf(r) };
}
