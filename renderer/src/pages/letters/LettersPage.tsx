import { FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LETTER_STATUSES, LETTER_TYPES, type LetterStatus, type LetterSummary, type LetterType } from '../../../../shared/schemas/letters';
import { errorText } from '../../api/errors';
import { useLetters } from '../../api/letters';
import { href, navigate, paths } from '../../router';
import { useInstantFormat } from '../../components/instant';
import { useShownName } from '../../demo/useShownName';

const STATUS_COLOR: Record<LetterStatus, string> = { draft: 'default', final: 'blue', sent: 'green' };

export function LetterStatusTag({ status }: { status: LetterStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`letters.status.${status}`)}</Tag>;
}

// All letters across cases, filtered by status, type and client.
export function LettersPage() {
  const { t } = useTranslation();
  const shown = useShownName();
  const instant = useInstantFormat();
  const [status, setStatus] = useState<LetterStatus | undefined>();
  const [type, setType] = useState<LetterType | undefined>();
  const [clientId, setClientId] = useState<number | undefined>();
  const letters = useLetters({ ...(status ? { status } : {}), ...(type ? { type } : {}) });
  const all = letters.data ?? [];
  const clients = [...new Map(all.map((l) => [l.clientId, `${shown(l.clientName)} · ${l.caseRef}`])).entries()];
  const rows = clientId ? all.filter((l) => l.clientId === clientId) : all;

  const columns: TableProps<LetterSummary>['columns'] = [
    { key: 'title', title: t('letters.columns.title'), render: (_, l) => <a href={href(paths.letter(l.id))}>{l.title}</a> },
    {
      key: 'client',
      title: t('letters.columns.client'),
      width: 200,
      render: (_, l) => (
        <Space direction="vertical" size={0}>
          <a href={href(paths.client(l.clientId))}>{shown(l.clientName)}</a>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {l.caseRef}
          </Typography.Text>
        </Space>
      ),
    },
    { key: 'lender', title: t('letters.columns.lender'), dataIndex: 'lenderName', width: 200 },
    { key: 'type', title: t('letters.columns.type'), width: 170, render: (_, l) => t(`letters.types.${l.type}`) },
    { key: 'status', title: t('letters.columns.status'), width: 100, render: (_, l) => <LetterStatusTag status={l.status} /> },
    { key: 'sentAt', title: t('letters.columns.sentAt'), width: 120, render: (_, l) => (l.sentAt ? instant(l.sentAt, false) : '—') },
    { key: 'updated', title: t('letters.columns.updated'), width: 170, render: (_, l) => instant(l.updatedAt) },
  ];

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('letters.title')}
        </Typography.Title>
      }
      extra={
        <Button icon={<FileTextOutlined />} href={href(paths.templates())}>
          {t('letters.templatesLink')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('letters.filters.status')}
          style={{ width: 150 }}
          value={status ?? 'all'}
          onChange={(v: LetterStatus | 'all') => setStatus(v === 'all' ? undefined : v)}
          options={[{ value: 'all', label: `${t('letters.filters.status')} · ${t('letters.filters.all')}` }, ...LETTER_STATUSES.map((s) => ({ value: s, label: t(`letters.status.${s}`) }))]}
        />
        <Select
          aria-label={t('letters.filters.type')}
          style={{ width: 220 }}
          value={type ?? 'all'}
          onChange={(v: LetterType | 'all') => setType(v === 'all' ? undefined : v)}
          options={[{ value: 'all', label: `${t('letters.filters.type')} · ${t('letters.filters.all')}` }, ...LETTER_TYPES.map((s) => ({ value: s, label: t(`letters.types.${s}`) }))]}
        />
        <Select
          aria-label={t('letters.filters.client')}
          style={{ width: 240 }}
          showSearch
          optionFilterProp="label"
          value={clientId ?? 0}
          onChange={(v: number) => setClientId(v === 0 ? undefined : v)}
          options={[{ value: 0, label: `${t('letters.filters.client')} · ${t('letters.filters.all')}` }, ...clients.map(([id, label]) => ({ value: id, label }))]}
        />
        <Typography.Text type="secondary">{t('letters.list.count', { count: rows.length })}</Typography.Text>
      </Space>
      {letters.isError && <Alert type="error" message={errorText(letters.error, t)} />}
      <Table<LetterSummary>
        rowKey="id"
        loading={letters.isLoading}
        dataSource={rows}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(l) => ({ onDoubleClick: () => navigate(paths.letter(l.id)) })}
        locale={{ emptyText: <Empty description={t('letters.list.empty')} /> }}
      />
    </Card>
  );
}
