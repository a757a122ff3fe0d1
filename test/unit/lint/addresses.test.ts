import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Addresses in the app are defined once, in renderer/src/router.ts, and built only by its typed
// `paths` (eslint.config.js): anywhere else in the renderer, a '#/…' or '/clients/…' string, a
// template that puts one together or a write to location.hash is refused.

const eslint = new ESLint({ cwd: path.resolve(__dirname, '../../..') });

async function lines(filePath: string, code: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.line);
}

const A_PAGE_BUILDING_ITS_OWN_ADDRESSES = `import { href, navigate, paths } from '../../router';
export const a = (id: number) => navigate(\`/clients/\${id}/debts\` as never);
export const b = () => { window.location.hash = '#/lenders'; };
export const c = (id: number) => '#/letters/' + id;
export const d = (id: number) => href(paths.client(id, 'debts'));
export const e = (done: number, total: number) => \`\${done}/\${total}\`;
`;

describe('the app’s addresses', { timeout: 60_000 }, () => {
  it('are refused when a page builds them from strings', async () => {
    // Line 2 twice (both '/clients/' and '/debts' start an address), line 3 twice (the hash and the string).
    expect(await lines('renderer/src/pages/clients/Page.tsx', A_PAGE_BUILDING_ITS_OWN_ADDRESSES)).toEqual([2, 2, 3, 3, 4]);
    expect(await lines('renderer/src/api/keys.ts', A_PAGE_BUILDING_ITS_OWN_ADDRESSES)).toEqual([2, 2, 3, 3, 4]);
  });

  it('are defined in the router', async () => {
    expect(await lines('renderer/src/router.ts', A_PAGE_BUILDING_ITS_OWN_ADDRESSES)).toEqual([]);
  });
});
