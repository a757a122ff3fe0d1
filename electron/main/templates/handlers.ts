import type { ParsedInput } from '../../../shared/contract';
import type { TEMPLATES_CHANNELS } from '../../../shared/ipc/templates.channels';
import { MERGE_FIELDS, type Body } from '../../../shared/schemas/letters';
import type { HandlerContext } from '../context';
import type { HandlerPart } from '../handler-types';
import { defaultTemplate } from '../letters/defaults';
import { checkFields } from './fields';
import { listTemplates, templateDetail, templateRow } from '../db/templates';
import { ensureDefaultTemplates, saveTemplateVersion } from './store';

// Letter templates, one per letter type and language, versioned: listed, read at a
// version, saved as a new version, restored to the shipped default; the merge fields.

export function templatesHandlers(ctx: HandlerContext): HandlerPart<(typeof TEMPLATES_CHANNELS)[number]> {
  const { db } = ctx;
  return {
    'templates.list': (filter) =>
      db.transaction(() => {
        ensureDefaultTemplates(ctx);
        return listTemplates(db, filter ?? {});
      })(),

    'templates.get': ({ id, version }) =>
      db.transaction(() => {
        ensureDefaultTemplates(ctx);
        return templateDetail(db, id, version);
      })(),

    'templates.save': (input: ParsedInput<'templates.save'>) =>
      db.transaction(() => {
        checkFields(input.title, input.body);
        const body: Body = { salutation: input.body.salutation, blocks: input.body.blocks, enclosures: input.body.enclosures };
        return saveTemplateVersion(ctx, { ...input, body }, false);
      })(),

    'templates.restoreDefault': ({ id, rev }) =>
      db.transaction(() => {
        const t = templateRow(db, id);
        const d = defaultTemplate(t.type, t.locale);
        return saveTemplateVersion(ctx, { id, rev, name: d.name, title: d.title, body: d.body }, true);
      })(),

    'templates.fields': () => MERGE_FIELDS.map((f) => ({ path: f.path, group: f.path.split('.')[0]!, kind: f.kind })),
  };
}
