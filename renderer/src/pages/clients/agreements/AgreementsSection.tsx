import { DeleteOutlined, MoreOutlined } from '@ant-design/icons';
import { App, Button, Card, Collapse, Dropdown, Empty, Popconfirm, Progress, Space, Table, Tag, Typography } from 'antd';
import { useCaseCurrency } from '../../../components/caseRegion';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementStatus, AgreementView, InstalmentView, Progress as ProgressData } from '../../../../../shared/schemas/agreements';
import { useAgreements, useDeletePayment, useMarkMissed } from '../../../api/agreements';
import { exportList } from '../../../api/exports';
import { ExportButton } from '../../../components/ExportButton';
import { errorText } from '../../../api/errors';
import { MoneyText, formatFen } from '../../../components/Money';
import { AGREEMENT_COLORS, StateTag, TermsLine } from './format';
import { PaymentModal } from './PaymentModal';
import { StatusModal } from './StatusModal';
import { VariationModal } from '../replan/VariationModal';
import { useClient } from '../../../api/clients';
import { DEFAULT_REGION } from '../../../../../shared/domain/region';
import type { Currency } from '../../../../../shared/domain/money';
import { todayIn } from '../../../../../shared/domain/dates';
import { useTimeZone } from '../../contacts/ContactDrawer';

/** Paid of total as a bar, with the next due date and late / missed counts. */
/** `currency`: the progress's, where it is not the case on screen's (a lender's plans, per currency). */
export function ProgressSummary({ progress, testId, currency }: { progress: ProgressData; testId?: string; currency?: Currency }) {
  const { t, i18n } = useTranslation();
  const onScreen = useCaseCurrency();
  const caseCurrency = currency ?? onScreen;
  const pct = progress.totalFen > 0 ? Math.floor((progress.paidFen / progress.totalFen) * 1000) / 10 : 0;
  const fen = (v: number) => formatFen(v, i18n.language, true, caseCurrency);
  return (
    <div data-testid={testId}>
      <Progress aria-label={t('agreements.agreements.progress')} percent={pct} status={progress.missedCount > 0 ? 'exception' : progress.outstandingFen === 0 && progress.totalFen > 0 ? 'success' : 'active'} />
      <Space wrap size={12}>
        <Typography.Text data-testid="progress-paid">{t('agreements.agreements.paidOf', { paid: fen(progress.paidFen), total: fen(progress.totalFen) })}</Typography.Text>
        <Typography.Text type="secondary">{t('agreements.agreements.instalmentsPaid', { paid: progress.paidInstalments, count: progress.instalments })}</Typography.Text>
        <Typography.Text type="secondary">
          {progress.nextDue ? t('agreements.agreements.nextDue', { date: progress.nextDue.dueDate, amount: fen(progress.nextDue.amountFen) }) : t('agreements.agreements.noneDue')}
        </Typography.Text>
        {progress.lateCount > 0 && <Tag color="warning">{t('agreements.agreements.late', { count: progress.lateCount })}</Tag>}
        {progress.missedCount > 0 && <Tag color="error">{t('agreements.agreements.missed', { count: progress.missedCount })}</Tag>}
      </Space>
    </div>
  );
}

