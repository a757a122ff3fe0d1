import { Alert, App, Button, Card, Checkbox, Descriptions, Divider, Form, Input, InputNumber, Modal, Progress, Space, Switch, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupHistoryEntry, BackupStatus, RestoreSummary } from '../../../../shared/schemas/backup';
import { applyFieldErrors, errorText } from '../../api/errors';
import { EntryForm } from '../../components/form/EntryForm';
import { useInstantFormat } from '../../components/instant';
import {
  useApplyRestore,
  useBackupStatus,
  useCancelBackup,
  useCancelRestore,
  useInspectRestore,
  usePickBackupFolder,
  usePickRestoreFile,
  useRecoverySheet,
  useRunBackup,
  useSetPassphrase,
  useUpdateBackupConfig,
} from '../../api/backup';

// 2026-12-07 13:21 in every language, as everywhere else in Parley.
function useFormatDateTime() {
  const instant = useInstantFormat();
  return (iso: string) => instant(iso);
}

function formatBytes(bytes: number | null): string {
  if (bytes === null) return '—';
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Backups: passphrase, folder, back up now, schedule and retention, history, restore. */
export function BackupCard() {
  const { t } = useTranslation();
  const status = useBackupStatus();
  const s = status.data;
  return (
    <Card title={t('backup.title')} id="backup" data-testid="backup-card">
      <Typography.Paragraph type="secondary">{t('backup.intro')}</Typography.Paragraph>
      {s && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <PassphraseSection status={s} />
          <Divider style={{ margin: 0 }} />
          <FolderSection status={s} />
          <Divider style={{ margin: 0 }} />
          <ScheduleSection status={s} />
          <Divider style={{ margin: 0 }} />
          <HistorySection history={s.history} />
          <Divider style={{ margin: 0 }} />
          <RestoreSection />
        </Space>
      )}
    </Card>
  );
}

