import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelOutput } from '../../../shared/contract';
import { call } from './client';
import { demoKeys } from './keys';

// Demo cases: loading or removing them changes every list, so either drops the whole cache.
export const useDemoStatus = () => useQuery({ queryKey: demoKeys.status, queryFn: () => call('demo.status') });

type Handlers<O> = { onSuccess?: (result: O) => void; onError?: (err: unknown) => void };

function useDemoMutation<O>(fn: () => Promise<O>, on: Handlers<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (result) => {
      void qc.invalidateQueries();
      on.onSuccess?.(result);
    },
    onError: on.onError,
  });
}

export const useLoadDemo = (on: Handlers<ChannelOutput<'demo.load'>> = {}) => useDemoMutation(() => call('demo.load'), on);
export const useRemoveDemo = (on: Handlers<ChannelOutput<'demo.remove'>> = {}) => useDemoMutation(() => call('demo.remove'), on);
