import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import { useCaseCurrency } from '../../../components/caseRegion';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalEventView } from '../../../../../shared/schemas/legal';
import { errorText } from '../../../api/errors';
import { useDeleteLegalEvent, useLegalHistory } from '../../../api/legal';
import { formatFen } from '../../../components/Money';
import { legalStageColor } from './format';
import { LegalEventModal } from './LegalEventModal';

/** A debt's court and enforcement steps, oldest first, with the stage they lead to; added, corrected and deleted here. */
export function LegalEvents({ clientId, debtId }: { clientId: number; debtId: number }) {
  const { t, i18n } = useTranslation();
  const caseCurrency = useCaseCurrency();
  const { message } = App.useApp();
  const q = useLegalHistory(debtId);
  const remove = useDeleteLegalEvent(clientId, debtId);
  const [editing, setEditing] = useState<{ open: boolean; event: LegalEventView | null }>({ open: false, event: null });

  if (q.isPending) return <Spin size="small" />;
  if (q.isError) return <Typography.Text type="danger">{errorText(q.error, t)}</Typography.Text>;
  const h = q.data;

  const detail = (e: LegalEventView) =>
    [
      e.kind === 'judgment' && e.instance ? t(`legal.instances.${e.instance}`) : null,
      e.kind === 'judgment' && e.decision ? t(`legal.decisions.${e.decision}`) : null,
      e.measure ? t(`legal.measures.${e.measure}`) : null,
      e.amountFen !== null ? t('legal.timeline.amount', { amount: formatFen(e.amountFen, i18n.language, true, caseCurrency) }) : null,
      e.serviceDate ? t('legal.timeline.served', { date: e.serviceDate }) : null,
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <div data-testid="legal-events">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Space size={4}>
          <Typography.Text>{t('legal.currentStage')}</Typography.Text>
          <Tag color={legalStageColor(h.stage)} data-testid="legal-stage">
            {t(`debts.legalStages.${h.stage}`)}
          </Tag>
          {h.stageSince && <Typography.Text type="secondary">{t('legal.stageSince', { date: h.stageSince })}</Typography.Text>}
        </Space>
        <Button icon={<PlusOutlined />} onClick={() => setEditing({ open: true, event: null })}>
          {t('legal.add')}
        </Button>
      </Space>
      {h.events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('legal.empty')} />
      ) : (
        <Table<LegalEventView>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={h.events}
          columns={[
            { key: 'date', title: t('legal.fields.eventDate'), width: 110, render: (_, e) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{e.eventDate}</span> },
            {
              key: 'kind',
              title: t('legal.fields.kind'),
              render: (_, e) => (
                <div>
                  <Typography.Text strong>{t(`legal.kinds.${e.kind}`)}</Typography.Text>
                  {detail(e) && <div style={{ fontSize: 12 }}>{detail(e)}</div>}
                  {e.appealDeadline && <Tag color="orange">{t('legal.appealDeadline', { date: e.appealDeadline })}</Tag>}
                  {e.origin !== 'entered' && (
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('legal.estimated')}
                      </Typography.Text>
                    </div>
                  )}
                </div>
              ),
            },
            {
              key: 'court',
              title: `${t('legal.fields.court')} / ${t('legal.fields.caseNumber')}`,
              render: (_, e) => (
                <div style={{ fontSize: 12 }}>
                  {e.court && <div>{e.court}</div>}
                  {e.caseNumber && <div>{e.caseNumber}</div>}
                </div>
              ),
            },
            {
              key: 'actions',
              width: 96,
              render: (_, e) => (
                <Space size={0}>
                  <Button type="link" size="small" icon={<EditOutlined />} aria-label={`${t('legal.edit')} ${t(`legal.kinds.${e.kind}`)} ${e.eventDate}`} onClick={() => setEditing({ open: true, event: e })} />
                  <Popconfirm
                    title={t('legal.deleteConfirm')}
                    okText={t('legal.delete')}
                    cancelText={t('common.cancel')}
                    onConfirm={async () => {
                      try {
                        await remove.mutateAsync(e.id);
                        void message.success(t('legal.deleted'));
                      } catch (err) {
                        void message.error(errorText(err, t));
                      }
                    }}
                  >
                    <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={`${t('legal.delete')} ${t(`legal.kinds.${e.kind}`)} ${e.eventDate}`} />
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      )}
      {editing.open && <LegalEventModal clientId={clientId} debtId={debtId} event={editing.event} open onClose={() => setEditing({ open: false, event: null })} />}
    </div>
  );
}
