import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from './client';
import { searchKeys } from './keys';

// Quick search over clients, lenders, accounts, notes, the contact log and letters.
export const useSearch = (q: string, enabled: boolean) =>
  useQuery({ queryKey: searchKeys.query(q), queryFn: () => call('search.query', { q, limit: 20 }), enabled: enabled && q.length > 0, placeholderData: keepPreviousData });
