import { describe, expect, it } from 'vitest';
import { matchExpression, nameTokens, personTokens, textTokens } from '../../../../../electron/main/search/tokens';

describe('search tokens', () => {
  it('splits Chinese into characters and overlapping pairs', () => {
    expect(textTokens('张三丰')).toEqual(['张', '三', '丰', '张三', '三丰']);
  });

  it('adds pinyin and initials to names', () => {
    const tokens = nameTokens('张三');
    expect(tokens).toContain('zhangsan');
    expect(tokens).toContain('zs');
  });

  it('indexes the tails of long digit runs, so the last digits find a phone or card', () => {
    const tokens = textTokens('13812345678');
    expect(tokens).toContain('13812345678');
    expect(tokens).toContain('5678');
    expect(tokens).not.toContain('678');
  });

  it('lower-cases Latin words and keeps mixed references whole', () => {
    expect(textTokens('SJ-2024 Ref')).toEqual(['sj', '2024', 'ref']);
  });

  it('matches Chinese fragments by their pairs and Latin or digits by prefix', () => {
    expect(matchExpression('三丰')).toBe('"三丰"');
    expect(matchExpression('张三丰')).toBe('"张三" AND "三丰"');
    expect(matchExpression('张')).toBe('"张"');
    expect(matchExpression('zs')).toBe('"zs"*');
    expect(matchExpression('王 5678')).toBe('"王" AND "5678"*');
  });

  it('gives nothing to match for punctuation alone, and cannot be steered by FTS syntax', () => {
    expect(matchExpression('  *"() ')).toBeNull();
    expect(matchExpression('a" OR "b')).toBe('"a"* AND "or"* AND "b"*');
  });
});

describe('personTokens', () => {
  it('gives the pinyin and initials of each Chinese run of a free-text "who" field', () => {
    const tokens = personTokens('客服 王先生 工号 0372');
    expect(tokens).toEqual(expect.arrayContaining(['王先', '先生', 'wangxiansheng', 'wxs', 'kefu', 'kf', 'gonghao', '0372']));
    expect(personTokens(null)).toEqual([]);
  });
});
