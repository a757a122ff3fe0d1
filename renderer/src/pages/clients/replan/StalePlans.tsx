import { SyncOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../../../shared/domain/region';
import type { ProposalView } from '../../../../../shared/schemas/proposals';
import { useStale } from '../../../api/replan';
import { navigate, paths, useClientQuery } from '../../../router';
import { ChangeList } from './ChangeList';
import { ReviseModal } from './ReviseModal';

/**
 * The proposals tab's stale marks: each saved plan built on figures that changed since, with
 * what changed and "Revise the plan". The revision opens from the URL too:
 * #/clients/<id>/proposals?revise=<proposalId> (or ?revise=latest, the plan changed last),
 * so other pages (case reviews) can link straight to it.
 */
export function StalePlans({ clientId, region, proposals }: { clientId: number; region: Region; proposals: readonly ProposalView[] }) {
  const { t } = useTranslation();
  const stale = useStale(clientId);
  const asked = useClientQuery().revise;
  const latest = [...proposals].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : b.id - a.id))[0];
  const revising = asked === 'latest' ? (latest?.id ?? null) : asked !== undefined && proposals.some((p) => p.id === asked) ? asked : null;
  const items = stale.data?.proposals ?? [];

  return (
    <>
      {items.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="stale-proposals"
          title={t('replan.staleTitle')}
          description={
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text type="secondary">{t('replan.staleHelp')}</Typography.Text>
              {items.map((s) => (
                <div key={s.id} data-testid={`stale-proposal-${s.id}`}>
                  <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
                    <Typography.Text strong>{s.name}</Typography.Text>
                    <Button size="small" type="primary" icon={<SyncOutlined />} onClick={() => navigate(paths.client(clientId, 'proposals', { revise: s.id }))}>
                      {t('replan.revise.button')}
                    </Button>
                  </Space>
                  <ChangeList changes={s.changes} />
                </div>
              ))}
            </Space>
          }
        />
      )}
      {revising !== null && <ReviseModal key={revising} clientId={clientId} region={region} proposalId={revising} onClose={() => navigate(paths.client(clientId, 'proposals'))} />}
    </>
  );
}
