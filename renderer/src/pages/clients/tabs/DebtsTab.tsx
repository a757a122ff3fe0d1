import { DebtContactAction } from '../debts/DebtContactAction';
import { DebtLetterAction } from '../debts/DebtLetterAction';
import { useCaseCurrency } from '../../../components/caseRegion';
import { BookOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Popconfirm, Progress, Space, Spin, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../../shared/contract';
import type { ClientDetail } from '../../../../../shared/schemas/clients';
import type { DebtView } from '../../../../../shared/schemas/debts';
import { exportList } from '../../../api/exports';
import { useDebts, useDeleteDebt } from '../../../api/debts';
import { ExportButton } from '../../../components/ExportButton';
import { errorText } from '../../../api/errors';
import { formatFen, MoneyText } from '../../../components/Money';
import { CostCell } from '../debts/CostCell';
import { DebtFormDrawer } from '../debts/DebtFormDrawer';
import { LedgerDrawer, statusColor } from '../debts/LedgerDrawer';
import { legalStageColor, overdueColor } from '../debts/format';

type DebtList = ChannelOutput<'debts.list'>;

function OverdueTag({ days }: { days: number | null }) {
  const { t } = useTranslation();
  if (days === null) return <Typography.Text type="secondary">—</Typography.Text>;
  if (days <= 0) return <Tag>{t('debts.overdue.none')}</Tag>;
  return (
    <Tag color={overdueColor(days)} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {t('debts.overdue.days', { count: days })}
    </Tag>
  );
}

function Summary({ data }: { data: DebtList }) {
  const { t, i18n } = useTranslation();
  const caseCurrency = useCaseCurrency();
  const { totals } = data;
  const fen = (v: number) => formatFen(v, i18n.language, true, caseCurrency);
  const chargesFen = totals.interestFen + totals.penaltyFen + totals.lateFeesFen + totals.otherFen;
  const cards = [
    { key: 'outstanding', title: t('debts.summary.outstanding'), value: fen(totals.outstandingFen), sub: t('debts.count', { count: totals.count }), strong: true },
    { key: 'principal', title: t('debts.summary.principal'), value: fen(totals.principalFen) },
    {
      key: 'charges',
      title: t('debts.summary.charges'),
      value: fen(chargesFen),
      sub: t('debts.summary.chargesDetail', {
        interest: fen(totals.interestFen),
        penalty: fen(totals.penaltyFen),
        lateFees: fen(totals.lateFeesFen),
        other: fen(totals.otherFen),
      }),
    },
    { key: 'priority', title: t('debts.summary.priority'), value: fen(totals.priorityOutstandingFen) },
    {
      key: 'maxOverdue',
      title: t('debts.summary.maxOverdue'),
      value: totals.maxDaysOverdue === null ? '—' : t('debts.overdue.days', { count: totals.maxDaysOverdue }),
    },
  ];
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(170px, 1fr))', gap: 12 }}>
      {cards.map((c) => (
        <Card key={c.key} size="small" style={{ gridColumn: c.key === 'charges' ? 'span 2' : undefined }} data-testid={`debts-total-${c.key}`}>
          <Statistic
            title={c.title}
            value={c.value}
            styles={{ content: { fontSize: 20, fontVariantNumeric: 'tabular-nums', fontWeight: c.strong ? 600 : undefined } }}
          />
          {c.sub && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.sub}
            </Typography.Text>
          )}
        </Card>
      ))}
    </div>
  );
}

function ByLender({ data }: { data: DebtList }) {
  const { t } = useTranslation();
  const total = data.totals.outstandingFen;
  return (
    <Card size="small" title={t('debts.summary.byLender')}>
      <Table
        size="small"
        rowKey="lenderId"
        pagination={false}
        dataSource={data.byLender}
        data-testid="debts-by-lender"
        columns={[
          { key: 'lender', title: t('debts.columns.lender'), dataIndex: 'lenderName' },
          { key: 'count', title: t('debts.title'), dataIndex: 'count', align: 'right', width: 90, render: (n: number) => t('debts.summary.debtsOf', { count: n }) },
          { key: 'outstanding', title: t('debts.columns.outstanding'), dataIndex: 'outstandingFen', align: 'right', width: 160, render: (fen: number) => <MoneyText fen={fen} /> },
          {
            key: 'share',
            title: '%',
            width: 200,
            render: (_: unknown, r) => <Progress percent={total > 0 ? Math.round((r.outstandingFen / total) * 1000) / 10 : 0} size="small" aria-label={r.lenderName} />,
          },
        ]}
      />
    </Card>
  );
}

