import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Table, Typography } from 'antd';
import { useCaseCurrency } from '../../../components/caseRegion';
import type { TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../../../../shared/domain/dates';
import { FREQUENCIES, type StatementDetail } from '../../../../../shared/schemas/statements';
import { ApiError } from '../../../api/client';
import { errorText } from '../../../api/errors';
import { useSettings } from '../../../api/settings';
import { useCreateStatement, useUpdateStatement } from '../../../api/statements';
import { DateInput } from '../../../components/DateInput';
import { formatFen, MoneyInput, MoneyText, UnreadableAmounts, useUnreadableBoxes, type MoneyValue } from '../../../components/Money';
import { RangeTag } from './RangeTag';
import { draftMonthly, draftRangeMark, draftTotals, SECTION_CATEGORIES, SECTION_KIND, SECTIONS, sectionOf, type DraftLine, type RangeFen, type SectionKey } from './sections';

let nextKey = 1;
const newKey = () => `line-${nextKey++}`;

function emptyLine(section: SectionKey): DraftLine {
  return { key: newKey(), kind: SECTION_KIND[section], category: SECTION_CATEGORIES[section][0]!, label: '', amountFen: null, frequency: 'monthly', note: '' };
}

/** The lines of a statement as drafts, in section order (the order the main process numbers them in). */
function draftsFrom(statement: StatementDetail | null): DraftLine[] {
  if (!statement) return [emptyLine('income')];
  const drafts = statement.lines.map(
    (l): DraftLine => ({ key: newKey(), kind: l.kind, category: l.category, label: l.label ?? '', amountFen: l.amountFen, frequency: l.frequency, note: l.note ?? '' }),
  );
  return SECTIONS.flatMap((s) => drafts.filter((d) => sectionOf(d.category) === s));
}

type LineField = 'category' | 'label' | 'amountFen' | 'frequency' | 'note';

export interface StatementEditorProps {
  clientId: number;
  /** 'new' starts a new dated statement from `base` (a copy of the latest); 'edit' corrects `base` itself. */
  mode: 'new' | 'edit';
  base: StatementDetail | null;
  onDone(): void;
}

/** Enters or corrects a statement, with every line's monthly figure and the totals worked out as the counsellor types. */
export function StatementEditor({ clientId, mode, base, onDone }: StatementEditorProps) {
  const { t, i18n } = useTranslation();
  const caseCurrency = useCaseCurrency();
  const { message } = App.useApp();
  const settings = useSettings();
  const create = useCreateStatement(clientId);
  const update = useUpdateStatement(clientId);
  const timeZone = settings.data?.timeZone ?? 'Asia/Shanghai';
  const today = todayIn(timeZone, new Date());
  const ranges = (settings.data?.expenseRanges ?? {}) as Partial<Record<string, RangeFen>>;

  const [statementDate, setStatementDate] = useState<string | null>(mode === 'edit' && base ? base.statementDate : today);
  const [notes, setNotes] = useState(mode === 'edit' && base ? (base.notes ?? '') : '');
  const [lines, setLines] = useState<DraftLine[]>(() => draftsFrom(base));
  // Field messages: 'statementDate', 'notes', or '<line key>.<field>'.
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  // Lines whose amount box holds text that is not an amount: its own message says why, and
  // the line keeps its last amount until the text is put right, but nothing is saved.
  const [unreadable, reportUnreadable] = useUnreadableBoxes();
  const saving = create.isPending || update.isPending;

  const clearError = (key: string) =>
    setErrors((e) => {
      if (!(key in e)) return e;
      const { [key]: _gone, ...rest } = e;
      return rest;
    });

  const setLine = (key: string, field: LineField, value: DraftLine[LineField]) => {
    setLines((ls) => ls.map((l) => (l.key === key ? { ...l, [field]: value } : l)));
    clearError(`${key}.${field}`);
  };

  const addLine = (section: SectionKey) =>
    setLines((ls) => {
      const line = emptyLine(section);
      const order = SECTIONS.indexOf(section);
      const at = ls.findIndex((l) => SECTIONS.indexOf(sectionOf(l.category)) > order);
      return at < 0 ? [...ls, line] : [...ls.slice(0, at), line, ...ls.slice(at)];
    });

  const removeLine = (key: string) => setLines((ls) => ls.filter((l) => l.key !== key));

  const setAmount = (key: string, v: MoneyValue) => {
    if (typeof v === 'string') clearError(`${key}.amountFen`);
    else setLine(key, 'amountFen', v);
  };

  const save = () => {
    const local: Record<string, string> = {};
    if (!statementDate) local.statementDate = t('validation.required');
    for (const l of lines) if (l.amountFen === null && !unreadable.has(l.key)) local[`${l.key}.amountFen`] = t('validation.required');
    setErrors(local);
    if (Object.keys(local).length || lines.some((l) => unreadable.has(l.key))) {
      setFormError(t('finances.hasErrors'));
      return;
    }
    setFormError(null);
    const body = {
      statementDate: statementDate!,
      notes: notes.trim() || null,
      lines: lines.map((l) => ({
        kind: l.kind,
        category: l.category,
        label: l.label.trim() || null,
        amountFen: l.amountFen!,
        frequency: l.frequency,
        note: l.note.trim() || null,
      })),
    };
    const sent = lines;
    const onError = (err: unknown) => {
      if (err instanceof ApiError && Object.keys(err.fields).length) {
        // The main process numbers lines in the order they were sent: map 'lines.3.amountFen' back to that row.
        const mapped: Record<string, string> = {};
        const unplaced: string[] = [];
        for (const [path, text] of Object.entries(err.fields)) {
          const m = /^lines\.(\d+)\.(\w+)$/.exec(path);
          const line = m ? sent[Number(m[1])] : undefined;
          if (m && line) mapped[`${line.key}.${m[2]}`] = text;
          else if (path === 'statementDate' || path === 'notes') mapped[path] = text;
          else unplaced.push(text);
        }
        setErrors(mapped);
        setFormError(unplaced.length ? unplaced.join(' ') : t('finances.hasErrors'));
      } else {
        setFormError(errorText(err, t));
      }
    };
    if (mode === 'edit' && base) {
      update.mutate({ id: base.id, rev: base.rev, ...body }, { onSuccess: () => (void message.success(t('finances.saved')), onDone()), onError });
    } else {
      create.mutate(body, { onSuccess: () => (void message.success(t('finances.created')), onDone()), onError });
    }
  };

  const totals = draftTotals(lines);
  const frequencyOptions = FREQUENCIES.map((f) => ({ value: f, label: t(`finances.frequencies.${f}`) }));

  const sectionTable = (section: SectionKey) => {
    const sectionLines = lines.filter((l) => sectionOf(l.category) === section);
    const title = t(`finances.sections.${section}`);
    const isAsset = section === 'asset';
    const subtotal = totals && { income: totals.incomeMonthlyFen, fixed: totals.fixedMonthlyFen, variable: totals.variableMonthlyFen, asset: totals.assetsFen }[section];
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
              onChange={(v) => setLine(l.key, 'category', v)}
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
              onChange={(e) => setLine(l.key, 'label', e.target.value)}
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
              onChange={(v) => setAmount(l.key, v)}
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
                    onChange={(v: (typeof FREQUENCIES)[number]) => setLine(l.key, 'frequency', v)}
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
                  onChange={(e) => setLine(l.key, 'note', e.target.value)}
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
        render: (_, l) => <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${t('finances.removeLine')}: ${labelOf(l, '').trim()}`} onClick={() => removeLine(l.key)} />,
      },
    ];

    return (
      <section key={section} aria-label={title}>
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
        <Button type="dashed" icon={<PlusOutlined />} onClick={() => addLine(section)} style={{ marginTop: 8 }} aria-label={`${t('finances.addLine')}（${title}）`}>
          {t('finances.addLine')}
        </Button>
      </section>
    );
  };

  const d = totals?.disposableMonthlyFen ?? null;
  return (
    <Card
      title={mode === 'edit' && base ? t('finances.editorEdit', { date: base.statementDate }) : t('finances.editorNew')}
      data-testid="statement-editor"
      styles={{ body: { paddingBottom: 0 } }}
    >
      <UnreadableAmounts value={reportUnreadable}>
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          {formError && <Alert type="error" showIcon title={formError} />}
          <Form layout="vertical" component="div">
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item
                  label={t('finances.statementDate')}
                  htmlFor="statement-date"
                  required
                  validateStatus={errors.statementDate ? 'error' : undefined}
                  help={errors.statementDate}
                  style={{ marginBottom: 0 }}
                >
                  <DateInput
                    id="statement-date"
                    value={statementDate}
                    allowClear={false}
                    disabledDate={(day) => day.format('YYYY-MM-DD') > today}
                    onChange={(v) => {
                      setStatementDate(v);
                      clearError('statementDate');
                    }}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item label={t('finances.notes')} htmlFor="statement-notes" validateStatus={errors.notes ? 'error' : undefined} help={errors.notes} style={{ marginBottom: 0 }}>
                  <Input.TextArea
                    id="statement-notes"
                    value={notes}
                    maxLength={5000}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    placeholder={t('finances.notesPlaceholder')}
                    onChange={(e) => {
                      setNotes(e.target.value);
                      clearError('notes');
                    }}
                  />
                </Form.Item>
              </Col>
            </Row>
          </Form>
          {SECTIONS.map(sectionTable)}
          <div
            style={{ position: 'sticky', bottom: 0, zIndex: 2, background: '#fff', borderTop: '1px solid #f0f0f0', padding: '12px 0', margin: '0 -1px' }}
            data-testid="editor-totals"
          >
            <Row align="middle" gutter={[16, 8]}>
              <Col flex="auto">
                <Space size="large" wrap>
                  <span>
                    {t('finances.labelled', { label: t('finances.totals.income') })}
                    <MoneyText fen={totals?.incomeMonthlyFen} />
                  </span>
                  <span>
                    {t('finances.labelled', { label: t('finances.totals.expense') })}
                    <MoneyText fen={totals?.expenseMonthlyFen} />
                  </span>
                  <span role="status" aria-live="polite" data-testid="live-disposable">
                    <Typography.Text strong>{t('finances.labelled', { label: t('finances.totals.disposable') })}</Typography.Text>
                    <Typography.Text strong style={{ fontSize: 20, color: d !== null && d < 0 ? '#cf1322' : undefined, fontVariantNumeric: 'tabular-nums' }}>
                      {d === null ? '—' : formatFen(d, i18n.language, true, caseCurrency)}
                    </Typography.Text>
                  </span>
                </Space>
              </Col>
              <Col>
                <Space>
                  <Button onClick={onDone} disabled={saving}>
                    {t('common.cancel')}
                  </Button>
                  <Button type="primary" onClick={save} loading={saving}>
                    {t('common.save')}
                  </Button>
                </Space>
              </Col>
            </Row>
          </div>
        </Space>
      </UnreadableAmounts>
    </Card>
  );
}
