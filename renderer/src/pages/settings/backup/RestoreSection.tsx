import { Alert, App, Button, Descriptions, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreSummary } from '../../../../../shared/schemas/backup';
import { useApplyRestore, useCancelRestore, useInspectRestore, usePickRestoreFile } from '../../../api/backup';
import { errorText } from '../../../api/errors';
import { useFormatDateTime } from './format';

/** Restoring a backup: pick the file, check it with its passphrase, see what it holds, then replace the data. */
export function RestoreSection() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formatDate = useFormatDateTime();
  const pick = usePickRestoreFile();
  const inspect = useInspectRestore();
  const cancel = useCancelRestore();
  const apply = useApplyRestore();
  // The picked backup: a token from the main process's dialog, and its path for display.
  const [file, setFile] = useState<{ pick: string; path: string } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [inspected, setInspected] = useState<{ token: string; summary: RestoreSummary } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const reset = () => {
    if (inspected) cancel.mutate(inspected.token);
    setFile(null);
    setPassphrase('');
    setInspected(null);
    setError(null);
  };

  const choose = () =>
    pick.mutate(undefined, {
      onSuccess: (r) => {
        if (!r.pick || !r.file) return;
        setFile({ pick: r.pick, path: r.file });
        setInspected(null);
        setError(null);
        setDone(null);
      },
      onError: (err) => setError(errorText(err, t)),
    });

  const check = () =>
    inspect.mutate(
      { pick: file!.pick, passphrase },
      {
        onSuccess: (r) => {
          setInspected(r);
          setError(null);
        },
        onError: (err) => setError(errorText(err, t)),
      },
    );

  const confirm = () =>
    Modal.confirm({
      title: t('backup.restore.title'),
      content: t('backup.restore.confirmText'),
      okText: t('backup.restore.confirm'),
      okButtonProps: { danger: true },
      cancelText: t('backup.restore.cancel'),
      onOk: () =>
        apply.mutateAsync(inspected!.token).then(
          (r) => {
            setDone(r.keptAside);
            setFile(null);
            setPassphrase('');
            setInspected(null);
            void message.success(t('backup.restore.reloaded'));
          },
          (err: unknown) => setError(errorText(err, t)),
        ),
    });

  return (
    <section aria-label={t('backup.restore.title')}>
      <Typography.Title level={5}>{t('backup.restore.title')}</Typography.Title>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Button onClick={choose} loading={pick.isPending}>
            {t('backup.restore.start')}
          </Button>
          {file && <Typography.Text code>{file.path}</Typography.Text>}
        </Space>
        {file && !inspected && (
          <Space wrap>
            <Input.Password
              placeholder={t('backup.restore.passphrase')}
              aria-label={t('backup.restore.passphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              onPressEnter={() => passphrase && check()}
              style={{ width: 280 }}
              autoComplete="off"
            />
            <Button type="primary" onClick={check} disabled={!passphrase} loading={inspect.isPending}>
              {inspect.isPending ? t('backup.restore.checking') : t('backup.restore.check')}
            </Button>
            <Button onClick={reset}>{t('backup.restore.cancel')}</Button>
          </Space>
        )}
        {error && <Alert type="error" showIcon message={error} data-testid="restore-error" />}
        {inspected && (
          <>
            <Descriptions bordered size="small" column={2} title={t('backup.restore.contents')} data-testid="restore-summary">
              <Descriptions.Item label={t('backup.restore.createdAt')}>{formatDate(inspected.summary.createdAt)}</Descriptions.Item>
              <Descriptions.Item label={t('backup.restore.appVersion')}>{inspected.summary.appVersion}</Descriptions.Item>
              <Descriptions.Item label={t('backup.restore.clients')}>{inspected.summary.counts.clients}</Descriptions.Item>
              <Descriptions.Item label={t('backup.restore.debts')}>{inspected.summary.counts.debts}</Descriptions.Item>
              <Descriptions.Item label={t('backup.restore.letters')}>{inspected.summary.counts.letters}</Descriptions.Item>
              <Descriptions.Item label={t('backup.restore.attachments')}>{inspected.summary.counts.attachments}</Descriptions.Item>
            </Descriptions>
            {inspected.summary.migrated && <Alert type="info" showIcon message={t('backup.restore.migrated')} />}
            <Space>
              <Button danger type="primary" onClick={confirm} loading={apply.isPending}>
                {t('backup.restore.confirm')}
              </Button>
              <Button onClick={reset}>{t('backup.restore.cancel')}</Button>
            </Space>
          </>
        )}
        {done && <Alert type="success" showIcon message={t('backup.restore.done', { dir: done })} data-testid="restore-done" />}
      </Space>
    </section>
  );
}
