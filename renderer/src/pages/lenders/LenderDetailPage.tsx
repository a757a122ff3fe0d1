import { LenderAgreements } from './LenderAgreements';
import { LenderIncidents } from './LenderIncidents';
import { LenderInsights } from './LenderInsights';
import { LenderEvidenceRules } from './LenderEvidenceRules';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Popconfirm, Result, Row, Space, Spin, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LenderDetail } from '../../../../shared/schemas/lenders';
import { errorText } from '../../api/errors';
import { useDeleteLender, useLender } from '../../api/lenders';
import { LenderTypeTag } from '../../components/LenderPicker';
import { MoneyText } from '../../components/Money';
import { MoneyTotals } from '../../components/MoneyTotals';
import { href, navigate, paths } from '../../router';
import { LenderFormDrawer } from './LenderFormDrawer';
import { MergeLenderModal } from './MergeLenderModal';
import { DemoTag } from '../../demo/DemoTag';
import { useInstantFormat } from '../../components/instant';
import { useShownName } from '../../demo/useShownName';

type CaseRow = LenderDetail['cases'][number];

export function LenderDetailPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const shown = useShownName();
  const instant = useInstantFormat();
  const { message } = App.useApp();
  const lender = useLender(id);
  const remove = useDeleteLender();
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);

  if (lender.isPending) return <Spin />;
  if (lender.isError) {
    return <Result status="warning" title={errorText(lender.error, t)} extra={<Button onClick={() => navigate(paths.lenders())}>{t('common.back')}</Button>} />;
  }
  const l = lender.data;
  const inUse = l.debtCount > 0;
  const notSet = <Typography.Text type="secondary">{t('common.notSet')}</Typography.Text>;
  const text = (v: string | null) => (v ? <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span> : notSet);

  const onDelete = () =>
    remove.mutate(l.id, {
      onSuccess: () => {
        void message.success(t('lenders.deleted', { name: l.name }));
        navigate(paths.lenders());
      },
      onError: (err) => void message.error(errorText(err, t)),
    });

  const deleteButton = (
    <Button danger icon={<DeleteOutlined />} disabled={inUse} loading={remove.isPending}>
      {t('lenders.delete')}
    </Button>
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(paths.lenders())}>
        {t('lenders.backToList')}
      </Button>
      <Card
        title={
          <Space align="center" wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {l.name}
            </Typography.Title>
            <LenderTypeTag type={l.type} />
            {l.isDemo && <DemoTag />}
          </Space>
        }
        extra={
          <Space wrap>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('lenders.edit')}
            </Button>
            <Button icon={<MergeCellsOutlined />} onClick={() => setMerging(true)}>
              {t('lenders.merge.action')}
            </Button>
            {inUse ? (
              <Tooltip title={t('lenders.inUseHint')}>
                <span>{deleteButton}</span>
              </Tooltip>
            ) : (
              <Popconfirm title={t('lenders.deleteConfirm', { name: l.name })} onConfirm={onDelete} okText={t('lenders.delete')} cancelText={t('common.cancel')}>
                {deleteButton}
              </Popconfirm>
            )}
          </Space>
        }
      >
        <Row gutter={[16, 16]}>
          <Col xs={8}>
            <Statistic title={t('lenders.columns.cases')} value={l.caseCount} />
          </Col>
          <Col xs={8}>
            <Statistic title={t('lenders.columns.debts')} value={l.debtCount} />
          </Col>
          <Col xs={8}>
            <Statistic title={t('lenders.columns.outstanding')} value={0} formatter={() => <MoneyTotals totals={l.outstanding} testId="lender-outstanding" />} />
          </Col>
          <Col span={24}>
            <Typography.Text type="secondary">{t('lenders.usageHint')}</Typography.Text>
          </Col>
        </Row>
      </Card>
      <Card title={t('lenders.detail.contact')} size="small">
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('lenders.fields.aliases')} span={2}>
            {l.aliases.length ? (
              <Space size={[4, 4]} wrap>
                {l.aliases.map((a) => (
                  <Tag key={a}>{a}</Tag>
                ))}
              </Space>
            ) : (
              notSet
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('lenders.fields.phones')}>{l.phones.length ? l.phones.join('、') : notSet}</Descriptions.Item>
          <Descriptions.Item label={t('lenders.fields.email')}>{text(l.email)}</Descriptions.Item>
          <Descriptions.Item label={t('lenders.fields.address')} span={2}>
            {text(l.address)}
          </Descriptions.Item>
          <Descriptions.Item label={t('lenders.fields.complaintChannel')} span={2}>
            {text(l.complaintChannel)}
          </Descriptions.Item>
          <Descriptions.Item label={t('lenders.fields.notes')} span={2}>
            {text(l.notes)}
          </Descriptions.Item>
          <Descriptions.Item label={t('lenders.detail.updatedAt')}>{instant(l.updatedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('lenders.detail.cases')} size="small">
        <Table<CaseRow>
          rowKey="clientId"
          size="small"
          dataSource={l.cases}
          pagination={l.cases.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          locale={{ emptyText: t('lenders.detail.noCases') }}
          columns={[
            {
              title: t('lenders.detail.client'),
              dataIndex: 'clientName',
              key: 'client',
              render: (name: string, c) => <a href={href(paths.client(c.clientId))}>{shown(name)}</a>,
            },
            { title: t('lenders.detail.caseRef'), dataIndex: 'caseRef', key: 'caseRef', width: 160 },
            { title: t('lenders.detail.debts'), dataIndex: 'debtCount', key: 'debts', width: 120, align: 'right' },
            {
              title: t('lenders.detail.outstanding'),
              dataIndex: 'outstandingFen',
              key: 'outstanding',
              width: 180,
              align: 'right',
              render: (fen: number, c) => <MoneyText fen={fen} currency={c.currency} />,
            },
          ]}
        />
      </Card>
      <LenderInsights lenderId={id} />
      <LenderAgreements lenderId={id} />
      <LenderIncidents lenderId={id} />
      <LenderEvidenceRules lenderId={id} />
      {editing && <LenderFormDrawer lender={l} onClose={() => setEditing(false)} />}
      {merging && <MergeLenderModal source={l} onClose={() => setMerging(false)} />}
    </Space>
  );
}
