import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Select, Space, Steps, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type DuplicateChoice, type ImportCommitOutput, type ImportField, type ImportMapping, type ImportPickOutput, type ImportPreviewOutput } from '../../../../shared/schemas/imports';
import { useSheetImport } from '../../api/imports';
import { errorText } from '../../api/errors';
import { navigate, paths } from '../../router';
import { ImportPreview } from './ImportPreview';
import { ImportWorking } from './ImportWorking';

// The import wizard: choose a spreadsheet (in the main process's dialog), check the column
// each field is read from, look at the preview with every wrong row, answer for clients
// already here, import. A file with errors is corrected in Excel and chosen again.

type Step = 0 | 1 | 2 | 3;

export function ImportSheetPage() {
  const { t } = useTranslation();
  const sheet = useSheetImport();
  const [step, setStep] = useState<Step>(0);
  const [picked, setPicked] = useState<NonNullable<ImportPickOutput> | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [preview, setPreview] = useState<ImportPreviewOutput | null>(null);
  const [answers, setAnswers] = useState<Record<string, DuplicateChoice>>({});
  const [result, setResult] = useState<ImportCommitOutput | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (err) {
      setError(errorText(err, t));
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  const loadPreview = (token: string, m: ImportMapping) =>
    run(async () => {
      const p = await sheet.preview({ token, mapping: m });
      setPreview(p);
      setStep(2);
    });

  /** Chooses a file; from the preview (a corrected file) it goes straight back to the preview. */
  const pick = (toPreview: boolean) =>
    run(async () => {
      const p = await sheet.pick();
      if (!p) return;
      if (picked) void sheet.discard(picked.token);
      setPicked(p);
      setMapping(p.mapping);
      setAnswers({});
      if (toPreview) await loadPreview(p.token, p.mapping);
      else setStep(1);
    });

  const commit = () =>
    run(async () => {
      const r = await sheet.commit({ token: picked!.token, mapping, duplicates: answers });
      setResult(r);
      setStep(3);
    });

  const reset = () => {
    setStep(0);
    setPicked(null);
    setPreview(null);
    setResult(null);
    setAnswers({});
  };

  const columnOptions = [{ value: -1, label: t('imports.noColumn') }, ...(picked?.headers ?? []).map((h, i) => ({ value: i, label: `${columnLetter(i)} · ${h}` }))];
  const required = (f: ImportField) => f === 'name' || (f === 'lender' && IMPORT_FIELDS.some((x) => x !== 'lender' && !['name', 'idNumber', 'phone', 'address', 'notes'].includes(x) && mapping[x] != null));

  return (
    <Card title={<Typography.Title level={3} style={{ margin: 0 }}>{t('imports.title')}</Typography.Title>}>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Steps
          current={step}
          items={[{ title: t('imports.steps.file') }, { title: t('imports.steps.columns') }, { title: t('imports.steps.preview') }, { title: t('imports.steps.done') }]}
        />
        {error && <Alert type="error" showIcon message={error} role="alert" data-testid="import-error" />}
        {busy && <ImportWorking />}

        {step === 0 && (
          <Space direction="vertical">
            <Typography.Paragraph>{t('imports.fileHint')}</Typography.Paragraph>
            <Button type="primary" icon={<FileExcelOutlined />} loading={busy} onClick={() => void pick(false)}>
              {t('imports.pick')}
            </Button>
          </Space>
        )}

        {step === 1 && picked && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text>{t('imports.fileInfo', { file: picked.fileName, rows: picked.rowCount })}</Typography.Text>
            <Table
              size="small"
              pagination={false}
              rowKey="field"
              dataSource={IMPORT_FIELDS.map((field) => ({ field }))}
              columns={[
                {
                  title: t('imports.field'),
                  key: 'field',
                  render: (_, { field }) => (
                    <Space>
                      {t(`imports.fields.${field}`)}
                      {required(field) && <Tag color="red">{t('imports.required')}</Tag>}
                    </Space>
                  ),
                },
                {
                  title: t('imports.column'),
                  key: 'column',
                  render: (_, { field }) => (
                    <Select
                      aria-label={t(`imports.fields.${field}`)}
                      style={{ minWidth: 260 }}
                      value={mapping[field] ?? -1}
                      options={columnOptions}
                      onChange={(v: number) => setMapping((m) => ({ ...m, [field]: v < 0 ? null : v }))}
                    />
                  ),
                },
                {
                  title: t('imports.sample'),
                  key: 'sample',
                  render: (_, { field }) => {
                    const c = mapping[field];
                    return <Typography.Text type="secondary">{c == null ? '' : picked.sample.map((r) => r[c] ?? '').filter(Boolean).slice(0, 3).join(' · ')}</Typography.Text>;
                  },
                },
              ]}
            />
            <Space>
              <Button onClick={reset}>{t('imports.back')}</Button>
              <Button type="primary" loading={busy} disabled={mapping.name == null} onClick={() => void loadPreview(picked.token, mapping)}>
                {t('imports.next')}
              </Button>
            </Space>
          </Space>
        )}

        {step === 2 && picked && preview && (
          <ImportPreview
            preview={preview}
            answers={answers}
            onAnswer={(key, choice) => setAnswers((a) => ({ ...a, [key]: choice }))}
            busy={busy}
            onBack={() => setStep(1)}
            onPickAgain={() => void pick(true)}
            onImport={() => void commit()}
          />
        )}

        {step === 3 && result && (
          <Result
            status="success"
            title={t('imports.imported', { clients: result.clients, debts: result.debts })}
            subTitle={[
              result.skipped ? t('imports.importedSkipped', { skipped: result.skipped }) : null,
              result.lendersCreated.length ? t('imports.lendersCreated', { names: result.lendersCreated.join('、') }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
            extra={[
              <Button key="clients" type="primary" onClick={() => navigate(paths.clients())}>
                {t('imports.openClients')}
              </Button>,
              <Button key="again" onClick={reset}>
                {t('imports.again')}
              </Button>,
            ]}
          />
        )}
      </Space>
    </Card>
  );
}

/** A, B, …, Z, AA, … as the spreadsheet names its columns. */
function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
