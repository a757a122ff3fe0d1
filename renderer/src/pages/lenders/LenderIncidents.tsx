import { WarningOutlined } from '@ant-design/icons';
import { Card, Empty, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { href, paths } from '../../router';
import { utcToZoned, type IncidentItem } from '../../../../shared/schemas/contacts';
import { useLenderIncidents } from '../../api/contacts';
import { errorText } from '../../api/errors';
import { useTimeZone } from '../contacts/ContactDrawer';
import { useShownName } from '../../demo/useShownName';

// Conduct incidents recorded against this lender across all cases: how many of each kind, and each one.
export function LenderIncidents({ lenderId }: { lenderId: number }) {
  const { t } = useTranslation();
  const shown = useShownName();
  const q = useLenderIncidents(lenderId);
  const timeZone = useTimeZone();
  const title = (
    <Space>
      <WarningOutlined style={{ color: '#ff4d4f' }} />
      {t('contacts.incidents.title')}
    </Space>
  );
  if (q.isPending) {
    return (
      <Card title={title}>
        <Spin />
      </Card>
    );
  }
  if (q.isError) {
    return (
      <Card title={title}>
        <Typography.Text type="danger">{errorText(q.error, t)}</Typography.Text>
      </Card>
    );
  }
  const d = q.data;
  return (
    <Card title={title} data-testid="lender-incidents" extra={d.total > 0 && <Typography.Text type="secondary">{t('contacts.incidents.total', { count: d.total, clients: d.clients })}</Typography.Text>}>
      {d.total === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contacts.incidents.empty')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('contacts.incidents.hint')}</Typography.Text>
          <Space wrap size={[4, 4]}>
            {d.byType.map((b) => (
              <Tag key={b.type} color="volcano">
                {t(`contacts.incidentTypes.${b.type}`)} · {b.count}
              </Tag>
            ))}
          </Space>
          <Table<IncidentItem>
            rowKey="contactId"
            size="small"
            pagination={d.items.length > 10 ? { pageSize: 10 } : false}
            dataSource={d.items}
            columns={[
              {
                key: 'date',
                title: t('contacts.incidents.columns.date'),
                width: 150,
                render: (_, i) => {
                  const l = utcToZoned(i.occurredAt, timeZone);
                  return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{`${l.date} ${l.time}`}</span>;
                },
              },
              {
                key: 'client',
                title: t('contacts.incidents.columns.client'),
                width: 160,
                render: (_, i) => <a href={href(paths.client(i.clientId, 'timeline'))}>{shown(i.clientName)}</a>,
              },
              {
                key: 'types',
                title: t('contacts.incidents.columns.types'),
                render: (_, i) => (
                  <Space wrap size={[2, 2]}>
                    {i.types.map((type) => (
                      <Tag key={type}>{t(`contacts.incidentTypes.${type}`)}</Tag>
                    ))}
                  </Space>
                ),
              },
              { key: 'details', title: t('contacts.incidents.columns.details'), ellipsis: true, render: (_, i) => i.details ?? i.summary },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}
