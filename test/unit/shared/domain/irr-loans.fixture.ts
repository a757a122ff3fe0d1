// Forty loans for the IRR-method rate, each described the way a contract states it: the
// loan date, what was borrowed and what reached the client, the fee paid at signing (if
// any), and the schedule as a rule (every month on a day, every n days, one payment). The
// test spells each schedule out into dates with its own calendar code and works out the
// expected rates by bisection on the NPV, so nothing here depends on the code under test.
//
// `perYear` is the periods-per-year the IRR method uses for that schedule, written by hand.
// Entries with `documented` carry a figure printed in spreadsheet documentation (Microsoft
// Excel's RATE, IRR and XIRR help pages), at the precision printed there.

export type FixtureSchedule =
  /** `count` payments on day `day` (clamped to shorter months) every `every` months, the first in `firstMonth` (YYYY-MM). */
  | { kind: 'months'; firstMonth: string; day: number; every: number; count: number; amountFen: number; lastFen?: number }
  /** `count` payments every `every` days, the first `firstAfter` days after the loan date. */
  | { kind: 'days'; firstAfter: number; every: number; count: number; amountFen: number; lastFen?: number }
  /** Payments on the dates given (an irregular schedule). */
  | { kind: 'dates'; payments: { date: string; amountFen: number }[] };

export interface FixtureLoan {
  id: string;
  loanDate: string;
  borrowedFen: number;
  receivedFen: number;
  /** A fee paid on the loan date itself (it lessens what the client has in hand). */
  feeAtSigningFen?: number;
  schedule: FixtureSchedule;
  perYear: number;
  documented?: { what: 'apr' | 'periodic' | 'xirr'; percent: number; decimals: number };
}

const m = (firstMonth: string, day: number, count: number, amountFen: number, extra: Partial<{ every: number; lastFen: number }> = {}): FixtureSchedule => ({
  kind: 'months',
  firstMonth,
  day,
  every: extra.every ?? 1,
  count,
  amountFen,
  ...(extra.lastFen !== undefined ? { lastFen: extra.lastFen } : {}),
});
const d = (firstAfter: number, every: number, count: number, amountFen: number, lastFen?: number): FixtureSchedule => ({
  kind: 'days',
  firstAfter,
  every,
  count,
  amountFen,
  ...(lastFen !== undefined ? { lastFen } : {}),
});

