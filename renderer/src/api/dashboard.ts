import { useQuery } from '@tanstack/react-query';
import { call } from './client';
import { dashboardKeys } from './keys';

// The overview's figures and lists of cases needing attention; most changes elsewhere refresh it.
export const useDashboard = () => useQuery({ queryKey: dashboardKeys.all, queryFn: () => call('dashboard.get') });
