import { z } from 'zod';
import { FieldCatalogue, TemplateDetail, TemplateGetInput, TemplateListInput, TemplateRestoreInput, TemplateSaveInput, TemplateSummary } from '../schemas/letters';
import { NoInput, type ChannelDef } from './channel-def';
import type { TEMPLATES_CHANNELS } from './templates.channels';

// Inputs and outputs of letter templates.
export const templatesContract = {
  'templates.list': { input: TemplateListInput, output: z.array(TemplateSummary) },
  'templates.get': { input: TemplateGetInput, output: TemplateDetail },
  'templates.save': { input: TemplateSaveInput, output: TemplateDetail },
  'templates.restoreDefault': { input: TemplateRestoreInput, output: TemplateDetail },
  'templates.fields': { input: NoInput, output: FieldCatalogue },
} satisfies Record<(typeof TEMPLATES_CHANNELS)[number], ChannelDef>;
