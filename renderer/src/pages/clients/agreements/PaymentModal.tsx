import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgreementView } from '../../../../../shared/schemas/agreements';
import { useRecordPayment } from '../../../api/agreements';
import { useSaveAndClose } from '../../../hooks/useFormFailure';
import { DateInput } from '../../../components/DateInput';
import { MoneyInput, moneyRule } from '../../../components/Money';
import { useToday } from './format';
import { NoteField, SaveDialog } from './SaveDialog';

interface Values {
  paidDate: string;
  amountFen: number | null;
  instalmentId: number | null;
  note?: string;
}

/** A payment against an agreement: the amount defaults to what is left of the next instalment. */
export function PaymentModal({ agreement, onClose }: { agreement: AgreementView; onClose: () => void }) {
  const { t } = useTranslation();
  const today = useToday();
  const [form] = Form.useForm<Values>();
  const record = useRecordPayment(agreement.clientId);
  const next = agreement.progress.nextDue;
  const saveAndClose = useSaveAndClose(form, onClose);

  const submit = () =>
    saveAndClose(
      (v) => record.mutateAsync({ agreementId: agreement.id, paidDate: v.paidDate, amountFen: v.amountFen ?? 0, instalmentId: v.instalmentId, note: v.note ?? null }),
      t('agreements.agreements.paymentSaved'),
    );

  return (
    <SaveDialog
      title={t('agreements.dialogs.payment', { lender: agreement.lenderName })}
      onClose={onClose}
      onSave={submit}
      saving={record.isPending}
      okButtonProps={{ id: 'payment-ok' }}
    >
      <Form form={form} layout="vertical" initialValues={{ paidDate: today, amountFen: next?.amountFen ?? null, instalmentId: null }} data-testid="payment-form">
        <Form.Item name="paidDate" label={t('agreements.fields.paidDate')} rules={[{ required: true, message: t('validation.required') }]}>
          <DateInput allowClear={false} />
        </Form.Item>
        <Form.Item name="amountFen" label={t('agreements.fields.amount')} rules={[{ required: true, message: t('validation.required') }, moneyRule(t)]}>
          <MoneyInput inlineError={false} data-testid="payment-amount" />
        </Form.Item>
        <Form.Item name="instalmentId" label={t('agreements.fields.instalment')}>
          <Select
            options={[
              { value: null, label: t('agreements.fields.autoInstalment') },
              ...agreement.instalments.filter((i) => i.state !== 'paid').map((i) => ({ value: i.id, label: `#${i.seq} · ${i.dueDate}` })),
            ]}
          />
        </Form.Item>
        <NoteField />
      </Form>
    </SaveDialog>
  );
}
