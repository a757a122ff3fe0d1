import { Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StatementDetail } from '../../../../../shared/schemas/statements';
import { useSettings } from '../../../api/settings';
import { MoneyText } from '../../../components/Money';
import { RangeTag } from './RangeTag';
import { SECTIONS, sectionOf, type RangeFen, type SectionKey } from './sections';

type Line = StatementDetail['lines'][number];

function sectionSubtotal(statement: StatementDetail, section: SectionKey): number {
  const t = statement.totals;
  return { income: t.incomeMonthlyFen, fixed: t.fixedMonthlyFen, variable: t.variableMonthlyFen, asset: t.assetsFen }[section];
}

function SectionTable({ statement, section }: { statement: StatementDetail; section: SectionKey }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const ranges = (settings.data?.expenseRanges ?? {}) as Partial<Record<string, RangeFen>>;
  const lines = statement.lines.filter((l) => sectionOf(l.category) === section);
  const isAsset = section === 'asset';

  const columns: TableColumnsType<Line> = [
    { key: 'category', title: t('finances.columns.category'), width: '22%', render: (_, l) => t(`finances.categories.${l.category}`) },
    { key: 'label', title: t('finances.columns.label'), render: (_, l) => l.label ?? <Typography.Text type="secondary">—</Typography.Text> },
    {
      key: 'amount',
      title: isAsset ? t('finances.columns.value') : t('finances.columns.amount'),
      align: 'right',
      width: 190,
      render: (_, l) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <MoneyText fen={l.amountFen} />
          {!isAsset && (
            <Typography.Text type="secondary" style={{ marginInlineStart: 4 }}>
              {t(`finances.perFrequency.${l.frequency}`)}
            </Typography.Text>
          )}
        </span>
      ),
    },
    ...(isAsset
      ? []
      : [
          {
            key: 'monthly',
            title: t('finances.columns.monthly'),
            align: 'right' as const,
            width: 140,
            render: (_: unknown, l: Line) => <MoneyText fen={l.monthlyFen} strong />,
          },
        ]),
    {
      key: 'note',
      title: t('finances.columns.note'),
      width: '30%',
      render: (_, l) => (
        <Space direction="vertical" size={2}>
          {l.outOfRange && <RangeTag mark={l.outOfRange} range={ranges[l.category]} />}
          {l.note ? (
            <Typography.Text>{l.note}</Typography.Text>
          ) : l.outOfRange ? (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              {t('finances.range.justify')}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
  ];

  const title = t(`finances.sections.${section}`);
  return (
    <section aria-label={title}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      <Table<Line>
        size="small"
        rowKey="id"
        pagination={false}
        columns={columns}
        dataSource={lines}
        data-testid={`statement-section-${section}`}
        locale={{ emptyText: t('finances.noLines') }}
        summary={() =>
          lines.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={isAsset ? 2 : 3}>
                <Typography.Text strong>{isAsset ? t('finances.totals.assets') : t('finances.totals.subtotal')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <span data-testid={`subtotal-${section}`}>
                  <MoneyText fen={sectionSubtotal(statement, section)} strong />
                </span>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} />
            </Table.Summary.Row>
          ) : null
        }
      />
    </section>
  );
}

/** A statement as lenders would read it: the four sections with their subtotals. Read-only. */
export function StatementSections({ statement }: { statement: StatementDetail }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {SECTIONS.map((s) => (
        <SectionTable key={s} statement={statement} section={s} />
      ))}
      {statement.notes && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="statement-notes">
          <Typography.Text type="secondary">{t('finances.labelled', { label: t('finances.notes') })}</Typography.Text>
          {statement.notes}
        </Typography.Paragraph>
      )}
    </Space>
  );
}
