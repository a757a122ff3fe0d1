import { Alert, App, Button, Checkbox, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../../../shared/schemas/backup';
import { useRecoverySheet, useSetPassphrase } from '../../../api/backup';
import { errorText } from '../../../api/errors';
import { useFormFailure } from '../../../hooks/useFormFailure';
import { useFormatDateTime } from './format';

/** The backup passphrase: set or change it (with the warning that nobody can recover it), and the recovery sheet to save or print. */
export function PassphraseSection({ status }: { status: BackupStatus }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showFailure = useFormFailure();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ current?: string; passphrase: string; repeat: string; understood: boolean }>();
  const setPassphrase = useSetPassphrase();
  const sheet = useRecoverySheet();
  const formatDate = useFormatDateTime();

  const submit = (values: { current?: string; passphrase: string; repeat: string }) =>
    setPassphrase.mutate(
      { passphrase: values.passphrase, ...(status.passphraseSet ? { current: values.current ?? '' } : {}) },
      {
        onSuccess: () => {
          void message.success(t('backup.passphrase.saved'));
          setOpen(false);
          form.resetFields();
        },
        onError: (err) => {
          showFailure(form, err);
        },
      },
    );

  const saveSheet = (print: boolean) =>
    sheet.mutate(
      { print },
      {
        onSuccess: (r) => {
          if (r.file && !print) void message.success(t('backup.passphrase.sheetSaved', { file: r.file }));
        },
        onError: (err) => void message.error(errorText(err, t)),
      },
    );

  return (
    <section aria-label={t('backup.passphrase.title')}>
      <Typography.Title level={5}>{t('backup.passphrase.title')}</Typography.Title>
      <Space wrap>
        <Typography.Text data-testid="backup-passphrase-state">
          {status.passphraseSetAt ? t('backup.passphrase.setAt', { date: formatDate(status.passphraseSetAt) }) : t('backup.passphrase.notSet')}
        </Typography.Text>
        <Button onClick={() => setOpen(true)} type={status.passphraseSet ? 'default' : 'primary'}>
          {status.passphraseSet ? t('backup.passphrase.change') : t('backup.passphrase.set')}
        </Button>
        {status.passphraseSet && (
          <>
            <Button onClick={() => saveSheet(false)} loading={sheet.isPending && sheet.variables?.print === false}>
              {t('backup.passphrase.sheetSave')}
            </Button>
            <Button onClick={() => saveSheet(true)} loading={sheet.isPending && sheet.variables?.print === true}>
              {t('backup.passphrase.sheetPrint')}
            </Button>
          </>
        )}
      </Space>
      <Modal
        open={open}
        title={status.passphraseSet ? t('backup.passphrase.change') : t('backup.passphrase.set')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={setPassphrase.isPending}
        destroyOnHidden
      >
        <Alert type="warning" showIcon message={t('backup.passphrase.warning')} style={{ marginBottom: 16 }} />
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          {status.passphraseSet && (
            <Form.Item name="current" label={t('backup.passphrase.current')} rules={[{ required: true, message: t('validation.required') }]}>
              <Input.Password autoComplete="off" />
            </Form.Item>
          )}
          <Form.Item name="passphrase" label={t('backup.passphrase.new')} rules={[{ required: true, min: 10, message: t('backup.validation.passphraseShort') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="repeat"
            label={t('backup.passphrase.repeat')}
            dependencies={['passphrase']}
            rules={[
              { required: true, message: t('validation.required') },
              ({ getFieldValue }) => ({
                validator: (_, v) => (v === getFieldValue('passphrase') ? Promise.resolve() : Promise.reject(new Error(t('backup.passphrase.mismatch')))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="understood"
            valuePropName="checked"
            rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t('validation.required')))) }]}
          >
            <Checkbox>{t('backup.passphrase.understood')}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </section>
  );
}
