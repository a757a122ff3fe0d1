import { describe, expect, it } from 'vitest';
import { auditLog, dbContentHash } from '../../../helpers/core';
import { addClient, caseAndOtherLenderPerTest } from './setup';

const NOW = new Date('2025-03-15T09:00:00.000Z');
const setup = caseAndOtherLenderPerTest(() => NOW);

const call = {
  phone: { occurredAt: '2025-03-15T02:30:00.000Z', channel: 'phone', direction: 'out', summary: '询问是否可以分期' },
} as const;

describe('contacts.create', () => {
  it('logs a contact about a debt, with the debt’s lender, and audits it', async () => {
    const { core, lender, clientId, debtId } = await setup();
    const c = await core.call('contacts.create', { clientId, debtId, ...call.phone, person: '客服 张女士 工号 1023', outcome: '同意考虑' });
    expect(c).toMatchObject({ clientId, debtId, lenderId: lender, lenderName: '好借App', channel: 'phone', direction: 'out', source: 'manual', isIncident: false, followup: null, rev: 1 });
    expect(c.person).toBe('客服 张女士 工号 1023');
    const audit = auditLog(core.db, 'contact');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_id: String(c.id), action: 'create' });
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ clientId, summary: '询问是否可以分期' });
  });

  it('stores the time as a full ISO UTC instant', async () => {
    const { core, clientId } = await setup();
    const c = await core.call('contacts.create', { clientId, ...call.phone, occurredAt: '2025-03-15T02:30:00Z' });
    expect(c.occurredAt).toBe('2025-03-15T02:30:00.000Z');
    expect(c.debtId).toBeNull();
    expect(c.lenderId).toBeNull();
  });

  it('marks an incident with its kinds, in catalogue order, and creates the follow-up it asks for', async () => {
    const { core, other, clientId, debtId } = await setup();
    const c = await core.call('contacts.create', {
      clientId,
      debtId,
      lenderId: other,
      ...call.phone,
      direction: 'in',
      isIncident: true,
      incidentTypes: ['unreasonable_hours', 'threats', 'threats'],
      incidentDetails: '晚上 23:40 来电，威胁上门',
      followUpDate: '2025-03-20',
      followUpNote: '整理投诉材料',
    });
    expect(c.lenderId).toBe(other);
    expect(c.incidentTypes).toEqual(['threats', 'unreasonable_hours']);
    expect(c.followup).toMatchObject({ dueDate: '2025-03-20', status: 'open', note: '整理投诉材料' });
    const f = core.db.prepare(`SELECT * FROM followups WHERE contact_id = ?`).get(c.id) as Record<string, unknown>;
    expect(f).toMatchObject({ reason: 'contact', client_id: clientId, debt_id: debtId, lender_id: other, due_date: '2025-03-20' });
    expect(auditLog(core.db, 'followup')).toHaveLength(1);
  });

  it('refuses bad input with field errors and leaves the database unchanged', async () => {
    const { core, clientId, debtId } = await setup();
    const otherClient = await addClient(core, '李四');
    const hash = dbContentHash(core.db);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ clientId, ...call.phone, summary: '  ' }, 'VALIDATION', 'summary'],
      [{ clientId, ...call.phone, channel: 'fax' }, 'VALIDATION', 'channel'],
      [{ clientId, ...call.phone, occurredAt: '2025-03-15' }, 'VALIDATION', 'occurredAt'],
      [{ clientId, ...call.phone, occurredAt: '2025-03-16T09:00:00.000Z' }, 'VALIDATION', 'occurredAt'],
      [{ clientId, ...call.phone, isIncident: true, incidentTypes: [] }, 'VALIDATION', 'incidentTypes'],
      [{ clientId, ...call.phone, isIncident: true, incidentTypes: ['rude'] }, 'VALIDATION', 'incidentTypes.0'],
      [{ clientId, ...call.phone, followUpDate: '2025-02-30' }, 'VALIDATION', 'followUpDate'],
      [{ clientId: otherClient, debtId, ...call.phone }, 'VALIDATION', 'debtId'],
      [{ clientId, debtId: 999, ...call.phone }, 'NOT_FOUND', 'debtId'],
      [{ clientId, lenderId: 999, ...call.phone }, 'NOT_FOUND', 'lenderId'],
      [{ clientId: 999, ...call.phone }, 'NOT_FOUND', 'clientId'],
      [{ clientId, ...call.phone, extra: 1 }, 'VALIDATION', ''],
    ];
    for (const [input, code, field] of cases) {
      const err = await core.failRaw('contacts.create', input);
      expect(err.code, JSON.stringify(input)).toBe(code);
      if (field) expect(Object.keys(err.fields ?? {}), JSON.stringify(input)).toContain(field);
    }
    expect(dbContentHash(core.db)).toBe(hash);
  });
});

