// A real case for the letter tests: a client with a rare-character name and three debts
// with two lenders, created through the channels as the app would.
import { afterEach, beforeEach } from 'vitest';
import { makeTempDir, openTestCore, removeDir, type TestCore } from '../../../helpers/core';

export const NOW = '2025-03-15T09:00:00.000Z';

export interface Case {
  clientId: number;
  caseRef: string;
  lenders: { a: number; b: number; c: number };
  debts: { a1: number; a2: number; b1: number; c1: number };
}

export async function makeCase(core: TestCore, name = '王堃喆'): Promise<Case> {
  await core.call('settings.update', { counsellorName: '李燚' });
  const client = await core.call('clients.create', {
    name,
    phone: '13800138000',
    idNumber: '11010519491231002X',
    address: '北京市朝阳区建国路 88 号',
    hardshipReason: 'job_loss',
    hardshipSince: '2024-10-08',
    hardshipDetails: '工厂关闭后一直未能找到稳定工作',
  });
  const lender = async (n: string) => (await core.call('lenders.create', { name: n, type: 'bank' })).id;
  const a = await lender('招商银行信用卡中心');
  const b = await lender('䶮融消费金融');
  const c = await lender('Acme Online Lending');
  const debt = async (lenderId: number, accountRef: string, principalFen: number, interestFen: number, penaltyFen: number, lateFeesFen: number) =>
    (
      await core.call('debts.create', {
        clientId: client.id,
        lenderId,
        productType: 'credit_card',
        accountRef,
        principalFen,
        interestFen,
        penaltyFen,
        lateFeesFen,
        firstMissedDate: '2024-11-05',
      })
    ).id;
  const a1 = await debt(a, '6225-8801-1234', 1_234_567_89, 120_000, 45_678, 10_000);
  const a2 = await debt(a, '6225-8801-9999', 500_000, 0, 0, 0);
  const b1 = await debt(b, 'XF-2023-0042', 3_000_000, 250_050, 80_000, 0);
  const c1 = await debt(c, 'AC-77', 800_000, 0, 0, 5_000);
  return { clientId: client.id, caseRef: client.caseRef, lenders: { a, b, c }, debts: { a1, a2, b1, c1 } };
}

/**
 * For a test file: before each test a fresh data folder, a core whose clock ticks a second a
 * call from NOW, and the case; after each, all of it removed; after the file, the PDF pool
 * closed. `take` hands the three to the file's own variables.
 */
export function eachTestWithLetterCase(take: (s: { dir: string; core: TestCore; c: Case }) => void): void {
  let dir = '';
  let core: TestCore | undefined;
  beforeEach(async () => {
    dir = makeTempDir();
    let t = Date.parse(NOW);
    core = openTestCore(dir, { now: () => new Date((t += 1000)) });
    take({ dir, core, c: await makeCase(core) });
  });
  afterEach(() => {
    core?.close();
    removeDir(dir);
    removeDir(`${dir}-platform`);
  });
}
