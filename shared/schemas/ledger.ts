import { z } from 'zod';
import { LEDGER_KINDS } from '../domain/ledger';
import { Id, IsoDate, optionalText } from './common';
import { Fen } from './money';

// A debt's ledger as the contract carries it: the entries with the balance after each, and the
// direct actions on a debt (a payment made outside an agreement, a lender's statement, a write-off).

/** One amount of a debt: the same ceiling as the debt form's. */
const LedgerFen = Fen.max(10_000_000_000_000, 'validation.moneyTooLarge');
const Positive = LedgerFen.refine((v) => v > 0, 'ledger.errors.amountZero');
const Note = optionalText(2000);

export const StatedFigures = z
  .object({ principalFen: LedgerFen, interestFen: LedgerFen, penaltyFen: LedgerFen, lateFeesFen: LedgerFen, otherFen: LedgerFen })
  .strict();
export type StatedFigures = z.infer<typeof StatedFigures>;

const Figures = z.object({
  principalFen: z.number().int(),
  interestFen: z.number().int(),
  penaltyFen: z.number().int(),
  lateFeesFen: z.number().int(),
  otherFen: z.number().int(),
  totalFen: z.number().int(),
});

export const DEBT_STATUSES = ['open', 'settled', 'written_off'] as const;

/** What the ledger says about a debt beside its balance (also part of every DebtView). */
export const LedgerSummary = z.object({
  /** settled: nothing left, by payments, waivers or a completed agreement; written_off: the lender wrote the rest off. */
  status: z.enum(DEBT_STATUSES),
  paidFen: z.number().int(),
  /** Waived and not revoked: the client's saving. */
  savedFen: z.number().int(),
  writtenOffFen: z.number().int(),
  /** Paid or waived beyond the balance, so not applied to it (an overpayment). */
  unappliedFen: z.number().int(),
});
export type LedgerSummary = z.infer<typeof LedgerSummary>;

export const LedgerEntryView = z.object({
  id: z.number().int(),
  kind: z.enum(LEDGER_KINDS),
  entryDate: z.string(),
  amountFen: z.number().int().nullable(),
  stated: Figures.omit({ totalFen: true }).nullable(),
  conditional: z.boolean().nullable(),
  /** The waiver of what was left when an agreement was completed. */
  settles: z.boolean(),
  agreementId: z.number().int().nullable(),
  paymentId: z.number().int().nullable(),
  revokesId: z.number().int().nullable(),
  /** Whether it was entered on the debt itself (and so may be removed there). */
  direct: z.boolean(),
  effect: Figures,
  unappliedFen: z.number().int(),
  /** The balance just after this entry. */
  balance: Figures,
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type LedgerEntryView = z.infer<typeof LedgerEntryView>;

export const LedgerView = z.object({
  debtId: z.number().int(),
  clientId: z.number().int(),
  lenderName: z.string(),
  balance: Figures,
  summary: LedgerSummary,
  /** In ledger order: the opening first, then by date, then as recorded. */
  entries: z.array(LedgerEntryView),
});
export type LedgerView = z.infer<typeof LedgerView>;

export const LedgerListInput = z.object({ debtId: Id }).strict();

export const LedgerPaymentInput = z.object({ debtId: Id, entryDate: IsoDate, amountFen: Positive, note: Note.optional() }).strict();

export const LedgerStatementInput = z.object({ debtId: Id, entryDate: IsoDate, figures: StatedFigures, note: Note.optional() }).strict();

/** amountFen null: write off everything still owed on that date. */
export const LedgerWriteOffInput = z.object({ debtId: Id, entryDate: IsoDate, amountFen: Positive.nullable(), note: Note.optional() }).strict();

export const LedgerDeleteInput = z.object({ id: Id }).strict();
