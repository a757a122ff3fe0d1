import { afterEach, describe, expect, it } from 'vitest';
import { catalogs, DEFAULT_LOCALE, lookup, translate } from '../../../../shared/i18n';

describe('lookup', () => {
  it('finds a nested string', () => {
    expect(lookup('en', 'validation.idNumber.checksum')).toBe(catalogs.en.validation.idNumber.checksum);
  });

  it('returns undefined for a branch, a missing key and a path through a leaf', () => {
    expect(lookup('en', 'validation.idNumber')).toBeUndefined();
    expect(lookup('en', 'validation.nope')).toBeUndefined();
    expect(lookup('en', 'validation.phone.deeper')).toBeUndefined();
    expect(lookup('en', '')).toBeUndefined();
  });

  it('does not reach into the prototype', () => {
    expect(lookup('en', 'constructor')).toBeUndefined();
    expect(lookup('en', 'validation.toString')).toBeUndefined();
  });
});

describe('translate', () => {
  const restore: (() => void)[] = [];
  afterEach(() => {
    while (restore.length) restore.pop()!();
  });

  it('picks the language asked for', () => {
    const zhCN = translate('zh-CN', 'errors.NOT_FOUND');
    const zhTW = translate('zh-TW', 'errors.NOT_FOUND');
    const en = translate('en', 'errors.NOT_FOUND');
    expect(zhCN).toBe(catalogs['zh-CN'].errors.NOT_FOUND);
    expect(zhTW).toBe(catalogs['zh-TW'].errors.NOT_FOUND);
    expect(en).toBe(catalogs.en.errors.NOT_FOUND);
    expect(new Set([zhCN, zhTW, en]).size).toBe(3);
  });

  it('fills in {{parameters}}', () => {
    const section = catalogs.en.common as Record<string, string>;
    const saved = section.total!;
    section.total = 'Found {{count}} clients';
    restore.push(() => (section.total = saved));
    expect(translate('en', 'common.total', { count: 42 })).toBe('Found 42 clients');
    // and in the real catalogs
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
      const text = translate(locale, 'validation.idNumberTaken', { caseRef: 'P-2025-00007' });
      expect(text).toContain('P-2025-00007');
      expect(text).not.toContain('{{');
    }
  });

  it('fills a parameter used twice, and leaves nothing of a missing one', () => {
    const section = catalogs.en.common as Record<string, string>;
    const saved = section.total!;
    section.total = '{{count}} of {{count}} ({{other}})';
    restore.push(() => (section.total = saved));
    expect(translate('en', 'common.total', { count: 3 })).toBe('3 of 3 ()');
  });

  it('does not interpret $ patterns in parameter values', () => {
    const section = catalogs.en.common as Record<string, string>;
    const saved = section.total!;
    section.total = '[{{count}}]';
    restore.push(() => (section.total = saved));
    expect(translate('en', 'common.total', { count: "$& $' $1 $$" })).toBe("[$& $' $1 $$]");
  });

  it(`falls back to ${DEFAULT_LOCALE} when a language lacks the key`, () => {
    const section = catalogs.en.common as Record<string, string>;
    const saved = section.save!;
    delete section.save;
    restore.push(() => (section.save = saved));
    expect(translate('en', 'common.save')).toBe(catalogs['zh-CN'].common.save);
  });

  it('falls back to the key itself when no catalog has it', () => {
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
    expect(translate('zh-TW', 'validation.idNumber')).toBe('validation.idNumber');
  });
});
