import { Alert, App, Button, Drawer, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { waiverOf } from '../../../../../shared/domain/plan-figures';
import type { ProposalVersionView, ProposalView } from '../../../../../shared/schemas/proposals';
import { errorText } from '../../../api/errors';
import { useProposalVersions, useRestoreProposal } from '../../../api/proposals';
import { MoneyText } from '../../../components/Money';
import { useInstantFormat } from '../../../components/instant';

// A scenario's versions (issue 13 §1): the current one and every one a later save replaced,
// with the date and the key figures. A kept version opens read-only (its lines as they were
// saved) and can be made the current version again.

type VersionLine = ProposalVersionView['lines'][number];

/** A version's lines, read-only: what each lender was asked for. */
function VersionLines({ version }: { version: ProposalVersionView }) {
  const { t } = useTranslation();
  return (
    <Table<VersionLine>
      size="small"
      rowKey="debtId"
      pagination={false}
      data-testid={`version-lines-${version.version}`}
      dataSource={version.lines}
      columns={[
        { title: t('proposals.columns.lender'), dataIndex: 'lenderName' },
        { title: t('proposals.columns.remedy'), key: 'remedy', render: (_, l) => t(`agreements.remedies.${l.terms.params.remedy}`) },
        { title: t('proposals.columns.monthly'), key: 'monthly', align: 'right', render: (_, l) => <MoneyText fen={l.terms.monthlyFen} /> },
        { title: t('proposals.history.payments'), key: 'payments', align: 'right', render: (_, l) => l.terms.schedule.length },
        { title: t('proposals.columns.total'), key: 'total', align: 'right', render: (_, l) => <MoneyText fen={l.terms.totalFen} /> },
        { title: t('proposals.columns.waiver'), key: 'waiver', align: 'right', render: (_, l) => <MoneyText fen={waiverOf(l)} /> },
      ]}
    />
  );
}

export function ScenarioHistory({ clientId, scenario, onClose, onRestored }: { clientId: number; scenario: ProposalView; onClose: () => void; onRestored: (p: ProposalView) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const versions = useProposalVersions(clientId, scenario.id);
  const restore = useRestoreProposal(clientId);
  const instant = useInstantFormat();

  return (
    <Drawer open width={820} title={t('proposals.history.title', { name: scenario.name })} onClose={onClose} data-testid="proposal-history">
      {versions.isPending ? (
        <Spin />
      ) : versions.isError ? (
        <Alert type="error" showIcon title={errorText(versions.error, t)} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('proposals.history.hint')}</Typography.Text>
          <Table<ProposalVersionView>
            size="small"
            rowKey="version"
            pagination={false}
            dataSource={versions.data}
            expandable={{ expandedRowRender: (v) => <VersionLines version={v} />, columnTitle: t('proposals.history.view') }}
            onRow={(v) => ({ 'data-testid': `version-${v.version}` }) as React.HTMLAttributes<HTMLTableRowElement>}
            columns={[
              {
                title: t('proposals.history.version'),
                key: 'version',
                render: (_, v) => (
                  <Space size={4}>
                    {t('proposals.history.versionNo', { version: v.version })}
                    {v.current && <Tag color="processing">{t('proposals.history.current')}</Tag>}
                  </Space>
                ),
              },
              { title: t('proposals.history.savedAt'), key: 'savedAt', render: (_, v) => instant(v.savedAt) },
              { title: t('proposals.compare.months'), dataIndex: 'months', align: 'right' },
              { title: t('proposals.compare.monthly'), key: 'monthly', align: 'right', render: (_, v) => <MoneyText fen={v.totals.monthlyFen} /> },
              { title: t('proposals.compare.total'), key: 'total', align: 'right', render: (_, v) => <MoneyText fen={v.totals.totalFen} /> },
              { title: t('proposals.compare.waiver'), key: 'waiver', align: 'right', render: (_, v) => <MoneyText fen={v.totals.waiverFen} /> },
              {
                key: 'restore',
                render: (_, v) =>
                  v.versionId === null ? null : (
                    <Popconfirm
                      title={t('proposals.history.restoreConfirm', { version: v.version })}
                      onConfirm={async () => {
                        try {
                          const restored = await restore.mutateAsync({ id: scenario.id, rev: versions.data[0]!.version, versionId: v.versionId! });
                          message.success(t('proposals.history.restored', { version: v.version }));
                          onRestored(restored);
                        } catch (err) {
                          message.error(errorText(err, t));
                        }
                      }}
                    >
                      <Button size="small">{t('proposals.history.restore')}</Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
}
