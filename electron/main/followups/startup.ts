import { todayIn } from '../../../shared/domain/dates';
import { translate } from '../../../shared/i18n';
import type { HandlerContext } from '../context';
import { countOpenFollowups } from '../db/followups';

/**
 * On start: a system notification saying how many follow-ups are due today or overdue
 * (of cases neither archived nor closed), in the UI language. Says nothing when none are.
 * Returns the counts it notified about.
 */
export function notifyDueFollowups(ctx: HandlerContext): { overdue: number; today: number } {
  const today = todayIn(ctx.timeZone(), ctx.now());
  const c = countOpenFollowups(ctx.db, today, today);
  const total = c.overdue + c.today;
  if (total > 0) {
    const locale = ctx.locale();
    ctx.platform.notify(
      translate(locale, 'contacts.notify.title'),
      translate(locale, c.overdue > 0 ? 'contacts.notify.bodyWithOverdue' : 'contacts.notify.body', { count: total, today: c.today, overdue: c.overdue }),
    );
  }
  return { overdue: c.overdue, today: c.today };
}
