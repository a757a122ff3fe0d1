// Calendar dates (due dates, follow-ups, first missed payment) are 'YYYY-MM-DD' strings,
// not timestamps. All arithmetic runs on UTC day numbers, where every day is exactly
// 86,400,000 ms long, so no local time zone or daylight-saving change can shift a day.
// Functions that take a date throw RangeError for a string that is not a real date.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Milliseconds at UTC midnight; setUTCFullYear, unlike Date.UTC, keeps years 0-99 as written. */
function utcMs(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

/** Year, month and day of a real 'YYYY-MM-DD' date; throws RangeError for anything else. */
export function isoDateParts(date: string): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const back = new Date(utcMs(y, mo - 1, d));
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return [y, mo, d];
  }
  throw new RangeError(`not a real YYYY-MM-DD date: ${date}`);
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (y < 0 || y > 9999) throw new RangeError('date outside years 0000-9999');
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

function requireInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a whole number: ${n}`);
}

/** True for a real calendar date written 'YYYY-MM-DD' ('2024-02-29' yes, '2026-02-29' no). */
export function isValidIsoDate(date: string): boolean {
  try {
    isoDateParts(date);
    return true;
  } catch {
    return false;
  }
}

/** True for a month written 'YYYY-MM' ('2025-03'), as a date known only to the month is kept. */
export function isIsoMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** True for 'YYYY-MM-DD' or 'YYYY-MM': when something began, known to the day or only to the month. */
export function isMonthOrDate(value: string): boolean {
  return isIsoMonth(value) || isValidIsoDate(value);
}

// One formatter per time zone: building an Intl.DateTimeFormat costs far more than using it,
// and exports call todayIn for every row.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', calendar: 'gregory', numberingSystem: 'latn' });
    dayFormatters.set(timeZone, f);
  }
  return f;
}

/**
 * The calendar date in `timeZone` (the counsellor's; default Asia/Shanghai) at the
 * instant `now`: 2026-03-01T17:30Z is already 2 March in Shanghai. Throws RangeError for
 * an unknown time zone.
 */
export function todayIn(timeZone = 'Asia/Shanghai', now: Date = new Date()): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('invalid instant');
  const fields = dayFormatter(timeZone).formatToParts(now);
  const get = (type: 'year' | 'month' | 'day') => Number(fields.find((f) => f.type === type)?.value);
  return fromUtcMs(utcMs(get('year'), get('month') - 1, get('day')));
}

/** Whole calendar days from `a` to `b`: positive when b is later, negative when earlier. */
export function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = isoDateParts(a);
  const [by, bm, bd] = isoDateParts(b);
  return (utcMs(by, bm - 1, bd) - utcMs(ay, am - 1, ad)) / DAY_MS;
}

/**
 * Days overdue, in calendar days: 0 on the first missed date itself (the payment was
 * due that day and could still arrive), 1 the day after, and 0 while the date is still
 * to come - never negative. So it is simply the days elapsed since the missed date.
 */
export function daysOverdue(firstMissedDate: string, today: string): number {
  return Math.max(0, daysBetween(firstMissedDate, today));
}

/** The date `days` calendar days later (earlier when negative). */
export function addDays(date: string, days: number): string {
  requireInteger(days, 'days');
  const [y, m, d] = isoDateParts(date);
  return fromUtcMs(utcMs(y, m - 1, d + days));
}

/**
 * The same day of the month `n` months later (earlier when negative), clamped to the end
 * of a shorter month: 31 Jan + 1 month = 28 Feb (29 in a leap year). Each call counts
 * from `date`, so for a schedule take addMonths(start, k), not repeated +1 steps, or a
 * clamped 28 Feb would drag every later month to the 28th.
 */
export function addMonths(date: string, n: number): string {
  requireInteger(n, 'months');
  const [y, m, d] = isoDateParts(date);
  const lastDay = new Date(utcMs(y, m - 1 + n + 1, 0)).getUTCDate();
  return fromUtcMs(utcMs(y, m - 1 + n, Math.min(d, lastDay)));
}

/**
 * The first payment of a new plan when none is chosen: the same day next month (clamped),
 * not today – a lender reads a plan whose first instalment is already due as one that
 * starts in arrears, and the client needs a pay day in between.
 */
export function defaultFirstPayment(today: string): string {
  return addMonths(today, 1);
}

/** How far `timeZone`'s wall clock is ahead of UTC at the instant `ms` (+8 h for Shanghai). */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const fields = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    calendar: 'gregory',
    numberingSystem: 'latn',
  }).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(fields.find((f) => f.type === type)?.value);
  const wall = utcMs(get('year'), get('month') - 1, get('day')) + ((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000;
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a step known only by its calendar date is placed at, so it sorts among
 * timestamped events on the day it really happened: `now` when `date` is today in the
 * counsellor's `timeZone`, otherwise noon of that day there (a clock change never skips
 * or repeats noon). Throws RangeError for a date that is not real or an unknown zone.
 */
export function instantOfDate(date: string, timeZone: string, now: Date): Date {
  const [y, m, d] = isoDateParts(date);
  if (todayIn(timeZone, now) === date) return now;
  const noonUtc = utcMs(y, m - 1, d) + 12 * 3_600_000;
  return new Date(noonUtc - zoneOffsetMs(noonUtc - zoneOffsetMs(noonUtc, timeZone), timeZone));
}
