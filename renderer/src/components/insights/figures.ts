import type { TFunction } from 'i18next';
import { MIN_CASES_FOR_PERCENT, share } from '../../../../shared/domain/insights';
import type { Median } from '../../../../shared/schemas/insights';

// Insight figures in words: a share is "7/9 (78%)" from five cases up and "3/4 – too few to
// judge" below; a median carries how many cases it stands on.

export function shareText(t: TFunction, n: number, of: number): string {
  const s = share(n, of);
  return s.pct === null ? t('insights.shareTooFew', { n, of }) : t('insights.share', { n, of, pct: s.pct });
}

/** A median in its unit ('insights.days', 'insights.pct', 'insights.months'), with its count; '—' without one. */
export function medianText(t: TFunction, m: Median, unitKey: 'insights.days' | 'insights.pct' | 'insights.months'): string {
  if (m.value === null) return t('insights.none');
  const value = t(unitKey, { value: Number.isInteger(m.value) ? m.value : m.value.toFixed(1) });
  return t(m.n < MIN_CASES_FOR_PERCENT ? 'insights.medianTooFew' : 'insights.medianOf', { value, n: m.n });
}
