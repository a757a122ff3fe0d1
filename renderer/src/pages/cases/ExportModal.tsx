import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useExportCase } from '../../api/cases';

interface Values {
  passphrase: string;
  confirm: string;
}

/** Hands a case over: a passphrase typed twice, then the save dialog, then one encrypted file. */
export function ExportModal({ clientId, caseRef, onClose }: { clientId: number; caseRef: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const run = useExportCase();

  const submit = (v: Values) =>
    run.mutate(
      { clientId, passphrase: v.passphrase },
      {
        onSuccess: (r) => {
          if (!r.saved) return;
          void message.success(t('cases.export.done', { file: r.fileName, files: r.files }));
          onClose();
        },
        onError: (err) => setError(errorText(err, t)),
      },
    );

  return (
    <Modal
      open
      title={t('cases.export.title', { caseRef })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('cases.export.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={run.isPending}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph>{t('cases.export.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={() => setError(null)}>
        <Form.Item
          name="passphrase"
          label={t('cases.export.passphrase')}
          extra={t('cases.export.passphraseHelp')}
          rules={[{ required: true, min: 8, message: t('cases.errors.passphraseTooShort') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('cases.export.confirm')}
          dependencies={['passphrase']}
          rules={[
            { required: true, message: t('cases.export.mismatch') },
            ({ getFieldValue }) => ({
              validator: (_r, value) => (value === getFieldValue('passphrase') ? Promise.resolve() : Promise.reject(new Error(t('cases.export.mismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
