import { Alert, App, Button, Card, Col, Form, Input, Row, Space, Typography } from 'antd';
import { useCaseCurrency } from '../../../components/caseRegion';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../../../../shared/domain/dates';
import type { StatementDetail } from '../../../../../shared/schemas/statements';
import { ApiError } from '../../../api/client';
import { errorText } from '../../../api/errors';
import { useSettings } from '../../../api/settings';
import { useCreateStatement, useUpdateStatement } from '../../../api/statements';
import { DateInput } from '../../../components/DateInput';
import { formatFen, MoneyText, UnreadableAmounts, useUnreadableBoxes, type MoneyValue } from '../../../components/Money';
import { EditorSection, type LineField } from './EditorSection';
import { draftTotals, SECTION_CATEGORIES, SECTION_KIND, SECTIONS, sectionOf, type DraftLine, type RangeFen, type SectionKey } from './sections';

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
          {SECTIONS.map((section) => (
            <EditorSection
              key={section}
              section={section}
              sectionLines={lines.filter((l) => sectionOf(l.category) === section)}
              subtotal={totals && { income: totals.incomeMonthlyFen, fixed: totals.fixedMonthlyFen, variable: totals.variableMonthlyFen, asset: totals.assetsFen }[section]}
              errors={errors}
              ranges={ranges}
              onChange={setLine}
              onAmount={setAmount}
              onRemove={removeLine}
              onAdd={addLine}
            />
          ))}
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
