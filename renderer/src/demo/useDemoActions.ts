import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorText } from '../api/errors';

/** Load or remove the demo cases; either way every cached list is stale afterwards. */
export function useDemoActions() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const refresh = () => void qc.invalidateQueries();
  const load = useMutation({
    mutationFn: () => call('demo.load'),
    onSuccess: (r) => {
      refresh();
      void message.success(t('demo.loaded', { clients: r.clients }));
    },
    onError: (err) => void message.error(errorText(err, t)),
  });
  const remove = useMutation({
    mutationFn: () => call('demo.remove'),
    onSuccess: (r) => {
      refresh();
      void message.success(t('demo.removed', { clients: r.clients }));
    },
    onError: (err) => void message.error(errorText(err, t)),
  });
  return { load, remove };
}
