import { pinyin } from 'pinyin-pro';

export interface PinyinKeys {
  /** Full pinyin without tones or spaces, lower case: 张三 -> zhangsan. Sorts Chinese names. */
  full: string;
  /** Initials: 张三 -> zs. */
  initials: string;
}

/** Non-Han characters pass through (lower-cased), so Latin names sort and match too. */
export function pinyinKeys(text: string): PinyinKeys {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const clean = (parts: string[]) => parts.join('').toLowerCase().replace(/[^a-z0-9]/g, '');
  return { full: clean(syllables), initials: clean(initials) };
}
