import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import type { LockStatus } from '../../../shared/schemas/lock';
import { call } from './client';
import { lockKeys, settingsKeys } from './keys';

export const useLockStatus = () => useQuery({ queryKey: lockKeys.status, queryFn: () => call('lock.status'), staleTime: Infinity });

/**
 * Shows the lock status and, when locked, drops every cached answer except the settings
 * (the lock screen needs the language): no case data stays in memory or on screen.
 */
function applyLockStatus(qc: QueryClient, status: LockStatus): void {
  qc.setQueryData(lockKeys.status, status);
  if (status.locked) {
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== lockKeys.status[0] && q.queryKey[0] !== settingsKeys.all[0] });
  }
}

function useLockMutation<I>(fn: (input: I) => Promise<LockStatus>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: (status) => applyLockStatus(qc, status) });
}

export const useLockNow = () => useLockMutation(() => call('lock.lock'));
export const useUnlock = () => useLockMutation((passcode: string) => call('lock.unlock', { passcode }));
export const useConfigureLock = () => useLockMutation((input: ChannelInput<'lock.configure'>) => call('lock.configure', input));
export const useDisableLock = () => useLockMutation((current: string) => call('lock.disable', { current }));
