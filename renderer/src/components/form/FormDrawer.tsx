import { Button, Drawer, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { entryKeyDown } from './EntryForm';
import { useDiscardGuard } from './useDiscardGuard';
import { useReturnFocus } from './useReturnFocus';

interface FormDrawerProps {
  form: FormInstance;
  open: boolean;
  title: ReactNode;
  size: number;
  saving: boolean;
  /** Closes without asking (after a save). */
  onClose: () => void;
  saveText?: string;
  /** Left of the footer, e.g. a delete button. */
  footerStart?: ReactNode;
  children: ReactNode;
}

/**
 * The drawer every entry form opens in: Save and Cancel in the footer, Ctrl/⌘+Enter saves
 * from anywhere in it, and closing it with unsaved changes (mask, Esc, ×, Cancel) asks first.
 * Closed, it hands the focus back to the button that opened it.
 */
export function FormDrawer({ form, open, title, size, saving, onClose, saveText, footerStart, children }: FormDrawerProps) {
  const { t } = useTranslation();
  const guardedClose = useDiscardGuard(form, onClose);
  useReturnFocus(open);
  return (
    <Drawer
      open={open}
      onClose={guardedClose}
      destroyOnHidden
      size={size}
      title={title}
      footer={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <span>{footerStart}</span>
          <Space>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('forms.submitHint')}
            </Typography.Text>
            <Button onClick={guardedClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={saving} onClick={() => form.submit()}>
              {saveText ?? t('common.save')}
            </Button>
          </Space>
        </Space>
      }
    >
      <div onKeyDown={(e) => entryKeyDown(form, e)}>{children}</div>
    </Drawer>
  );
}
