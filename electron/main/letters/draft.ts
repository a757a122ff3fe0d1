import type { Locale } from '../../../shared/schemas/common';
import { letterTypeFits, type LetterType, type MergeFieldPath } from '../../../shared/schemas/letters';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { insertDraftLetter } from '../db/letters';
import { templateFor, versionBody, versionRow } from '../db/templates';
import { AppError } from '../errors';
import { indexLetter } from '../search/index-writer';
import { ensureDefaultTemplates } from '../templates/store';
import { mergeSource, type MergeSource } from '../documents/gather/letter-source';
import { draftFromTemplate } from '../documents/gather/letter-text';

export interface DraftTarget {
  clientId: number;
  debtId: number | null;
  lenderId: number | null;
  type: LetterType;
  locale: Locale;
}

/**
 * Inserts a draft for the target from the current template of that type and language, its
 * fields filled from the case, indexed and audited. Call inside a transaction.
 * `values` sets fields the case cannot say by itself (a revised plan's figures, the payment
 * a variation asks for): they are written into the draft like any other filled field.
 */
export function draftLetter(ctx: HandlerContext, input: DraftTarget, opts: { source?: MergeSource; todayIso?: string; values?: Partial<Record<MergeFieldPath, string | number | null>> } = {}): number {
  const { db } = ctx;
  ensureDefaultTemplates(ctx);
  const base = opts.source ?? mergeSource(ctx, { clientId: input.clientId, debtId: input.debtId, lenderId: input.lenderId }, opts.todayIso);
  const src: MergeSource = opts.values ? { ...base, raw: { ...base.raw, ...opts.values } } : base;
  if (src.lenderId === null) throw new AppError('VALIDATION', 'errors.VALIDATION', {}, { lenderId: 'validation.required' });
  // A type that does not exist in the case's region (停息挂账 outside the mainland) is refused with the reason.
  if (!letterTypeFits(input.type, src.region)) throw new AppError('VALIDATION', `letters.notInRegion.${input.type}`);
  const t = templateFor(db, input.type, input.locale);
  const v = versionRow(db, t.id, t.current_version);
  const filled = draftFromTemplate(v.title, versionBody(v), src, input.locale);
  const at = ctx.now().toISOString();
  const id = Number(
    insertDraftLetter(db, { clientId: input.clientId, debtId: input.debtId, lenderId: src.lenderId, type: input.type, locale: input.locale, templateVersionId: v.id, title: filled.title, body: filled.body }, at),
  );
  indexLetter(db, id);
  writeAudit(db, {
    actor: ctx.actor(),
    at: ctx.now(),
    entity: 'letter',
    entityId: id,
    action: 'create',
    after: { clientId: input.clientId, debtId: input.debtId, lenderId: src.lenderId, type: input.type, locale: input.locale, templateVersionId: v.id, title: filled.title },
  });
  return id;
}
