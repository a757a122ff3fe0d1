import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus, AgreementView } from '../../../../../shared/schemas/agreements';
import { useSetAgreementStatus } from '../../../api/agreements';
import { useFormFailure } from '../../../hooks/useFormFailure';
import { DateInput } from '../../../components/DateInput';
import { useToday } from './format';

interface Values {
  onDate: string;
  note?: string;
}

/** A change of an agreement's status (completed, broken, cancelled, active again) on the day it happened: today unless changed. */
export function StatusModal({ agreement, to, action, onClose }: { agreement: AgreementView; to: AgreementStatus; action: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showFailure = useFormFailure();
  const today = useToday();
  const [form] = Form.useForm<Values>();
  const setStatus = useSetAgreementStatus(agreement.clientId);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await setStatus.mutateAsync({ id: agreement.id, rev: agreement.rev, status: to, onDate: v.onDate, ...(v.note?.trim() ? { note: v.note.trim() } : {}) });
      message.success(t('agreements.agreements.statusSaved'));
      onClose();
    } catch (err) {
      showFailure(form, err);
    }
  };

  return (
    <Modal
      open
      title={t('agreements.dialogs.transition', { action, lender: agreement.lenderName })}
      onCancel={onClose}
      onOk={submit}
      okText={t('agreements.actions.save')}
      cancelText={t('agreements.actions.cancel')}
      confirmLoading={setStatus.isPending}
    >
      <Typography.Paragraph type="secondary">{t('agreements.dialogs.statusHelp')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ onDate: today }} data-testid="agreement-status-form">
        <Form.Item name="onDate" label={t('agreements.fields.statusOn')} rules={[{ required: true, message: t('validation.required') }]}>
          <DateInput allowClear={false} />
        </Form.Item>
        <Form.Item name="note" label={t('agreements.fields.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
