import { MailOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Empty, Form, Modal, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { href, paths } from '../../../router';
import type { ClientDetail } from '../../../../../shared/schemas/clients';
import { LOCALES, type Locale } from '../../../../../shared/schemas/common';
import type { LetterSummary, LetterType } from '../../../../../shared/schemas/letters';
import { useDebts } from '../../../api/debts';
import { errorText } from '../../../api/errors';
import { useDraftAll, useLetters } from '../../../api/letters';
import { NewLetterModal } from '../../letters/NewLetterModal';
import { letterTypeChoice } from '../../letters/letterTypes';
import { LetterStatusTag } from '../../letters/LettersPage';
import { useInstantFormat } from '../../../components/instant';

// The client's letters; a new letter for a lender or a debt; one draft per lender in one action.
export function LettersTab({ client }: { client: ClientDetail }) {
  const { t, i18n } = useTranslation();
  const instant = useInstantFormat();
  const { message } = App.useApp();
  const letters = useLetters({ clientId: client.id });
  const debts = useDebts(client.id);
  const draftAll = useDraftAll();
  const [creating, setCreating] = useState(false);
  const [batchOpen, setBatchOpen] = useState(false);
  const [result, setResult] = useState<{ created: number; skipped: number } | null>(null);
  const [form] = Form.useForm<{ type: LetterType; locale: Locale; includeExisting: boolean }>();
  const debtItems = debts.data?.items ?? [];
  const lenderCount = new Set(debtItems.map((d) => d.lenderId)).size;
  const types = letterTypeChoice(client.region, t);

  const runBatch = async () => {
    if (draftAll.isPending) return;
    const v = await form.validateFields();
    setResult(null);
    try {
      const r = await draftAll.mutateAsync({ clientId: client.id, type: v.type, locale: v.locale, includeExisting: v.includeExisting });
      setResult({ created: r.created.length, skipped: r.skipped.length });
      void message.success(t('letters.tab.draftAllDone', { created: r.created.length, skipped: r.skipped.length }));
    } catch (err) {
      void message.error(errorText(err, t));
    }
  };

  const columns: TableProps<LetterSummary>['columns'] = [
    { key: 'title', title: t('letters.columns.title'), render: (_, l) => <a href={href(paths.letter(l.id))}>{l.title}</a> },
    { key: 'lender', title: t('letters.columns.lender'), dataIndex: 'lenderName', width: 200 },
    { key: 'type', title: t('letters.columns.type'), width: 170, render: (_, l) => t(`letters.types.${l.type}`) },
    { key: 'locale', title: t('letters.columns.locale'), width: 100, render: (_, l) => t(`letters.locales.${l.locale}`) },
    { key: 'status', title: t('letters.columns.status'), width: 100, render: (_, l) => <LetterStatusTag status={l.status} /> },
    { key: 'updated', title: t('letters.columns.updated'), width: 170, render: (_, l) => instant(l.updatedAt) },
  ];

  const done = result ? result.created + result.skipped : 0;
  return (
    <Card
      title={
        <Space>
          <MailOutlined />
          {t('letters.title')}
        </Space>
      }
      extra={
        <Space>
          <Button icon={<TeamOutlined />} disabled={lenderCount === 0} onClick={() => { setResult(null); setBatchOpen(true); }}>
            {t('letters.tab.draftAll')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} disabled={debtItems.length === 0} onClick={() => setCreating(true)}>
            {t('letters.tab.newLetter')}
          </Button>
        </Space>
      }
    >
      {debts.isSuccess && debtItems.length === 0 && <Alert type="info" showIcon message={t('letters.tab.noDebts')} style={{ marginBottom: 12 }} />}
      {letters.isError && <Alert type="error" message={errorText(letters.error, t)} />}
      <Table<LetterSummary>
        rowKey="id"
        size="middle"
        loading={letters.isLoading}
        dataSource={letters.data ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: <Empty description={t('letters.list.empty')} /> }}
      />
      {creating && <NewLetterModal clientId={client.id} debts={debtItems} open={creating} onClose={() => setCreating(false)} />}
      <Modal
        open={batchOpen}
        title={t('letters.tab.draftAllTitle')}
        okText={t('letters.tab.create')}
        cancelText={t('common.cancel')}
        onOk={runBatch}
        okButtonProps={{ disabled: draftAll.isPending || result !== null, loading: draftAll.isPending }}
        cancelButtonProps={{ disabled: draftAll.isPending }}
        closable={!draftAll.isPending}
        maskClosable={!draftAll.isPending}
        onCancel={() => setBatchOpen(false)}
        destroyOnHidden
        // Once the drafts are made there is nothing to cancel: one button says it is done.
        {...(result !== null
          ? {
              footer: (
                <Button type="primary" onClick={() => setBatchOpen(false)}>
                  {t('letters.tab.draftAllClose')}
                </Button>
              ),
            }
          : {})}
      >
        <Typography.Paragraph type="secondary">{t('letters.tab.draftAllHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" initialValues={{ type: 'hardship', locale: (LOCALES as readonly string[]).includes(i18n.language) ? i18n.language : 'zh-CN', includeExisting: false }}>
          <Form.Item name="type" label={t('letters.tab.type')} extra={types.notOffered.length ? types.notOffered.join(' ') : undefined}>
            <Select aria-label={t('letters.tab.type')} options={types.options} />
          </Form.Item>
          <Form.Item name="locale" label={t('letters.tab.locale')}>
            <Select aria-label={t('letters.tab.locale')} options={LOCALES.map((l) => ({ value: l, label: t(`letters.locales.${l}`) }))} />
          </Form.Item>
          <Form.Item name="includeExisting" valuePropName="checked">
            <Checkbox>{t('letters.tab.includeExisting')}</Checkbox>
          </Form.Item>
        </Form>
        {(draftAll.isPending || result) && (
          <div data-testid="draft-all-progress">
            <Progress aria-label={t('letters.tab.draftAllTitle')} percent={result ? 100 : 0} status={result ? 'success' : 'active'} />
            <Typography.Text>{t('letters.tab.progress', { done, total: lenderCount })}</Typography.Text>
            {result && (
              <Typography.Paragraph>
                <Tag color="green">{t('letters.tab.draftAllDone', { created: result.created, skipped: result.skipped })}</Tag>
              </Typography.Paragraph>
            )}
          </div>
        )}
      </Modal>
    </Card>
  );
}
