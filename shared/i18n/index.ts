import type { Locale } from '../schemas/common';
import type { Catalog } from './catalog';
import { en } from './en';
import { zhCN } from './zh-CN';
import { zhTW } from './zh-TW';

export type { Catalog } from './catalog';
export const catalogs: Record<Locale, Catalog> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Looks up a dotted key; returns undefined when the key is not a string leaf. */
export function lookup(locale: Locale, key: string): string | undefined {
  let node: unknown = catalogs[locale];
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Translates a dotted key with {{name}} parameters, falling back to zh-CN, then the key. */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const text = lookup(locale, key) ?? lookup(DEFAULT_LOCALE, key) ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
