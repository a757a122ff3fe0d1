import type { Locale } from '../../../../shared/schemas/common';
import type { LetterType } from '../../../../shared/schemas/letters';
import { EN } from './en';
import type { DefaultSet, DefaultTemplate } from './types';
import { ZH_CN } from './zh-CN';
import { ZH_TW } from './zh-TW';

export const DEFAULT_TEMPLATES: Record<Locale, DefaultSet> = { 'zh-CN': ZH_CN, 'zh-TW': ZH_TW, en: EN };

export function defaultTemplate(type: LetterType, locale: Locale): DefaultTemplate {
  return DEFAULT_TEMPLATES[locale][type];
}

export type { DefaultTemplate } from './types';
