import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkHongKongId,
  checkMacauId,
  checkPersonalId,
  checkTaiwanId,
  displayPersonalId,
  hongKongCheckChar,
  ID_TYPES,
  inferIdType,
  maskPersonalId,
  normalisePersonalId,
  taiwanCheckDigit,
} from '../../../../shared/domain/personal-id';

const TW_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('Taiwan national ID', () => {
  it('accepts the textbook example A123456789 and other known-good numbers', () => {
    expect(checkTaiwanId('A123456789')).toBeNull();
    // Worked by hand: F = 15 -> 1×1 + 5×9 = 46; 1,3,1,3,4,5,6,7 × 8…1 = 100; 146 -> check 4.
    expect(checkTaiwanId('F131345674')).toBeNull();
    expect(taiwanCheckDigit('A', '12345678')).toBe(9);
  });

  it('knows the letters out of alphabetical order (I=34, O=35, W=32, X=30, Y=31, Z=33)', () => {
    // I = 34: 3 + 4×9 = 39; digits 1,0,0,0,0,0,0,0 × 8… = 8; 47 -> check 3.
    expect(taiwanCheckDigit('I', '10000000')).toBe(3);
    // W = 32: 3 + 18 = 21; + 8 = 29 -> check 1.
    expect(taiwanCheckDigit('W', '10000000')).toBe(1);
  });

  it.each([
    ['A123456788', 'checksum'],
    ['A323456789', 'format'], // second digit must be 1, 2 (or 8, 9 for resident certificates)
    ['a123456789', 'format'],
    ['A12345678', 'format'],
    ['1123456789', 'format'],
  ])('refuses %s (%s)', (id, problem) => expect(checkTaiwanId(id)).toBe(problem));

  const body = fc.record({ letter: fc.constantFrom(...TW_LETTERS), sex: fc.constantFrom('1', '2', '8', '9'), rest: fc.stringMatching(/^\d{7}$/) });

  it('every letter, sex digit and seven digits with their check digit is valid; any other last digit is not', () => {
    fc.assert(
      fc.property(body, fc.integer({ min: 1, max: 9 }), ({ letter, sex, rest }, delta) => {
        const eight = sex + rest;
        const check = taiwanCheckDigit(letter, eight);
        expect(checkTaiwanId(letter + eight + check)).toBeNull();
        expect(checkTaiwanId(letter + eight + ((check + delta) % 10))).toBe('checksum');
      }),
      { numRuns: 500 },
    );
  });

  // The weights 8…1 share factors with 10, so the check digit cannot catch every change: a
  // digit of weight 5 changed by 2 goes unseen. Those of weight 7, 3 and 1 (the third,
  // seventh and ninth characters) are always caught.
  it('catches a single changed digit where its weight is prime to 10', () => {
    fc.assert(
      fc.property(body, fc.constantFrom(2, 6, 8), fc.integer({ min: 1, max: 9 }), ({ letter, sex, rest }, pos, delta) => {
        const id = letter + sex + rest + taiwanCheckDigit(letter, sex + rest);
        const changed = id.slice(0, pos) + ((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
        expect(checkTaiwanId(changed)).toBe('checksum');
      }),
      { numRuns: 500 },
    );
  });
});

describe('Hong Kong identity card', () => {
  it('accepts A123456(3) as typed, stored A1234563', () => {
    const stored = normalisePersonalId('a123456(3)');
    expect(stored).toBe('A1234563');
    expect(checkHongKongId(stored)).toBeNull();
    expect(displayPersonalId('hk_identity', stored)).toBe('A123456(3)');
    expect(normalisePersonalId('Ａ 123456 （3）')).toBe('A1234563');
    expect(normalisePersonalId('11010519491231002x')).toBe('11010519491231002X');
  });

  it('computes check characters, two-letter prefixes and the check A', () => {
    expect(hongKongCheckChar('A', '123456')).toBe('3');
    // Two letters: A=10×9 + B=11×8 + 9,8,7,6,5,4 × 7…2 = 90 + 88 + 193 = 371; 371 mod 11 = 8 -> 3.
    expect(hongKongCheckChar('AB', '987654')).toBe('3');
    expect(checkHongKongId('AB9876543')).toBeNull();
    // A remainder of 1 needs the check A (10).
    const withA = fc.sample(fc.stringMatching(/^\d{6}$/), 2000).find((six) => hongKongCheckChar('C', six) === 'A')!;
    expect(checkHongKongId(`C${withA}A`)).toBeNull();
  });

  it.each([
    ['A1234564', 'checksum'],
    ['A12345', 'format'],
    ['ABC1234563', 'format'],
    ['A123456B', 'format'],
  ])('refuses %s (%s)', (id, problem) => expect(checkHongKongId(id)).toBe(problem));

  it('any other check character is refused', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{1,2}$/), fc.stringMatching(/^\d{6}$/), fc.constantFrom(...'0123456789A'), (letters, six, other) => {
        const check = hongKongCheckChar(letters, six);
        expect(checkHongKongId(letters + six + check)).toBeNull();
        fc.pre(other !== check);
        expect(checkHongKongId(letters + six + other)).toBe('checksum');
      }),
      { numRuns: 500 },
    );
  });
});

