import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { followupAudit, getFollowupRow, updateFollowup, type FollowupFields, type FollowupRow } from '../db/followups';
import { AppError, notFound } from '../errors';

// Changing a follow-up: found (at the revision the counsellor saw), still open, and every
// change audited with the follow-up before and after.

export function requireFollowup(ctx: HandlerContext, id: number, rev?: number): FollowupRow {
  const r = getFollowupRow(ctx.db, id);
  if (!r) throw notFound();
  if (rev !== undefined && r.rev !== rev) throw new AppError('CONFLICT', 'contacts.followups.conflict');
  return r;
}

export function requireOpen(r: FollowupRow): void {
  if (r.status !== 'open') throw new AppError('CONFLICT', 'contacts.followups.notOpen');
}

export function setFollowupFields(ctx: HandlerContext, r: FollowupRow, fields: Partial<FollowupFields>): FollowupRow {
  updateFollowup(ctx.db, r, fields, ctx.now());
  const after = getFollowupRow(ctx.db, r.id)!;
  writeAudit(ctx.db, { actor: ctx.actor(), at: ctx.now(), entity: 'followup', entityId: r.id, action: 'update', before: followupAudit(r), after: followupAudit(after) });
  return after;
}
