import { App, Button, Card, Empty, InputNumber, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClosedCase } from '../../../../shared/schemas/cases';
import { errorText } from '../../api/errors';
import { useRetention, useSetRetention } from '../../api/cases';
import { PurgeModal } from '../cases/PurgeModal';
import { KeepCopiesField } from './KeepCopiesField';

// Settings: how long closed cases are kept, the cases past it, and their purge.
export function RetentionCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const retention = useRetention();
  const save = useSetRetention();
  const [years, setYears] = useState<number | null>(null);
  const [purging, setPurging] = useState<ClosedCase | null>(null);

  useEffect(() => {
    if (retention.data && years === null) setYears(retention.data.years);
  }, [retention.data, years]);

  const submit = () =>
    years !== null &&
    save.mutate(years, {
      onSuccess: () => void message.success(t('cases.retention.saved')),
      onError: (err) => void message.error(errorText(err, t)),
    });

  const day = (iso: string) => iso.slice(0, 10);

  return (
    <Card title={t('cases.retention.title')} data-testid="retention-card">
      <Typography.Paragraph type="secondary">{t('cases.retention.intro')}</Typography.Paragraph>
      <Space align="center" wrap style={{ marginBottom: 16 }}>
        <label htmlFor="retention-years">{t('cases.retention.years')}</label>
        <InputNumber id="retention-years" min={1} max={30} precision={0} value={years} onChange={(v) => setYears(v)} suffix={t('cases.retention.yearsUnit')} style={{ width: 120 }} />
        <Button onClick={submit} loading={save.isPending} disabled={years === null || years === retention.data?.years}>
          {t('cases.retention.save')}
        </Button>
      </Space>
      <KeepCopiesField />
      <Typography.Title level={5}>{t('cases.retention.due')}</Typography.Title>
      <Table<ClosedCase>
        size="small"
        rowKey="clientId"
        loading={retention.isPending}
        dataSource={retention.data?.due ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.retention.none')} /> }}
        columns={[
          { key: 'caseRef', title: t('cases.retention.columns.caseRef'), dataIndex: 'caseRef' },
          { key: 'name', title: t('cases.retention.columns.name'), dataIndex: 'name' },
          { key: 'closedAt', title: t('cases.retention.columns.closedAt'), render: (_v, r) => day(r.closedAt) },
          { key: 'dueFrom', title: t('cases.retention.columns.dueFrom'), dataIndex: 'purgeDueFrom' },
          {
            key: 'actions',
            title: t('cases.retention.columns.actions'),
            render: (_v, r) => (
              <Button danger size="small" onClick={() => setPurging(r)} aria-label={`${t('cases.purge.button')} ${r.caseRef}`}>
                {t('cases.purge.button')}
              </Button>
            ),
          },
        ]}
      />
      {purging && <PurgeModal clientId={purging.clientId} caseRef={purging.caseRef} withinRetentionUntil={null} onClose={() => setPurging(null)} />}
    </Card>
  );
}
