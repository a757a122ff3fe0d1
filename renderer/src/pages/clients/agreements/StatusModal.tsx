import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus, AgreementView } from '../../../../../shared/schemas/agreements';
import { useSetAgreementStatus } from '../../../api/agreements';
import { useSaveAndClose } from '../../../hooks/useFormFailure';
import { DateInput } from '../../../components/DateInput';
import { useToday } from './format';
import { NoteField, SaveDialog } from './SaveDialog';

interface Values {
  onDate: string;
  note?: string;
}

/** A change of an agreement's status (completed, broken, cancelled, active again) on the day it happened: today unless changed. */
export function StatusModal({ agreement, to, action, onClose }: { agreement: AgreementView; to: AgreementStatus; action: string; onClose: () => void }) {
  const { t } = useTranslation();
  const today = useToday();
  const [form] = Form.useForm<Values>();
  const setStatus = useSetAgreementStatus(agreement.clientId);
  const saveAndClose = useSaveAndClose(form, onClose);

  const submit = () =>
    saveAndClose(
      (v) => setStatus.mutateAsync({ id: agreement.id, rev: agreement.rev, status: to, onDate: v.onDate, ...(v.note?.trim() ? { note: v.note.trim() } : {}) }),
      t('agreements.agreements.statusSaved'),
    );

  return (
    <SaveDialog title={t('agreements.dialogs.transition', { action, lender: agreement.lenderName })} onClose={onClose} onSave={submit} saving={setStatus.isPending}>
      <Typography.Paragraph type="secondary">{t('agreements.dialogs.statusHelp')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ onDate: today }} data-testid="agreement-status-form">
        <Form.Item name="onDate" label={t('agreements.fields.statusOn')} rules={[{ required: true, message: t('validation.required') }]}>
          <DateInput allowClear={false} />
        </Form.Item>
        <NoteField />
      </Form>
    </SaveDialog>
  );
}
