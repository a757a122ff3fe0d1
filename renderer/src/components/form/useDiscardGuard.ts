import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Closing a form with changes in it asks first: a stray click on the mask, Esc or Cancel
 * must not drop a half-written contact note. Returns the guarded close.
 */
export function useDiscardGuard(form: FormInstance, close: () => void, dirty?: () => boolean): () => void {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  return () => {
    if (!(dirty ? dirty() : form.isFieldsTouched())) {
      close();
      return;
    }
    modal.confirm({
      title: t('forms.discardTitle'),
      content: t('forms.discardBody'),
      okText: t('forms.discard'),
      okButtonProps: { danger: true },
      cancelText: t('forms.keepEditing'),
      onOk: close,
    });
  };
}
