import { Alert, App, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LenderDetail } from '../../../../shared/schemas/lenders';
import { errorText } from '../../api/errors';
import { useLender, useMergeLender } from '../../api/lenders';
import { LenderPicker } from '../../components/LenderPicker';
import { navigate, paths } from '../../router';

/**
 * Folds this lender (a duplicate) into another: says plainly what will move, then merges
 * and opens the lender that remains.
 */
export function MergeLenderModal({ source, onClose }: { source: LenderDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [targetId, setTargetId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const target = useLender(targetId, targetId !== null && targetId !== source.id);
  const merge = useMergeLender();
  const self = targetId === source.id;

  const confirm = () => {
    if (targetId === null) return setError(t('lenders.merge.pickTarget'));
    if (self) return setError(t('lenders.errors.mergeSelf'));
    merge.mutate(
      { sourceId: source.id, targetId },
      {
        onSuccess: (merged) => {
          void message.success(t('lenders.merge.done', { name: merged.name }));
          onClose();
          navigate(paths.lender(merged.id));
        },
        onError: (err) => setError(errorText(err, t)),
      },
    );
  };

  const name = source.name;
  return (
    <Modal
      open
      title={t('lenders.merge.title')}
      onCancel={onClose}
      onOk={confirm}
      okText={t('lenders.merge.confirm')}
      okButtonProps={{ danger: true, disabled: targetId === null || self }}
      cancelText={t('common.cancel')}
      confirmLoading={merge.isPending}
      destroyOnHidden
      width={600}
    >
      <Typography.Paragraph>{t('lenders.merge.intro', { name })}</Typography.Paragraph>
      <ul style={{ paddingInlineStart: 20, marginBottom: 16 }}>
        <li>{t('lenders.merge.moveDebts', { debts: source.debtCount, cases: source.caseCount })}</li>
        <li>{t('lenders.merge.moveNames', { name })}</li>
        <li>{t('lenders.merge.moveContact', { name })}</li>
        <li>
          <Typography.Text strong>{t('lenders.merge.removeSource', { name })}</Typography.Text>
        </li>
      </ul>
      <Form layout="vertical" component={false}>
        <Form.Item
          label={t('lenders.merge.target')}
          htmlFor="merge-target"
          validateStatus={self ? 'error' : undefined}
          help={self ? t('lenders.errors.mergeSelf') : target.data ? `${target.data.name} · ${t('lenders.debtsCount', { count: target.data.debtCount })}` : undefined}
        >
          <LenderPicker
            id="merge-target"
            aria-label={t('lenders.merge.target')}
            value={targetId}
            onChange={(v) => {
              setTargetId(v);
              setError(null);
            }}
          />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
