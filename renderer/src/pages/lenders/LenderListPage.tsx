import { PlusOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../shared/contract';
import { LENDER_TYPES, type LenderSummary } from '../../../../shared/schemas/lenders';
import { ListSearch, PagedTable } from '../../components/PagedList';
import { useLenderList } from '../../api/lenders';
import { LenderTypeTag, type LenderType } from '../../components/LenderPicker';
import { currencySymbol } from '../../components/Money';
import { MoneyTotals, useCurrencyOrder } from '../../components/MoneyTotals';
import { href, navigate, paths } from '../../router';
import { usePagedList, type ListMemory } from '../../hooks/usePagedList';
import { LenderFormDrawer } from './LenderFormDrawer';
import { DemoTag } from '../../demo/DemoTag';

type ListParams = Required<Pick<ChannelInput<'lenders.list'>, 'page' | 'pageSize' | 'sort' | 'order'>> & { type?: LenderType; q?: string };

// Kept outside the component so coming back from a lender finds the list as it was left.
const remembered: ListMemory<ListParams> = { current: { page: 1, pageSize: 50, sort: 'name', order: 'asc' } };

export function LenderListPage() {
  const { t, i18n } = useTranslation();
  const order = useCurrencyOrder();
  const symbols = order.filter((c) => c !== 'USD').map((c) => currencySymbol(i18n.language, c));
  const paged = usePagedList(remembered, { sort: 'name', order: 'asc' });
  const { params, filter, sortOrder } = paged;
  const [creating, setCreating] = useState(false);
  const list = useLenderList(params);

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
      // Amounts per currency; sorted by the installation's currency first, then each other (the hint says so).
      title: (
        <Tooltip title={t('lenders.amountSortHint', { first: symbols[0], others: symbols.slice(1).join(' · ') })}>
          <span>
            {t('lenders.columns.outstanding')} <QuestionCircleOutlined style={{ color: '#595959' }} aria-label={t('lenders.amountSortHint', { first: symbols[0], others: symbols.slice(1).join(' · ') })} />
          </span>
        </Tooltip>
      ),
      dataIndex: 'outstanding',
      key: 'outstanding',
      align: 'right',
      width: 190,
      sorter: true,
      sortOrder: sortOrder('outstanding'),
      render: (totals: LenderSummary['outstanding']) => <MoneyTotals totals={totals} />,
    },
  ];

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
        <ListSearch placeholder={t('lenders.searchPlaceholder')} width={360} state={paged} />
        <Select
          aria-label={t('lenders.columns.type')}
          value={params.type ?? 'all'}
          style={{ width: 170 }}
          onChange={(v: LenderType | 'all') => filter({ type: v === 'all' ? undefined : v })}
          options={[{ value: 'all', label: t('lenders.allTypes') }, ...LENDER_TYPES.map((type) => ({ value: type, label: t(`lenders.types.${type}`) }))]}
        />
      </Space>
      <PagedTable<LenderSummary>
        list={list}
        columns={columns}
        state={paged}
        onOpen={(l) => navigate(paths.lender(l.id))}
        emptyText={params.q || params.type ? t('lenders.noMatch') : t('lenders.empty')}
      />
      {creating && <LenderFormDrawer onClose={() => setCreating(false)} onSaved={(l) => navigate(paths.lender(l.id))} />}
    </Card>
  );
}
