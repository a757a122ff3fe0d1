// The template library in the database: the built-in defaults are seeded on first use (one
// template per type and language, version 1), every save is a new version, and restoring
// the default is a new version holding the built-in text again (is_default = 1).
import { LOCALES } from '../../../shared/schemas/common';
import { LETTER_TYPES, type Body, type TemplateDetail } from '../../../shared/schemas/letters';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { insertTemplate, insertVersion, setCurrentVersion, templateCount, templateDetail, templateExists, templateRow } from '../db/templates';
import { AppError } from '../errors';
import { defaultTemplate } from '../letters/defaults';

const EXPECTED = LETTER_TYPES.length * LOCALES.length;

/** Inserts the built-in default of every type and language that has no template yet. Call inside a transaction. */
export function ensureDefaultTemplates(ctx: HandlerContext): void {
  const { db } = ctx;
  if (templateCount(db) >= EXPECTED) return;
  const at = ctx.now().toISOString();
  for (const type of LETTER_TYPES) {
    for (const locale of LOCALES) {
      if (templateExists(db, type, locale)) continue;
      const d = defaultTemplate(type, locale);
      const id = insertTemplate(db, type, locale, true, at);
      insertVersion(db, id, 1, d.name, d.title, d.body, at, 'parley');
    }
  }
}

/** A new version of the template; returns it. Call inside a transaction. */
export function saveTemplateVersion(
  ctx: HandlerContext,
  input: { id: number; rev: number; name: string; title: string; body: Body },
  isDefault: boolean,
): TemplateDetail {
  const { db } = ctx;
  const row = templateRow(db, input.id);
  if (row.rev !== input.rev) throw new AppError('CONFLICT', 'letters.errors.templateConflict');
  const before = templateDetail(db, input.id);
  const at = ctx.now().toISOString();
  const version = row.current_version + 1;
  insertVersion(db, row.id, version, input.name, input.title, input.body, at, ctx.actor());
  setCurrentVersion(db, row.id, version, isDefault, at);
  const after = templateDetail(db, row.id);
  writeAudit(db, {
    actor: ctx.actor(),
    at: ctx.now(),
    entity: 'letter_template',
    entityId: row.id,
    action: 'update',
    before: { version: before.currentVersion, name: before.name, title: before.title, body: before.body, isDefault: before.isDefault },
    after: { version: after.currentVersion, name: after.name, title: after.title, body: after.body, isDefault: after.isDefault },
  });
  return after;
}