describe('contacts.update / get / delete', () => {
  it('keeps the history in the audit log and moves, then cancels, the follow-up', async () => {
    const { core, clientId, debtId } = await setup();
    const c = await core.call('contacts.create', { clientId, debtId, ...call.phone, followUpDate: '2025-03-18' });
    const u = await core.call('contacts.update', { id: c.id, rev: 1, patch: { outcome: '对方同意暂停催收 30 天', followUpDate: '2025-03-25' } });
    expect(u).toMatchObject({ rev: 2, outcome: '对方同意暂停催收 30 天', followup: { dueDate: '2025-03-25', status: 'open' } });
    const audit = auditLog(core.db, 'contact');
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(JSON.parse(audit[1]!.before_json!).outcome).toBeNull();
    expect(JSON.parse(audit[1]!.after_json!).outcome).toBe('对方同意暂停催收 30 天');

    const v = await core.call('contacts.update', { id: c.id, rev: 2, patch: { followUpDate: null } });
    expect(v.followup).toMatchObject({ status: 'cancelled' });
    expect(await core.call('contacts.get', { id: c.id })).toEqual(v);
  });

  it('un-marking an incident clears its kinds and details', async () => {
    const { core, clientId } = await setup();
    const c = await core.call('contacts.create', { clientId, ...call.phone, isIncident: true, incidentTypes: ['threats'], incidentDetails: 'x' });
    const u = await core.call('contacts.update', { id: c.id, rev: 1, patch: { isIncident: false } });
    expect(u).toMatchObject({ isIncident: false, incidentTypes: [], incidentDetails: null });
    expect(core.db.prepare(`SELECT count(*) AS n FROM contact_incident_types`).get()).toEqual({ n: 0 });
  });

  it('refuses a stale rev, an unknown id and bad patches without changing anything', async () => {
    const { core, clientId } = await setup();
    const c = await core.call('contacts.create', { clientId, ...call.phone });
    const hash = dbContentHash(core.db);
    expect((await core.fail('contacts.update', { id: c.id, rev: 7, patch: { summary: 'x' } })).code).toBe('CONFLICT');
    expect((await core.fail('contacts.update', { id: 999, rev: 1, patch: { summary: 'x' } })).code).toBe('NOT_FOUND');
    const bad = await core.fail('contacts.update', { id: c.id, rev: 1, patch: { isIncident: true, incidentTypes: [] } });
    expect(bad.fields).toHaveProperty('patch.incidentTypes');
    const bad2 = await core.fail('contacts.update', { id: c.id, rev: 1, patch: { isIncident: true } });
    expect(bad2.fields).toHaveProperty('incidentTypes');
    expect((await core.fail('contacts.get', { id: 999 })).code).toBe('NOT_FOUND');
    expect((await core.fail('contacts.delete', { id: 999 })).code).toBe('NOT_FOUND');
    expect(dbContentHash(core.db)).toBe(hash);
  });

  it('deletes with an audit row, takes its follow-up along and keeps the evidence with the case', async () => {
    const { core, clientId } = await setup();
    const c = await core.call('contacts.create', { clientId, ...call.phone, followUpDate: '2025-03-18' });
    const at = NOW.toISOString();
    const file = core.db.prepare(`INSERT INTO files (sha256, size, mime, blob_name, created_at) VALUES ('ab', 1, 'image/png', 'b1', ?)`).run(at).lastInsertRowid;
    core.db
      .prepare(`INSERT INTO attachments (file_id, client_id, contact_id, kind, file_name, created_at, updated_at) VALUES (?, ?, ?, 'collection_evidence', 'shot.png', ?, ?)`)
      .run(file, clientId, c.id, at, at);
    expect(await core.call('contacts.delete', { id: c.id })).toEqual({ deleted: true });
    expect(core.db.prepare(`SELECT count(*) AS n FROM contacts`).get()).toEqual({ n: 0 });
    expect(core.db.prepare(`SELECT count(*) AS n FROM followups`).get()).toEqual({ n: 0 });
    expect(core.db.prepare(`SELECT client_id, contact_id FROM attachments`).all()).toEqual([{ client_id: clientId, contact_id: null }]);
    expect(auditLog(core.db, 'contact').map((a) => a.action)).toEqual(['create', 'delete']);
    expect(auditLog(core.db, 'followup').map((a) => a.action)).toEqual(['create', 'delete']);
  });
});
