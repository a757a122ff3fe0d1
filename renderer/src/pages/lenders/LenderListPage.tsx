import { PlusOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Input, Select, Space, Table, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../shared/contract';
import { LENDER_TYPES, type LenderSummary } from '../../../../shared/schemas/lenders';
import { errorText } from '../../api/errors';
import { useLenderList } from '../../api/lenders';
import { LenderTypeTag, type LenderType } from '../../components/LenderPicker';
import { MoneyText } from '../../components/Money';
import { href, navigate, paths } from '../../router';
import { LenderFormDrawer } from './LenderFormDrawer';
import { DemoTag } from '../../demo/DemoTag';

type ListParams = Required<Pick<ChannelInput<'lenders.list'>, 'page' | 'pageSize' | 'sort' | 'order'>> & { type?: LenderType; q?: string };
type SortKey = ListParams['sort'];

// Kept outside the component so coming back from a lender finds the list as it was left.
let remembered: ListParams = { page: 1, pageSize: 50, sort: 'name', order: 'asc' };

export function LenderListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useState<ListParams>(remembered);
  const [search, setSearch] = useState(params.q ?? '');
  const [creating, setCreating] = useState(false);
  const list = useLenderList(params);

  useEffect(() => {
    remembered = params;
  }, [params]);

  useEffect(() => {
    const timer = setTimeout(() => {
      const q = search.trim() || undefined;
      setParams((p) => (p.q === q ? p : { ...p, q, page: 1 }));
    }, 200);
    return () => clearTimeout(timer);
  }, [search]);

  const sortOrder = (key: SortKey) => (params.sort === key ? (params.order === 'asc' ? 'ascend' : 'descend') : null);
  const usageTitle = (text: string) => (
    <Tooltip title={t('lenders.usageHint')}>
      <span>
        {text} <QuestionCircleOutlined style={{ color: '#595959' }} aria-label={t('lenders.usageHint')} />
      </span>
    </Tooltip>
  );

  const columns: TableProps<LenderSummary>['columns'] = [
    {
      title: t('lenders.columns.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (name: string, l) => (
        <Space direction="vertical" size={0}>
          <Space size={6}>
            <a href={href(paths.lender(l.id))}>{name}</a>
            {l.isDemo && <DemoTag />}
          </Space>
          {l.aliases.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l.aliases.join(' · ')}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t('lenders.columns.type'), dataIndex: 'type', key: 'type', width: 150, render: (type: LenderType) => <LenderTypeTag type={type} /> },
    {
      title: t('lenders.columns.phones'),
      dataIndex: 'phones',
      key: 'phones',
      width: 180,
      render: (phones: string[]) => (phones.length ? phones.join('、') : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      title: usageTitle(t('lenders.columns.cases')),
      dataIndex: 'caseCount',
      key: 'caseCount',
      align: 'right',
      width: 130,
      sorter: true,
      sortOrder: sortOrder('caseCount'),
    },
    { title: t('lenders.columns.debts'), dataIndex: 'debtCount', key: 'debtCount', align: 'right', width: 110 },
    {
      title: t('lenders.columns.outstanding'),
      dataIndex: 'outstandingFen',
      key: 'outstanding',
      align: 'right',
      width: 170,
      sorter: true,
      sortOrder: sortOrder('outstanding'),
      render: (fen: number) => <MoneyText fen={fen} />,
    },
  ];

  const onChange: TableProps<LenderSummary>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    setParams((p) => ({
      ...p,
      page: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? p.pageSize,
      sort: s?.order ? (s.columnKey as SortKey) : 'name',
      order: s?.order === 'descend' ? 'desc' : 'asc',
    }));
  };

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('lenders.title')}
        </Typography.Title>
      }
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('lenders.new')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={t('common.search')}
          placeholder={t('lenders.searchPlaceholder')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 360 }}
        />
        <Select
          aria-label={t('lenders.columns.type')}
          value={params.type ?? 'all'}
          style={{ width: 170 }}
          onChange={(v: LenderType | 'all') => setParams((p) => ({ ...p, type: v === 'all' ? undefined : v, page: 1 }))}
          options={[{ value: 'all', label: t('lenders.allTypes') }, ...LENDER_TYPES.map((type) => ({ value: type, label: t(`lenders.types.${type}`) }))]}
        />
      </Space>
      {list.isError && <Alert type="error" showIcon title={errorText(list.error, t)} style={{ marginBottom: 16 }} />}
      <Table<LenderSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        onChange={onChange}
        onRow={(l) => ({ onDoubleClick: () => navigate(paths.lender(l.id)), style: { cursor: 'pointer' } })}
        locale={{ emptyText: <Empty description={params.q || params.type ? t('lenders.noMatch') : t('lenders.empty')} /> }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => t('common.total', { count: total }),
        }}
      />
      {creating && <LenderFormDrawer onClose={() => setCreating(false)} onSaved={(l) => navigate(paths.lender(l.id))} />}
    </Card>
  );
}
