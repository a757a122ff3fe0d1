// From a case to a letter's merge values: what a letter for a client / lender / debt can say
// (names, amounts, dates, the APR, the court, the proposal terms), read from the case file.
// The text side (letter-text.ts) prints them in the letter's language.
import { daysOverdue, todayIn } from '../../../../shared/domain/dates';
import type { Currency } from '../../../../shared/domain/money';
import type { IdType } from '../../../../shared/domain/personal-id';
import { maskPersonalId } from '../../../../shared/domain/personal-id';
import { lenderFigures, type LenderFigures } from '../../../../shared/domain/plan-figures';
import { currencyOf, type Region } from '../../../../shared/domain/region';
import type { MergeFieldPath } from '../../../../shared/schemas/letters';
import type { HandlerContext } from '../../context';
import { getClientRow } from '../../db/clients';
import { debtsOfClientWithLender, getDebt, type DebtRecord } from '../../db/debts';
import { courtFactsOfDebts } from '../../db/legal-events';
import { lenderName as nameOfLender } from '../../db/lenders';
import { latestLiveOffer, parseTerms } from '../../db/offers';
import { latestLineFor, lineParams, lineSchedule } from '../../db/proposals';
import { irrMethodOf } from '../../debts/cost';
import { notFound } from '../../errors';
import { formatRate } from '../../../../shared/format/numbers';

export interface LetterTarget {
  clientId: number;
  debtId?: number | null;
  lenderId?: number | null;
}

/** The raw values of every merge field for one target (null = no value for this case). */
export interface MergeSource {
  clientName: string;
  /** The case's region: which letter types fit it, and the wording of the region.* fields. */
  region: Region;
  /** The case's currency: amounts print in it, and a template's 人民币…元 / CNY around an amount is dropped for any other. */
  currency: Currency;
  caseRef: string;
  lenderId: number | null;
  lenderName: string | null;
  debtId: number | null;
  raw: Partial<Record<MergeFieldPath, string | number | null>>;
  /** The debt's (or the lender's debts' summed) breakdown, for the amounts table. */
  amounts: { principalFen: number; interestFen: number; penaltyFen: number; feesFen: number; outstandingFen: number } | null;
  /** The client's recorded hardship, for the {{client.hardship}} sentence (worded in the letter's language). */
  hardship: { reason: string | null; since: string | null; details: string | null };
  signature: { name: string; idMasked?: string; contact?: string };
}

interface ClientRow {
  id: number;
  name: string;
  case_ref: string;
  phone: string | null;
  id_number: string | null;
  id_type: IdType;
  region: Region;
  address: string | null;
  hardship_reason: string | null;
  hardship_since: string | null;
  hardship_details: string | null;
}

/** The proposal.* fields of a letter, from a lender's figures (the same object the proposals tab and packets show). */
export function proposalValues(figures: LenderFigures): Partial<Record<MergeFieldPath, number | string | null>> {
  return {
    'proposal.monthly': figures.monthlyFen,
    'proposal.months': figures.monthlyFen === null ? null : figures.instalments,
    'proposal.total': figures.totalFen,
    'proposal.saving': figures.waiverFen,
    'proposal.settlementAmount': figures.remedy === 'settlement' ? figures.totalFen : null,
    'proposal.startDate': figures.firstDueDate,
  };
}

