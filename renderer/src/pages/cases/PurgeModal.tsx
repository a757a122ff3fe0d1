import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { usePurgeCase, usePurgeReach } from '../../api/cases';
import { PurgeReachList } from './PurgeReachList';

/**
 * Purges a closed case after the counsellor types its case number. A case still inside the
 * retention period can be purged too (a client may ask for deletion), with a stronger warning.
 */
export function PurgeModal({
  clientId,
  caseRef,
  withinRetentionUntil,
  onClose,
  onPurged,
}: {
  clientId: number;
  caseRef: string;
  /** The day retention ends when the case is still inside it; null when it is due. */
  withinRetentionUntil: string | null;
  onClose: () => void;
  onPurged?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const purge = usePurgeCase();
  const reach = usePurgeReach(clientId);
  const matches = typed.trim() === caseRef;

  const confirm = () =>
    purge.mutate(
      { clientId, confirmCaseRef: typed },
      {
        onSuccess: (r) => {
          void message.success(t('cases.purge.done'));
          if (r.copies.failed.length) void message.warning(t('cases.purge.copiesFailed', { count: r.copies.failed.length, names: r.copies.failed.join(', ') }), 10);
          onClose();
          onPurged?.();
        },
        onError: (err) => setError(errorText(err, t)),
      },
    );

  return (
    <Modal
      open
      title={t('cases.purge.title', { caseRef })}
      onCancel={onClose}
      onOk={confirm}
      okText={t('cases.purge.submit')}
      okButtonProps={{ danger: true, disabled: !matches }}
      cancelText={t('common.cancel')}
      confirmLoading={purge.isPending}
      destroyOnHidden
      width={560}
    >
      <Alert type="warning" showIcon title={t('cases.purge.warning')} style={{ marginBottom: 12 }} />
      {withinRetentionUntil && <Alert type="error" showIcon title={t('cases.purge.withinRetention', { date: withinRetentionUntil })} style={{ marginBottom: 12 }} />}
      <PurgeReachList reach={reach.data} loading={reach.isPending} />
      <Form layout="vertical" component={false}>
        <Form.Item label={<Typography.Text>{t('cases.purge.confirmLabel', { caseRef })}</Typography.Text>} htmlFor="purge-confirm">
          <Input
            id="purge-confirm"
            autoComplete="off"
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              setError(null);
            }}
            onPressEnter={() => matches && confirm()}
          />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
