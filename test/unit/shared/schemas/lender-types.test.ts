import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../../../shared/domain/region';
import { LENDER_TYPES, LenderCreateInput, lenderTypesFor } from '../../../../shared/schemas/lenders';
import { guessLenderType } from '../../../../renderer/src/components/lenderTypes';

describe('lender types by region', () => {
  it('offers each region its usual types first and every other type after, other last', () => {
    expect(lenderTypesFor('cn').own).toEqual(['online_platform', 'bank', 'consumer_finance', 'microcredit', 'collection_agency', 'private']);
    expect(lenderTypesFor('tw').own).toEqual(['bank', 'card_issuer', 'finance_company', 'pawnshop', 'collection_agency', 'private']);
    expect(lenderTypesFor('hk').own.slice(0, 3)).toEqual(['bank', 'card_issuer', 'money_lender']);
    for (const region of REGIONS) {
      const { own, others } = lenderTypesFor(region);
      expect([...own, ...others].sort()).toEqual([...LENDER_TYPES].sort());
      expect(others.at(-1)).toBe('other');
    }
  });

  it('accepts the new types through the contract and refuses an unknown one', () => {
    expect(LenderCreateInput.parse({ name: '晨光小额贷款', type: 'microcredit' }).type).toBe('microcredit');
    expect(LenderCreateInput.safeParse({ name: '某財務', type: 'loan_shark' }).success).toBe(false);
  });

  it('guesses a type from the name the way the region names lenders', () => {
    expect(guessLenderType('晨光小额贷款')).toBe('microcredit');
    expect(guessLenderType('永豐當鋪', 'tw')).toBe('pawnshop');
    expect(guessLenderType('中租迪和融資租賃', 'tw')).toBe('finance_company');
    expect(guessLenderType('富達財務有限公司', 'hk')).toBe('money_lender');
    // On the mainland a 财务公司 is a group's finance company, not a money lender.
    expect(guessLenderType('某集团财务公司', 'cn')).toBe('other');
    expect(guessLenderType('台新銀行', 'tw')).toBe('bank');
    expect(guessLenderType('好借App')).toBe('online_platform');
  });
});
