import { Card, Col, Empty, List, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { href, paths } from '../../router';
import { CLIENT_STATUSES } from '../../../../shared/schemas/clients';
import type { CurrencyTotals } from '../../../../shared/domain/currency-totals';
import type { Dashboard } from '../../../../shared/schemas/dashboard';
import { LEGAL_STAGES } from '../../../../shared/schemas/debts';
import { useDashboard } from '../../api/dashboard';
import { formatFen } from '../../components/Money';
import { MoneyTotals } from '../../components/MoneyTotals';
import { FirstRunCard } from '../../setup/FirstRunCard';
import { DueSoonCard } from '../calendar/DueSoonCard';
import { useSettings } from '../../api/settings';
import { OutcomesCard } from './OutcomesCard';
import { StatusTag } from '../clients/StatusTag';
import { DemoTag } from '../../demo/DemoTag';
import { isDemoCaseRef } from '../../../../shared/domain/demo';
import { useShownName } from '../../demo/useShownName';

type AttentionKey = keyof Dashboard['attention'];

function AttentionCard({ kind, list }: { kind: AttentionKey; list: Dashboard['attention'][AttentionKey] }) {
  const { t, i18n } = useTranslation();
  const shown = useShownName();
  return (
    <Card size="small" title={<Space>{t(`dashboard.${kind}`)}<Tag color={list.total ? 'orange' : 'default'}>{list.total}</Tag></Space>}>
      {list.items.length === 0 ? (
        <Typography.Text type="secondary">{t('dashboard.nothing')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={list.items}
          renderItem={(item) => (
            <List.Item>
              <Space size={6}>
                <a href={href(paths.client(item.clientId))}>{shown(item.name)}</a>
                {isDemoCaseRef(item.caseRef) && <DemoTag />}
              </Space>
              <Typography.Text type="secondary">
                {kind === 'negativeDisposable' && item.detail !== null ? formatFen(item.detail, i18n.language, true, item.currency) : item.caseRef}
              </Typography.Text>
            </List.Item>
          )}
          footer={list.total > list.items.length ? t('dashboard.more', { count: list.total - list.items.length }) : undefined}
        />
      )}
    </Card>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const dashboard = useDashboard();
  const settings = useSettings();
  const d = dashboard.data;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('dashboard.title')}
      </Typography.Title>
      <FirstRunCard />
      <Row gutter={16}>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic title={t('dashboard.openClients')} value={d?.openClients ?? 0} loading={dashboard.isPending} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic
              title={t('dashboard.totalOutstanding')}
              value={0}
              formatter={() => <MoneyTotals totals={d?.totalOutstanding} testId="dashboard-total-outstanding" />}
              loading={dashboard.isPending}
            />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic title={t('dashboard.debts')} value={d?.debtCount ?? 0} loading={dashboard.isPending} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic title={t('dashboard.lenders')} value={d?.lenderCount ?? 0} loading={dashboard.isPending} />
          </Card>
        </Col>
      </Row>
      {settings.data && <DueSoonCard timeZone={settings.data.timeZone} />}
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('dashboard.byStatus')}>
            {d ? (
              <List
                size="small"
                dataSource={[...CLIENT_STATUSES]}
                renderItem={(s) => (
                  <List.Item>
                    <StatusTag status={s} />
                    <Typography.Text strong>{d.statusCounts[s]}</Typography.Text>
                  </List.Item>
                )}
              />
            ) : (
              <Empty />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card size="small" title={t('dashboard.byStage')}>
            <Table
              size="small"
              pagination={false}
              rowKey="stage"
              loading={dashboard.isPending}
              dataSource={LEGAL_STAGES.map((stage) => ({ stage, ...(d?.legalStages[stage] ?? { debts: 0, outstanding: [] }) }))}
              columns={[
                { title: t('dashboard.byStage'), dataIndex: 'stage', render: (s: string) => t(`debts.legalStages.${s}`) },
                { title: t('dashboard.debts'), dataIndex: 'debts', align: 'right' },
                { title: t('dashboard.totalOutstanding'), dataIndex: 'outstanding', align: 'right', render: (totals: CurrencyTotals) => <MoneyTotals totals={totals} /> },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <OutcomesCard />
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('dashboard.attention')}
      </Typography.Title>
      <Row gutter={16}>
        {(['enforcement', 'negativeDisposable', 'noStatement'] as const).map((kind) => (
          <Col xs={24} lg={8} key={kind}>
            {d && <AttentionCard kind={kind} list={d.attention[kind]} />}
          </Col>
        ))}
      </Row>
    </Space>
  );
}
