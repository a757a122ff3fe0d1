// The agency summary: the outcomes dashboard's figures with cases by status and the debt under
// management (one sheet), and the agency's work month by month (another): cases opened and
// closed by outcome, agreements, debts resolved, waivers and what was owed at each month's end.
// Amounts are in the cases' currencies: each sheet has a money column per currency present
// (its header names it, its cells carry its format), and no cell adds two currencies.
import { amountIn, currenciesHomeFirst, type CurrencyTotals } from '../../../shared/domain/currency-totals';
import { addMonths } from '../../../shared/domain/dates';
import type { Currency } from '../../../shared/domain/money';
import { currencyOf, type Region } from '../../../shared/domain/region';
import { translate } from '../../../shared/i18n';
import { CLIENT_STATUSES, CLOSURE_REASONS } from '../../../shared/schemas/clients';
import type { Locale } from '../../../shared/schemas/common';
import type { Outcomes } from '../../../shared/schemas/insights';
import type { monthRows } from '../db/outcomes';
import type { SheetTable, SheetValue } from './sheet';

/** At most this many months back from today (older activity still counts in the balances). */
const MAX_MONTHS = 240;

/**
 * The currencies the sheets give a money column each: every currency any figure has, the
 * installation's first (a database of one region gets one column, even when it is empty).
 */
export function sheetCurrencies(home: Currency, figures: readonly (CurrencyTotals | readonly { region: Region }[])[]): Currency[] {
  const present = new Set<Currency>();
  for (const list of figures) for (const item of list) present.add('region' in item ? currencyOf(item.region) : item.currency);
  return currenciesHomeFirst(home).filter((c) => c === home || present.has(c));
}

/** 'Amount (Renminbi)': a money column's header names its currency. */
function moneyHeader(locale: Locale, figureKey: string, currency: Currency): string {
  return translate(locale, 'insights.agency.inCurrency', { figure: translate(locale, figureKey), currency: translate(locale, `region.currencies.${currency}`) });
}

export function agencySummaryTable(locale: Locale, o: Outcomes, underManagement: CurrencyTotals, currencies: readonly Currency[]): SheetTable {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const none = currencies.map(() => null);
  // A money figure fills one cell per currency: an amount is never added to another currency's.
  const money = (totals: CurrencyTotals) => currencies.map((c) => amountIn(totals, c));
  const rows: SheetValue[][] = [
    [t('insights.agency.rows.allCases'), o.cases, ...none, null],
    ...CLIENT_STATUSES.map((s) => [t('insights.agency.rows.status', { status: t(`clients.statuses.${s}`) }), o.byStatus[s], ...none, null]),
    ...CLOSURE_REASONS.map((r) => [t('insights.agency.rows.outcome', { reason: t(`profile.closure.${r}`) }), o.byOutcome[r], ...none, null]),
    ...(o.byOutcome.unknown > 0 ? [[t('insights.agency.rows.outcome', { reason: t('insights.outcomes.unknown') }), o.byOutcome.unknown, ...none, null]] : []),
    [t('insights.agency.rows.underManagement'), null, ...money(underManagement), null],
    [t('insights.agency.rows.agreements'), o.agreements, ...none, null],
    [t('insights.agency.rows.resolved'), o.resolved.debts, ...money(o.resolved.amounts), null],
    [t('insights.agency.rows.waived'), null, ...money(o.waived), null],
    [t('insights.agency.rows.conditional'), null, ...money(o.conditionalWaived), null],
    [t('insights.agency.rows.monthsToAgreement'), o.monthsToAgreement.n, ...none, o.monthsToAgreement.value],
  ];
  return {
    name: t('insights.agency.sheets.summary'),
    columns: [
      { header: t('insights.agency.figure'), kind: 'text', width: 44 },
      { header: t('insights.agency.cases'), kind: 'integer', width: 10 },
      ...currencies.map((currency) => ({ header: moneyHeader(locale, 'insights.agency.amount', currency), kind: 'money' as const, currency, width: 20 })),
      { header: t('insights.agency.value'), kind: 'decimal', width: 10 },
    ],
    rows,
  };
}

