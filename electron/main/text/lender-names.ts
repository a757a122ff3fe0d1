import type { LenderType } from '../../../shared/schemas/lenders';
import { pinyinKeys, readKeys, type PinyinKeys } from './pinyin';

// How lenders' names compare, key for the picker, and are tidied before they are stored.

/**
 * The form of a name used to decide whether two names are the same lender: width-folded
 * (ＡＢＣ, （ ）), case-folded and without spaces, so '招商银行 ' and 'ABC bank' / 'abcBank' clash.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/**
 * Pinyin keys for a lender's name. Institutions are read as words (银行 yinhang, 重庆
 * chongqing), so 招商银行 keys as zhaoshangyinhang / zsyh; a private lender is usually a
 * person, whose first character is read as a surname (曾 zeng, 单 shan), as for clients.
 * In a bank's names 行 is always hang, also where no word tells the dictionary so (招行, 工行).
 */
export function lenderNameKeys(name: string, type: LenderType): PinyinKeys {
  if (type === 'private') return pinyinKeys(name);
  if (type === 'bank') name = name.replace(/行/g, '航');
  return readKeys(name);
}

/** Aliases without repeats (by nameKey) and without the name itself, in the order given. */
export function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([nameKey(name)]);
  const out: string[] = [];
  for (const alias of aliases) {
    const key = nameKey(alias);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}

/** Phone numbers without repeats (compared by their digits). */
export function cleanPhones(phones: readonly string[]): string[] {
  const seen = new Set<string>();
  return phones.filter((p) => {
    const digits = p.replace(/\D/g, '');
    if (seen.has(digits)) return false;
    seen.add(digits);
    return true;
  });
}
