import { describe, expect, it } from 'vitest';
import { formatPhone, isValidPhone, normalisePhone } from '../../../../shared/domain/phone';

const valid = (raw: string) => isValidPhone(normalisePhone(raw));

describe('normalisePhone', () => {
  it.each([
    ['138-0013-8000', '13800138000'],
    [' 138 0013 8000 ', '13800138000'],
    ['138.0013.8000', '13800138000'],
    ['(010) 6552-9988', '01065529988'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['+852 9123-4567', '+85291234567'],
  ])('%s -> %s', (raw, expected) => {
    expect(normalisePhone(raw)).toBe(expected);
  });

  it('keeps only a leading plus', () => {
    expect(normalisePhone('138+0013+8000')).toBe('13800138000');
  });
});

describe('isValidPhone', () => {
  it.each(['13800138000', '13912345678', '15012345678', '16612345678', '17712345678', '18612345678', '19912345678'])(
    'accepts the mainland mobile %s',
    (p) => expect(valid(p)).toBe(true),
  );

  it.each(['010-65529988', '021-5888 1234', '0755-1234567', '0571-88881234', '(0898) 6888 1234'])('accepts the landline %s', (p) =>
    expect(valid(p)).toBe(true),
  );

  it.each(['+86 138 0013 8000', '+86 10 6552 9988', '+86 755 1234 5678'])('accepts the +86 number %s', (p) => expect(valid(p)).toBe(true));

  it.each(['+852 9123 4567', '+852 2123 4567', '+853 6612 3456', '+853 2888 1234', '+886 912 345 678', '+886 2 2345 6789', '+886 7 123 4567'])(
    'accepts the Hong Kong / Macau / Taiwan number %s',
    (p) => expect(valid(p)).toBe(true),
  );

  it.each(['+1 415 555 0100', '+44 20 7946 0958', '+65 6123 4567'])('accepts the international number %s', (p) =>
    expect(valid(p)).toBe(true),
  );

  it.each([
    ['empty', ''],
    ['letters', 'abc'],
    ['10-digit mobile', '1380013800'],
    ['12-digit mobile', '138001380001'],
    ['mobile starting 12', '12800138000'],
    ['mobile starting 10', '10800138000'],
    ['too-short landline', '010-1234567'.slice(0, 8)],
    ['landline without leading 0', '1065529988'],
    ['a lone plus', '+'],
    ['plus and zero country code', '+0 123 4567 890'],
    ['16 digits after the plus (E.164 allows 15)', '+1 2345 6789 0123 456'],
    ['Hong Kong with 7 digits', '+852 9123 456'],
    ['Hong Kong with 9 digits', '+852 9123 45678'],
    ['Macau with 7 digits', '+853 6612 345'],
    ['Taiwan with 7 digits', '+886 912 3456'],
    ['Taiwan with 10 digits', '+886 912 345 6789'],
    ['+86 mobile starting 12', '+86 128 0013 8000'],
    ['+86 mobile with 12 digits', '+86 138 0013 80001'],
    ['+86 Beijing with 7 digits', '+86 10 1234 567'],
  ])('refuses %s', (_, p) => {
    expect(valid(p)).toBe(false);
  });

  it('refuses un-normalised input', () => {
    expect(isValidPhone('138-0013-8000')).toBe(false);
    expect(isValidPhone(' 13800138000')).toBe(false);
  });
});

describe('formatPhone', () => {
  it('groups a mainland mobile 3-4-4', () => {
    expect(formatPhone('13800138000')).toBe('138 0013 8000');
  });

  it.each([
    ['+8613800138000', '+86 138 0013 8000'],
    ['0912345678', '0912-345-678'],
    ['+886912345678', '+886 912-345-678'],
    ['91234567', '9123 4567'],
    ['+85291234567', '+852 9123 4567'],
    ['+85366123456', '+853 6612 3456'],
    ['28881234', '2888 1234'],
  ])('groups %s as %s', (stored, shown) => {
    expect(formatPhone(stored)).toBe(shown);
  });

  it('reads Taiwan and Hong Kong numbers typed every usual way', () => {
    for (const typed of ['0912-345-678', '0912 345 678', '+886 912 345 678', '+886-0912-345-678', '(+886) 912345678']) {
      const stored = normalisePhone(typed);
      expect(isValidPhone(stored), typed).toBe(true);
      expect(formatPhone(stored).replace('+886 ', '0'), typed).toBe('0912-345-678');
    }
    for (const typed of ['9123 4567', '9123-4567', '+852 9123 4567', '+852-91234567']) {
      const stored = normalisePhone(typed);
      expect(isValidPhone(stored), typed).toBe(true);
      expect(formatPhone(stored), typed).toMatch(/(^|\+852 )9123 4567$/);
    }
  });

  it('leaves other numbers alone', () => {
    expect(formatPhone('+8862223456789')).toBe('+8862223456789');
    expect(formatPhone('01065529988')).toBe('01065529988');
  });
});
