import { WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Popover, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FigureChange } from '../../../../../shared/schemas/replan';
import { useStale } from '../../../api/replan';
import { navigate, paths } from '../../../router';
import { ChangeList } from './ChangeList';

/** The mark on an open offer built on figures that changed: a tag, with what changed on hover or focus. */
export function StaleTag({ changes, testId }: { changes: readonly FigureChange[]; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Popover title={t('replan.staleHelp')} content={<ChangeList changes={changes} />}>
      <Tag color="warning" icon={<WarningOutlined />} tabIndex={0} data-testid={testId}>
        {t('replan.stale')}
      </Tag>
    </Popover>
  );
}

/** The case overview's mark: how many saved plans and open offers rest on changed figures, with a way to the proposals. */
export function StaleSummary({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const stale = useStale(clientId);
  const s = stale.data;
  if (!s || (s.proposals.length === 0 && s.offers.length === 0)) return null;
  const changes = s.proposals[0]?.changes ?? s.offers[0]!.changes;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="stale-summary"
      title={[s.proposals.length ? t('replan.staleProposals', { count: s.proposals.length }) : null, s.offers.length ? t('replan.staleOffers', { count: s.offers.length }) : null].filter(Boolean).join('；')}
      description={<ChangeList changes={changes} />}
      action={
        <Button size="small" onClick={() => navigate(paths.client(clientId, 'proposals'))}>
          {t('replan.openProposals')}
        </Button>
      }
    />
  );
}
