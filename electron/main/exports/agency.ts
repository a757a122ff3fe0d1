// The agency summary: the outcomes dashboard's figures with cases by status and the debt under
// management (one sheet), and the agency's work month by month (another): cases opened and
// closed by outcome, agreements, debts resolved, waivers and what was owed at each month's end.
import { addMonths } from '../../../shared/domain/dates';
import { translate } from '../../../shared/i18n';
import { CLIENT_STATUSES, CLOSURE_REASONS } from '../../../shared/schemas/clients';
import type { Locale } from '../../../shared/schemas/common';
import type { Outcomes } from '../../../shared/schemas/insights';
import type { monthRows } from '../db/outcomes';
import type { SheetTable, SheetValue } from './sheet';

/** At most this many months back from today (older activity still counts in the balances). */
const MAX_MONTHS = 240;

export function agencySummaryTable(locale: Locale, o: Outcomes, underManagementFen: number): SheetTable {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const rows: SheetValue[][] = [
    [t('insights.agency.rows.allCases'), o.cases, null, null],
    ...CLIENT_STATUSES.map((s) => [t('insights.agency.rows.status', { status: t(`clients.statuses.${s}`) }), o.byStatus[s], null, null]),
    ...CLOSURE_REASONS.map((r) => [t('insights.agency.rows.outcome', { reason: t(`profile.closure.${r}`) }), o.byOutcome[r], null, null]),
    ...(o.byOutcome.unknown > 0 ? [[t('insights.agency.rows.outcome', { reason: t('insights.outcomes.unknown') }), o.byOutcome.unknown, null, null]] : []),
    [t('insights.agency.rows.underManagement'), null, underManagementFen, null],
    [t('insights.agency.rows.agreements'), o.agreements, null, null],
    [t('insights.agency.rows.resolved'), o.resolved.debts, o.resolved.fen, null],
    [t('insights.agency.rows.waived'), null, o.waivedFen, null],
    [t('insights.agency.rows.conditional'), null, o.conditionalWaivedFen, null],
    [t('insights.agency.rows.monthsToAgreement'), o.monthsToAgreement.n, null, o.monthsToAgreement.value],
  ];
  return {
    name: t('insights.agency.sheets.summary'),
    columns: [
      { header: t('insights.agency.figure'), kind: 'text', width: 44 },
      { header: t('insights.agency.cases'), kind: 'integer', width: 10 },
      { header: t('insights.agency.amount'), kind: 'money', width: 18 },
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

export function agencyMonthsTable(locale: Locale, rows: ReturnType<typeof monthRows>, today: string): SheetTable {
  const t = (key: string) => translate(locale, key);
  const byMonth = <T extends { month: string }>(list: T[]) => new Map(list.map((r) => [r.month, r]));
  const opened = byMonth(rows.opened);
  const agreements = byMonth(rows.agreements);
  const resolved = byMonth(rows.resolved);
  const waived = byMonth(rows.waived);
  const closed = new Map<string, Map<string, number>>();
  for (const r of rows.closed) {
    const m = closed.get(r.month) ?? new Map<string, number>();
    m.set(r.reason ?? 'unknown', (m.get(r.reason ?? 'unknown') ?? 0) + r.n);
    closed.set(r.month, m);
  }
  const current = today.slice(0, 7);
  const all = [rows.opened, rows.closed, rows.agreements, rows.resolved, rows.waived, rows.ledger].flat().map((r) => r.month).filter((m) => m <= current);
  const months = monthRange(all.length ? all.reduce((a, b) => (a < b ? a : b)) : undefined, current);
  // What was owed at a month's end: every ledger movement up to then (those before the range too).
  const ledger = [...rows.ledger].sort((a, b) => a.month.localeCompare(b.month));
  let owed = 0;
  let next = 0;
  const table: SheetValue[][] = months.map((month) => {
    while (next < ledger.length && ledger[next]!.month <= month) owed += ledger[next++]!.fen;
    const c = closed.get(month);
    const closedTotal = c ? [...c.values()].reduce((s, n) => s + n, 0) : 0;
    return [
      month,
      opened.get(month)?.n ?? 0,
      closedTotal,
      ...CLOSURE_REASONS.map((r) => c?.get(r) ?? 0),
      agreements.get(month)?.n ?? 0,
      resolved.get(month)?.n ?? 0,
      resolved.get(month)?.fen ?? 0,
      waived.get(month)?.fen ?? 0,
      owed,
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
      { header: t('insights.agency.resolvedFen'), kind: 'money', width: 16 },
      { header: t('insights.agency.waivedFen'), kind: 'money', width: 16 },
      { header: t('insights.agency.balanceEnd'), kind: 'money', width: 20 },
    ],
    rows: table,
  };
}
