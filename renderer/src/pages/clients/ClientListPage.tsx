import { ClientListActions } from './ClientListActions';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Switch, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../../shared/domain/phone';
import { CLIENT_STATUSES, type ClientStatus, type ClientSummary } from '../../../../shared/schemas/clients';
import type { ChannelInput } from '../../../../shared/contract';
import { ListSearch, PagedTable } from '../../components/PagedList';
import { useClientList, usePrefetchClient } from '../../api/clients';
import { href, navigate, paths } from '../../router';
import { usePagedList, type ListMemory } from '../../hooks/usePagedList';
import { StatusTag } from './StatusTag';
import { loadClientDetailPage } from './loadClientDetailPage';
import { DemoTag } from '../../demo/DemoTag';
import { useInstantFormat } from '../../components/instant';
import { useShownName } from '../../demo/useShownName';

type ListParams = Required<Pick<ChannelInput<'clients.list'>, 'page' | 'pageSize' | 'sort' | 'order' | 'archived'>> & {
  status?: ClientStatus;
  q?: string;
};

// Kept outside the component so coming back from a client finds the list as it was left.
const remembered: ListMemory<ListParams> = { current: { page: 1, pageSize: 50, sort: 'updatedAt', order: 'desc', archived: false } };

export function ClientListPage() {
  const { t } = useTranslation();
  const shown = useShownName();
  const instant = useInstantFormat();
  const paged = usePagedList(remembered, { sort: 'updatedAt', order: 'desc' });
  const { params, filter, sortOrder } = paged;
  const list = useClientList(params);
  const prefetch = usePrefetchClient();
  const shownRows = list.data !== undefined;
  useEffect(() => {
    if (!shownRows) return;
    const idle = requestIdleCallback(() => void loadClientDetailPage());
    return () => cancelIdleCallback(idle);
  }, [shownRows]);

  const columns: TableProps<ClientSummary>['columns'] = [
    { title: t('clients.columns.caseRef'), dataIndex: 'caseRef', key: 'caseRef', width: 140, sorter: true, sortOrder: sortOrder('caseRef') },
    {
      title: t('clients.columns.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (name: string, c) => (
        <Space>
          <a href={href(paths.client(c.id))} onFocus={() => prefetch(c.id)}>
            {shown(name)}
          </a>
          {c.isDemo && <DemoTag />}
          {c.archived && <Typography.Text type="secondary">({t('clients.archivedTag')})</Typography.Text>}
        </Space>
      ),
    },
    { title: t('clients.columns.phone'), dataIndex: 'phone', key: 'phone', render: (p: string | null) => (p ? formatPhone(p) : '—') },
    {
      title: t('clients.columns.idNumber'),
      dataIndex: 'idNumberMasked',
      key: 'idNumber',
      render: (id: string | null) => <span style={{ fontFamily: 'monospace' }}>{id ?? '—'}</span>,
    },
    {
      title: t('clients.columns.status'),
      dataIndex: 'status',
      key: 'status',
      sorter: true,
      sortOrder: sortOrder('status'),
      render: (s: ClientStatus) => <StatusTag status={s} />,
    },
    {
      title: t('clients.columns.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      width: 160,
      sorter: true,
      sortOrder: sortOrder('updatedAt'),
      render: (v: string) => instant(v),
    },
  ];

  return (
    <Card
      title={<Typography.Title level={3} style={{ margin: 0 }}>{t('clients.title')}</Typography.Title>}
      extra={
        <Space>
          <ClientListActions filter={{ sort: params.sort, order: params.order, archived: params.archived, ...(params.status ? { status: params.status } : {}), ...(params.q ? { q: params.q } : {}) }} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(paths.newClient())}>
            {t('clients.new')}
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <ListSearch placeholder={t('clients.searchPlaceholder')} width={320} state={paged} />
        <Select
          aria-label={t('clients.columns.status')}
          value={params.status ?? 'all'}
          style={{ width: 170 }}
          onChange={(v: ClientStatus | 'all') => filter({ status: v === 'all' ? undefined : v })}
          options={[{ value: 'all', label: t('clients.allStatuses') }, ...CLIENT_STATUSES.map((s) => ({ value: s, label: t(`clients.statuses.${s}`) }))]}
        />
        <Space>
          <Switch
            id="show-archived"
            checked={params.archived}
            onChange={(archived) => filter({ archived })}
          />
          <label htmlFor="show-archived">{t('clients.showArchived')}</label>
        </Space>
      </Space>
      <PagedTable<ClientSummary>
        list={list}
        columns={columns}
        state={paged}
        onOpen={(c) => navigate(paths.client(c.id))}
        onPress={(c) => prefetch(c.id)}
        emptyText={params.q || params.status ? t('clients.noMatch') : t('clients.empty')}
      />
    </Card>
  );
}
