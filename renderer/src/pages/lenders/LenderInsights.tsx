import { BulbOutlined, WarningOutlined } from '@ant-design/icons';
import { Card, Empty, Space, Spin, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemedyOutcomes } from '../../../../shared/schemas/insights';
import { errorText } from '../../api/errors';
import { useLenderInsights } from '../../api/insights';
import { medianText, shareText } from '../../components/insights/figures';

// What the cases here say about this lender: per remedy how its offers ended, the median
// waiver, days to reply and to agree; the evidence on file with accepted offers; its
// incident count (the incidents card below lists them). Counts always shown; no percentage
// of fewer than five cases.
export function LenderInsights({ lenderId }: { lenderId: number }) {
  const { t } = useTranslation();
  const q = useLenderInsights(lenderId);
  const title = (
    <Space>
      <BulbOutlined />
      {t('insights.title')}
    </Space>
  );
  if (q.isPending) {
    return (
      <Card title={title} size="small">
        <Spin />
      </Card>
    );
  }
  if (q.isError) {
    return (
      <Card title={title} size="small">
        <Typography.Text type="danger">{errorText(q.error, t)}</Typography.Text>
      </Card>
    );
  }
  const d = q.data;
  const remedyName = (r: RemedyOutcomes) => (r.remedy === null ? <strong>{t('insights.all')}</strong> : t(`agreements.remedies.${r.remedy}`));
  return (
    <Card title={title} size="small" data-testid="lender-insights">
      {d.all.sent === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('insights.empty')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('insights.basis')}</Typography.Text>
          <Table<RemedyOutcomes>
            size="small"
            rowKey={(r) => r.remedy ?? 'all'}
            pagination={false}
            tableLayout="fixed"
            dataSource={d.remedies.length > 1 ? [...d.remedies, d.all] : d.remedies}
            onRow={(r) => ({ 'data-testid': `insights-row-${r.remedy ?? 'all'}` }) as HTMLAttributes<HTMLTableRowElement>}
            columns={[
              { key: 'remedy', title: t('insights.columns.remedy'), width: '14%', render: (_, r) => remedyName(r) },
              { key: 'sent', title: t('insights.columns.sent'), dataIndex: 'sent', align: 'right', width: '7%' },
              // How the offers ended, in one cell so the table fits a laptop without scrolling.
              {
                key: 'ended',
                title: t('insights.columns.ended'),
                width: '20%',
                render: (_, r) => (
                  <Typography.Text style={{ fontSize: 12 }} data-testid="ended">
                    {(['accepted', 'countered', 'refused', 'pending', 'expired'] as const).map((k) => t('insights.count', { label: t(`insights.columns.${k}`), count: r[k] })).join(' · ')}
                  </Typography.Text>
                ),
              },
              {
                key: 'acceptance',
                title: t('insights.columns.acceptance'),
                width: '17%',
                render: (_, r) => (
                  <Space direction="vertical" size={0}>
                    <span data-testid="acceptance">{r.answered > 0 ? shareText(t, r.accepted, r.answered) : t('insights.none')}</span>
                    {r.counteredEver > 0 && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('insights.counteredEver', { count: r.counteredEver })}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
              { key: 'waiver', title: t('insights.columns.waiver'), width: '14%', render: (_, r) => <span data-testid="waiver">{medianText(t, r.waiverPct, 'insights.pct')}</span> },
              { key: 'reply', title: t('insights.columns.reply'), width: '14%', render: (_, r) => <span data-testid="reply">{medianText(t, r.replyDays, 'insights.days')}</span> },
              { key: 'agree', title: t('insights.columns.agree'), width: '14%', render: (_, r) => <span data-testid="agree">{medianText(t, r.agreeDays, 'insights.days')}</span> },
            ]}
          />
          <Typography.Text strong>{t('insights.evidence.title')}</Typography.Text>
          {d.evidence.length === 0 ? (
            <Typography.Text type="secondary">{t('insights.evidence.noAccepted')}</Typography.Text>
          ) : (
            d.evidence.map((e) => (
              <Space key={e.remedy} wrap size={[4, 4]} data-testid={`insights-evidence-${e.remedy}`}>
                <Typography.Text>{t('insights.evidence.accepted', { remedy: t(`agreements.remedies.${e.remedy}`), count: e.accepted })}</Typography.Text>
                {e.kinds.length === 0 ? (
                  <Typography.Text type="secondary">{t('insights.evidence.none')}</Typography.Text>
                ) : (
                  <>
                    <Typography.Text type="secondary">{t('insights.evidence.with')}</Typography.Text>
                    {e.kinds.map((k) => (
                      <Tag key={k.kind}>{`${t(`evidence.kinds.${k.kind}`)} ${shareText(t, k.offers, e.accepted)}`}</Tag>
                    ))}
                  </>
                )}
              </Space>
            ))
          )}
        </Space>
      )}
      <Typography.Paragraph type={d.incidents.total > 0 ? 'warning' : 'secondary'} style={{ margin: '8px 0 0' }} data-testid="insights-incidents">
        {d.incidents.total > 0 && <WarningOutlined />} {d.incidents.total > 0 ? t('insights.incidents.some', d.incidents) : t('insights.incidents.none')}
      </Typography.Paragraph>
    </Card>
  );
}
