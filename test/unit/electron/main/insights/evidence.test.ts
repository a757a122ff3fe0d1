import { describe, expect, it } from 'vitest';
import { evidenceOnAcceptedOffers } from '../../../../../electron/main/db/lender-insights';
import type { AttachmentKind } from '../../../../../shared/schemas/evidence';
import type { RemedyParams } from '../../../../../shared/schemas/remedies';
import { addClient, addDebt, addLender, core, open, setShanghai, transition } from '../agreements/world';

// The evidence on file when a lender accepted an offer, on a hand-built history whose counts are known.

const upload = (clientId: number, kind: AttachmentKind, place: { debtId?: number } = {}) =>
  core.call('attachments.upload', { clientId, kind, fileName: `${kind}-${clientId}.txt`, dataBase64: Buffer.from(`${kind} ${clientId} ${JSON.stringify(place)}`).toString('base64'), ...place });

async function offer(debtId: number, params: RemedyParams, end: 'accepted' | 'rejected' | 'sent') {
  const o = await core.call('offers.create', { debtId, params, startDate: '2025-04-01' });
  const s = await transition(o, 'sent');
  if (end === 'sent') return s.offer;
  return (await transition(s.offer, end)).offer;
}

const instalments: RemedyParams = { remedy: 'instalments', months: 6, withInterest: false };
const waiver: RemedyParams = { remedy: 'waiver', waivers: { interest: { mode: 'percent', value: 100 } }, payBy: '2025-06-01' };

describe('evidence on accepted offers', () => {
  it('counts, per remedy and kind, the accepted offers whose packet would have carried that evidence when they were accepted', async () => {
    open();
    const a = addLender('甲贷');
    const b = addLender('乙银行');

    // Case 1: general income proof, the contract on A's debt, hardship proof on B's debt (not A's business).
    const c1 = await addClient('王小明');
    const d1a = await addDebt(c1, a, 300_000, { interestFen: 20_000 });
    const d1b = await addDebt(c1, b, 200_000);
    await upload(c1, 'income_proof');
    await upload(c1, 'contract', { debtId: d1a.id });
    await upload(c1, 'hardship_proof', { debtId: d1b.id });
    await offer(d1a.id, instalments, 'accepted');

    // Case 2: hardship proof and income proof on file, waiver accepted; a bank statement attached only afterwards.
    const c2 = await addClient('陈大文');
    const d2 = await addDebt(c2, a, 100_000, { interestFen: 30_000 });
    await upload(c2, 'hardship_proof');
    await upload(c2, 'income_proof');
    await offer(d2.id, waiver, 'accepted');

    // Case 3: evidence but the offer was refused; case 4: accepted with no evidence at all.
    const c3 = await addClient('李小红');
    const d3 = await addDebt(c3, a, 100_000);
    await upload(c3, 'identity');
    await offer(d3.id, instalments, 'rejected');
    const c4 = await addClient('赵四');
    const d4 = await addDebt(c4, a, 100_000);
    await offer(d4.id, instalments, 'accepted');

    // Case 5: B accepted an instalment plan with income proof.
    const c5 = await addClient('周五');
    const d5 = await addDebt(c5, b, 100_000);
    await upload(c5, 'income_proof');
    await offer(d5.id, instalments, 'accepted');

    // A day later, case 2's bank statement is attached: it was not on file when A accepted.
    setShanghai('2025-03-16');
    await upload(c2, 'account_statement');

    expect(evidenceOnAcceptedOffers(core.db, a)).toEqual({
      accepted: [
        { remedy: 'instalments', offers: 2 },
        { remedy: 'waiver', offers: 1 },
      ],
      byKind: [
        { remedy: 'instalments', kind: 'contract', offers: 1 },
        { remedy: 'instalments', kind: 'income_proof', offers: 1 },
        { remedy: 'waiver', kind: 'hardship_proof', offers: 1 },
        { remedy: 'waiver', kind: 'income_proof', offers: 1 },
      ],
    });
    expect(evidenceOnAcceptedOffers(core.db, b)).toEqual({ accepted: [{ remedy: 'instalments', offers: 1 }], byKind: [{ remedy: 'instalments', kind: 'income_proof', offers: 1 }] });
    // Across every lender: instalments accepted 3 times, income proof with 2 of them.
    expect(evidenceOnAcceptedOffers(core.db, null)).toEqual({
      accepted: [
        { remedy: 'instalments', offers: 3 },
        { remedy: 'waiver', offers: 1 },
      ],
      byKind: [
        { remedy: 'instalments', kind: 'contract', offers: 1 },
        { remedy: 'instalments', kind: 'income_proof', offers: 2 },
        { remedy: 'waiver', kind: 'hardship_proof', offers: 1 },
        { remedy: 'waiver', kind: 'income_proof', offers: 1 },
      ],
    });
  });
});
