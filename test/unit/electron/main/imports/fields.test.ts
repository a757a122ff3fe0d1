import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv } from '../../../../../electron/main/imports/csv';
import { fieldForHeader, proposeMapping } from '../../../../../electron/main/imports/fields';
import { gb18030 } from './sheets';

describe('headers to fields', () => {
  it('knows the names counsellors use, with units, stars and full-width forms', () => {
    expect(fieldForHeader('本金（元）')).toBe('principal');
    expect(fieldForHeader('身份证号*')).toBe('idNumber');
    expect(fieldForHeader('ＩＤ　Ｎｏ．')).toBe('idNumber');
    expect(fieldForHeader('Principal (¥)')).toBe('principal');
    expect(fieldForHeader('債權人')).toBe('lender');
    expect(fieldForHeader('首次逾期日期')).toBe('firstMissedDate');
    expect(fieldForHeader('序号')).toBeNull();
  });

  it('reads a compound Chinese header by what it ends in', () => {
    expect(fieldForHeader('客户电话')).toBe('phone');
    expect(fieldForHeader('借款人姓名')).toBe('name');
    expect(fieldForHeader('债权人名称')).toBe('lender');
  });

  it('uses each column once and the first column for a field', () => {
    expect(proposeMapping(['姓名', '电话', '手机', '备注'])).toEqual({ name: 0, phone: 1, notes: 3 });
  });
});

describe('CSV', () => {
  it('quotes, doubled quotes, line breaks in a field, semicolons and tabs as separators', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthen"\r\n', { maxRows: 10, maxColumns: 10 })).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthen'],
    ]);
    expect(parseCsv('a;b\n1;2\n', { maxRows: 10, maxColumns: 10 })).toEqual([['a', 'b'], ['1', '2']]);
    expect(parseCsv('a\tb\n1\t2', { maxRows: 10, maxColumns: 10 })).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('decodes UTF-8 with and without a BOM, GB18030 and UTF-16 with a BOM', () => {
    expect(decodeText(Buffer.from('\ufeff姓名,䶮'))).toBe('姓名,䶮');
    expect(decodeText(Buffer.from('姓名,张三'))).toBe('姓名,张三');
    expect(decodeText(gb18030('姓名,张三'))).toBe('姓名,张三');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('姓名\t张三', 'utf16le')]))).toBe('姓名\t张三');
  });
});
