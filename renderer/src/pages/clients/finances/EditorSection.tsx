import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FREQUENCIES } from '../../../../../shared/schemas/statements';
import { MoneyInput, MoneyText, type MoneyValue } from '../../../components/Money';
import { RangeTag } from './RangeTag';
import { draftMonthly, draftRangeMark, SECTION_CATEGORIES, type DraftLine, type RangeFen, type SectionKey } from './sections';

export type LineField = 'category' | 'label' | 'amountFen' | 'frequency' | 'note';

export interface EditorSectionProps {
  section: SectionKey;
  /** This section's lines, in order. */
  sectionLines: DraftLine[];
  /** The section's monthly subtotal (for assets: their value); undefined while nothing adds up. */
  subtotal: number | null | undefined;
  /** Field messages by '<line key>.<field>'. */
  errors: Record<string, string>;
  ranges: Partial<Record<string, RangeFen>>;
  onChange(key: string, field: LineField, value: DraftLine[LineField]): void;
  onAmount(key: string, v: MoneyValue): void;
  onRemove(key: string): void;
  onAdd(section: SectionKey): void;
}

/** One section of the statement editor (income, fixed or variable costs, assets): its lines as a table and "add a line". */
export function EditorSection({ section, sectionLines, subtotal, errors, ranges, onChange, onAmount, onRemove, onAdd }: EditorSectionProps) {
  const { t } = useTranslation();
  const frequencyOptions = FREQUENCIES.map((f) => ({ value: f, label: t(`finances.frequencies.${f}`) }));
  const title = t(`finances.sections.${section}`);
  const isAsset = section === 'asset';
  const labelOf = (l: DraftLine, column: string) => `${title} ${t('finances.lineOf', { n: sectionLines.indexOf(l) + 1 })} ${column}`;
  const errorOf = (l: DraftLine, field: LineField) => errors[`${l.key}.${field}`];
  const errorId = (l: DraftLine, field: LineField) => `${l.key}-${field}-error`;
  const withError = (l: DraftLine, field: LineField, control: ReactNode) => (
    <>
      {control}
      {errorOf(l, field) && (
        <Typography.Text type="danger" id={errorId(l, field)} role="alert" style={{ fontSize: 12, display: 'block' }}>
          {errorOf(l, field)}
        </Typography.Text>
      )}
    </>
  );
  const errorProps = (l: DraftLine, field: LineField) =>
    errorOf(l, field) ? { status: 'error' as const, 'aria-invalid': true, 'aria-describedby': errorId(l, field) } : {};

  const columns: TableColumnsType<DraftLine> = [
    {
      key: 'category',
      title: t('finances.columns.category'),
      width: 210,
      render: (_, l) =>
        withError(
          l,
          'category',
          <Select
            aria-label={labelOf(l, t('finances.columns.category'))}
            value={l.category}
            style={{ width: '100%' }}
            popupMatchSelectWidth={false}
            options={SECTION_CATEGORIES[section].map((c) => ({ value: c, label: t(`finances.categories.${c}`) }))}
            onChange={(v) => onChange(l.key, 'category', v)}
            {...errorProps(l, 'category')}
          />,
        ),
    },
    {
      key: 'label',
      title: t('finances.columns.label'),
      render: (_, l) =>
        withError(
          l,
          'label',
          <Input
            aria-label={labelOf(l, t('finances.columns.label'))}
            value={l.label}
            maxLength={100}
            placeholder={t('finances.labelPlaceholder')}
            onChange={(e) => onChange(l.key, 'label', e.target.value)}
            {...errorProps(l, 'label')}
          />,
        ),
    },
    {
      key: 'amount',
      title: isAsset ? t('finances.columns.value') : t('finances.columns.amount'),
      width: 150,
      render: (_, l) =>
        withError(
          l,
          'amountFen',
          <MoneyInput
            aria-label={labelOf(l, isAsset ? t('finances.columns.value') : t('finances.columns.amount'))}
            value={l.amountFen}
            trackAs={l.key}
            onChange={(v) => onAmount(l.key, v)}
            {...errorProps(l, 'amountFen')}
          />,
        ),
    },
    ...(isAsset
      ? []
      : [
          {
            key: 'frequency',
            title: t('finances.columns.frequency'),
            width: 130,
            render: (_: unknown, l: DraftLine) =>
              withError(
                l,
                'frequency',
                <Select
                  aria-label={labelOf(l, t('finances.columns.frequency'))}
                  value={l.frequency}
                  style={{ width: '100%' }}
                  popupMatchSelectWidth={false}
                  options={frequencyOptions}
                  onChange={(v: (typeof FREQUENCIES)[number]) => onChange(l.key, 'frequency', v)}
                  {...errorProps(l, 'frequency')}
                />,
              ),
          },
          {
            key: 'monthly',
            title: t('finances.columns.monthly'),
            width: 130,
            align: 'right' as const,
            render: (_: unknown, l: DraftLine) => (
              <span data-testid="line-monthly">
                <MoneyText fen={draftMonthly(l)} />
              </span>
            ),
          },
        ]),
    {
      key: 'note',
      title: t('finances.columns.note'),
      render: (_, l) => {
        const mark = draftRangeMark(l, draftMonthly(l), ranges);
        return (
          <Space direction="vertical" size={2} style={{ width: '100%' }}>
            {mark && <RangeTag mark={mark} range={ranges[l.category]} />}
            {withError(
              l,
              'note',
              <Input
                aria-label={labelOf(l, t('finances.columns.note'))}
                value={l.note}
                maxLength={500}
                placeholder={mark ? t('finances.justifyPlaceholder') : t('finances.notePlaceholder')}
                onChange={(e) => onChange(l.key, 'note', e.target.value)}
                {...errorProps(l, 'note')}
              />,
            )}
          </Space>
        );
      },
    },
    {
      key: 'remove',
      width: 48,
      render: (_, l) => <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${t('finances.removeLine')}: ${labelOf(l, '').trim()}`} onClick={() => onRemove(l.key)} />,
    },
  ];

  return (
    <section aria-label={title}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Space direction="vertical" size={0}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {section !== 'income' && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`finances.sectionHelp.${section}`)}
            </Typography.Text>
          )}
        </Space>
        <Typography.Text>
          {t('finances.labelled', { label: isAsset ? t('finances.totals.assets') : t('finances.totals.subtotal') })}
          <MoneyText fen={subtotal} strong />
        </Typography.Text>
      </Space>
      <Table<DraftLine>
        size="small"
        rowKey="key"
        pagination={false}
        columns={columns}
        dataSource={sectionLines}
        data-testid={`editor-section-${section}`}
        locale={{ emptyText: t('finances.noLines') }}
        tableLayout="fixed"
        scroll={{ x: 900 }}
      />
      <Button type="dashed" icon={<PlusOutlined />} onClick={() => onAdd(section)} style={{ marginTop: 8 }} aria-label={`${t('finances.addLine')}（${title}）`}>
        {t('finances.addLine')}
      </Button>
    </section>
  );
}