/** The client's debts: totals, the list with arrears and cost marks, per-lender totals, and the debt form. */
export function DebtsTab({ client }: { client: ClientDetail }) {
  const { t, i18n } = useTranslation();
  const caseCurrency = useCaseCurrency();
  const { message } = App.useApp();
  const debts = useDebts(client.id);
  const remove = useDeleteDebt(client.id);
  // null: closed; 'new': adding; a debt: editing it.
  const [editing, setEditing] = useState<DebtView | 'new' | null>(null);
  const [ledgerOf, setLedgerOf] = useState<DebtView | null>(null);

  if (debts.isPending) return <Spin />;
  if (debts.isError) return <Alert type="error" showIcon title={errorText(debts.error, t)} />;
  const data = debts.data;

  // No horizontal scroll and no fixed column: at 1280 px the columns wrap instead, so the
  // cost figures and their marks are never hidden under the actions.
  const columns: TableColumnsType<DebtView> = [
    {
      key: 'lender',
      title: t('debts.columns.lender'),
      render: (_, d) => (
        <Space direction="vertical" size={0}>
          <span>
            <Typography.Text strong>{d.lenderName}</Typography.Text>
            {d.priority && (
              <Tag color="purple" style={{ marginInlineStart: 6 }} data-testid="priority-tag">
                {t('debts.columns.priority')}
              </Tag>
            )}
          </span>
          {d.collectorName && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('debts.collectorOf', { name: d.collectorName })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { key: 'productType', title: t('debts.columns.productType'), dataIndex: 'productType', render: (p: DebtView['productType']) => t(`debts.productTypes.${p}`) },
    {
      key: 'accountRef',
      title: t('debts.columns.accountRef'),
      dataIndex: 'accountRef',
      render: (ref: string | null) => (ref ? <Typography.Text style={{ fontFamily: 'monospace', fontSize: 12 }}>{ref}</Typography.Text> : '—'),
    },
    {
      key: 'outstanding',
      title: t('debts.columns.outstanding'),
      align: 'right',
      render: (_, d) => (
        <Tooltip
          title={t('debts.summary.chargesDetail', {
            interest: formatFen(d.interestFen, i18n.language, true, caseCurrency),
            penalty: formatFen(d.penaltyFen, i18n.language, true, caseCurrency),
            lateFees: formatFen(d.lateFeesFen, i18n.language, true, caseCurrency),
            other: formatFen(d.otherFen, i18n.language, true, caseCurrency),
          })}
        >
          <Space direction="vertical" size={0} align="end">
            <MoneyText fen={d.outstandingFen} strong />
            {d.ledger.status !== 'open' && (
              <Tag color={statusColor(d.ledger.status)} style={{ marginInlineEnd: 0 }}>
                {t(`ledger.status.${d.ledger.status}`)}
              </Tag>
            )}
          </Space>
        </Tooltip>
      ),
    },
    { key: 'daysOverdue', title: t('debts.columns.daysOverdue'), align: 'right', render: (_, d) => <OverdueTag days={d.daysOverdue} /> },
    {
      key: 'legalStage',
      title: t('debts.columns.legalStage'),
      render: (_, d) => (
        <div data-testid={`debt-stage-${d.id}`}>
          <Tag color={legalStageColor(d.legalStage)}>{t(`debts.legalStages.${d.legalStage}`)}</Tag>
          {d.legalStageDate && <div style={{ fontSize: 12, fontVariantNumeric: 'tabular-nums' }}>{t('legal.stageSince', { date: d.legalStageDate })}</div>}
        </div>
      ),
    },
    { key: 'cost', title: t('debts.columns.cost'), width: 200, render: (_, d) => <CostCell debt={d} /> },
    {
      key: 'actions',
      title: t('debts.columns.actions'),
      width: 168,
      render: (_, d) => (
        <Space size={0}>
          <DebtContactAction debt={d} />
          <DebtLetterAction debt={d} />
          <Tooltip title={t('ledger.open')}>
            <Button type="text" icon={<BookOutlined />} aria-label={`${t('ledger.open')} ${d.lenderName}`} onClick={() => setLedgerOf(d)} />
          </Tooltip>
          <Tooltip title={t('debts.edit')}>
            <Button type="text" icon={<EditOutlined />} aria-label={`${t('debts.edit')} ${d.lenderName}`} onClick={() => setEditing(d)} />
          </Tooltip>
          <Popconfirm
            title={t('debts.deleteConfirm', { lender: d.lenderName })}
            okText={t('debts.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              remove.mutateAsync(d.id).then(
                () => void message.success(t('debts.deleted')),
                (err: unknown) => void message.error(errorText(err, t)),
              )
            }
          >
            <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${t('debts.delete')} ${d.lenderName}`} />
          </Popconfirm>
        </Space>
      ),
    },
  ];

  const addButton = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
      {t('debts.add')}
    </Button>
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {data.items.length === 0 ? (
        <Empty description={t('debts.empty')}>{addButton}</Empty>
      ) : (
        <>
          <Summary data={data} />
          <Card
            size="small"
            title={t('debts.count', { count: data.totals.count })}
            extra={
              <Space>
                <ExportButton run={(format) => exportList.debts({ clientId: client.id, format })} />
                {addButton}
              </Space>
            }
          >
            <Table<DebtView>
              rowKey="id"
              size="middle"
              pagination={false}
              columns={columns}
              dataSource={data.items}
              data-testid="debts-table"
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={3}>
                    <Typography.Text strong>{t('debts.summary.total')}</Typography.Text>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    <span data-testid="debts-total-row">
                      <MoneyText fen={data.totals.outstandingFen} strong />
                    </span>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">
                    <OverdueTag days={data.totals.maxDaysOverdue} />
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={5} colSpan={3} />
                </Table.Summary.Row>
              )}
            />
          </Card>
          <ByLender data={data} />
        </>
      )}
      {ledgerOf !== null && <LedgerDrawer debt={data.items.find((d) => d.id === ledgerOf.id) ?? ledgerOf} onClose={() => setLedgerOf(null)} />}
      {editing !== null && (
        <DebtFormDrawer clientId={client.id} debt={editing === 'new' ? null : editing} open onClose={() => setEditing(null)} />
      )}
    </Space>
  );
}
