import { instantOfDate, todayIn } from '../../../shared/domain/dates';
import type { HandlerContext } from '../context';
import { lastStatusChangeAt } from '../db/clients';
import { invalidFields } from '../errors';

// A case's status changes on the day it really did (the counsellor may record a closure a
// week late, or enter an old case today): the instant is now for today, else noon of that
// day in the counsellor's zone, and never before the case's previous change of status - order
// is checked among this case's changes only (the day it was entered in Parley does not count).

/** Where a status change of `clientId` sits in time; throws a field error for an impossible date. */
export function statusChangeInstant(ctx: HandlerContext, clientId: number, statusDate: string | undefined, changed: boolean): Date {
  if (statusDate === undefined) return ctx.now();
  if (!changed) throw invalidFields({ statusDate: 'profile.statusDate.unchanged' });
  if (statusDate > todayIn(ctx.timeZone(), ctx.now())) throw invalidFields({ statusDate: 'validation.dateInFuture' });
  const at = instantOfDate(statusDate, ctx.timeZone(), ctx.now());
  const previous = lastStatusChangeAt(ctx.db, clientId);
  if (previous === null || previous <= at.toISOString()) return at;
  // The same day as the previous change (typed in later) still sorts after it; an earlier day is refused.
  if (todayIn(ctx.timeZone(), new Date(previous)) === statusDate) return new Date(previous);
  throw invalidFields({ statusDate: 'profile.statusDate.beforeLast' });
}
