import type { zhCN } from './zh-CN';

/** Same shape as the source messages, every leaf a string. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type CoreCatalog = Shape<typeof zhCN>;

/**
 * A feature's messages in all three languages, in one file the feature owns. The
 * Simplified Chinese text is the source: the other two must have exactly its keys.
 */
export function defineMessages<T extends object>(messages: { 'zh-CN': T; 'zh-TW': Shape<T>; en: Shape<T> }) {
  return messages;
}
