import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContactCreateInput, FollowupSnoozeInput, utcToZoned, zonedToUtc } from '../../../../shared/schemas/contacts';
import { TimelineListInput } from '../../../../shared/schemas/timeline';

describe('local date and time in the counsellor’s time zone', () => {
  it('converts Shanghai wall-clock time to UTC and back across midnight', () => {
    expect(zonedToUtc('2025-03-16', '01:30', 'Asia/Shanghai')).toBe('2025-03-15T17:30:00.000Z');
    expect(utcToZoned('2025-03-15T17:30:00.000Z', 'Asia/Shanghai')).toEqual({ date: '2025-03-16', time: '01:30' });
    expect(utcToZoned('2025-03-15T17:30:00.000Z', 'Europe/London')).toEqual({ date: '2025-03-15', time: '17:30' });
  });

  it('handles daylight saving: the skipped hour moves forward, the repeated hour takes the first instant', () => {
    // London springs forward at 01:00 on 30 March 2025: 01:30 does not exist.
    expect(zonedToUtc('2025-03-30', '01:30', 'Europe/London')).toBe('2025-03-30T01:30:00.000Z');
    expect(zonedToUtc('2025-03-30', '02:30', 'Europe/London')).toBe('2025-03-30T01:30:00.000Z');
    // Summer time: 12:00 is 11:00 UTC.
    expect(zonedToUtc('2025-07-01', '12:00', 'Europe/London')).toBe('2025-07-01T11:00:00.000Z');
  });

  it('round-trips every minute-aligned instant (property)', () => {
    const zones = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Europe/London', 'America/New_York', 'Australia/Adelaide'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1) / 60000, max: Date.UTC(2040, 0, 1) / 60000 }), fc.constantFrom(...zones), (minute, zone) => {
        const iso = new Date(minute * 60000).toISOString();
        const l = utcToZoned(iso, zone);
        const back = zonedToUtc(l.date, l.time, zone);
        // In an overlap (autumn) the same wall time has two instants; the earlier one comes back.
        expect(utcToZoned(back, zone)).toEqual(l);
        expect(Date.parse(back)).toBeLessThanOrEqual(Date.parse(iso));
      }),
    );
  });
});

describe('schemas', () => {
  const base = { clientId: 1, occurredAt: '2025-03-15T02:30:00.000Z', channel: 'phone', direction: 'in', summary: '来电' };
  it('fills defaults for a contact and turns blank text into null', () => {
    expect(ContactCreateInput.parse({ ...base, person: '  ' })).toMatchObject({ debtId: null, lenderId: null, person: null, isIncident: false, incidentTypes: [], followUpDate: null });
  });
  it('an incident needs a kind; the message is an i18n key on the field', () => {
    const r = ContactCreateInput.safeParse({ ...base, isIncident: true });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ['incidentTypes'], message: 'contacts.errors.incidentTypeRequired' });
  });
  it('a snooze takes a date or a number of days, not both', () => {
    expect(FollowupSnoozeInput.safeParse({ id: 1, days: 3 }).success).toBe(true);
    expect(FollowupSnoozeInput.safeParse({ id: 1, until: '2025-04-01' }).success).toBe(true);
    expect(FollowupSnoozeInput.safeParse({ id: 1 }).success).toBe(false);
    expect(FollowupSnoozeInput.safeParse({ id: 1, days: 3, until: '2025-04-01' }).success).toBe(false);
  });
  it('the timeline pages 50 by default, at most 200', () => {
    expect(TimelineListInput.parse({ clientId: 1 }).limit).toBe(50);
    expect(TimelineListInput.safeParse({ clientId: 1, limit: 201 }).success).toBe(false);
  });
});
