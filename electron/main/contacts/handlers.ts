import type { ParsedInput } from '../../../shared/contract';
import { generatedText } from '../../../shared/i18n/generated-text';
import { LOCALES } from '../../../shared/schemas/common';
import type { CONTACTS_CHANNELS } from '../../../shared/ipc/contacts.channels';
import type { HandlerContext } from '../context';
import { detachFromContact } from '../db/attachments';
import { writeAudit } from '../db/audit';
import { indexContact, removeFromIndex } from '../search/index-writer';
import { contactValues, deleteContact, updateContact, type ContactValues } from '../db/contacts';
import { followupAudit, followupIdsOfContact, followupOfContact, getFollowupRow } from '../db/followups';
import { AppError } from '../errors';
import { setFollowupFields } from '../followups/change';
import type { HandlerPart } from '../handler-types';
import { addContactFollowup, checked, contactOut, createContact, requireClient, requireContact } from './record';

// The contact log: calls, letters and visits with lenders and collectors, each perhaps
// asking for a follow-up (moved, cancelled or created with the contact).

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function contactsHandlers(ctx: HandlerContext): HandlerPart<(typeof CONTACTS_CHANNELS)[number]> {
  const { db } = ctx;
  const audit = (entity: string, entityId: number, action: 'create' | 'update' | 'delete', before?: unknown, after?: unknown) =>
    writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity, entityId, action, before, after });

  return {
    'contacts.create': (input: ParsedInput<'contacts.create'>) =>
      db.transaction(() => {
        const { clientId, followUpDate, followUpNote, ...values } = input;
        requireClient(ctx, clientId);
        const id = createContact(ctx, clientId, values as ContactValues, 'manual', { date: followUpDate, note: followUpNote });
        return contactOut(ctx, id);
      })(),

    'contacts.get': ({ id }) => contactOut(ctx, id),

    'contacts.update': ({ id, rev, patch }) =>
      db.transaction(() => {
        const row = requireContact(ctx, id);
        if (row.rev !== rev) throw new AppError('CONFLICT', 'contacts.conflict');
        const { followUpDate, followUpNote, ...fields } = patch;
        const before = contactValues(row);
        const merged = { ...before, ...(withoutUndefined(fields) as Partial<ContactValues>) };
        // An entry the app wrote stays data while its words come back unchanged (in any language);
        // words the counsellor changed are theirs from then on.
        if (before.generated && fields.summary !== undefined && !LOCALES.some((l) => generatedText(l, before.generated!) === fields.summary)) merged.generated = null;
        // A new debt without a lender named: the contact is with the new debt's lender.
        if (fields.debtId !== undefined && fields.debtId !== before.debtId && fields.lenderId === undefined) merged.lenderId = null;
        const after = checked(ctx, row.client_id, merged);
        updateContact(db, id, after, ctx.now());
        indexContact(db, id);
        audit('contact', id, 'update', { clientId: row.client_id, ...before }, { clientId: row.client_id, ...after });

        // The follow-up this contact asks for: moved, cancelled or created.
        const f = followupOfContact(db, id);
        const open = f && f.status === 'open' ? f : undefined;
        if (followUpDate === null && open) setFollowupFields(ctx, open, { status: 'cancelled' });
        else if (followUpDate) {
          if (open) {
            if (open.due_date !== followUpDate || (followUpNote !== undefined && followUpNote !== open.note)) {
              setFollowupFields(ctx, open, { due_date: followUpDate, ...(followUpNote !== undefined ? { note: followUpNote } : {}) });
            }
          } else {
            addContactFollowup(ctx, id, { clientId: row.client_id, debtId: after.debtId, lenderId: after.lenderId, dueDate: followUpDate, note: followUpNote ?? null });
          }
        } else if (followUpNote !== undefined && open && followUpNote !== open.note) setFollowupFields(ctx, open, { note: followUpNote });
        return contactOut(ctx, id);
      })(),

    'contacts.delete': ({ id }) =>
      db.transaction(() => {
        const row = requireContact(ctx, id);
        // Evidence outlives the entry: it stays with the case (and its debt) instead of going with the contact.
        detachFromContact(db, id, ctx.now());
        for (const fid of followupIdsOfContact(db, id)) audit('followup', fid, 'delete', followupAudit(getFollowupRow(db, fid)!));
        deleteContact(db, id);
        removeFromIndex(db, 'contact', id);
        audit('contact', id, 'delete', { clientId: row.client_id, source: row.source, ...contactValues(row) });
        return { deleted: true as const };
      })(),
  };
}
