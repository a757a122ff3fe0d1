// Shared set-up for the contact log, follow-ups, incidents and timeline tests.
import { addClient, addLender, coreOpenedByTest } from '../../../helpers/case';
import type { TestCore } from '../../../helpers/core';

export interface CaseWithDebt {
  core: TestCore;
  /** 好借App, the lender of the debt. */
  lender: number;
  clientId: number;
  debtId: number;
}

/**
 * For the file's tests: opens a core on the given clock (closed and removed after the test)
 * with 王小明 owing 好借App one debt of 1,000.00.
 */
export function caseWithDebtPerTest(): (now: () => Date) => Promise<CaseWithDebt> {
  const open = coreOpenedByTest();
  return async (now) => {
    const core = open({ now });
    const lender = addLender(core.db, '好借App');
    const clientId = await addClient(core);
    const debtId = await addDebt(core, clientId, lender);
    return { core, lender, clientId, debtId };
  };
}

/** As caseWithDebtPerTest, on one clock, with a second lender the case owes nothing (某某资产管理, a collector). */
export function caseAndOtherLenderPerTest(now: () => Date): () => Promise<CaseWithDebt & { other: number }> {
  const openCase = caseWithDebtPerTest();
  return async () => {
    const x = await openCase(now);
    return { ...x, other: addLender(x.core.db, '某某资产管理') };
  };
}

export { addClient, addLender };

export async function addDebt(core: TestCore, clientId: number, lenderId: number): Promise<number> {
  return (await core.call('debts.create', { clientId, lenderId, principalFen: 100_000 })).id;
}
