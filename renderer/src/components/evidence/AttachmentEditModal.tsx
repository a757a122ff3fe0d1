import { Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_KINDS, type AttachmentView } from '../../../../shared/schemas/evidence';
import { useUpdateAttachment } from '../../api/evidence';
import { useSaveAndClose } from '../../hooks/useFormFailure';
import { DateInput } from '../DateInput';

interface Values {
  fileName: string;
  kind: AttachmentView['kind'];
  docDate: string | null;
  description: string | null;
  debtId: number | null;
}

/** Edits what is said about a file (name, kind, date, description, debt); the content stays. */
export function AttachmentEditModal({
  attachment,
  debts,
  onClose,
}: {
  attachment: AttachmentView | null;
  /** The client's debts to link to; omitted where the link is fixed (a debt's or a contact's list). */
  debts?: { id: number; label: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const update = useUpdateAttachment(attachment?.clientId ?? 0);
  const saveAndClose = useSaveAndClose(form, onClose);

  useEffect(() => {
    if (attachment) {
      form.setFieldsValue({
        fileName: attachment.fileName,
        kind: attachment.kind,
        docDate: attachment.docDate,
        description: attachment.description,
        debtId: attachment.debtId,
      });
    }
  }, [attachment, form]);

  async function save() {
    if (!attachment) return;
    await saveAndClose(
      (v) =>
        update.mutateAsync({
          id: attachment.id,
          rev: attachment.rev,
          patch: { fileName: v.fileName, kind: v.kind, docDate: v.docDate ?? null, description: v.description ?? null, ...(debts ? { debtId: v.debtId ?? null } : {}) },
        }),
      t('evidence.saved'),
    );
  }

  return (
    <Modal
      open={attachment !== null}
      title={attachment ? t('evidence.editTitle', { name: attachment.fileName }) : ''}
      onCancel={onClose}
      onOk={save}
      confirmLoading={update.isPending}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" data-testid="evidence-edit-form">
        <Form.Item name="fileName" label={t('evidence.fields.fileName')} rules={[{ required: true, message: t('validation.required') }]}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item name="kind" label={t('evidence.fields.kind')}>
          <Select options={ATTACHMENT_KINDS.map((k) => ({ value: k, label: t(`evidence.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="docDate" label={t('evidence.fields.docDate')}>
          <DateInput />
        </Form.Item>
        {debts && (
          <Form.Item name="debtId" label={t('evidence.fields.debt')}>
            <Select allowClear placeholder={t('evidence.fields.debtNone')} options={debts.map((d) => ({ value: d.id, label: d.label }))} />
          </Form.Item>
        )}
        <Form.Item name="description" label={t('evidence.fields.description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