function AgreementCard({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [paying, setPaying] = useState(false);
  const markMissed = useMarkMissed(agreement.clientId);
  const today = todayIn(useTimeZone());
  const nextId = agreement.instalments.find((i) => i.state !== 'paid' && !i.missedAt && i.dueDate > today)?.id;
  const delPayment = useDeletePayment(agreement.clientId);
  const open = agreement.status === 'active' || agreement.status === 'broken';
  const fail = (err: unknown) => message.error(errorText(err, t));

  // A status change asks for the day it happened (today unless changed) in a dialog.
  const [changing, setChanging] = useState<{ to: AgreementStatus; action: string } | null>(null);

  const statusActions: { key: AgreementStatus; label: string }[] = (
    agreement.status === 'active'
      ? [
          { key: 'broken', label: t('agreements.agreements.broken') },
          { key: 'cancelled', label: t('agreements.agreements.cancel') },
          ...(agreement.progress.outstandingFen === 0 ? [{ key: 'completed' as const, label: t('agreements.agreements.complete') }] : []),
        ]
      : agreement.status === 'broken'
        ? [
            { key: 'active', label: t('agreements.agreements.reactivate') },
            { key: 'cancelled', label: t('agreements.agreements.cancel') },
          ]
        : [{ key: 'active', label: t('agreements.agreements.reactivate') }]
  ) as { key: AgreementStatus; label: string }[];

  const columns: TableColumnsType<InstalmentView> = [
    { title: t('agreements.columns.seq'), dataIndex: 'seq', width: 64 },
    { title: t('agreements.columns.dueDate'), dataIndex: 'dueDate', width: 120 },
    { title: t('agreements.columns.amount'), dataIndex: 'amountFen', align: 'right', render: (v: number) => <MoneyText fen={v} /> },
    { title: t('agreements.columns.paid'), dataIndex: 'paidFen', align: 'right', render: (v: number) => <MoneyText fen={v} /> },
    { title: t('agreements.columns.state'), dataIndex: 'state', render: (_: unknown, r) => <StateTag state={r.state} /> },
    {
      title: t('agreements.columns.actions'),
      key: 'actions',
      render: (_: unknown, r) =>
        // Not on every instalment for years ahead: only on those due by now and the next one
        // (a client may say in advance that it will not be paid).
        !open || r.state === 'paid' || (!r.missedAt && r.dueDate > today && r.id !== nextId) ? null : r.missedAt ? (
          <Button size="small" type="link" onClick={() => markMissed.mutateAsync({ id: r.id, missed: false }).catch(fail)}>
            {t('agreements.agreements.unmarkMissed')}
          </Button>
        ) : (
          <Button
            size="small"
            type="link"
            danger
            data-testid={`mark-missed-${r.seq}`}
            onClick={() => markMissed.mutateAsync({ id: r.id, missed: true }).then(() => message.success(t('agreements.agreements.missedSaved')), fail)}
          >
            {t('agreements.agreements.markMissed')}
          </Button>
        ),
    },
  ];

  return (
    <Card
      size="small"
      type="inner"
      data-testid={`agreement-${agreement.id}`}
      title={
        <Space wrap>
          <span>{agreement.lenderName}</span>
          <Tag color={AGREEMENT_COLORS[agreement.status]} data-testid="agreement-status">
            {t(`agreements.agreementStatus.${agreement.status}`)}
          </Tag>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {t('agreements.agreements.agreedOn', { date: agreement.agreedDate })}
          </Typography.Text>
          {agreement.statusDate && (
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }} data-testid="agreement-status-date">
              {t('agreements.agreements.statusSince', { status: t(`agreements.agreementStatus.${agreement.status}`), date: agreement.statusDate })}
            </Typography.Text>
          )}
        </Space>
      }
      extra={
        <Space>
          {open && (
            <Button type="primary" size="small" onClick={() => setPaying(true)} data-testid="record-payment">
              {t('agreements.agreements.recordPayment')}
            </Button>
          )}
          {agreement.payments.length > 0 && <ExportButton run={(format) => exportList.payments({ agreementId: agreement.id, format })} />}
          <Dropdown menu={{ items: statusActions, onClick: ({ key }) => setChanging({ to: key as AgreementStatus, action: statusActions.find((a) => a.key === key)!.label }) }}>
            <Button size="small" icon={<MoreOutlined />} aria-label={t('agreements.columns.actions')} />
          </Dropdown>
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <TermsLine terms={agreement.terms} />
        <ProgressSummary progress={agreement.progress} testId="agreement-progress" />
        <Table size="small" rowKey="id" columns={columns} dataSource={agreement.instalments} pagination={agreement.instalments.length > 12 ? { pageSize: 12 } : false} data-testid="schedule-table" />
        {agreement.payments.length > 0 && (
          <Collapse
            size="small"
            items={[
              {
                key: 'payments',
                label: t('agreements.agreements.payments', { count: agreement.payments.length }),
                children: (
                  <Table
                    size="small"
                    rowKey="id"
                    pagination={false}
                    dataSource={agreement.payments}
                    columns={[
                      { title: t('agreements.columns.date'), dataIndex: 'paidDate' },
                      { title: t('agreements.columns.amount'), dataIndex: 'amountFen', align: 'right', render: (v: number) => <MoneyText fen={v} /> },
                      { title: t('agreements.columns.note'), dataIndex: 'note' },
                      {
                        key: 'del',
                        render: (_: unknown, p) => (
                          <Popconfirm
                            title={t('agreements.agreements.deletePayment')}
                            okText={t('agreements.actions.delete')}
                            cancelText={t('agreements.actions.cancel')}
                            onConfirm={() => delPayment.mutateAsync(p.id).then(() => message.success(t('agreements.agreements.paymentDeleted')), fail)}
                          >
                            <Button size="small" type="text" icon={<DeleteOutlined />} aria-label={t('agreements.actions.delete')} />
                          </Popconfirm>
                        ),
                      },
                    ]}
                  />
                ),
              },
            ]}
          />
        )}
      </Space>
      {paying && <PaymentModal agreement={agreement} onClose={() => setPaying(false)} />}
      {changing && <StatusModal agreement={agreement} to={changing.to} action={changing.action} onClose={() => setChanging(null)} />}
    </Card>
  );
}

export function AgreementsSection({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const agreements = useAgreements(clientId);
  const items = agreements.data?.items ?? [];
  const [varying, setVarying] = useState(false);
  const client = useClient(clientId);
  return (
    <Card
      title={t('agreements.agreements.title')}
      loading={agreements.isLoading}
      extra={
        items.some((a) => a.status === 'active') && (
          <Button onClick={() => setVarying(true)} data-testid="agreements-variation">
            {t('replan.variation.button')}
          </Button>
        )
      }
    >
      {varying && <VariationModal clientId={clientId} region={client.data?.region ?? DEFAULT_REGION} agreements={items} onClose={() => setVarying(false)} />}
      {items.length === 0 ? (
        <Empty description={t('agreements.agreements.empty')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} size={12}>
          <Card size="small" title={t('agreements.agreements.overview')}>
            <ProgressSummary progress={agreements.data!.progress} testId="client-plan-progress" />
          </Card>
          {items.map((a) => (
            <AgreementCard key={a.id} agreement={a} />
          ))}
        </Space>
      )}
    </Card>
  );
}
