import { ClockCircleOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

export function ComingSoonPage({ feature }: { feature: string }) {
  const { t } = useTranslation();
  return <Result icon={<ClockCircleOutlined />} title={t('common.comingSoon')} subTitle={t('common.comingSoonBody', { feature })} />;
}
