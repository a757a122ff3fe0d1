// Demo cases carry their own case-number series and a name prefix, so nothing about them
// can be taken for a real client: not a list row, a search hit, nor a printed page.

export const DEMO_CASE_PREFIX = 'DEMO-';
export const DEMO_NAME_PREFIX = '示例·';

export function demoCaseRef(seq: number): string {
  return `${DEMO_CASE_PREFIX}${String(seq).padStart(3, '0')}`;
}

export function isDemoCaseRef(caseRef: string | null | undefined): boolean {
  return !!caseRef && caseRef.startsWith(DEMO_CASE_PREFIX);
}

/**
 * A name as shown in a language: a demo name's stored 示例· prefix becomes that language's
 * mark (`mark`, from the catalog: 示例· / 範例· / Demo ·), every other name is left as it is.
 */
export function shownName(name: string, mark: string): string {
  return name.startsWith(DEMO_NAME_PREFIX) ? `${mark}${name.slice(DEMO_NAME_PREFIX.length)}` : name;
}
