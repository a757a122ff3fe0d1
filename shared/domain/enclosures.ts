// Whether the enclosures a letter names (附件: "收入证明", "全部债务清单", …) are in the packet
// that carries it: each named enclosure is compared with what the packet holds (its own
// documents' titles, the evidence files' kinds, names and descriptions). Names are typed by
// hand, so the comparison is loose: two names match when at least half of the shorter one's
// pieces (Chinese character pairs, Latin words) appear in the other ("家庭收支明细表" matches
// "家庭收支情况表"; "收入证明" does not match "支出证明"). Pure; the warning it feeds is
// advice before "final", never a refusal.

const STOP = new Set(['the', 'and', 'for', 'copy', 'copies', 'of', 'with', 'from', 'pdf', 'jpg', 'png', 'jpeg']);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const LATIN = /[a-z0-9]{3,}/g;

export function enclosurePieces(name: string): Set<string> {
  const s = name.normalize('NFKC').toLowerCase().replace(/\.[a-z0-9]{1,5}$/, '');
  const out = new Set<string>();
  for (const run of s.match(CJK) ?? []) {
    const chars = [...run];
    if (chars.length === 1) out.add(run);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  for (const word of s.match(LATIN) ?? []) if (!STOP.has(word)) out.add(word);
  return out;
}

export function enclosureMatches(a: string, b: string): boolean {
  const pa = enclosurePieces(a);
  const pb = enclosurePieces(b);
  if (pa.size === 0 || pb.size === 0) return false;
  let common = 0;
  for (const p of pa) if (pb.has(p)) common++;
  return common > 0 && common * 2 >= Math.min(pa.size, pb.size);
}

/** The named enclosures that nothing in `available` matches, in the letter's order. */
export function enclosuresNotIn(named: readonly string[], available: readonly string[]): string[] {
  return named.filter((n) => n.trim() !== '' && !available.some((a) => enclosureMatches(n, a)));
}
