import { App, Alert, Button, Card, Progress, Segmented, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { defaultDocLanguage, useCaseRegion } from '../../../components/caseRegion';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../../../shared/schemas/common';
import { useBatchStatus, useCancelBatch, usePacketAction, usePacketLenders, useStartBatch } from '../../../api/documents';
import { errorText } from '../../../api/errors';
import { DocumentsMenu } from './DocumentsMenu';
import { LenderPacketsTable, type Action } from './LenderPacketsTable';

const CHANNEL = { save: 'packets.save', open: 'packets.open', print: 'packets.print' } as const;

/**
 * Negotiation packets for a client: per lender save / open / print (and that lender's
 * documents), the client's own documents, and "packets for all lenders" into a folder
 * with progress and a cancel button.
 */
export function PacketsPanel({ clientId }: { clientId: number }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const region = useCaseRegion();
  const [locale, setLocale] = useState<Locale>(defaultDocLanguage(region, i18n.language));
  const lenders = usePacketLenders(clientId, locale);
  const [jobId, setJobId] = useState<string | null>(null);
  const packet = usePacketAction();
  const start = useStartBatch(clientId);
  const cancel = useCancelBatch();
  const activeJob = jobId ?? lenders.data?.runningJobId ?? null;
  const status = useBatchStatus(activeJob);
  const batch = status.data;
  const running = batch?.state === 'running';

  // Stable across the batch's progress polls, so the lenders' table (memoised) is not drawn again each time.
  const mutatePacket = packet.mutate;
  const act = useCallback(
    (lenderId: number, action: Action) =>
      mutatePacket(
        { action: CHANNEL[action], input: { clientId, lenderId, locale } },
        {
          onSuccess: (res) => {
            if (action === 'save' && res.path) void message.success(t('documents.saved', { path: res.path }));
          },
          onError: (err) => void message.error(errorText(err, t)),
        },
      ),
    [mutatePacket, clientId, locale, message, t],
  );

  const startAll = () =>
    start.mutate(
      { clientId, locale },
      {
        onSuccess: (res) => {
          if (res) setJobId(res.jobId);
        },
        onError: (err) => void message.error(errorText(err, t)),
      },
    );

  const items = lenders.data?.items ?? [];
  const percent = batch && batch.total > 0 ? Math.round((batch.done / batch.total) * 100) : 0;

  return (
    <Card
      title={t('documents.panel.title')}
      data-testid="packets-panel"
      size="small"
      loading={lenders.isPending}
      extra={
        <Space wrap>
          <Segmented<Locale>
            aria-label={t('documents.language')}
            value={locale}
            onChange={setLocale}
            options={LOCALES.map((l) => ({ value: l, label: t(`documents.languages.${l}`) }))}
          />
          <DocumentsMenu clientId={clientId} locale={locale} />
          <Button type="primary" onClick={startAll} loading={start.isPending} disabled={running || items.length === 0}>
            {t('documents.batch.start')}
          </Button>
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('documents.panel.help')}</Typography.Text>
        {lenders.data && !lenders.data.hasStatement && <Alert type="info" showIcon title={t('documents.panel.noStatement')} />}
        {lenders.data && !lenders.data.hasProposal && <Alert type="info" showIcon title={t('documents.panel.noProposal')} />}
        {batch && (
          <div role="status" aria-live="polite">
            <Space align="center" style={{ width: '100%' }}>
              <Progress
                percent={percent}
                status={batch.state === 'running' ? 'active' : batch.state === 'done' ? 'success' : 'exception'}
                style={{ minWidth: 260 }}
                aria-label={t('documents.batch.start')}
              />
              {running && (
                <Button danger size="small" onClick={() => cancel.mutate(batch.jobId)} loading={cancel.isPending}>
                  {t('documents.batch.cancel')}
                </Button>
              )}
            </Space>
            <Typography.Text>
              {t(`documents.batch.${batch.state}`, { done: batch.state === 'done' ? batch.files.length : batch.done, total: batch.total, current: batch.current ?? '', folder: batch.folder })}
            </Typography.Text>
            {batch.errors.length > 0 && (
              <Alert
                type="error"
                showIcon
                title={t('documents.batch.errors')}
                description={
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {batch.errors.map((e) => (
                      <li key={e.name}>
                        {e.name}：{e.message}
                      </li>
                    ))}
                  </ul>
                }
              />
            )}
          </div>
        )}
        <LenderPacketsTable clientId={clientId} items={items} locale={locale} onAct={act} />
      </Space>
    </Card>
  );
}
