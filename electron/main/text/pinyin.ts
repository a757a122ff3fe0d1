import { pinyin } from 'pinyin-pro';

export interface PinyinKeys {
  /** Full pinyin without tones or spaces, lower case: 张三 -> zhangsan. Sorts Chinese names. */
  full: string;
  /** Initials: 张三 -> zs. */
  initials: string;
}

/** Non-Han characters pass through (lower-cased), so Latin names sort and match too. */
export function pinyinKeys(text: string): PinyinKeys {
  // v: ü as v (lv = 吕, as pinyin keyboards type it; otherwise ü is dropped below).
  // surname: a name starts with the surname, which may read differently (曾 zeng, 单 shan).
  const options = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true, surname: 'head' } as const;
  const syllables = pinyin(text, options);
  const initials = pinyin(text, { ...options, pattern: 'first' });
  // Accents are stripped rather than dropped, so José keys as jose.
  const clean = (parts: string[]) =>
    parts
      .join('')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  return { full: clean(syllables), initials: clean(initials) };
}
