import { describe, expect, it } from 'vitest';
import { pinyinKeys } from '../../../../../electron/main/text/pinyin';

describe('pinyinKeys', () => {
  it.each([
    ['张三', 'zhangsan', 'zs'],
    ['欧阳娜娜', 'ouyangnana', 'oynn'],
    ['王堃', 'wangkun', 'wk'],
    ['陈喆', 'chenzhe', 'cz'],
    ['林燚', 'linyi', 'ly'],
    ['刘䶮', 'liuyan', 'ly'],
    ['买买提·艾力', 'maimaitiaili', 'mmtal'],
  ])('%s -> %s / %s', (name, full, initials) => {
    expect(pinyinKeys(name)).toEqual({ full, initials });
  });

  it('writes ü as v, as pinyin keyboards do, instead of dropping it', () => {
    expect(pinyinKeys('吕布')).toEqual({ full: 'lvbu', initials: 'lb' });
    expect(pinyinKeys('女娲').full).toBe('nvwa');
  });

  it('reads a leading character as a surname', () => {
    expect(pinyinKeys('曾志伟')).toEqual({ full: 'zengzhiwei', initials: 'zzw' });
    expect(pinyinKeys('单雄信')).toEqual({ full: 'shanxiongxin', initials: 'sxx' });
    expect(pinyinKeys('仇英').full).toBe('qiuying');
  });

  it('passes Latin names through, lower-cased and without accents or spaces', () => {
    expect(pinyinKeys('Mary Smith').full).toBe('marysmith');
    expect(pinyinKeys('José Núñez').full).toBe('josenunez');
    expect(pinyinKeys('Zoë').full).toBe('zoe');
  });

  it('only ever yields a-z and digits', () => {
    for (const name of ['𠮷野家', "Mary-Jane O'Brien", '吕·布', 'Ångström']) {
      const keys = pinyinKeys(name);
      expect(keys.full).toMatch(/^[a-z0-9]*$/);
      expect(keys.initials).toMatch(/^[a-z0-9]*$/);
    }
  });

  it('orders names as a Chinese dictionary does', () => {
    const names = ['张三', '吕布', '安娜', '卢俊义', '李四', '白雪'];
    const sorted = [...names].sort((a, b) => (pinyinKeys(a).full < pinyinKeys(b).full ? -1 : 1));
    expect(sorted).toEqual(['安娜', '白雪', '李四', '卢俊义', '吕布', '张三']);
  });
});
