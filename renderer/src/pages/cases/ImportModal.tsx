import { Alert, App, Button, Descriptions, Form, Input, List, Modal, Radio, Result, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseImportOutput, CasePreview, ImportConflictChoice } from '../../../../shared/schemas/cases';
import { errorText } from '../../api/errors';
import { useImportCase, useImportPreview } from '../../api/cases';
import { navigate, paths } from '../../router';
import { useInstantFormat } from '../../components/instant';

/** The counts worth showing, in the order of a case file (the client row itself left out). */
const COUNT_ORDER = [
  'statements',
  'debts',
  'contacts',
  'followups',
  'attachments',
  'proposals',
  'offers',
  'agreements',
  'instalments',
  'payments',
  'letters',
  'client_status_changes',
  'audit_log',
] as const;

/**
 * Imports a handed-over case in three steps: file and passphrase (checked, nothing written),
 * what the file holds and what will happen (lenders reused or created, a case already here),
 * then what was added.
 */
export function ImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const instant = useInstantFormat();
  const { message } = App.useApp();
  const [passphrase, setPassphrase] = useState('');
  const [checked, setChecked] = useState<{ token: string; fileName: string; preview: CasePreview } | null>(null);
  const [choice, setChoice] = useState<ImportConflictChoice | null>(null);
  const [report, setReport] = useState<CaseImportOutput | null>(null);
  const [error, setError] = useState<string | null>(null);
  const preview = useImportPreview();
  const run = useImportCase();
  const step = report ? 2 : checked ? 1 : 0;
  const conflicts = checked?.preview.conflicts ?? [];

  const pick = () =>
    preview.mutate(
      { passphrase },
      {
        onSuccess: (r) => {
          if (!r.picked) return;
          setChecked({ token: r.token, fileName: r.fileName, preview: r.preview });
          setChoice(null);
        },
        onError: (err) => setError(errorText(err, t)),
      },
    );

  const submit = () => {
    if (!checked) return;
    if (conflicts.length && choice === null) return setError(t('cases.import.choose'));
    run.mutate(
      { token: checked.token, passphrase, ...(conflicts.length ? { onConflict: choice! } : {}) },
      {
        onSuccess: (r) => {
          if (!r.imported) {
            void message.info(t('cases.import.cancelled'));
            return onClose();
          }
          setReport(r);
        },
        onError: (err) => setError(errorText(err, t)),
      },
    );
  };

  const counts = (c: Record<string, number>) =>
    COUNT_ORDER.filter((k) => (c[k] ?? 0) > 0).map((k) => (
      <Tag key={k}>
        {t(`cases.counts.${k}`)} {c[k]}
      </Tag>
    ));

  const footer =
    step === 0 ? (
      <Space>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" onClick={pick} loading={preview.isPending} disabled={!passphrase}>
          {t('cases.import.pick')}
        </Button>
      </Space>
    ) : step === 1 ? (
      <Space>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" onClick={submit} loading={run.isPending} disabled={conflicts.length > 0 && choice === null}>
          {t('cases.import.submit')}
        </Button>
      </Space>
    ) : (
      <Space>
        <Button onClick={onClose}>{t('cases.import.close')}</Button>
        <Button
          type="primary"
          onClick={() => {
            onClose();
            if (report?.clientId) navigate(paths.client(report.clientId));
          }}
        >
          {t('cases.import.open')}
        </Button>
      </Space>
    );

  return (
    <Modal open title={t('cases.import.title')} onCancel={onClose} footer={footer} destroyOnHidden width={680} maskClosable={false}>
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 16 }}
        items={[{ title: t('cases.import.passphrase') }, { title: t('cases.import.previewTitle') }, { title: t('cases.import.doneTitle') }]}
      />
      {step === 0 && (
        <>
          <Typography.Paragraph>{t('cases.import.intro')}</Typography.Paragraph>
          <Form layout="vertical" component={false}>
            <Form.Item label={t('cases.import.passphrase')} htmlFor="import-passphrase">
              <Input.Password
                id="import-passphrase"
                autoComplete="off"
                value={passphrase}
                onChange={(e) => {
                  setPassphrase(e.target.value);
                  setError(null);
                }}
                onPressEnter={() => passphrase && pick()}
              />
            </Form.Item>
          </Form>
        </>
      )}
      {step === 1 && checked && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('cases.import.client')}>
              <Typography.Text strong>{checked.preview.name}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.import.caseRef')}>{checked.preview.caseRef}</Descriptions.Item>
            <Descriptions.Item label={t('cases.import.exportedAt')}>{instant(checked.preview.exportedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('cases.import.contents')}>{counts(checked.preview.counts)}</Descriptions.Item>
          </Descriptions>
          <List
            size="small"
            header={<Typography.Text strong>{t('cases.import.lenders')}</Typography.Text>}
            dataSource={checked.preview.lenders}
            renderItem={(l) => (
              <List.Item>
                <Space>
                  <span>{l.name}</span>
                  {l.matchedId === null ? (
                    <Tag color="blue">{t('cases.import.lenderNew')}</Tag>
                  ) : (
                    <Tag color="green">
                      {l.matchedOn === l.matchedName ? t('cases.import.lenderMatched', { name: l.matchedName }) : t('cases.import.lenderMatchedAlias', { name: l.matchedName, on: l.matchedOn })}
                    </Tag>
                  )}
                </Space>
              </List.Item>
            )}
          />
          {conflicts.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={t('cases.import.conflictTitle')}
              description={
                <Space direction="vertical">
                  {conflicts.map((c) => (
                    <span key={c.kind}>{t(c.kind === 'idNumber' ? 'cases.import.conflictIdNumber' : 'cases.import.conflictCaseRef', { caseRef: c.caseRef, name: c.name })}</span>
                  ))}
                  <Radio.Group
                    aria-label={t('cases.import.choose')}
                    value={choice}
                    onChange={(e) => {
                      setChoice(e.target.value as ImportConflictChoice);
                      setError(null);
                    }}
                  >
                    <Space direction="vertical">
                      <Radio value="newCase">{t('cases.import.choiceNew')}</Radio>
                      <Radio value="cancel">{t('cases.import.choiceCancel')}</Radio>
                    </Space>
                  </Radio.Group>
                </Space>
              }
            />
          )}
        </Space>
      )}
      {step === 2 && report && (
        <Result
          status="success"
          title={t('cases.import.doneTitle')}
          subTitle={t('cases.import.doneBody', { original: report.originalCaseRef, caseRef: report.caseRef })}
          extra={
            <Space direction="vertical" style={{ textAlign: 'start' }}>
              <div>{counts(report.counts)}</div>
              <div>{t('cases.import.lendersMatched', { names: report.lendersMatched.map((l) => `${l.name} → ${l.matchedName}`).join('、') || t('cases.import.noLenders') })}</div>
              <div>{t('cases.import.lendersCreated', { names: report.lendersCreated.join('、') || t('cases.import.noLenders') })}</div>
              {report.idNumberDropped && <Alert type="warning" showIcon title={t('cases.import.idNumberDropped')} />}
            </Space>
          }
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
