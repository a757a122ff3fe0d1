import { pinyin } from 'pinyin-pro';

export interface PinyinKeys {
  /** Full pinyin without tones or spaces, lower case: 张三 -> zhangsan. Sorts Chinese names. */
  full: string;
  /** Initials: 张三 -> zs. */
  initials: string;
}

/** Non-Han characters pass through (lower-cased), so Latin names sort and match too. */
export function pinyinKeys(text: string): PinyinKeys {
  // surname: a name starts with the surname, which may read differently (曾 zeng, 单 shan).
  return readKeys(text, { surname: 'head' });
}

/** Full pinyin and initials of `text`, read as words unless told to read the start as a surname. */
export function readKeys(text: string, how: { surname?: 'head' } = {}): PinyinKeys {
  // v: ü as v (lv = 吕, as pinyin keyboards type it; otherwise ü is dropped below).
  const options = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true, ...how } as const;
  // Accents are stripped rather than dropped, so José keys as jose.
  const clean = (parts: string[]) =>
    parts
      .join('')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  return { full: clean(pinyin(text, options)), initials: clean(pinyin(text, { ...options, pattern: 'first' })) };
}
