import { App, Form, Input, Select } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LenderDetail } from '../../../../shared/schemas/lenders';
import { ApiError } from '../../api/client';
import { errorText } from '../../api/errors';
import { useCreateLender, useUpdateLender } from '../../api/lenders';
import type { LenderType } from '../../components/LenderPicker';
import { useLenderTypeOptions } from '../../components/lenderTypes';
import { FormDrawer } from '../../components/form/FormDrawer';

interface FormValues {
  name: string;
  aliases: string[];
  type: LenderType;
  phones: string[];
  email: string;
  address: string;
  complaintChannel: string;
  notes: string;
}

const FIELDS = ['name', 'aliases', 'type', 'phones', 'email', 'address', 'complaintChannel', 'notes'] as const;

function initialValues(l: LenderDetail | undefined): FormValues {
  return {
    name: l?.name ?? '',
    aliases: l?.aliases ?? [],
    type: l?.type ?? 'other',
    phones: l?.phones ?? [],
    email: l?.email ?? '',
    address: l?.address ?? '',
    complaintChannel: l?.complaintChannel ?? '',
    notes: l?.notes ?? '',
  };
}

/** Field errors from the main process under their fields: 'patch.phones.1' belongs to phones. */
function applyErrors(form: FormInstance<FormValues>, err: unknown): boolean {
  if (!(err instanceof ApiError)) return false;
  const byField = new Map<string, string[]>();
  for (const [path, text] of Object.entries(err.fields)) {
    const field = path.replace(/^patch\./, '').split('.')[0]!;
    if ((FIELDS as readonly string[]).includes(field)) byField.set(field, [...(byField.get(field) ?? []), text]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name as keyof FormValues, errors })));
  return byField.size > 0;
}

/** Creates a lender when `lender` is absent, otherwise edits it. */
export function LenderFormDrawer({ lender, onClose, onSaved }: { lender?: LenderDetail; onClose: () => void; onSaved?: (l: LenderDetail) => void }) {
  const { t } = useTranslation();
  const typeOptions = useLenderTypeOptions();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateLender();
  const update = useUpdateLender();
  const saving = create.isPending || update.isPending;

  const submit = async (values: FormValues) => {
    try {
      const saved = lender ? await update.mutateAsync({ id: lender.id, rev: lender.rev, patch: values }) : await create.mutateAsync(values);
      void message.success(lender ? t('lenders.saved') : t('lenders.created', { name: saved.name }));
      onClose();
      onSaved?.(saved);
    } catch (err) {
      if (!applyErrors(form, err)) void message.error(errorText(err, t));
    }
  };

  const tags = (label: string) => ({
    mode: 'tags' as const,
    open: false,
    suffixIcon: null,
    tokenSeparators: ['\n'],
    'aria-label': label,
    style: { width: '100%' },
  });

  return (
    <FormDrawer form={form} open onClose={onClose} saving={saving} size={560} title={lender ? t('lenders.editTitle', { name: lender.name }) : t('lenders.new')}>
      <Form<FormValues> form={form} layout="vertical" initialValues={initialValues(lender)} onFinish={submit}>
        <Form.Item name="name" label={t('lenders.fields.name')} extra={t('lenders.hints.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <Input maxLength={100} autoFocus />
        </Form.Item>
        <Form.Item name="aliases" label={t('lenders.fields.aliases')} extra={t('lenders.hints.aliases')}>
          <Select {...tags(t('lenders.fields.aliases'))} />
        </Form.Item>
        <Form.Item name="type" label={t('lenders.fields.type')}>
          <Select options={typeOptions} />
        </Form.Item>
        <Form.Item name="phones" label={t('lenders.fields.phones')} extra={t('lenders.hints.phones')}>
          <Select {...tags(t('lenders.fields.phones'))} />
        </Form.Item>
        <Form.Item name="email" label={t('lenders.fields.email')}>
          <Input maxLength={200} type="email" />
        </Form.Item>
        <Form.Item name="address" label={t('lenders.fields.address')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="complaintChannel" label={t('lenders.fields.complaintChannel')} extra={t('lenders.hints.complaintChannel')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
        </Form.Item>
        <Form.Item name="notes" label={t('lenders.fields.notes')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20000} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
