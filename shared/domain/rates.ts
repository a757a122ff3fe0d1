// Interest rates as decimals with explicit units, the way Chinese lenders quote them:
// 0.0005 daily is 0.05% a day (万分之五), 0.015 monthly is 月息1.5%, 0.24 annual is 年化24%.

export type RateUnit = 'annual' | 'monthly' | 'daily';
export interface QuotedRate {
  value: number;
  unit: RateUnit;
}

const PERIODS_PER_YEAR: Record<RateUnit, number> = { annual: 1, monthly: 12, daily: 365 };

/** The quoted rate made annual the simple way: daily × 365, monthly × 12. */
export function toAnnualSimple(rate: QuotedRate): number {
  return rate.value * PERIODS_PER_YEAR[rate.unit];
}

/** The quoted rate made annual with compounding: (1 + r)^n − 1. */
export function toAnnualCompound(rate: QuotedRate): number {
  const n = PERIODS_PER_YEAR[rate.unit];
  return n === 1 ? rate.value : Math.pow(1 + rate.value, n) - 1;
}

const UNIT_WORDS: { unit: RateUnit; pattern: RegExp }[] = [
  { unit: 'daily', pattern: /日|天|\/\s*day|daily|per day/i },
  { unit: 'monthly', pattern: /月|\/\s*month|monthly|per month/i },
  { unit: 'annual', pattern: /年|apr|annual|\/\s*year|per year|p\.a\./i },
];

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * Reads a rate as written in a contract or an app: '0.05%/日', '日利率万分之五',
 * '月息1.5%', '年化24%', 'APR 36%'. Null when the unit or the number cannot be told.
 */
export function parseQuotedRate(text: string): QuotedRate | null {
  const unit = UNIT_WORDS.find((u) => u.pattern.test(text))?.unit;
  if (!unit) return null;
  const perTenThousand = /万分之\s*([\d.]+|[一二两三四五六七八九十])/.exec(text);
  if (perTenThousand) {
    const n = CHINESE_DIGITS[perTenThousand[1]!] ?? Number(perTenThousand[1]);
    return Number.isFinite(n) ? { value: n / 10_000, unit } : null;
  }
  const perThousand = /千分之\s*([\d.]+|[一二两三四五六七八九十])/.exec(text);
  if (perThousand) {
    const n = CHINESE_DIGITS[perThousand[1]!] ?? Number(perThousand[1]);
    return Number.isFinite(n) ? { value: n / 1000, unit } : null;
  }
  const percent = /([\d.]+)\s*[%％]/.exec(text);
  if (percent) {
    const n = Number(percent[1]);
    return Number.isFinite(n) ? { value: n / 100, unit } : null;
  }
  return null;
}