/** Reads everything a letter for this target can say, from the case file. Throws NOT_FOUND. */
export function mergeSource(ctx: HandlerContext, target: LetterTarget, todayIso?: string): MergeSource {
  const { db } = ctx;
  const client = getClientRow(db, target.clientId) as ClientRow | undefined;
  if (!client) throw notFound();
  let debts: DebtRecord[];
  let lenderId: number | null = target.lenderId ?? null;
  let lenderName: string | null = null;
  if (target.debtId != null) {
    const d = getDebt(db, target.debtId);
    if (!d || d.clientId !== client.id) throw notFound();
    debts = [d];
    lenderId = d.lenderId;
  } else if (lenderId !== null) {
    debts = debtsOfClientWithLender(db, client.id, lenderId);
  } else {
    debts = [];
  }
  if (lenderId !== null) {
    lenderName = nameOfLender(db, lenderId) ?? null;
    if (lenderName === null) throw notFound();
  }

  // todayIn builds an Intl formatter: batches pass the day in once.
  const today = todayIso ?? todayIn(ctx.timeZone(), ctx.now());
  const raw: MergeSource['raw'] = {
    'client.name': client.name,
    'client.idMasked': client.id_number ? maskPersonalId(client.id_type, client.id_number) : null,
    'client.phone': client.phone,
    'client.address': client.address,
    'client.caseRef': client.case_ref,
    // Worded per language in formatField (the recorded hardship, or a general sentence when none is recorded yet).
    'client.hardship': client.hardship_reason || client.hardship_details?.trim() ? 'recorded' : 'general',
    'lender.name': lenderName,
    'counsellor.name': ctx.settings().counsellorName,
    // The case's region; worded per language in formatField.
    'region.route': client.region,
    'region.regulator': client.region,
    'region.creditBureau': client.region,
    today,
  };
  let amounts: MergeSource['amounts'] = null;
  if (debts.length > 0) {
    const sum = (f: (d: DebtRecord) => number) => debts.reduce((a, d) => a + f(d), 0);
    amounts = {
      principalFen: sum((d) => d.principalFen),
      interestFen: sum((d) => d.interestFen),
      penaltyFen: sum((d) => d.penaltyFen),
      feesFen: sum((d) => d.lateFeesFen + d.otherFen),
      outstandingFen: sum((d) => d.outstandingFen),
    };
    const refs = debts.map((d) => d.accountRef).filter((r): r is string => !!r);
    const missed = debts.map((d) => d.firstMissedDate).filter((r): r is string => !!r).sort();
    raw['debt.accountRef'] = refs.length === debts.length ? refs.join(', ') : null;
    raw['debt.principal'] = amounts.principalFen;
    raw['debt.interest'] = amounts.interestFen;
    raw['debt.penalty'] = amounts.penaltyFen;
    raw['debt.fees'] = amounts.feesFen;
    raw['debt.outstanding'] = amounts.outstandingFen;
    raw['debt.firstMissedDate'] = missed[0] ?? null;
    raw['debt.daysOverdue'] = missed[0] ? daysOverdue(missed[0], today) : null;
    // The APR by the IRR method of each debt, only when every one of them has it (worded in formatField).
    const rates = debts.map((d) => irrMethodOf(d)?.annualRate ?? null);
    raw['debt.annualRate'] = rates.every((r): r is number => r !== null) ? rates.map(formatRate).join(', ') : null;
    // The court and case number of each debt's latest court step that names them.
    const facts = courtFactsOfDebts(db, debts.map((d) => d.id));
    const distinct = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))].join(', ') || null;
    raw['debt.court'] = distinct(facts.map((f) => f.court));
    raw['debt.caseNumber'] = distinct(facts.map((f) => f.caseNumber));
  }

  // Proposal terms: the latest live offer for the debt (or lender), else the latest proposal line.
  if (lenderId !== null) {
    const byDebt = target.debtId != null;
    const by = byDebt ? { debtId: target.debtId! } : { lenderId };
    const offer = latestLiveOffer(db, client.id, by);
    const line = offer ? undefined : latestLineFor(db, client.id, by);
    // The same figures the packet and the proposals tab show (lenderFigures): the number of
    // payments in the schedule, and the waiver as the part of the balance given up.
    let figures: LenderFigures | null = null;
    if (offer) {
      const t = parseTerms(offer.terms_json);
      const debt = debts.find((d) => d.id === offer.debt_id);
      const balance = debt ? debt.outstandingFen : (amounts?.outstandingFen ?? offer.total_fen);
      figures = lenderFigures({ outstandingFen: balance, terms: { ...t, totalFen: offer.total_fen, monthlyFen: offer.monthly_fen } }, { startDate: t.schedule[0]?.dueDate ?? today, months: offer.months ?? t.schedule.length });
    } else if (line) {
      figures = lenderFigures(
        { outstandingFen: line.outstanding_fen, terms: { params: lineParams(line), schedule: lineSchedule(line), totalFen: line.total_fen, monthlyFen: line.monthly_fen } },
        { startDate: line.start_date, months: line.months },
      );
    }
    if (figures) Object.assign(raw, proposalValues(figures));
  }

  const signature: MergeSource['signature'] = { name: client.name };
  if (raw['client.idMasked']) signature.idMasked = String(raw['client.idMasked']);
  if (client.phone) signature.contact = client.phone;
  const hardship = { reason: client.hardship_reason, since: client.hardship_since, details: client.hardship_details?.trim() || null };
  return { clientName: client.name, region: client.region, currency: currencyOf(client.region), caseRef: client.case_ref, hardship, lenderId, lenderName, debtId: debts.length === 1 ? debts[0]!.id : (target.debtId ?? null), raw, amounts, signature };
}
