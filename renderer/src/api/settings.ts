import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';
import { appKeys, debtKeys, settingsKeys, statementKeys } from './keys';

// The case database's settings and what the app says about itself. Debts are marked against
// the cost lines and statements against the expense ranges when they are read, so a change
// to either refreshes them.

export const useSettings = () => useQuery({ queryKey: settingsKeys.all, queryFn: () => call('settings.get') });
export const useAppInfo = () => useQuery({ queryKey: appKeys.info, queryFn: () => call('app.info') });

/** At start: the settings (for the language) before anything is drawn; null when they cannot be read. */
export async function preloadSettings(qc: QueryClient) {
  const settings = await call('settings.get').catch(() => null);
  if (settings) qc.setQueryData(settingsKeys.all, settings);
  return settings;
}

export function useUpdateSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: ChannelInput<'settings.update'>) => call('settings.update', patch),
    onSuccess: (settings, patch) => {
      qc.setQueryData(settingsKeys.all, settings);
      if ('costThresholds' in patch || 'lpr' in patch) void qc.invalidateQueries({ queryKey: debtKeys.all });
      if ('expenseRanges' in patch) void qc.invalidateQueries({ queryKey: statementKeys.all });
    },
  });
}
