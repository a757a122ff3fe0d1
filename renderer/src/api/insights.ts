import { useQuery } from '@tanstack/react-query';
import { call } from './client';
import { insightsKeys } from './keys';

// Lender insights and the outcomes dashboard: read-only figures over every case, read again
// when a page that shows them opens (offers change them from other pages).

export const useLenderInsights = (lenderId: number) => useQuery({ queryKey: insightsKeys.lender(lenderId), queryFn: () => call('insights.lender', { lenderId }), staleTime: 0 });

/** The hints for the lenders of a proposal's lines (sorted, so the same lenders share one query). */
export function useInsightHints(lenderIds: readonly number[]) {
  const ids = [...new Set(lenderIds)].sort((a, b) => a - b);
  return useQuery({ queryKey: insightsKeys.hints(ids), queryFn: () => call('insights.hints', { lenderIds: ids }), staleTime: 0, enabled: ids.length > 0 });
}

export const useOutcomes = () => useQuery({ queryKey: insightsKeys.outcomes, queryFn: () => call('insights.outcomes'), staleTime: 0 });
