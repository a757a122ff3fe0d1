import { describe, expect, it } from 'vitest';
import { isValidPersonName, normaliseName } from '../../../../shared/domain/person-name';

describe('isValidPersonName', () => {
  it.each([
    ['a common name', '张伟'],
    ['a single character', '李'],
    ['rare 堃', '王堃'],
    ['rare 喆', '陈喆'],
    ['rare 燚', '林燚'],
    ['CJK extension A 䶮', '刘䶮'],
    ['CJK extension B 𠮷 (outside the BMP)', '𠮷野家'],
    ['compound surname', '欧阳娜娜'],
    ['compound surname 司马', '司马相如'],
    ['middle-dot name', '买买提·艾力'],
    ['long transliterated name', '阿卜杜热西提·阿不都热合曼'],
    ['Latin', 'John Smith'],
    ['hyphen and apostrophe', "Mary-Jane O'Brien"],
    ['typographic apostrophe', 'D’Angelo'],
    ['accents', 'José Núñez'],
    ['diaeresis', 'Zoë Brontë'],
    ['initial with dot', 'J. R. Smith'],
    ['Traditional characters', '陳嘉豪'],
    ['60 characters', 'a'.repeat(60)],
    ['60 characters outside the BMP', '𠮷'.repeat(60)],
  ])('accepts %s: %s', (_, name) => {
    expect(isValidPersonName(name)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['a digit', '张3'],
    ['digits only', '123'],
    ['an at sign', '张@三'],
    ['markup', '<script>'],
    ['a semicolon', '张三;DROP'],
    ['an emoji', '张三😀'],
    ['a leading space', ' 张三'],
    ['a leading middle dot', '·艾力'],
    ['a leading hyphen', '-Smith'],
    ['a newline', '张\n三'],
    ['61 characters', 'a'.repeat(61)],
    ['61 characters outside the BMP', '𠮷'.repeat(61)],
    ['full-width digits', '张３'],
  ])('refuses %s', (_, name) => {
    expect(isValidPersonName(name)).toBe(false);
  });
});

describe('normaliseName', () => {
  it('trims and collapses white space', () => {
    expect(normaliseName('  John \t  Smith \n')).toBe('John Smith');
  });

  it('turns a bullet typed for the middle dot into ·', () => {
    expect(normaliseName('买买提•艾力')).toBe('买买提·艾力');
  });

  it('composes combining accents (NFC)', () => {
    const decomposed = 'Jose\u0301';
    expect(decomposed).toHaveLength(5);
    expect(normaliseName(decomposed)).toBe('Jos\u00e9');
  });

  it('leaves characters outside the BMP intact', () => {
    expect(normaliseName(' 𠮷野 ')).toBe('𠮷野');
  });
});
