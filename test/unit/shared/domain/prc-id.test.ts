import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIdNumber, idNumberCheckChar, maskIdNumber, normaliseIdNumber } from '../../../../shared/domain/prc-id';

// Check characters worked out by hand (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2,
// sum mod 11 indexes into "1 0 X 9 8 7 6 5 4 3 2"):
//   11010519491231002X: sum 167, 167 mod 11 = 2 -> X
//   110101199003071233: sum 174, 174 mod 11 = 9 -> 3
//   110101200001010010: sum  45,  45 mod 11 = 1 -> 0
//   32031119770615053X: sum 255, 255 mod 11 = 2 -> X
const VALID = ['11010519491231002X', '110101199003071233', '110101200001010010', '32031119770615053X'];

describe('idNumberCheckChar', () => {
  it.each(VALID)('computes the hand-worked check character of %s', (id) => {
    expect(idNumberCheckChar(id.slice(0, 17))).toBe(id[17]);
  });
});

describe('checkIdNumber', () => {
  it.each(VALID)('accepts %s', (id) => {
    expect(checkIdNumber(id)).toBeNull();
  });

  it.each(VALID)('refuses %s with any other check character', (id) => {
    for (const c of '0123456789X') {
      if (c === id[17]) continue;
      expect(checkIdNumber(id.slice(0, 17) + c)).toBe('checksum');
    }
  });

  it('refuses a transposition of two adjacent body digits', () => {
    // 11010519491231002X with the sequence 002 typed as 020.
    expect(checkIdNumber('11010519491231020X')).toBe('checksum');
  });

  it.each([
    ['2026-02-30', '110105202602300010'],
    ['1949-02-29 (not a leap year)', '110105194902290010'],
    ['1990-13-01', '110101199013010010'],
    ['1990-00-10', '110101199000100010'],
    ['1990-04-31', '110101199004310010'],
    ['1990-01-00', '110101199001000010'],
    ['1880-01-01 (before 1900)', '440524188001010014'],
  ])('refuses the birth date %s as birthDate', (_, id) => {
    expect(checkIdNumber(id)).toBe('birthDate');
  });

  it('refuses a birth date after today, judged against the day it is given', () => {
    const body = '11010520300101001';
    const id = body + idNumberCheckChar(body);
    expect(checkIdNumber(id, new Date(2026, 10, 23))).toBe('birthDate');
    expect(checkIdNumber(id, new Date(2030, 0, 1))).toBeNull();
  });

  it('accepts 29 February in a leap year when the check character is right', () => {
    const body = '11010520000229001';
    expect(checkIdNumber(body + idNumberCheckChar(body))).toBeNull();
  });

  it.each([
    ['empty', ''],
    ['17 digits', '11010519491231002'],
    ['19 characters', '11010519491231002XX'],
    ['X in the body', '1101051949123100X2'],
    ['letters', 'ABCDEFGHIJKLMNOPQR'],
    ['lower-case x not normalised', '11010519491231002x'],
    ['15-digit old-style number', '110105491231002'],
    ['full-width digits', '１１０１０５１９４９１２３１００２Ｘ'],
  ])('refuses %s as format', (_, id) => {
    expect(checkIdNumber(id)).toBe('format');
  });
});

describe('normaliseIdNumber', () => {
  it('upper-cases a trailing x, so the number becomes valid', () => {
    expect(normaliseIdNumber('11010519491231002x')).toBe('11010519491231002X');
    expect(checkIdNumber(normaliseIdNumber('11010519491231002x'))).toBeNull();
  });

  it('removes spaces typed when copying from a card', () => {
    expect(normaliseIdNumber(' 110105 19491231 002x ')).toBe('11010519491231002X');
  });
});

describe('maskIdNumber', () => {
  it('keeps the region prefix and the last four characters', () => {
    expect(maskIdNumber('110101199003071234')).toBe('1101**********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });

  it('masks every character of short values', () => {
    expect(maskIdNumber('12345678')).toBe('********');
    expect(maskIdNumber('')).toBe('');
  });

  it('never shows the birth date', () => {
    expect(maskIdNumber('11010519491231002X')).not.toContain('19491231');
  });
});

describe('properties', () => {
  // 17 digits whose birth date is real: region (6), date (8, 1900-2025, never in the future), sequence (3).
  const body = fc
    .record({
      region: fc.stringMatching(/^\d{6}$/),
      date: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true }),
      seq: fc.stringMatching(/^\d{3}$/),
    })
    .map(({ region, date, seq }) => region + date.toISOString().slice(0, 10).replace(/-/g, '') + seq);

  it('17 digits with a valid date plus their check character make a valid number', () => {
    fc.assert(
      fc.property(body, (b) => {
        expect(b).toMatch(/^\d{17}$/);
        expect(checkIdNumber(b + idNumberCheckChar(b))).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('changing the last character makes it invalid', () => {
    fc.assert(
      fc.property(body, fc.constantFrom(...'0123456789X'), (b, other) => {
        fc.pre(other !== idNumberCheckChar(b));
        expect(checkIdNumber(b + other)).toBe('checksum');
      }),
      { numRuns: 500 },
    );
  });

  it('changing any single body digit is caught', () => {
    // MOD 11-2 detects every single-digit substitution. Change the sequence digits so the date stays valid.
    fc.assert(
      fc.property(body, fc.integer({ min: 14, max: 16 }), fc.integer({ min: 1, max: 9 }), (b, pos, delta) => {
        const id = b + idNumberCheckChar(b);
        const changed = id.slice(0, pos) + String((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
        expect(checkIdNumber(changed)).toBe('checksum');
      }),
    );
  });
});
