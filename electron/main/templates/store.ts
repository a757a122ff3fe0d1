// The template library in the database: the built-in defaults are seeded on first use (one
// template per type and language, version 1), every save is a new version, and restoring
// the default is a new version holding the built-in text again (is_default = 1). A template
// still at the built-in text follows it when a newer Parley ships another (a new version).
import { LOCALES } from '../../../shared/schemas/common';
import { LETTER_TYPES, type Body, type TemplateDetail } from '../../../shared/schemas/letters';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { defaultTemplateRows, insertTemplate, insertVersion, setCurrentVersion, templateCount, templateDetail, templateExists, templateRow, versionRow } from '../db/templates';
import { AppError } from '../errors';
import { defaultTemplate } from '../letters/defaults';

const EXPECTED = LETTER_TYPES.length * LOCALES.length;

/** Databases whose untouched defaults were compared with the shipped text in this process. */
const compared = new WeakSet<object>();

/**
 * Inserts the built-in default of every type and language that has no template yet, and once
 * per open database brings the untouched ones up to the shipped text. Call inside a transaction.
 */
export function ensureDefaultTemplates(ctx: HandlerContext): void {
  if (!compared.has(ctx.db)) {
    compared.add(ctx.db);
    followShippedDefaults(ctx);
  }
  insertMissingDefaults(ctx);
}

/**
 * A template the counsellor never changed (its current version is the built-in text) gets the
 * text this version of Parley ships when that differs – e.g. the credit-report dispute that
 * now names the case region's credit bureau – as a new version by 'parley', the old ones kept.
 * A customised template is the counsellor's and stays as it is.
 */
function followShippedDefaults(ctx: HandlerContext): void {
  const { db } = ctx;
  const at = ctx.now().toISOString();
  for (const row of defaultTemplateRows(db)) {
    const current = versionRow(db, row.id, row.current_version);
    const shipped = defaultTemplate(row.type, row.locale);
    if (current.name === shipped.name && current.title === shipped.title && current.body_json === JSON.stringify(shipped.body)) continue;
    insertVersion(db, row.id, row.current_version + 1, shipped.name, shipped.title, shipped.body, at, 'parley');
    setCurrentVersion(db, row.id, row.current_version + 1, true, at);
    writeAudit(db, { actor: 'parley', at: ctx.now(), entity: 'letter_template', entityId: row.id, action: 'update', before: { version: row.current_version }, after: { version: row.current_version + 1, isDefault: true } });
  }
}

function insertMissingDefaults(ctx: HandlerContext): void {
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
