import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../../shared/contract';
import { addClient, caseAndOtherLenderPerTest } from '../contacts/setup';

const NOW = new Date('2025-03-15T09:00:00.000Z');
const setup = caseAndOtherLenderPerTest(() => NOW);

type IncidentTypes = NonNullable<ChannelInput<'contacts.create'>['incidentTypes']>;

const call = {
  phone: { occurredAt: '2025-03-15T02:30:00.000Z', channel: 'phone', direction: 'out', summary: '询问是否可以分期' },
} as const;

describe('incidents.byLender', () => {
  it('lists a lender’s incidents across cases, newest first, with counts by kind', async () => {
    const { core, lender, other, clientId, debtId } = await setup();
    const second = await addClient(core, '陈大文');
    const inc = (client: number, lenderId: number, occurredAt: string, incidentTypes: IncidentTypes) =>
      core.call('contacts.create', { clientId: client, lenderId, occurredAt, channel: 'phone', direction: 'in', summary: '催收来电', isIncident: true, incidentTypes });
    await inc(clientId, lender, '2025-03-10T14:00:00.000Z', ['threats', 'unreasonable_hours']);
    await inc(second, lender, '2025-03-12T14:00:00.000Z', ['threats']);
    await inc(second, other, '2025-03-13T14:00:00.000Z', ['violence']);
    await core.call('contacts.create', { clientId, debtId, ...call.phone });
    const r = await core.call('incidents.byLender', { lenderId: lender });
    expect(r.total).toBe(2);
    expect(r.clients).toBe(2);
    expect(r.byType).toEqual([
      { type: 'threats', count: 2 },
      { type: 'unreasonable_hours', count: 1 },
    ]);
    expect(r.items.map((i) => [i.clientName, i.types])).toEqual([
      ['陈大文', ['threats']],
      ['王小明', ['threats', 'unreasonable_hours']],
    ]);
    expect((await core.fail('incidents.byLender', { lenderId: 999 })).code).toBe('NOT_FOUND');
    expect((await core.failRaw('incidents.byLender', { lenderId: 'x' })).code).toBe('VALIDATION');
  });
});
