// The lists a counsellor exports, as tables: built from the same views the screens show
// (the client list query, debts.list with its balances and true cost, the follow-ups, an
// agreement's ledger), so a spreadsheet never says something the app does not.
import { todayIn } from '../../../shared/domain/dates';
import type { Currency } from '../../../shared/domain/money';
import { shownText } from '../../../shared/i18n/generated-text';
import { translate } from '../../../shared/i18n';
import type { AgreementView } from '../../../shared/schemas/agreements';
import type { ClientSummary } from '../../../shared/schemas/clients';
import type { Locale } from '../../../shared/schemas/common';
import type { FollowupView } from '../../../shared/schemas/contacts';
import type { DebtView } from '../../../shared/schemas/debts';
import type { ColumnKind, SheetTable, SheetValue } from './sheet';

type Column<T> = [headerKey: string, kind: ColumnKind, width: number, value: (row: T) => SheetValue];

/** `currency`: the case's, for every money column (a list of one case is in one currency). */
function table<T>(locale: Locale, nameKey: string, columns: Column<T>[], items: readonly T[], currency?: Currency): SheetTable {
  const t = (key: string) => translate(locale, key);
  return {
    name: t(nameKey),
    columns: columns.map(([key, kind, width]) => ({ header: t(key), kind, width, ...(kind === 'money' && currency ? { currency } : {}) })),
    rows: items.map((item) => columns.map(([, , , value]) => value(item))),
  };
}

export function clientsTable(locale: Locale, timeZone: string, items: readonly ClientSummary[]): SheetTable {
  const t = (key: string) => translate(locale, key);
  const day = (iso: string) => todayIn(timeZone, new Date(iso));
  return table<ClientSummary>(
    locale,
    'exports.sheets.clients',
    [
      ['exports.clients.caseRef', 'text', 16, (c) => c.caseRef],
      ['exports.clients.name', 'text', 16, (c) => c.name],
      ['exports.clients.phone', 'text', 18, (c) => c.phone],
      ['exports.clients.idNumber', 'text', 22, (c) => c.idNumberMasked],
      ['exports.clients.status', 'text', 12, (c) => t(`clients.statuses.${c.status}`)],
      ['exports.clients.archived', 'text', 8, (c) => t(c.archived ? 'exports.yes' : 'exports.no')],
      ['exports.clients.createdAt', 'date', 12, (c) => day(c.createdAt)],
      ['exports.clients.updatedAt', 'date', 12, (c) => day(c.updatedAt)],
    ],
    items,
  );
}

export function debtsTable(locale: Locale, items: readonly DebtView[], currency: Currency): SheetTable {
  const t = (key: string) => translate(locale, key);
  return table<DebtView>(
    locale,
    'exports.sheets.debts',
    [
      ['exports.debts.lender', 'text', 20, (d) => d.lenderName],
      ['exports.debts.collector', 'text', 16, (d) => d.collectorName],
      ['exports.debts.productType', 'text', 12, (d) => t(`debts.productTypes.${d.productType}`)],
      ['exports.debts.accountRef', 'text', 20, (d) => d.accountRef],
      ['exports.debts.loanDate', 'date', 12, (d) => d.loanDate],
      ['exports.debts.borrowed', 'money', 14, (d) => d.borrowedFen],
      ['exports.debts.received', 'money', 14, (d) => d.receivedFen],
      ['exports.debts.principal', 'money', 14, (d) => d.principalFen],
      ['exports.debts.interest', 'money', 12, (d) => d.interestFen],
      ['exports.debts.penalty', 'money', 12, (d) => d.penaltyFen],
      ['exports.debts.lateFees', 'money', 12, (d) => d.lateFeesFen],
      ['exports.debts.other', 'money', 12, (d) => d.otherFen],
      ['exports.debts.outstanding', 'money', 14, (d) => d.outstandingFen],
      ['exports.debts.firstMissed', 'date', 12, (d) => d.firstMissedDate],
      ['exports.debts.daysOverdue', 'integer', 10, (d) => d.daysOverdue],
      ['exports.debts.legalStage', 'text', 14, (d) => t(`debts.legalStages.${d.legalStage}`)],
      ['exports.debts.priority', 'text', 8, (d) => t(d.priority ? 'exports.yes' : 'exports.no')],
      ['exports.debts.simple', 'percent', 12, (d) => d.cost.quotedAnnualSimple],
      ['exports.debts.compound', 'percent', 12, (d) => d.cost.quotedAnnualCompound],
      ['exports.debts.irr', 'percent', 14, (d) => d.cost.irrMethod?.annualRate ?? null],
    ],
    items,
    currency,
  );
}

export function followupsTable(locale: Locale, items: readonly FollowupView[]): SheetTable {
  const t = (key: string) => translate(locale, key);
  return table<FollowupView>(
    locale,
    'exports.sheets.followups',
    [
      ['exports.followups.dueDate', 'date', 12, (f) => f.dueDate],
      ['exports.followups.caseRef', 'text', 16, (f) => f.caseRef],
      ['exports.followups.client', 'text', 14, (f) => f.clientName],
      ['exports.followups.lender', 'text', 18, (f) => f.lenderName],
      ['exports.followups.reason', 'text', 14, (f) => t(`contacts.reasons.${f.reason}`)],
      ['exports.followups.note', 'text', 40, (f) => shownText(locale, f.note, f.generated)],
      ['exports.followups.originalDue', 'date', 12, (f) => f.originalDueDate],
      ['exports.followups.snoozed', 'integer', 8, (f) => f.snoozeCount],
    ],
    items,
  );
}

export function paymentsTable(locale: Locale, agreement: AgreementView, currency: Currency): SheetTable {
  const instalment = new Map(agreement.instalments.map((i) => [i.id, i]));
  type Payment = AgreementView['payments'][number];
  return table<Payment>(
    locale,
    'exports.sheets.payments',
    [
      ['exports.payments.paidDate', 'date', 12, (p) => p.paidDate],
      ['exports.payments.amount', 'money', 14, (p) => p.amountFen],
      ['exports.payments.seq', 'integer', 8, (p) => (p.instalmentId === null ? null : (instalment.get(p.instalmentId)?.seq ?? null))],
      ['exports.payments.dueDate', 'date', 12, (p) => (p.instalmentId === null ? null : (instalment.get(p.instalmentId)?.dueDate ?? null))],
      ['exports.payments.note', 'text', 30, (p) => p.note],
    ],
    [...agreement.payments].sort((a, b) => (a.paidDate < b.paidDate ? -1 : a.paidDate > b.paidDate ? 1 : a.id - b.id)),
    currency,
  );
}
