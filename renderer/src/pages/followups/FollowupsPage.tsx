import { Alert, Badge, Button, Card, Empty, Result, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../../../shared/domain/dates';
import type { FollowupView } from '../../../../shared/schemas/contacts';
import { exportList } from '../../api/exports';
import { useFollowups } from '../../api/contacts';
import { ExportButton } from '../../components/ExportButton';
import { errorText } from '../../api/errors';
import { navigate, paths } from '../../router';
import { FollowupDoneButton, FollowupSnoozeButton } from '../contacts/FollowupActions';
import { useShownText } from '../../components/shownText';
import { DueReviewsCard } from '../reviews/DueReviewsCard';
import { useShownName } from '../../demo/useShownName';

type SectionKey = 'overdue' | 'dueToday' | 'thisWeek';
const SECTIONS: { key: SectionKey; label: string; color: string }[] = [
  { key: 'overdue', label: 'contacts.followups.overdue', color: 'red' },
  { key: 'dueToday', label: 'contacts.followups.today', color: 'orange' },
  { key: 'thisWeek', label: 'contacts.followups.thisWeek', color: 'blue' },
];

function FollowupTable({ items, today, overdue }: { items: FollowupView[]; today: string; overdue: boolean }) {
  const { t } = useTranslation();
  const shownName = useShownName();
  const shown = useShownText();
  const columns: TableColumnsType<FollowupView> = [
    {
      key: 'dueDate',
      title: t('contacts.followups.columns.dueDate'),
      width: 150,
      render: (_, f) => (
        <Space direction="vertical" size={0}>
          <span style={{ fontVariantNumeric: 'tabular-nums' }}>{f.dueDate}</span>
          {overdue && <Typography.Text type="danger">{t('contacts.followups.overdueDays', { days: daysBetween(f.dueDate, today) })}</Typography.Text>}
          {f.snoozeCount > 0 && f.originalDueDate && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('contacts.followups.snoozed', { count: f.snoozeCount, date: f.originalDueDate })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'client',
      title: t('contacts.followups.columns.client'),
      render: (_, f) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => navigate(paths.client(f.clientId, 'timeline'))}>
          {shownName(f.clientName)}
          <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
            {f.caseRef}
          </Typography.Text>
        </Button>
      ),
    },
    { key: 'lender', title: t('contacts.followups.columns.lender'), render: (_, f) => f.lenderName ?? <Typography.Text type="secondary">{t('contacts.followups.caseWide')}</Typography.Text> },
    { key: 'reason', title: t('contacts.followups.columns.reason'), width: 140, render: (_, f) => <Tag>{t(`contacts.reasons.${f.reason}`)}</Tag> },
    {
      key: 'note',
      title: t('contacts.followups.columns.note'),
      ellipsis: { showTitle: false },
      render: (_, f) => (
        <Tooltip title={shown(f.note, f.generated) ?? shown(f.contactSummary, f.contactGenerated)}>
          {f.note || f.generated ? <span>{shown(f.note, f.generated)}</span> : <Typography.Text type="secondary">{shown(f.contactSummary, f.contactGenerated) ?? ''}</Typography.Text>}
        </Tooltip>
      ),
    },
    {
      key: 'actions',
      title: t('contacts.followups.columns.actions'),
      width: 200,
      render: (_, f) => (
        <Space size={4}>
          <FollowupDoneButton followup={f} />
          <FollowupSnoozeButton followup={f} />
        </Space>
      ),
    },
  ];
  return <Table<FollowupView> rowKey="id" size="small" columns={columns} dataSource={items} pagination={false} />;
}

// Follow-ups across all active cases: overdue, today and the next 7 days, counted in the counsellor's time zone.
export function FollowupsPage() {
  const { t } = useTranslation();
  const q = useFollowups();
  if (q.isPending) return <Spin />;
  if (q.isError) return <Result status="warning" title={errorText(q.error, t)} />;
  const data = q.data;
  const total = data.overdue.count + data.dueToday.count + data.thisWeek.count;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('contacts.followups.title')}
        </Typography.Title>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Typography.Text type="secondary">{t('contacts.followups.subtitle')}</Typography.Text>
          <ExportButton disabled={total === 0} run={(format) => exportList.followups({ format })} />
        </Space>
      </div>
      {total === 0 ? (
        <Card>
          <Empty description={t('contacts.followups.empty')} />
        </Card>
      ) : (
        SECTIONS.map(({ key, label, color }) => {
          const section = data[key];
          return (
            <Card
              key={key}
              data-testid={`followups-${key}`}
              title={
                <Space>
                  {t(label)}
                  <span data-testid={`followups-${key}-count`} data-count={section.count}>
                    <Badge count={section.count} color={color} showZero />
                  </span>
                </Space>
              }
              styles={{ body: { padding: section.count ? 0 : undefined } }}
            >
              {section.count === 0 ? (
                <Typography.Text type="secondary">{t('contacts.followups.sectionEmpty')}</Typography.Text>
              ) : (
                <>
                  <FollowupTable items={section.items} today={data.today} overdue={key === 'overdue'} />
                  {section.count > section.items.length && <Alert type="info" banner title={t('contacts.followups.more', { shown: section.items.length, count: section.count })} />}
                </>
              )}
            </Card>
          );
        })
      )}
      <DueReviewsCard />
    </Space>
  );
}
