import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The rules that keep the renderer's data layer in renderer/src/api/ (eslint.config.js): a
// page may not write a literal query key, build its own query or call the main process; the
// key factories and the api/ files may.

const eslint = new ESLint({ cwd: path.resolve(__dirname, '../../..') });

async function messages(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax' || m.ruleId === 'no-restricted-imports').map((m) => ({ rule: m.ruleId, line: m.line }));
}

const A_PAGE_WITH_ITS_OWN_QUERY = `import { useQuery, useMutation } from '@tanstack/react-query';
import { call, ApiError } from '../../api/client';
import { debtKeys } from '../../api/keys';
export const useA = () => useQuery({ queryKey: ['debts', 1], queryFn: () => call('debts.list', { clientId: 1 }) });
export const useB = () => useQuery({ queryKey: debtKeys.list(1), queryFn: () => Promise.resolve(ApiError) });
export const useC = () => useMutation({ mutationFn: () => Promise.resolve(1) });
`;

describe('the renderer data layer', { timeout: 60_000 }, () => {
  it('refuses a literal key, its own query and an IPC call in a page', async () => {
    expect(await messages('renderer/src/pages/clients/Page.tsx', A_PAGE_WITH_ITS_OWN_QUERY)).toEqual([
      { rule: 'no-restricted-imports', line: 1 },
      { rule: 'no-restricted-imports', line: 2 },
      { rule: 'no-restricted-syntax', line: 4 },
    ]);
  });

  it('allows queries and calls in api/, and a literal key only in the factories', async () => {
    expect(await messages('renderer/src/api/debts.ts', A_PAGE_WITH_ITS_OWN_QUERY)).toEqual([{ rule: 'no-restricted-syntax', line: 4 }]);
    expect(await messages('renderer/src/api/keys.ts', `export const debtKeys = { list: (id: number) => ({ queryKey: ['debts', id] }) };\n`)).toEqual([]);
  });
});
