import { Card, Empty, Space, Spin, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OFFER_STATUSES } from '../../../../shared/schemas/agreements';
import { useLenderAgreements } from '../../api/agreements';
import { errorText } from '../../api/errors';
import { MoneyText } from '../../components/Money';
import { navigate, paths } from '../../router';
import { ProgressSummary } from '../clients/agreements/AgreementsSection';
import { AGREEMENT_COLORS, OfferStatusTag } from '../clients/agreements/format';
import { useShownName } from '../../demo/useShownName';

// Offers and plan progress with this lender across all cases.
export function LenderAgreements({ lenderId }: { lenderId: number }) {
  const { t } = useTranslation();
  const shown = useShownName();
  const q = useLenderAgreements(lenderId);
  const title = t('agreements.lender.title');
  if (q.isPending)
    return (
      <Card title={title}>
        <Spin />
      </Card>
    );
  if (q.isError)
    return (
      <Card title={title}>
        <Typography.Text type="danger">{errorText(q.error, t)}</Typography.Text>
      </Card>
    );
  const d = q.data;
  const openClient = (clientId: number) => navigate(paths.client(clientId, 'agreements'));
  if (d.offers.length === 0 && d.agreements.length === 0)
    return (
      <Card title={title} data-testid="lender-agreements">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('agreements.lender.empty')} />
      </Card>
    );
  return (
    <Card title={title} data-testid="lender-agreements">
      <Space direction="vertical" style={{ width: '100%' }}>
        {d.agreements.length > 0 && (
          // One summary per currency: plans of cases in different currencies are never added up.
          <div data-testid="lender-plan-progress">
            {d.progress.map((p) => (
              <ProgressSummary key={p.currency} progress={p.progress} currency={p.currency} testId={`lender-plan-progress-${p.currency}`} />
            ))}
          </div>
        )}
        <Space wrap size={[4, 4]}>
          {OFFER_STATUSES.filter((s) => d.offerCounts[s]).map((s) => (
            <Space key={s} size={2}>
              <OfferStatusTag status={s} />
              <Typography.Text>{d.offerCounts[s]}</Typography.Text>
            </Space>
          ))}
        </Space>
        <Tabs
          size="small"
          items={[
            {
              key: 'agreements',
              label: `${t('agreements.lender.agreements')} (${d.agreements.length})`,
              children: (
                <Table
                  size="small"
                  rowKey="id"
                  pagination={d.agreements.length > 10 ? { pageSize: 10 } : false}
                  dataSource={d.agreements}
                  onRow={(r) => ({ onClick: () => openClient(r.clientId), style: { cursor: 'pointer' } })}
                  columns={[
                    { title: t('agreements.columns.client'), key: 'client', render: (_, r) => `${shown(r.clientName)} · ${r.caseRef}` },
                    {
                      title: t('agreements.columns.status'),
                      dataIndex: 'status',
                      render: (_, r) => <Tag color={AGREEMENT_COLORS[r.status]}>{t(`agreements.agreementStatus.${r.status}`)}</Tag>,
                    },
                    { title: t('agreements.columns.total'), key: 'total', align: 'right', render: (_, r) => <MoneyText fen={r.progress.totalFen} currency={r.currency} /> },
                    { title: t('agreements.columns.paid'), key: 'paid', align: 'right', render: (_, r) => <MoneyText fen={r.progress.paidFen} currency={r.currency} /> },
                    {
                      title: t('agreements.agreements.progress'),
                      key: 'state',
                      render: (_, r) => (
                        <Space size={4}>
                          {r.progress.lateCount > 0 && <Tag color="warning">{t('agreements.agreements.late', { count: r.progress.lateCount })}</Tag>}
                          {r.progress.missedCount > 0 && <Tag color="error">{t('agreements.agreements.missed', { count: r.progress.missedCount })}</Tag>}
                          <Typography.Text type="secondary">{t('agreements.agreements.instalmentsPaid', { paid: r.progress.paidInstalments, count: r.progress.instalments })}</Typography.Text>
                        </Space>
                      ),
                    },
                  ]}
                />
              ),
            },
            {
              key: 'offers',
              label: `${t('agreements.lender.offers')} (${d.offers.length})`,
              children: (
                <Table
                  size="small"
                  rowKey="id"
                  pagination={d.offers.length > 10 ? { pageSize: 10 } : false}
                  dataSource={d.offers}
                  onRow={(r) => ({ onClick: () => openClient(r.clientId), style: { cursor: 'pointer' } })}
                  columns={[
                    { title: t('agreements.columns.client'), key: 'client', render: (_, r) => `${shown(r.clientName)} · ${r.caseRef}` },
                    { title: t('agreements.columns.status'), key: 'status', render: (_, r) => <OfferStatusTag status={r.status} /> },
                    { title: t('agreements.fields.remedy'), key: 'remedy', render: (_, r) => t(`agreements.remedies.${r.remedy}`) },
                    { title: t('agreements.columns.total'), dataIndex: 'totalFen', align: 'right', render: (v: number, r) => <MoneyText fen={v} currency={r.currency} /> },
                  ]}
                />
              ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