describe('Macau resident card (shape only: no public check rule)', () => {
  it('accepts 1, 5 or 7, six digits and the digit in brackets', () => {
    for (const typed of ['1234567(8)', '5/123456/7', '7 123456 (0)']) {
      const stored = normalisePersonalId(typed);
      expect(checkMacauId(stored), typed).toBeNull();
    }
    expect(displayPersonalId('mo_resident', '12345678')).toBe('1234567(8)');
  });

  it.each(['2234567(8)', '123456(7)', '1234567(A)'])('refuses %s', (typed) => {
    expect(checkMacauId(normalisePersonalId(typed))).toBe('format');
  });
});

describe('checkPersonalId by type', () => {
  it('checks each number by its own type, not the mainland rule', () => {
    expect(checkPersonalId('tw_national', 'A123456789')).toBeNull();
    expect(checkPersonalId('prc_resident', 'A123456789')).toBe('format');
    expect(checkPersonalId('hk_identity', 'A1234563')).toBeNull();
    expect(checkPersonalId('prc_resident', '11010519491231002X')).toBeNull();
    expect(checkPersonalId('passport', normalisePersonalId('e 1234 5678'))).toBeNull();
    expect(checkPersonalId('passport', 'E1')).toBe('format');
    expect(checkPersonalId('other', 'Residence permit 88-12')).toBeNull();
    expect(checkPersonalId('other', '')).toBe('format');
  });

  it('infers the type of a number given alone from its shape', () => {
    expect(inferIdType('11010519491231002X')).toBe('prc_resident');
    expect(inferIdType('A123456789')).toBe('tw_national');
    expect(inferIdType('A1234563')).toBe('hk_identity');
    expect(inferIdType('12345678')).toBe('mo_resident');
    expect(inferIdType('123')).toBe('prc_resident');
  });
});

describe('maskPersonalId', () => {
  it.each([
    ['prc_resident', '11010519491231002X', '1101**********002X'],
    ['tw_national', 'A123456789', 'A1******89'],
    ['hk_identity', 'A1234563', 'A******(3)'],
    ['hk_identity', 'AB9876543', 'AB******(3)'],
    ['mo_resident', '12345678', '1******(8)'],
    ['passport', 'E12345678', 'E1*****78'],
    ['other', 'X12', '***'],
  ] as const)('%s %s -> %s', (type, id, masked) => expect(maskPersonalId(type, id)).toBe(masked));

  it('never shows more than four characters of any number', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ID_TYPES), fc.stringMatching(/^[A-Z0-9]{1,20}$/), (type, id) => {
        const shown = maskPersonalId(type, id).replace(/[*()]/g, '');
        expect(shown.length).toBeLessThanOrEqual(Math.min(8, id.length));
        if (type !== 'prc_resident') expect(shown.length).toBeLessThanOrEqual(4);
      }),
    );
  });
});
