import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ClientCreateInput, ClientIdInput, ClientListInput, ClientUpdateInput } from '../../../../shared/schemas/clients';

function issues(result: z.ZodSafeParseResult<unknown>): Record<string, string> {
  expect(result.success).toBe(false);
  const out: Record<string, string> = {};
  for (const i of result.error!.issues) out[i.path.join('.') || '_'] ??= i.message;
  return out;
}

describe('ClientCreateInput', () => {
  it('normalises what a form sends', () => {
    const parsed = ClientCreateInput.parse({
      name: '  张三丰 ',
      phone: '139-1234-5678',
      idNumber: '11010519491231002x',
      email: '  zhang@example.com ',
      address: '',
      notes: '   ',
    });
    expect(parsed).toEqual({
      name: '张三丰',
      gender: 'unspecified',
      phone: '13912345678',
      idNumber: '11010519491231002X',
      email: 'zhang@example.com',
      address: null,
      status: 'intake',
      notes: null,
    });
  });

  it("turns '' into null for optional fields", () => {
    const parsed = ClientCreateInput.parse({ name: '李四', phone: '', idNumber: ' ', email: '' });
    expect(parsed.phone).toBeNull();
    expect(parsed.idNumber).toBeNull();
    expect(parsed.email).toBeNull();
  });

  it('needs only a name', () => {
    expect(ClientCreateInput.parse({ name: 'Wang Fang' })).toMatchObject({ name: 'Wang Fang', gender: 'unspecified', status: 'intake' });
  });

  it('refuses extra keys', () => {
    const e = issues(ClientCreateInput.safeParse({ name: '李四', id: 3, caseRef: 'X' }));
    expect(e._).toBeDefined();
  });

  it.each([
    ['name', { name: '' }, 'validation.required'],
    ['name', { name: '   ' }, 'validation.required'],
    ['name', {}, 'validation.required'],
    ['name', { name: '张3' }, 'validation.personName'],
    ['name', { name: 'a'.repeat(201) }, 'validation.tooLong'],
    ['phone', { name: '李四', phone: '12345' }, 'validation.phone'],
    ['phone', { name: '李四', phone: 13912345678 }, 'validation.text'],
    ['idNumber', { name: '李四', idNumber: '110105194912310021' }, 'validation.idNumber.checksum'],
    ['idNumber', { name: '李四', idNumber: '110105202602300010' }, 'validation.idNumber.birthDate'],
    ['idNumber', { name: '李四', idNumber: '1101051949' }, 'validation.idNumber.format'],
    ['email', { name: '李四', email: 'not-an-email' }, 'validation.email'],
    ['status', { name: '李四', status: 'done' }, 'validation.choice'],
    ['gender', { name: '李四', gender: 'x' }, 'validation.choice'],
    ['notes', { name: '李四', notes: 'x'.repeat(20_001) }, 'validation.tooLong'],
  ])('refuses a bad %s with its message key', (field, input, key) => {
    expect(issues(ClientCreateInput.safeParse(input))[field]).toBe(key);
  });
});

describe('ClientUpdateInput', () => {
  it('accepts a partial patch and normalises it', () => {
    expect(ClientUpdateInput.parse({ id: 1, rev: 2, patch: { phone: '+852 9123 4567', address: '' } })).toEqual({
      id: 1,
      rev: 2,
      patch: { phone: '+85291234567', address: null },
    });
  });

  it('refuses unknown patch keys, such as columns a form may not set', () => {
    const e = issues(ClientUpdateInput.safeParse({ id: 1, rev: 1, patch: { archived: true } }));
    expect(e.patch).toBeDefined();
  });

  it('needs a positive integer id and rev', () => {
    expect(issues(ClientUpdateInput.safeParse({ id: 0, rev: 1, patch: {} })).id).toBe('validation.id');
    expect(issues(ClientUpdateInput.safeParse({ id: 1.5, rev: 1, patch: {} })).id).toBe('validation.id');
    expect(issues(ClientUpdateInput.safeParse({ id: 1, rev: 0, patch: {} })).rev).toBe('validation.number');
    expect(issues(ClientUpdateInput.safeParse({ id: '1', rev: 1, patch: {} })).id).toBe('validation.id');
  });
});

describe('ClientIdInput', () => {
  it.each([0, -1, 1.5, '1', Number.MAX_SAFE_INTEGER + 2, Number.NaN, Infinity, null])('refuses id %s', (id) => {
    expect(ClientIdInput.safeParse({ id }).success).toBe(false);
  });

  it('accepts a positive integer', () => {
    expect(ClientIdInput.parse({ id: 7 })).toEqual({ id: 7 });
  });
});

describe('ClientListInput', () => {
  it('fills in defaults', () => {
    expect(ClientListInput.parse({})).toEqual({ page: 1, pageSize: 50, sort: 'updatedAt', order: 'desc', archived: false });
  });

  it('accepts page sizes 1 to 200', () => {
    expect(ClientListInput.parse({ pageSize: 1 }).pageSize).toBe(1);
    expect(ClientListInput.parse({ pageSize: 200 }).pageSize).toBe(200);
  });

  it.each([
    ['pageSize', { pageSize: 201 }],
    ['pageSize', { pageSize: 0 }],
    ['pageSize', { pageSize: 2.5 }],
    ['page', { page: 0 }],
    ['page', { page: 1_000_001 }],
    ['sort', { sort: 'id_number' }],
    ['sort', { sort: 'name; DROP TABLE clients' }],
    ['order', { order: 'up' }],
    ['status', { status: 'open' }],
    ['archived', { archived: 'yes' }],
    ['q', { q: 'x'.repeat(101) }],
  ])('refuses a bad %s', (field, input) => {
    expect(issues(ClientListInput.safeParse(input))[field]).toBeDefined();
  });

  it('refuses unknown keys', () => {
    expect(ClientListInput.safeParse({ limit: 10 }).success).toBe(false);
  });
});
