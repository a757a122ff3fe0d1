import { ArrowLeftOutlined, EditOutlined, InboxOutlined, UndoOutlined } from '@ant-design/icons';
import { CaseRegionProvider } from '../../components/caseRegion';
import { currencySymbol } from '../../components/Money';
import { currencyOf } from '../../../../shared/domain/region';
import { Alert, App, Button, Card, Popconfirm, Result, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useArchiveClient, useClient } from '../../api/clients';
import { usePrefetchDebts } from '../../api/debts';
import { navigate, paths } from '../../router';
import { StatusTag } from './StatusTag';
import { CaseActions } from './CaseActions';
import { AgreementsTab } from './tabs/AgreementsTab';
import { DebtsTab } from './tabs/DebtsTab';
import { EvidenceTab } from './tabs/EvidenceTab';
import { FinancesTab } from './tabs/FinancesTab';
import { LettersTab } from './tabs/LettersTab';
import { OverviewTab } from './tabs/OverviewTab';
import { ProposalsTab } from './tabs/ProposalsTab';
import { TimelineTab } from './tabs/TimelineTab';
import { DemoTag } from '../../demo/DemoTag';
import { CLIENT_TABS, type ClientTab } from './tab-names';
import { useShownName } from '../../demo/useShownName';


export function ClientDetailPage({ id, tab = 'overview' }: { id: number; tab?: ClientTab }) {
  const { t, i18n } = useTranslation();
  const shown = useShownName();
  const { message } = App.useApp();
  const client = useClient(id);
  usePrefetchDebts(id);
  const archive = useArchiveClient();

  if (client.isPending) return <Spin />;
  if (client.isError) {
    return <Result status="warning" title={errorText(client.error, t)} extra={<Button onClick={() => navigate(paths.clients())}>{t('common.back')}</Button>} />;
  }
  const c = client.data;

  const setArchived = (archived: boolean) =>
    archive.mutate(
      { id, archived },
      {
        onSuccess: () => void message.success(archived ? t('clients.archived') : t('clients.unarchived')),
        onError: (err) => void message.error(errorText(err, t)),
      },
    );

  const panes = {
    overview: OverviewTab,
    finances: FinancesTab,
    debts: DebtsTab,
    timeline: TimelineTab,
    evidence: EvidenceTab,
    proposals: ProposalsTab,
    agreements: AgreementsTab,
    letters: LettersTab,
  };

  return (
    <CaseRegionProvider value={c.region}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(paths.clients())}>
          {t('clients.title')}
        </Button>
        {c.archived && <Alert type="info" showIcon title={t('clients.archivedTag')} />}
        <Card
          title={
            <Space align="center" wrap>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {shown(c.name)}
              </Typography.Title>
              <Tag>{c.caseRef}</Tag>
              <StatusTag status={c.status} />
              {c.isDemo && <DemoTag />}
              {c.region !== 'cn' && <Tag color="blue" data-testid="case-region">{`${t(`region.names.${c.region}`)} · ${currencySymbol(i18n.language, currencyOf(c.region))}`}</Tag>}
            </Space>
          }
          extra={
            <Space>
              <CaseActions client={c} />
              <Button icon={<EditOutlined />} onClick={() => navigate(paths.editClient(id))}>
                {t('common.edit')}
              </Button>
              {c.archived ? (
                <Button icon={<UndoOutlined />} onClick={() => setArchived(false)} loading={archive.isPending}>
                  {t('clients.unarchive')}
                </Button>
              ) : (
                <Popconfirm title={t('clients.archiveConfirm', { name: c.name })} onConfirm={() => setArchived(true)} okText={t('clients.archive')} cancelText={t('common.cancel')}>
                  <Button icon={<InboxOutlined />} loading={archive.isPending}>
                    {t('clients.archive')}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          }
        >
          <Tabs
            activeKey={tab}
            onChange={(key) => navigate(paths.client(id, key as ClientTab))}
            items={CLIENT_TABS.map((key) => {
              const Pane = panes[key];
              // Only the open tab is mounted: the others' queries wait until they are shown.
              return { key, label: t(`profile.tabs.${key}`), children: key === tab ? <Pane client={c} /> : null };
            })}
          />
        </Card>
      </Space>
    </CaseRegionProvider>
  );
}