/** Every month from the first with any activity (at most MAX_MONTHS back) to `today`'s. */
function monthRange(first: string | undefined, current: string): string[] {
  const earliest = addMonths(`${current}-01`, -(MAX_MONTHS - 1)).slice(0, 7);
  let m = first && first > earliest ? first : first ? earliest : current;
  const out: string[] = [];
  while (m <= current) {
    out.push(m);
    m = addMonths(`${m}-01`, 1).slice(0, 7);
  }
  return out;
}

export function agencyMonthsTable(locale: Locale, rows: ReturnType<typeof monthRows>, today: string, currencies: readonly Currency[]): SheetTable {
  const t = (key: string) => translate(locale, key);
  const byMonth = <T extends { month: string }>(list: T[]) => new Map(list.map((r) => [r.month, r]));
  const opened = byMonth(rows.opened);
  const agreements = byMonth(rows.agreements);
  // Amounts per month and currency ('2025-03 CNY'); counts per month.
  const key = (month: string, c: Currency) => `${month} ${c}`;
  const perCurrency = (list: readonly { month: string; region: Region; fen: number }[]) => {
    const m = new Map<string, number>();
    for (const r of list) m.set(key(r.month, currencyOf(r.region)), (m.get(key(r.month, currencyOf(r.region))) ?? 0) + r.fen);
    return m;
  };
  const resolvedCount = new Map<string, number>();
  for (const r of rows.resolved) resolvedCount.set(r.month, (resolvedCount.get(r.month) ?? 0) + r.n);
  const resolvedFen = perCurrency(rows.resolved);
  const waivedFen = perCurrency(rows.waived);
  const closed = new Map<string, Map<string, number>>();
  for (const r of rows.closed) {
    const m = closed.get(r.month) ?? new Map<string, number>();
    m.set(r.reason ?? 'unknown', (m.get(r.reason ?? 'unknown') ?? 0) + r.n);
    closed.set(r.month, m);
  }
  const current = today.slice(0, 7);
  const all = [rows.opened, rows.closed, rows.agreements, rows.resolved, rows.waived, rows.ledger].flat().map((r) => r.month).filter((m) => m <= current);
  const months = monthRange(all.length ? all.reduce((a, b) => (a < b ? a : b)) : undefined, current);
  // What was owed at a month's end, per currency: every ledger movement up to then (those before the range too).
  const ledger = [...rows.ledger].sort((a, b) => a.month.localeCompare(b.month));
  const owed = new Map<Currency, number>(currencies.map((c) => [c, 0]));
  let next = 0;
  const table: SheetValue[][] = months.map((month) => {
    while (next < ledger.length && ledger[next]!.month <= month) {
      const r = ledger[next++]!;
      const c = currencyOf(r.region);
      owed.set(c, (owed.get(c) ?? 0) + r.fen);
    }
    const c = closed.get(month);
    const closedTotal = c ? [...c.values()].reduce((s, n) => s + n, 0) : 0;
    return [
      month,
      opened.get(month)?.n ?? 0,
      closedTotal,
      ...CLOSURE_REASONS.map((r) => c?.get(r) ?? 0),
      agreements.get(month)?.n ?? 0,
      resolvedCount.get(month) ?? 0,
      ...currencies.flatMap((cur) => [resolvedFen.get(key(month, cur)) ?? 0, waivedFen.get(key(month, cur)) ?? 0, owed.get(cur) ?? 0]),
    ];
  });
  return {
    name: t('insights.agency.sheets.months'),
    columns: [
      { header: t('insights.agency.month'), kind: 'text', width: 10 },
      { header: t('insights.agency.opened'), kind: 'integer', width: 10 },
      { header: t('insights.agency.closed'), kind: 'integer', width: 10 },
      ...CLOSURE_REASONS.map((r) => ({ header: t(`profile.closure.${r}`), kind: 'integer' as const, width: 12 })),
      { header: t('insights.agency.agreementsMonth'), kind: 'integer', width: 10 },
      { header: t('insights.agency.resolvedDebts'), kind: 'integer', width: 12 },
      // Three money columns per currency, each header naming its currency.
      ...currencies.flatMap((currency) =>
        (
          [
            ['insights.agency.resolvedFen', 20],
            ['insights.agency.waivedFen', 20],
            ['insights.agency.balanceEnd', 26],
          ] as const
        ).map(([figure, width]) => ({ header: moneyHeader(locale, figure, currency), kind: 'money' as const, currency, width })),
      ),
    ],
    rows: table,
  };
}
