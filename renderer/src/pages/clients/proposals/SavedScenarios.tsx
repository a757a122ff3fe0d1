import { DeleteOutlined, EditOutlined, HistoryOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { waiverOf } from '../../../../../shared/domain/plan-figures';
import type { ProposalView } from '../../../../../shared/schemas/proposals';
import { errorText } from '../../../api/errors';
import { useDeleteProposal } from '../../../api/proposals';
import { MoneyText } from '../../../components/Money';
import { ScenarioHistory } from './ScenarioHistory';

// The client's saved scenarios: open one in the builder, see its earlier versions, delete
// one, tick two or three to compare them side by side.

export function SavedScenarios({
  clientId,
  items,
  selected,
  onSelect,
  onOpen,
  editingId,
}: {
  clientId: number;
  items: ProposalView[];
  selected: number[];
  onSelect: (ids: number[]) => void;
  onOpen: (p: ProposalView) => void;
  editingId: number | null;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = useDeleteProposal(clientId);
  const [historyOf, setHistoryOf] = useState<number | null>(null);
  const history = items.find((p) => p.id === historyOf);

  if (items.length === 0) {
    return (
      <Card size="small" title={t('proposals.saved.title')}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('proposals.saved.empty')} />
      </Card>
    );
  }
  const toggle = (id: number, on: boolean) => onSelect(on ? [...selected, id].slice(-3) : selected.filter((x) => x !== id));

  return (
    <Card size="small" title={t('proposals.saved.title')} extra={<Typography.Text type="secondary">{t('proposals.saved.compareHint')}</Typography.Text>}>
      <Table<ProposalView>
        size="small"
        rowKey="id"
        pagination={false}
        data-testid="proposal-saved"
        dataSource={items}
        columns={[
          {
            key: 'pick',
            width: 40,
            render: (_, p) => <Checkbox aria-label={p.name} data-testid={`compare-${p.name}`} checked={selected.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />,
          },
          {
            title: t('proposals.save.name'),
            key: 'name',
            render: (_, p) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong={p.id === editingId}>{p.name}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('proposals.saved.summary', { months: p.months, start: p.startDate })}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('proposals.compare.monthly'), key: 'monthly', align: 'right', render: (_, p) => <MoneyText fen={p.totals.monthlyFen} /> },
          { title: t('proposals.compare.total'), key: 'total', align: 'right', render: (_, p) => <MoneyText fen={p.totals.totalFen} /> },
          { title: t('proposals.compare.saving'), key: 'saving', align: 'right', render: (_, p) => <MoneyText fen={p.totals.savingFen} colorNegative /> },
          {
            key: 'actions',
            width: 250,
            render: (_, p) => (
              <Space>
                <Button size="small" icon={<EditOutlined />} onClick={() => onOpen(p)}>
                  {t('proposals.saved.open')}
                </Button>
                <Button size="small" icon={<HistoryOutlined />} onClick={() => setHistoryOf(p.id)} aria-label={`${t('proposals.history.open', { count: p.rev })} ${p.name}`}>
                  {t('proposals.history.open', { count: p.rev })}
                </Button>
                <Popconfirm
                  title={t('proposals.saved.deleteConfirm', { name: p.name })}
                  onConfirm={async () => {
                    try {
                      await remove.mutateAsync(p.id);
                      onSelect(selected.filter((x) => x !== p.id));
                      message.success(t('proposals.saved.deleted'));
                    } catch (err) {
                      message.error(errorText(err, t));
                    }
                  }}
                >
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('proposals.saved.delete')} />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {history && (
        <ScenarioHistory
          clientId={clientId}
          scenario={history}
          onClose={() => setHistoryOf(null)}
          onRestored={(p) => {
            setHistoryOf(null);
            onOpen(p);
          }}
        />
      )}
    </Card>
  );
}

interface Row {
  key: string;
  label: React.ReactNode;
  cells: React.ReactNode[];
}

/** Two or three scenarios side by side: the headline figures, then each lender's monthly and total. */
export function CompareScenarios({ items }: { items: ProposalView[] }) {
  const { t } = useTranslation();
  const figure = (key: string, label: string, get: (p: ProposalView) => React.ReactNode): Row => ({ key, label, cells: items.map(get) });
  const rows: Row[] = [
    figure('months', t('proposals.compare.months'), (p) => p.months),
    figure('budget', t('proposals.compare.budget'), (p) => <MoneyText fen={p.budgetFen} colorNegative />),
    figure('monthly', t('proposals.compare.monthly'), (p) => <MoneyText fen={p.totals.monthlyFen} strong />),
    figure('total', t('proposals.compare.total'), (p) => <MoneyText fen={p.totals.totalFen} strong />),
    figure('waiver', t('proposals.compare.waiver'), (p) => <MoneyText fen={p.totals.waiverFen} strong />),
    figure('saving', t('proposals.compare.saving'), (p) => <MoneyText fen={p.totals.savingFen} strong colorNegative />),
    figure('lastDue', t('proposals.compare.lastDue'), (p) => p.totals.lastDueDate ?? '—'),
  ];
  const lenders = new Map<number, string>();
  for (const p of items) for (const l of p.lines) lenders.set(l.debtId, l.lenderName);
  for (const [debtId, name] of lenders) {
    rows.push({
      key: `debt-${debtId}`,
      label: t('proposals.compare.perLender', { lender: name }),
      cells: items.map((p) => {
        const l = p.lines.find((x) => x.debtId === debtId);
        if (!l) return '—';
        return (
          <Space size={4}>
            <MoneyText fen={l.terms.monthlyFen} />
            <Typography.Text type="secondary">/</Typography.Text>
            {l.terms.schedule.length}
            <Typography.Text type="secondary">/</Typography.Text>
            <MoneyText fen={l.terms.totalFen} />
            <Typography.Text type="secondary">/</Typography.Text>
            <MoneyText fen={waiverOf(l)} />
            {l.beyondTerm && <Tag color="orange">{t('proposals.beyondTerm')}</Tag>}
          </Space>
        );
      }),
    });
  }
  return (
    <Card size="small" title={t('proposals.compare.title')}>
      <Table<Row>
        size="small"
        rowKey="key"
        pagination={false}
        data-testid="proposal-compare"
        dataSource={rows}
        columns={[
          { title: t('proposals.compare.metric'), key: 'label', render: (_, r) => r.label },
          ...items.map((p, i) => ({ title: p.name, key: `p${p.id}`, align: 'right' as const, render: (_: unknown, r: Row) => r.cells[i] })),
        ]}
      />
    </Card>
  );
}