export const IRR_LOANS: FixtureLoan[] = [
  // Monthly instalments, loan and payments on the same day of the month.
  { id: 'm01-mid-month-fee-deducted', loanDate: '2026-01-15', borrowedFen: 1_000_000, receivedFen: 900_000, schedule: m('2026-02', 15, 12, 91_667), perYear: 12 },
  { id: 'm02-mid-month-no-fee', loanDate: '2025-06-15', borrowedFen: 1_000_000, receivedFen: 1_000_000, schedule: m('2025-07', 15, 12, 94_560), perYear: 12 },
  { id: 'm03-31-january', loanDate: '2025-01-31', borrowedFen: 600_000, receivedFen: 600_000, schedule: m('2025-02', 31, 6, 108_000), perYear: 12 },
  { id: 'm04-31-january-leap', loanDate: '2024-01-31', borrowedFen: 1_200_000, receivedFen: 1_140_000, schedule: m('2024-02', 31, 12, 112_000), perYear: 12 },
  { id: 'm05-30-january', loanDate: '2026-01-30', borrowedFen: 300_000, receivedFen: 300_000, schedule: m('2026-02', 30, 3, 105_000), perYear: 12 },
  { id: 'm06-29-february-leap', loanDate: '2024-02-29', borrowedFen: 2_400_000, receivedFen: 2_400_000, schedule: m('2024-03', 29, 24, 123_000), perYear: 12 },
  { id: 'm07-first-of-month-36', loanDate: '2023-03-01', borrowedFen: 5_000_000, receivedFen: 4_850_000, schedule: m('2023-04', 1, 36, 171_500), perYear: 12 },
  { id: 'm08-last-instalment-smaller', loanDate: '2025-09-10', borrowedFen: 800_000, receivedFen: 800_000, schedule: m('2025-10', 10, 12, 74_200, { lastFen: 73_931 }), perYear: 12 },
  { id: 'm09-fixed-day-short-first', loanDate: '2025-03-20', borrowedFen: 500_000, receivedFen: 500_000, schedule: m('2025-04', 5, 12, 45_800), perYear: 12 },
  { id: 'm10-fixed-day-long-first', loanDate: '2025-03-08', borrowedFen: 500_000, receivedFen: 480_000, schedule: m('2025-04', 28, 12, 45_800), perYear: 12 },
  { id: 'm11-around-31-point-9', loanDate: '2025-05-16', borrowedFen: 1_000_000, receivedFen: 1_000_000, schedule: m('2025-06', 16, 12, 98_720), perYear: 12 },
  { id: 'm12-around-33', loanDate: '2025-01-31', borrowedFen: 1_000_000, receivedFen: 1_000_000, schedule: m('2025-02', 31, 12, 99_300), perYear: 12 },
  { id: 'm13-around-35-9', loanDate: '2025-08-31', borrowedFen: 2_000_000, receivedFen: 2_000_000, schedule: m('2025-09', 31, 24, 118_000), perYear: 12 },
  { id: 'm14-online-loan-high', loanDate: '2024-11-11', borrowedFen: 300_000, receivedFen: 255_000, schedule: m('2024-12', 11, 6, 56_000), perYear: 12 },
  { id: 'm15-credit-card-instalment', loanDate: '2025-04-18', borrowedFen: 3_600_000, receivedFen: 3_600_000, schedule: m('2025-05', 18, 24, 168_480), perYear: 12 },
  { id: 'm16-end-of-month-60', loanDate: '2022-04-30', borrowedFen: 10_000_000, receivedFen: 9_700_000, schedule: m('2022-05', 31, 60, 215_000), perYear: 12 },
  // Every two, three, six or twelve months.
  { id: 'q01-quarterly', loanDate: '2025-01-15', borrowedFen: 2_000_000, receivedFen: 2_000_000, schedule: m('2025-04', 15, 8, 280_000, { every: 3 }), perYear: 4 },
  { id: 'q02-quarterly-31', loanDate: '2024-08-31', borrowedFen: 1_000_000, receivedFen: 970_000, schedule: m('2024-11', 30, 4, 265_000, { every: 3 }), perYear: 4 },
  { id: 'b01-bimonthly', loanDate: '2025-02-10', borrowedFen: 600_000, receivedFen: 600_000, schedule: m('2025-04', 10, 6, 108_000, { every: 2 }), perYear: 6 },
  { id: 'h01-half-yearly', loanDate: '2024-05-20', borrowedFen: 3_000_000, receivedFen: 3_000_000, schedule: m('2024-11', 20, 4, 820_000, { every: 6 }), perYear: 2 },
  // Weekly, fortnightly, four-weekly and daily.
  { id: 'w01-weekly', loanDate: '2025-10-06', borrowedFen: 200_000, receivedFen: 200_000, schedule: d(7, 7, 12, 17_900), perYear: 52 },
  { id: 'w02-weekly-fee', loanDate: '2026-01-05', borrowedFen: 500_000, receivedFen: 450_000, schedule: d(7, 7, 26, 20_500), perYear: 52 },
  { id: 'w03-weekly-short-first', loanDate: '2025-12-03', borrowedFen: 100_000, receivedFen: 100_000, schedule: d(5, 7, 10, 10_800), perYear: 52 },
  { id: 'f01-fortnightly', loanDate: '2025-07-01', borrowedFen: 1_000_000, receivedFen: 1_000_000, schedule: d(14, 14, 6, 180_000), perYear: 26 },
  { id: 'f02-fortnightly-long', loanDate: '2025-03-14', borrowedFen: 2_600_000, receivedFen: 2_500_000, schedule: d(14, 14, 26, 110_000, 109_500), perYear: 26 },
  { id: 'fw01-four-weekly', loanDate: '2025-02-02', borrowedFen: 1_300_000, receivedFen: 1_300_000, schedule: d(28, 28, 13, 112_000), perYear: 13 },
  { id: 'd01-daily-30', loanDate: '2026-02-01', borrowedFen: 300_000, receivedFen: 300_000, schedule: d(1, 1, 30, 10_500), perYear: 365 },
  { id: 'd02-daily-90-fee', loanDate: '2025-12-20', borrowedFen: 900_000, receivedFen: 855_000, schedule: d(1, 1, 90, 10_600), perYear: 365 },
  // One payment: a term of days, or whole months.
  { id: 's01-7-days', loanDate: '2026-03-02', borrowedFen: 100_000, receivedFen: 100_000, schedule: d(7, 7, 1, 101_000), perYear: 365 / 7 },
  { id: 's02-14-days-fee', loanDate: '2026-03-02', borrowedFen: 150_000, receivedFen: 135_000, schedule: d(14, 14, 1, 150_000), perYear: 365 / 14 },
  { id: 's03-30-days', loanDate: '2026-01-10', borrowedFen: 200_000, receivedFen: 200_000, schedule: d(30, 30, 1, 203_000), perYear: 365 / 30 },
  { id: 's04-one-month-31-jan', loanDate: '2025-01-31', borrowedFen: 500_000, receivedFen: 500_000, schedule: m('2025-02', 31, 1, 510_000), perYear: 12 },
  { id: 's05-three-months', loanDate: '2025-04-15', borrowedFen: 1_000_000, receivedFen: 1_000_000, schedule: m('2025-07', 15, 1, 1_060_000), perYear: 4 },
  { id: 's06-one-year', loanDate: '2024-06-01', borrowedFen: 2_000_000, receivedFen: 1_900_000, schedule: m('2025-06', 1, 1, 2_150_000), perYear: 1 },
  { id: 's07-45-days', loanDate: '2025-09-01', borrowedFen: 300_000, receivedFen: 300_000, schedule: d(45, 45, 1, 312_000), perYear: 365 / 45 },
  // A fee paid at signing, on top of instalments.
  { id: 'fee01-signing-fee-monthly', loanDate: '2025-10-20', borrowedFen: 1_000_000, receivedFen: 1_000_000, feeAtSigningFen: 30_000, schedule: m('2025-11', 20, 12, 91_000), perYear: 12 },
  // Spreadsheet documentation examples.
  // Excel RATE: 4 years of monthly payments of 200 on a loan of 8,000 is 0.77% a month, 9.24% a year.
  { id: 'doc01-excel-rate', loanDate: '2020-01-15', borrowedFen: 800_000, receivedFen: 800_000, schedule: m('2020-02', 15, 48, 20_000), perYear: 12, documented: { what: 'apr', percent: 9.24, decimals: 2 } },
  // Excel IRR: −70,000 then 12,000, 15,000, 18,000, 21,000 and 26,000 a year is 8.7% (to one decimal).
  {
    id: 'doc02-excel-irr-5y',
    loanDate: '2019-03-01',
    borrowedFen: 7_000_000,
    receivedFen: 7_000_000,
    schedule: {
      kind: 'dates',
      payments: [
        { date: '2020-03-01', amountFen: 1_200_000 },
        { date: '2021-03-01', amountFen: 1_500_000 },
        { date: '2022-03-01', amountFen: 1_800_000 },
        { date: '2023-03-01', amountFen: 2_100_000 },
        { date: '2024-03-01', amountFen: 2_600_000 },
      ],
    },
    perYear: 1,
    documented: { what: 'periodic', percent: 8.7, decimals: 1 },
  },
  // The same without the last year: −2.1%, a loan that is not repaid in full.
  {
    id: 'doc03-excel-irr-4y',
    loanDate: '2019-03-01',
    borrowedFen: 7_000_000,
    receivedFen: 7_000_000,
    schedule: {
      kind: 'dates',
      payments: [
        { date: '2020-03-01', amountFen: 1_200_000 },
        { date: '2021-03-01', amountFen: 1_500_000 },
        { date: '2022-03-01', amountFen: 1_800_000 },
        { date: '2023-03-01', amountFen: 2_100_000 },
      ],
    },
    perYear: 1,
    documented: { what: 'periodic', percent: -2.1, decimals: 1 },
  },
  // Excel XIRR: −10,000 on 1 Jan 2008, then 2,750, 4,250, 3,250, 2,750 is 0.373362535 (37.34%);
  // Excel stops within its own tolerance, so it agrees to the sixth decimal of a percent.
  {
    id: 'doc04-excel-xirr',
    loanDate: '2008-01-01',
    borrowedFen: 1_000_000,
    receivedFen: 1_000_000,
    schedule: {
      kind: 'dates',
      payments: [
        { date: '2008-03-01', amountFen: 275_000 },
        { date: '2008-10-30', amountFen: 425_000 },
        { date: '2009-02-15', amountFen: 325_000 },
        { date: '2009-04-01', amountFen: 275_000 },
      ],
    },
    perYear: 365,
    documented: { what: 'xirr', percent: 37.3362535, decimals: 6 },
  },
];