function PassphraseSection({ status }: { status: BackupStatus }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
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
          if (!applyFieldErrors(form, err)) void message.error(errorText(err, t));
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

function FolderSection({ status }: { status: BackupStatus }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pick = usePickBackupFolder();
  const run = useRunBackup();
  const cancel = useCancelBackup();
  const formatDate = useFormatDateTime();
  const folder = status.config.folder;
  const last = status.lastGood;

  const backUp = () =>
    run.mutate(undefined, {
      onSuccess: (r) => void message.success(t('backup.run.done', { file: r.file })),
      onError: (err) => void message.error(errorText(err, t)),
    });

  return (
    <section aria-label={t('backup.folder.title')}>
      <Typography.Title level={5}>{t('backup.folder.title')}</Typography.Title>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text code={!!folder} data-testid="backup-folder">
            {folder ?? t('backup.folder.none')}
          </Typography.Text>
          <Button onClick={() => pick.mutate(undefined, { onError: (err) => void message.error(errorText(err, t)) })} loading={pick.isPending}>
            {folder ? t('backup.folder.change') : t('backup.folder.choose')}
          </Button>
        </Space>
        {status.folderReachable === false && <Alert type="error" showIcon message={t('backup.folder.unreachable')} />}
        <Space wrap align="center">
          <Button type="primary" onClick={backUp} disabled={status.running || run.isPending || !folder || !status.passphraseSet} loading={status.running || run.isPending}>
            {status.running || run.isPending ? t('backup.run.running') : t('backup.run.now')}
          </Button>
          {(status.running || run.isPending) && <Progress aria-label={t('backup.run.running')} percent={Math.round((status.progress ?? 0) * 100)} size="small" style={{ width: 200 }} />}
          {status.running && (
            <Button onClick={() => cancel.mutate(undefined, { onError: (err) => void message.error(errorText(err, t)) })} loading={cancel.isPending}>
              {t('backup.run.cancel')}
            </Button>
          )}
        </Space>
        <Typography.Text data-testid="backup-last" type={status.stale ? 'warning' : undefined}>
          {last
            ? status.ageDays === 0
              ? t('backup.last.today', { date: formatDate(last.at) })
              : t('backup.last.at', { date: formatDate(last.at), days: status.ageDays ?? 0 })
            : t('backup.last.never')}
        </Typography.Text>
        {last && status.stale && <Alert type="warning" showIcon message={t('backup.last.stale', { days: status.config.warnAfterDays })} />}
      </Space>
    </section>
  );
}

function ScheduleSection({ status }: { status: BackupStatus }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateBackupConfig();
  const [form] = Form.useForm();
  const c = status.config;
  useEffect(() => {
    form.setFieldsValue({ autoOnQuit: c.autoOnQuit, autoDaily: c.autoDaily, warnAfterDays: c.warnAfterDays, retention: c.retention });
  }, [form, c.autoOnQuit, c.autoDaily, c.warnAfterDays, c.retention]);

  const save = (values: { autoOnQuit: boolean; autoDaily: boolean; warnAfterDays: number; retention: { daily: number; weekly: number; monthly: number } }) =>
    update.mutate(values, {
      onSuccess: () => void message.success(t('backup.schedule.saved')),
      onError: (err) => {
        if (!applyFieldErrors(form, err)) void message.error(errorText(err, t));
      },
    });

  return (
    <section aria-label={t('backup.schedule.title')}>
      <Typography.Title level={5}>{t('backup.schedule.title')}</Typography.Title>
      <EntryForm form={form} layout="inline" onFinish={save} style={{ rowGap: 12 }}>
        <Form.Item name="autoOnQuit" label={t('backup.schedule.onQuit')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="autoDaily" label={t('backup.schedule.daily')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="warnAfterDays" label={t('backup.schedule.warnAfter')}>
          <InputNumber min={1} max={365} precision={0} style={{ width: 80 }} />
        </Form.Item>
        <Form.Item label={t('backup.schedule.retention')} style={{ marginInlineEnd: 0 }}>
          <Space>
            <Form.Item name={['retention', 'daily']} noStyle>
              <InputNumber min={1} max={60} precision={0} style={{ width: 70 }} aria-label={t('backup.schedule.daily7')} />
            </Form.Item>
            <span>{t('backup.schedule.daily7')}</span>
            <Form.Item name={['retention', 'weekly']} noStyle>
              <InputNumber min={0} max={52} precision={0} style={{ width: 70 }} aria-label={t('backup.schedule.weekly')} />
            </Form.Item>
            <span>{t('backup.schedule.weekly')}</span>
            <Form.Item name={['retention', 'monthly']} noStyle>
              <InputNumber min={0} max={120} precision={0} style={{ width: 70 }} aria-label={t('backup.schedule.monthly')} />
            </Form.Item>
            <span>{t('backup.schedule.monthly')}</span>
          </Space>
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Form.Item>
      </EntryForm>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('backup.schedule.retentionHelp')}
      </Typography.Paragraph>
    </section>
  );
}

function HistorySection({ history }: { history: BackupHistoryEntry[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDateTime();
  return (
    <section aria-label={t('backup.history.title')}>
      <Typography.Title level={5}>{t('backup.history.title')}</Typography.Title>
      <Table<BackupHistoryEntry>
        size="small"
        rowKey={(h) => `${h.at}-${h.trigger}`}
        dataSource={history}
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        locale={{ emptyText: t('backup.history.empty') }}
        data-testid="backup-history"
        columns={[
          { title: t('backup.history.at'), dataIndex: 'at', render: (at: string) => formatDate(at) },
          { title: t('backup.history.trigger'), dataIndex: 'trigger', render: (tr: string) => t(`backup.history.triggers.${tr}`) },
          {
            title: t('backup.history.result'),
            render: (_, h) =>
              h.ok ? (
                <Space size={4}>
                  <Tag color="green">{t('backup.history.ok')}</Tag>
                  {h.pruned && <Typography.Text type="secondary">{t('backup.history.pruned')}</Typography.Text>}
                </Space>
              ) : (
                <Space size={4}>
                  <Tag color="red">{t('backup.history.failed')}</Tag>
                  <Typography.Text type="danger">{h.error}</Typography.Text>
                </Space>
              ),
          },
          { title: t('backup.history.size'), dataIndex: 'bytes', render: (b: number | null) => formatBytes(b) },
        ]}
      />
    </section>
  );
}

function RestoreSection() {
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
