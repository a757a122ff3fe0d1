import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLoadDemo, useRemoveDemo } from '../api/demo';
import { errorText } from '../api/errors';

/** Load or remove the demo cases, saying how many went in or out. */
export function useDemoActions() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const load = useLoadDemo({
    onSuccess: (r) => void message.success(t('demo.loaded', { clients: r.clients })),
    onError: (err) => void message.error(errorText(err, t)),
  });
  const remove = useRemoveDemo({
    onSuccess: (r) => void message.success(t('demo.removed', { clients: r.clients })),
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
