import { Alert, Button, Card, List, Radio, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DuplicateChoice, ImportPreviewOutput, ImportRowView } from '../../../../shared/schemas/imports';

// The preview step: what the file holds, every row that would raise an error (with its
// row number, field and reason), the clients already here (each needs an answer) and how
// each lender name was matched.

const SHOWN_FIELDS = ['name', 'idNumber', 'phone', 'lender', 'principal', 'interest', 'firstMissedDate'] as const;

export function ImportPreview(props: {
  preview: ImportPreviewOutput;
  answers: Record<string, DuplicateChoice>;
  onAnswer: (key: string, choice: DuplicateChoice) => void;
  busy: boolean;
  onBack: () => void;
  onPickAgain: () => void;
  onImport: () => void;
}) {
  const { t } = useTranslation();
  const { preview, answers } = props;
  const unanswered = preview.duplicates.some((d) => !answers[d.key]);
  const blocked = preview.errorRows > 0 || preview.missingRequired.length > 0 || unanswered;
  const problems = (r: ImportRowView) => r.errors.map((e) => (e.field ? `${t(`imports.fields.${e.field}`)}：${e.message}` : e.message));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Text strong data-testid="import-summary">
        {t('imports.summary', { clients: preview.clients, debts: preview.debts, rows: preview.totalRows })}
      </Typography.Text>
      {preview.errorRows > 0 ? (
        <Alert type="warning" showIcon message={t('imports.errorRows', { count: preview.errorRows })} data-testid="import-error-rows" data-count={preview.errorRows} />
      ) : (
        <Alert type="success" showIcon message={t('imports.noErrors')} />
      )}
      <Table<ImportRowView>
        size="small"
        rowKey="line"
        data-testid="import-preview"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={preview.rows}
        onRow={(r) => ({ 'data-testid': `import-row-${r.line}`, 'data-errors': r.errors.length } as React.HTMLAttributes<HTMLElement>)}
        columns={[
          { title: t('imports.line'), dataIndex: 'line', key: 'line', width: 64 },
          ...SHOWN_FIELDS.map((f) => ({ title: t(`imports.fields.${f}`), key: f, render: (_: unknown, r: ImportRowView) => r.values[f] ?? '' })),
          {
            title: t('imports.problems'),
            key: 'problems',
            render: (_: unknown, r: ImportRowView) =>
              r.errors.length === 0 ? null : (
                <Space direction="vertical" size={0}>
                  {problems(r).map((p) => (
                    <Typography.Text key={p} type="danger">
                      {p}
                    </Typography.Text>
                  ))}
                </Space>
              ),
          },
        ]}
      />
      {preview.duplicates.length > 0 && (
        <Card size="small" title={t('imports.duplicatesTitle')}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {preview.duplicates.map((d) => (
              <Space key={d.key} direction="vertical" size={2} data-testid="import-duplicate">
                <Typography.Text>
                  {t('imports.duplicateOf', { lines: d.lines.join('、'), name: d.name, caseRef: d.existing.caseRef, existing: d.existing.name, reason: t(`imports.duplicateReason.${d.reason}`) })}
                </Typography.Text>
                <Radio.Group
                  aria-label={d.name}
                  value={answers[d.key]}
                  onChange={(e) => props.onAnswer(d.key, e.target.value as DuplicateChoice)}
                  options={d.choices.map((c) => ({ value: c, label: t(`imports.choices.${c}`) }))}
                />
              </Space>
            ))}
          </Space>
        </Card>
      )}
      {preview.lenders.length > 0 && (
        <Card size="small" title={t('imports.lendersTitle')}>
          <List
            size="small"
            dataSource={preview.lenders}
            renderItem={(l) => (
              <List.Item>
                {l.matched ? (
                  <Space>
                    {t('imports.lenderMatched', { name: l.name, matched: l.matched })}
                    <Tag>{t(`imports.lenderMatchedOn.${l.matchedOn}`)}</Tag>
                  </Space>
                ) : (
                  t('imports.lenderNew', { name: l.name })
                )}
              </List.Item>
            )}
          />
        </Card>
      )}
      <Space wrap>
        <Button onClick={props.onBack}>{t('imports.back')}</Button>
        <Button loading={props.busy} onClick={props.onPickAgain}>
          {t('imports.pickAgain')}
        </Button>
        <Button type="primary" disabled={blocked} loading={props.busy} onClick={props.onImport}>
          {t('imports.import')}
        </Button>
      </Space>
    </Space>
  );
}
