import { describe, expect, it } from 'vitest';
import { amountIn, compareTotals, currenciesHomeFirst, homeFirst, totalsByCurrency, totalsOfRegions } from '../../../../shared/domain/currency-totals';

describe('totals per currency', () => {
  it('adds within a currency only, exactly, drops zeros and keeps the regions’ order', () => {
    expect(
      totalsByCurrency([
        { currency: 'HKD', amountMinor: 1_00 },
        { currency: 'CNY', amountMinor: 10 },
        { currency: 'TWD', amountMinor: 3_000_00 },
        { currency: 'CNY', amountMinor: 20 },
        { currency: 'MOP', amountMinor: 5 },
        { currency: 'MOP', amountMinor: -5 },
      ]),
    ).toEqual([
      { currency: 'CNY', amountMinor: 30 },
      { currency: 'TWD', amountMinor: 3_000_00 },
      { currency: 'HKD', amountMinor: 1_00 },
    ]);
    expect(totalsByCurrency([])).toEqual([]);
    expect(() => totalsByCurrency([{ currency: 'CNY', amountMinor: Number.MAX_SAFE_INTEGER }, { currency: 'CNY', amountMinor: 1 }])).toThrow(RangeError);
  });

  it('reads rows grouped by region as their currencies', () => {
    expect(
      totalsOfRegions([
        { region: 'tw', fen: 500 },
        { region: 'cn', fen: 100 },
        { region: 'mo', fen: null },
      ]),
    ).toEqual([
      { currency: 'CNY', amountMinor: 100 },
      { currency: 'TWD', amountMinor: 500 },
    ]);
  });

  it('puts the installation’s currency first and sorts by it, then by the others in turn', () => {
    const cny = [{ currency: 'CNY' as const, amountMinor: 100 }];
    const twd = [{ currency: 'TWD' as const, amountMinor: 1_000_000 }];
    const both = [...cny, { currency: 'TWD' as const, amountMinor: 1 }];
    expect(currenciesHomeFirst('TWD')).toEqual(['TWD', 'CNY', 'HKD', 'MOP', 'USD']);
    expect(homeFirst(both, 'TWD').map((t) => t.currency)).toEqual(['TWD', 'CNY']);
    expect(amountIn(both, 'HKD')).toBe(0);
    const order = currenciesHomeFirst('CNY');
    // By renminbi first: the large NT$ figure does not outweigh ¥100.
    expect([twd, both, cny].sort((a, b) => compareTotals(a, b, order))).toEqual([twd, cny, both]);
    expect([cny, both, twd].sort((a, b) => compareTotals(a, b, currenciesHomeFirst('TWD')))).toEqual([cny, both, twd]);
  });
});
