import { ExperimentOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useDemoActions } from './useDemoActions';

/** Shown while the database holds no client at all: the first-run offer of demo cases. */
export function DemoOffer() {
  const { t } = useTranslation();
  const clients = useQuery({ queryKey: ['clients', 'list', { pageSize: 1, archived: false }], queryFn: () => call('clients.list', { pageSize: 1 }) });
  const archived = useQuery({ queryKey: ['clients', 'list', { pageSize: 1, archived: true }], queryFn: () => call('clients.list', { pageSize: 1, archived: true }) });
  const { load, askLoad } = useDemoActions();
  if (!clients.data || !archived.data || clients.data.total + archived.data.total > 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      icon={<ExperimentOutlined />}
      title={t('demo.offerTitle')}
      description={t('demo.offerBody')}
      action={
        <Button type="primary" onClick={askLoad} loading={load.isPending}>
          {t('demo.load')}
        </Button>
      }
    />
  );
}
