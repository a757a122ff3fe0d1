import { catalogs } from '../../../shared/i18n';
import { DEFAULT_TEMPLATES } from '../../../electron/main/letters/defaults';
import type { Locale } from '../../../shared/schemas/common';

// The language-purity check shared by the document tests and the e2e page walk: text in one
// language must hold no character of another script. English: no CJK at all. zh-TW: no
// Simplified-only character. zh-CN: no Traditional-only character. Data (a client's name and
// address, a lender's name) may be in any script: the caller names it and it is taken out first.
//
// Which characters are Simplified-only (or Traditional-only) is learnt from Parley's own paired
// texts (catalogs, default letters, document words): where a zh-CN string and its zh-TW twin
// have the same length, the characters that differ at the same place are candidate pairs; a
// candidate counts only if the other language's texts never use it (so 信 of 信息 / 資訊 is
// not taken for a Simplified-only character). A short table adds common pairs the texts may
// lack, under the same rule.

const EXTRA_PAIRS = '这這们們为為发發报報价價还還时時书書记記录錄页頁证證类類应應经經关關与與约約总總协協议議务務债債银銀行行贷貸额額费費帐帳账賬户戶单單联聯话話请請该該于於个個来來对對说說会會后後处處过過从從当當么麼开開认認见見间間无無现現进進问問让讓给給员員长長门門东東车車马馬鱼魚鸟鳥业業电電网網络絡线線结結计計设設备備签簽写寫规規则則损損违違罚罰滞滯缴繳审審核核调調解解决決执執强強限限离離区區县縣乡鄉' as const;

/**
 * Characters both scripts write the same, which the pairing above takes for a script's own when
 * the two catalogs chose different words (添加 / 新增, 周 / 週, 渠道 / 管道, 唯讀 / 只读…). Read
 * off the learnt lists by hand; a client-plan text in 繁體 with 添 showed the need.
 */
const BOTH_SCRIPTS = '志雇添余周渠匹益松默模板跳花屏幕享粘舍形里推短泄划唯碟扶登透辨迄略酬路援稽';

function strings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => strings(n, out));
  else if (node && typeof node === 'object') Object.values(node).forEach((n) => strings(n, out));
  return out;
}

/** Paired texts: the same keys in zh-CN and zh-TW, walked together. */
function pairs(a: unknown, b: unknown, out: [string, string][] = []): [string, string][] {
  if (typeof a === 'string' && typeof b === 'string') out.push([a, b]);
  else if (Array.isArray(a) && Array.isArray(b)) a.forEach((x, i) => pairs(x, b[i], out));
  else if (a && b && typeof a === 'object' && typeof b === 'object') for (const k of Object.keys(a)) pairs((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], out);
  return out;
}

const HAN = /\p{Script=Han}/u;

function learn(): { simplifiedOnly: Set<string>; traditionalOnly: Set<string> } {
  const cn = [catalogs['zh-CN'], DEFAULT_TEMPLATES['zh-CN']];
  const tw = [catalogs['zh-TW'], DEFAULT_TEMPLATES['zh-TW']];
  const cnChars = new Set([...strings(cn).join('')]);
  const twChars = new Set([...strings(tw).join('')]);
  const candidates: [string, string][] = [];
  cn.forEach((c, i) => {
    for (const [a, b] of pairs(c, tw[i])) {
      const ac = [...a];
      const bc = [...b];
      if (ac.length !== bc.length) continue;
      ac.forEach((x, k) => {
        if (x !== bc[k] && HAN.test(x) && HAN.test(bc[k]!)) candidates.push([x, bc[k]!]);
      });
    }
  });
  const extra = [...EXTRA_PAIRS];
  for (let i = 0; i + 1 < extra.length; i += 2) candidates.push([extra[i]!, extra[i + 1]!]);
  const simplifiedOnly = new Set<string>();
  const traditionalOnly = new Set<string>();
  for (const [s, t] of candidates) {
    if (s === t || BOTH_SCRIPTS.includes(s) || BOTH_SCRIPTS.includes(t)) continue;
    if (!twChars.has(s)) simplifiedOnly.add(s);
    if (!cnChars.has(t)) traditionalOnly.add(t);
  }
  return { simplifiedOnly, traditionalOnly };
}

export const SCRIPT_SETS = learn();

/** CJK ideographs, kana, hangul, CJK punctuation and full-width forms: none belongs in English text. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60]/u;

/**
 * The characters of `text` that do not belong in `language`, each with a little context; [] when
 * the text is pure. `data` (names, addresses: any script) is removed from the text first,
 * longest first, so a name holding another name is taken whole.
 */
export function hasForeignScript(language: Locale, text: string, data: readonly string[] = []): string[] {
  // A line break inside a Chinese run (pdftotext, a narrow column) must not split a name.
  const joinHan = (t: string) => t.replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1');
  let rest = joinHan(text);
  for (const d of [...new Set(data.map(joinHan))].filter((x) => x.trim().length > 0).sort((a, b) => b.length - a.length)) rest = rest.split(d).join(' ');
  const bad = (ch: string) =>
    language === 'en' ? CJK.test(ch) : language === 'zh-TW' ? SCRIPT_SETS.simplifiedOnly.has(ch) : SCRIPT_SETS.traditionalOnly.has(ch);
  const found: string[] = [];
  const chars = [...rest];
  chars.forEach((ch, i) => {
    if (bad(ch)) found.push(`${ch} in "${chars.slice(Math.max(0, i - 8), i + 9).join('').replace(/\s+/g, ' ')}"`);
  });
  return found;
}
