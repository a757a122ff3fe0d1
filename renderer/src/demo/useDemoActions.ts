import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorText } from '../api/errors';

/** Load or remove the demo cases; either way every cached list is stale afterwards. */
export function useDemoActions() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
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
  /** Demo cases go in only after the counsellor has read what they are and agreed. */
  const askLoad = (afterLoad?: () => void) =>
    modal.confirm({
      title: t('demo.loadConfirmTitle'),
      content: t('demo.loadConfirmBody'),
      okText: t('demo.load'),
      cancelText: t('common.cancel'),
      onOk: () => load.mutateAsync().then(() => afterLoad?.()),
    });
  return { load, askLoad, remove };
}
