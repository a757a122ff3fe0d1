import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';
import { backupKeys } from './keys';

// Backups, automatic backups and restore. The status is polled while a backup runs so the
// progress bar moves; a finished restore replaces every piece of data, so it drops the whole cache.

export const useBackupStatus = (options: { poll?: boolean } = {}) =>
  useQuery({
    queryKey: backupKeys.status,
    queryFn: () => call('backup.status', {}),
    refetchInterval: (q) => (q.state.data?.running ? 500 : options.poll ? 60_000 : false),
  });

function useBackupMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => qc.invalidateQueries({ queryKey: backupKeys.status }) });
}

export const useSetPassphrase = () => useBackupMutation((input: ChannelInput<'backup.setPassphrase'>) => call('backup.setPassphrase', input));
export const useRecoverySheet = () => useMutation({ mutationFn: (input: ChannelInput<'backup.recoverySheet'>) => call('backup.recoverySheet', input) });
export const usePickBackupFolder = () => useBackupMutation(() => call('backup.pickFolder', {}));
export const useUpdateBackupConfig = () => useBackupMutation((input: ChannelInput<'backup.updateConfig'>) => call('backup.updateConfig', input));
export const useRunBackup = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => {
      // Start polling at once: the status says running while the call is out.
      setTimeout(() => void qc.invalidateQueries({ queryKey: backupKeys.status }), 150);
      return call('backup.run', {});
    },
    onSettled: () => qc.invalidateQueries({ queryKey: backupKeys.status }),
  });
};
export const useCancelBackup = () => useBackupMutation(() => call('backup.cancel', {}));
export const usePickRestoreFile = () => useMutation({ mutationFn: () => call('backup.restorePick', {}) });
export const useInspectRestore = () => useMutation({ mutationFn: (input: ChannelInput<'backup.restoreInspect'>) => call('backup.restoreInspect', input) });
export const useCancelRestore = () => useMutation({ mutationFn: (token: string) => call('backup.restoreCancel', { token }) });
export const useApplyRestore = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => call('backup.restoreApply', { token }),
    // Everything on screen came from the database that was just replaced.
    onSuccess: () => qc.invalidateQueries(),
  });
};
