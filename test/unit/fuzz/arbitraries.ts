import fc from 'fast-check';
import { z } from 'zod';

// Inputs for the IPC fuzz test. Each channel's zod input schema is turned into JSON Schema,
// and from that into values that mostly pass validation (so the handlers themselves run),
// then some of them are spoiled with hostile values at one spot.

type Json = Record<string, unknown>;

/** Values that have broken real applications: types, numbers, dates, markup, scripts, text direction. */
export const HOSTILE_CONSTANTS: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  -0,
  0.5,
  2 ** 53,
  2 ** 63,
  -(2 ** 53),
  Number.MAX_VALUE,
  '2026-02-30',
  '2025-13-01',
  '0000-00-00',
  '2026-11-30T25:61:00Z',
  "'; DROP TABLE clients; --",
  '" OR 1=1 --',
  "') UNION SELECT key, value_json FROM settings --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u202Eevil.exe\u202C',
  'a\u200Bb\u200Dc\uFEFFd',
  'مرحبا עברית',
  '👨‍👩‍👧‍👦💸🏦🧾',
  '\u0000\u0001\u001F',
  '\uD800',
  '%s%n%x',
  '../../../../etc/passwd',
  'C:\\Windows\\System32\\config',
  '',
  '   ',
  null,
  undefined,
  true,
  [],
  {},
  [[[[]]]],
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
];

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_CONSTANTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: -1e6, max: 1e12 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

const isoDate = fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const isoTimestamp = fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
const chineseText = fc.constantFrom('张三', '李四', '王五', '堃喆燚', '协商还款', '招商银行', '分期', '测试备注', '12345', 'ok');

/** Ids mostly of rows that exist in the seeded database, sometimes of rows that do not. */
const idValue = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 6 }) }, { weight: 1, arbitrary: fc.integer({ min: 7, max: 2 ** 31 }) });

function looksLikeId(name: string): boolean {
  return name === 'id' || /Id$/.test(name);
}

function fromSchema(schema: unknown, defs: Json, name: string, depth: number): fc.Arbitrary<unknown> {
  if (typeof schema !== 'object' || schema === null || depth > 6) return fc.constant(undefined);
  const s = schema as Json;
  if (typeof s['$ref'] === 'string') {
    const key = (s['$ref'] as string).split('/').pop()!;
    return fromSchema(defs[key], defs, name, depth + 1);
  }
  const alternatives = (s['anyOf'] ?? s['oneOf']) as unknown[] | undefined;
  if (alternatives?.length) return fc.oneof(...alternatives.map((a) => fromSchema(a, defs, name, depth + 1)));
  if (Array.isArray(s['allOf']) && s['allOf'].length) return fromSchema(s['allOf'][0], defs, name, depth + 1);
  if ('const' in s) return fc.constant(s['const']);
  if (Array.isArray(s['enum']) && s['enum'].length) return fc.constantFrom(...(s['enum'] as unknown[]));
  const type = s['type'];
  if (Array.isArray(type)) return fc.oneof(...type.map((t) => fromSchema({ ...s, type: t }, defs, name, depth + 1)));
  switch (type) {
    case 'object': {
      const props = (s['properties'] ?? {}) as Json;
      const required = new Set((s['required'] ?? []) as string[]);
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, sub] of Object.entries(props)) shape[key] = fromSchema(sub, defs, key, depth + 1);
      if (!Object.keys(shape).length) return fc.constant({});
      return fc.record(shape, { requiredKeys: Object.keys(shape).filter((k) => required.has(k)) });
    }
    case 'array': {
      const items = fromSchema(s['items'], defs, name, depth + 1);
      const minLength = typeof s['minItems'] === 'number' ? s['minItems'] : 0;
      const maxLength = Math.max(minLength, Math.min(typeof s['maxItems'] === 'number' ? s['maxItems'] : 4, 4));
      return fc.array(items, { minLength, maxLength });
    }
    case 'string': {
      if (s['format'] === 'date' || (typeof s['pattern'] === 'string' && s['pattern'].includes('\\d{4}-\\d{2}-\\d{2}$'))) return isoDate;
      if (s['format'] === 'date-time') return isoTimestamp;
      const max = typeof s['maxLength'] === 'number' ? s['maxLength'] : 40;
      const min = typeof s['minLength'] === 'number' ? s['minLength'] : 0;
      return fc.oneof(chineseText, fc.string({ minLength: min, maxLength: Math.max(min, Math.min(max, 40)) })).filter((v) => v.length >= min && v.length <= max);
    }
    case 'integer': {
      if (looksLikeId(name)) return idValue;
      const min = typeof s['minimum'] === 'number' ? s['minimum'] : -1000;
      const max = typeof s['maximum'] === 'number' ? s['maximum'] : 10_000_000;
      return fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) });
    }
    case 'number': {
      const min = typeof s['minimum'] === 'number' ? s['minimum'] : -1e6;
      const max = typeof s['maximum'] === 'number' ? s['maximum'] : 1e6;
      return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.oneof(chineseText, fc.integer({ min: 0, max: 10 }), fc.constant(null));
  }
}

/** Mostly-valid inputs for a channel's input schema. */
export function validishInput(schema: z.ZodType): fc.Arbitrary<unknown> {
  let json: Json;
  try {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  } catch {
    return fc.constant({});
  }
  return fromSchema(json, (json['$defs'] ?? json['definitions'] ?? {}) as Json, '', 0);
}

/** One hostile change: replace the whole input, replace or add a field, or drop one. */
export function spoil(input: unknown): fc.Arbitrary<unknown> {
  const keys = input && typeof input === 'object' && !Array.isArray(input) ? Object.keys(input) : [];
  const whole = hostileValue;
  if (!keys.length) return fc.oneof(whole, fc.record({ unexpected: hostileValue }));
  const obj = input as Record<string, unknown>;
  return fc.oneof(
    whole,
    fc.tuple(fc.constantFrom(...keys), hostileValue).map(([k, v]) => ({ ...obj, [k]: v })),
    fc.tuple(fc.constantFrom('extra', 'id', '__proto__', 'constructor', 'rev'), hostileValue).map(([k, v]) => ({ ...obj, [k]: v })),
    fc.constantFrom(...keys).map((k) => {
      const copy = { ...obj };
      delete copy[k];
      return copy;
    }),
  );
}
